"""Protocol steps written once, run by a sync and an async driver.

Every registry operation is a generator (a *flow*) that yields instructions and
receives their results, the way :meth:`httpx.Auth.auth_flow` yields requests and
receives responses. The flow never touches a socket or a file descriptor of the
caller's choosing; the driver does:

======================  ==============================================  ============
instruction             what the driver does                            flow gets
======================  ==============================================  ============
:class:`Call`           builds and sends one HTTP request               the response
:class:`ReadBody`       reads the next piece of a streamed response     bytes (b"": end)
:class:`LoadBody`       reads the rest of a streamed response           None
:class:`ReadSource`     reads up to ``size`` bytes of upload data       a Chunk
:class:`Emit`           hands a piece of a download to the caller       None
:class:`Gather`         runs several flows, at most ``limit`` at once   their results
======================  ==============================================  ============

An exception raised while performing an instruction is thrown into the flow at
its ``yield``, so the flow can react (an upload resumes after a dropped
connection) or let it propagate to the caller.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Generator,
    Iterator,
    Sequence,
)
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ..auth.replay import ReplayableStream
from ..auth.scopes import SCOPES_EXTENSION
from ..errors import HarborError, safe_url
from ..errors import TransportError as HarborTransportError
from .errors import InvalidReference
from .reference import validate_repository
from .segments import SourceRange
from .source import PIECE_SIZE, Chunk

if TYPE_CHECKING:
    from .options import RegistryOptions
    from .source import Source

__all__ = [
    "Call",
    "Emit",
    "Endpoint",
    "Flow",
    "Gather",
    "LoadBody",
    "ReadBody",
    "ReadSource",
    "Step",
    "run_async",
    "run_sync",
    "stream_async",
    "stream_sync",
]

logger = logging.getLogger("harbor_client.registry")

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Endpoint:
    """One registry as the flows see it: where it is and how to talk to it.

    ``client`` is the :class:`httpx.Client` or :class:`httpx.AsyncClient` that
    sends the requests; flows pass it along untouched, only drivers use it.
    Endpoints compare by identity: two endpoints are "the same registry" (so a
    blob can be mounted instead of copied) only when they are the same object.
    """

    base_url: httpx.URL
    client: object
    options: RegistryOptions
    #: Harbor's registry: every repository lives in a project, so its name has at
    #: least two components (``project/app``)
    project_scoped: bool = False

    def repository(self, name: str) -> str:
        """``name`` if this registry can hold such a repository; else
        :class:`~harbor_client.registry.errors.InvalidReference`, before any
        request."""
        validate_repository(name)
        if self.project_scoped and "/" not in name:
            raise InvalidReference(
                f"{name!r} names no project: Harbor's repositories are "
                f"<project>/<repository>, such as 'library/{name}'"
            )
        return name

    def v2_url(self, path: str) -> httpx.URL:
        """The URL of ``/v2/<path>`` under the base URL (which may carry a prefix)."""
        prefix = self.base_url.raw_path.decode("ascii").split("?", 1)[0].rstrip("/")
        return self.base_url.copy_with(raw_path=f"{prefix}/v2/{path}".encode("ascii"))


@dataclass(eq=False)
class Call:
    """Send one request to ``endpoint`` and give the flow its response.

    ``scopes`` land in ``request.extensions["harbor_scopes"]`` for the token flow.
    With ``stream`` the body is left unread (read it with :class:`ReadBody`); the
    driver closes every streamed response when the flow ends. With
    ``credentials=False`` the request carries only the headers given here: no
    client headers, cookies or auth (for an upload URL on another host).
    ``content`` is bytes, a :class:`Chunk` held in memory, or a
    :class:`~harbor_client.registry.segments.SourceRange` read from its source
    while the request is sent.
    """

    endpoint: Endpoint
    method: str
    url: httpx.URL
    scopes: tuple[str, ...]
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | Chunk | SourceRange | None = None
    stream: bool = False
    follow_redirects: bool = False
    credentials: bool = True


@dataclass(eq=False)
class ReadBody:
    """Read the next piece of a streamed response (``b""`` once it is exhausted)."""

    response: httpx.Response


@dataclass(eq=False)
class LoadBody:
    """Read the rest of a streamed response, so an error message can quote it."""

    response: httpx.Response


@dataclass(eq=False)
class ReadSource:
    """Read up to ``size`` bytes of upload data; fewer only at the end."""

    source: Source
    size: int


@dataclass(eq=False)
class Emit:
    """Hand a piece of downloaded content to whoever consumes the flow."""

    data: bytes


@dataclass(eq=False)
class Gather:
    """Run independent flows, at most ``limit`` at a time; results in order.

    The first failure is raised after the flows already running have stopped;
    the async driver cancels the others, the sync driver lets them finish.
    """

    flows: Sequence[Flow[Any]]
    limit: int


Step = Call | ReadBody | LoadBody | ReadSource | Emit | Gather
Flow = Generator[Step, Any, T]


# Typed wrappers, so that flows read `response = yield from call(...)` and keep
# their types under mypy instead of receiving Any from a bare `yield`.


def call(step: Call) -> Generator[Step, Any, httpx.Response]:
    response: httpx.Response = yield step
    return response


def read_body(response: httpx.Response) -> Generator[Step, Any, bytes]:
    data: bytes = yield ReadBody(response)
    return data


def load_body(response: httpx.Response) -> Generator[Step, Any, None]:
    yield LoadBody(response)


def read_source(source: Source, size: int) -> Generator[Step, Any, Chunk]:
    data: Chunk = yield ReadSource(source, size)
    return data


def emit(data: bytes) -> Generator[Step, Any, None]:
    yield Emit(data)


def gather(flows: Sequence[Flow[T]], limit: int) -> Generator[Step, Any, list[T]]:
    results: list[T] = yield Gather(flows, limit)
    return results


def relay(flow: Flow[T], on_emit: Callable[[bytes], object]) -> Generator[Step, Any, T]:
    """Forward the steps of ``flow``, except :class:`Emit`: that goes to ``on_emit``."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.throw(error) if error is not None else flow.send(value)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = None, None
        if isinstance(step, Emit):
            on_emit(step.data)
            continue
        try:
            value = yield step
        except GeneratorExit:
            flow.close()
            raise
        except Exception as exc:
            error = exc


