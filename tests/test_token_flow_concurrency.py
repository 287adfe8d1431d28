"""Single flight: many threads or tasks that need the same token make one request.

The same :class:`RegistryAuth` serves a thread pool on ``httpx.Client`` and a crowd of
tasks on ``httpx.AsyncClient``; the protocol is one generator flow, the waiting is a
thread event or a future of the task's own loop.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from test_token_flow import HARBOR, ROBOT, FakeHarbor, VirtualClock

from harbor_client.auth import BasicCredentials, RegistryAuth

CALLERS = 16


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def harbor(clock: VirtualClock) -> FakeHarbor:
    return FakeHarbor(clock)


def slow_token_service(harbor: FakeHarbor, delay: float = 0.2) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/service/token":
            time.sleep(delay)  # long enough for every other thread to arrive
        return harbor(request)

    return handler


def in_threads(client: httpx.Client, count: int = CALLERS) -> list[int]:
    start = threading.Barrier(count)

    def pull(index: int) -> int:
        start.wait()
        return client.get(f"{HARBOR}/v2/demo/app/manifests/{index}").status_code

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(pull, range(count)))


def test_threads_that_need_a_first_token_make_one_token_request(
    harbor: FakeHarbor, clock: VirtualClock
) -> None:
    auth = RegistryAuth(HARBOR, BasicCredentials(*ROBOT), clock=clock)
    client = httpx.Client(
        transport=httpx.MockTransport(slow_token_service(harbor)), auth=auth
    )

    statuses = in_threads(client)

    assert statuses == [200] * CALLERS
    assert len(harbor.token_requests) == 1


def test_threads_that_find_the_token_expired_make_one_refresh(
    harbor: FakeHarbor, clock: VirtualClock
) -> None:
    auth = RegistryAuth(HARBOR, BasicCredentials(*ROBOT), clock=clock)
    client = httpx.Client(
        transport=httpx.MockTransport(slow_token_service(harbor)), auth=auth
    )
    client.get(f"{HARBOR}/v2/demo/app/manifests/warm")
    clock.advance(1800)

    statuses = in_threads(client)

    assert statuses == [200] * CALLERS
    assert len(harbor.token_requests) == 2
    assert {harbor.bearer_of(r) for r in harbor.registry_requests[2:]} == {"T2"}


def test_threads_refused_the_same_dead_token_make_one_refresh(
    harbor: FakeHarbor, clock: VirtualClock
) -> None:
    harbor.expires_in, harbor.dies_after = 3600, 100
    auth = RegistryAuth(HARBOR, BasicCredentials(*ROBOT), clock=clock)
    client = httpx.Client(
        transport=httpx.MockTransport(slow_token_service(harbor)), auth=auth
    )
    client.get(f"{HARBOR}/v2/demo/app/manifests/warm")
    clock.advance(200)  # the server forgot T1; the client cannot know before a 401

    statuses = in_threads(client)

    assert statuses == [200] * CALLERS
    assert len(harbor.token_requests) == 2


def test_waiters_fetch_for_themselves_when_the_owners_fetch_fails(
    harbor: FakeHarbor, clock: VirtualClock
) -> None:
    failures = iter([True])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/service/token":
            time.sleep(0.2)
            if next(failures, False):
                raise httpx.ConnectError("token service down", request=request)
        return harbor(request)

    auth = RegistryAuth(HARBOR, BasicCredentials(*ROBOT), clock=clock)
    client = httpx.Client(transport=httpx.MockTransport(handler), auth=auth)

    def pull(index: int) -> str:
        try:
            return str(
                client.get(f"{HARBOR}/v2/demo/app/manifests/{index}").status_code
            )
        except httpx.ConnectError:
            return "down"

    with ThreadPoolExecutor(4) as pool:
        outcomes = sorted(pool.map(pull, range(4)))

    assert outcomes == ["200", "200", "200", "down"]
    assert len(harbor.token_requests) == 1  # the failed one never reached the fake


async def test_tasks_that_need_a_first_token_make_one_token_request(
    harbor: FakeHarbor, clock: VirtualClock
) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/service/token":
            await asyncio.sleep(0.05)
        return harbor(request)

    auth = RegistryAuth(HARBOR, BasicCredentials(*ROBOT), clock=clock)
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(handler), auth=auth
    ) as client:
        answers = await asyncio.gather(
            *(client.get(f"{HARBOR}/v2/demo/app/manifests/{i}") for i in range(CALLERS))
        )

    assert [a.status_code for a in answers] == [200] * CALLERS
    assert len(harbor.token_requests) == 1


async def test_tasks_wait_for_a_token_a_thread_is_fetching(
    harbor: FakeHarbor, clock: VirtualClock
) -> None:
    auth = RegistryAuth(HARBOR, BasicCredentials(*ROBOT), clock=clock)
    transport = httpx.MockTransport(slow_token_service(harbor, delay=0.3))
    sync_client = httpx.Client(transport=transport, auth=auth)
    # With the realm known, the thread asks for the token before sending its request,
    # and holds the flight while the tasks arrive.
    sync_client.get(f"{HARBOR}/v2/library/base/manifests/warm")
    thread = threading.Thread(
        target=sync_client.get, args=(f"{HARBOR}/v2/demo/app/manifests/t",)
    )
    thread.start()
    await asyncio.sleep(0.1)

    async with httpx.AsyncClient(transport=transport, auth=auth) as client:
        answers = await asyncio.gather(
            *(client.get(f"{HARBOR}/v2/demo/app/manifests/{i}") for i in range(4))
        )
    thread.join()

    assert [a.status_code for a in answers] == [200] * 4
    assert [r.url.params.get_list("scope") for r in harbor.token_requests] == [
        ["repository:library/base:pull"],
        ["repository:demo/app:pull"],
    ]


async def test_async_client_continues_an_upload_after_the_token_dies(
    harbor: FakeHarbor, clock: VirtualClock
) -> None:
    harbor.expires_in, harbor.dies_after = 3600, 1800
    auth = RegistryAuth(HARBOR, BasicCredentials(*ROBOT), clock=clock)
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(harbor), auth=auth
    ) as client:
        answer = await client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")
        location = answer.headers["location"]
        for index in range(4):
            clock.advance(600)
            answer = await client.patch(location, content=bytes([index]) * 10)
            location = answer.headers["location"]
        answer = await client.put(location, params={"digest": "sha256:d"})

    assert answer.status_code == 201
    assert len(harbor.token_requests) == 2
    assert harbor.uploads == 1
    assert [harbor.bearer_of(p) for p in harbor.sent("PATCH")] == [
        "T1", "T1", "T1", "T2", "T2",
    ]  # fmt: skip


async def test_a_cancelled_fetch_releases_the_tasks_waiting_for_it(
    harbor: FakeHarbor, clock: VirtualClock
) -> None:
    hang = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/service/token" and not hang.is_set():
            hang.set()
            await asyncio.sleep(60)  # the owner's fetch; it is cancelled below
        return harbor(request)

    auth = RegistryAuth(HARBOR, BasicCredentials(*ROBOT), clock=clock)
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(handler), auth=auth
    ) as client:
        owner = asyncio.create_task(client.get(f"{HARBOR}/v2/demo/app/manifests/a"))
        await hang.wait()
        waiter = asyncio.create_task(client.get(f"{HARBOR}/v2/demo/app/manifests/b"))
        await asyncio.sleep(0.05)
        owner.cancel()
        answer = await asyncio.wait_for(waiter, timeout=5)

    assert answer.status_code == 200
    assert len(harbor.token_requests) == 1  # the waiter's own; the owner's never ended
