"""Every request carries an ``X-Request-Id`` that errors and log lines name.

The id is the caller's inside ``tracing.request_id(...)``, else what
``Harbor(request_id=...)`` makes, else a new UUID; one call keeps one id over all
its retries. Logging is quiet by default, one DEBUG line per attempt, retries at
INFO, and never a body or a secret.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from urllib.parse import quote

import httpx
import pytest

from harbor_client import AsyncHarbor, Harbor, RetryPolicy, errors, tracing
from harbor_client.auth import OIDCCredentials
from harbor_client.testing import LocalHarbor
from harbor_client.testing._faults import (
    RESET_AFTER_PROCESSING,
    THROTTLED,
    UNAVAILABLE,
    Faults,
)

BASE = "https://harbor.example.com"
NO_WAIT = RetryPolicy(retries=3, backoff=0.0, max_backoff=0.0)
UUID = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
)

Handler = Callable[[httpx.Request], httpx.Response]


class Wire:
    """A mock transport that answers with ``handler`` and keeps every request."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._handler = handler or (lambda r: httpx.Response(200, text="Pong"))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._handler(request)

    @property
    def ids(self) -> list[str]:
        return [r.headers["x-request-id"] for r in self.requests]

    def harbor(self, **options: object) -> Harbor:
        options.setdefault("retry", NO_WAIT)
        return Harbor(
            BASE,
            username="admin",
            password="Harbor12345",
            transport=httpx.MockTransport(self),
            **options,  # type: ignore[arg-type]
        )

    def async_harbor(self, **options: object) -> AsyncHarbor:
        options.setdefault("retry", NO_WAIT)
        return AsyncHarbor(
            BASE,
            username="admin",
            password="Harbor12345",
            transport=httpx.MockTransport(self),
            **options,  # type: ignore[arg-type]
        )


@pytest.fixture
def harbor() -> Iterator[LocalHarbor]:
    with LocalHarbor(registry=False) as local:
        yield local


def local_client(local: LocalHarbor, **options: object) -> Harbor:
    options.setdefault("retry", NO_WAIT)
    return Harbor(
        local.url,
        username=local.admin_username,
        password=local.admin_password,
        **options,  # type: ignore[arg-type]
    )


# -- where the id comes from --------------------------------------------------------


def test_calls_inside_a_request_id_block_send_the_callers_id() -> None:
    wire = Wire()
    with wire.harbor() as harbor:
        with tracing.request_id("deploy-42") as rid:
            harbor.ping.get()
            harbor.ping.get()
        harbor.ping.get()

    assert rid == "deploy-42"
    assert wire.ids[:2] == ["deploy-42", "deploy-42"]
    assert UUID.match(wire.ids[2])


def test_calls_outside_a_block_get_a_new_uuid_each() -> None:
    wire = Wire()
    with wire.harbor() as harbor:
        for _ in range(3):
            harbor.ping.get()

    assert all(UUID.match(rid) for rid in wire.ids)
    assert len(set(wire.ids)) == 3


def test_a_block_without_a_value_makes_one_id_for_all_its_calls() -> None:
    wire = Wire()
    with wire.harbor() as harbor, tracing.request_id() as rid:
        harbor.ping.get()
        harbor.ping.get()

    assert UUID.match(rid)
    assert wire.ids == [rid, rid]


def test_the_innermost_block_wins_and_the_outer_one_comes_back() -> None:
    wire = Wire()
    with wire.harbor() as harbor, tracing.request_id("outer"):
        harbor.ping.get()
        with tracing.request_id("inner"):
            harbor.ping.get()
            assert tracing.current_request_id() == "inner"
        harbor.ping.get()

    assert wire.ids == ["outer", "inner", "outer"]
    assert tracing.current_request_id() is None


def test_a_block_beats_the_clients_id_maker_which_beats_a_uuid() -> None:
    wire = Wire()
    with wire.harbor(request_id=lambda: "made-by-client") as harbor:
        harbor.ping.get()
        with tracing.request_id("from-caller"):
            harbor.ping.get()

    assert wire.ids == ["made-by-client", "from-caller"]


def test_a_request_id_that_would_break_the_header_is_refused() -> None:
    with (
        pytest.raises(ValueError, match="one header line"),
        tracing.request_id("a\r\nX: y"),
    ):
        pass


def test_each_thread_sees_only_its_own_block() -> None:
    wire = Wire()
    seen: dict[str, str] = {}
    with wire.harbor() as harbor, tracing.request_id("main-thread"):

        def other() -> None:
            harbor.ping.get()
            seen["other"] = wire.ids[-1]

        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        harbor.ping.get()

    assert UUID.match(seen["other"])  # a new thread starts outside the block
    assert wire.ids[-1] == "main-thread"


