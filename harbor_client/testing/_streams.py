"""Bodies that stream through the local Harbor's socket instead of sitting in memory.

A blob upload to ``/v2/`` can be gigabytes: its body is read from the client's
connection chunk by chunk while it is forwarded to the registry, and a blob download
is written back the same way. Everything else is small and read whole.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Protocol

from ._wire import Response

#: how much of a body is read from, or written to, a socket at a time
CHUNK = 1 << 20


class _Reader(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...
    def readline(self, size: int = ..., /) -> bytes: ...


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


class RequestBody:
    """The body of one request, read from the connection as it is iterated.

    It reads exactly the ``Content-Length`` bytes, or decodes a chunked body, and
    nothing more, so the next request of a kept-alive connection starts where it
    should. :meth:`drain` discards what a handler left unread, for the same reason.
    """

    def __init__(self, rfile: _Reader, length: int | None, chunked: bool) -> None:
        self._rfile = rfile
        self.length = length
        self._chunked = chunked
        self._left = 0 if chunked else (length or 0)
        self._done = not chunked and not length

    def __iter__(self) -> Iterator[bytes]:
        while not self._done:
            chunk = self._next()
            if chunk:
                yield chunk

    def read_all(self) -> bytes:
        return b"".join(self)

    def drain(self) -> None:
        for _ in self:
            pass

    def _next(self) -> bytes:
        if not self._chunked:
            chunk = self._rfile.read(min(CHUNK, self._left))
            if not chunk:
                raise ConnectionError("the client closed the connection mid-body")
            self._left -= len(chunk)
            self._done = self._left == 0
            return chunk
        if self._left == 0:
            size = int(self._rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self._rfile.readline().strip():
                    pass  # trailers
                self._done = True
                return b""
            self._left = size
        chunk = self._rfile.read(min(CHUNK, self._left))
        if not chunk:
            raise ConnectionError("the client closed the connection mid-body")
        self._left -= len(chunk)
        if self._left == 0:
            self._rfile.readline()
        return chunk


class _Writer(Protocol):
    def send_header(self, keyword: str, value: str) -> None: ...
    def end_headers(self) -> None: ...


def send_body(handler: _Writer, wfile: _Sink, response: Response, head: bool) -> None:
    """Headers from ``Content-Length`` on, then the body, buffered or streamed.

    A streamed body of unknown length goes out chunked; a HEAD answer keeps the
    length the registry gave (a blob's size) and sends nothing.
    """
    declared = response.header("Content-Length")
    try:
        if response.stream is None:
            length = declared if head and declared else str(len(response.body))
            handler.send_header("Content-Length", length)
            handler.end_headers()
            if response.body and not head:
                wfile.write(response.body)
            return
        if declared is not None:
            handler.send_header("Content-Length", declared)
            handler.end_headers()
            if not head:
                for chunk in response.stream:
                    wfile.write(chunk)
            return
        if head:
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for chunk in response.stream:
            if chunk:
                wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        wfile.write(b"0\r\n\r\n")
    finally:
        with contextlib.suppress(Exception):
            response.release()
