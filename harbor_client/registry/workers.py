"""Worker threads that hash upload data while the driver sends it.

hashlib releases the GIL for large buffers, so a piece hashed on another thread
overlaps with the socket writes of the driver's thread. The jobs of one
:class:`SerialWork` run one after another, in the order they were handed over;
a new job waits for the previous one, which bounds the pieces in flight to two.

Downloads do not use them: they arrive in pieces of 64 KiB (what httpcore reads
from the socket at a time), and handing those to a worker (batched by the MiB,
for the hash and for the file writes) cost more CPU than it saved, and was
slower on a busy two-core machine.
"""

from __future__ import annotations

import concurrent.futures
import os
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["SerialWork"]

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
