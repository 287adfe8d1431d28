"""Bounded resources: no descriptor or connection outlives the client that opened it.

The local Harbor runs in this process, so ``/proc/self/fd`` counts both ends of each
connection; every test waits for the server's side to see the close before it
counts again, and compares with the count taken before the client existed.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from harbor_client import AsyncHarbor, Harbor, RetryPolicy, errors
from harbor_client.errors import ClientClosedError
from harbor_client.testing import LocalHarbor
from harbor_client.testing._faults import RESET_AFTER_PROCESSING, Faults

pytestmark = pytest.mark.skipif(
    not os.path.isdir("/proc/self/fd"), reason="counts descriptors in /proc"
)

REQUESTS = 10_000
WORKERS = 8
NO_WAIT = RetryPolicy(retries=2, backoff=0.0, max_backoff=0.0)


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def settled(harbor: LocalHarbor, before: int, timeout: float = 10.0) -> int:
    """The descriptor count once the server has closed its end of every connection.

    A handler thread counts its connection closed a moment before the socket
    closes, so the count is read until it is back at ``before`` (or time is up).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if harbor.connections.open == 0 and open_descriptors() <= before:
            break
        time.sleep(0.01)
    assert harbor.connections.open == 0
    return open_descriptors()


async def settled_async(harbor: LocalHarbor, before: int) -> int:
    return await asyncio.to_thread(settled, harbor, before)


@pytest.fixture
def harbor() -> Iterator[LocalHarbor]:
    with LocalHarbor(registry=False) as local:
        local.add_project("demo")
        yield local


def sync_client(local: LocalHarbor, **options: object) -> Harbor:
    return Harbor(
        local.url,
        username=local.admin_username,
        password=local.admin_password,
        **options,  # type: ignore[arg-type]
    )


def async_client(local: LocalHarbor, **options: object) -> AsyncHarbor:
    return AsyncHarbor(
        local.url,
        username=local.admin_username,
        password=local.admin_password,
        **options,  # type: ignore[arg-type]
    )


def test_10000_sync_requests_leave_no_descriptor_open(harbor: LocalHarbor) -> None:
    before = open_descriptors()

    with sync_client(harbor) as client:

        def work(_: int) -> int:
            for _ in range(REQUESTS // WORKERS):
                client.ping.get()
            return REQUESTS // WORKERS

        with ThreadPoolExecutor(WORKERS) as pool:
            done = sum(pool.map(work, range(WORKERS)))
        during = open_descriptors()

    after = settled(harbor, before)
    assert done == REQUESTS
    assert harbor.faults.processed["GET /api/v2.0/ping"] == REQUESTS
    # Reused, not one per request. httpcore now and then replaces a pooled
    # connection it finds unusable mid-burst, so allow a few more than the workers.
    assert harbor.connections.total <= 2 * WORKERS
    assert during - before <= 2 * WORKERS  # both ends of each connection
    assert after == before


async def test_10000_async_requests_leave_no_descriptor_open(
    harbor: LocalHarbor,
) -> None:
    before = open_descriptors()

    async with async_client(harbor) as client:

        async def work() -> int:
            for _ in range(REQUESTS // WORKERS):
                await client.ping.get()
            return REQUESTS // WORKERS

        done = sum(await asyncio.gather(*(work() for _ in range(WORKERS))))
        during = open_descriptors()

    after = await settled_async(harbor, before)
    assert done == REQUESTS
    assert harbor.faults.processed["GET /api/v2.0/ping"] == REQUESTS
    assert harbor.connections.total <= 2 * WORKERS  # see the sync test
    assert during - before <= 2 * WORKERS
    assert after == before


def test_closing_after_failed_calls_releases_every_connection(
    harbor: LocalHarbor,
) -> None:
    before = open_descriptors()
    harbor.faults.set(
        Faults(plan=(RESET_AFTER_PROCESSING,), methods=frozenset({"POST"}))
    )

    client = sync_client(harbor, retry=NO_WAIT)
    with pytest.raises(errors.NotFoundError):
        client.projects.get("missing")
    with pytest.raises(errors.TransportError, match="ReadError"):
        client.projects.create(body={"project_name": "lost-answer"})
    _ = client.registry  # the registry's own HTTP client, built and closed too
    client.close()

    assert settled(harbor, before) == before


async def test_closing_after_failed_async_calls_releases_every_connection(
    harbor: LocalHarbor,
) -> None:
    before = open_descriptors()
    harbor.faults.set(
        Faults(plan=(RESET_AFTER_PROCESSING,), methods=frozenset({"POST"}))
    )

    client = async_client(harbor, retry=NO_WAIT)
    with pytest.raises(errors.NotFoundError):
        await client.projects.get("missing")
    with pytest.raises(errors.TransportError, match="ReadError"):
        await client.projects.create(body={"project_name": "lost-answer"})
    _ = client.registry
    await client.aclose()

    assert await settled_async(harbor, before) == before


async def test_cancelled_calls_leave_no_connection_open(harbor: LocalHarbor) -> None:
    before = open_descriptors()
    harbor.latency = 0.5  # every answer is still on its way when the tasks go

    async with async_client(harbor) as client:
        tasks = [asyncio.ensure_future(client.ping.get()) for _ in range(20)]
        while harbor.connections.open < 20:
            await asyncio.sleep(0.01)
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        harbor.latency = 0.0
        after_cancel = await client.ping.get()  # the client is still usable

    after = await settled_async(harbor, before)
    assert all(isinstance(r, asyncio.CancelledError) for r in results)
    assert after_cancel == "Pong"
    assert after == before


def test_closing_twice_is_harmless(harbor: LocalHarbor) -> None:
    before = open_descriptors()

    client = sync_client(harbor)
    assert client.ping.get() == "Pong"
    _ = client.registry
    client.close()
    client.close()

    assert settled(harbor, before) == before


async def test_closing_an_async_client_twice_is_harmless(harbor: LocalHarbor) -> None:
    before = open_descriptors()

    client = async_client(harbor)
    assert await client.ping.get() == "Pong"
    _ = client.registry
    await client.aclose()
    await client.aclose()

    assert await settled_async(harbor, before) == before


def test_a_closed_client_refuses_further_calls(harbor: LocalHarbor) -> None:
    client = sync_client(harbor)
    client.ping.get()
    client.close()

    with pytest.raises(ClientClosedError, match="is closed: make a new one"):
        client.ping.get()


def test_closing_a_client_that_never_called_builds_nothing(
    harbor: LocalHarbor, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[object] = []

    class Refused(httpx.Client):
        def __init__(self, **options: object) -> None:
            built.append(options)
            super().__init__(**options)  # type: ignore[arg-type]

    monkeypatch.setattr("harbor_client.client.httpx.Client", Refused)
    sync_client(harbor).close()

    assert built == []
    assert harbor.connections.total == 0
