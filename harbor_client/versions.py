"""Talking to a Harbor older than the definition the client was generated from.

The client is generated from the newest pinned definition. The build step also
compares every pinned definition and ships the result as
``harbor_client._generated.compatibility``: which versions have each operation, and
the properties of its request body in each. A :class:`VersionGate` uses that table
for one server version:

* an operation the server's release line lacks raises :class:`NotAvailableError`
  before any request is sent, naming the versions that have it;
* a request body is sent in the shape that version expects, where the table knows
  it: no body where the version takes none (``stopScanArtifact`` before 2.11), and
  only the properties that version's schema has (``createTag`` sends ``{"name"}``,
  which both its ``Tag`` body before 2.15 and ``NewTag`` after read the same way).

Versions are compared by release line (``v2.14.1-5dc4e3b1`` is the v2.14 line, pinned
as v2.14.4): the table knows nothing finer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import NotAvailableError

if TYPE_CHECKING:
    from ._generated.compatibility import OperationHistory
    from ._operation import Operation

__all__ = ["VersionGate", "parse_harbor_version"]

# Harbor reports "<VERSION file>-<8-char git sha>", e.g. "v2.15.2-080b0220".
_VERSION = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9a-f]{8}))?")


def parse_harbor_version(text: str) -> tuple[int, int, int] | None:
    """``(major, minor, patch)`` of a version Harbor reports, or None for other text."""
    found = _VERSION.match(text.strip())
    if found is None:
        return None
    major, minor, patch = (int(g) for g in found.groups()[:3])
    return major, minor, patch


@dataclass(frozen=True)
class VersionGate:
    """What one server version accepts, from the compatibility table.

    Args:
        reported: the version as the server reports it (``systeminfo``'s
            ``harbor_version``) or as the caller states it.

    Raises:
        ValueError: ``reported`` is not a Harbor version.
    """

    reported: str
    #: the pinned release the gate compares with.
    line: str

    @classmethod
    def for_version(cls, reported: str) -> VersionGate:
        """The gate of ``reported`` (``"v2.12.4"``, ``"v2.15.2-080b0220"``).

        Raises:
            ValueError: ``reported`` is not a Harbor version.
        """
        from ._generated.compatibility import VERSIONS

        parsed = parse_harbor_version(reported)
        if parsed is None:
            raise ValueError(
                f"{reported!r} is not a Harbor version (expected something like "
                "v2.14.1 or v2.15.2-080b0220)"
            )
        lines = {_line_of(v): v for v in VERSIONS}
        key = parsed[:2]
        if key in lines:
            return cls(reported, lines[key])
        # Outside the pinned lines: a newer Harbor is served as the newest known,
        # an older one as the oldest, which is as close as the table gets.
        newest, oldest = max(lines), min(lines)
        return cls(reported, lines[newest] if key > newest else lines[oldest])

    def _history(self, op: Operation) -> OperationHistory | None:
        from ._generated.compatibility import OPERATIONS

        return OPERATIONS.get(op.id)

    def check(self, op: Operation) -> None:
        """Raise :class:`NotAvailableError` if this version lacks the operation."""
        history = self._history(op)
        if history is None or self.line in history.versions:
            return
        raise NotAvailableError(
            f"harbor.{op.namespace}.{op.name} ({op.id}) is not available on Harbor "
            f"{self.reported}: the definitions have it from {history.first} to "
            f"{history.last}"
        )

    def adapt(self, op: Operation, request: dict[str, Any]) -> dict[str, Any]:
        """The request keyword arguments with the body in this version's shape."""
        history = self._history(op)
        if history is None or "json" not in request:
            return request
        shape = history.body_by_version.get(self.line)
        if shape is None:
            request = dict(request)
            del request["json"]
            return request
        body = request["json"]
        if isinstance(body, dict) and not body.keys() <= set(shape):
            request = dict(request)
            request["json"] = {k: v for k, v in body.items() if k in shape}
        return request


def _line_of(version: str) -> tuple[int, int]:
    parsed = parse_harbor_version(version)
    assert parsed is not None, version
    return parsed[0], parsed[1]
