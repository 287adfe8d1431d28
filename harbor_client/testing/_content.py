"""What a pushed manifest becomes in Harbor's database: an artifact and its tags.

Harbor reads every manifest that is put through ``/v2/``: the media types decide the
artifact's ``type`` (``IMAGE`` for an image config or an index, ``CHART``, ``WASM``
... by the config's media type, ``UNKNOWN`` otherwise), the descriptors its size (the
manifest, its config and its layers; an index adds the artifacts it lists), and for
an image the config blob gives ``extra_attrs``. Pulls of a manifest update the pull
time and the repository's pull count.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._store import IMAGE_ICON, Artifact, Project, Repository, Store
from ._wire import ApiError, now

DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
INDEX_TYPES = frozenset({DOCKER_MANIFEST_LIST, OCI_INDEX})
MANIFEST_TYPES = frozenset({DOCKER_MANIFEST, OCI_MANIFEST}) | INDEX_TYPES
#: Harbor's registry limits a manifest body to this many bytes
MAX_MANIFEST_SIZE = 4 << 20

#: config media type -> the artifact type Harbor's processors give it
_TYPES_BY_CONFIG = {
    "application/vnd.docker.container.image.v1+json": "IMAGE",
    "application/vnd.oci.image.config.v1+json": "IMAGE",
    "application/vnd.cncf.helm.config.v1+json": "CHART",
    "application/vnd.cnab.config.v1+json": "CNAB",
    "application/vnd.wasm.config.v1+json": "WASM",
    "application/vnd.goharbor.harbor.sbom.v1": "SBOM",
}
_IMAGE_ATTRIBUTES = ("architecture", "author", "config", "created", "os")


@dataclass(frozen=True)
class Manifest:
    """The parts of a manifest that Harbor keeps."""

    digest: str
    media_type: str
    size: int
    config: dict[str, Any] | None = None
    layers: list[dict[str, Any]] = field(default_factory=list)
    #: the digests an index lists
    children: list[str] = field(default_factory=list)
    subject: str | None = None
    artifact_type: str | None = None
    annotations: dict[str, str] = field(default_factory=dict)

    @property
    def is_index(self) -> bool:
        return self.media_type in INDEX_TYPES

    @property
    def blobs(self) -> list[tuple[str, int]]:
        """The (digest, size) of the config and layers it references."""
        found = [self.config, *self.layers] if self.config else self.layers
        return [
            (str(d["digest"]), int(d.get("size") or 0))
            for d in found
            if isinstance(d, dict) and d.get("digest")
        ]

    @property
    def kind(self) -> str:
        if self.is_index:
            return "IMAGE"
        config_type = str((self.config or {}).get("mediaType") or "")
        return _TYPES_BY_CONFIG.get(config_type, "UNKNOWN")


def read_manifest(body: bytes, content_type: str | None, digest: str) -> Manifest:
    """Parse a manifest as Harbor's interceptors do before it reaches the registry.

    The ``Content-Type`` decides how the body is read; without one Harbor falls back
    to schema 1, which an OCI or Docker v2 body is not, so either way it is a 400
    ``MANIFEST_INVALID``.
    """
    media_type = (content_type or "").split(";", 1)[0].strip()
    if media_type not in MANIFEST_TYPES:
        raise _invalid(
            f"unsupported manifest media type and no default available: {media_type}"
        )
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _invalid(str(exc).split(":", 1)[0].lower()) from None
    if not isinstance(document, dict):
        raise _invalid("json: cannot unmarshal into a manifest")
    declared = document.get("mediaType")
    if declared and declared != media_type:
        raise _invalid(
            f"mediaType in manifest should be '{media_type}' not '{declared}'"
        )
    subject = document.get("subject")
    config = document.get("config")
    layers = document.get("layers") or []
    children = document.get("manifests") or []
    annotations = document.get("annotations") or {}
    return Manifest(
        digest=digest,
        media_type=media_type,
        size=len(body),
        config=config if isinstance(config, dict) else None,
        layers=[d for d in layers if isinstance(d, dict)],
        children=[
            str(d["digest"])
            for d in children
            if isinstance(d, dict) and d.get("digest")
        ],
        subject=str(subject["digest"])
        if isinstance(subject, dict) and subject.get("digest")
        else None,
        artifact_type=document.get("artifactType"),
        annotations={str(k): str(v) for k, v in annotations.items()}
        if isinstance(annotations, dict)
        else {},
    )


def _invalid(reason: str) -> ApiError:
    return ApiError(400, "MANIFEST_INVALID", f"unmarshal manifest failed: {reason}")


def image_attributes(config: bytes) -> dict[str, Any]:
    """``extra_attrs`` of an image, from its config blob (an empty author is kept)."""
    try:
        document = json.loads(config)
    except (ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(document, dict):
        return {}
    attributes = {k: document[k] for k in _IMAGE_ATTRIBUTES if k in document}
    attributes.setdefault("author", "")
    return attributes


def record_push(
    store: Store,
    project: Project,
    repository_name: str,
    manifest: Manifest,
    tag: str | None,
    extra_attrs: dict[str, Any],
) -> Artifact:
    """Store the artifact a manifest put made (or re-tag the one it already was)."""
    repository = store.repository_named(repository_name) or store.add_repository(
        project.name, repository_name.partition("/")[2]
    )
    artifact = store.artifact_in(repository, manifest.digest)
    if artifact is None:
        artifact = _new_artifact(store, project, repository, manifest, extra_attrs)
    else:
        artifact.push_time = now()
    if tag is not None:
        store.tag_artifact(artifact, tag)
    repository.update_time = now()
    store.associate_blob(project, manifest.digest, manifest.size)
    store.blob_sizes[manifest.digest] = manifest.size
    return artifact


def _new_artifact(
    store: Store,
    project: Project,
    repository: Repository,
    manifest: Manifest,
    extra_attrs: dict[str, Any],
) -> Artifact:
    kind = manifest.kind
    if manifest.is_index:
        media_type = manifest.media_type
        children = [store.artifact_in(repository, d) for d in manifest.children]
        size = manifest.size + sum(c.size for c in children if c is not None)
    else:
        media_type = str(
            (manifest.config or {}).get("mediaType") or manifest.media_type
        )
        size = manifest.size + sum(s for _, s in manifest.blobs)
    artifact = Artifact(
        id=store.next_id("artifact"),
        project_id=project.project_id,
        repository_id=repository.repository_id,
        repository_name=repository.name,
        digest=manifest.digest,
        type=kind,
        media_type=media_type,
        manifest_media_type=manifest.media_type,
        artifact_type=manifest.artifact_type or media_type,
        size=size,
        icon=IMAGE_ICON if kind == "IMAGE" else "",
        extra_attrs=extra_attrs if kind == "IMAGE" and not manifest.is_index else {},
        annotations=dict(manifest.annotations),
        subject=manifest.subject,
        children=list(manifest.children),
        manifest_size=manifest.size,
    )
    store.artifacts[artifact.id] = artifact
    return artifact


def record_pull(store: Store, artifact: Artifact, reference: str) -> None:
    """A manifest GET: pull times of the artifact (and tag), the repository's count."""
    moment = now()
    artifact.pull_time = moment
    for tag in artifact.tags:
        if tag.name == reference:
            tag.pull_time = moment
    repository = store.repositories.get(artifact.repository_id)
    if repository is not None:
        repository.pull_count += 1


def parents_of(store: Store, artifact: Artifact) -> list[Artifact]:
    """The indexes of the same repository that list ``artifact``."""
    repository = store.repositories.get(artifact.repository_id)
    if repository is None:
        return []
    return [a for a in store.artifacts_of(repository) if artifact.digest in a.children]


def refuse_if_referenced(store: Store, artifact: Artifact) -> None:
    """An index still lists it: Harbor refuses the delete (412)."""
    if parents_of(store, artifact):
        raise ApiError(
            412,
            "VIOLATE_FOREIGN_KEY_CONSTRAINT",
            "the deleting artifact is referenced by others",
        )


def artifact_resource(repository_name: str, reference: str) -> str:
    """How audit logs name an artifact: ``demo/app:1.0`` or ``demo/app@sha256:…``."""
    separator = "@" if reference.startswith("sha256:") else ":"
    return f"{repository_name}{separator}{reference}"
