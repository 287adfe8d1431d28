"""The registry client through the bearer-token flow, against a token-auth registry.

The registry trusts the test token service (shaped like Harbor's); the client is a
:class:`Registry` whose httpx client runs :class:`RegistryAuth`. The scopes each
request declares decide the tokens fetched, so the counts are exact.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from support.distribution import RunningRegistry, start_registry
from support.token_server import ALICE, ROBOT, TokenServer

from harbor_client.auth import BasicCredentials, RegistryAuth
from harbor_client.registry import AsyncRegistry, Registry, RegistryOptions

pytestmark = pytest.mark.registry

CHUNK = 64 * 1024
OPTIONS = RegistryOptions(chunk_size=CHUNK)


@pytest.fixture
def tokens(tmp_path: Path) -> Iterator[TokenServer]:
    with TokenServer(tmp_path / "tokens") as server:
        yield server


@pytest.fixture
def served(tmp_path: Path, tokens: TokenServer) -> Iterator[RunningRegistry]:
    with start_registry(tmp_path / "registry", token_auth=tokens.token_auth()) as r:
        yield r


def registry_as(served: RunningRegistry, user: tuple[str, str]) -> Registry:
    auth = RegistryAuth(served.url, BasicCredentials(*user))
    client = httpx.Client(auth=auth, trust_env=False, timeout=30)
    return Registry(client, served.url, options=OPTIONS)


def files(folder: Path) -> list[Path]:
    folder.mkdir()
    made = []
    for name, size in (("weights.bin", 3 * CHUNK + 5), ("config.json", 30)):
        path = folder / name
        path.write_bytes(hashlib.shake_256(name.encode()).digest(size))
        made.append(path)
    return made


def test_pushes_and_pulls_an_artifact_with_one_token_per_scope(
    served: RunningRegistry, tokens: TokenServer, tmp_path: Path
) -> None:
    registry = registry_as(served, ALICE)
    sources = files(tmp_path / "in")

    pushed = registry.push_artifact("demo/app:v1", sources)
    pulled = registry.pull_artifact("demo/app:v1", tmp_path / "out")

    assert registry.resolve("demo/app", "v1") == pushed.digest
    assert [p.read_bytes() for p in pulled] == [s.read_bytes() for s in sources]
    # Uploads and the manifest share the push token; the reads after it reuse it
    # or get the pull token, never one per request.
    assert tokens.count("repository:demo/app:pull,push") == 1
    assert tokens.total <= 2


def test_a_mount_the_robot_may_not_pull_from_becomes_a_plain_upload(
    served: RunningRegistry, tokens: TokenServer
) -> None:
    data = hashlib.shake_256(b"shared layer").digest(2 * CHUNK)
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    registry_as(served, ALICE).upload_blob("demo/secret", data)

    # The robot holds push on demo/app only: the registry refuses the mount.
    robot = registry_as(served, ROBOT)
    blob = robot.upload_blob("demo/app", data, digest=digest, mount_from="demo/secret")

    assert blob.digest == digest
    assert robot.read_blob("demo/app", digest) == data
    assert tokens.count("repository:demo/app:pull,push", "repository:demo/secret:pull")


async def test_the_async_face_pushes_through_the_token_flow(
    served: RunningRegistry, tokens: TokenServer, tmp_path: Path
) -> None:
    auth = RegistryAuth(served.url, BasicCredentials(*ALICE))
    async with httpx.AsyncClient(auth=auth, trust_env=False, timeout=30) as client:
        registry = AsyncRegistry(client, served.url, options=OPTIONS)
        sources = files(tmp_path / "in")
        pushed = await registry.push_artifact("demo/async:v1", sources)
        assert await registry.resolve("demo/async", "v1") == pushed.digest
    assert tokens.count("repository:demo/async:pull,push") == 1


def test_a_token_that_dies_during_a_streamed_upload_is_renewed_and_the_range_resent(
    tmp_path: Path,
) -> None:
    # HC-12. Advertised for 1800 s, refused by the registry 3 s after it was issued:
    # only a 401 tells. The first PATCH takes 4 s (its source is slow), so the
    # second meets a dead token; the flow fetches another and sends the same
    # range again, read from the file once more, in the same session.
    data = hashlib.shake_256(b"long upload").digest(3 * CHUNK)
    path = tmp_path / "layer.bin"
    path.write_bytes(data)
    sent: list[tuple[str, str | None]] = []

    def record(request: httpx.Request) -> None:
        if "/blobs/uploads/" in request.url.path:
            sent.append((request.method, request.headers.get("content-range")))

    def slow_first_range(name: str, done: int, total: int | None) -> None:
        if done == CHUNK:
            time.sleep(4.1)

    with (
        TokenServer(tmp_path / "tokens", exp_offset=-1800 - 60 + 3) as tokens,
        start_registry(tmp_path / "registry", token_auth=tokens.token_auth()) as r,
    ):
        auth = RegistryAuth(r.url, BasicCredentials(*ALICE))
        hooks = {"request": [record]}
        with httpx.Client(auth=auth, trust_env=False, event_hooks=hooks) as client:
            registry = Registry(client, r.url, options=OPTIONS)
            blob = registry.upload_blob("demo/app", path, progress=slow_first_range)
            assert registry.read_blob("demo/app", blob.digest) == data

    assert blob.digest == "sha256:" + hashlib.sha256(data).hexdigest()
    assert sent == [
        ("POST", None),  # answered 401: the challenge, then the first token
        ("POST", None),
        ("PATCH", f"0-{CHUNK - 1}"),
        ("PATCH", f"{CHUNK}-{2 * CHUNK - 1}"),  # the dead token
        ("PATCH", f"{CHUNK}-{2 * CHUNK - 1}"),
        ("PATCH", f"{2 * CHUNK}-{3 * CHUNK - 1}"),
        ("PUT", None),
    ]
    assert tokens.count("repository:demo/app:pull,push") == 2
