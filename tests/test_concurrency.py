"""One Harbor for many threads, one AsyncHarbor for many tasks, on the local Harbor.

A container platform builds one client per process and shares it; these tests give
it a crowd at once (a barrier for threads, ``gather`` for tasks) and check what the
server saw: every answer right, one request id per call, one HTTP client built, one
ID-token fetch per expiry, and never more connections than the pool allows.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from harbor_client import AsyncHarbor, Harbor
from harbor_client.auth import OIDCCredentials
from harbor_client.client import DEFAULT_LIMITS
from harbor_client.testing import LocalHarbor

THREADS = 32
TASKS = 200


@pytest.fixture
def harbor() -> Iterator[LocalHarbor]:
    with LocalHarbor(registry=False) as local:
        for index in range(THREADS):
            local.add_project(f"seed-{index:02d}")
        yield local


def sync_client(local: LocalHarbor, **options: Any) -> Harbor:
    return Harbor(
        local.url,
        username=local.admin_username,
        password=local.admin_password,
        **options,
    )


def async_client(local: LocalHarbor, **options: Any) -> AsyncHarbor:
    return AsyncHarbor(
        local.url,
        username=local.admin_username,
        password=local.admin_password,
        **options,
    )


def in_threads(count: int, work: Any) -> list[Any]:
    """Run ``work(index)`` in ``count`` threads released together."""
    start = threading.Barrier(count)

    def run(index: int) -> Any:
        start.wait()
        return work(index)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


# -- a shared client --------------------------------------------------------------


def test_one_harbor_serves_32_threads_at_once(harbor: LocalHarbor) -> None:
    with sync_client(harbor) as client:

        def work(index: int) -> tuple[str, int, int]:
            seen = client.projects.get(f"seed-{index:02d}").name
            created = client.projects.create(body={"project_name": f"made-{index:02d}"})
            listed = len(client.projects.list(page_size=100))
            return seen, int(created), listed

        results = in_threads(THREADS, work)

    assert [seen for seen, _, _ in results] == [f"seed-{i:02d}" for i in range(THREADS)]
    assert len({created for _, created, _ in results}) == THREADS
    assert all(listed >= THREADS + 1 for _, _, listed in results)
    assert harbor.faults.processed["POST /api/v2.0/projects"] == THREADS
    ids = [e.request_id for e in harbor.faults.exchanges]
    assert len(ids) == 3 * THREADS
    assert len(set(ids)) == 3 * THREADS  # one id per call, none shared


async def test_one_async_harbor_serves_200_tasks_at_once(harbor: LocalHarbor) -> None:
    async with async_client(harbor) as client:

        async def work(index: int) -> str:
            project = await client.projects.get(f"seed-{index % THREADS:02d}")
            return str(project.name)

        names = await asyncio.gather(*(work(i) for i in range(TASKS)))

    assert names == [f"seed-{i % THREADS:02d}" for i in range(TASKS)]
    assert harbor.faults.processed.total() == TASKS
    assert len({e.request_id for e in harbor.faults.exchanges}) == TASKS


class CountingClient(httpx.Client):
    built = 0

    def __init__(self, **options: Any) -> None:
        type(self).built += 1
        time.sleep(0.05)  # a slow build widens the window in which threads race
        super().__init__(**options)


class CountingAsyncClient(httpx.AsyncClient):
    built = 0

    def __init__(self, **options: Any) -> None:
        type(self).built += 1
        super().__init__(**options)


def test_threads_that_call_at_once_build_one_http_client(
    harbor: LocalHarbor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("harbor_client.client.httpx.Client", CountingClient)
    CountingClient.built = 0
    with sync_client(harbor) as client:
        assert CountingClient.built == 0  # nothing is built before the first call

        statuses = in_threads(THREADS, lambda i: client.ping.get())
        registries = in_threads(THREADS, lambda i: client.registry)

    assert statuses == ["Pong"] * THREADS
    assert len({id(r) for r in registries}) == 1
    assert CountingClient.built == 2  # one for the API, one for the registry


async def test_tasks_that_call_at_once_build_one_http_client(
    harbor: LocalHarbor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("harbor_client.client.httpx.AsyncClient", CountingAsyncClient)
    CountingAsyncClient.built = 0
    async with async_client(harbor) as client:
        answers = await asyncio.gather(*(client.ping.get() for _ in range(TASKS)))

    assert answers == ["Pong"] * TASKS
    assert CountingAsyncClient.built == 1


# -- one ID-token fetch per expiry, end to end --------------------------------------


class IssuingProvider:
    """An OIDC provider: a new JWT per call, registered with the local Harbor.

    It takes its time, as a real token endpoint does, so that every caller arrives
    while the first fetch is still in flight.
    """

    def __init__(self, harbor: LocalHarbor, clock: Any, lifetime: int = 300) -> None:
        self.harbor = harbor
        self.clock = clock
        self.lifetime = lifetime
        self.calls = 0
        self._lock = threading.Lock()

    def issue(self) -> str:
        with self._lock:
            self.calls += 1
            number = self.calls
        iat = int(self.clock())
        claims = {"sub": "alice", "iat": iat, "exp": iat + self.lifetime}
        payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=")
        token = f"eyJhbGciOiJSUzI1NiJ9.{payload.decode()}.sig-{number}"
        self.harbor.add_oidc_token(token, "alice")
        return token

    def __call__(self) -> str:
        time.sleep(0.2)
        return self.issue()

    async def fetch(self) -> str:
        await asyncio.sleep(0.2)
        return self.issue()


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def oidc_harbor() -> Iterator[LocalHarbor]:
    with LocalHarbor(auth_mode="oidc_auth", registry=False) as local:
        local.add_user("alice", None)
        yield local


def test_threads_needing_a_fresh_id_token_cause_one_provider_call_per_expiry(
    oidc_harbor: LocalHarbor,
) -> None:
    clock = Clock()
    provider = IssuingProvider(oidc_harbor, clock)
    credentials = OIDCCredentials(provider, clock=clock)
    with Harbor(oidc_harbor.url, credentials=credentials) as client:
        first = in_threads(16, lambda i: client.users.get_current().username)
        clock.now += 600  # every caller now finds the token expired
        second = in_threads(16, lambda i: client.users.get_current().username)

    assert first == second == ["alice"] * 16
    assert provider.calls == 2


async def test_tasks_needing_a_fresh_id_token_cause_one_provider_call_per_expiry(
    oidc_harbor: LocalHarbor,
) -> None:
    clock = Clock()
    provider = IssuingProvider(oidc_harbor, clock)
    credentials = OIDCCredentials(provider.fetch, clock=clock)
    async with AsyncHarbor(oidc_harbor.url, credentials=credentials) as client:

        async def crowd() -> list[str]:
            users = await asyncio.gather(
                *(client.users.get_current() for _ in range(TASKS))
            )
            return [str(u.username) for u in users]

        first = await crowd()
        clock.now += 600
        second = await crowd()

    assert first == second == ["alice"] * TASKS
    assert provider.calls == 2


# -- pool limits ------------------------------------------------------------------


def test_the_default_pool_keeps_alive_every_connection_it_may_open() -> None:
    # httpcore counts all connections against the keep-alive limit: with fewer kept
    # alive than open, every connection that goes idle in a burst is closed.
    assert DEFAULT_LIMITS.max_connections == 50
    assert DEFAULT_LIMITS.max_keepalive_connections == 50


async def test_1000_concurrent_calls_use_at_most_the_configured_connections(
    harbor: LocalHarbor,
) -> None:
    limits = httpx.Limits(max_connections=16, max_keepalive_connections=16)
    harbor.latency = 0.005  # each answer holds its connection for a moment
    async with async_client(harbor, limits=limits) as client:
        answers = await asyncio.gather(*(client.ping.get() for _ in range(1000)))

    assert answers == ["Pong"] * 1000
    assert harbor.connections.peak == 16
    # Kept alive and reused; httpcore may replace the odd idle connection when a
    # queued request and a freed connection cross, never one per call.
    assert harbor.connections.total < 2 * 16


async def test_a_burst_on_the_default_pool_reuses_its_connections(
    harbor: LocalHarbor,
) -> None:
    harbor.latency = 0.005
    async with async_client(harbor) as client:
        answers = await asyncio.gather(*(client.ping.get() for _ in range(300)))

    assert answers == ["Pong"] * 300
    assert harbor.connections.peak == DEFAULT_LIMITS.max_connections
    # Not one connection per call (the 50-open, 20-alive pool opened 300 here);
    # a handful may be reopened when the pool and the queue cross.
    assert harbor.connections.total < 2 * DEFAULT_LIMITS.max_connections


def test_threads_beyond_the_pool_limit_wait_for_a_connection(
    harbor: LocalHarbor,
) -> None:
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    harbor.latency = 0.02
    with sync_client(harbor, limits=limits) as client:
        answers = in_threads(THREADS, lambda i: client.ping.get())

    assert answers == ["Pong"] * THREADS
    assert harbor.connections.peak == 4
