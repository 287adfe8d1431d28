"""Image references by the distribution grammar: what parses, to what, and what not."""

from __future__ import annotations

import pytest

from harbor_client.registry import InvalidReference, Reference
from harbor_client.registry.digest import validate_digest
from harbor_client.registry.reference import validate_repository, validate_tag

HEX = "a" * 64
DIGEST = f"sha256:{HEX}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("demo/app", Reference(None, "demo/app")),
        ("demo/app:1.0", Reference(None, "demo/app", "1.0")),
        (f"demo/app@{DIGEST}", Reference(None, "demo/app", None, DIGEST)),
        (f"demo/app:v1@{DIGEST}", Reference(None, "demo/app", "v1", DIGEST)),
        (
            "harbor.example.com/demo/app:v1",
            Reference("harbor.example.com", "demo/app", "v1"),
        ),
        ("127.0.0.1:5000/demo/app", Reference("127.0.0.1:5000", "demo/app")),
        ("localhost/demo/app:latest", Reference("localhost", "demo/app", "latest")),
        ("localhost:5000/app", Reference("localhost:5000", "app")),
        ("[::1]:5000/demo/app", Reference("[::1]:5000", "demo/app")),
        ("demo/team/sub/app:v1", Reference(None, "demo/team/sub/app", "v1")),
        (
            "demo/my_app.v2/x--y:TAG_1.0-rc",
            Reference(None, "demo/my_app.v2/x--y", "TAG_1.0-rc"),
        ),
        ("demo/a__b:v", Reference(None, "demo/a__b", "v")),
        # No slash: a host-looking name with a port is a repository and a tag.
        ("harbor.example.com:5000", Reference(None, "harbor.example.com", "5000")),
    ],
)
def test_parses_references_of_the_distribution_grammar(
    text: str, expected: Reference
) -> None:
    assert Reference.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Demo/App",  # uppercase path
        "demo//app",
        "demo/app:",
        "demo/app:-tag",
        "demo/app:.tag",
        "demo/app:" + "t" * 129,
        "demo/app@sha256:abc",
        f"demo/app@sha256:{HEX.upper()}",
        "demo/app@md5",
        "demo/_app",
        "demo/app_",
        "demo/a___b",
        "demo/app/",
        "/demo/app",
        "demo/app name",
        "demo/" + "a" * 256,
    ],
)
def test_refuses_references_that_break_the_grammar(text: str) -> None:
    with pytest.raises(InvalidReference):
        Reference.parse(text)


def test_invalid_reference_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not an image reference"):
        Reference.parse("Demo/App")


def test_a_reference_prints_as_it_was_written() -> None:
    text = f"harbor.example.com/demo/app:v1@{DIGEST}"
    assert str(Reference.parse(text)) == text


def test_the_identifier_is_the_digest_when_both_are_given() -> None:
    assert Reference.parse(f"demo/app:v1@{DIGEST}").identifier == DIGEST
    assert Reference.parse("demo/app:v1").identifier == "v1"
    assert Reference.parse("demo/app").identifier is None


@pytest.mark.parametrize("name", ["app", "demo/app", "demo/team/sub/app", "a.b-c_d/e"])
def test_valid_repository_names(name: str) -> None:
    assert validate_repository(name) == name


@pytest.mark.parametrize("tag", ["latest", "1.0", "v1.2.3-rc.1", "_x", "A" * 128])
def test_valid_tags(tag: str) -> None:
    assert validate_tag(tag) == tag


@pytest.mark.parametrize(
    "digest",
    [
        DIGEST,
        "sha512:" + "b" * 128,
        "multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8",
    ],
)
def test_valid_digests(digest: str) -> None:
    assert validate_digest(digest) == digest


@pytest.mark.parametrize(
    "digest",
    ["sha256", "sha256:", f"SHA256:{HEX}", "sha256:" + "a" * 63, "sha512:" + "b" * 64],
)
def test_invalid_digests(digest: str) -> None:
    with pytest.raises(InvalidReference):
        validate_digest(digest)
