"""Manifests, tags, referrers, downloads and Harbor's refusals, against scripts.

The cases follow harbor-behavior.md V16 and V20-V23 and the casebook (HC-18,
HC-25): the exact requests, and the exact values the client must return.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import httpx
import pytest
from test_registry_fakes import NOT_FOUND, Script, error, run_both, sha256

from harbor_client.errors import (
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
)
from harbor_client.registry import (
    MANIFEST_ACCEPT,
    OCI_INDEX,
    OCI_MANIFEST,
    DigestMismatchError,
    DownloadError,
    InvalidReference,
    Registry,
)

ALL_MANIFEST_TYPES = [
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.distribution.manifest.v2+json",
]

# An index as a registry stores it: indented, not the compact form json.dumps makes.
INDEX_BYTES = (
    b'{\n   "schemaVersion": 2,\n'
    b'   "mediaType": "application/vnd.oci.image.index.v1+json",\n'
    b'   "manifests": []\n}\n'
)
INDEX = sha256(INDEX_BYTES)
OTHER = sha256(b"a converted manifest")


# HC-18: tag -> digest with the full Accept list ------------------------------


def accept_sensitive_head(request: httpx.Request) -> httpx.Response:
    listed = [item.strip() for item in request.headers["accept"].split(",")]
    if all(kind in listed for kind in ALL_MANIFEST_TYPES):
        return httpx.Response(
            200,
            headers={
                "Content-Type": OCI_INDEX,
                "Docker-Content-Digest": INDEX,
                "Content-Length": "512",
            },
        )
    return httpx.Response(200, headers={"Docker-Content-Digest": OTHER})


def test_resolve_sends_every_manifest_type_comma_separated() -> None:
    def script() -> Script:
        return Script().expect(
            "HEAD", "/v2/demo/app/manifests/v1", accept_sensitive_head
        )

    for result, digest in run_both(script, lambda r: r.resolve("demo/app", "v1")):
        assert digest == INDEX
        accept = result.sent[0].headers["accept"]
        assert [item.strip() for item in accept.split(",")] == ALL_MANIFEST_TYPES
        assert ";" not in accept
        assert result.sent[0].extensions["harbor_scopes"] == (
            "repository:demo/app:pull",
        )


def test_resolve_without_a_digest_header_hashes_the_exact_bytes_of_a_get() -> None:
    def script() -> Script:
        return (
            Script()
            .expect("HEAD", "/v2/demo/app/manifests/v1", httpx.Response(200))
            .expect(
                "GET",
                "/v2/demo/app/manifests/v1",
                httpx.Response(
                    200, content=INDEX_BYTES, headers={"Content-Type": OCI_INDEX}
                ),
            )
        )

    compact = json.dumps(json.loads(INDEX_BYTES), separators=(",", ":")).encode()
    for _, digest in run_both(script, lambda r: r.resolve("demo/app", "v1")):
        assert digest == INDEX
        assert digest != sha256(compact)


def test_get_manifest_keeps_the_bytes_and_their_digest() -> None:
    def script() -> Script:
        return Script().expect(
            "GET",
            "/v2/demo/app/manifests/v1",
            httpx.Response(
                200,
                content=INDEX_BYTES,
                headers={"Content-Type": f"{OCI_INDEX}; charset=utf-8"},
            ),
        )

    for result, manifest in run_both(
        script, lambda r: r.get_manifest("demo/app", "v1")
    ):
        assert manifest.content == INDEX_BYTES
        assert manifest.digest == INDEX
        assert manifest.media_type == OCI_INDEX
        assert manifest.is_index
        assert result.sent[0].headers["accept"] == MANIFEST_ACCEPT


def test_a_manifest_fetched_by_digest_must_hash_to_it() -> None:
    script = Script().expect(
        "GET",
        f"/v2/demo/app/manifests/{OTHER}",
        httpx.Response(200, content=INDEX_BYTES, headers={"Content-Type": OCI_INDEX}),
    )
    with pytest.raises(DigestMismatchError) as caught:
        script.registry().get_manifest("demo/app", OTHER)
    assert (caught.value.expected, caught.value.actual) == (OTHER, INDEX)


def test_put_manifest_sends_the_bytes_with_their_media_type() -> None:
    content = (
        b'{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}'
    )

    def script() -> Script:
        return Script().expect(
            "PUT",
            "/v2/demo/app/manifests/1.0",
            httpx.Response(201, headers={"Docker-Content-Digest": sha256(content)}),
        )

    for result, digest in run_both(
        script, lambda r: r.put_manifest("demo/app", "1.0", content, OCI_MANIFEST)
    ):
        assert digest == sha256(content)
        assert result.sent[0].content == content
        assert result.sent[0].headers["content-type"] == OCI_MANIFEST
        assert result.sent[0].extensions["harbor_scopes"] == (
            "repository:demo/app:pull,push",
        )


def test_repository_names_with_slashes_stay_literal_on_v2() -> None:
    script = Script().expect(
        "GET",
        "/v2/demo/team/sub/app/manifests/v1",
        httpx.Response(200, content=INDEX_BYTES, headers={"Content-Type": OCI_INDEX}),
    )
    script.registry().get_manifest("demo/team/sub/app", "v1")
    assert script.requests == [("GET", "/v2/demo/team/sub/app/manifests/v1")]


# Harbor's refusals (V20, V21) -------------------------------------------------


def test_an_immutable_tag_is_a_precondition_error_with_harbors_message() -> None:
    script = Script().expect(
        "PUT",
        "/v2/demo/app/manifests/1.0",
        error(
            412,
            "PRECONDITION",
            "Failed to process request due to 'app:1.0' configured as immutable.",
        ),
    )
    with pytest.raises(PreconditionFailedError) as caught:
        script.registry().put_manifest("demo/app", "1.0", b"{}", OCI_MANIFEST)
    assert caught.value.codes == ("PRECONDITION",)
    assert "configured as immutable" in str(caught.value)


@pytest.mark.parametrize(
    "message",
    [
        "adding 52.1 MiB of storage resource, which when updated to current usage of "
        "980.0 MiB will exceed the configured upper limit of 1.0 GiB.",
        "The system is in read only mode. Any modification is prohibited.",
    ],
    ids=["quota", "read-only"],
)
def test_quota_and_read_only_refusals_are_forbidden_errors(message: str) -> None:
    script = Script().expect(
        "POST", "/v2/demo/app/blobs/uploads/", error(403, "DENIED", message)
    )
    with pytest.raises(ForbiddenError) as caught:
        script.registry().upload_blob("demo/app", b"data")
    assert caught.value.codes == ("DENIED",)
    assert caught.value.messages == (message,)


def test_an_unknown_tag_is_not_found_with_harbors_message() -> None:
    # HEAD answers carry no body, so resolve asks again with GET for the message.
    script = (
        Script()
        .expect("HEAD", "/v2/demo/app/manifests/nope", NOT_FOUND)
        .expect(
            "GET",
            "/v2/demo/app/manifests/nope",
            error(404, "NOT_FOUND", "artifact demo/app:nope not found"),
        )
    )
    with pytest.raises(NotFoundError, match="artifact demo/app:nope not found"):
        script.registry().resolve("demo/app", "nope")


def test_delete_by_tag_is_harbors_bad_request() -> None:
    script = Script().expect(
        "DELETE",
        "/v2/demo/app/manifests/1.0",
        error(
            400, "UNSUPPORTED", "unsupported digest 1.0: invalid checksum digest format"
        ),
    )
    with pytest.raises(BadRequestError, match="UNSUPPORTED"):
        script.registry().delete_manifest("demo/app", "1.0")
    assert script.sent[0].extensions["harbor_scopes"] == ("repository:demo/app:delete",)


def test_head_manifest_of_a_missing_manifest_is_none() -> None:
    script = Script().expect("HEAD", "/v2/demo/app/manifests/nope", NOT_FOUND)
    assert script.registry().head_manifest("demo/app", "nope") is None


def test_a_bad_reference_is_refused_before_any_request() -> None:
    script = Script()
    registry = script.registry()
    with pytest.raises(InvalidReference):
        registry.get_manifest("Demo/App", "v1")
    with pytest.raises(InvalidReference):
        registry.get_manifest("demo/app", "-bad")
    with pytest.raises(InvalidReference):
        registry.stat_blob("demo/app", "sha256:1234")
    with pytest.raises(ValueError):
        registry.pull_artifact("demo/app", "out")
    assert script.sent == []


# V22: tag list pagination ------------------------------------------------------


def test_follows_the_relative_link_header_to_the_last_page() -> None:
    def script() -> Script:
        return (
            Script()
            .expect(
                "GET",
                "/v2/demo/app/tags/list?n=2",
                httpx.Response(
                    200,
                    json={"name": "demo/app", "tags": ["1.0", "1.1"]},
                    headers={
                        "Link": '</v2/demo/app/tags/list?last=1.1&n=2>; rel="next"'
                    },
                ),
            )
            .expect(
                "GET",
                "/v2/demo/app/tags/list?last=1.1&n=2",
                httpx.Response(200, json={"name": "demo/app", "tags": ["2.0"]}),
            )
        )

    for result, found in run_both(
        script, lambda r: r.list_tags("demo/app", page_size=2)
    ):
        assert found == ["1.0", "1.1", "2.0"]
        assert len(result.sent) == 2


def test_a_null_tag_list_is_empty() -> None:
    script = Script().expect(
        "GET",
        "/v2/demo/app/tags/list",
        httpx.Response(200, json={"name": "demo/app", "tags": None}),
    )
    assert script.registry().list_tags("demo/app") == []


# V23: referrers, and the fallback tag -----------------------------------------


SBOM = "application/vnd.dev.cosign.artifact.sbom.v1+json"
SUBJECT = sha256(b"subject manifest")
SBOM_DIGEST = sha256(b"sbom manifest")


def referrer(artifact_type: str, digest: str) -> dict[str, object]:
    return {
        "mediaType": OCI_MANIFEST,
        "digest": digest,
        "size": 1201,
        "annotations": {"created": "2025-11-03T08:30:00Z"},
        "artifactType": artifact_type,
    }


def test_referrers_filter_percent_encodes_the_plus_of_the_media_type() -> None:
    target = (
        f"/v2/demo/app/referrers/{SUBJECT}"
        "?artifactType=application%2Fvnd.dev.cosign.artifact.sbom.v1%2Bjson"
    )

    def script() -> Script:
        return Script().expect(
            "GET",
            target,
            httpx.Response(
                200,
                json={
                    "schemaVersion": 2,
                    "mediaType": OCI_INDEX,
                    "manifests": [referrer(SBOM, SBOM_DIGEST)],
                },
                headers={"OCI-Filters-Applied": "artifactType", "X-Total-Count": "2"},
            ),
        )

    for _, found in run_both(
        script, lambda r: r.referrers("demo/app", SUBJECT, artifact_type=SBOM)
    ):
        assert [(d.digest, d.artifact_type, d.size) for d in found] == [
            (SBOM_DIGEST, SBOM, 1201)
        ]
        assert found[0].annotations == {"created": "2025-11-03T08:30:00Z"}


def test_referrers_fall_back_to_the_digest_tag_and_filter_themselves() -> None:
    signature = sha256(b"signature")
    fallback = {
        "schemaVersion": 2,
        "mediaType": OCI_INDEX,
        "manifests": [
            referrer(SBOM, SBOM_DIGEST),
            referrer("application/x.sig", signature),
        ],
    }

    def script() -> Script:
        return (
            Script()
            .expect(
                "GET",
                f"/v2/demo/app/referrers/{SUBJECT}"
                "?artifactType=application%2Fvnd.dev.cosign.artifact.sbom.v1%2Bjson",
                httpx.Response(404, text="404 page not found"),
            )
            .expect(
                "GET",
                f"/v2/demo/app/manifests/{SUBJECT.replace(':', '-')}",
                httpx.Response(
                    200,
                    content=json.dumps(fallback).encode(),
                    headers={"Content-Type": OCI_INDEX},
                ),
            )
        )

    for _, found in run_both(
        script, lambda r: r.referrers("demo/app", SUBJECT, artifact_type=SBOM)
    ):
        assert [d.digest for d in found] == [SBOM_DIGEST]


def test_no_referrers_api_and_no_fallback_tag_is_an_empty_list() -> None:
    script = (
        Script()
        .expect("GET", f"/v2/demo/app/referrers/{SUBJECT}", NOT_FOUND)
        .expect("GET", f"/v2/demo/app/manifests/{SUBJECT.replace(':', '-')}", NOT_FOUND)
    )
    assert script.registry().referrers("demo/app", SUBJECT) == []


# Downloads: digest check, held-back last piece, HC-25 redirects -------------------


PAYLOAD = bytes(range(256)) * 8
PAYLOAD_DIGEST = sha256(PAYLOAD)


def pieces(data: bytes, size: int = 512) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def test_a_corrupted_download_withholds_its_last_piece_and_raises() -> None:
    corrupted = PAYLOAD[:-1] + b"\x00"
    script = Script().expect(
        "GET",
        f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}",
        lambda request: httpx.Response(200, content=iter(pieces(corrupted))),
    )
    received: list[bytes] = []
    with pytest.raises(DigestMismatchError):
        for piece in script.registry().iter_blob("demo/app", PAYLOAD_DIGEST):
            received.append(piece)
    assert received == pieces(corrupted)[:-1]


def test_a_corrupted_download_leaves_no_file_under_the_target_name(
    tmp_path: Path,
) -> None:
    script = Script().expect(
        "GET",
        f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}",
        lambda request: httpx.Response(200, content=PAYLOAD[::-1]),
    )
    target = tmp_path / "blob.bin"
    with pytest.raises(DigestMismatchError):
        script.registry().download_blob("demo/app", PAYLOAD_DIGEST, target)
    assert list(tmp_path.iterdir()) == []


def test_a_download_asks_for_no_transfer_encoding_and_the_pull_scope(
    tmp_path: Path,
) -> None:
    def script() -> Script:
        return Script().expect(
            "GET",
            f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}",
            lambda request: httpx.Response(200, content=PAYLOAD),
        )

    for result, blob in run_both(
        script,
        lambda r: r.download_blob("demo/app", PAYLOAD_DIGEST, tmp_path / "out"),
    ):
        assert blob.size == 2048
        assert (tmp_path / "out").read_bytes() == PAYLOAD
        assert result.sent[0].headers["accept-encoding"] == "identity"
        assert result.sent[0].extensions["harbor_scopes"] == (
            "repository:demo/app:pull",
        )


class BreaksOff(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that ends with a dropped connection after ``cut`` bytes."""

    def __init__(self, data: bytes, cut: int) -> None:
        self.data, self.cut = data, cut

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield from pieces(self.data[: self.cut])
        raise httpx.RemoteProtocolError("peer closed connection")

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        for piece in self:
            yield piece


