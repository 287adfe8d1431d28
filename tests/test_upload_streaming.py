"""Data that can be read again is streamed from its source, never buffered.

A path, a seekable file or bytes goes in PATCHes read from the source while they
are sent (one PATCH up to 512 MiB by default, ``chunk_size`` bounds them), hashed
in the same pass; after a failure the upload reads the source again from the
offset the registry reports. Scripted registries check the exact requests, both
faces run every script.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_registry_fakes import (
    NOT_FOUND,
    Script,
    accepted,
    created,
    run_both,
    sha256,
)

from harbor_client.registry import RegistryOptions, UploadError
from harbor_client.registry.digest import BackgroundHasher
from harbor_client.registry.options import DEFAULT_CHUNK_SIZE, DEFAULT_FILE_CHUNK_SIZE
from harbor_client.registry.segments import READ_SIZE, StreamedData
from harbor_client.registry.source import BytesSource, FileSource, IteratorSource

MIB = 1024 * 1024
UPLOADS = "/v2/demo/app/blobs/uploads/"
U1 = "/v2/demo/app/blobs/uploads/u1"

#: Just over a chunk of a stream, so that it is not sent in one monolithic PUT.
LARGE = hashlib.shake_256(b"streamed").digest(DEFAULT_CHUNK_SIZE + 12345)
LARGE_DIGEST = sha256(LARGE)
LAST = len(LARGE) - 1


def put(location: str, digest: str = LARGE_DIGEST) -> str:
    return f"{location}&digest={digest.replace(':', '%3A')}"


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("streamed") / "layer.bin"
    path.write_bytes(LARGE)
    return path


def test_the_defaults_are_16_mib_chunks_of_a_stream_and_512_mib_patches_of_a_file() -> (
    None
):
    options = RegistryOptions()
    assert (options.stream_chunk_size, options.file_chunk_size) == (
        DEFAULT_CHUNK_SIZE,
        DEFAULT_FILE_CHUNK_SIZE,
    )
    assert (DEFAULT_CHUNK_SIZE, DEFAULT_FILE_CHUNK_SIZE) == (16 * MIB, 512 * MIB)
    assert RegistryOptions(chunk_size=1000).file_chunk_size == 1000


def test_a_file_goes_in_one_patch_read_from_the_file(large_file: Path) -> None:
    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect(
                "PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", f"0-{LAST}")
            )
            .expect("PUT", put(f"{U1}?_state=S1"), created(LARGE_DIGEST))
        )

    for result, blob in run_both(
        script, lambda r: r.upload_blob("demo/app", large_file)
    ):
        patch = result.sent[1]
        assert patch.headers["content-range"] == f"0-{LAST}"
        assert patch.headers["content-length"] == str(len(LARGE))
        assert "transfer-encoding" not in patch.headers
        assert patch.content == LARGE
        assert (blob.digest, blob.size) == (LARGE_DIGEST, len(LARGE))


def test_a_chunk_size_above_the_file_size_does_not_read_the_file_into_memory(
    large_file: Path,
) -> None:
    # A monolithic PUT would need the digest first, so the whole file in memory:
    # only below 16 MiB is that done, whatever chunk_size says.
    script = (
        Script()
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", f"0-{LAST}"))
        .expect("PUT", put(f"{U1}?_state=S1"), created(LARGE_DIGEST))
    )
    script.registry(chunk_size=64 * MIB).upload_blob("demo/app", large_file)
    assert [m for m, _ in script.requests] == ["POST", "PATCH", "PUT"]
    assert script.sent[-1].content == b""


def test_chunk_size_bounds_every_patch_of_a_file(tmp_path: Path) -> None:
    data = bytes(range(250)) * 10  # 2500 bytes
    path = tmp_path / "layer.bin"
    path.write_bytes(data)

    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-999"))
            .expect("PATCH", f"{U1}?_state=S1", accepted(f"{U1}?_state=S2", "0-1999"))
            .expect("PATCH", f"{U1}?_state=S2", accepted(f"{U1}?_state=S3", "0-2499"))
            .expect("PUT", put(f"{U1}?_state=S3", sha256(data)), created(sha256(data)))
        )

    for result, _ in run_both(
        script, lambda r: r.upload_blob("demo/app", path), chunk_size=1000
    ):
        patches = [s for s in result.sent if s.method == "PATCH"]
        assert [p.headers["content-range"] for p in patches] == [
            "0-999",
            "1000-1999",
            "2000-2499",
        ]
        assert [p.content for p in patches] == [
            data[:1000],
            data[1000:2000],
            data[2000:],
        ]


def test_a_dropped_patch_is_read_again_from_the_offset_the_registry_reports(
    large_file: Path,
) -> None:
    # The registry kept the first 5 MiB of the broken PATCH: the next one starts
    # there, read from the file, and the digest is still that of the whole file.
    kept = 5 * MIB

    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect("PATCH", f"{U1}?_state=S0", httpx.WriteError("broken pipe"))
            .expect(
                "GET",
                f"{U1}?_state=S0",
                httpx.Response(
                    204,
                    headers={"Range": f"0-{kept - 1}", "Location": f"{U1}?_state=S1"},
                ),
            )
            .expect(
                "PATCH", f"{U1}?_state=S1", accepted(f"{U1}?_state=S2", f"0-{LAST}")
            )
            .expect("PUT", put(f"{U1}?_state=S2"), created(LARGE_DIGEST))
        )

    for result, blob in run_both(
        script, lambda r: r.upload_blob("demo/app", large_file)
    ):
        resent = result.sent[3]
        assert resent.headers["content-range"] == f"{kept}-{LAST}"
        assert resent.content == LARGE[kept:]
        assert blob.digest == LARGE_DIGEST
        assert not result.expected


def test_a_seekable_file_object_is_streamed_from_its_position() -> None:
    data = bytes(range(256)) * 8
    file = io.BytesIO(b"header" + data)
    file.seek(6)
    script = (
        Script()
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-1023"))
        .expect("PATCH", f"{U1}?_state=S1", accepted(f"{U1}?_state=S2", "0-2047"))
        .expect("PUT", put(f"{U1}?_state=S2", sha256(data)), created(sha256(data)))
    )
    blob = script.registry(chunk_size=1024).upload_blob("demo/app", file)
    assert [s.content for s in script.sent if s.method == "PATCH"] == [
        data[:1024],
        data[1024:],
    ]
    assert blob.digest == sha256(data)


def test_a_file_that_shrinks_during_the_upload_is_an_upload_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "layer.bin"
    path.write_bytes(bytes(2048))
    digest = sha256(bytes(2048))

    def shrink(request: httpx.Request) -> httpx.Response:
        path.write_bytes(bytes(1500))
        return httpx.Response(404)

    script = (
        Script()
        .expect("HEAD", f"/v2/demo/app/blobs/{digest}", shrink)
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-1023"))
    )
    registry = script.registry(chunk_size=1024)
    with pytest.raises(
        UploadError, match=r"layer\.bin ended at byte 1500, but had 2048"
    ):
        registry.upload_blob("demo/app", path, digest=digest)
    # The second PATCH failed while its body was read, before it was sent.
    assert [m for m, _ in script.requests] == ["HEAD", "POST", "PATCH"]


def test_a_small_file_still_goes_in_one_put(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_bytes(b"{}")
    script = (
        Script()
        .expect("HEAD", f"/v2/demo/app/blobs/{sha256(b'{}')}", NOT_FOUND)
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect("PUT", put(f"{U1}?_state=S0", sha256(b"{}")), created(sha256(b"{}")))
    )
    script.registry().upload_blob("demo/app", path, digest=sha256(b"{}"))
    assert script.sent[-1].content == b"{}"


# The hash of the same pass ----------------------------------------------------


DATA = hashlib.shake_256(b"ranges").digest(3 * READ_SIZE + 100)


def streamed(**kwargs: Any) -> StreamedData:
    return StreamedData(BytesSource(DATA), BackgroundHasher(), **kwargs)


def test_a_range_sent_twice_is_hashed_once() -> None:
    # The token flow sends the same body again after a 401 (HC-12).
    data = streamed()
    body = data.range(0, len(DATA))
    assert b"".join(body) == DATA
    assert b"".join(body) == DATA
    assert (data.hasher.size, data.hasher.digest) == (len(DATA), sha256(DATA))


def test_a_range_sent_again_from_an_offset_hashes_only_what_is_new() -> None:
    data = streamed()
    partial = data.range(0, 2 * READ_SIZE)
    assert b"".join(partial) == DATA[: 2 * READ_SIZE]
    rest = data.range(READ_SIZE + 7, len(DATA))
    assert b"".join(rest) == DATA[READ_SIZE + 7 :]
    assert data.hasher.digest == sha256(DATA)


def test_a_range_beyond_what_was_hashed_reads_the_gap_without_sending_it() -> None:
    data = streamed()
    rest = data.range(READ_SIZE + 7, len(DATA))
    assert b"".join(rest) == DATA[READ_SIZE + 7 :]
    assert data.hasher.digest == sha256(DATA)


def test_progress_grows_with_every_piece_read_and_never_goes_back() -> None:
    seen: list[int] = []
    data = streamed(advanced=seen.append)
    b"".join(data.range(0, 2 * READ_SIZE))
    b"".join(data.range(READ_SIZE, len(DATA)))
    assert seen == [READ_SIZE, 2 * READ_SIZE, 3 * READ_SIZE, 3 * READ_SIZE + 100]


async def test_the_async_face_reads_the_same_bytes_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "layer.bin"
    path.write_bytes(DATA)
    data = StreamedData(FileSource(path), BackgroundHasher())
    received = [piece async for piece in data.range(5, len(DATA))]
    assert b"".join(received) == DATA[5:]
    assert [len(p) for p in received] == [READ_SIZE, READ_SIZE, READ_SIZE, 95]
    assert data.hasher.digest == sha256(DATA)


def test_a_one_shot_iterator_is_not_sent_as_ranges() -> None:
    with pytest.raises(TypeError, match="read again"):
        StreamedData(IteratorSource([DATA], size=len(DATA)), BackgroundHasher())
