"""Small pieces of the local Harbor, one behaviour each: quota amounts, scopes,
doublestar patterns, streamed request bodies, and URLs of the registry behind."""

from __future__ import annotations

import io

import pytest

from harbor_client.testing._immutable import _doublestar
from harbor_client.testing._proxy import Upstream
from harbor_client.testing._quotas import display_size
from harbor_client.testing._streams import RequestBody
from harbor_client.testing._tokens import parse_scope


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (1024, "1.0 KiB"),
        (1536, "1.5 KiB"),
        (54_630_400, "52.1 MiB"),
        (980 * 1024 * 1024, "980.0 MiB"),
        (1 << 30, "1.0 GiB"),
        (5 << 40, "5.0 TiB"),
    ],
)
def test_quota_amounts_are_written_in_binary_units_with_one_decimal(
    size: int, shown: str
) -> None:
    assert display_size(size) == shown


@pytest.mark.parametrize(
    ("scope", "parts"),
    [
        ("repository:demo/app:pull,push", ("repository", "demo/app", ("pull", "push"))),
        ("repository:host:5000/a:pull", ("repository", "host:5000/a", ("pull",))),
        ("registry:catalog:*", ("registry", "catalog", ("*",))),
        ("repository:demo/app", ("repository", "demo/app", ())),
        ("repository", ("repository", "", ())),
        ("repository:demo/app:", ("repository", "demo/app", ())),
    ],
)
def test_a_scope_splits_on_its_first_and_last_colon(
    scope: str, parts: tuple[str, str, tuple[str, ...]]
) -> None:
    assert parse_scope(scope) == parts


@pytest.mark.parametrize(
    ("pattern", "value", "matches"),
    [
        ("**", "apps/web/api", True),
        ("*", "apps/web", False),
        ("apps/*", "apps/web", True),
        ("apps/**", "apps/web/api", True),
        ("release-*", "release-1.0", True),
        ("release-*", "nightly", False),
        ("v?", "v1", True),
        ("v?", "v10", False),
        ("{dev,prod}-*", "prod-1", True),
        ("{dev,prod}-*", "test-1", False),
        ("1.0", "1x0", False),
    ],
)
def test_doublestar_patterns_match_as_harbors_selectors_do(
    pattern: str, value: str, matches: bool
) -> None:
    assert bool(_doublestar(pattern).fullmatch(value)) is matches


def test_a_chunked_body_is_decoded_and_the_next_request_left_in_place() -> None:
    wire = io.BytesIO(
        b"5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\nGET /"
    )

    body = RequestBody(wire, None, chunked=True)

    assert b"".join(body) == b"hello world"
    assert wire.read() == b"GET /"


def test_a_sized_body_reads_exactly_its_length() -> None:
    wire = io.BytesIO(b"0123456789NEXT")

    body = RequestBody(wire, 10, chunked=False)
    body.drain()

    assert wire.read() == b"NEXT"


def test_an_empty_body_reads_nothing() -> None:
    wire = io.BytesIO(b"NEXT")

    assert RequestBody(wire, 0, chunked=False).read_all() == b""
    assert wire.read() == b"NEXT"


def test_a_body_cut_short_is_an_error_not_a_short_read() -> None:
    body = RequestBody(io.BytesIO(b"0123"), 10, chunked=False)

    with pytest.raises(ConnectionError):
        body.read_all()


def test_a_registry_location_becomes_a_url_of_the_local_harbor() -> None:
    upstream = Upstream.__new__(Upstream)
    upstream.namespace = "lh-0a1b2c3d"

    public = upstream.public_url(
        "http://127.0.0.1:5000/v2/lh-0a1b2c3d/demo/app/blobs/uploads/u1?_state=abc%3D",
        "http://127.0.0.1:8080",
    )
    relative = upstream.public_url(
        "/v2/lh-0a1b2c3d/demo/app/blobs/sha256:00", "http://127.0.0.1:8080"
    )

    assert public == "http://127.0.0.1:8080/v2/demo/app/blobs/uploads/u1?_state=abc%3D"
    assert relative == "http://127.0.0.1:8080/v2/demo/app/blobs/sha256:00"
