"""The ``Range`` an upload answer reports and the ``Content-Range`` a chunk sends.

The distribution registry writes ``Range: 0-<last byte>`` without the ``bytes=``
unit of the spec, other registries write ``bytes=0-<last byte>``; both are read.
An empty session reports ``0-0`` too, which also reads as "one byte": the offset
the client knows it reached decides between the two.
"""

from __future__ import annotations

import re

__all__ = ["content_range", "parse_range", "received_bytes"]

_RANGE = re.compile(r"(?:bytes[= ])?\s*(\d+)-(\d+)(?:/(?:\d+|\*))?")


def parse_range(header: str | None) -> tuple[int, int] | None:
    """``(first, last)`` of a ``Range`` header, inclusive; ``None`` if absent or odd."""
    if not header:
        return None
    match = _RANGE.fullmatch(header.strip())
    if match is None:
        return None
    first, last = int(match.group(1)), int(match.group(2))
    return (first, last) if last >= first else None


def received_bytes(header: str | None, known: int) -> int | None:
    """How many bytes the registry holds, by its ``Range`` header.

    ``known`` is how many the client knows the registry acknowledged before; a
    ``0-0`` then means nothing when ``known`` is 0 (an empty session), not one byte.
    """
    parsed = parse_range(header)
    if parsed is None:
        return None
    first, last = parsed
    if first == 0 and last == 0 and known == 0:
        return 0
    return last + 1


def content_range(start: int, length: int) -> str:
    """The ``Content-Range`` of a chunk: ``<start>-<end>``, inclusive, no unit."""
    if length < 1:
        raise ValueError("a chunk has at least one byte; send an empty blob with PUT")
    return f"{start}-{start + length - 1}"
