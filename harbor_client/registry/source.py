"""What an upload reads from: bytes, a file, an iterator of chunks, a download.

A one-shot source (an iterator, a pipe, a download) is read once, front to back,
a :class:`Chunk` of the size the upload asks for at a time; every source can be
read by the sync driver (:meth:`Source.read`) and the async one
(:meth:`Source.aread`). A chunk keeps the pieces the data was read in (a quarter
MiB from a file) instead of joining them: joining would copy every byte once
more, and the pieces go to the socket as they are.

A source that can be read again (bytes, a path, a seekable file) says so with
:attr:`Source.rewindable` and reads any range with :meth:`Source.read_at`: an
upload streams it from there while it sends it, holding no chunk, and after a
failure reads again from wherever the registry says it stopped.
"""

from __future__ import annotations

import asyncio
import io
import os
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import IO, TypeAlias

import httpx

__all__ = [
    "PIECE_SIZE",
    "AsyncIteratorSource",
    "BlobData",
    "BytesSource",
    "Chunk",
    "FileSource",
    "IteratorSource",
    "ResponseSource",
    "Source",
    "as_source",
]

#: Everything an upload accepts as content.
BlobData: TypeAlias = (
    bytes
    | bytearray
    | memoryview
    | str
    | os.PathLike[str]
    | IO[bytes]
    | Iterable[bytes]
    | AsyncIterable[bytes]
)

# Reads from a file are handed to a worker thread only when they are this large;
# a small read is cheaper than the thread switch.
_THREAD_READ_THRESHOLD = 256 * 1024

#: The size of the pieces a file is read in, and a request body is written in.
PIECE_SIZE = 256 * 1024


class Chunk:
    """Upload data for one request: the pieces it was read in, in order."""

    __slots__ = ("pieces", "size")

    def __init__(self, pieces: list[bytes] | None = None) -> None:
        self.pieces: list[bytes] = [p for p in pieces or [] if p]
        self.size = sum(len(p) for p in self.pieces)

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0

    def tail(self, skip: int) -> Chunk:
        """The data after its first ``skip`` bytes (to send what the registry lacks)."""
        pieces: list[bytes] = []
        for piece in self.pieces:
            if skip >= len(piece):
                skip -= len(piece)
                continue
            pieces.append(piece[skip:] if skip else piece)
            skip = 0
        return Chunk(pieces)

    def join(self) -> bytes:
        """The chunk's bytes in one piece (no copy when it was read in one)."""
        return self.pieces[0] if len(self.pieces) == 1 else b"".join(self.pieces)

    def __repr__(self) -> str:
        return f"Chunk({self.size} bytes in {len(self.pieces)} pieces)"


class Source:
    """Upload data: subclasses implement :meth:`read`, and :meth:`aread` if needed."""

    #: The number of bytes, when known before reading.
    size: int | None = None
    #: Whether :meth:`rewind` can start the data over.
    rewindable = False
    #: A name for progress reports and log lines (a file name), if there is one.
    name: str | None = None

    def read(self, size: int) -> Chunk:
        """Up to ``size`` bytes; fewer only at the end, none after it."""
        raise NotImplementedError

    async def aread(self, size: int) -> Chunk:
        """As :meth:`read`, for the async face; without blocking where it can."""
        return self.read(size)

    def read_at(self, offset: int, size: int) -> bytes:
        """Up to ``size`` bytes from ``offset``, a rewindable source's only.

        Fewer only at the end of the data; the position of :meth:`read` stays.
        """
        raise NotImplementedError(f"{type(self).__name__} cannot be read again")

    async def aread_at(self, offset: int, size: int) -> bytes:
        """As :meth:`read_at`, for the async face; without blocking where it can."""
        return self.read_at(offset, size)

    def rewind(self) -> None:
        """Start the data over, to upload it again.

        Raises:
            NotImplementedError: the data is a one-shot stream (an iterator).
        """
        raise NotImplementedError(f"{type(self).__name__} cannot be read twice")

    def close(self) -> None:
        """Release what the source opened itself (never a file the caller passed)."""