def broken_off(cut: int) -> httpx.Response:
    return httpx.Response(
        200,
        headers={"Content-Length": str(len(PAYLOAD))},
        stream=BreaksOff(PAYLOAD, cut),
    )


def rest_from(offset: int) -> httpx.Response:
    return httpx.Response(
        206,
        headers={"Content-Range": f"bytes {offset}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}"},
        content=PAYLOAD[offset:],
    )


def test_a_broken_download_asks_for_the_rest_with_a_range_request(
    tmp_path: Path,
) -> None:
    def script() -> Script:
        return (
            Script()
            .expect("GET", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}", broken_off(1536))
            .expect("GET", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}", rest_from(1536))
        )

    for result, blob in run_both(
        script,
        lambda r: r.download_blob("demo/app", PAYLOAD_DIGEST, tmp_path / "out"),
    ):
        assert (blob.digest, blob.size) == (PAYLOAD_DIGEST, 2048)
        assert (tmp_path / "out").read_bytes() == PAYLOAD
        first, second = result.sent
        assert "range" not in first.headers
        assert second.headers["range"] == "bytes=1536-"
        assert second.headers["accept-encoding"] == "identity"
        assert second.extensions["harbor_scopes"] == ("repository:demo/app:pull",)


def test_a_resumed_download_withholds_its_last_piece_until_the_digest_matched() -> None:
    wrong_rest = httpx.Response(
        206,
        headers={"Content-Range": "bytes 1024-2047/2048"},
        content=bytes(1024),
    )
    script = (
        Script()
        .expect("GET", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}", broken_off(1024))
        .expect("GET", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}", wrong_rest)
    )
    received: list[bytes] = []
    with pytest.raises(DigestMismatchError):
        for piece in script.registry().iter_blob("demo/app", PAYLOAD_DIGEST):
            received.append(piece)
    assert b"".join(received) == PAYLOAD[:1024]


