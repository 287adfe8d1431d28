"""OCI artifacts: files pushed as layers of a manifest, pulled back, copied.

An artifact is an OCI image manifest whose layers are files (each named by its
``org.opencontainers.image.title`` annotation), whose config is usually the
empty ``{}`` blob, and whose ``artifactType`` says what it is, as ORAS writes
them. The manifest is put last, after every blob arrived, so a failed push never
leaves a tag pointing at content that is not there.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import HarborResponseError, raise_for_response
from .blobs import download_blob, stat_blob
from .digest import digest_of
from .errors import UnsafePathError
from .flow import Call, Endpoint, Flow, call, gather, load_body
from .manifests import get_manifest, put_manifest
from .mediatypes import OCI_EMPTY, OCI_LAYER, OCI_MANIFEST, TITLE_ANNOTATION
from .models import Blob, Descriptor, Manifest
from .progress import ProgressCallback
from .referrers import add_to_fallback_index
from .scopes import pull_scope
from .source import BytesSource, FileSource, ResponseSource
from .upload import push_data, start_session, upload_blob

__all__ = [
    "DEFAULT_ARTIFACT_TYPE",
    "ArtifactConfig",
    "ArtifactFile",
    "copy_artifact",
    "pull_artifact",
    "push_artifact",
]

logger = logging.getLogger("harbor_client.registry")

#: What ORAS calls an artifact of no particular type.
DEFAULT_ARTIFACT_TYPE = "application/vnd.unknown.artifact.v1"


@dataclass(frozen=True)
class ArtifactFile:
    """A file to push as one layer of an artifact.

    ``title`` is the name it gets back when the artifact is pulled (the file's
    name by default); it may contain ``/`` for a file in a subfolder.
    """

    path: Path
    media_type: str = OCI_LAYER
    title: str | None = None
    annotations: Mapping[str, str] | None = None

    @property
    def name(self) -> str:
        """The file's name in the artifact: ``title``, or the file name of ``path``."""
        return self.title or Path(self.path).name


@dataclass(frozen=True)
class ArtifactConfig:
    """The config blob of an artifact; the empty ``{}`` unless given."""

    content: bytes = b"{}"
    media_type: str = OCI_EMPTY


FileSpec = str | os.PathLike[str] | ArtifactFile | tuple[str | os.PathLike[str], str]


def _as_file(spec: FileSpec) -> ArtifactFile:
    if isinstance(spec, ArtifactFile):
        return spec
    if isinstance(spec, tuple):
        path, media_type = spec
        return ArtifactFile(Path(path), media_type)
    return ArtifactFile(Path(spec))


def safe_title_path(folder: Path, title: str) -> Path:
    """Where a layer titled ``title`` goes under ``folder``; refuses to leave it.

    Titles come from whoever pushed the artifact: an absolute path, a ``..``
    component or a Windows drive would write anywhere the caller may write.
    """
    if not title or "\x00" in title or "\\" in title:
        raise UnsafePathError(f"refusing the layer title {title!r}")
    posix = PurePosixPath(title)
    if posix.is_absolute() or any(part in ("..", "") for part in title.split("/")):
        raise UnsafePathError(
            f"refusing the layer title {title!r}: it would land outside {folder}"
        )
    if ":" in posix.parts[0]:
        raise UnsafePathError(f"refusing the layer title {title!r} (a drive letter?)")
    target = folder.joinpath(*posix.parts)
    root = folder.resolve()
    if not target.resolve().is_relative_to(root):
        # A symbolic link inside the folder pointing out of it.
        raise UnsafePathError(f"refusing the layer title {title!r}: it leaves {folder}")
    return target


