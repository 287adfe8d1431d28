"""Clean up old artifacts: delete what is older than N days, keeping the newest K.

Runs against a local Harbor that it starts and seeds itself on 127.0.0.1, or against
a real Harbor when HARBOR_URL (with HARBOR_USERNAME and HARBOR_PASSWORD) is set:

    python examples/cleanup_old_artifacts.py [--project NAME ...]
        [--older-than DAYS] [--keep K] [--apply]

In every repository of the projects (all projects by default) an artifact is deleted
when it was pushed more than ``--older-than`` days ago (30) and is not one of the
``--keep`` newest of its repository (3). Nothing is deleted without ``--apply``: a
dry run prints what would go and why, and what stays although it is old.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from harbor_client import (
    Harbor,
    HarborHTTPError,
    Q,
    between,
    sort_by,
)

#: Newest first, the id breaking ties of artifacts pushed in the same second, so
#: pages do not shift while they are read.
NEWEST_FIRST = sort_by("-push_time", "-id")


@dataclass(frozen=True)
class Decision:
    project: str
    repository: str
    digest: str
    tags: tuple[str, ...]
    pushed: datetime
    size: int
    delete: bool
    reason: str

    @property
    def name(self) -> str:
        tags = ", ".join(self.tags) if self.tags else "untagged"
        return f"{self.repository}@{self.digest[:19]} ({tags})"


def decide(
    harbor: Harbor,
    project: str,
    repository: str,
    *,
    cutoff: datetime,
    now: datetime,
    keep: int,
    older_than: int,
) -> list[Decision]:
    """What happens to each artifact of the repository pushed before ``cutoff``."""
    # The newest `keep` stay whatever their age: one small page is enough.
    newest = (
        {
            artifact.digest
            for artifact in harbor.artifacts.iter(
                project, repository, sort=NEWEST_FIRST, page_size=keep, max_items=keep
            )
        }
        if keep
        else set()
    )
    # Only the old ones need to be read in full: the server filters on push_time.
    old = harbor.artifacts.iter(
        project,
        repository,
        q=Q(push_time=between(None, cutoff)),
        sort=NEWEST_FIRST,
        with_tag=True,
    )
    decisions = []
    for artifact in old:
        pushed = artifact.push_time
        if not isinstance(pushed, datetime):
            continue  # no push time, no age: a filter on push_time cannot match it
        age = (now - pushed).days
        kept = artifact.digest in newest
        reason = (
            f"older than {older_than} days but among the newest {keep}"
            if kept
            else f"older than {older_than} days and not among the newest {keep}"
        )
        decisions.append(
            Decision(
                project=project,
                repository=str(artifact.repository_name),
                digest=str(artifact.digest),
                tags=tuple(str(tag.name) for tag in artifact.tags or []),
                pushed=pushed,
                size=int(artifact.size or 0),
                delete=not kept,
                reason=f"pushed {pushed:%Y-%m-%d}, {age} days ago: {reason}",
            )
        )
    return decisions


def cleanup(
    harbor: Harbor,
    projects: Sequence[str] | None,
    *,
    older_than: int,
    keep: int,
    apply: bool,
) -> list[Decision]:
    now = datetime.now(UTC)
    cutoff = now - timedelta(days=older_than)
    mode = "deleting" if apply else "dry run"
    print(
        f"{mode}: artifacts pushed before {cutoff:%Y-%m-%dT%H:%M:%SZ} "
        f"({older_than} days), keeping the newest {keep} of each repository"
    )
    names = projects or [str(p.name) for p in harbor.projects.iter(sort="name")]

    decisions: list[Decision] = []
    deleted: list[Decision] = []
    total = 0
    for project in names:
        for repository in harbor.repositories.iter(project, sort="name"):
            total += int(repository.artifact_count or 0)
            # Every page is read before anything is deleted: a deletion while the
            # list is paged would shift the later pages past unread artifacts.
            found = decide(
                harbor,
                project,
                str(repository.name),
                cutoff=cutoff,
                now=now,
                keep=keep,
                older_than=older_than,
            )
            for decision in found:
                if act(harbor, decision, apply=apply):
                    deleted.append(decision)
            decisions.extend(found)

    doomed = [d for d in decisions if d.delete]
    if apply:
        summary, done = f"deleted {len(deleted)} of {total} artifacts", deleted
    else:
        summary, done = f"would delete {len(doomed)} of {total} artifacts", doomed
    freed = sum(d.size for d in done)
    repositories = len({d.repository for d in done})
    print(f"{summary} ({freed / 2**20:.1f} MiB) in {repositories} repositories")
    if apply and len(deleted) < len(doomed):
        print(f"{len(doomed) - len(deleted)} could not be deleted")
    if not apply and doomed:
        print("nothing was deleted; run again with --apply to delete them")
    return decisions


def act(harbor: Harbor, decision: Decision, *, apply: bool) -> bool:
    """Print the decision and, with ``apply``, carry it out; whether it deleted."""
    if not decision.delete:
        print(f"  keep          {decision.name}: {decision.reason}")
        return False
    if not apply:
        print(f"  would delete  {decision.name}: {decision.reason}")
        return False
    try:
        harbor.artifacts.delete(decision.project, decision.repository, decision.digest)
    except HarborHTTPError as error:
        # An immutable tag (412) or a missing permission (403) keeps it; the other
        # artifacts are still cleaned up.
        print(f"  not deleted   {decision.name}: {type(error).__name__} {error.codes}")
        return False
    print(f"  deleted       {decision.name}: {decision.reason}")
    return True


# -- where the cleanup runs ------------------------------------------------------

#: repository -> ages in days of its artifacts, for the local Harbor
LOCAL_ARTIFACTS = {
    ("team-a", "app"): (1, 10, 40, 50, 90, 200),
    ("team-a", "tools/cli"): (100, 120),
    ("team-b", "batch"): (5, 20, 25, 28, 35),
}


def seed(local: Any) -> None:
    """Artifacts pushed days ago: old ones beyond the newest three, old ones among
    them, and young ones."""
    now = datetime.now(UTC)
    for project in sorted({project for project, _ in LOCAL_ARTIFACTS}):
        local.add_project(project)
    for (project, repository), ages in LOCAL_ARTIFACTS.items():
        for number, age in enumerate(sorted(ages, reverse=True)):
            local.add_artifact(
                project,
                repository,
                tags=[f"0.{number}"],
                size=(number + 1) * 2**20,
                # An hour past the day, so the age in whole days is `age`.
                push_time=now - timedelta(days=age, hours=1),
            )


@contextlib.contextmanager
def connect() -> Iterator[Harbor]:
    """A real Harbor from HARBOR_URL, or a local one seeded with old artifacts."""
    if os.environ.get("HARBOR_URL"):
        with Harbor() as harbor:
            harbor.whoami()  # bad credentials are anonymous on Harbor: check them
            yield harbor
        return

    from harbor_client.testing import LocalHarbor

    with LocalHarbor(registry=False) as local:
        seed(local)
        with Harbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            yield harbor


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--project",
        action="append",
        dest="projects",
        metavar="NAME",
        help="a project to clean up (repeat for several; default: every project)",
    )
    parser.add_argument(
        "--older-than",
        type=int,
        default=30,
        metavar="DAYS",
        help="delete artifacts pushed more than DAYS days ago (default: 30)",
    )
    parser.add_argument(
        "--keep",
        type=int,
        default=3,
        metavar="K",
        help="always keep the K newest artifacts of a repository (default: 3)",
    )
    parser.add_argument(
        "--apply", action="store_true", help="delete (without it: a dry run)"
    )
    args = parser.parse_args(argv)
    if args.keep < 0 or args.older_than < 0:
        parser.error("--keep and --older-than cannot be negative")
    with connect() as harbor:
        cleanup(
            harbor,
            args.projects,
            older_than=args.older_than,
            keep=args.keep,
            apply=args.apply,
        )


if __name__ == "__main__":
    main()