# ---------------------------------------------------------------------------
# Building requests: shared by both drivers.


class ChunkBody(ReplayableStream):
    """A chunk of upload data sent as its pieces; every iteration starts over.

    A single large ``bytes`` body is written by httpcore with ``buffer =
    buffer[n:]`` after every partial ``send``, which copies the rest of the buffer
    each time: for a 16 MiB chunk that is gigabytes of copying, and a heap that
    never shrinks back. Pieces of a quarter MiB avoid that. Replayable, so the
    token flow can send the same chunk again after a 401.
    """

    def __init__(self, chunk: Chunk) -> None:
        self._pieces = chunk.pieces

    def release(self) -> None:
        """Drop the data once the exchange is over.

        httpx keeps a response and its request in a reference cycle (the response
        stream points back at the response), which only the cyclic garbage
        collector frees, and it runs by object count, not by bytes. Without this,
        every chunk of an upload would stay in memory until a collection.
        """
        self._pieces = []

    def __iter__(self) -> Iterator[bytes]:
        for piece in self._pieces:
            if len(piece) <= PIECE_SIZE:
                yield piece
                continue
            view = memoryview(piece)
            for start in range(0, len(view), PIECE_SIZE):
                yield bytes(view[start : start + PIECE_SIZE])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


def _build_request(
    step: Call, client: httpx.Client | httpx.AsyncClient
) -> httpx.Request:
    extensions = {SCOPES_EXTENSION: step.scopes}
    headers = dict(step.headers)
    content = step.content
    body: ChunkBody | SourceRange | None = None
    if isinstance(content, SourceRange):
        body = content
        headers["Content-Length"] = str(len(content))
        content = None
    elif isinstance(content, Chunk):
        if len(content) > PIECE_SIZE:
            body = ChunkBody(content)
            headers["Content-Length"] = str(len(content))
            content = None
        else:
            content = content.join()
    if step.credentials:
        request = client.build_request(
            step.method,
            step.url,
            headers=headers,
            content=content,
            extensions=extensions,
        )
    else:
        # A request for another host is built bare: client.build_request would
        # merge the client's default headers and cookies, which may hold Harbor
        # credentials.
        request = httpx.Request(
            step.method,
            step.url,
            headers=headers,
            content=content,
            extensions=extensions,
        )
    if body is not None:
        # Built again around the body: a request built without content holds an
        # empty body already read, which is what read() would return (as a mock
        # transport does) instead of the stream.
        request = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            stream=body,
            extensions=request.extensions,
        )
    return request


