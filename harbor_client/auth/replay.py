"""Request bodies that can be sent twice.

When a token expires while a request is on its way, the registry answers 401 and the
auth flow sends the *same* request again with a new token (HC-12: the same PATCH of a
chunked upload, not a new upload session). That is only possible when the body can be
read again from its start:

* ``content=b"..."`` (httpx's ``ByteStream``), and requests without a body;
* a :class:`ReplayableStream`, such as :class:`FileRange` (a byte range of a file,
  read afresh from its offset each time it is sent).

A generator or an open file handed to ``content=`` can be read once only (httpx would
send a truncated or empty body the second time); the flow raises
:class:`~harbor_client.auth.errors.BodyNotReplayableError` instead of sending it again.
The flows refresh tokens before they expire, so the retry, and that error, are rare.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import BinaryIO

import httpx

from harbor_client.errors import safe_url

from .errors import BodyNotReplayableError

__all__ = ["FileRange", "ReplayableStream", "ensure_replayable", "is_replayable"]

#: How much of a file is read per chunk while sending it, in bytes.
CHUNK_SIZE = 1024 * 1024


class ReplayableStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body whose every iteration yields the same bytes from the start.

    Subclass it (implementing both ``__iter__`` and ``__aiter__``) for a body the auth
    flow may send again.
    """


class FileRange(ReplayableStream):
    """``length`` bytes of a file from ``offset``, re-read on every send.

    Pass a path, or a binary file object opened for reading. A file object with a
    file descriptor is read with ``os.pread``, which does not move its position, so
    several ranges of one file can be sent at the same time. Reads are blocking on
    the async face too: local disk reads of one chunk are short.

    Send it as the ``stream`` of a request, with its length::

        request = httpx.Request("PATCH", location, stream=FileRange(path, 0, n),
                                headers={"Content-Length": str(n),
                                         "Content-Type": "application/octet-stream"})
    """

    def __init__(
        self,
        file: str | os.PathLike[str] | BinaryIO,
        offset: int,
        length: int,
        *,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        if offset < 0 or length < 0:
            raise ValueError(f"offset and length must be >= 0, got {offset}, {length}")
        self.file = file
        self.offset = offset
        self.length = length
        self.chunk_size = chunk_size

    @property
    def headers(self) -> dict[str, str]:
        """The ``Content-Length`` header that goes with this body."""
        return {"Content-Length": str(self.length)}

    def __iter__(self) -> Iterator[bytes]:
        if isinstance(self.file, str | os.PathLike):
            with Path(self.file).open("rb") as handle:
                yield from self._chunks(handle)
        else:
            yield from self._chunks(self.file)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def _chunks(self, handle: BinaryIO) -> Iterator[bytes]:
        try:
            fd: int | None = handle.fileno()
        except (AttributeError, OSError):
            fd = None
        position, end = self.offset, self.offset + self.length
        while position < end:
            size = min(self.chunk_size, end - position)
            if fd is not None:
                chunk = os.pread(fd, size, position)
            else:
                handle.seek(position)
                chunk = handle.read(size)
            if not chunk:
                raise OSError(
                    f"file ended at byte {position}, before the range "
                    f"{self.offset}+{self.length}"
                )
            position += len(chunk)
            yield chunk

    def __repr__(self) -> str:
        name = self.file if isinstance(self.file, str | os.PathLike) else "<file>"
        return f"FileRange({str(name)!r}, offset={self.offset}, length={self.length})"


def is_replayable(request: httpx.Request) -> bool:
    """Whether ``request`` can be sent again with the same body."""
    return isinstance(request.stream, httpx.ByteStream | ReplayableStream)


def ensure_replayable(request: httpx.Request, why: str) -> None:
    """Raise :class:`BodyNotReplayableError` unless ``request`` can be sent again."""
    if not is_replayable(request):
        raise BodyNotReplayableError(
            f"{request.method} {safe_url(request.url)} must be sent again ({why}), "
            f"but its body ({type(request.stream).__name__}) can be read only once. "
            "Send bytes or a harbor_client.auth.replay.ReplayableStream such as "
            "FileRange"
        )
