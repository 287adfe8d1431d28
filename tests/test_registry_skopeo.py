"""Interoperability with skopeo, an independent client, through a real registry.

What the SDK pushes, skopeo inspects and copies out with the same digests; what
skopeo pushes from an OCI layout built here, the SDK pulls and verifies.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.distribution import RunningRegistry, skopeo_binary, start_registry

from harbor_client.registry import OCI_MANIFEST, Registry, RegistryOptions

pytestmark = [pytest.mark.registry, pytest.mark.skopeo]

CHUNK = 64 * 1024
LAYER_TYPE = "application/vnd.oci.image.layer.v1.tar+gzip"
CONFIG_TYPE = "application/vnd.oci.image.config.v1+json"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningRegistry]:
    with start_registry(tmp_path_factory.mktemp("registry")) as registry:
        yield registry


@pytest.fixture
def registry(served: RunningRegistry) -> Iterator[Registry]:
    with Registry.connect(served.url, options=RegistryOptions(chunk_size=CHUNK)) as r:
        yield r


def skopeo(*args: str) -> str:
    command = [skopeo_binary(), "--insecure-policy", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stderr}"
    return done.stdout


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def layer_tar(files: dict[str, bytes]) -> tuple[bytes, bytes]:
    """A tar of ``files`` and its gzip form, reproducible byte for byte."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            tar.addfile(info, io.BytesIO(data))
    plain = raw.getvalue()
    return plain, gzip.compress(plain, mtime=0)


def image_parts(seed: str) -> tuple[bytes, bytes, dict[str, Any]]:
    """A small OCI image: gzipped layer, config, and the manifest document."""
    payload = hashlib.shake_256(seed.encode()).digest(3 * CHUNK + 17)
    plain, layer = layer_tar({"data.bin": payload, "hello.txt": seed.encode()})
    config = json.dumps(
        {
            "architecture": "amd64",
            "os": "linux",
            "rootfs": {"type": "layers", "diff_ids": [sha256(plain)]},
        }
    ).encode()
    manifest = {
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {
            "mediaType": CONFIG_TYPE,
            "digest": sha256(config),
            "size": len(config),
        },
        "layers": [
            {
                "mediaType": LAYER_TYPE,
                "digest": sha256(layer),
                "size": len(layer),
                "annotations": {"org.opencontainers.image.title": "layer.tar.gz"},
            }
        ],
    }
    return layer, config, manifest


def test_skopeo_inspects_and_copies_out_what_the_sdk_pushed(
    registry: Registry, served: RunningRegistry, tmp_path: Path
) -> None:
    layer, config, manifest = image_parts("sdk push")
    registry.upload_blob("interop/sdk", layer)
    registry.upload_blob("interop/sdk", config)
    content = json.dumps(manifest, indent=2).encode()
    digest = registry.put_manifest("interop/sdk", "v1", content, OCI_MANIFEST)

    reference = f"docker://{served.host}/interop/sdk:v1"
    inspected = json.loads(skopeo("inspect", "--tls-verify=false", reference))
    assert inspected["Digest"] == digest
    assert inspected["Layers"] == [sha256(layer)]
    raw = skopeo("inspect", "--raw", "--tls-verify=false", reference).encode()
    assert raw == content

    out = tmp_path / "copied"
    skopeo("copy", "--src-tls-verify=false", reference, f"dir:{out}")
    assert sha256((out / "manifest.json").read_bytes()) == digest
    assert (out / sha256(layer).split(":")[1]).read_bytes() == layer
    assert (out / sha256(config).split(":")[1]).read_bytes() == config


def test_skopeo_reads_an_artifact_the_sdk_pushed(
    registry: Registry, served: RunningRegistry, tmp_path: Path
) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(b"release notes\n" * 5000)
    pushed = registry.push_artifact(
        "interop/artifact:v1", [source], artifact_type="application/vnd.example.notes"
    )
    raw = skopeo(
        "inspect",
        "--raw",
        "--tls-verify=false",
        f"docker://{served.host}/interop/artifact:v1",
    ).encode()
    assert sha256(raw) == pushed.digest
    assert json.loads(raw)["artifactType"] == "application/vnd.example.notes"


def write_oci_layout(
    folder: Path, tag: str, seed: str
) -> tuple[str, bytes, bytes, bytes]:
    """An OCI image layout holding one image under ``tag``."""
    layer, config, manifest = image_parts(seed)
    content = json.dumps(manifest).encode()
    blobs = folder / "blobs" / "sha256"
    blobs.mkdir(parents=True)
    for data in (layer, config, content):
        (blobs / hashlib.sha256(data).hexdigest()).write_bytes(data)
    (folder / "oci-layout").write_text('{"imageLayoutVersion":"1.0.0"}')
    index = {
        "schemaVersion": 2,
        "manifests": [
            {
                "mediaType": OCI_MANIFEST,
                "digest": sha256(content),
                "size": len(content),
                "annotations": {"org.opencontainers.image.ref.name": tag},
            }
        ],
    }
    (folder / "index.json").write_text(json.dumps(index))
    return sha256(content), content, layer, config


def test_the_sdk_pulls_and_verifies_what_skopeo_pushed(
    registry: Registry, served: RunningRegistry, tmp_path: Path
) -> None:
    layout = tmp_path / "layout"
    digest, content, layer, config = write_oci_layout(layout, "v1", "skopeo push")
    skopeo(
        "copy",
        "--dest-tls-verify=false",
        f"oci:{layout}:v1",
        f"docker://{served.host}/interop/skopeo:v1",
    )

    assert registry.resolve("interop/skopeo", "v1") == digest
    manifest = registry.get_manifest("interop/skopeo", "v1")
    assert manifest.content == content
    assert registry.read_blob("interop/skopeo", sha256(config)) == config
    pulled = registry.pull_artifact("interop/skopeo:v1", tmp_path / "out")
    assert [p.name for p in pulled] == ["layer.tar.gz"]
    assert pulled[0].read_bytes() == layer


def test_an_sdk_copy_between_registries_is_what_skopeo_sees(
    registry: Registry, served: RunningRegistry, tmp_path: Path
) -> None:
    layout = tmp_path / "layout"
    digest, _, layer, _ = write_oci_layout(layout, "v2", "copy between registries")
    skopeo(
        "copy",
        "--dest-tls-verify=false",
        f"oci:{layout}:v2",
        f"docker://{served.host}/interop/origin:v2",
    )
    with (
        start_registry(tmp_path / "mirror") as mirror_served,
        Registry.connect(
            mirror_served.url, options=RegistryOptions(chunk_size=CHUNK)
        ) as mirror,
    ):
        registry.copy("interop/origin:v2", "mirror/copy:v2", to=mirror)
        inspected = json.loads(
            skopeo(
                "inspect",
                "--tls-verify=false",
                f"docker://{mirror_served.host}/mirror/copy:v2",
            )
        )
    assert inspected["Digest"] == digest
    assert inspected["Layers"] == [sha256(layer)]
