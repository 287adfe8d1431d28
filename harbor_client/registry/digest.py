"""Content digests (``sha256:<hex>``): checking their form and computing them."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

from .errors import DigestMismatchError, InvalidReference
from .source import Chunk
from .workers import SerialWork

__all__ = [
    "EMPTY_DIGEST",
    "BackgroundHasher",
    "Hasher",
    "digest_of",
    "validate_digest",
]

#: The digest of zero bytes.
EMPTY_DIGEST = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

# The OCI image spec: algorithm components joined by [+._-], then the encoded part.
_DIGEST = re.compile(r"[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+")
# The registered algorithms fix the length and alphabet of the hex part.
_HEX_LENGTH = {"sha256": 64, "sha384": 96, "sha512": 128}
_LOWER_HEX = re.compile(r"[a-f0-9]+")


def validate_digest(digest: str) -> str:
    """Return ``digest`` if it is a well-formed digest, else raise InvalidReference."""
    if not isinstance(digest, str) or not _DIGEST.fullmatch(digest):
        raise InvalidReference(f"{digest!r} is not a digest (expected sha256:<64 hex>)")
    algorithm, encoded = digest.split(":", 1)
    length = _HEX_LENGTH.get(algorithm)
    if length is not None and (
        len(encoded) != length or not _LOWER_HEX.fullmatch(encoded)
    ):
        raise InvalidReference(
            f"{digest!r} is not a {algorithm} digest: expected {length} lowercase "
            "hex digits"
        )
    return digest


def digest_of(data: bytes, algorithm: str = "sha256") -> str:
    """The digest of exactly these bytes."""
    return f"{algorithm}:{hashlib.new(algorithm, data).hexdigest()}"


class Hasher:
    """Hashes content as it passes and checks it against an expected digest."""

    def __init__(self, algorithm: str = "sha256") -> None:
        if algorithm not in _HEX_LENGTH:
            raise NotImplementedError(
                f"cannot verify {algorithm} digests; supported: "
                + ", ".join(sorted(_HEX_LENGTH))
            )
        self.algorithm = algorithm
        self._hash: Any = hashlib.new(algorithm)
        self.size = 0

    @classmethod
    def for_digest(cls, digest: str) -> Hasher:
        """A hasher with the algorithm of ``digest``."""
        return cls(validate_digest(digest).split(":", 1)[0])

    def update(self, data: bytes | memoryview) -> None:
        """Hash the next piece of the content."""
        self._hash.update(data)
        self.size += len(data)

    @property
    def digest(self) -> str:
        """The digest of the content so far, ``<algorithm>:<hex>``."""
        return f"{self.algorithm}:{self._hash.hexdigest()}"

    def verify(self, expected: str, what: str) -> None:
        """Raise DigestMismatchError unless the content hashed to ``expected``."""
        actual = self.digest
        if actual != expected:
            raise DigestMismatchError(what, expected=expected, actual=actual)


class BackgroundHasher(Hasher):
    """A hasher that hashes on a worker thread while the caller goes on.

    hashlib releases the GIL for large buffers, so a chunk is hashed on another
    core while the same chunk is being sent; hashing it first and sending it
    after cost a sixth of the upload speed. Pieces are hashed in order: an update
    waits for the previous one.
    """

    def __init__(self, algorithm: str = "sha256") -> None:
        super().__init__(algorithm)
        self._work = SerialWork()

    @classmethod
    def for_digest(cls, digest: str) -> BackgroundHasher:
        return cls(validate_digest(digest).split(":", 1)[0])

    def update(self, data: bytes | memoryview | Chunk) -> None:
        pieces = data.pieces if isinstance(data, Chunk) else [data]
        self._work.submit(self._update_all, pieces)
        self.size += len(data)

    def _update_all(self, pieces: Sequence[bytes | memoryview]) -> None:
        for piece in pieces:
            self._hash.update(piece)

    def wait(self) -> None:
        """Block until every piece handed over so far is hashed."""
        self._work.wait()

    @property
    def digest(self) -> str:
        self.wait()
        return f"{self.algorithm}:{self._hash.hexdigest()}"
