"""An HTTP/1.1 proxy on 127.0.0.1 that breaks exchanges on purpose, for tests.

It sits in front of a real registry and forwards requests unchanged (the ``Host``
header too, so the registry's absolute ``Location`` headers point back at the
proxy). A test arms faults, each firing once on the next matching request:

* :meth:`FaultyProxy.drop_request_body` reads the request body up to a byte
  offset and closes the client's connection. By default nothing of that request
  reaches the registry, as behind nginx, which buffers request bodies before it
  forwards them (``proxy_request_buffering on``). With ``forward_partial`` the
  registry receives the headers and the bytes before the offset, then the end of
  the connection: the cut-off write a registry sees behind a streaming proxy.
* :meth:`FaultyProxy.answer_status` answers with a status (503) itself.
* :meth:`FaultyProxy.corrupt_response_body` flips one byte of a response body.
* :meth:`FaultyProxy.drop_response_body` relays a response up to a byte offset of
  its body and closes the client's connection: a download cut off half-way.

Bodies are streamed in both directions, never held whole, so blobs of any size
pass. Only ``Content-Length`` request bodies are supported (what httpx sends for
``bytes`` content); responses may be ``Content-Length``, chunked or close-delimited.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from dataclasses import dataclass, field
from types import TracebackType
from typing import BinaryIO, cast

__all__ = ["Fault", "FaultyProxy"]

_PIECE = 64 * 1024


@dataclass
class Fault:
    """One armed fault: which request it hits, and what it does."""

    kind: str  # "drop", "status", "corrupt" or "cut"
    method: str
    path: str  # a substring of the request target
    offset: int = 0
    status: int = 503
    forward_partial: bool = False
    #: How many matching requests pass untouched before the fault fires.
    skip: int = 0
    fired: bool = False

    def matches(self, method: str, target: str) -> bool:
        if self.fired or method != self.method or self.path not in target:
            return False
        if self.skip:
            self.skip -= 1
            return False
        return True


@dataclass
class _Head:
    method: str
    target: str
    lines: list[bytes] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        prefix = name.lower().encode() + b":"
        for line in self.lines[1:]:
            if line.lower().startswith(prefix):
                return line.split(b":", 1)[1].strip().decode("latin-1")
        return None


def _read_head(reader: BinaryIO) -> list[bytes] | None:
    lines: list[bytes] = []
    while True:
        line = reader.readline(65536)
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            return lines
        lines.append(line.rstrip(b"\r\n"))


def _copy(reader: BinaryIO, writer: socket.socket, length: int) -> None:
    while length > 0:
        piece = reader.read(min(_PIECE, length))
        if not piece:
            raise ConnectionError("the peer closed the connection mid-body")
        writer.sendall(piece)
        length -= len(piece)


class FaultyProxy:
    """Start with ``with FaultyProxy(upstream_port) as proxy:``; ``proxy.url``."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.faults: list[Fault] = []
        #: (method, target) of every request received, in order.
        self.requests: list[tuple[str, str]] = []
        self._heads: list[_Head] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.connection, cast(BinaryIO, self.rfile))

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # Arming faults ----------------------------------------------------------

    def drop_request_body(
        self,
        method: str,
        path: str,
        offset: int,
        *,
        skip: int = 0,
        forward_partial: bool = False,
    ) -> Fault:
        """Close the connection after ``offset`` bytes of a matching request body.

        The first ``skip`` matching requests pass untouched.
        """
        fault = Fault("drop", method, path, offset, forward_partial=forward_partial)
        fault.skip = skip
        return self._arm(fault)

    def answer_status(
        self, method: str, path: str, status: int = 503, *, skip: int = 0
    ) -> Fault:
        """Answer a matching request with ``status`` itself, without forwarding it."""
        return self._arm(Fault("status", method, path, status=status, skip=skip))

    def corrupt_response_body(
        self, method: str, path: str, offset: int, *, skip: int = 0
    ) -> Fault:
        """Flip the byte at ``offset`` of a matching response body."""
        return self._arm(Fault("corrupt", method, path, offset, skip=skip))

    def drop_response_body(
        self, method: str, path: str, offset: int, *, skip: int = 0
    ) -> Fault:
        """Relay ``offset`` bytes of a matching response body, then close."""
        return self._arm(Fault("cut", method, path, offset, skip=skip))

    def header(self, index: int, name: str) -> str | None:
        """The header ``name`` of the ``index``-th request received, if it had one."""
        with self._lock:
            return self._heads[index].header(name)

    def _arm(self, fault: Fault) -> Fault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def _take(self, head: _Head) -> Fault | None:
        method, target = head.method, head.target
        with self._lock:
            self.requests.append((method, target))
            self._heads.append(head)
            for fault in self.faults:
                if fault.matches(method, target):
                    fault.fired = True
                    return fault
        return None

    # Serving ----------------------------------------------------------------

    def _serve(self, client: socket.socket, reader: BinaryIO) -> None:
        while True:
            lines = _read_head(reader)
            if not lines:
                return
            method, target, _ = lines[0].decode("latin-1").split(" ", 2)
            head = _Head(method, target, lines)
            length = int(head.header("content-length") or 0)
            if head.header("transfer-encoding"):
                client.sendall(
                    b"HTTP/1.1 411 Length Required\r\nContent-Length: 0\r\n\r\n"
                )
                return
            fault = self._take(head)

            if fault is not None and fault.kind == "status":
                reader.read(length)
                status_line = f"HTTP/1.1 {fault.status} Injected\r\n"
                client.sendall(status_line.encode() + b"Content-Length: 0\r\n\r\n")
                continue
            if fault is not None and fault.kind == "drop":
                self._drop(
                    head, reader, min(fault.offset, length), fault.forward_partial
                )
                client.shutdown(socket.SHUT_RDWR)
                return
            relay = _Relay(client)
            if fault is not None and fault.kind == "corrupt":
                relay.corrupt_at = fault.offset
            if fault is not None and fault.kind == "cut":
                relay.cut_at = fault.offset
            try:
                if not self._forward(head, reader, client, length, relay):
                    return
            except _CutOff:
                client.shutdown(socket.SHUT_RDWR)
                return

    def _drop(self, head: _Head, reader: BinaryIO, offset: int, forward: bool) -> None:
        if not forward:
            reader.read(offset)
            return
        with socket.create_connection(self.upstream) as upstream:
            upstream.sendall(b"\r\n".join(head.lines) + b"\r\n\r\n")
            _copy(reader, upstream, offset)
            # The registry sees the body end early; give it a moment to notice.
            upstream.shutdown(socket.SHUT_WR)
            upstream.settimeout(5)
            try:
                while upstream.recv(_PIECE):
                    pass
            except OSError:
                pass

    def _forward(
        self,
        head: _Head,
        reader: BinaryIO,
        client: socket.socket,
        length: int,
        relay: _Relay,
    ) -> bool:
        """Relay one exchange; False when the client connection must close."""
        with socket.create_connection(self.upstream) as upstream:
            upstream.sendall(b"\r\n".join(head.lines) + b"\r\n\r\n")
            _copy(reader, upstream, length)
            answer = upstream.makefile("rb")
            lines = _read_head(answer)
            if lines is None:
                return False
            status = int(lines[0].split(b" ", 2)[1])
            response = _Head(head.method, head.target, lines)
            client.sendall(b"\r\n".join(lines) + b"\r\n\r\n")

            if head.method == "HEAD" or status in (204, 304) or 100 <= status < 200:
                return True
            if response.header("content-length") is not None:
                relay.copy(answer, int(response.header("content-length") or 0))
            elif (response.header("transfer-encoding") or "").lower() == "chunked":
                relay.copy_chunked(answer)
            else:
                relay.copy_until_close(answer)
                return False
            return (response.header("connection") or "").lower() != "close"

    # Lifecycle --------------------------------------------------------------

    def start(self) -> FaultyProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FaultyProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class _CutOff(Exception):
    """The response was relayed as far as a fault allows."""


