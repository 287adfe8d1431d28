"""OpenTelemetry: one client span per call, named for the operation.

Spans go through the API's global tracer provider, here the SDK's with an in-memory
exporter. Outside CI the tests are skipped when OpenTelemetry is not installed; in
CI they fail, so a missing ``otel`` extra cannot pass unnoticed.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from harbor_client import AsyncHarbor, Harbor, RetryPolicy, errors, tracing
from harbor_client.testing import LocalHarbor
from harbor_client.testing._faults import (
    RESET_AFTER_PROCESSING,
    THROTTLED,
    UNAVAILABLE,
    Faults,
)


def need(module: str) -> ModuleType:
    if os.environ.get("CI"):
        return importlib.import_module(module)
    return pytest.importorskip(module)


trace = need("opentelemetry.trace")
sdk_trace = need("opentelemetry.sdk.trace")
export = need("opentelemetry.sdk.trace.export")
in_memory = need("opentelemetry.sdk.trace.export.in_memory_span_exporter")

NO_WAIT = RetryPolicy(retries=3, backoff=0.0, max_backoff=0.0)
PASSWORD = "Otel-S3cret!"

_EXPORTER = in_memory.InMemorySpanExporter()
_installed = False


@pytest.fixture
def spans() -> Iterator[Any]:
    """The in-memory exporter, emptied before each test."""
    global _installed
    if not _installed:
        # The global provider can be set once per process.
        provider = sdk_trace.TracerProvider()
        provider.add_span_processor(export.SimpleSpanProcessor(_EXPORTER))
        trace.set_tracer_provider(provider)
        _installed = True
    _EXPORTER.clear()
    yield _EXPORTER
    _EXPORTER.clear()


@pytest.fixture
def harbor() -> Iterator[LocalHarbor]:
    with LocalHarbor(PASSWORD, registry=False) as local:
        yield local


def client(local: LocalHarbor) -> Harbor:
    return Harbor(local.url, username="admin", password=PASSWORD, retry=NO_WAIT)


def harbor_spans(exporter: Any) -> list[Any]:
    return [s for s in exporter.get_finished_spans() if s.name.startswith("harbor.")]


def test_each_call_is_one_client_span_named_for_the_operation(
    harbor: LocalHarbor, spans: Any
) -> None:
    with client(harbor) as c, tracing.request_id("span-1"):
        c.projects.get("library")

    [span] = harbor_spans(spans)
    assert span.name == "harbor.projects.get"
    assert span.kind == trace.SpanKind.CLIENT
    assert dict(span.attributes) == {
        "http.request.method": "GET",
        "url.path": "/api/v2.0/projects/library",
        "server.address": "127.0.0.1",
        "server.port": harbor.port,
        "harbor.operation": "getProject",
        "harbor.request_id": "span-1",
        "http.response.status_code": 200,
    }
    assert span.status.status_code == trace.StatusCode.UNSET


def test_a_refused_call_has_error_status_and_the_status_as_error_type(
    harbor: LocalHarbor, spans: Any
) -> None:
    with (
        client(harbor) as c,
        tracing.request_id("span-404"),
        pytest.raises(errors.NotFoundError),
    ):
        c.projects.get("missing")

    [span] = harbor_spans(spans)
    assert span.status.status_code == trace.StatusCode.ERROR
    assert span.status.description.startswith("NotFoundError: GET ")
    assert span.attributes["error.type"] == "404"
    assert span.attributes["http.response.status_code"] == 404
    [event] = span.events
    assert event.name == "exception"
    assert event.attributes["exception.type"].endswith("NotFoundError")


def test_a_call_without_an_answer_has_the_exception_as_error_type(
    harbor: LocalHarbor, spans: Any
) -> None:
    harbor.faults.set(Faults(plan=(RESET_AFTER_PROCESSING,)))

    with client(harbor) as c, pytest.raises(errors.TransportError):
        c.projects.create(body={"project_name": "demo"})

    [span] = harbor_spans(spans)
    assert span.name == "harbor.projects.create"
    assert span.attributes["error.type"] == "TransportError"
    assert "http.response.status_code" not in span.attributes
    assert span.status.status_code == trace.StatusCode.ERROR


def test_retries_stay_inside_the_calls_one_span(
    harbor: LocalHarbor, spans: Any
) -> None:
    harbor.faults.set(Faults(plan=(UNAVAILABLE, THROTTLED), retry_after=0))

    with client(harbor) as c:
        c.projects.list()

    [span] = harbor_spans(spans)
    assert span.attributes["http.request.resend_count"] == 2
    assert span.attributes["http.response.status_code"] == 200
    assert [e.name for e in span.events] == ["retry", "retry"]
    assert [e.attributes["harbor.retry.reason"] for e in span.events] == [
        "status 503",
        "status 429",
    ]
    assert span.status.status_code == trace.StatusCode.UNSET


def test_the_span_is_a_child_of_the_callers_span(
    harbor: LocalHarbor, spans: Any
) -> None:
    tracer = trace.get_tracer("deploy")
    with client(harbor) as c, tracer.start_as_current_span("deploy") as parent:
        c.ping.get()

    [span] = harbor_spans(spans)
    assert span.parent.span_id == parent.get_span_context().span_id
    assert span.context.trace_id == parent.get_span_context().trace_id


async def test_async_calls_make_the_same_spans(harbor: LocalHarbor, spans: Any) -> None:
    tracer = trace.get_tracer("deploy")
    async with AsyncHarbor(
        harbor.url, username="admin", password=PASSWORD, retry=NO_WAIT
    ) as c:
        with tracer.start_as_current_span("deploy") as parent:
            with tracing.request_id("async-span"):
                await c.projects.get("library")
            with pytest.raises(errors.NotFoundError):
                await c.projects.get("missing")

    first, second = harbor_spans(spans)
    assert (first.name, second.name) == ("harbor.projects.get", "harbor.projects.get")
    assert first.attributes["harbor.request_id"] == "async-span"
    assert second.attributes["error.type"] == "404"
    parent_id = parent.get_span_context().span_id
    assert first.parent.span_id == second.parent.span_id == parent_id


def test_spans_carry_no_secret(harbor: LocalHarbor, spans: Any) -> None:
    harbor.faults.set(Faults(plan=(UNAVAILABLE,), retry_after=0))
    with client(harbor) as c:
        c.projects.get("library")
        with pytest.raises(errors.NotFoundError):
            c.projects.get("missing")

    text = repr(
        [
            (s.name, dict(s.attributes), [dict(e.attributes) for e in s.events])
            for s in harbor_spans(spans)
        ]
    )
    assert len(harbor_spans(spans)) == 2
    assert PASSWORD not in text
    assert "YWRtaW46" not in text  # base64 of "admin:", the start of Basic
