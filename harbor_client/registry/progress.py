"""Progress reports of blob transfers, and an optional tqdm bar for them.

A callback receives ``(name, bytes_done, total)`` after every piece of a blob;
``name`` is the blob's digest when it is known before the transfer, else the
file name; ``total`` is ``None`` when the size is unknown (an iterator upload).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

__all__ = ["ProgressCallback", "TqdmProgress"]

ProgressCallback = Callable[[str, int, int | None], None]


class TqdmProgress:
    """A progress callback that draws one tqdm bar per blob.

    tqdm is imported when the first bar is drawn, so it stays an optional
    dependency (``pip install 'harborkit[progress]'``). Bars close when their blob
    is complete; call :meth:`close` to close those left open by a failure.
    """

    def __init__(self, **tqdm_options: Any) -> None:
        self._options = {"unit": "B", "unit_scale": True, "unit_divisor": 1024}
        self._options.update(tqdm_options)
        self._bars: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __call__(self, name: str, done: int, total: int | None) -> None:
        with self._lock:
            bar = self._bars.get(name)
            if bar is None:
                bar = self._bars[name] = self._new_bar(name, total)
            bar.update(done - bar.n)
            if total is not None and done >= total:
                bar.close()
                del self._bars[name]

    def _new_bar(self, name: str, total: int | None) -> Any:
        try:
            from tqdm.auto import tqdm  # type: ignore[import-untyped,unused-ignore]
        except ImportError as error:
            raise ImportError(
                "progress bars need tqdm: pip install 'harborkit[progress]'"
            ) from error
        label = name[:19] if name.startswith("sha256:") else name
        return tqdm(total=total, desc=label, **self._options)

    def close(self) -> None:
        """Close the bars still open, such as those of a transfer that failed."""
        with self._lock:
            for bar in self._bars.values():
                bar.close()
            self._bars.clear()