async def test_each_task_sends_the_id_of_its_own_block() -> None:
    wire = Wire()

    async def job(harbor: AsyncHarbor, name: str) -> None:
        with tracing.request_id(name):
            for _ in range(3):
                await harbor.ping.get()
                await asyncio.sleep(0)  # let the other tasks interleave

    async with wire.async_harbor() as harbor:
        await asyncio.gather(*(job(harbor, f"job-{i}") for i in range(10)))

    assert sorted(wire.ids) == sorted(f"job-{i}" for i in range(10) for _ in range(3))


async def test_tasks_created_inside_a_block_inherit_its_id() -> None:
    wire = Wire()
    async with wire.async_harbor() as harbor:
        with tracing.request_id("fan-out"):
            await asyncio.gather(*(harbor.ping.get() for _ in range(5)))

    assert wire.ids == ["fan-out"] * 5


def test_one_call_keeps_its_id_over_every_retry(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(UNAVAILABLE, THROTTLED, RESET_AFTER_PROCESSING)))
    harbor.faults.set(retry_after=0)

    with local_client(harbor) as client, tracing.request_id("one-call"):
        client.projects.get("library")

    assert [e.request_id for e in harbor.faults.exchanges] == ["one-call"] * 4


# -- errors name the id ---------------------------------------------------------------


def test_an_http_error_names_the_request_id(harbor: LocalHarbor) -> None:
    with (
        local_client(harbor) as client,
        tracing.request_id("find-me"),
        pytest.raises(errors.NotFoundError) as caught,
    ):
        client.projects.get("missing")

    assert caught.value.request_id == "find-me"
    assert str(caught.value).endswith("(request id find-me)")


def test_a_transport_error_names_the_request_id(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(RESET_AFTER_PROCESSING,)))

    with (
        local_client(harbor) as client,
        tracing.request_id("lost-answer"),
        pytest.raises(errors.TransportError) as caught,
    ):
        client.projects.create(body={"project_name": "demo"})

    assert caught.value.request_id == "lost-answer"
    assert "(request id lost-answer)" in str(caught.value)


def test_an_unreadable_answer_names_the_request_id() -> None:
    wire = Wire(
        lambda r: httpx.Response(
            200, content=b"{not json", headers={"content-type": "application/json"}
        )
    )

    with (
        wire.harbor() as harbor,
        tracing.request_id("bad-body"),
        pytest.raises(errors.HarborResponseError) as caught,
    ):
        harbor.projects.get("demo")

    assert caught.value.request_id == "bad-body"


def test_an_error_through_a_proxy_without_the_header_names_the_sent_id() -> None:
    wire = Wire(lambda r: httpx.Response(502, text="<html>bad gateway</html>"))

    with (
        wire.harbor(retry=RetryPolicy(retries=0)) as harbor,
        tracing.request_id("behind-proxy"),
        pytest.raises(errors.ServerError) as caught,
    ):
        harbor.ping.get()

    assert caught.value.request_id == "behind-proxy"


# -- log lines -----------------------------------------------------------------------


def test_the_package_logs_nothing_until_the_application_configures_logging() -> None:
    handlers = logging.getLogger("harbor_client").handlers

    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_each_attempt_is_one_debug_line_with_method_path_status_time_and_id(
    harbor: LocalHarbor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="harbor_client.http")

    with local_client(harbor) as client, tracing.request_id("log-me"):
        client.projects.get("library")

    lines = [r.getMessage() for r in caplog.records if r.name == "harbor_client.http"]
    assert len(lines) == 1
    assert re.fullmatch(
        r"GET /api/v2\.0/projects/library -> 200 in \d+\.\d ms \(request id log-me\)",
        lines[0],
    )
    assert caplog.records[0].request_id == "log-me"  # type: ignore[attr-defined]


def test_a_broken_attempt_and_its_retry_are_logged(
    harbor: LocalHarbor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="harbor_client.http")
    harbor.faults.set(Faults(plan=(RESET_AFTER_PROCESSING, UNAVAILABLE), retry_after=0))

    with local_client(harbor) as client, tracing.request_id("r-1"):
        client.projects.get("library")

    lines = [
        (r.levelname, r.getMessage())
        for r in caplog.records
        if r.name == "harbor_client.http"
    ]
    assert [level for level, _ in lines] == ["DEBUG", "INFO", "DEBUG", "INFO", "DEBUG"]
    assert re.fullmatch(
        r"GET /api/v2\.0/projects/library failed in \d+\.\d ms: ReadError "
        r"\(request id r-1\)",
        lines[0][1],
    )
    assert lines[1][1] == (
        "retrying GET /api/v2.0/projects/library after ReadError "
        "(attempt 1 of 3, waiting 0.00s, request id r-1)"
    )
    assert lines[3][1] == (
        "retrying GET /api/v2.0/projects/library after status 503 "
        "(attempt 2 of 3, waiting 0.00s, request id r-1)"
    )
    assert lines[4][1].startswith("GET /api/v2.0/projects/library -> 200 in ")