class _Relay:
    """Copies a response body to the client, flipping one byte or cutting it off
    if asked to."""

    def __init__(self, client: socket.socket) -> None:
        self.client = client
        self.corrupt_at: int | None = None
        self.cut_at: int | None = None
        self.position = 0

    def send(self, piece: bytes) -> None:
        at = self.corrupt_at
        if at is not None and self.position <= at < self.position + len(piece):
            index = at - self.position
            piece = piece[:index] + bytes([piece[index] ^ 0xFF]) + piece[index + 1 :]
        cut = self.cut_at
        if cut is not None and self.position + len(piece) >= cut:
            self.client.sendall(piece[: cut - self.position])
            raise _CutOff
        self.position += len(piece)
        self.client.sendall(piece)

    def copy(self, reader: BinaryIO, length: int) -> None:
        while length > 0:
            piece = reader.read1(min(_PIECE, length))  # type: ignore[attr-defined]
            if not piece:
                raise ConnectionError("the registry closed the connection mid-body")
            self.send(piece)
            length -= len(piece)

    def copy_chunked(self, reader: BinaryIO) -> None:
        # Chunk framing passes unchanged; only the data inside can be corrupted.
        while True:
            size_line = reader.readline(1024)
            self.client.sendall(size_line)
            size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while True:
                    trailer = reader.readline(65536)
                    self.client.sendall(trailer)
                    if trailer in (b"\r\n", b"\n", b""):
                        return
            self.copy(reader, size)
            self.client.sendall(reader.readline(1024))

    def copy_until_close(self, reader: BinaryIO) -> None:
        while piece := reader.read1(_PIECE):  # type: ignore[attr-defined]
            self.send(piece)
