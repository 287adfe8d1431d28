"""One AsyncHarbor under load: token requests while tokens expire, and the pool limit.

Part 1: 64 tasks push small blobs to 8 repositories through one ``AsyncHarbor`` for
a few token lifetimes, against a local Harbor whose registry tokens live 3 seconds.
Each repository is one scope set (``repository:<name>:pull,push``); the client
refreshes a token when a quarter of its lifetime is left, and its single flight
should make that one token request per scope set per refresh, whatever the number
of tasks waiting. The ideal count is replayed from the registry requests the server
received for each repository: one token for the first, then a new one whenever a
request arrives after the current token's refresh point.

Part 2: 1,000 calls at once through a fresh ``AsyncHarbor`` with the default pool;
the local Harbor counts the connections open at the same time.

The local Harbor (with Debian's ``docker-registry`` behind ``/v2/``) runs in a child
process, as a real one runs apart from its clients, and counts from its own log.

Run: ``python benchmarks/concurrency.py [--seconds S] [--tasks N] [--repositories R]``
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import multiprocessing
import os
import re
import time
from collections import defaultdict
from multiprocessing.connection import Connection
from typing import Any
from urllib.parse import parse_qs

from harbor_client import AsyncHarbor
from harbor_client.auth.tokens import DEFAULT_REFRESH_MARGIN
from harbor_client.client import DEFAULT_LIMITS
from harbor_client.testing import LocalHarbor

ADMIN = "admin"
# The local Harbor's default administrator password; a throwaway, local value.
PASSWORD = "Harbor12345"
PROJECT = "bench"
TOKEN_LIFETIME = 3
CALLS = 1_000


def serve(commands: Connection, token_lifetime: int) -> None:
    """The local Harbor, in a process of its own, answering ``commands``."""
    with LocalHarbor(token_lifetime=token_lifetime, registry=True) as local:
        local.add_project(PROJECT)
        commands.send(local.url)
        while True:
            command = commands.recv()
            if command == "log":
                commands.send(
                    [
                        (e.path, e.query, e.arrived)
                        for e in local.faults.exchanges
                        if e.path.startswith(("/v2/", "/service/token"))
                    ]
                )
            elif command == "settle":
                # Wait for the server's side of closed connections to go, then
                # measure the peak from here.
                deadline = time.monotonic() + 10
                while local.connections.open and time.monotonic() < deadline:
                    time.sleep(0.01)
                local.connections.reset_peak()
                commands.send(local.connections.total)
            elif command == "connections":
                commands.send((local.connections.peak, local.connections.total))
            else:
                commands.send(None)
                return


class Server:
    """The parent's end of :func:`serve`."""

    def __init__(self, token_lifetime: int) -> None:
        self._commands, theirs = multiprocessing.Pipe()
        self._process = multiprocessing.Process(
            target=serve, args=(theirs, token_lifetime), daemon=True
        )
        self._process.start()
        self.url: str = self._commands.recv()

    def ask(self, command: str) -> Any:
        self._commands.send(command)
        return self._commands.recv()

    def stop(self) -> None:
        self.ask("stop")
        self._process.join()


def client(server: Server) -> AsyncHarbor:
    return AsyncHarbor(server.url, username=ADMIN, password=PASSWORD)


async def push_while_tokens_expire(
    server: Server, tasks: int, repositories: int, seconds: float
) -> int:
    """Push for ``seconds``; the number of pushes."""
    deadline = time.monotonic() + seconds

    async with client(server) as harbor:

        async def push(task: int) -> int:
            repository = f"{PROJECT}/app-{task % repositories}"
            pushed = 0
            while time.monotonic() < deadline:
                # Unique content: an existing blob would be skipped, not pushed.
                data = f"task {task} push {pushed} ".encode() + os.urandom(512)
                await harbor.registry.upload_blob(repository, data)
                pushed += 1
            return pushed

        return sum(await asyncio.gather(*(push(t) for t in range(tasks))))