def test_a_registry_that_ignores_the_range_sends_all_and_the_start_is_dropped() -> None:
    script = (
        Script()
        .expect("GET", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}", broken_off(700))
        .expect(
            "GET",
            f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}",
            lambda request: httpx.Response(200, content=iter(pieces(PAYLOAD))),
        )
    )
    assert script.registry().read_blob("demo/app", PAYLOAD_DIGEST) == PAYLOAD


def test_an_answer_that_resumes_at_another_offset_is_a_download_error() -> None:
    script = (
        Script()
        .expect("GET", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}", broken_off(1000))
        .expect("GET", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}", rest_from(512))
    )
    with pytest.raises(
        DownloadError, match="from 1000 on answered with those from 512"
    ):
        script.registry().read_blob("demo/app", PAYLOAD_DIGEST)


S3 = (
    "https://bucket.s3.example.net/docker/registry/v2/blobs/sha256/aa/data"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=k&X-Amz-Date=20240101T000000Z"
    "&X-Amz-Expires=1200&X-Amz-SignedHeaders=host&X-Amz-Signature=s"
)


def object_store(method: str):  # type: ignore[no-untyped-def]
    def answer(request: httpx.Request) -> httpx.Response:
        if "authorization" in request.headers:
            return httpx.Response(
                400,
                content=b"<Error><Code>InvalidArgument</Code><Message>Only one auth "
                b"mechanism allowed</Message></Error>",
                headers={"Content-Type": "application/xml"},
            )
        if method == "HEAD":
            return httpx.Response(200, headers={"Content-Length": "2048"})
        return httpx.Response(200, content=PAYLOAD)

    return answer


