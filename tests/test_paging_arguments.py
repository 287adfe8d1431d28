"""Paging arguments are checked before any request, and early exits stay quiet.

A wrong type (``"10"``, ``2.5``, ``True``) is refused with a message naming the
argument, not a comparison error from deep inside or a 400 from the server; ``None``
means the default. ``contextlib.aclosing(paginator)`` stops the pages fetched ahead.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import httpx
import pytest

from harbor_client import AsyncHarbor, Harbor
from harbor_client.registry import AsyncRegistry, Registry
from harbor_client.registry.errors import InvalidReference
from harbor_client.testing import LocalHarbor


def _listings(local: LocalHarbor) -> int:
    return sum(1 for r in local.requests if r.path == "/api/v2.0/projects")


def _login(local: LocalHarbor) -> dict[str, Any]:
    return {"username": local.admin_username, "password": local.admin_password}


WRONG_TYPES = [
    ({"page_size": "10"}, "page_size must be an int, not '10'"),
    ({"page_size": 2.5}, "page_size must be an int, not 2.5"),
    ({"page_size": True}, "page_size must be an int, not True"),
    ({"start_page": "2"}, "start_page must be an int, not '2'"),
    ({"max_items": "5"}, "max_items must be an int, not '5'"),
    ({"max_items": 2.5}, "max_items must be an int, not 2.5"),
    ({"max_items": True}, "max_items must be an int, not True"),
]


@pytest.mark.parametrize(("arguments", "message"), WRONG_TYPES)
def test_a_wrong_type_is_refused_before_any_request(
    local_harbor: LocalHarbor, arguments: dict[str, Any], message: str
) -> None:
    with (
        Harbor(local_harbor.url, **_login(local_harbor)) as harbor,
        pytest.raises(TypeError) as raised,
    ):
        list(harbor.projects.iter(**arguments))

    assert str(raised.value) == message
    assert _listings(local_harbor) == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        *WRONG_TYPES,
        ({"concurrency": "4"}, "concurrency must be an int, not '4'"),
        ({"concurrency": 2.5}, "concurrency must be an int, not 2.5"),
        ({"concurrency": True}, "concurrency must be an int, not True"),
    ],
)
def test_the_async_face_refuses_the_same_before_any_request(
    local_harbor: LocalHarbor, arguments: dict[str, Any], message: str
) -> None:
    async def listing() -> None:
        async with AsyncHarbor(local_harbor.url, **_login(local_harbor)) as harbor:
            [p async for p in harbor.projects.iter(**arguments)]

    with pytest.raises(TypeError) as raised:
        asyncio.run(listing())

    assert str(raised.value) == message
    assert _listings(local_harbor) == 0


def test_none_stands_for_the_defaults(local_harbor: LocalHarbor) -> None:
    for number in range(149):
        local_harbor.add_project(f"team-{number:03d}")

    with Harbor(local_harbor.url, **_login(local_harbor)) as harbor:
        names = [
            p.name
            for p in harbor.projects.iter(
                page_size=None, start_page=None, max_items=None
            )
        ]

    async def in_parallel() -> list[Any]:
        async with AsyncHarbor(local_harbor.url, **_login(local_harbor)) as harbor:
            return [p.name async for p in harbor.projects.iter(concurrency=None)]

    assert len(names) == 150
    assert asyncio.run(in_parallel()) == names
    # Pages of 100, the default: two for each listing.
    assert [r.query for r in local_harbor.requests if r.path.endswith("/projects")] == [
        "page=1&page_size=100",
        "page=2&page_size=100",
        "page=1&page_size=100",
        "page=2&page_size=100",
    ]


def test_aclosing_the_paginator_cancels_the_pages_fetched_ahead() -> None:
    with LocalHarbor(registry=False, latency=0.3) as local:
        for number in range(99):
            local.add_project(f"team-{number:03d}")

        async def first_of_the_list() -> tuple[str, list[asyncio.Task[Any]]]:
            async with AsyncHarbor(local.url, **_login(local)) as harbor:
                paginator = harbor.projects.iter(page_size=10, concurrency=4)
                async with contextlib.aclosing(paginator) as projects:
                    async for project in projects:
                        # Inside the second page: pages 3 to 6 are in flight.
                        if project.name == "team-014":
                            first = str(project.name)
                            break
                left = [
                    task
                    for task in asyncio.all_tasks()
                    if task is not asyncio.current_task()
                ]
            return first, left

        first, left = asyncio.run(first_of_the_list())

    assert first == "team-014"
    # The four pages in flight (0.3 s each) were cancelled as the block was left,
    # not left running until the client closed.
    assert left == []


@pytest.mark.parametrize(
    "gone", [ConnectionResetError(104, "reset"), BrokenPipeError(32, "pipe")]
)
def test_a_client_that_went_away_is_no_server_failure(
    local_harbor: LocalHarbor,
    gone: OSError,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # What socketserver calls when a handler raises: an iteration left early or
    # a reset fault ends its connection under an answer being written.
    server = local_harbor._server
    assert server is not None
    caplog.set_level("DEBUG", logger="harbor_client.testing")
    try:
        raise gone
    except OSError:
        server.handle_error(None, ("127.0.0.1", 40000))

    assert capfd.readouterr().err == ""
    assert [r.levelname for r in caplog.records] == ["DEBUG"]
    assert (
        caplog.records[0].getMessage().startswith("127.0.0.1 closed the connection: ")
    )


def test_a_real_server_failure_is_logged_with_its_traceback(
    local_harbor: LocalHarbor, caplog: pytest.LogCaptureFixture
) -> None:
    server = local_harbor._server
    assert server is not None
    try:
        raise KeyError("bug")
    except KeyError:
        server.handle_error(None, ("127.0.0.1", 40000))

    [record] = [r for r in caplog.records if r.name == "harbor_client.testing"]
    assert record.levelname == "ERROR"
    assert record.getMessage() == "failed to serve 127.0.0.1"
    assert record.exc_info is not None and record.exc_info[0] is KeyError


# The registry's tag list


def test_harbor_registry_refuses_a_name_without_a_project(
    local_harbor: LocalHarbor,
) -> None:
    with Harbor(local_harbor.url, **_login(local_harbor)) as harbor:
        before = len(local_harbor.requests)
        with pytest.raises(InvalidReference) as raised:
            harbor.registry.list_tags("library")

    assert str(raised.value) == (
        "'library' names no project: Harbor's repositories are "
        "<project>/<repository>, such as 'library/library'"
    )
    assert len(local_harbor.requests) == before


def test_async_harbor_registry_refuses_it_too(local_harbor: LocalHarbor) -> None:
    async def listing() -> None:
        async with AsyncHarbor(local_harbor.url, **_login(local_harbor)) as harbor:
            await harbor.registry.list_tags("nginx")

    with pytest.raises(InvalidReference, match="'nginx' names no project"):
        asyncio.run(listing())


def _tags_of_app(request: httpx.Request) -> httpx.Response:
    assert request.url.path == "/v2/app/tags/list"
    return httpx.Response(200, json={"name": "app", "tags": ["v1"]})


def test_another_registry_takes_a_name_of_one_component() -> None:
    client = httpx.Client(transport=httpx.MockTransport(_tags_of_app))

    with Registry(client, "https://registry.example.com") as registry:
        assert registry.list_tags("app") == ["v1"]


def test_another_async_registry_takes_it_too() -> None:
    async def listing() -> list[str]:
        async def handle(request: httpx.Request) -> httpx.Response:
            return _tags_of_app(request)

        transport = httpx.MockTransport(handle)
        async with httpx.AsyncClient(transport=transport) as client:
            registry = AsyncRegistry(client, "https://registry.example.com")
            return await registry.list_tags("app")

    assert asyncio.run(listing()) == ["v1"]


@pytest.mark.parametrize(
    ("page_size", "message"),
    [
        (2.5, "page_size must be an int, not 2.5"),
        (True, "page_size must be an int, not True"),
    ],
)
def test_a_tag_page_size_of_the_wrong_type_is_refused_before_any_request(
    page_size: Any, message: str
) -> None:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"name": "demo/app", "tags": []})

    client = httpx.Client(transport=httpx.MockTransport(handle))
    with (
        Registry(client, "https://harbor.example.com") as registry,
        pytest.raises(TypeError) as raised,
    ):
        registry.list_tags("demo/app", page_size=page_size)

    assert str(raised.value) == message
    assert sent == []
