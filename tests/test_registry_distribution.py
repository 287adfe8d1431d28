"""The registry client against the real distribution registry on 127.0.0.1.

Every test pushes with one face and reads back, so what the registry stored (its
own digest check, its own tag list) is the judge, not the client.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from support.distribution import RunningRegistry, start_registry

from harbor_client.errors import NotFoundError
from harbor_client.registry import (
    DOCKER_MANIFEST,
    EMPTY_DIGEST,
    OCI_EMPTY,
    OCI_INDEX,
    OCI_MANIFEST,
    ArtifactFile,
    AsyncRegistry,
    Descriptor,
    Registry,
    RegistryOptions,
    UnsafePathError,
    digest_of,
)

pytestmark = pytest.mark.registry

CHUNK = 64 * 1024


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningRegistry]:
    with start_registry(tmp_path_factory.mktemp("registry")) as registry:
        yield registry


@pytest.fixture
def registry(served: RunningRegistry) -> Iterator[Registry]:
    with Registry.connect(served.url, options=RegistryOptions(chunk_size=CHUNK)) as r:
        yield r


def payload(size: int, seed: int = 0) -> bytes:
    return hashlib.shake_256(seed.to_bytes(4, "big")).digest(size)


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


# Blobs -------------------------------------------------------------------------


def test_a_chunked_upload_is_stored_under_its_digest(registry: Registry) -> None:
    data = payload(5 * CHUNK + 123)
    blob = registry.upload_blob("blobs/chunked", data)
    assert (blob.digest, blob.size) == (sha256(data), len(data))
    assert registry.read_blob("blobs/chunked", blob.digest) == data


def test_a_small_blob_goes_in_one_put_and_reads_back(registry: Registry) -> None:
    blob = registry.upload_blob("blobs/small", b"hello")
    assert blob.digest == sha256(b"hello")
    assert registry.stat_blob("blobs/small", blob.digest) == blob


def test_a_zero_length_blob_uploads(registry: Registry) -> None:
    blob = registry.upload_blob("blobs/empty", b"")
    assert blob.digest == EMPTY_DIGEST
    assert registry.read_blob("blobs/empty", EMPTY_DIGEST) == b""


def test_uploads_from_a_path_a_file_object_and_an_iterator(
    registry: Registry, tmp_path: Path
) -> None:
    data = payload(3 * CHUNK + 7, seed=1)
    path = tmp_path / "layer.bin"
    path.write_bytes(data)
    from_path = registry.upload_blob("blobs/sources", path)
    with path.open("rb") as file:
        from_file = registry.upload_blob("blobs/sources", file)
    pieces = (data[i : i + 1000] for i in range(0, len(data), 1000))
    from_iterator = registry.upload_blob("blobs/sources", pieces)
    assert from_path.digest == from_file.digest == from_iterator.digest == sha256(data)


def test_download_to_a_file_matches_the_upload(
    registry: Registry, tmp_path: Path
) -> None:
    data = payload(2 * CHUNK + 1, seed=2)
    blob = registry.upload_blob("blobs/download", data)
    target = tmp_path / "out.bin"
    assert registry.download_blob("blobs/download", blob.digest, target) == blob
    assert target.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_a_deleted_blob_no_longer_exists(registry: Registry) -> None:
    blob = registry.upload_blob("blobs/delete", b"to be deleted")
    assert registry.blob_exists("blobs/delete", blob.digest)
    registry.delete_blob("blobs/delete", blob.digest)
    assert not registry.blob_exists("blobs/delete", blob.digest)


def test_mounts_a_blob_from_another_repository(registry: Registry) -> None:
    data = payload(CHUNK // 2, seed=3)
    blob = registry.upload_blob("mount/source", data)
    mounted = registry.upload_blob(
        "mount/target", b"never read", digest=blob.digest, mount_from="mount/source"
    )
    assert mounted == blob
    assert registry.read_blob("mount/target", blob.digest) == data


def test_a_mount_from_a_repository_without_the_blob_uploads_it(
    registry: Registry,
) -> None:
    data = payload(CHUNK * 2, seed=4)
    blob = registry.upload_blob(
        "mount/fallback", data, digest=sha256(data), mount_from="mount/nowhere"
    )
    assert registry.read_blob("mount/fallback", blob.digest) == data


def test_progress_reports_end_at_the_full_size(registry: Registry) -> None:
    data = payload(3 * CHUNK, seed=5)
    calls: list[tuple[str, int, int | None]] = []
    registry.upload_blob("blobs/progress", data, progress=lambda *a: calls.append(a))
    assert [done for _, done, _ in calls] == [CHUNK, 2 * CHUNK, 3 * CHUNK]
    assert calls[-1] == ("blob", 3 * CHUNK, 3 * CHUNK)


def test_the_distribution_registry_with_relative_locations(tmp_path: Path) -> None:
    with (
        start_registry(tmp_path / "relative", relative_urls=True) as served,
        Registry.connect(served.url, options=RegistryOptions(chunk_size=CHUNK)) as r,
    ):
        data = payload(4 * CHUNK + 5, seed=6)
        blob = r.upload_blob("relative/app", data)
        small = r.upload_blob("relative/app", b"small")
        assert r.read_blob("relative/app", blob.digest) == data
        assert r.read_blob("relative/app", small.digest) == b"small"


# Manifests and tags --------------------------------------------------------------


def docker_image(registry: Registry, repository: str, seed: int) -> bytes:
    config = json.dumps({"architecture": "amd64", "os": "linux", "seed": seed}).encode()
    layer = payload(CHUNK + seed, seed=seed)
    config_blob = registry.upload_blob(repository, config)
    layer_blob = registry.upload_blob(repository, layer)
    manifest = {
        "schemaVersion": 2,
        "mediaType": DOCKER_MANIFEST,
        "config": {
            "mediaType": "application/vnd.docker.container.image.v1+json",
            "digest": config_blob.digest,
            "size": config_blob.size,
        },
        "layers": [
            {
                "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
                "digest": layer_blob.digest,
                "size": layer_blob.size,
            }
        ],
    }
    # Indented on purpose: the digest must be that of these bytes.
    return json.dumps(manifest, indent=3).encode()


def test_a_manifest_reads_back_byte_for_byte_and_resolves(registry: Registry) -> None:
    content = docker_image(registry, "manifests/app", seed=7)
    digest = registry.put_manifest("manifests/app", "1.0", content, DOCKER_MANIFEST)
    assert digest == sha256(content)
    manifest = registry.get_manifest("manifests/app", "1.0")
    assert (manifest.content, manifest.digest, manifest.media_type) == (
        content,
        digest,
        DOCKER_MANIFEST,
    )
    assert registry.resolve("manifests/app", "1.0") == digest
    head = registry.head_manifest("manifests/app", digest)
    assert head is not None
    assert (head.digest, head.size, head.media_type) == (
        digest,
        len(content),
        DOCKER_MANIFEST,
    )


def test_tags_list_and_delete_by_digest(registry: Registry) -> None:
    content = docker_image(registry, "manifests/tags", seed=8)
    for tag in ("b", "a", "c"):
        registry.put_manifest("manifests/tags", tag, content, DOCKER_MANIFEST)
    assert sorted(registry.list_tags("manifests/tags", page_size=2)) == ["a", "b", "c"]
    digest = digest_of(content)
    registry.delete_manifest("manifests/tags", digest)
    assert registry.head_manifest("manifests/tags", digest) is None
    with pytest.raises(NotFoundError):
        registry.resolve("manifests/tags", "a")


# Artifacts -----------------------------------------------------------------------


def make_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, size in (("model.bin", 3 * CHUNK + 11), ("README.md", 40), ("empty", 0)):
        path = folder / name
        path.write_bytes(payload(size, seed=len(name)))
        files.append(path)
    return files


def test_an_artifact_pushes_and_pulls_back_its_files(
    registry: Registry, tmp_path: Path
) -> None:
    files = make_files(tmp_path / "in")
    descriptor = registry.push_artifact(
        "artifacts/model:v1",
        [files[0], (files[1], "text/markdown"), files[2]],
        artifact_type="application/vnd.example.model.v1",
        annotations={"org.opencontainers.image.description": "a test model"},
    )
    manifest = registry.get_manifest("artifacts/model", "v1")
    assert manifest.digest == descriptor.digest
    document = manifest.json()
    assert document["artifactType"] == "application/vnd.example.model.v1"
    assert document["config"]["mediaType"] == OCI_EMPTY
    assert document["config"]["digest"] == sha256(b"{}")
    assert [
        layer["annotations"]["org.opencontainers.image.title"]
        for layer in document["layers"]
    ] == [
        "model.bin",
        "README.md",
        "empty",
    ]
    assert document["layers"][1]["mediaType"] == "text/markdown"
    assert document["annotations"] == {
        "org.opencontainers.image.description": "a test model"
    }

    pulled = registry.pull_artifact("artifacts/model:v1", tmp_path / "out")
    assert [p.name for p in pulled] == ["model.bin", "README.md", "empty"]
    for original, copy in zip(files, pulled, strict=True):
        assert copy.read_bytes() == original.read_bytes()


def test_a_failed_push_leaves_no_tag(registry: Registry, tmp_path: Path) -> None:
    good = tmp_path / "good.bin"
    good.write_bytes(payload(CHUNK, seed=9))
    unreadable = tmp_path / "a-directory"
    unreadable.mkdir()
    with pytest.raises(IsADirectoryError):
        registry.push_artifact("artifacts/broken:v1", [good, unreadable])
    assert registry.head_manifest("artifacts/broken", "v1") is None


def test_pull_refuses_a_title_that_leaves_the_folder(
    registry: Registry, tmp_path: Path
) -> None:
    blob = registry.upload_blob("artifacts/evil", b"payload")
    config = registry.upload_blob("artifacts/evil", b"{}")
    manifest = {
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "artifactType": "application/x.evil",
        "config": {"mediaType": OCI_EMPTY, "digest": config.digest, "size": 2},
        "layers": [
            {
                "mediaType": "application/octet-stream",
                "digest": blob.digest,
                "size": blob.size,
                "annotations": {"org.opencontainers.image.title": "../escaped"},
            }
        ],
    }
    registry.put_manifest(
        "artifacts/evil", "v1", json.dumps(manifest).encode(), OCI_MANIFEST
    )
    with pytest.raises(UnsafePathError):
        registry.pull_artifact("artifacts/evil:v1", tmp_path / "out")
    assert not (tmp_path / "escaped").exists()
    assert not (tmp_path / "out").exists()


def test_an_artifact_with_a_subject_is_found_among_its_referrers(
    registry: Registry, tmp_path: Path
) -> None:
    files = make_files(tmp_path / "in")
    image = registry.push_artifact("artifacts/signed:v1", files[:1])
    signature = registry.push_artifact(
        "artifacts/signed",
        files[1:2],
        artifact_type="application/vnd.example.signature",
        subject=image,
    )
    sbom = registry.push_artifact(
        "artifacts/signed",
        files[2:],
        artifact_type="application/vnd.example.sbom",
        subject=image,
    )
    found = registry.referrers("artifacts/signed", image.digest)
    assert sorted(d.digest for d in found) == sorted([signature.digest, sbom.digest])
    only = registry.referrers(
        "artifacts/signed", image.digest, artifact_type="application/vnd.example.sbom"
    )
    assert [d.digest for d in only] == [sbom.digest]


def index_of(registry: Registry, repository: str, tmp_path: Path) -> Descriptor:
    files = make_files(tmp_path / "index-files")
    first = registry.push_artifact(f"{repository}:amd64", files[:1])
    second = registry.push_artifact(f"{repository}:arm64", files[1:])
    index = {
        "schemaVersion": 2,
        "mediaType": OCI_INDEX,
        "manifests": [first.to_json(), second.to_json()],
    }
    content = json.dumps(index, indent=2).encode()
    digest = registry.put_manifest(repository, "multi", content, OCI_INDEX)
    return Descriptor(OCI_INDEX, digest, len(content))


def test_copies_an_index_within_the_registry_by_mounting(
    registry: Registry, tmp_path: Path
) -> None:
    index = index_of(registry, "copy/source", tmp_path)
    copied = registry.copy("copy/source:multi", "copy/target:multi")
    assert copied.digest == index.digest
    assert registry.resolve("copy/target", "multi") == index.digest
    children = registry.get_manifest("copy/target", "multi").json()["manifests"]
    pulled = registry.pull_artifact(
        f"copy/target@{children[0]['digest']}", tmp_path / "out"
    )
    assert [p.name for p in pulled] == ["model.bin"]


def test_copies_an_index_to_another_registry_by_streaming(
    registry: Registry, tmp_path: Path
) -> None:
    index = index_of(registry, "copy/far", tmp_path)
    with (
        start_registry(tmp_path / "other") as other_served,
        Registry.connect(
            other_served.url, options=RegistryOptions(chunk_size=CHUNK)
        ) as other,
    ):
        registry.copy("copy/far:multi", "mirror/far:v1", to=other)
        assert other.resolve("mirror/far", "v1") == index.digest
        children = other.get_manifest("mirror/far", "v1").json()["manifests"]
        pulled = other.pull_artifact(
            f"mirror/far@{children[0]['digest']}", tmp_path / "o"
        )
        assert (
            pulled[0].read_bytes()
            == (tmp_path / "index-files" / "model.bin").read_bytes()
        )


# The async face --------------------------------------------------------------


async def test_the_async_face_pushes_and_pulls_the_same_content(
    served: RunningRegistry, tmp_path: Path
) -> None:
    data = payload(4 * CHUNK + 3, seed=10)

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(data), 5000):
            yield data[i : i + 5000]

    options = RegistryOptions(chunk_size=CHUNK)
    async with AsyncRegistry.connect(served.url, options=options) as registry:
        blob = await registry.upload_blob("async/app", chunks())
        assert blob.digest == sha256(data)
        pieces = [piece async for piece in registry.iter_blob("async/app", blob.digest)]
        assert b"".join(pieces) == data

        files = make_files(tmp_path / "in")
        descriptor = await registry.push_artifact("async/art:v1", files)
        assert await registry.resolve("async/art", "v1") == descriptor.digest
        pulled = await registry.pull_artifact("async/art:v1", tmp_path / "out")
        assert [p.read_bytes() for p in pulled] == [f.read_bytes() for f in files]


async def test_async_layers_upload_concurrently(
    served: RunningRegistry, tmp_path: Path
) -> None:
    in_flight = 0
    peak = 0

    def progress(name: str, done: int, total: int | None) -> None:
        nonlocal in_flight, peak
        if done == CHUNK:
            in_flight += 1
            peak = max(peak, in_flight)
        if total is not None and done >= total:
            in_flight -= 1

    folder = tmp_path / "many"
    folder.mkdir()
    files = []
    for i in range(6):
        path = folder / f"part{i}"
        path.write_bytes(payload(8 * CHUNK, seed=20 + i))
        files.append(path)
    options = RegistryOptions(chunk_size=CHUNK, concurrency=3)
    async with AsyncRegistry.connect(served.url, options=options) as registry:
        await registry.push_artifact("async/many:v1", files, progress=progress)
    assert 2 <= peak <= 3


def test_the_sync_face_reads_what_the_async_face_wrote(
    served: RunningRegistry, registry: Registry
) -> None:
    data = os.urandom(CHUNK + 1)

    async def push() -> str:
        async with AsyncRegistry.connect(served.url) as r:
            return (await r.upload_blob("async/shared", data)).digest

    digest = asyncio.run(push())
    assert registry.read_blob("async/shared", digest) == data


def test_an_artifact_file_with_a_title_in_a_subfolder(
    registry: Registry, tmp_path: Path
) -> None:
    source = tmp_path / "x.txt"
    source.write_text("nested")
    registry.push_artifact(
        "artifacts/nested:v1", [ArtifactFile(source, "text/plain", title="docs/x.txt")]
    )
    pulled = registry.pull_artifact("artifacts/nested:v1", tmp_path / "out")
    assert pulled == [tmp_path / "out" / "docs" / "x.txt"]
    assert pulled[0].read_text() == "nested"
