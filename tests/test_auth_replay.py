"""Bodies the auth flow may send twice."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from harbor_client.auth import BodyNotReplayableError, FileRange
from harbor_client.auth.replay import ensure_replayable, is_replayable


@pytest.fixture
def blob(tmp_path: Path) -> Path:
    path = tmp_path / "blob"
    path.write_bytes(bytes(range(256)) * 16)
    return path


def test_a_file_range_yields_the_same_bytes_every_time(blob: Path) -> None:
    body = FileRange(blob, 100, 1000, chunk_size=300)

    assert [len(c) for c in body] == [300, 300, 300, 100]
    assert b"".join(body) == b"".join(body) == blob.read_bytes()[100:1100]


async def test_a_file_range_reads_the_same_bytes_on_the_async_face(blob: Path) -> None:
    body = FileRange(blob, 4000, 96)

    assert b"".join([chunk async for chunk in body]) == blob.read_bytes()[4000:]


def test_a_file_range_of_an_open_file_leaves_its_position_alone(blob: Path) -> None:
    with blob.open("rb") as handle:
        handle.seek(7)
        body = FileRange(handle, 0, 10)

        assert b"".join(body) == blob.read_bytes()[:10]
        assert handle.tell() == 7


def test_a_file_range_of_an_in_memory_file_seeks(blob: Path) -> None:
    body = FileRange(io.BytesIO(blob.read_bytes()), 256, 4)

    assert b"".join(body) == b"".join(body) == bytes([0, 1, 2, 3])


def test_a_file_shorter_than_its_range_is_an_error(blob: Path) -> None:
    with pytest.raises(OSError, match="before the range 4000\\+200"):
        b"".join(FileRange(blob, 4000, 200))


def test_bytes_and_file_ranges_are_replayable_generators_are_not(blob: Path) -> None:
    url = "https://h/v2/demo/app/blobs/uploads/u1"

    assert is_replayable(httpx.Request("PATCH", url, content=b"abc"))
    assert is_replayable(httpx.Request("GET", url))
    assert is_replayable(httpx.Request("PATCH", url, stream=FileRange(blob, 0, 1)))
    assert not is_replayable(httpx.Request("PATCH", url, content=iter([b"abc"])))


def test_the_error_for_a_one_shot_body_says_what_to_send_instead() -> None:
    request = httpx.Request(
        "PATCH", "https://u:p@h/v2/a/b/blobs/uploads/u1", content=iter([b"x"])
    )

    with pytest.raises(BodyNotReplayableError) as caught:
        ensure_replayable(request, "the token expired")

    assert str(caught.value) == (
        "PATCH https://h/v2/a/b/blobs/uploads/u1 must be sent again (the token "
        "expired), but its body (IteratorByteStream) can be read only once. Send "
        "bytes or a harbor_client.auth.replay.ReplayableStream such as FileRange"
    )