def _release(request: httpx.Request) -> None:
    if isinstance(request.stream, ChunkBody):
        request.stream.release()


def _send_kwargs(step: Call) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "stream": step.stream,
        "follow_redirects": step.follow_redirects,
    }
    if not step.credentials:
        kwargs["auth"] = None
    return kwargs


def _transport_failure(
    method: str, url: httpx.URL, exc: httpx.TransportError
) -> HarborTransportError:
    return HarborTransportError(
        f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
        method=method,
        url=safe_url(url.copy_with(query=None)),
        request_id=None,
    )


# ---------------------------------------------------------------------------
# The sync driver.


class _SyncRun:
    def __init__(self, max_workers: int) -> None:
        self.max_workers = max_workers
        self.open: list[httpx.Response] = []
        self.iterators: dict[int, Iterator[bytes]] = {}

    def perform(self, step: Step) -> Any:
        if isinstance(step, Call):
            client = step.endpoint.client
            if not isinstance(client, httpx.Client):
                raise TypeError("a sync registry needs an httpx.Client")
            request = _build_request(step, client)
            try:
                response = client.send(request, **_send_kwargs(step))
            finally:
                _release(request)
            if step.stream:
                self.open.append(response)
            return response
        if isinstance(step, ReadBody):
            iterator = self.iterators.get(id(step.response))
            if iterator is None:
                # No fixed chunk size: the pieces come as the socket delivers them
                # (a fixed 1 MiB re-chunking halved download speed in measurements).
                iterator = step.response.iter_bytes()
                self.iterators[id(step.response)] = iterator
            return next(iterator, b"")
        if isinstance(step, LoadBody):
            step.response.read()
            return None
        if isinstance(step, ReadSource):
            return step.source.read(step.size)
        if isinstance(step, Gather):
            return self.gather(step)
        raise TypeError(f"this driver cannot perform {type(step).__name__}")

    def gather(self, step: Gather) -> list[Any]:
        limit = max(1, min(step.limit, self.max_workers, len(step.flows)))
        if limit <= 1:
            return [run_sync(flow, max_workers=1) for flow in step.flows]
        # httpx.Client is safe to share between threads; each flow gets its own run.
        with concurrent.futures.ThreadPoolExecutor(max_workers=limit) as pool:
            futures = [
                pool.submit(run_sync, flow, max_workers=1) for flow in step.flows
            ]
            concurrent.futures.wait(
                futures, return_when=concurrent.futures.FIRST_EXCEPTION
            )
            for future in futures:
                if future.done() and future.exception() is not None:
                    for other in futures:
                        other.cancel()
                    break
        return [future.result() for future in futures]

    def close(self) -> None:
        for response in self.open:
            response.close()
        self.open.clear()
        self.iterators.clear()


def _drive_sync(flow: Flow[T], run: _SyncRun) -> Generator[bytes, None, T]:
    value: Any = None
    error: BaseException | None = None
    step: Step | None = None
    try:
        while True:
            try:
                step = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            except httpx.TransportError as exc:
                raise _unhandled_transport_error(step, exc) from exc
            value, error = None, None
            if isinstance(step, Emit):
                yield step.data
                continue
            try:
                value = run.perform(step)
            except Exception as exc:
                error = exc
    finally:
        flow.close()
        run.close()