def _compact(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def push_artifact(
    endpoint: Endpoint,
    repository: str,
    tag: str | None,
    files: Iterable[FileSpec],
    *,
    artifact_type: str | None = None,
    config: ArtifactConfig | None = None,
    annotations: Mapping[str, str] | None = None,
    subject: Descriptor | None = None,
    progress: ProgressCallback | None = None,
) -> Flow[Descriptor]:
    """Upload the files and the config, then put the manifest; its descriptor."""
    layers = [_as_file(spec) for spec in files]
    names = [layer.name for layer in layers]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ValueError(f"two layers would have the same title: {duplicates}")
    config = config or ArtifactConfig()
    if artifact_type is None and config.media_type == OCI_EMPTY:
        # The image spec requires artifactType when the config says nothing.
        artifact_type = DEFAULT_ARTIFACT_TYPE

    config_digest = digest_of(config.content)
    blobs: list[Blob] = yield from gather(
        [
            upload_blob(
                endpoint,
                repository,
                BytesSource(config.content),
                digest=config_digest,
            ),
            *(
                upload_blob(
                    endpoint, repository, FileSource(layer.path), progress=progress
                )
                for layer in layers
            ),
        ],
        endpoint.options.concurrency,
    )

    document: dict[str, Any] = {"schemaVersion": 2, "mediaType": OCI_MANIFEST}
    if artifact_type:
        document["artifactType"] = artifact_type
    document["config"] = {
        "mediaType": config.media_type,
        "digest": config_digest,
        "size": len(config.content),
    }
    if config.media_type == OCI_EMPTY and config.content == b"{}":
        # The spec's empty descriptor may carry the two bytes inline.
        document["config"]["data"] = "e30="
    document["layers"] = [
        Descriptor(
            media_type=layer.media_type,
            digest=blob.digest,
            size=blob.size,
            annotations={**(layer.annotations or {}), TITLE_ANNOTATION: layer.name},
        ).to_json()
        for layer, blob in zip(layers, blobs[1:], strict=True)
    ]
    if subject is not None:
        document["subject"] = subject.to_json()
    if annotations:
        document["annotations"] = dict(annotations)
    content = _compact(document)
    digest = digest_of(content)

    result = yield from put_manifest(
        endpoint, repository, tag or digest, content, OCI_MANIFEST
    )
    descriptor = Descriptor(
        media_type=OCI_MANIFEST,
        digest=result.digest,
        size=len(content),
        annotations=dict(annotations) if annotations else None,
        artifact_type=artifact_type,
    )
    if subject is not None and result.subject is None:
        # No OCI-Subject in the answer: the registry has no referrers API, so the
        # client maintains the fallback tag, as the distribution spec asks.
        yield from add_to_fallback_index(
            endpoint, repository, subject.digest, descriptor
        )
    return descriptor


def pull_artifact(
    endpoint: Endpoint,
    repository: str,
    reference: str,
    folder: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
) -> Flow[list[Path]]:
    """Download the titled layers of an artifact into ``folder``; their paths.

    Every title is checked before anything is downloaded; layers without a title
    are not files of the artifact and are skipped.
    """
    folder = Path(folder)
    manifest = yield from get_manifest(endpoint, repository, reference)
    if manifest.is_index:
        raise ValueError(
            f"{repository}:{reference} is an index of {manifest.media_type}; pull one "
            "of the manifests it lists by digest"
        )
    layers = [
        Descriptor.from_json(item) for item in manifest.json().get("layers") or []
    ]

    targets: list[tuple[Descriptor, Path]] = []
    for layer in layers:
        if layer.title is None:
            logger.debug("skipping layer %s: it has no title", layer.digest)
            continue
        targets.append((layer, safe_title_path(folder, layer.title)))
    paths = [path for _, path in targets]
    if len(set(paths)) != len(paths):
        raise UnsafePathError("two layers of the artifact have the same title")

    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    yield from gather(
        [
            download_blob(endpoint, repository, layer.digest, path, progress=progress)
            for layer, path in targets
        ],
        endpoint.options.concurrency,
    )
    return paths


def copy_blob(
    source: Endpoint,
    source_repository: str,
    target: Endpoint,
    target_repository: str,
    blob: Descriptor,
    *,
    progress: ProgressCallback | None = None,
) -> Flow[Blob]:
    """Make ``blob`` of the source repository a blob of the target repository.

    On the same registry it is mounted (no bytes move); between registries it
    streams from one to the other, a chunk at a time.
    """
    existing = yield from stat_blob(target, target_repository, blob.digest)
    if existing is not None:
        logger.info("existing blob %s", blob.digest)
        return existing
    same_registry = source is target
    session = yield from start_session(
        target,
        target_repository,
        mount=(blob.digest, source_repository) if same_registry else None,
    )
    if session is None:
        return Blob(blob.digest, blob.size)

    response = yield from call(
        Call(
            source,
            "GET",
            source.v2_url(f"{source_repository}/blobs/{blob.digest}"),
            (pull_scope(source_repository),),
            headers={"Accept-Encoding": "identity"},
            stream=True,
            follow_redirects=True,
        )
    )
    if response.status_code != 200:
        yield from load_body(response)
        raise_for_response(response)
        raise HarborResponseError(
            f"answered {response.status_code}",
            method="GET",
            url=str(response.request.url),
            request_id=None,
        )
    # push_data hashes what passes and refuses to commit a wrong digest.
    return (
        yield from push_data(
            session,
            ResponseSource(response, size=blob.size),
            digest=blob.digest,
            progress=progress,
        )
    )


def _children(manifest: Manifest) -> list[Descriptor]:
    data = manifest.json()
    if manifest.is_index:
        return [Descriptor.from_json(item) for item in data.get("manifests") or []]
    blobs = [data["config"]] if isinstance(data.get("config"), dict) else []
    blobs += data.get("layers") or []
    return [Descriptor.from_json(item) for item in blobs]


def copy_artifact(
    source: Endpoint,
    source_repository: str,
    reference: str,
    target: Endpoint,
    target_repository: str,
    target_reference: str | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> Flow[Descriptor]:
    """Copy a manifest and everything it names; an index with all its manifests.

    The manifest bytes are copied unchanged, so the copy has the same digest.
    ``target_reference`` defaults to the source tag (or digest).
    """
    manifest = yield from get_manifest(source, source_repository, reference)
    children = _children(manifest)
    if manifest.is_index:
        for child in children:
            yield from copy_artifact(
                source,
                source_repository,
                child.digest,
                target,
                target_repository,
                child.digest,
                progress=progress,
            )
    else:
        yield from gather(
            [
                copy_blob(
                    source,
                    source_repository,
                    target,
                    target_repository,
                    child,
                    progress=progress,
                )
                for child in children
            ],
            target.options.concurrency,
        )
    yield from put_manifest(
        target,
        target_repository,
        target_reference or reference,
        manifest.content,
        manifest.media_type,
    )
    return manifest.descriptor()
