"""A DELETE sent again after its answer was lost: the retry's 404 is the delete.

DELETE is idempotent in effect, not in answer. When Harbor deleted the resource but
the connection broke before the answer came back, the retry finds the resource gone
and answers 404. The client takes that 404 as the delete the lost attempt made: the
call returns the operation's success result (``None``), and an INFO line on
``harbor_client.http`` says so. A 404 on the first attempt, or after failures that
prove nothing reached Harbor, stays ``NotFoundError``.

The first half runs against the local Harbor and reads the server's log of
exchanges; the second half uses ``httpx.MockTransport`` for failures the local
Harbor does not inject (a connection refused, a read timeout, a gateway's 504).
Every test runs the sync and the async client.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from harbor_client import AsyncHarbor, Harbor, RetryPolicy, errors, tracing
from harbor_client.testing import LocalHarbor
from harbor_client.testing._faults import (
    RESET_AFTER_PROCESSING,
    RESET_BEFORE_BODY,
    Faults,
)

NO_WAIT = RetryPolicy(retries=3, backoff=0.0, max_backoff=0.0)
ADMIN = {"username": "admin", "password": "Harbor12345"}
FACES = ["sync", "async"]
#: a server name for the mock transports; nothing is sent to it
HARBOR = "https://harbor.example.com"
TAKEN_AS_DELETED = (
    "DELETE /api/v2.0/projects/{name}: the earlier attempt's answer was lost; "
    "404 on retry taken as deleted (request id {rid})"
)

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def local() -> Iterator[LocalHarbor]:
    with LocalHarbor(registry=False) as server:
        yield server


@pytest.fixture
def info(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    """The INFO lines of ``harbor_client.http`` so far."""
    caplog.set_level(logging.INFO, logger="harbor_client.http")

    def lines() -> list[str]:
        return [
            r.getMessage()
            for r in caplog.records
            if r.name == "harbor_client.http" and r.levelno == logging.INFO
        ]

    return lines


def call(
    face: str,
    url: str,
    name: str,
    transport: Handler | None = None,
    operation: str = "projects.delete",
) -> Any:
    """``harbor.<operation>(name)`` with the sync or the async client."""
    namespace, method = operation.split(".")
    options: dict[str, Any] = dict(ADMIN, retry=NO_WAIT)
    if transport is not None:
        # MockTransport serves both faces.
        options["transport"] = httpx.MockTransport(transport)
    if face == "sync":
        with Harbor(url, **options) as harbor:
            return getattr(getattr(harbor, namespace), method)(name)

    async def run() -> Any:
        async with AsyncHarbor(url, **options) as harbor:
            return await getattr(getattr(harbor, namespace), method)(name)

    return asyncio.run(run())


def exchanges(local: LocalHarbor) -> list[tuple[str, str | None, bool, int | None]]:
    """What the local Harbor saw: method, fault, processed, status sent."""
    return [(e.method, e.fault, e.processed, e.status) for e in local.faults.exchanges]


# -- against the local Harbor ------------------------------------------------------


@pytest.mark.parametrize("face", FACES)
def test_a_delete_whose_answer_was_lost_returns_as_deleted(
    local: LocalHarbor, face: str, info: Callable[[], list[str]]
) -> None:
    local.add_project("doomed")
    local.faults.set(Faults(plan=(RESET_AFTER_PROCESSING,)))

    with tracing.request_id("lost-1"):
        result = call(face, local.url, "doomed")

    assert result is None
    assert exchanges(local) == [
        ("DELETE", RESET_AFTER_PROCESSING, True, None),
        ("DELETE", None, True, 404),
    ]
    assert local.faults.attempts("lost-1") == 2
    assert local.store.project_named("doomed") is None
    assert info()[-1] == TAKEN_AS_DELETED.format(name="doomed", rid="lost-1")


@pytest.mark.parametrize("face", FACES)
def test_deleting_a_project_that_never_existed_raises_not_found_after_one_request(
    local: LocalHarbor, face: str, info: Callable[[], list[str]]
) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        call(face, local.url, "never-was")

    assert caught.value.status_code == 404
    assert caught.value.messages == ("project never-was not found",)
    assert exchanges(local) == [("DELETE", None, True, 404)]
    assert info() == []


@pytest.mark.parametrize("face", FACES)
def test_a_delete_reset_before_harbor_read_it_deletes_on_the_retry(
    local: LocalHarbor, face: str, info: Callable[[], list[str]]
) -> None:
    local.add_project("doomed")
    local.faults.set(Faults(plan=(RESET_BEFORE_BODY,)))

    result = call(face, local.url, "doomed")

    assert result is None
    assert exchanges(local) == [
        ("DELETE", RESET_BEFORE_BODY, False, None),
        ("DELETE", None, True, 200),
    ]
    assert local.store.project_named("doomed") is None
    assert not any("taken as deleted" in line for line in info())


# -- failures the local Harbor does not inject --------------------------------------


def answers(first: Handler, then: Handler) -> tuple[Handler, list[str]]:
    """A transport whose first attempt gets ``first`` and every later one ``then``."""
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return first(request) if len(seen) == 1 else then(request)

    return handle, seen


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def timed_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def status(code: int) -> Handler:
    """An answer with no body from the proxy in front, to retry at once."""
    return lambda request: httpx.Response(code, headers={"Retry-After": "0"})


def not_found(message: str = "project doomed not found") -> Handler:
    """Harbor's 404 with its error body."""
    body = {"errors": [{"code": "NOT_FOUND", "message": message}]}
    return lambda request: httpx.Response(404, json=body)


