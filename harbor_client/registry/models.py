"""What the registry client returns: blobs, descriptors and manifests."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .digest import validate_digest
from .mediatypes import INDEX_TYPES, TITLE_ANNOTATION

__all__ = ["Blob", "Descriptor", "Manifest"]


@dataclass(frozen=True)
class Blob:
    """A blob in a repository: its digest and size in bytes."""

    digest: str
    size: int


@dataclass(frozen=True)
class Descriptor:
    """An OCI content descriptor: what a manifest says about the content it names.

    ``extra`` keeps every field this class does not model (``urls``,
    ``platform``, ``data`` ...), so a descriptor read from a manifest writes back
    the same fields.
    """

    media_type: str
    digest: str
    size: int
    annotations: Mapping[str, str] | None = None
    artifact_type: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        validate_digest(self.digest)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Descriptor:
        """A descriptor from its JSON form in a manifest (``mediaType``, ``digest``...).

        Raises:
            KeyError: ``digest`` or ``size`` is missing.
            InvalidReference: ``digest`` is not a valid digest.
        """
        known = {"mediaType", "digest", "size", "annotations", "artifactType"}
        return cls(
            media_type=str(data.get("mediaType") or ""),
            digest=str(data["digest"]),
            size=int(data["size"]),
            annotations=dict(data["annotations"]) if data.get("annotations") else None,
            artifact_type=data.get("artifactType"),
            extra={k: v for k, v in data.items() if k not in known},
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form for a manifest, with every field ``extra`` kept."""
        data: dict[str, Any] = {
            "mediaType": self.media_type,
            "digest": self.digest,
            "size": self.size,
        }
        if self.artifact_type:
            data["artifactType"] = self.artifact_type
        if self.annotations:
            data["annotations"] = dict(self.annotations)
        data.update(self.extra)
        return data

    @property
    def title(self) -> str | None:
        """The ``org.opencontainers.image.title`` annotation (a file name), if any."""
        return (self.annotations or {}).get(TITLE_ANNOTATION)


@dataclass(frozen=True)
class Manifest:
    """A manifest exactly as the registry stored it.

    ``content`` is the bytes received; ``digest`` is their hash. Both are kept
    apart from any parsed form, because re-serialising JSON changes the bytes and
    with them the digest.
    """

    content: bytes = field(repr=False)
    media_type: str
    digest: str

    def json(self) -> Any:
        """The parsed content."""
        return json.loads(self.content)

    @property
    def is_index(self) -> bool:
        """An image index or Docker manifest list (it names manifests, not blobs)."""
        return self.media_type in INDEX_TYPES

    @property
    def size(self) -> int:
        """The manifest's size in bytes, as a descriptor states it."""
        return len(self.content)

    def descriptor(self, **annotations: str) -> Descriptor:
        """The descriptor that points at this manifest (for an index or a subject)."""
        artifact_type = None
        if not self.is_index:
            data = self.json()
            if isinstance(data, dict):
                artifact_type = data.get("artifactType")
        return Descriptor(
            media_type=self.media_type,
            digest=self.digest,
            size=self.size,
            annotations=annotations or None,
            artifact_type=artifact_type,
        )