def redirecting_script(method: str) -> Script:
    return (
        Script()
        .expect(
            method,
            f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}",
            lambda request: httpx.Response(307, headers={"Location": S3}),
        )
        .expect(method, S3, object_store(method))
    )


def bearer_registry(script: Script) -> Registry:
    client = httpx.Client(
        transport=httpx.MockTransport(script.handle),
        headers={"Authorization": "Bearer T"},
    )
    return Registry(client, "https://harbor.example.com")


def test_a_blob_redirected_to_object_storage_exists_without_sending_auth_there() -> (
    None
):
    script = redirecting_script("HEAD")
    assert bearer_registry(script).blob_exists("demo/app", PAYLOAD_DIGEST) is True
    first, second = script.sent
    assert first.headers["authorization"] == "Bearer T"
    assert "authorization" not in second.headers


def test_a_redirect_whose_storage_refuses_head_still_means_the_blob_exists() -> None:
    script = (
        Script()
        .expect(
            "HEAD",
            f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}",
            lambda request: httpx.Response(307, headers={"Location": S3}),
        )
        .expect("HEAD", S3, lambda request: httpx.Response(403))
    )
    blob = bearer_registry(script).stat_blob("demo/app", PAYLOAD_DIGEST)
    assert blob is not None
    assert (blob.digest, blob.size) == (PAYLOAD_DIGEST, -1)