@pytest.mark.parametrize("face", FACES)
def test_a_404_after_a_refused_connection_stays_not_found(face: str) -> None:
    transport, seen = answers(refused, not_found())

    with pytest.raises(errors.NotFoundError) as caught:
        call(face, HARBOR, "doomed", transport)

    assert caught.value.messages == ("project doomed not found",)
    assert seen == ["DELETE", "DELETE"]


@pytest.mark.parametrize("face", FACES)
def test_a_404_after_a_read_timeout_is_taken_as_deleted(
    face: str, info: Callable[[], list[str]]
) -> None:
    transport, seen = answers(timed_out, not_found())

    with tracing.request_id("timeout-1"):
        result = call(face, HARBOR, "doomed", transport)

    assert result is None
    assert seen == ["DELETE", "DELETE"]
    assert info() == [
        "retrying DELETE /api/v2.0/projects/doomed after ReadTimeout (attempt 1 of 3, "
        "waiting 0.00s, request id timeout-1)",
        TAKEN_AS_DELETED.format(name="doomed", rid="timeout-1"),
    ]


@pytest.mark.parametrize("face", FACES)
def test_a_404_after_a_gateway_timeout_is_taken_as_deleted(face: str) -> None:
    # nginx answers 504 when core did not answer in time, possibly after deleting.
    transport, seen = answers(status(504), not_found())

    assert call(face, HARBOR, "doomed", transport) is None
    assert seen == ["DELETE", "DELETE"]


@pytest.mark.parametrize("face", FACES)
def test_a_404_after_a_503_stays_not_found(face: str) -> None:
    # nginx's 503 means no core took the request: nothing was deleted then.
    transport, seen = answers(status(503), not_found())

    with pytest.raises(errors.NotFoundError):
        call(face, HARBOR, "doomed", transport)

    assert seen == ["DELETE", "DELETE"]


@pytest.mark.parametrize("face", FACES)
def test_a_404_for_a_path_harbor_has_no_route_for_stays_not_found(face: str) -> None:
    # go-swagger's 404 for an unknown route says the URL is wrong, not that the
    # project is gone.
    no_route = not_found("path /api/v2.0/projects/doomed was not found")
    transport, seen = answers(timed_out, no_route)

    with pytest.raises(errors.NotFoundError):
        call(face, HARBOR, "doomed", transport)

    assert seen == ["DELETE", "DELETE"]


@pytest.mark.parametrize("face", FACES)
def test_an_html_404_after_a_lost_answer_stays_not_found(face: str) -> None:
    # A proxy's or beego's page: the request did not reach Harbor's API.
    def page(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404,
            headers={"Content-Type": "text/html"},
            content=b"<html><title>404 - Page Not Found</title></html>",
        )

    transport, seen = answers(timed_out, page)

    with pytest.raises(errors.NotFoundError):
        call(face, HARBOR, "doomed", transport)

    assert seen == ["DELETE", "DELETE"]


@pytest.mark.parametrize("face", FACES)
def test_a_get_answered_404_after_a_lost_answer_stays_not_found(
    face: str, info: Callable[[], list[str]]
) -> None:
    transport, seen = answers(timed_out, not_found())

    with tracing.request_id("get-1"), pytest.raises(errors.NotFoundError) as caught:
        call(face, HARBOR, "doomed", transport, operation="projects.get")

    assert seen == ["GET", "GET"]
    assert caught.value.hint == ""
    assert info() == [
        "retrying GET /api/v2.0/projects/doomed after ReadTimeout (attempt 1 of 3, "
        "waiting 0.00s, request id get-1)"
    ]


@pytest.mark.parametrize("face", FACES)
def test_a_lost_delete_whose_answer_had_a_body_keeps_not_found_with_a_hint(
    face: str,
) -> None:
    # deleteScanner answers with the deleted registration, which cannot be rebuilt.
    transport, seen = answers(timed_out, not_found("scanner reg-1 not found"))

    with pytest.raises(errors.NotFoundError) as caught:
        call(face, HARBOR, "reg-1", transport, operation="scanners.delete")

    assert seen == ["DELETE", "DELETE"]
    assert caught.value.hint == (
        "an earlier attempt's answer was lost, so that attempt most likely deleted "
        "it; what deleteScanner returns went with that answer"
    )
