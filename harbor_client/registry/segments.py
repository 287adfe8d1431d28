"""Upload data read from its source while it is sent, never held in memory.

Data that can be read again (bytes, a path, a seekable file) needs no buffer to
survive a failure: a PATCH names a byte range of the source, and its body reads
that range piece by piece as httpx writes it to the socket. After a dropped
connection the upload asks the registry how much it holds and sends a new range
from there; after a 401 the token flow sends the same range again (HC-12). Either
way the bytes come from the source once more, so memory stays at a few pieces
whatever the size of the blob.

The digest is computed in the same pass, while the bytes go out. A byte is hashed
the first time it is read: ranges that are sent again (a resend, a replay after a
401, a session started over) pass the bytes already hashed without hashing them
twice, so the digest stays the digest of the data.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

from ..auth.replay import ReplayableStream
from .digest import BackgroundHasher
from .errors import UploadError
from .source import Source

__all__ = ["READ_SIZE", "SourceRange", "StreamedData"]

#: Bytes read from the source per piece of a body. The push of 512 MiB took the
#: same time with 256 KiB, 1 MiB and 4 MiB pieces (the registry sets the pace),
#: and the least CPU with 1 MiB: a sixth more with 256 KiB (a read, a hash job
#: for a worker thread and a socket write per piece), no less with 4 MiB. The
#: few pieces in flight (one being hashed, one being written) keep memory flat.
READ_SIZE = 1024 * 1024


class StreamedData:
    """One upload of a rewindable source: its ranges, its hash, its progress.

    ``advanced`` is told how many bytes from the start have been read at least
    once, each time that grows.
    """

    def __init__(
        self,
        source: Source,
        hasher: BackgroundHasher,
        advanced: Callable[[int], None] | None = None,
    ) -> None:
        if not source.rewindable or source.size is None:
            raise TypeError("only data that can be read again is sent as ranges")
        self.source = source
        self.size: int = source.size
        self.hasher = hasher
        self._advanced = advanced

    def range(self, start: int, end: int) -> SourceRange:
        """The body of a request that sends bytes ``start`` to ``end - 1``."""
        return SourceRange(self, start, end)

    def _pieces(self, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
        """``(position, size, sent)`` of the pieces to read for a range."""
        # A range that begins beyond what was hashed (a registry that reports
        # holding more than this upload sent it) first reads the gap, unsent,
        # so that no byte escapes the digest.
        for first, last, sent in ((self.hasher.size, start, False), (start, end, True)):
            for position in range(first, last, READ_SIZE):
                yield position, min(READ_SIZE, last - position), sent

    def _passed(self, position: int, size: int, piece: bytes) -> None:
        if len(piece) < size:
            raise UploadError(
                f"{self.source.name or 'the upload data'} ended at byte "
                f"{position + len(piece)}, but had {self.size} bytes when the upload "
                "began"
            )
        hashed = self.hasher.size
        if position <= hashed < position + size:
            # Hashed on a worker thread while the piece is written to the socket.
            self.hasher.update(
                piece[hashed - position :] if hashed > position else piece
            )
            if self._advanced is not None:
                self._advanced(self.hasher.size)


class SourceRange(ReplayableStream):
    """Bytes ``start`` to ``end - 1`` of an upload's source, read while sent.

    Every iteration reads the range afresh, which makes it a body the token flow
    may send again after a 401.
    """

    def __init__(self, data: StreamedData, start: int, end: int) -> None:
        if not 0 <= start < end <= data.size:
            raise ValueError(f"{start}-{end} is not a range of {data.size} bytes")
        self.data = data
        self.start = start
        self.end = end

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[bytes]:
        for position, size, sent in self.data._pieces(self.start, self.end):
            piece = self.data.source.read_at(position, size)
            self.data._passed(position, size, piece)
            if sent:
                yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for position, size, sent in self.data._pieces(self.start, self.end):
            piece = await self.data.source.aread_at(position, size)
            self.data._passed(position, size, piece)
            if sent:
                yield piece

    def __repr__(self) -> str:
        return f"SourceRange({self.start}-{self.end - 1})"
