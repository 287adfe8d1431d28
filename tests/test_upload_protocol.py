"""The blob upload protocol, request by request, against scripted registries.

Each test is one case of harbor-behavior.md (V18, V19) or the casebook (HC-05,
HC-20, HC-21, HC-23, HC-24): the exact requests the client must send, in order.
Both faces run every script, so the sync and async drivers are held to the same
sequence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from test_registry_fakes import (
    NOT_FOUND,
    Script,
    accepted,
    created,
    error,
    run_both,
    sha256,
)

from harbor_client.errors import BadRequestError, RequestTooLargeError
from harbor_client.registry import (
    EMPTY_DIGEST,
    DigestMismatchError,
    Registry,
    RegistryOptions,
    UnsafeLocationError,
    UploadError,
)
from harbor_client.registry.ranges import content_range, parse_range, received_bytes

BLOB = bytes(range(256)) * 8  # 2048 bytes
D = sha256(BLOB)
D_QUERY = D.replace(":", "%3A")
UPLOADS = "/v2/demo/app/blobs/uploads/"
U1 = "/v2/demo/app/blobs/uploads/u1"


def upload(data: bytes = BLOB, **kwargs: Any) -> Callable[[Any], Any]:
    """The operation under test: upload ``data`` to demo/app on either face."""
    return lambda registry: registry.upload_blob("demo/app", data, **kwargs)


# HC-20: always the newest Location -------------------------------------------


def chunked_script() -> Script:
    return (
        Script()
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-1023"))
        .expect("PATCH", f"{U1}?_state=S1", accepted(f"{U1}?_state=S2", "0-2047"))
        .expect("PUT", f"{U1}?_state=S2&digest={D_QUERY}", created(D))
    )


def test_each_request_goes_to_the_location_of_the_previous_answer() -> None:
    for script, blob in run_both(chunked_script, upload(), chunk_size=1024):
        assert script.requests == [
            ("POST", UPLOADS),
            ("PATCH", f"{U1}?_state=S0"),
            ("PATCH", f"{U1}?_state=S1"),
            ("PUT", f"{U1}?_state=S2&digest={D_QUERY}"),
        ]
        assert (blob.digest, blob.size) == (D, 2048)


def test_chunks_carry_inclusive_content_ranges_and_their_bytes() -> None:
    for script, _ in run_both(chunked_script, upload(), chunk_size=1024):
        patches = [s for s in script.sent if s.method == "PATCH"]
        assert [p.headers["content-range"] for p in patches] == ["0-1023", "1024-2047"]
        assert [p.content for p in patches] == [BLOB[:1024], BLOB[1024:]]
        assert all(
            p.headers["content-type"] == "application/octet-stream" for p in patches
        )
        put = script.sent[-1]
        assert put.content == b""
        assert put.headers["content-length"] == "0"


def test_follows_a_location_that_moves_to_another_path_on_the_same_host() -> None:
    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect(
                "PATCH", f"{U1}?_state=S0", accepted("/other/u1?_state=S1", "0-1023")
            )
            .expect(
                "PATCH",
                "/other/u1?_state=S1",
                accepted("/other/u1?_state=S2", "0-2047"),
            )
            .expect("PUT", f"/other/u1?_state=S2&digest={D_QUERY}", created(D))
        )

    for result, _ in run_both(script, upload(), chunk_size=1024):
        assert result.requests[-1] == ("PUT", f"/other/u1?_state=S2&digest={D_QUERY}")


# HC-21: appending digest= to the Location ------------------------------------


@pytest.mark.parametrize(
    ("location", "put"),
    [
        (f"{U1}?_state=S2", f"{U1}?_state=S2&digest={D_QUERY}"),
        (
            "/artifacts-uploads/uploads/u9",
            f"/artifacts-uploads/uploads/u9?digest={D_QUERY}",
        ),
        (
            f"{U1}?_state=S2&region=r1",
            f"{U1}?_state=S2&region=r1&digest={D_QUERY}",
        ),
    ],
    ids=["state", "no-query", "two-parameters"],
)
def test_appends_the_digest_with_question_mark_or_ampersand(
    location: str, put: str
) -> None:
    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(location))
            .expect("PUT", put, created(D))
        )

    for result, _ in run_both(script, upload()):
        assert result.requests == [("POST", UPLOADS), ("PUT", put)]
        assert result.sent[-1].url.count("?") == 1
        assert result.sent[-1].content == BLOB


def test_an_absolute_location_keeps_its_opaque_state_byte_for_byte() -> None:
    state = "QYk%3D%3D_-x"
    script = (
        Script()
        .expect(
            "POST", UPLOADS, accepted(f"https://harbor.example.com{U1}?_state={state}")
        )
        .expect("PUT", f"{U1}?_state={state}&digest={D_QUERY}", created(D))
    )
    script.registry().upload_blob("demo/app", BLOB)
    assert script.requests[-1] == ("PUT", f"{U1}?_state={state}&digest={D_QUERY}")


# HC-23: Range and Content-Range ----------------------------------------------


@pytest.mark.parametrize(
    ("header", "known", "held"),
    [
        ("0-0", 0, 0),  # (a) right after the POST: nothing, not one byte
        ("0-1023", 0, 1024),  # (b)
        ("bytes=0-1023", 0, 1024),  # (c) another registry's form
        ("0-511", 0, 512),  # (d) a status after an interrupted chunk
        ("0-0", 1, 1),  # one byte really held, after one was acknowledged
        ("bytes 0-99/200", 0, 100),
        (None, 0, None),
        ("garbage", 0, None),
    ],
)
def test_reads_the_range_header_in_all_its_forms(
    header: str | None, known: int, held: int | None
) -> None:
    assert received_bytes(header, known) == held


def test_parse_range_refuses_a_backwards_range() -> None:
    assert parse_range("10-5") is None


def test_content_range_is_inclusive_without_unit_or_total() -> None:
    assert content_range(1024, 1024) == "1024-2047"
    with pytest.raises(ValueError):
        content_range(0, 0)


def test_the_range_after_post_does_not_count_as_a_byte_sent() -> None:
    # (a): a client reading "0-0" as one byte would start the first PATCH at 1.
    for script, _ in run_both(chunked_script, upload(), chunk_size=1024):
        assert script.sent[1].headers["content-range"] == "0-1023"


def test_the_bytes_form_of_range_is_followed_like_the_plain_one() -> None:
    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect(
                "PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "bytes=0-1023")
            )
            .expect(
                "PATCH", f"{U1}?_state=S1", accepted(f"{U1}?_state=S2", "bytes=0-2047")
            )
            .expect("PUT", f"{U1}?_state=S2&digest={D_QUERY}", created(D))
        )

    for result, _ in run_both(script, upload(), chunk_size=1024):
        assert result.sent[2].headers["content-range"] == "1024-2047"


def test_resends_only_the_bytes_the_status_says_are_missing() -> None:
    # (d): the second PATCH breaks off after 512 of its bytes arrived; the status
    # says 0-1535, so bytes 1536-2047 of that chunk go again, nothing before them.
    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-1023"))
            .expect("PATCH", f"{U1}?_state=S1", httpx.RemoteProtocolError("dropped"))
            .expect(
                "GET",
                f"{U1}?_state=S1",
                httpx.Response(
                    204, headers={"Range": "0-1535", "Location": f"{U1}?_state=S2"}
                ),
            )
            .expect("PATCH", f"{U1}?_state=S2", accepted(f"{U1}?_state=S3", "0-2047"))
            .expect("PUT", f"{U1}?_state=S3&digest={D_QUERY}", created(D))
        )

    for result, blob in run_both(script, upload(), chunk_size=1024):
        resent = result.sent[4]
        assert resent.headers["content-range"] == "1536-2047"
        assert resent.content == BLOB[1536:]
        assert blob.digest == D


def test_resends_the_missing_part_of_the_first_chunk() -> None:
    # (d) for the first chunk: 204 Range 0-511 means bytes 512-1023 are missing.
    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect("PATCH", f"{U1}?_state=S0", httpx.WriteError("broken pipe"))
            .expect(
                "GET",
                f"{U1}?_state=S0",
                httpx.Response(204, headers={"Range": "0-511"}),
            )
            .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-1023"))
            .expect("PATCH", f"{U1}?_state=S1", accepted(f"{U1}?_state=S2", "0-2047"))
            .expect("PUT", f"{U1}?_state=S2&digest={D_QUERY}", created(D))
        )

    for result, _ in run_both(script, upload(), chunk_size=1024):
        assert result.sent[3].headers["content-range"] == "512-1023"
        assert result.sent[3].content == BLOB[512:1024]


def test_uploads_a_zero_length_blob_as_post_then_put_with_an_empty_body() -> None:
    put = f"{U1}?_state=S0&digest={EMPTY_DIGEST.replace(':', '%3A')}"

    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect("PUT", put, created(EMPTY_DIGEST))
        )

    for result, blob in run_both(script, upload(b"")):
        assert result.requests == [("POST", UPLOADS), ("PUT", put)]
        assert result.sent[-1].content == b""
        assert (blob.digest, blob.size) == (EMPTY_DIGEST, 0)


def test_a_short_answer_range_sends_the_rest_of_the_chunk_next() -> None:
    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-999"))
            .expect("PATCH", f"{U1}?_state=S1", accepted(f"{U1}?_state=S2", "0-1023"))
            .expect("PATCH", f"{U1}?_state=S2", accepted(f"{U1}?_state=S3", "0-2047"))
            .expect("PUT", f"{U1}?_state=S3&digest={D_QUERY}", created(D))
        )

    for result, _ in run_both(script, upload(), chunk_size=1024):
        assert result.sent[2].headers["content-range"] == "1000-1023"
        assert result.sent[2].content == BLOB[1000:1024]


# Failures during a chunked upload ----------------------------------------------


def test_a_503_on_a_chunk_asks_the_status_and_sends_that_chunk_again() -> None:
    def script() -> Script:
        return (
            Script()
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-1023"))
            .expect("PATCH", f"{U1}?_state=S1", httpx.Response(503, text="busy"))
            .expect(
                "GET",
                f"{U1}?_state=S1",
                httpx.Response(
                    204, headers={"Range": "0-1023", "Location": f"{U1}?_state=S1b"}
                ),
            )
            .expect("PATCH", f"{U1}?_state=S1b", accepted(f"{U1}?_state=S2", "0-2047"))
            .expect("PUT", f"{U1}?_state=S2&digest={D_QUERY}", created(D))
        )

    for result, _ in run_both(script, upload(), chunk_size=1024):
        assert result.sent[4].headers["content-range"] == "1024-2047"
        assert result.sent[4].content == BLOB[1024:]


def lost_session_script() -> Script:
    # The distribution registry refuses a session whose stored size no longer
    # matches its state, after a body was cut off half-way.
    lost = error(404, "BLOB_UPLOAD_INVALID", "blob upload invalid")
    u2 = "/v2/demo/app/blobs/uploads/u2"
    return (
        Script()
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-1023"))
        .expect("PATCH", f"{U1}?_state=S1", httpx.ReadError("connection reset"))
        .expect("GET", f"{U1}?_state=S1", lost)
        .expect("POST", UPLOADS, accepted(f"{u2}?_state=T0"))
        .expect("PATCH", f"{u2}?_state=T0", accepted(f"{u2}?_state=T1", "0-1023"))
        .expect("PATCH", f"{u2}?_state=T1", accepted(f"{u2}?_state=T2", "0-2047"))
        .expect("PUT", f"{u2}?_state=T2&digest={D_QUERY}", created(D))
    )


def test_a_lost_session_starts_over_when_the_data_can_be_read_again() -> None:
    for result, blob in run_both(lost_session_script, upload(), chunk_size=1024):
        assert [m for m, _ in result.requests].count("POST") == 2
        assert blob.digest == D
        assert not result.expected


def test_a_lost_session_of_a_one_shot_iterator_is_an_upload_error() -> None:
    script = lost_session_script()
    registry = script.registry(chunk_size=1024)
    with pytest.raises(UploadError, match="cannot be read again"):
        registry.upload_blob("demo/app", iter([BLOB[:1000], BLOB[1000:]]))


def test_gives_up_after_max_resumes_failures_of_one_chunk() -> None:
    script = Script().expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
    for _ in range(2):
        script.expect("PATCH", f"{U1}?_state=S0", httpx.Response(503))
        script.expect(
            "GET", f"{U1}?_state=S0", httpx.Response(204, headers={"Range": "0-0"})
        )
    script.expect("PATCH", f"{U1}?_state=S0", httpx.Response(503))
    with pytest.raises(UploadError, match="failed 3 times"):
        script.registry(chunk_size=1024, max_resumes=2).upload_blob("demo/app", BLOB)


def test_a_wrong_digest_given_by_the_caller_is_refused_before_commit() -> None:
    other = sha256(b"other")
    script = (
        Script()
        .expect("HEAD", f"/v2/demo/app/blobs/{other}", NOT_FOUND)
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
    )
    with pytest.raises(DigestMismatchError, match="does not match the digest"):
        script.registry().upload_blob("demo/app", BLOB, digest=other)
    assert script.requests == [
        ("HEAD", f"/v2/demo/app/blobs/{other}"),
        ("POST", UPLOADS),
    ]


def test_a_registry_error_on_a_chunk_is_raised_with_its_message() -> None:
    script = (
        Script()
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect(
            "PATCH",
            f"{U1}?_state=S0",
            error(400, "BLOB_UPLOAD_INVALID", "blob upload invalid"),
        )
    )
    with pytest.raises(
        BadRequestError, match="BLOB_UPLOAD_INVALID: blob upload invalid"
    ):
        script.registry(chunk_size=1024).upload_blob("demo/app", BLOB)


def test_honours_the_minimum_chunk_length_the_registry_announces() -> None:
    script = (
        Script()
        .expect(
            "POST",
            UPLOADS,
            accepted(f"{U1}?_state=S0", **{"OCI-Chunk-Min-Length": "1500"}),
        )
        .expect("PATCH", f"{U1}?_state=S0", accepted(f"{U1}?_state=S1", "0-1499"))
        .expect("PATCH", f"{U1}?_state=S1", accepted(f"{U1}?_state=S2", "0-2047"))
        .expect("PUT", f"{U1}?_state=S2&digest={D_QUERY}", created(D))
    )
    script.registry(chunk_size=512).upload_blob("demo/app", BLOB)
    patches = [s for s in script.sent if s.method == "PATCH"]
    assert [p.headers["content-range"] for p in patches] == ["0-1499", "1500-2047"]


# HC-05: a proxy's 413 -------------------------------------------------------------


NGINX_413 = (
    "<html><head><title>413 Request Entity Too Large</title></head><body><center>"
    "<h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center>"
    "</body></html>"
)


def test_a_413_html_page_on_a_monolithic_put_names_the_proxy_limit() -> None:
    script = (
        Script()
        .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
        .expect(
            "PUT",
            f"{U1}?_state=S0&digest={D_QUERY}",
            httpx.Response(413, text=NGINX_413, headers={"Content-Type": "text/html"}),
        )
    )
    with pytest.raises(RequestTooLargeError) as caught:
        script.registry().upload_blob("demo/app", BLOB)
    assert caught.value.status_code == 413
    assert caught.value.errors == ()
    assert "413 Request Entity Too Large" in caught.value.body_excerpt
    assert "proxy" in str(caught.value)
    assert "Chunked upload is available" in str(caught.value)


# HC-24: a Location that downgrades or moves ---------------------------------------


def test_refuses_a_location_that_drops_to_http_before_sending_anything_there() -> None:
    script = Script().expect(
        "POST",
        UPLOADS,
        accepted("http://harbor.example.com/v2/demo/app/blobs/uploads/u1?_state=S0"),
    )
    with pytest.raises(UnsafeLocationError, match="X-Forwarded-Proto"):
        script.registry().upload_blob("demo/app", BLOB)
    assert script.requests == [("POST", UPLOADS)]


def test_an_http_location_on_an_http_development_registry_is_followed() -> None:
    base = "http://localhost:5000"
    location = "http://localhost:5000/v2/demo/app/blobs/uploads/u1?_state=S0"

    def script() -> Script:
        return (
            Script(origin=base)
            .expect("POST", UPLOADS, accepted(location))
            .expect("PUT", f"{U1}?_state=S0&digest={D_QUERY}", created(D))
        )

    for result, blob in run_both(script, upload(), base=base):
        assert blob.digest == D
        assert len(result.requests) == 2


def test_refuses_a_location_on_another_host_by_default() -> None:
    script = Script().expect(
        "POST", UPLOADS, accepted("https://uploads.example.net/u1?sig=abc")
    )
    with pytest.raises(UnsafeLocationError, match="another host") as caught:
        script.registry().upload_blob("demo/app", BLOB)
    assert "sig=abc" not in str(caught.value)
    assert script.requests == [("POST", UPLOADS)]


def test_another_host_when_allowed_gets_no_credentials_headers_or_cookies() -> None:
    script = (
        Script()
        .expect("POST", UPLOADS, accepted("https://uploads.example.net/u1?sig=abc"))
        .expect(
            "PUT",
            f"https://uploads.example.net/u1?sig=abc&digest={D_QUERY}",
            created(D),
        )
    )
    client = httpx.Client(
        transport=httpx.MockTransport(script.handle),
        auth=("robot$demo+ci", "S3cr3t"),
        headers={"X-Harbor-CSRF-Token": "csrf"},
        cookies={"sid": "session"},
    )
    registry = Registry(
        client,
        "https://harbor.example.com",
        options=RegistryOptions(allow_foreign_upload_hosts=True),
    )
    registry.upload_blob("demo/app", BLOB)
    post, put = script.sent
    assert "authorization" in post.headers
    assert "authorization" not in put.headers
    assert "cookie" not in put.headers
    assert "x-harbor-csrf-token" not in put.headers


# V19: cross-repository mount --------------------------------------------------


MOUNT = f"{UPLOADS}?mount={D_QUERY}&from=library%2Fbase"


def test_a_mount_answered_201_sends_no_content() -> None:
    def script() -> Script:
        return (
            Script()
            .expect("HEAD", f"/v2/demo/app/blobs/{D}", NOT_FOUND)
            .expect("POST", MOUNT, created(D))
            .expect(
                "HEAD",
                f"/v2/demo/app/blobs/{D}",
                httpx.Response(200, headers={"Content-Length": "2048"}),
            )
        )

    for result, blob in run_both(script, upload(digest=D, mount_from="library/base")):
        assert (blob.digest, blob.size) == (D, 2048)
        assert all(not sent.content for sent in result.sent)
        assert result.sent[1].extensions["harbor_scopes"] == (
            "repository:demo/app:pull,push",
            "repository:library/base:pull",
        )


def test_a_mount_answered_202_continues_as_an_ordinary_upload() -> None:
    def script() -> Script:
        return (
            Script()
            .expect("HEAD", f"/v2/demo/app/blobs/{D}", NOT_FOUND)
            .expect("POST", MOUNT, accepted(f"{U1}?_state=S0"))
            .expect("PUT", f"{U1}?_state=S0&digest={D_QUERY}", created(D))
        )

    for result, _ in run_both(script, upload(digest=D, mount_from="library/base")):
        assert result.sent[-1].content == BLOB


def test_a_mount_refused_with_401_retries_as_a_plain_upload() -> None:
    def script() -> Script:
        refused = error(
            401,
            "UNAUTHORIZED",
            "unauthorized to access repository: library/base, action: pull",
        )
        return (
            Script()
            .expect("HEAD", f"/v2/demo/app/blobs/{D}", NOT_FOUND)
            .expect("POST", MOUNT, refused)
            .expect("POST", UPLOADS, accepted(f"{U1}?_state=S0"))
            .expect("PUT", f"{U1}?_state=S0&digest={D_QUERY}", created(D))
        )

    for result, blob in run_both(script, upload(digest=D, mount_from="library/base")):
        assert blob.digest == D
        assert result.sent[2].extensions["harbor_scopes"] == (
            "repository:demo/app:pull,push",
        )


def test_an_existing_blob_is_not_sent_again() -> None:
    def script() -> Script:
        return Script().expect(
            "HEAD",
            f"/v2/demo/app/blobs/{D}",
            httpx.Response(200, headers={"Content-Length": "2048"}),
        )

    for result, blob in run_both(script, upload(digest=D)):
        assert result.requests == [("HEAD", f"/v2/demo/app/blobs/{D}")]
        assert blob.size == 2048


def test_every_upload_request_declares_the_push_scope() -> None:
    for script, _ in run_both(chunked_script, upload(), chunk_size=1024):
        assert {s.extensions["harbor_scopes"] for s in script.sent} == {
            ("repository:demo/app:pull,push",)
        }
