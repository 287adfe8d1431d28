"""One auth flow, two drivers.

httpx serves sync and async clients from one generator (``Auth.auth_flow``) as long as
the flow only sends requests. The flows of this package must do three more things:
read a response body (the token service's JSON, a 401's error list), wait for a token
that another thread or task is already fetching, and call a token provider that the
caller may have written as a coroutine function. So a flow here is a generator that
yields *effects*; :class:`FlowAuth` has a sync and an async driver that carry them out.
All protocol logic lives in the flows, written once; the drivers only do I/O.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .errors import CredentialsError

if TYPE_CHECKING:
    from .flight import Flight

__all__ = ["Call", "Flow", "FlowAuth", "Read", "Send", "Wait", "finished"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Send:
    """Send this request; the flow receives the response (body not yet read)."""

    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Read:
    """Read this response's body; the flow receives ``None``."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class Wait:
    """Wait until another caller's fetch lands; the flow receives ``None``."""

    flight: Flight


@dataclass(frozen=True, slots=True)
class Call:
    """Call ``fn()`` (awaiting its result on the async driver); the flow receives it."""

    fn: Callable[[], Any]


Effect = Send | Read | Wait | Call
Flow = Generator[Effect, Any, T]


def finished(value: T) -> Flow[T]:
    """A flow that needs no effects and returns ``value`` at once."""
    return value
    yield  # pragma: no cover  (the yield makes this a generator)


class FlowAuth(httpx.Auth):
    """An ``httpx.Auth`` whose logic is the effect flow :meth:`flow`."""

    def flow(self, request: httpx.Request) -> Flow[None]:
        """The protocol for one request: yield effects, return when done."""
        raise NotImplementedError

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        return self.sync_auth_flow(request)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.flow(request)
        try:
            reply: Any = None
            while True:
                try:
                    effect = flow.send(reply)
                except StopIteration:
                    return
                if isinstance(effect, Send):
                    reply = yield effect.request
                elif isinstance(effect, Read):
                    effect.response.read()
                    reply = None
                elif isinstance(effect, Wait):
                    effect.flight.wait()
                    reply = None
                else:
                    reply = _call_sync(effect.fn)
        finally:
            # Closing runs the flow's cleanup, such as releasing a token fetch it
            # owned, when httpx gives up on the request (a timeout, a reset).
            flow.close()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.flow(request)
        try:
            reply: Any = None
            while True:
                try:
                    effect = flow.send(reply)
                except StopIteration:
                    return
                if isinstance(effect, Send):
                    reply = yield effect.request
                elif isinstance(effect, Read):
                    await effect.response.aread()
                    reply = None
                elif isinstance(effect, Wait):
                    await effect.flight.wait_async()
                    reply = None
                else:
                    reply = effect.fn()
                    if inspect.isawaitable(reply):
                        reply = await reply
        finally:
            flow.close()


def _call_sync(fn: Callable[[], Any]) -> Any:
    result = fn()
    if inspect.isawaitable(result):
        if inspect.iscoroutine(result):
            result.close()  # never awaited: close it so Python does not warn
        name = getattr(fn, "__qualname__", type(fn).__name__)
        raise CredentialsError(
            f"{name} returned an awaitable: an async token provider needs the async "
            "client (AsyncHarbor, httpx.AsyncClient)"
        )
    return result
