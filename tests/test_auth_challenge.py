"""WWW-Authenticate challenges and registry scopes, as registries write them."""

from __future__ import annotations

import httpx
import pytest

from harbor_client.auth import SCOPES_EXTENSION, Scope, parse_challenges
from harbor_client.auth.scopes import (
    declared_scopes,
    inferred_scopes,
    merge_scopes,
    parse_scopes,
)


def test_reads_harbors_challenge_without_spaces_after_commas() -> None:
    (challenge,) = parse_challenges(
        'Bearer realm="https://harbor.example.com/service/token",'
        'service="harbor-registry",scope="repository:library/nginx:pull"'
    )

    assert challenge.scheme == "bearer"
    assert challenge.params == {
        "realm": "https://harbor.example.com/service/token",
        "service": "harbor-registry",
        "scope": "repository:library/nginx:pull",
    }
    assert challenge.scopes == (Scope.repository("library/nginx", "pull"),)


def test_reads_two_scopes_inside_one_quoted_scope_value() -> None:
    (challenge,) = parse_challenges(
        'Bearer realm="https://h/service/token",service="harbor-registry",'
        'scope="repository:demo/app:pull,push repository:library/base:pull"'
    )

    assert [str(s) for s in challenge.scopes] == [
        "repository:demo/app:pull,push",
        "repository:library/base:pull",
    ]


def test_commas_and_spaces_inside_quotes_do_not_split_parameters() -> None:
    (challenge,) = parse_challenges(
        'Bearer realm="https://h/token?a=1,b=2", service="my registry", '
        'scope="repository:a/b:push,pull", error="insufficient_scope"'
    )

    assert challenge.realm == "https://h/token?a=1,b=2"
    assert challenge.service == "my registry"
    assert challenge.error == "insufficient_scope"
    assert challenge.scopes == (Scope.repository("a/b", "pull", "push"),)


def test_reads_escaped_quotes_in_a_quoted_value() -> None:
    (challenge,) = parse_challenges(r'Basic realm="say \"hi\""')

    assert challenge.realm == 'say "hi"'


def test_reads_harbors_basic_challenge() -> None:
    assert parse_challenges('Basic realm="harbor"')[0].params == {"realm": "harbor"}


def test_reads_several_challenges_in_one_header() -> None:
    challenges = parse_challenges(
        'Bearer realm="https://h/t",service="s", Basic realm="harbor", Negotiate'
    )

    assert [(c.scheme, c.params) for c in challenges] == [
        ("bearer", {"realm": "https://h/t", "service": "s"}),
        ("basic", {"realm": "harbor"}),
        ("negotiate", {}),
    ]


def test_reads_challenges_from_several_headers() -> None:
    response = httpx.Response(
        401,
        headers=[
            ("WWW-Authenticate", 'Basic realm="harbor"'),
            ("WWW-Authenticate", 'Bearer realm="https://h/t",error="invalid_token"'),
        ],
    )

    challenges = parse_challenges(response.headers.get_list("www-authenticate"))

    assert [(c.scheme, c.error) for c in challenges] == [
        ("basic", None),
        ("bearer", "invalid_token"),
    ]


def test_scheme_and_parameter_names_are_case_insensitive() -> None:
    (challenge,) = parse_challenges('BEARER Realm="https://h/t",SERVICE=registry')

    assert (challenge.scheme, challenge.realm, challenge.service) == (
        "bearer",
        "https://h/t",
        "registry",
    )


def test_a_token68_challenge_has_no_parameters() -> None:
    assert parse_challenges("Negotiate dGVzdA==, Basic realm=r") == (
        parse_challenges("Negotiate")[0],
        parse_challenges("Basic realm=r")[0],
    )


def test_empty_header_has_no_challenge() -> None:
    assert parse_challenges("") == ()


def test_scope_name_is_everything_between_first_and_last_colon() -> None:
    scope = Scope.parse("repository:localhost:5000/demo/app:pull")

    assert (scope.type, scope.name, scope.actions) == (
        "repository",
        "localhost:5000/demo/app",
        frozenset({"pull"}),
    )


def test_scope_prints_actions_in_pull_push_delete_order() -> None:
    assert str(Scope.parse("repository:demo/app:delete,push,pull")) == (
        "repository:demo/app:pull,push,delete"
    )


def test_not_a_scope_is_refused() -> None:
    with pytest.raises(ValueError, match="not a scope"):
        Scope.parse("repository-demo-app")


def test_merging_unites_actions_per_repository_in_first_seen_order() -> None:
    merged = merge_scopes(
        parse_scopes("repository:demo/app:pull repository:library/base:pull"),
        parse_scopes(["repository:demo/app:push"]),
    )

    assert [str(s) for s in merged] == [
        "repository:demo/app:pull,push",
        "repository:library/base:pull",
    ]


def test_a_push_scope_covers_a_pull_of_the_same_repository() -> None:
    push = Scope.repository("demo/app", "pull", "push")

    assert push.covers(Scope.repository("demo/app", "pull"))
    assert not push.covers(Scope.repository("demo/other", "pull"))
    assert not Scope.repository("demo/app", "pull").covers(push)


@pytest.mark.parametrize(
    ("method", "url", "expected"),
    [
        ("GET", "/v2/demo/app/manifests/1.0", ["repository:demo/app:pull"]),
        ("HEAD", "/v2/a/b/c/blobs/sha256:aa", ["repository:a/b/c:pull"]),
        ("POST", "/v2/demo/app/blobs/uploads/", ["repository:demo/app:pull,push"]),
        ("PATCH", "/v2/demo/app/blobs/uploads/u1", ["repository:demo/app:pull,push"]),
        ("PUT", "/v2/demo/app/manifests/1.0", ["repository:demo/app:pull,push"]),
        ("DELETE", "/v2/demo/app/manifests/sha256:aa", ["repository:demo/app:delete"]),
        ("GET", "/v2/demo/app/tags/list", ["repository:demo/app:pull"]),
        ("GET", "/v2/demo/app/referrers/sha256:aa", ["repository:demo/app:pull"]),
        (
            "POST",
            "/v2/demo/app/blobs/uploads/?mount=sha256:aa&from=library/base",
            ["repository:demo/app:pull,push", "repository:library/base:pull"],
        ),
        ("GET", "/v2/_catalog", ["registry:catalog:*"]),
        ("GET", "/v2/", []),
    ],
)
def test_infers_the_scopes_distribution_asks_for(
    method: str, url: str, expected: list[str]
) -> None:
    request = httpx.Request(method, f"https://h{url}")

    assert [str(s) for s in inferred_scopes(request)] == expected


def test_reads_scopes_a_request_declares() -> None:
    request = httpx.Request(
        "POST",
        "https://h/v2/demo/app/blobs/uploads/",
        extensions={
            SCOPES_EXTENSION: (
                "repository:demo/app:pull,push repository:library/base:pull",
                Scope.repository("library/other", "pull"),
            )
        },
    )

    assert [str(s) for s in declared_scopes(request)] == [
        "repository:demo/app:pull,push",
        "repository:library/base:pull",
        "repository:library/other:pull",
    ]
