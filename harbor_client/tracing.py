"""Tracing a call into Harbor's own logs: request ids, log lines and spans.

Harbor core echoes the ``X-Request-Id`` of a request (or makes one) and writes it on
each of its log lines, so the id is what joins a failure seen by a client to the
server's side of the story. Every request the SDK sends carries one:

* the caller's, for every call inside ``with tracing.request_id("abc"):`` (a
  context variable, so it holds across ``await`` in one task and is inherited by
  tasks created inside the block; a new thread starts without it);
* otherwise the one ``Harbor(request_id=...)`` makes, or a new UUID;
* the same one on every retry of a call, so Harbor's log shows the attempts as one.

Logging goes through the standard :mod:`logging` module under ``harbor_client`` and
is quiet until the application configures it: one line per request at DEBUG
(``harbor_client.http``), retries and token refreshes at INFO, never a body, a
header or a query string.

With the ``otel`` extra (``opentelemetry-api``), each call is one client span named
for the operation (``harbor.projects.list``), with the request id as an attribute.
OpenTelemetry is imported on the first call, and without it this costs nothing.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import time
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .errors import HarborError

if TYPE_CHECKING:
    import httpx

    from ._operation import Operation

__all__ = ["CallTrace", "current_request_id", "new_request_id", "request_id"]

# A library stays silent until the application configures logging.
logging.getLogger("harbor_client").addHandler(logging.NullHandler())

log = logging.getLogger("harbor_client.http")

_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "harbor_client_request_id", default=None
)


def new_request_id() -> str:
    """A fresh request id: a random UUID, as Harbor makes when a request has none."""
    return str(uuid.uuid4())


def current_request_id() -> str | None:
    """The request id set by the innermost :func:`request_id` block, if any."""
    return _request_id.get()


@contextlib.contextmanager
def request_id(value: str | None = None) -> Iterator[str]:
    """Send ``value`` as ``X-Request-Id`` on every request made inside the block.

    Without a value a new id is made; the block receives it either way::

        with tracing.request_id("deploy-42") as rid:
            harbor.projects.create(body={"project_name": "demo"})
            harbor.projects.get("demo")      # same id: one operation, one trail

    Works in sync code and in async code (``with`` around ``await``); each thread
    and each task sees only its own block.
    """
    if value is not None and (not value or any(c in value for c in "\r\n")):
        raise ValueError("a request id must be non-empty and fit on one header line")
    chosen = value if value is not None else new_request_id()
    token = _request_id.set(chosen)
    try:
        yield chosen
    finally:
        _request_id.reset(token)


# -- OpenTelemetry, imported on first use ------------------------------------------

_UNSET: Any = object()
_otel_trace: Any = _UNSET
_tracer: Any = None


def _opentelemetry() -> Any:
    """The ``opentelemetry.trace`` module, or ``None`` when it is not installed."""
    global _otel_trace
    if _otel_trace is _UNSET:
        try:
            from opentelemetry import trace as module
        except ImportError:
            module = None  # type: ignore[assignment]
        _otel_trace = module
    return _otel_trace


def _get_tracer(trace: Any) -> Any:
    global _tracer
    if _tracer is None:
        from ._version import __version__

        # A proxy tracer: it follows a tracer provider set later by the application.
        _tracer = trace.get_tracer("harbor_client", __version__)
    return _tracer


def span_name(op: Operation) -> str:
    """The span name of an operation: ``harbor.<namespace>.<method>``."""
    return f"harbor.{op.namespace}.{op.name}"


class CallTrace:
    """What one call leaves behind: its log lines and, with OpenTelemetry, a span.

    The retry flow reports each attempt's outcome here; the client opens the trace
    around the whole call with :meth:`around`.
    """

    __slots__ = ("_request", "_sent_at", "_span", "request_id", "resends")

    def __init__(self, request: httpx.Request, span: Any = None) -> None:
        self._request = request
        self._span = span
        self._sent_at = 0.0
        self.request_id: str | None = request.headers.get("x-request-id")
        #: attempts after the first one
        self.resends = 0

    @classmethod
    @contextlib.contextmanager
    def around(cls, op: Operation, request: httpx.Request) -> Iterator[CallTrace]:
        """The trace of one call, with its span open (current) inside the block."""
        trace = _opentelemetry()
        if trace is None:
            yield cls(request)
            return
        attributes: dict[str, str | int] = {
            "http.request.method": request.method,
            "url.path": request.url.path,
            "server.address": request.url.host,
            "harbor.operation": op.id,
        }
        if request.url.port is not None:
            attributes["server.port"] = request.url.port
        rid = request.headers.get("x-request-id")
        if rid:
            attributes["harbor.request_id"] = rid
        with _get_tracer(trace).start_as_current_span(
            span_name(op),
            kind=trace.SpanKind.CLIENT,
            attributes=attributes,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            call = cls(request, span)
            try:
                yield call
            except BaseException as exc:
                call._failed(trace, exc)
                raise

    # -- what the retry flow reports

    def sending(self) -> None:
        """An attempt is about to be sent: its duration is measured from here."""
        self._sent_at = time.monotonic()

    def answered(self, response: httpx.Response) -> None:
        """An attempt got an answer (of any status)."""
        if self._span is not None:
            self._span.set_attribute("http.response.status_code", response.status_code)
        if log.isEnabledFor(logging.DEBUG):
            rid = response.headers.get("x-request-id") or self.request_id
            log.debug(
                "%s %s -> %d in %.1f ms (request id %s)",
                self._request.method,
                self._request.url.path,
                response.status_code,
                self._elapsed_ms(),
                rid,
                extra={"request_id": rid},
            )

    def broke(self, exc: Exception) -> None:
        """An attempt ended without an answer (refused, reset, timed out)."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s failed in %.1f ms: %s (request id %s)",
                self._request.method,
                self._request.url.path,
                self._elapsed_ms(),
                type(exc).__name__,
                self.request_id,
                extra={"request_id": self.request_id},
            )

    def retrying(self, reason: str, attempt: int, budget: int, wait: float) -> None:
        """The flow sends the request again after ``wait`` seconds."""
        self.resends = attempt
        log.info(
            "retrying %s %s after %s (attempt %d of %d, waiting %.2fs, request id %s)",
            self._request.method,
            self._request.url.path,
            reason,
            attempt,
            budget,
            wait,
            self.request_id,
            extra={"request_id": self.request_id},
        )
        if self._span is not None:
            self._span.set_attribute("http.request.resend_count", attempt)
            self._span.add_event(
                "retry", {"harbor.retry.reason": reason, "harbor.retry.wait_s": wait}
            )

    def taken_as_deleted(self) -> None:
        """A DELETE sent again got 404 after an attempt whose answer was lost.

        The flow takes it as the delete that attempt made; the line says so, since
        the call then succeeds on a 404.
        """
        log.info(
            "%s %s: the earlier attempt's answer was lost; 404 on retry taken as "
            "deleted (request id %s)",
            self._request.method,
            self._request.url.path,
            self.request_id,
            extra={"request_id": self.request_id},
        )
        if self._span is not None:
            self._span.add_event("taken_as_deleted", {"http.response.status_code": 404})

    # -- the end of the call

    def _failed(self, trace: Any, exc: BaseException) -> None:
        span = self._span
        status_code = getattr(exc, "status_code", None)
        # OpenTelemetry's HTTP conventions: the status code when there was an
        # answer, the exception's type when there was none.
        error_type = str(status_code) if status_code else type(exc).__qualname__
        span.set_attribute("error.type", error_type)
        description = type(exc).__name__
        if isinstance(exc, HarborError):
            # The SDK's own messages carry no credential (errors.py), so they may
            # leave the process; anything else is named by its type only.
            span.record_exception(exc)
            description = f"{description}: {exc}"
        span.set_status(trace.Status(trace.StatusCode.ERROR, description))

    def _elapsed_ms(self) -> float:
        return (time.monotonic() - self._sent_at) * 1000
