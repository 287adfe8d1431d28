"""Errors of the registry client that are not an HTTP status.

HTTP answers become exceptions in :mod:`harbor_client.errors`; these are the
failures the client itself detects: a malformed reference, content whose digest
does not match, an upload URL it refuses to follow, an upload it cannot finish.
"""

from __future__ import annotations

from ..errors import HarborError

__all__ = [
    "DigestMismatchError",
    "DownloadError",
    "InvalidReference",
    "UnsafeLocationError",
    "UnsafePathError",
    "UploadError",
]


class InvalidReference(HarborError, ValueError):
    """A repository name, tag, digest or image reference that breaks the grammar.

    Raised before any request is sent.
    """


class DigestMismatchError(HarborError):
    """Content did not hash to the digest it was asked for by.

    Nothing of it was kept: a download to a file leaves no file under the target
    name, and a streamed download withholds its last piece.
    """

    def __init__(self, what: str, *, expected: str, actual: str) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(f"{what}: expected {expected}, received content with {actual}")


class UnsafeLocationError(HarborError):
    """The registry sent an upload ``Location`` this client refuses to follow."""


class DownloadError(HarborError):
    """A blob download could not be completed (an answer that does not continue it)."""


class UploadError(HarborError):
    """A blob upload could not be completed (the registry lost the session or data)."""


class UnsafePathError(HarborError, ValueError):
    """A file name from an artifact would land outside the target folder."""
