"""Uploads and downloads through a proxy that breaks them, in front of a real registry.

The registry is the judge: after every recovery the blob must be stored under the
right digest and read back identical.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.distribution import RunningRegistry, start_registry
from support.faulty_proxy import FaultyProxy

from harbor_client.errors import TransportError
from harbor_client.registry import (
    AsyncRegistry,
    DigestMismatchError,
    Registry,
    RegistryOptions,
    UploadError,
)

pytestmark = pytest.mark.registry

CHUNK = 256 * 1024
DATA = hashlib.shake_256(b"fault injection").digest(4 * CHUNK + 1000)
DIGEST = "sha256:" + hashlib.sha256(DATA).hexdigest()
OPTIONS = RegistryOptions(chunk_size=CHUNK)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningRegistry]:
    with start_registry(tmp_path_factory.mktemp("registry")) as registry:
        yield registry


@pytest.fixture
def proxy(served: RunningRegistry) -> Iterator[FaultyProxy]:
    with FaultyProxy(served.port) as running:
        yield running


@pytest.fixture
def registry(proxy: FaultyProxy) -> Iterator[Registry]:
    with Registry.connect(proxy.url, options=OPTIONS) as r:
        yield r


def methods(proxy: FaultyProxy) -> list[str]:
    return [method for method, _ in proxy.requests]


def stored(served: RunningRegistry, repository: str) -> bytes:
    with Registry.connect(served.url) as direct:
        return direct.read_blob(repository, DIGEST)


def test_a_connection_dropped_mid_chunk_resends_only_that_chunk(
    proxy: FaultyProxy, registry: Registry, served: RunningRegistry
) -> None:
    # The third PATCH is cut off after 1000 bytes, before the registry saw any of
    # it (a buffering proxy): the status says two chunks arrived, so the third
    # goes again and nothing before it.
    proxy.drop_request_body("PATCH", "/v2/faults/drop/", offset=1000, skip=2)

    blob = registry.upload_blob("faults/drop", DATA)

    assert blob.digest == DIGEST
    assert methods(proxy) == [
        "POST", "PATCH", "PATCH", "PATCH", "GET", "PATCH", "PATCH", "PATCH", "PUT",
    ]  # fmt: skip
    assert stored(served, "faults/drop") == DATA


def test_a_503_once_on_a_chunk_resumes_and_the_digest_is_right(
    proxy: FaultyProxy, registry: Registry, served: RunningRegistry
) -> None:
    proxy.answer_status("PATCH", "/v2/faults/busy/", 503, skip=1)

    blob = registry.upload_blob("faults/busy", DATA)

    assert blob.digest == DIGEST
    assert methods(proxy) == [
        "POST", "PATCH", "PATCH", "GET", "PATCH", "PATCH", "PATCH", "PATCH", "PUT",
    ]  # fmt: skip
    assert stored(served, "faults/busy") == DATA


def test_a_503_on_the_final_put_is_retried(
    proxy: FaultyProxy, registry: Registry, served: RunningRegistry
) -> None:
    proxy.answer_status("PUT", "/v2/faults/commit/", 503)
    assert registry.upload_blob("faults/commit", DATA).digest == DIGEST
    assert methods(proxy)[-3:] == ["PUT", "HEAD", "PUT"]
    assert stored(served, "faults/commit") == DATA


def test_a_body_cut_off_at_the_registry_starts_a_new_session(
    proxy: FaultyProxy, registry: Registry, served: RunningRegistry
) -> None:
    # Behind a streaming proxy the registry stores the partial bytes, and then
    # refuses the session (its size no longer matches the signed state).
    proxy.drop_request_body(
        "PATCH", "/v2/faults/partial/", offset=1000, skip=1, forward_partial=True
    )

    blob = registry.upload_blob("faults/partial", DATA)

    assert blob.digest == DIGEST
    assert methods(proxy).count("POST") == 2
    assert stored(served, "faults/partial") == DATA


def test_a_cut_off_session_of_a_one_shot_stream_fails_clearly(
    proxy: FaultyProxy, registry: Registry
) -> None:
    proxy.drop_request_body(
        "PATCH", "/v2/faults/stream/", offset=1000, skip=1, forward_partial=True
    )
    pieces = (DATA[i : i + 4096] for i in range(0, len(DATA), 4096))
    with pytest.raises(UploadError, match="cannot be read again"):
        registry.upload_blob("faults/stream", pieces)


async def test_the_async_face_resumes_a_dropped_chunk_the_same_way(
    proxy: FaultyProxy, served: RunningRegistry
) -> None:
    proxy.drop_request_body("PATCH", "/v2/faults/async/", offset=5000, skip=3)
    async with AsyncRegistry.connect(proxy.url, options=OPTIONS) as registry:
        blob = await registry.upload_blob("faults/async", DATA)
    assert blob.digest == DIGEST
    assert methods(proxy) == [
        "POST", "PATCH", "PATCH", "PATCH", "PATCH", "GET", "PATCH", "PATCH", "PUT",
    ]  # fmt: skip
    assert stored(served, "faults/async") == DATA


def test_a_corrupted_download_is_refused_and_leaves_no_file(
    proxy: FaultyProxy, registry: Registry, served: RunningRegistry, tmp_path: Path
) -> None:
    with Registry.connect(served.url, options=OPTIONS) as direct:
        direct.upload_blob("faults/corrupt", DATA)
    proxy.corrupt_response_body("GET", f"/v2/faults/corrupt/blobs/{DIGEST}", offset=777)
    target = tmp_path / "blob.bin"

    with pytest.raises(DigestMismatchError) as caught:
        registry.download_blob("faults/corrupt", DIGEST, target)

    assert caught.value.expected == DIGEST
    assert list(tmp_path.iterdir()) == []
    # Without the fault the same download succeeds.
    registry.download_blob("faults/corrupt", DIGEST, target)
    assert target.read_bytes() == DATA


async def test_a_corrupted_async_stream_withholds_its_end(
    proxy: FaultyProxy, served: RunningRegistry
) -> None:
    with Registry.connect(served.url, options=OPTIONS) as direct:
        direct.upload_blob("faults/corrupt-async", DATA)
    proxy.corrupt_response_body(
        "GET", "/v2/faults/corrupt-async/blobs/", offset=len(DATA) - 1
    )
    received = 0
    async with AsyncRegistry.connect(proxy.url, options=OPTIONS) as registry:
        with pytest.raises(DigestMismatchError):
            async for piece in registry.iter_blob("faults/corrupt-async", DIGEST):
                received += len(piece)
    assert received < len(DATA)


def test_a_download_cut_off_half_way_continues_with_a_range_request(
    proxy: FaultyProxy, registry: Registry, served: RunningRegistry, tmp_path: Path
) -> None:
    with Registry.connect(served.url, options=OPTIONS) as direct:
        direct.upload_blob("faults/cut", DATA)
    proxy.drop_response_body("GET", f"/v2/faults/cut/blobs/{DIGEST}", offset=300_000)
    target = tmp_path / "blob.bin"

    blob = registry.download_blob("faults/cut", DIGEST, target)

    assert (blob.digest, blob.size) == (DIGEST, len(DATA))
    assert target.read_bytes() == DATA
    assert methods(proxy) == ["GET", "GET"]
    assert proxy.header(0, "range") is None
    assert proxy.header(1, "range") == "bytes=300000-"
    assert list(tmp_path.iterdir()) == [target]


async def test_the_async_face_continues_a_cut_off_stream_the_same_way(
    proxy: FaultyProxy, served: RunningRegistry
) -> None:
    with Registry.connect(served.url, options=OPTIONS) as direct:
        direct.upload_blob("faults/cut-async", DATA)
    proxy.drop_response_body("GET", "/v2/faults/cut-async/blobs/", offset=123_457)
    received = bytearray()
    async with AsyncRegistry.connect(proxy.url, options=OPTIONS) as registry:
        async for piece in registry.iter_blob("faults/cut-async", DIGEST):
            received += piece
    assert bytes(received) == DATA
    assert proxy.header(1, "range") == "bytes=123457-"


def test_a_download_cut_off_more_than_max_resumes_times_fails_and_leaves_no_file(
    proxy: FaultyProxy, served: RunningRegistry, tmp_path: Path
) -> None:
    with Registry.connect(served.url, options=OPTIONS) as direct:
        direct.upload_blob("faults/cuts", DATA)
    for _ in range(3):  # each fires once, on the next GET
        proxy.drop_response_body("GET", "/v2/faults/cuts/blobs/", offset=1000)
    options = RegistryOptions(chunk_size=CHUNK, max_resumes=2)

    with (
        Registry.connect(proxy.url, options=options) as registry,
        pytest.raises(TransportError, match="RemoteProtocolError"),
    ):
        registry.download_blob("faults/cuts", DIGEST, tmp_path / "blob.bin")

    assert methods(proxy) == ["GET", "GET", "GET"]
    assert list(tmp_path.iterdir()) == []


def test_a_corrupted_byte_after_the_resume_fails_the_digest_of_the_whole(
    proxy: FaultyProxy, registry: Registry, served: RunningRegistry, tmp_path: Path
) -> None:
    with Registry.connect(served.url, options=OPTIONS) as direct:
        direct.upload_blob("faults/cut-corrupt", DATA)
    path = f"/v2/faults/cut-corrupt/blobs/{DIGEST}"
    proxy.drop_response_body("GET", path, offset=500_000)
    proxy.corrupt_response_body("GET", path, offset=10)  # of the second answer

    with pytest.raises(DigestMismatchError):
        registry.download_blob("faults/cut-corrupt", DIGEST, tmp_path / "blob.bin")

    assert methods(proxy) == ["GET", "GET"]
    assert list(tmp_path.iterdir()) == []