class BytesSource(Source):
    rewindable = True

    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        self._data = memoryview(data).cast("B")
        self.size = len(self._data)
        self._position = 0

    def read(self, size: int) -> Chunk:
        end = min(self._position + size, len(self._data))
        pieces = [
            bytes(self._data[start : min(start + PIECE_SIZE, end)])
            for start in range(self._position, end, PIECE_SIZE)
        ]
        self._position = end
        return Chunk(pieces)

    def read_at(self, offset: int, size: int) -> bytes:
        return bytes(self._data[offset : offset + size])

    def rewind(self) -> None:
        self._position = 0


class FileSource(Source):
    """A path (opened on first read, closed at the end) or a binary file object.

    A seekable file object is read from its position when it was handed over.
    """

    def __init__(self, file: str | os.PathLike[str] | IO[bytes]) -> None:
        self._file: IO[bytes] | None = None
        self._path: Path | None = None
        self._start = 0
        # The descriptor that ranges are read from with os.pread, which moves no
        # file position: set for a path and a plain file object.
        self._descriptor: int | None = None
        if isinstance(file, str | os.PathLike):
            self._path = Path(file)
            self.size = self._path.stat().st_size
            self.rewindable = True
            self.name = self._path.name
        else:
            self._file = file
            self.rewindable = _seekable(file)
            if self.rewindable:
                self._start = file.tell()
                self.size = file.seek(0, io.SEEK_END) - self._start
                file.seek(self._start)
            file_name = getattr(file, "name", None)
            if isinstance(file_name, str):
                self.name = os.path.basename(file_name)

    def _opened(self) -> IO[bytes]:
        if self._file is None:
            assert self._path is not None
            self._file = self._path.open("rb")
            self._descriptor = self._file.fileno()
        elif self._descriptor is None and isinstance(self._file, _PLAIN_FILES):
            # Only a file opened for reading holds exactly what its descriptor
            # shows: a file open for writing may buffer unwritten bytes, and a
            # SpooledTemporaryFile would be moved to disk by fileno().
            self._descriptor = self._file.fileno()
        return self._file

    def read(self, size: int) -> Chunk:
        file = self._opened()
        pieces = []
        missing = size
        while missing:
            piece = file.read(min(PIECE_SIZE, missing))
            if piece is None:  # a non-blocking raw file with nothing ready
                raise BlockingIOError(
                    "the upload file returned no data (non-blocking?)"
                )
            if not piece:
                break
            # Raw files and pipes may return short reads before the end.
            pieces.append(piece)
            missing -= len(piece)
        return Chunk(pieces)

    async def aread(self, size: int) -> Chunk:
        if size < _THREAD_READ_THRESHOLD:
            return self.read(size)
        return await asyncio.to_thread(self.read, size)

    def read_at(self, offset: int, size: int) -> bytes:
        if not self.rewindable:
            return super().read_at(offset, size)
        file = self._opened()
        if self._descriptor is not None:
            return os.pread(self._descriptor, size, self._start + offset)
        file.seek(self._start + offset)
        data = bytearray()
        while len(data) < size:
            piece = file.read(size - len(data))
            if not piece:
                break
            data += piece
        return bytes(data)

    async def aread_at(self, offset: int, size: int) -> bytes:
        if size < _THREAD_READ_THRESHOLD:
            return self.read_at(offset, size)
        return await asyncio.to_thread(self.read_at, offset, size)

    def rewind(self) -> None:
        if not self.rewindable:
            super().rewind()
        if self._file is not None:
            self._file.seek(self._start)

    def close(self) -> None:
        if self._path is not None and self._file is not None:
            self._file.close()
            self._file = None
            self._descriptor = None


_PLAIN_FILES = (io.FileIO, io.BufferedReader)


def _seekable(file: IO[bytes]) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        return False