def _unhandled_transport_error(
    step: Step | None, exc: httpx.TransportError
) -> HarborError:
    # The flow did not recover from it: report it as this SDK's error, naming the
    # request it belonged to (the step that was performed last).
    if isinstance(step, Call):
        return _transport_failure(step.method, step.url, exc)
    if isinstance(step, ReadBody | LoadBody):
        # A body that broke off: the request is the one that response answers.
        request = step.response.request
        return _transport_failure(request.method, request.url, exc)
    return HarborTransportError(str(exc), method="?", url="?", request_id=None)


def run_sync(flow: Flow[T], *, max_workers: int = 4) -> T:
    """Run a flow to its end with blocking I/O and return its result."""
    driver = _drive_sync(flow, _SyncRun(max_workers))
    try:
        next(driver)
    except StopIteration as stop:
        result: T = stop.value
        return result
    driver.close()
    raise TypeError("a flow run for its result may not emit content")


def stream_sync(flow: Flow[Any], *, max_workers: int = 4) -> Iterator[bytes]:
    """Run a flow with blocking I/O, yielding what it emits."""
    yield from _drive_sync(flow, _SyncRun(max_workers))


# ---------------------------------------------------------------------------
# The async driver: the same loop, awaiting where the sync one blocks.


class _AsyncRun:
    def __init__(self, max_workers: int) -> None:
        self.max_workers = max_workers
        self.open: list[httpx.Response] = []
        self.iterators: dict[int, AsyncIterator[bytes]] = {}

    async def perform(self, step: Step) -> Any:
        if isinstance(step, Call):
            client = step.endpoint.client
            if not isinstance(client, httpx.AsyncClient):
                raise TypeError("an async registry needs an httpx.AsyncClient")
            request = _build_request(step, client)
            try:
                response = await client.send(request, **_send_kwargs(step))
            finally:
                _release(request)
            if step.stream:
                self.open.append(response)
            return response
        if isinstance(step, ReadBody):
            iterator = self.iterators.get(id(step.response))
            if iterator is None:
                iterator = step.response.aiter_bytes()
                self.iterators[id(step.response)] = iterator
            return await anext(iterator, b"")
        if isinstance(step, LoadBody):
            await step.response.aread()
            return None
        if isinstance(step, ReadSource):
            return await step.source.aread(step.size)
        if isinstance(step, Gather):
            return await self.gather(step)
        raise TypeError(f"this driver cannot perform {type(step).__name__}")

    async def gather(self, step: Gather) -> list[Any]:
        limit = asyncio.Semaphore(max(1, step.limit))

        async def bounded(flow: Flow[Any]) -> Any:
            async with limit:
                return await run_async(flow, max_workers=1)

        # A TaskGroup cancels the remaining flows as soon as one fails.
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(bounded(flow)) for flow in step.flows]
        return [task.result() for task in tasks]

    async def close(self) -> None:
        for response in self.open:
            await response.aclose()
        self.open.clear()
        self.iterators.clear()


async def _drive_async(
    flow: Flow[Any], run: _AsyncRun, result: list[Any]
) -> AsyncGenerator[bytes, None]:
    # An async generator cannot return a value, so the result goes into `result`.
    value: Any = None
    error: BaseException | None = None
    step: Step | None = None
    try:
        while True:
            try:
                step = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                result.append(stop.value)
                return
            except httpx.TransportError as exc:
                raise _unhandled_transport_error(step, exc) from exc
            value, error = None, None
            if isinstance(step, Emit):
                yield step.data
                continue
            try:
                value = await run.perform(step)
            except Exception as exc:
                error = exc
    finally:
        flow.close()
        await run.close()


async def run_async(flow: Flow[T], *, max_workers: int = 4) -> T:
    """Run a flow to its end with asyncio and return its result."""
    result: list[T] = []
    async with contextlib.aclosing(
        _drive_async(flow, _AsyncRun(max_workers), result)
    ) as driver:
        async for _ in driver:
            raise TypeError("a flow run for its result may not emit content")
    return result[0]


async def stream_async(
    flow: Flow[Any], *, max_workers: int = 4
) -> AsyncIterator[bytes]:
    """Run a flow with asyncio, yielding what it emits."""
    async with contextlib.aclosing(
        _drive_async(flow, _AsyncRun(max_workers), [])
    ) as driver:
        async for data in driver:
            yield data