def test_a_redirected_download_drops_auth_and_checks_the_digest() -> None:
    script = redirecting_script("GET")
    data = bearer_registry(script).read_blob("demo/app", PAYLOAD_DIGEST)
    assert hashlib.sha256(data).hexdigest() == PAYLOAD_DIGEST.split(":")[1]
    assert "authorization" not in script.sent[1].headers


def test_a_same_origin_redirect_keeps_auth() -> None:
    script = (
        Script()
        .expect(
            "GET",
            f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}",
            lambda request: httpx.Response(307, headers={"Location": "/storage/blob"}),
        )
        .expect(
            "GET", "/storage/blob", lambda request: httpx.Response(200, content=PAYLOAD)
        )
    )
    bearer_registry(script).read_blob("demo/app", PAYLOAD_DIGEST)
    assert script.sent[1].headers["authorization"] == "Bearer T"


def test_a_base_url_given_as_the_v2_root_is_not_doubled() -> None:
    script = Script().expect("HEAD", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}", NOT_FOUND)
    client = httpx.Client(transport=httpx.MockTransport(script.handle))
    Registry(client, "https://harbor.example.com/v2/").blob_exists(
        "demo/app", PAYLOAD_DIGEST
    )
    assert script.requests == [("HEAD", f"/v2/demo/app/blobs/{PAYLOAD_DIGEST}")]
