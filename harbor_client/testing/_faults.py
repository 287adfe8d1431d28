"""Faults on demand, and what the local Harbor saw: exchanges and connections.

A Harbor in production sits behind nginx and often a load balancer. Under load they
answer 503 (no core instance free) or 429 (a rate limit in front, or a proxy-cache
project whose upstream limits Harbor), drop connections, and answer slowly. The two
kinds of dropped connection differ in what they mean for a client:

* dropped before the request is read: nothing happened on the server, so sending
  the request again is always safe;
* dropped after the request was processed: the change was made but the answer was
  lost, so sending a POST again would make it twice. This is the case that makes
  retrying a non-idempotent request dangerous.

:class:`Faults` says which share of requests gets which fault; the
:class:`FaultInjector` of a local Harbor (``harbor.faults``) draws them with a seeded
random generator, so the same seed gives the same faults for the same sequence of
requests, and keeps a log of every exchange (request id, method, path, fault, whether
the app processed it) for tests to count attempts and duplicates.
:class:`ConnectionCounter` (``harbor.connections``) counts open connections and their
peak, to check a client's pool limits from the server's side.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler
from typing import Any, Final

from ._wire import ApiError, Response, error_response

__all__ = [
    "FAULT_KINDS",
    "RESET_AFTER_PROCESSING",
    "RESET_BEFORE_BODY",
    "SLOW",
    "THROTTLED",
    "UNAVAILABLE",
    "ConnectionCounter",
    "Exchange",
    "FaultInjector",
    "Faults",
]

#: 503 with ``Retry-After`` from the proxy in front; the app never sees the request.
UNAVAILABLE: Final = "unavailable"
#: 429 with ``Retry-After`` (Harbor's ``TOO_MANY_REQUEST``); the app never sees it.
THROTTLED: Final = "throttled"
#: the connection is reset before the body is read; nothing is processed.
RESET_BEFORE_BODY: Final = "reset_before_body"
#: the request is processed, then the connection is reset instead of answered.
RESET_AFTER_PROCESSING: Final = "reset_after_processing"
#: the answer comes ``slow_delay`` seconds late.
SLOW: Final = "slow"

#: Every kind, in the order a request's random draw is compared with the shares.
FAULT_KINDS: Final = (
    UNAVAILABLE,
    THROTTLED,
    RESET_BEFORE_BODY,
    RESET_AFTER_PROCESSING,
    SLOW,
)

# nginx's own page: the 503 comes from in front of core, so it is HTML, not JSON.
_NGINX_503 = (
    b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n"
    b"<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
    b"<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


@dataclass(frozen=True, slots=True)
class Faults:
    """Which share of the matching requests gets which fault.

    Each share is a probability between 0 and 1; together they may not exceed 1,
    because one random draw per request picks at most one fault. ``plan`` names the
    faults of the first matching requests in order (``None`` for no fault), before
    the shares take over; tests use it for an exact sequence.

    Args:
        unavailable, throttled, reset_before_body, reset_after_processing, slow: the
            shares of each kind (see the module's constants).
        slow_delay: seconds a slow answer is held back.
        retry_after: the ``Retry-After`` of a 503 or 429, in seconds; ``None`` for
            none.
        seed: the seed of the random draws.
        methods: only requests with these methods get faults; empty for all.
        path_prefix: only requests whose path starts with this get faults.
    """

    unavailable: float = 0.0
    throttled: float = 0.0
    reset_before_body: float = 0.0
    reset_after_processing: float = 0.0
    slow: float = 0.0
    slow_delay: float = 0.5
    retry_after: int | None = 1
    seed: int = 0
    methods: frozenset[str] = frozenset()
    path_prefix: str = "/"
    plan: tuple[str | None, ...] = ()

    def __post_init__(self) -> None:
        shares = [self.share(kind) for kind in FAULT_KINDS]
        if any(not 0.0 <= s <= 1.0 for s in shares):
            raise ValueError(f"fault shares must be between 0 and 1, got {shares}")
        if sum(shares) > 1.0 + 1e-9:
            raise ValueError(
                f"fault shares add up to {sum(shares):.3f}; one request gets at most "
                "one fault, so they may not exceed 1"
            )
        unknown = [kind for kind in self.plan if kind is not None and not _known(kind)]
        if unknown:
            raise ValueError(f"unknown fault kinds in plan: {unknown}")
        object.__setattr__(self, "methods", frozenset(m.upper() for m in self.methods))

    def share(self, kind: str) -> float:
        """The share of requests that get ``kind``."""
        value: float = getattr(self, kind)
        return value

    def applies_to(self, method: str, path: str) -> bool:
        """Whether a request may get a fault at all."""
        if self.methods and method.upper() not in self.methods:
            return False
        return path.startswith(self.path_prefix)


def _known(kind: str) -> bool:
    return kind in FAULT_KINDS


NO_FAULTS = Faults()


@dataclass(slots=True)
class Exchange:
    """One request as the local Harbor received it, and what became of it."""

    #: the request's ``X-Request-Id`` (``None`` when it had none)
    request_id: str | None
    method: str
    #: the path, without the query
    path: str
    #: the query string, without the ``?``
    query: str = field(default="", repr=False)
    #: when the request arrived, on the ``time.monotonic`` clock
    arrived: float = field(default_factory=time.monotonic, repr=False)
    #: the fault injected, one of :data:`FAULT_KINDS`, or ``None``
    fault: str | None = None
    #: the app handled it (its changes are made), whether or not an answer went out
    processed: bool = False
    #: the status sent back; ``None`` when the connection was reset instead
    status: int | None = None

    #: extra seconds before answering
    delay: float = field(default=0.0, repr=False)
    #: the answer of the proxy in front, when it answers instead of the app
    answer: Response | None = field(default=None, repr=False)

    @property
    def reset_before_body(self) -> bool:
        return self.fault == RESET_BEFORE_BODY

    @property
    def reset_after_processing(self) -> bool:
        return self.fault == RESET_AFTER_PROCESSING


class FaultInjector:
    """The faults a local Harbor injects now, and the log of what it received.

    Change the faults at run time with :meth:`set` and :meth:`clear`; read
    :attr:`injected` (faults by kind), :attr:`processed` (requests the app handled,
    by ``"METHOD /path"``) and :attr:`exchanges` (every request in arrival order).
    """

    def __init__(self, faults: Faults | None = None) -> None:
        self._lock = threading.Lock()
        self._faults = NO_FAULTS
        self._random = random.Random(0)
        self._planned = 0
        self.exchanges: list[Exchange] = []
        self.injected: Counter[str] = Counter()
        self.processed: Counter[str] = Counter()
        self.set(faults or NO_FAULTS)

    @property
    def faults(self) -> Faults:
        return self._faults

    def set(self, faults: Faults | None = None, **changes: Any) -> Faults:
        """Inject ``faults`` from now on (or the current ones with ``changes``).

        The random generator restarts from the seed and the plan from its start.
        """
        base = faults if faults is not None else self._faults
        new = replace(base, **changes) if changes else base
        with self._lock:
            self._faults = new
            self._random = random.Random(new.seed)
            self._planned = 0
        return new

    def clear(self) -> None:
        """No more faults; the log and the counters stay."""
        self.set(NO_FAULTS)

    def reset_counters(self) -> None:
        """Forget the log and the counters (the faults stay)."""
        with self._lock:
            self.exchanges = []
            self.injected = Counter()
            self.processed = Counter()

    # -- what tests read

    def attempts(self, request_id: str) -> int:
        """How many times a request with this id arrived."""
        with self._lock:
            return sum(1 for e in self.exchanges if e.request_id == request_id)

    def attempts_by_request_id(
        self, methods: Iterable[str] | None = None
    ) -> Counter[str]:
        """Arrivals per request id, for the given methods (all when ``None``)."""
        wanted = {m.upper() for m in methods} if methods is not None else None
        with self._lock:
            return Counter(
                e.request_id
                for e in self.exchanges
                if e.request_id is not None and (wanted is None or e.method in wanted)
            )

    def processed_by_request_id(
        self, methods: Iterable[str] | None = None
    ) -> Counter[str]:
        """How often the app processed each request id, for the given methods."""
        wanted = {m.upper() for m in methods} if methods is not None else None
        with self._lock:
            return Counter(
                e.request_id
                for e in self.exchanges
                if e.processed
                and e.request_id is not None
                and (wanted is None or e.method in wanted)
            )

    # -- what the server calls

    def draw(self, method: str, raw_path: str, request_id: str | None) -> Exchange:
        """Record a request's arrival and decide its fault."""
        path, _, query = raw_path.partition("?")
        exchange = Exchange(request_id, method.upper(), path, query)
        with self._lock:
            faults = self._faults
            if faults.applies_to(method, path):
                exchange.fault = self._pick(faults)
            self.exchanges.append(exchange)
            if exchange.fault is not None:
                self.injected[exchange.fault] += 1
        if exchange.fault == SLOW:
            exchange.delay = faults.slow_delay
        elif exchange.fault in (UNAVAILABLE, THROTTLED):
            exchange.answer = _refusal(exchange.fault, faults.retry_after)
        return exchange

    def finished(self, exchange: Exchange, status: int | None, processed: bool) -> None:
        """Record how the exchange ended."""
        with self._lock:
            exchange.status = status
            exchange.processed = processed
            if processed:
                self.processed[f"{exchange.method} {exchange.path}"] += 1

    def _pick(self, faults: Faults) -> str | None:
        # Called with the lock held, so concurrent requests take draws in turn.
        if self._planned < len(faults.plan):
            kind = faults.plan[self._planned]
            self._planned += 1
            return kind
        draw = self._random.random()
        for kind in FAULT_KINDS:
            share = faults.share(kind)
            if draw < share:
                return kind
            draw -= share
        return None


def _refusal(kind: str, retry_after: int | None) -> Response:
    if kind == THROTTLED:
        response = error_response(
            ApiError(429, "TOO_MANY_REQUEST", "too many requests to upstream registry")
        )
    else:
        response = Response(503, [("Content-Type", "text/html")], _NGINX_503)
    if retry_after is not None:
        response.set_header("Retry-After", str(retry_after))
    return response


def abort(handler: BaseHTTPRequestHandler) -> None:
    """End the handler's connection with a reset (RST): no answer, no clean end."""
    # SO_LINGER on with a zero timeout turns close() into an abort. The socket only
    # closes once its file objects are closed too, so close the reader first.
    connection = handler.connection
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.close_connection = True
    handler.rfile.close()
    connection.close()


class ConnectionCounter:
    """Open connections of a local Harbor: now, at the peak, and in total."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.open = 0
        self.peak = 0
        self.total = 0

    def opened(self) -> None:
        with self._lock:
            self.open += 1
            self.total += 1
            self.peak = max(self.peak, self.open)

    def closed(self) -> None:
        with self._lock:
            self.open -= 1

    def reset_peak(self) -> None:
        """Start measuring the peak again from the connections open now."""
        with self._lock:
            self.peak = self.open