def ideal_tokens(arrivals: list[float], lifetime: float) -> int:
    """Tokens one scope set needs: one, then one per request past the refresh point."""
    refresh_after = lifetime - min(DEFAULT_REFRESH_MARGIN, lifetime / 4)
    tokens, issued = 0, float("-inf")
    for arrived in sorted(arrivals):
        if arrived >= issued + refresh_after:
            tokens, issued = tokens + 1, arrived
    return tokens


#: ``/v2/<name>/blobs/...``, ``/v2/<name>/manifests/...``, ``/v2/<name>/tags/...``
_REPOSITORY = re.compile(r"^/v2/(.+?)/(?:blobs|manifests|tags|referrers)/")


def read_log(
    log: list[tuple[str, str, float]],
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Token request times per scope set, registry request times per repository."""
    tokens: dict[str, list[float]] = defaultdict(list)
    requests: dict[str, list[float]] = defaultdict(list)
    for path, query, arrived in log:
        if path == "/service/token":
            scopes = parse_qs(query).get("scope", [])
            tokens[" ".join(sorted(scopes)) or "(no scope)"].append(arrived)
            continue
        match = _REPOSITORY.match(path)
        if match:
            requests[match.group(1)].append(arrived)
    return tokens, requests


async def calls_at_once(server: Server) -> tuple[int, int, int]:
    """Peak and opened connections of 1,000 calls at once, and the answers right."""
    opened_before = server.ask("settle")
    async with client(server) as harbor:
        answers = await asyncio.gather(*(harbor.ping.get() for _ in range(CALLS)))
    peak, opened = server.ask("connections")
    return peak, opened - opened_before, answers.count("Pong")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--tasks", type=int, default=64)
    parser.add_argument("--repositories", type=int, default=8)
    options = parser.parse_args()

    server = Server(TOKEN_LIFETIME)
    try:
        started = time.perf_counter()
        pushes = asyncio.run(
            push_while_tokens_expire(
                server, options.tasks, options.repositories, options.seconds
            )
        )
        elapsed = time.perf_counter() - started
        token_requests, requests = read_log(server.ask("log"))
        peak, opened, right = asyncio.run(calls_at_once(server))
    finally:
        server.stop()

    ideal = {
        repo: ideal_tokens(times, TOKEN_LIFETIME) for repo, times in requests.items()
    }
    print(
        f"pushes: {pushes} by {options.tasks} tasks to {options.repositories} "
        f"repositories in {elapsed:.1f} s, tokens of {TOKEN_LIFETIME} s"
    )
    for scope, times in sorted(token_requests.items()):
        repository = scope.split(":")[1] if scope.startswith("repository:") else ""
        print(
            f"  {scope}: {len(times)} token requests (ideal {ideal.get(repository, 0)})"
        )
    gaps = [
        later - earlier
        for times in token_requests.values()
        for earlier, later in itertools.pairwise(sorted(times))
    ]
    refresh_after = TOKEN_LIFETIME - min(DEFAULT_REFRESH_MARGIN, TOKEN_LIFETIME / 4)
    if gaps:
        # Callers that missed each other's fetch would send two requests for one
        # scope set within milliseconds. Refreshes are due refresh_after seconds
        # after a token is issued; arrival times, measured here, come closer when
        # the previous token request waited in the server before being answered.
        print(
            f"  closest two token requests of one scope set: {min(gaps):.2f} s apart "
            f"(refresh due {refresh_after:.2f} s after issue)"
        )
    print(f"{CALLS} calls at once: {right} answered, {opened} connections opened")
    limit = DEFAULT_LIMITS.max_connections
    print(
        f"concurrency: token requests {sum(map(len, token_requests.values()))} "
        f"(ideal {sum(ideal.values())}), peak connections {peak} of limit {limit}"
    )


if __name__ == "__main__":
    main()
