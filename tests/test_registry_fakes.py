"""Scripted registries for httpx.MockTransport: the exact exchanges a test expects.

A :class:`Script` is the list of requests a test expects, in order, each with the
answer the fake registry gives. A request that is not the next one in the script
is answered with 599 and recorded, so the test fails naming what was sent instead.
The registry faces (:class:`Registry`, :class:`AsyncRegistry`) run on top of it
with the same script, so one specification checks both.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import httpx

from harbor_client.registry import AsyncRegistry, Registry, RegistryOptions

HARBOR = "https://harbor.example.com"

Answer = httpx.Response | Callable[[httpx.Request], httpx.Response] | Exception


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def target(request: httpx.Request) -> str:
    """The request target as sent: raw path and query."""
    return request.url.raw_path.decode("ascii")


@dataclass
class Expected:
    method: str
    url: str  # a raw target ("/v2/...") or, for another origin, a full URL
    answer: Answer


@dataclass
class Sent:
    method: str
    url: str
    headers: httpx.Headers
    content: bytes
    extensions: dict[str, Any]


@dataclass
class Script:
    """The expected exchanges, and what was really sent."""

    expected: list[Expected] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    origin: str = HARBOR

    def expect(self, method: str, url: str, answer: Answer) -> Script:
        self.expected.append(Expected(method, url, answer))
        return self

    def _name(self, request: httpx.Request) -> str:
        origin = f"{request.url.scheme}://{request.url.netloc.decode()}"
        return target(request) if origin == self.origin else str(request.url)

    def handle(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        name = self._name(request)
        self.sent.append(
            Sent(
                request.method, name, request.headers, content, dict(request.extensions)
            )
        )
        if not self.expected:
            return httpx.Response(599, text=f"unexpected {request.method} {name}")
        step = self.expected[0]
        if (step.method, step.url) != (request.method, name):
            return httpx.Response(
                599,
                text=f"expected {step.method} {step.url}, got {request.method} {name}",
            )
        self.expected.pop(0)
        answer = step.answer
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.handle(request)

    @property
    def requests(self) -> list[tuple[str, str]]:
        return [(s.method, s.url) for s in self.sent]

    def registry(self, base: str | None = None, **options: Any) -> Registry:
        client = httpx.Client(transport=httpx.MockTransport(self.handle))
        return Registry(client, base or self.origin, options=RegistryOptions(**options))

    def async_registry(self, base: str | None = None, **options: Any) -> AsyncRegistry:
        client = httpx.AsyncClient(transport=httpx.MockTransport(self.ahandle))
        return AsyncRegistry(
            client, base or self.origin, options=RegistryOptions(**options)
        )


def run_both(
    make_script: Callable[[], Script],
    operation: Callable[[Any], Any],
    *,
    base: str | None = None,
    **options: Any,
) -> list[tuple[Script, Any]]:
    """Run ``operation(registry)`` on a sync and an async registry, fresh scripts.

    ``operation`` may return a coroutine (for the async face); it is awaited.
    """
    results: list[tuple[Script, Any]] = []
    script = make_script()
    results.append((script, operation(script.registry(base, **options))))
    script = make_script()
    outcome = operation(script.async_registry(base, **options))
    if isinstance(outcome, Coroutine):
        outcome = asyncio.run(_awaited(outcome))
    results.append((script, outcome))
    return results


async def _awaited(coroutine: Coroutine[Any, Any, Any]) -> Any:
    return await coroutine


def accepted(location: str, range_: str = "0-0", **headers: str) -> httpx.Response:
    """An upload answer: 202 with the next Location and the Range held."""
    return httpx.Response(
        202, headers={"Location": location, "Range": range_, **headers}
    )


def created(digest: str, location: str = "") -> httpx.Response:
    return httpx.Response(
        201,
        headers={"Docker-Content-Digest": digest, "Location": location or "/v2/x"},
    )


def error(status: int, code: str, message: str) -> httpx.Response:
    return httpx.Response(
        status,
        json={"errors": [{"code": code, "message": message}]},
    )


def NOT_FOUND(request: httpx.Request) -> httpx.Response:
    """A bare 404, made fresh for each request (a response is consumed once)."""
    return httpx.Response(404)
