"""Worker threads that hash and write content while the driver moves the next.

hashlib and file writes release the GIL for large buffers, so a piece hashed or
written on another thread overlaps with the socket I/O of the driver's thread.
The jobs of one :class:`SerialWork` run one after another, in the order they
were handed over; a new job waits for the previous one, which bounds the pieces
in flight to two batches.

A download arrives in pieces of 64 KiB (what httpcore reads from the socket at
a time); a job per piece costs about as much as hashing it, so pieces are
handed over in batches of :data:`BATCH_SIZE`.
"""

from __future__ import annotations

import concurrent.futures
import os
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["BATCH_SIZE", "Batch", "SerialWork"]

#: Bytes handed to a worker in one job.
BATCH_SIZE = 1024 * 1024

_pool: concurrent.futures.ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _workers() -> concurrent.futures.ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = concurrent.futures.ThreadPoolExecutor(
                max_workers=os.cpu_count() or 2, thread_name_prefix="harbor-content"
            )
        return _pool


class SerialWork:
    """Jobs on a worker thread, one after another; failures reach the caller."""

    def __init__(self) -> None:
        self._pending: concurrent.futures.Future[None] | None = None

    def submit(self, job: Callable[..., None], *args: Any) -> None:
        """Run ``job(*args)`` once the previous job is done."""
        self.wait()
        self._pending = _workers().submit(job, *args)

    def wait(self) -> None:
        """Block until every job handed over so far is done; raise its error."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()


class Batch:
    """Pieces collected until there are at least :data:`BATCH_SIZE` bytes."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.size = 0

    def add(self, piece: bytes) -> bool:
        """Add a piece; whether the batch is full."""
        self.pieces.append(piece)
        self.size += len(piece)
        return self.size >= BATCH_SIZE

    def take(self) -> list[bytes]:
        """The pieces collected, leaving the batch empty."""
        pieces, self.pieces, self.size = self.pieces, [], 0
        return pieces