class _Accumulator:
    """Joins pieces of arbitrary size into reads of the requested size."""

    def __init__(self) -> None:
        self._pending: deque[bytes] = deque()
        self._pending_size = 0
        self.exhausted = False

    def ready(self, size: int) -> bool:
        return self.exhausted or self._pending_size >= size

    def add(self, piece: bytes) -> None:
        if piece:
            self._pending.append(bytes(piece))
            self._pending_size += len(piece)

    def take(self, size: int) -> Chunk:
        taken: list[bytes] = []
        missing = size
        while missing and self._pending:
            piece = self._pending.popleft()
            if len(piece) > missing:
                piece, rest = piece[:missing], piece[missing:]
                self._pending.appendleft(rest)
            taken.append(piece)
            missing -= len(piece)
        self._pending_size -= size - missing
        return Chunk(taken)


class IteratorSource(Source):
    """Chunks of any size from an iterator; it can be read only once."""

    def __init__(self, chunks: Iterable[bytes], size: int | None = None) -> None:
        self._chunks: Iterator[bytes] = iter(chunks)
        self._buffer = _Accumulator()
        self.size = size

    def read(self, size: int) -> Chunk:
        while not self._buffer.ready(size):
            piece = next(self._chunks, None)
            if piece is None:
                self._buffer.exhausted = True
            else:
                self._buffer.add(piece)
        return self._buffer.take(size)


class AsyncIteratorSource(Source):
    """Chunks from an async iterator; only an async registry can read it."""

    def __init__(self, chunks: AsyncIterable[bytes], size: int | None = None) -> None:
        self._chunks: AsyncIterator[bytes] = aiter(chunks)
        self._buffer = _Accumulator()
        self.size = size

    def read(self, size: int) -> Chunk:
        raise TypeError("an async iterator can only be uploaded by an AsyncRegistry")

    async def aread(self, size: int) -> Chunk:
        while not self._buffer.ready(size):
            piece = await anext(self._chunks, None)
            if piece is None:
                self._buffer.exhausted = True
            else:
                self._buffer.add(piece)
        return self._buffer.take(size)


class ResponseSource(Source):
    """The body of a streamed response, read by whichever driver sent it.

    Copying a blob between registries reads it from one response into the
    upload of the other, without holding more than a chunk.
    """

    def __init__(self, response: httpx.Response, size: int | None = None) -> None:
        self._response = response
        self._sync: Iterator[bytes] | None = None
        self._async: AsyncIterator[bytes] | None = None
        self._buffer = _Accumulator()
        self.size = size

    def read(self, size: int) -> Chunk:
        if self._sync is None:
            self._sync = self._response.iter_bytes()
        while not self._buffer.ready(size):
            piece = next(self._sync, None)
            if piece is None:
                self._buffer.exhausted = True
            else:
                self._buffer.add(piece)
        return self._buffer.take(size)

    async def aread(self, size: int) -> Chunk:
        if self._async is None:
            self._async = self._response.aiter_bytes()
        while not self._buffer.ready(size):
            piece = await anext(self._async, None)
            if piece is None:
                self._buffer.exhausted = True
            else:
                self._buffer.add(piece)
        return self._buffer.take(size)


def as_source(data: BlobData | Source, size: int | None = None) -> Source:
    """The source for anything an upload accepts."""
    source: Source
    if isinstance(data, Source):
        source = data
    elif isinstance(data, bytes | bytearray | memoryview):
        source = BytesSource(data)
    elif isinstance(data, str | os.PathLike):
        source = FileSource(data)
    elif hasattr(data, "read"):
        source = FileSource(data)  # type: ignore[arg-type]
    elif isinstance(data, AsyncIterable):
        source = AsyncIteratorSource(data, size)
    elif isinstance(data, Iterable):
        source = IteratorSource(data, size)
    else:
        raise TypeError(
            "upload data must be bytes, a path, a binary file or an iterator of "
            f"bytes, not {type(data).__name__}"
        )
    if size is not None and source.size is not None and size != source.size:
        raise ValueError(f"size {size} was given, but the data has {source.size} bytes")
    if size is not None and source.size is None:
        source.size = size
    return source
