"""skopeo, an independent registry client, through the local Harbor's ``/v2/``.

skopeo (Go's containers/image) meets the challenge, fetches tokens from
``/service/token`` with basic credentials, uploads and reads back through the local
Harbor's proxy, and what it pushed shows up in Harbor's API. Without Debian's
``skopeo`` or ``docker-registry`` these tests skip here and fail in CI.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from support.distribution import registry_binary, skopeo_binary

from harbor_client.testing import LocalHarbor, RegistryBackend

pytestmark = [pytest.mark.registry, pytest.mark.skopeo]

ADMIN = "admin:Harbor12345"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"


@pytest.fixture
def harbor(local_harbor_registry: RegistryBackend | None) -> Iterator[LocalHarbor]:
    if local_harbor_registry is None:
        registry_binary()
        pytest.fail("the registry backend is missing although the binary is there")
    with LocalHarbor(registry=local_harbor_registry) as local:
        local.add_project("demo")
        yield local


def skopeo(*args: str) -> str:
    command = [skopeo_binary(), "--insecure-policy", *args]
    if args[0] == "copy":
        # containers/image would otherwise compress the plain layers on the way,
        # and the digests would no longer be the layout's.
        command.insert(3, "--preserve-digests")
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stderr}"
    return done.stdout


def oci_layout(folder: Path, payload: bytes) -> str:
    """An OCI image layout with one image of one layer; its manifest digest."""
    blobs = folder / "blobs" / "sha256"
    blobs.mkdir(parents=True)

    def blob(data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        (blobs / digest).write_bytes(data)
        return f"sha256:{digest}"

    config = json.dumps(
        {"architecture": "arm64", "os": "linux", "rootfs": {"type": "layers"}}
    ).encode()
    manifest = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": blob(config),
                "size": len(config),
            },
            "layers": [
                {
                    "mediaType": "application/vnd.oci.image.layer.v1.tar",
                    "digest": blob(payload),
                    "size": len(payload),
                }
            ],
        }
    ).encode()
    digest = blob(manifest)
    (folder / "oci-layout").write_text('{"imageLayoutVersion":"1.0.0"}')
    (folder / "index.json").write_text(
        json.dumps(
            {
                "schemaVersion": 2,
                "manifests": [
                    {"mediaType": OCI_MANIFEST, "digest": digest, "size": len(manifest)}
                ],
            }
        )
    )
    return digest


def test_skopeo_pushes_through_harbors_token_flow_and_harbor_lists_the_image(
    harbor: LocalHarbor, tmp_path: Path
) -> None:
    digest = oci_layout(tmp_path / "image", b"payload " * 70_000)
    target = f"docker://{harbor.url.removeprefix('http://')}/demo/app:1.0"

    skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ADMIN,
           f"oci:{tmp_path / 'image'}", target)  # fmt: skip
    inspected = json.loads(
        skopeo("inspect", "--tls-verify=false", "--creds", ADMIN, target)
    )
    artifacts = httpx.get(
        f"{harbor.url}/api/v2.0/projects/demo/repositories/app/artifacts",
        auth=("admin", "Harbor12345"),
    ).json()

    assert inspected["Digest"] == digest
    assert (inspected["Architecture"], inspected["Os"]) == ("arm64", "linux")
    assert [(a["digest"], a["type"], a["tags"][0]["name"]) for a in artifacts] == [
        (digest, "IMAGE", "1.0")
    ]
    assert artifacts[0]["extra_attrs"]["architecture"] == "arm64"


def test_skopeo_copies_out_of_a_public_project_without_credentials(
    harbor: LocalHarbor, tmp_path: Path
) -> None:
    digest = oci_layout(tmp_path / "image", b"public bytes")
    host = harbor.url.removeprefix("http://")
    public = f"docker://{host}/library/base:1.0"
    skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ADMIN,
           f"oci:{tmp_path / 'image'}", public)  # fmt: skip

    skopeo("copy", "--src-tls-verify=false", public, f"oci:{tmp_path / 'out'}")

    index = json.loads((tmp_path / "out" / "index.json").read_text())
    assert [m["digest"] for m in index["manifests"]] == [digest]