def test_at_info_only_retries_and_token_refreshes_are_logged() -> None:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.INFO)
    package = logging.getLogger("harbor_client")
    package.addHandler(handler)
    previous = package.level
    package.setLevel(logging.INFO)
    tokens = iter(["id-token-1"])
    try:
        with LocalHarbor(auth_mode="oidc_auth", registry=False) as local:
            local.add_oidc_token("id-token-1", "alice")
            local.faults.set(Faults(plan=(UNAVAILABLE,), retry_after=0))
            credentials = OIDCCredentials(lambda: next(tokens), source="test IdP")
            with Harbor(local.url, credentials=credentials, retry=NO_WAIT) as client:
                client.users.get_current()
                client.users.get_current()
    finally:
        package.removeHandler(handler)
        package.setLevel(previous)

    messages = [r.getMessage() for r in records if r.name != "harbor_client.testing"]
    assert len(messages) == 2
    assert messages[0] == "refreshed OIDC ID token from test IdP"
    assert messages[1].startswith("retrying GET /api/v2.0/users/current after status")


def secret_forms(username: str, secret: str) -> set[str]:
    basic = base64.b64encode(f"{username}:{secret}".encode()).decode()
    return {secret, quote(secret, safe=""), basic}


def wrong_password(url: str) -> None:
    with Harbor(url, username="admin", password="wrong") as client:
        client.whoami()


def test_no_body_or_secret_reaches_a_log_line_at_debug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    for name in ("", "httpx", "httpcore", "harbor_client"):
        caplog.set_level(logging.DEBUG, logger=name)
    password = "S3cret-Pa55/word!"
    body_marker = 987654321  # a value that only travels in a request body
    with LocalHarbor(password, registry=False, login_failure_delay=0) as local:
        local.faults.set(
            Faults(plan=(UNAVAILABLE, None, RESET_AFTER_PROCESSING), retry_after=0)
        )
        seen: list[str] = []
        with Harbor(
            local.url, username="admin", password=password, retry=NO_WAIT
        ) as client:
            client.projects.get("library")
            for action in (
                lambda: client.projects.create(
                    body={"project_name": "p1", "storage_limit": body_marker}
                ),
                lambda: client.projects.get("missing"),
                lambda: wrong_password(local.url),
            ):
                try:
                    action()
                except errors.HarborError as exc:
                    seen.append(str(exc))
                    seen.append(repr(exc))
            seen.append(repr(client))
            seen.append(repr(client.credentials))

    seen.extend(r.getMessage() for r in caplog.records)
    text = "\n".join(seen)
    assert len(caplog.records) > 5
    leaked = sum(1 for form in secret_forms("admin", password) if form in text)
    assert leaked == 0, f"{leaked} form(s) of the password appear in logs or errors"
    assert str(body_marker) not in text


# -- registry requests ------------------------------------------------------------


@pytest.mark.registry
def test_registry_and_token_requests_carry_the_request_id() -> None:
    from harbor_client.testing._backend import find_registry_binary

    if find_registry_binary() is None and not os.environ.get("CI"):
        pytest.skip("needs Debian's docker-registry binary")
    with LocalHarbor(registry=True) as local:
        local.add_project("demo")
        with local_client(local) as client, tracing.request_id("push-1"):
            client.registry.blob_exists("demo/app", "sha256:" + "0" * 64)

    exchanges = [
        e for e in local.faults.exchanges if e.path.startswith(("/v2/", "/service/"))
    ]
    assert {e.path.split("/")[1] for e in exchanges} >= {"v2", "service"}
    assert {e.request_id for e in exchanges} == {"push-1"}


def test_importing_the_client_does_not_import_opentelemetry() -> None:
    code = "import sys, harbor_client.client;print('opentelemetry' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert out.stdout.strip() == "False"


def test_calls_work_without_opentelemetry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # import fails
    monkeypatch.setattr(tracing, "_otel_trace", tracing._UNSET)
    wire = Wire()

    with wire.harbor() as harbor:
        assert harbor.ping.get() == "Pong"

    assert tracing._otel_trace is None
