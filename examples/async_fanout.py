"""Async fan-out: every repository of every project, surveyed concurrently.

Runs against a local Harbor that it starts and seeds itself on 127.0.0.1, or against
a real Harbor when HARBOR_URL (with HARBOR_USERNAME and HARBOR_PASSWORD) is set:

    python examples/async_fanout.py [--concurrency 8] [--page-concurrency 4]

With AsyncHarbor it walks the projects with ``async for``, lists each project's
repositories (a long list is fetched several pages at a time with
``concurrency=``), then lists the artifacts of every repository, with at most
``--concurrency`` listings in flight at once (a semaphore). It prints one line per
project and the totals.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from harbor_client import AsyncHarbor


@dataclass
class ProjectTotals:
    name: str
    repositories: int = 0
    artifacts: int = 0
    size: int = 0


class InFlight:
    """A semaphore that also counts the most listings it ever let run together."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.peak = 0
        self._running = 0
        self._semaphore = asyncio.Semaphore(limit)

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._semaphore:
            self._running += 1
            self.peak = max(self.peak, self._running)
            try:
                yield
            finally:
                self._running -= 1


async def repository_totals(
    harbor: AsyncHarbor, project: str, repository: str, limit: InFlight
) -> tuple[int, int]:
    """The number of artifacts of one repository and their size in bytes."""
    count = size = 0
    async with limit.slot():
        async for artifact in harbor.artifacts.iter(project, repository):
            count += 1
            size += artifact.size or 0
    return count, size


async def project_totals(
    harbor: AsyncHarbor, project: str, limit: InFlight, page_concurrency: int
) -> ProjectTotals:
    totals = ProjectTotals(project)
    async with limit.slot():
        # Once the first page states the total, the other pages are fetched
        # page_concurrency at a time; items still arrive in the server's order.
        names = [
            str(repository.name)
            async for repository in harbor.repositories.iter(
                project, concurrency=page_concurrency
            )
        ]
    # The slot is given back first: a listing that waited for its own children's
    # slots would deadlock once every slot is held by such a listing.
    counted = await asyncio.gather(
        *(repository_totals(harbor, project, name, limit) for name in names)
    )
    totals.repositories = len(names)
    totals.artifacts = sum(count for count, _ in counted)
    totals.size = sum(size for _, size in counted)
    return totals


async def survey(
    harbor: AsyncHarbor, *, concurrency: int, page_concurrency: int
) -> list[ProjectTotals]:
    limit = InFlight(concurrency)
    projects = [str(project.name) async for project in harbor.projects.iter()]
    print(f"{len(projects)} projects, at most {concurrency} listings at once")

    surveyed = await asyncio.gather(
        *(project_totals(harbor, name, limit, page_concurrency) for name in projects)
    )
    for totals in surveyed:
        print(
            f"  {totals.name:<12} {totals.repositories:>4} repositories "
            f"{totals.artifacts:>5} artifacts {megabytes(totals.size):>10}"
        )
    print(
        f"total: {len(surveyed)} projects, "
        f"{sum(t.repositories for t in surveyed)} repositories, "
        f"{sum(t.artifacts for t in surveyed)} artifacts, "
        f"{megabytes(sum(t.size for t in surveyed))}"
    )
    print(f"peak listings in flight: {limit.peak} (limit {limit.limit})")
    return surveyed


def megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


# -- where the survey runs -------------------------------------------------------


def seed(local: Any) -> None:
    """Five projects; one has 250 repositories, so its list is three pages long."""
    for number in range(1, 5):
        project = f"team-{number}"
        local.add_project(project)
        for repository in range(number * 3):
            for artifact in range(2):
                local.add_artifact(
                    project,
                    f"service-{repository:02}",
                    tags=[f"v{artifact}"],
                    size=(number * 100 + artifact) * 1024,
                )
    local.add_project("monorepo")
    for repository in range(250):
        local.add_artifact("monorepo", f"pkg/{repository:03}", size=2**20)


@contextlib.asynccontextmanager
async def connect() -> AsyncIterator[AsyncHarbor]:
    """A real Harbor from HARBOR_URL, or a local one seeded with many repositories."""
    if os.environ.get("HARBOR_URL"):
        async with AsyncHarbor() as harbor:
            await harbor.whoami()  # bad credentials are anonymous: check them
            yield harbor
        return

    from harbor_client.testing import LocalHarbor

    with LocalHarbor(registry=False) as local:
        seed(local)
        async with AsyncHarbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            yield harbor


async def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--concurrency",
        type=int,
        default=8,
        help="listings in flight at once (default: 8)",
    )
    parser.add_argument(
        "--page-concurrency",
        type=int,
        default=4,
        help="pages of one long list fetched at once (default: 4)",
    )
    args = parser.parse_args(argv)
    async with connect() as harbor:
        await survey(
            harbor,
            concurrency=args.concurrency,
            page_concurrency=args.page_concurrency,
        )


if __name__ == "__main__":
    asyncio.run(main())
