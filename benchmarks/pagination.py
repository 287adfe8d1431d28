"""Listing 10,000 projects: requests made, and what parallel pages buy.

The local Harbor adds 20 ms to every answer, as a network would. The sequential
iterator pays it once per page; the async iterator with ``concurrency=8`` fetches
the first page, reads ``X-Total-Count`` and keeps eight pages in flight.

Requests are counted in the local Harbor's own request log, so retries or stray
calls would show. The local Harbor runs in a child process, as a real one runs
apart from its clients. The listings are then repeated without the added latency:
what remains is CPU time (parsing models here; filtering, sorting and encoding in
the server), which no concurrency hides and which bounds the speedup.

Each listing is repeated (``--repeats``, 5 by default), sequential and parallel in
turn, and the speedup is the ratio of the medians: this machine is shared, and a
single pair of listings moves by a fifth from one run to the next.

Run: ``python benchmarks/pagination.py [--items N] [--latency SECONDS] [--repeats K]``
"""

from __future__ import annotations

import argparse
import asyncio
import math
import multiprocessing
import statistics
import time
from multiprocessing.connection import Connection
from typing import Any

import httpx

from harbor_client import AsyncHarbor, Harbor
from harbor_client.testing import LocalHarbor

CONCURRENCY = 8
ADMIN = "admin"
# The local Harbor's default administrator password; a throwaway, local value.
PASSWORD = "Harbor12345"


def serve(commands: Connection, items: int, latency: float) -> None:
    """The local Harbor, in a process of its own, answering ``commands``.

    A real Harbor does its filtering and encoding in another process; sharing this
    one would make client and server take turns on one interpreter lock.
    """
    with LocalHarbor(latency=latency) as local:
        # Fill up to ``items`` projects, ``library`` included.
        for number in range(items - len(local.store.projects)):
            local.add_project(f"bench-{number:05d}")
        commands.send(local.url)
        while True:
            command, value = commands.recv()
            if command == "latency":
                local.latency = value
                commands.send(None)
            elif command == "count":
                commands.send(
                    sum(
                        1
                        for request in local.requests
                        if request.method == "GET"
                        and request.path == "/api/v2.0/projects"
                    )
                )
            else:
                commands.send(None)
                return


class Server:
    """The parent's end of :func:`serve`."""

    def __init__(self, items: int, latency: float) -> None:
        self._commands, theirs = multiprocessing.Pipe()
        self._process = multiprocessing.Process(
            target=serve, args=(theirs, items, latency), daemon=True
        )
        self._process.start()
        self.url: str = self._commands.recv()

    def ask(self, command: str, value: float = 0.0) -> Any:
        self._commands.send((command, value))
        return self._commands.recv()

    def stop(self) -> None:
        self.ask("stop")
        self._process.join()


def list_sequentially(server: Server) -> tuple[int, int, float]:
    with Harbor(server.url, username=ADMIN, password=PASSWORD) as harbor:
        # One small call first, so that imports and the connection are not timed.
        list(harbor.projects.iter(max_items=1))
        before = server.ask("count")
        started = time.perf_counter()
        names = [str(project.name) for project in harbor.projects.iter()]
        elapsed = time.perf_counter() - started
    _check(names)
    return len(names), server.ask("count") - before, elapsed


async def list_in_parallel(server: Server) -> tuple[int, int, float]:
    async with AsyncHarbor(
        server.url,
        username=ADMIN,
        password=PASSWORD,
        limits=httpx.Limits(max_connections=CONCURRENCY),
    ) as harbor:
        [project async for project in harbor.projects.iter(max_items=1)]
        before = server.ask("count")
        started = time.perf_counter()
        names = [
            str(project.name)
            async for project in harbor.projects.iter(concurrency=CONCURRENCY)
        ]
        elapsed = time.perf_counter() - started
    _check(names)
    return len(names), server.ask("count") - before, elapsed


def _check(names: list[str]) -> None:
    if len(set(names)) != len(names):
        raise SystemExit("duplicate projects in the listing")
    if names != sorted(names):
        raise SystemExit("projects are not in Harbor's default order (name)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument(
        "--repeats",
        type=int,
        default=5,
        help="listings of each kind, taken in turn; the median is reported",
    )
    options = parser.parse_args()

    server = Server(options.items, options.latency)
    sequential: list[float] = []
    parallel: list[float] = []
    counts: set[int] = set()
    requests: set[int] = set()
    try:
        # In turn, so that a busy moment of this shared machine falls on both.
        for _ in range(options.repeats):
            count, made, elapsed = list_sequentially(server)
            counts.add(count)
            requests.add(made)
            sequential.append(elapsed)
            count, made, elapsed = asyncio.run(list_in_parallel(server))
            counts.add(count)
            requests.add(made)
            parallel.append(elapsed)
        # The same two listings without the added latency: what is left is the
        # CPU time of client and local Harbor.
        server.ask("latency", 0.0)
        _, _, sequential_cpu = list_sequentially(server)
        _, _, parallel_cpu = asyncio.run(list_in_parallel(server))
    finally:
        server.stop()

    if len(counts) != 1:
        raise SystemExit(f"the listings saw different numbers of projects: {counts}")
    (count,) = counts
    pages = math.ceil(count / 100)
    sequential_time = statistics.median(sequential)
    parallel_time = statistics.median(parallel)
    speedup = sequential_time / parallel_time
    # Concurrency hides latency, not CPU: at best the parallel run costs what it
    # costs without latency.
    ceiling = sequential_time / parallel_cpu
    print(f"items listed: {count}, added latency {options.latency * 1000:.0f} ms")
    print(
        f"sequential: {_spread(sequential)} s; async, concurrency {CONCURRENCY}: "
        f"{_spread(parallel)} s ({options.repeats} listings each)"
    )
    print(
        f"without latency: sequential {sequential_cpu:.2f} s, async "
        f"{parallel_cpu:.2f} s ({parallel_cpu / pages * 1000:.1f} ms per page): a "
        f"speedup of at most {ceiling:.1f} on this machine"
    )
    print(f"requests per listing: {sorted(requests)}; ceil(N/100) = {pages}")
    # Every listing must make the same requests; the largest count is reported.
    print(
        f"pagination: requests {max(requests)} for {count} items, parallel speedup "
        f"{speedup:.1f} (target R = ceil(N/100), S >= 5)"
    )


def _spread(times: list[float]) -> str:
    """The median, and the range around it."""
    return (
        f"median {statistics.median(times):.2f} "
        f"(from {min(times):.2f} to {max(times):.2f})"
    )


if __name__ == "__main__":
    main()
