"""The local Harbor answers as the real server does, byte for byte where it is exact.

Every test drives a fresh ``LocalHarbor`` on 127.0.0.1 with raw httpx requests, and
the ``harbor`` fixture then checks every JSON body the test received against the
response schema of its operation in Harbor's definition (see ``check_schemas``).
The vectors V1-V11 and the cases HC-xx are those of the project's notes on Harbor's
behaviour.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from harbor_client.testing import (
    VULNERABILITY_REPORT_V10,
    VULNERABILITY_REPORT_V11,
    LocalHarbor,
    Response,
)

ADMIN = ("admin", "Harbor12345")
ALICE = ("alice", "Alice12345")
T0 = datetime(2025, 11, 3, 8, 15, 42, 117000, tzinfo=UTC)
T1 = datetime(2025, 11, 3, 8, 16, 1, 4000, tzinfo=UTC)
UUID = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
)
SID_COOKIE = re.compile(r"sid=[0-9a-f]{32}; Path=/; HttpOnly")
ZERO = "0001-01-01T00:00:00.000Z"


@pytest.fixture
def harbor() -> Iterator[LocalHarbor]:
    """A started local Harbor; afterwards every JSON body it sent is schema-checked.

    These tests need no registry, so none is started (``/v2/`` answers 503).
    """
    local = LocalHarbor(login_failure_delay=0.05, registry=False)
    answered = record_answers(local)
    with local:
        yield local
    check_schemas(answered)


def record_answers(local: LocalHarbor) -> list[tuple[str, str, Response]]:
    """Keep every answer the app gives, for :func:`check_schemas` afterwards."""
    answered: list[tuple[str, str, Response]] = []
    handle = local.app.handle

    def recording(method: str, raw_path: str, *args: Any) -> Response:
        response = handle(method, raw_path, *args)
        answered.append((method, raw_path, response))
        return response

    local.app.handle = recording  # type: ignore[method-assign]
    return answered


def send(
    harbor: LocalHarbor,
    method: str,
    target: str,
    *,
    auth: tuple[str, str] | None = ADMIN,
    **kwargs: Any,
) -> httpx.Response:
    """One request on its own connection, with no cookie jar kept between requests."""
    return httpx.request(method, harbor.url + target, auth=auth, **kwargs)


def error_body(code: str, message: str) -> bytes:
    """Harbor's error body exactly: compact JSON and a trailing newline."""
    body = {"errors": [{"code": code, "message": message}]}
    return (json.dumps(body, separators=(",", ":")) + "\n").encode()


def seed_demo_projects(harbor: LocalHarbor) -> None:
    """V1's world: five demo projects, demo-b public and owned by alice."""
    harbor.add_user("alice", "Alice12345")
    harbor.add_project("demo-a", creation_time=T0)
    harbor.add_project("demo-b", public=True, owner="alice", creation_time=T1)
    for name in ("demo-c", "demo-d", "demo-e"):
        harbor.add_project(name, creation_time=T1)
    harbor.add_repository("demo-b", "tools/kubectl")
    harbor.add_repository("demo-b", "tools/helm")


def names(response: httpx.Response) -> list[str]:
    return [item["name"] for item in response.json()]


# -- V1-V3: pages, totals and links ------------------------------------------------


def test_v1_first_page_with_q_has_a_next_link_and_exact_projects(
    harbor: LocalHarbor,
) -> None:
    seed_demo_projects(harbor)

    response = send(
        harbor, "GET", "/api/v2.0/projects?page=1&page_size=2&q=name%3D~demo"
    )

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-total-count"] == "5"
    assert response.headers["link"] == (
        '</api/v2.0/projects?page=2&page_size=2&q=name=~demo>; rel="next"'
    )
    assert UUID.fullmatch(response.headers["x-request-id"])
    assert SID_COOKIE.fullmatch(response.headers["set-cookie"])
    assert response.content == (
        b'[{"creation_time":"2025-11-03T08:15:42.117Z","current_user_role_id":1,'
        b'"current_user_role_ids":[1],"cve_allowlist":{"creation_time":'
        b'"0001-01-01T00:00:00.000Z","items":[],"project_id":2,"update_time":'
        b'"0001-01-01T00:00:00.000Z"},"metadata":{"public":"false"},"name":"demo-a",'
        b'"owner_id":1,"owner_name":"admin","project_id":2,"repo_count":0,'
        b'"update_time":"2025-11-03T08:15:42.117Z"},{"creation_time":'
        b'"2025-11-03T08:16:01.004Z","current_user_role_ids":null,"cve_allowlist":'
        b'{"creation_time":"0001-01-01T00:00:00.000Z","items":[],"project_id":3,'
        b'"update_time":"0001-01-01T00:00:00.000Z"},"metadata":{"public":"true"},'
        b'"name":"demo-b","owner_id":2,"owner_name":"alice","project_id":3,'
        b'"repo_count":2,"update_time":"2025-11-03T08:16:01.004Z"}]\n'
    )


def seed_repositories(harbor: LocalHarbor, project: str, count: int) -> None:
    for i in range(count):
        harbor.add_repository(
            project, f"app{i + 1:02d}", creation_time=T0 + timedelta(i)
        )


def test_v2_middle_page_has_prev_and_next_joined_by_space_comma_space(
    harbor: LocalHarbor,
) -> None:
    seed_repositories(harbor, "library", 25)

    response = send(harbor, "GET", "/api/v2.0/repositories?page=2&page_size=10")

    assert response.headers["x-total-count"] == "25"
    assert response.headers["link"] == (
        '</api/v2.0/repositories?page=1&page_size=10>; rel="prev" , '
        '</api/v2.0/repositories?page=3&page_size=10>; rel="next"'
    )
    # Newest first, then highest id: the repositories' default order.
    assert names(response) == [f"library/app{i:02d}" for i in range(15, 5, -1)]


def test_v3_last_page_has_only_a_prev_link(harbor: LocalHarbor) -> None:
    harbor.add_project("demo-b", public=True)
    seed_repositories(harbor, "demo-b", 25)

    response = send(
        harbor, "GET", "/api/v2.0/projects/demo-b/repositories?page=3&page_size=10"
    )

    assert response.headers["x-total-count"] == "25"
    assert response.headers["link"] == (
        '</api/v2.0/projects/demo-b/repositories?page=2&page_size=10>; rel="prev"'
    )
    assert names(response) == [f"demo-b/app{i:02d}" for i in range(5, 0, -1)]


def test_v3_empty_list_is_an_empty_array_with_total_zero_and_no_link(
    harbor: LocalHarbor,
) -> None:
    harbor.add_project("empty")

    response = send(harbor, "GET", "/api/v2.0/projects/empty/repositories")

    assert response.content == b"[]\n"
    assert response.headers["x-total-count"] == "0"
    assert "link" not in response.headers


def test_link_keeps_other_parameters_sorted_and_q_unescaped_with_spaces_braces_commas(
    harbor: LocalHarbor,
) -> None:
    seed_demo_projects(harbor)
    q = "name%3D%7Bdemo-a%20demo-b%20demo-c%7D%2Cowner_id%3D%5B1~2%5D"

    response = send(
        harbor, "GET", f"/api/v2.0/projects?sort=-name&q={q}&page_size=1&page=2"
    )

    assert response.headers["x-total-count"] == "3"
    assert response.headers["link"] == (
        "</api/v2.0/projects?page=1&page_size=1&q=name={demo-a demo-b demo-c},"
        'owner_id=[1~2]&sort=-name>; rel="prev" , '
        "</api/v2.0/projects?page=3&page_size=1&q=name={demo-a demo-b demo-c},"
        'owner_id=[1~2]&sort=-name>; rel="next"'
    )
    assert names(response) == ["demo-b"]


def test_link_always_writes_page_size_even_when_the_client_left_it_out(
    harbor: LocalHarbor,
) -> None:
    seed_repositories(harbor, "library", 11)

    response = send(harbor, "GET", "/api/v2.0/repositories")

    assert response.headers["link"] == (
        '</api/v2.0/repositories?page=2&page_size=10>; rel="next"'
    )


def test_page_size_zero_returns_every_row_without_a_link(harbor: LocalHarbor) -> None:
    seed_repositories(harbor, "library", 12)

    response = send(harbor, "GET", "/api/v2.0/repositories?page_size=0")

    assert len(response.json()) == 12
    assert response.headers["x-total-count"] == "12"
    assert "link" not in response.headers


def test_page_zero_is_the_first_page(harbor: LocalHarbor) -> None:
    seed_repositories(harbor, "library", 3)

    response = send(harbor, "GET", "/api/v2.0/repositories?page=0&page_size=2")

    assert names(response) == ["library/app03", "library/app02"]
    assert response.headers["link"] == (
        '</api/v2.0/repositories?page=1&page_size=2>; rel="next"'
    )


# -- V4, V5: refused parameters ------------------------------------------------------


def test_v4_page_size_above_100_is_go_swaggers_422(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/projects?page_size=101")

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.content == error_body(
        "UNPROCESSABLE_ENTITY",
        "validation failure list:\n"
        "page_size in query should be less than or equal to 100",
    )


def test_a_page_that_is_not_an_integer_is_a_422(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/projects?page=abc")

    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == (
        'validation failure list:\npage in query must be of type int64: "abc"'
    )


def test_v5_q_without_equals_is_a_400(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/projects?q=name")

    assert response.status_code == 400
    assert response.content == error_body(
        "BAD_REQUEST",
        'the query string must contain "=" and the key/value cannot be empty',
    )


def test_v5_range_with_two_tildes_is_a_400(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/projects?q=creation_time%3D%5Ba~b~c%5D")

    assert response.status_code == 400
    assert response.content == error_body(
        "BAD_REQUEST", "invalid query string value: [a~b~c]"
    )


def test_a_semicolon_in_the_query_is_refused_before_anything_else(
    harbor: LocalHarbor,
) -> None:
    response = send(harbor, "GET", "/api/v2.0/projects?page=1;page_size=2")

    assert response.status_code == 400
    assert response.content == error_body(
        "BAD_REQUEST", "invalid semicolon separator in query"
    )


# -- the q language and sort on projects ----------------------------------------------


@pytest.fixture
def greek(harbor: LocalHarbor) -> LocalHarbor:
    """library (id 1), then alpha..epsilon (ids 2-6), created a month apart."""
    for month, name in enumerate(("alpha", "beta", "gamma", "delta", "epsilon"), 1):
        harbor.add_project(
            name,
            public=name == "beta",
            creation_time=datetime(2025, month, 1, tzinfo=UTC),
        )
    return harbor


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("name=beta", ["beta"]),
        ("name=~ALP", ["alpha"]),
        ("name=~a", ["alpha", "beta", "delta", "gamma", "library"]),
        ("project_id=[2~3]", ["alpha", "beta"]),
        ("project_id=[~2]", ["alpha", "library"]),
        ("project_id=[5~]", ["delta", "epsilon"]),
        ("ProjectID=[5~]", ["delta", "epsilon"]),
        ("creation_time=[2025-01-15T00:00:00~2025-03-01T00:00:00]", ["beta", "gamma"]),
        ("creation_time=[~2025-01-01T00:00:00]", ["alpha"]),
        ("name=[b~d]", ["beta"]),
        ("name=['b'~\"c\"]", ["beta"]),
        ("name={alpha gamma}", ["alpha", "gamma"]),
        ("project_id={1 3}", ["beta", "library"]),
        ("name={}", ["alpha", "beta", "delta", "epsilon", "gamma", "library"]),
        (
            "name=(alpha gamma)",
            ["alpha", "beta", "delta", "epsilon", "gamma", "library"],
        ),
        ("name=\\~alpha", []),
        ("public=true", ["beta", "library"]),
        ("public=false", ["alpha", "delta", "epsilon", "gamma"]),
        ("owner=admin,name=~e", ["beta", "delta", "epsilon"]),
        ("nmae=alpha", ["alpha", "beta", "delta", "epsilon", "gamma", "library"]),
        ("name__icontains=MMA", ["gamma"]),
        ("project_id__gt=5", ["epsilon"]),
    ],
)
def test_q_pattern_selects_exactly(
    greek: LocalHarbor, q: str, expected: list[str]
) -> None:
    response = send(greek, "GET", "/api/v2.0/projects", params={"q": q})

    assert response.status_code == 200
    assert names(response) == expected
    assert response.headers["x-total-count"] == str(len(expected))


def test_q_is_url_decoded_a_second_time(greek: LocalHarbor) -> None:
    response = send(greek, "GET", "/api/v2.0/projects?q=name%253D%257Ealph")

    assert names(response) == ["alpha"]


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("name=~", "invalid query string value: ~"),
        ("name=[~]", "invalid query string value: [~]"),
        ("name=[a~b", "invalid query string value: [a~b"),
        ("name={a b", "invalid query string value: {a b"),
        ("name=(a b", "invalid query string value: (a b"),
        (
            "=alpha",
            'the query string must contain "=" and the key/value cannot be empty',
        ),
        (
            "name=",
            'the query string must contain "=" and the key/value cannot be empty',
        ),
        (
            "name=a,,",
            'the query string must contain "=" and the key/value cannot be empty',
        ),
    ],
)
def test_malformed_q_is_a_400_with_harbors_message(
    harbor: LocalHarbor, q: str, message: str
) -> None:
    response = send(harbor, "GET", "/api/v2.0/projects", params={"q": q})

    assert response.status_code == 400
    assert response.content == error_body("BAD_REQUEST", message)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("", ["alpha", "beta", "delta", "epsilon", "gamma", "library"]),
        ("-name", ["library", "gamma", "epsilon", "delta", "beta", "alpha"]),
        ("-project_id", ["epsilon", "delta", "gamma", "beta", "alpha", "library"]),
        ("creation_time", ["alpha", "beta", "gamma", "delta", "epsilon", "library"]),
        ("nonsense", ["alpha", "beta", "delta", "epsilon", "gamma", "library"]),
        (
            "nonsense,-project_id",
            ["epsilon", "delta", "gamma", "beta", "alpha", "library"],
        ),
    ],
)
def test_sort_keeps_known_keys_and_falls_back_to_name(
    greek: LocalHarbor, sort: str, expected: list[str]
) -> None:
    # library was created when the test started, after the others' 2025 dates.
    response = send(greek, "GET", "/api/v2.0/projects", params={"sort": sort})

    assert names(response) == expected


def test_name_owner_and_public_parameters_filter_projects(greek: LocalHarbor) -> None:
    by_name = send(greek, "GET", "/api/v2.0/projects?name=LTA")
    by_public = send(greek, "GET", "/api/v2.0/projects?public=false&name=a")

    assert names(by_name) == ["delta"]
    assert names(by_public) == ["alpha", "delta", "gamma"]


# -- V6: the search trap ------------------------------------------------------------


def test_v6_users_search_ignores_page_but_links_to_the_next_one(
    harbor: LocalHarbor,
) -> None:
    for username in ("alice", "al", "bob", "ana", "maria"):
        harbor.add_user(username, "Passw0rd1")
    pages = [
        send(
            harbor, "GET", f"/api/v2.0/users/search?username=a&page={page}&page_size=2"
        )
        for page in (1, 2, 3)
    ]

    assert pages[1].headers["x-total-count"] == "5"
    assert pages[1].headers["link"] == (
        '</api/v2.0/users/search?page=1&page_size=2&username=a>; rel="prev" , '
        '</api/v2.0/users/search?page=3&page_size=2&username=a>; rel="next"'
    )
    assert (
        pages[1].content
        == b'[{"user_id":3,"username":"al"},{"user_id":5,"username":"ana"}]\n'
    )
    assert pages[0].content == pages[1].content == pages[2].content
    assert pages[2].headers["link"] == (
        '</api/v2.0/users/search?page=2&page_size=2&username=a>; rel="prev"'
    )


def test_users_search_needs_a_username(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/users/search")

    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == (
        "validation failure list:\nusername in query is required"
    )


# -- V7, V8: who may see what ---------------------------------------------------------


def test_v7_bad_credentials_on_users_current_are_a_401_without_challenge(
    harbor: LocalHarbor,
) -> None:
    response = send(harbor, "GET", "/api/v2.0/users/current", auth=("wrong", "wrong"))

    assert response.status_code == 401
    assert response.content == error_body("UNAUTHORIZED", "unauthorized")
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert "www-authenticate" not in response.headers


def test_v7_bad_credentials_list_only_public_projects(harbor: LocalHarbor) -> None:
    seed_demo_projects(harbor)

    response = send(harbor, "GET", "/api/v2.0/projects", auth=("admin", "wrong"))

    assert response.status_code == 200
    assert names(response) == ["demo-b", "library"]


def test_v7_a_wrong_password_sleeps_and_locks_the_username_meanwhile() -> None:
    delay = 1.0
    with LocalHarbor(login_failure_delay=delay) as harbor:
        started = time.monotonic()
        with ThreadPoolExecutor(1) as pool:
            failing = pool.submit(
                send, harbor, "GET", "/api/v2.0/users/current", auth=("admin", "nope")
            )
            time.sleep(0.2)
            asked = time.monotonic()
            during = send(harbor, "GET", "/api/v2.0/users/current")
            during_took = time.monotonic() - asked
            failed = failing.result()
        slept = time.monotonic() - started
        time.sleep(0.1)
        after = send(harbor, "GET", "/api/v2.0/users/current")

    assert failed.status_code == 401
    assert slept >= delay
    # The right password fails while the lock lasts, without a sleep of its own.
    assert during.status_code == 401
    assert during_took < delay / 2
    assert after.status_code == 200


def test_anonymous_callers_see_public_projects(harbor: LocalHarbor) -> None:
    seed_demo_projects(harbor)

    public = send(harbor, "GET", "/api/v2.0/projects", auth=None)
    private = send(harbor, "GET", "/api/v2.0/projects?public=false", auth=None)

    assert names(public) == ["demo-b", "library"]
    assert private.content == b"[]\n"
    assert private.headers["x-total-count"] == "0"


def test_a_user_sees_own_and_public_projects_with_roles(harbor: LocalHarbor) -> None:
    seed_demo_projects(harbor)
    harbor.add_project("team", members={"alice": "developer"})

    response = send(harbor, "GET", "/api/v2.0/projects", auth=ALICE)

    assert names(response) == ["demo-b", "library", "team"]
    roles = {p["name"]: p.get("current_user_role_ids") for p in response.json()}
    assert roles == {"demo-b": [1], "library": None, "team": [2]}


def test_v8_a_system_resource_names_the_user_in_its_403(harbor: LocalHarbor) -> None:
    harbor.add_user("alice", "Alice12345")

    response = send(harbor, "GET", "/api/v2.0/users", auth=ALICE)

    assert response.status_code == 403
    assert response.content == error_body("FORBIDDEN", "alice")


def test_v8_an_unknown_project_is_403_to_a_user_404_to_admin_401_to_anonymous(
    harbor: LocalHarbor,
) -> None:
    harbor.add_user("alice", "Alice12345")

    as_alice = send(harbor, "GET", "/api/v2.0/projects/nope", auth=ALICE)
    as_admin = send(harbor, "GET", "/api/v2.0/projects/nope")
    as_nobody = send(harbor, "GET", "/api/v2.0/projects/nope", auth=None)

    assert (as_alice.status_code, as_alice.content) == (
        403,
        error_body("FORBIDDEN", "forbidden"),
    )
    assert (as_admin.status_code, as_admin.content) == (
        404,
        error_body("NOT_FOUND", "project nope not found"),
    )
    assert (as_nobody.status_code, as_nobody.content) == (
        401,
        error_body("UNAUTHORIZED", "unauthorized"),
    )


def test_a_private_project_is_forbidden_to_a_non_member(harbor: LocalHarbor) -> None:
    seed_demo_projects(harbor)

    response = send(harbor, "GET", "/api/v2.0/projects/demo-a", auth=ALICE)

    assert (response.status_code, response.content) == (
        403,
        error_body("FORBIDDEN", "forbidden"),
    )


def test_a_robot_is_412_on_users_current_which_proves_its_secret(
    harbor: LocalHarbor,
) -> None:
    robot = harbor.add_robot("ci", project="library", secret="Robot12345")

    valid = send(
        harbor, "GET", "/api/v2.0/users/current", auth=(robot.full_name, "Robot12345")
    )
    wrong = send(
        harbor, "GET", "/api/v2.0/users/current", auth=(robot.full_name, "nope")
    )

    assert robot.full_name == "robot$library+ci"
    assert valid.status_code == 412
    assert valid.content == error_body(
        "PRECONDITION", "get current user not available for security context: robot"
    )
    assert wrong.status_code == 401


def test_a_project_robot_lists_its_own_project_and_the_public_ones(
    harbor: LocalHarbor,
) -> None:
    seed_demo_projects(harbor)
    robot = harbor.add_robot("ci", project="demo-a")

    response = send(
        harbor, "GET", "/api/v2.0/projects", auth=(robot.full_name, robot.secret)
    )

    assert names(response) == ["demo-a", "demo-b", "library"]
    assert all(p["current_user_role_ids"] is None for p in response.json())


def test_an_id_token_authenticates_in_oidc_mode_only() -> None:
    with LocalHarbor(auth_mode="oidc_auth", login_failure_delay=0.0) as harbor:
        harbor.add_oidc_token("eyJ.id-token.sig", "carol")
        bearer = {"Authorization": "Bearer eyJ.id-token.sig"}

        current = send(
            harbor, "GET", "/api/v2.0/users/current", auth=None, headers=bearer
        )
        harbor.remove_oidc_token("eyJ.id-token.sig")
        expired = send(
            harbor, "GET", "/api/v2.0/users/current", auth=None, headers=bearer
        )
        admin = send(harbor, "GET", "/api/v2.0/users/current")
        info = send(harbor, "GET", "/api/v2.0/systeminfo", auth=None)

    assert current.status_code == 200
    assert current.json()["username"] == "carol"
    assert expired.status_code == 401
    assert admin.json()["username"] == "admin"
    assert info.json()["auth_mode"] == "oidc_auth"
    with LocalHarbor() as harbor, pytest.raises(ValueError, match="oidc_auth"):
        harbor.add_oidc_token("eyJ.id-token.sig", "carol")


def test_users_current_is_the_user_response(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/users/current")
    body = response.json()

    assert {k: v for k, v in body.items() if not k.endswith("_time")} == {
        "admin_role_in_auth": False,
        "comment": "admin user",
        "email": "admin@example.com",
        "realname": "system admin",
        "sysadmin_flag": True,
        "user_id": 1,
        "username": "admin",
    }
    assert "password" not in response.text


def test_users_lists_with_q_and_the_username_parameter(harbor: LocalHarbor) -> None:
    for username in ("alice", "al", "bob"):
        harbor.add_user(username, "Passw0rd1")

    fuzzy = send(harbor, "GET", "/api/v2.0/users?username=AL")
    by_q = send(harbor, "GET", "/api/v2.0/users", params={"q": "user_id=[3~]"})

    assert [u["username"] for u in fuzzy.json()] == ["al", "alice"]
    assert [u["username"] for u in by_q.json()] == ["al", "bob"]


# -- V9: create, duplicate, delete ---------------------------------------------------


def test_v9_create_is_201_with_a_relative_location_and_no_body(
    harbor: LocalHarbor,
) -> None:
    response = send(
        harbor,
        "POST",
        "/api/v2.0/projects",
        json={"project_name": "demo", "metadata": {"public": "false"}},
    )

    assert response.status_code == 201
    assert response.headers["location"] == "/api/v2.0/projects/2"
    assert response.headers["content-length"] == "0"
    assert "content-type" not in response.headers
    assert UUID.fullmatch(response.headers["x-request-id"])


def test_create_can_name_the_project_in_location(harbor: LocalHarbor) -> None:
    response = send(
        harbor,
        "POST",
        "/api/v2.0/projects",
        json={"project_name": "demo"},
        headers={"X-Resource-Name-In-Location": "true"},
    )

    assert response.headers["location"] == "/api/v2.0/projects/demo"


def test_v9_a_duplicate_name_is_a_409(harbor: LocalHarbor) -> None:
    body = {"project_name": "demo", "metadata": {"public": "false"}}
    send(harbor, "POST", "/api/v2.0/projects", json=body)

    response = send(harbor, "POST", "/api/v2.0/projects", json=body)

    assert response.status_code == 409
    assert response.content == error_body(
        "CONFLICT", "The project named demo already exists"
    )


def test_v9_deleting_a_project_with_repositories_is_a_412(harbor: LocalHarbor) -> None:
    harbor.add_project("demo")
    harbor.add_repository("demo", "app")

    response = send(harbor, "DELETE", "/api/v2.0/projects/demo")

    assert response.status_code == 412
    assert response.content == error_body(
        "PRECONDITION",
        "precondition failed: the project contains repositories, can not be deleted",
    )


def test_v9_a_successful_delete_is_200_without_body_or_content_type(
    harbor: LocalHarbor,
) -> None:
    project = harbor.add_project("demo")

    response = send(harbor, "DELETE", f"/api/v2.0/projects/{project.project_id}")
    gone = send(harbor, "GET", "/api/v2.0/projects/demo")

    assert response.status_code == 200
    assert response.content == b""
    assert "content-type" not in response.headers
    assert gone.status_code == 404


def test_metadata_public_must_be_true_or_false(harbor: LocalHarbor) -> None:
    response = send(
        harbor,
        "POST",
        "/api/v2.0/projects",
        json={"project_name": "demo", "metadata": {"public": "yes"}},
    )

    assert response.status_code == 400
    assert response.content == error_body(
        "BAD_REQUEST",
        "metadata.public should only be 'true' or 'false', but got: 'yes'",
    )


def test_creating_a_project_needs_a_user(harbor: LocalHarbor) -> None:
    response = send(
        harbor, "POST", "/api/v2.0/projects", json={"project_name": "x"}, auth=None
    )

    assert response.status_code == 401


def test_the_creator_is_the_project_admin(harbor: LocalHarbor) -> None:
    harbor.add_user("alice", "Alice12345")
    send(
        harbor, "POST", "/api/v2.0/projects", json={"project_name": "mine"}, auth=ALICE
    )

    project = send(harbor, "GET", "/api/v2.0/projects/mine", auth=ALICE).json()

    assert (project["owner_name"], project["current_user_role_ids"]) == ("alice", [1])
    assert project["current_user_role_id"] == 1


def test_update_merges_metadata_and_answers_an_empty_200(harbor: LocalHarbor) -> None:
    harbor.add_project("demo", metadata={"auto_scan": "true"})

    response = send(
        harbor, "PUT", "/api/v2.0/projects/demo", json={"metadata": {"public": "true"}}
    )
    project = send(harbor, "GET", "/api/v2.0/projects/demo").json()

    assert (response.status_code, response.content) == (200, b"")
    assert "content-type" not in response.headers
    assert project["metadata"] == {"auto_scan": "true", "public": "true"}


def test_head_projects_tells_whether_a_name_exists(harbor: LocalHarbor) -> None:
    exists = send(harbor, "HEAD", "/api/v2.0/projects?project_name=library")
    missing = send(harbor, "HEAD", "/api/v2.0/projects?project_name=nope")

    assert (exists.status_code, exists.content) == (200, b"")
    assert (missing.status_code, missing.content) == (404, b"")


def test_summary_counts_repositories_members_and_quota(harbor: LocalHarbor) -> None:
    harbor.add_user("alice", "Alice12345")
    harbor.add_project("demo", members={"alice": "developer"})
    harbor.add_artifact("demo", "app", size=1000)
    harbor.add_artifact("demo", "app", size=24)

    response = send(harbor, "GET", "/api/v2.0/projects/demo/summary")

    assert response.json() == {
        "developer_count": 1,
        "project_admin_count": 1,
        "quota": {"hard": {"storage": -1}, "used": {"storage": 1024}},
        "repo_count": 1,
    }


def test_a_json_body_without_content_type_is_a_415(harbor: LocalHarbor) -> None:
    response = send(
        harbor, "POST", "/api/v2.0/projects", content=b'{"project_name":"x"}'
    )

    assert response.status_code == 415
    assert response.content == error_body(
        "UNSUPPORTED_MEDIA_TYPE",
        'unsupported media type "application/octet-stream", '
        "only [application/json] are allowed",
    )


def test_a_create_without_body_is_a_422(harbor: LocalHarbor) -> None:
    response = send(harbor, "POST", "/api/v2.0/projects")

    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == (
        "validation failure list:\nproject in body is required"
    )


# -- HC-16: numeric project names --------------------------------------------------


def test_hc16_a_numeric_name_is_an_id_unless_x_is_resource_name_says_otherwise(
    harbor: LocalHarbor,
) -> None:
    project = harbor.add_project("123")

    as_id = send(harbor, "GET", "/api/v2.0/projects/123")
    as_name = send(
        harbor, "GET", "/api/v2.0/projects/123", headers={"X-Is-Resource-Name": "true"}
    )
    by_id = send(harbor, "GET", f"/api/v2.0/projects/{project.project_id}")

    assert (as_id.status_code, as_id.content) == (
        404,
        error_body("NOT_FOUND", "project 123 not found"),
    )
    assert as_name.json()["project_id"] == project.project_id
    assert by_id.json()["name"] == "123"


def test_hc16_the_header_applies_to_the_summary_too(harbor: LocalHarbor) -> None:
    harbor.add_project("555")
    harbor.add_repository("555", "app")

    response = send(
        harbor,
        "GET",
        "/api/v2.0/projects/555/summary",
        headers={"X-Is-Resource-Name": "true"},
    )

    assert response.json()["repo_count"] == 1


# -- HC-15: double-encoded repository names ----------------------------------------


def test_hc15_only_a_double_encoded_repository_name_is_found(
    harbor: LocalHarbor,
) -> None:
    harbor.add_project("demo")
    harbor.add_artifact("demo", "team/sub/app", tags=["v1"])
    base = "/api/v2.0/projects/demo/repositories"

    double = send(harbor, "GET", f"{base}/team%252Fsub%252Fapp")
    single = send(
        harbor, "GET", f"{base}/team%2Fsub%2Fapp/artifacts?page=1&page_size=10"
    )
    plain = send(harbor, "GET", f"{base}/team/sub/app/artifacts?page=1&page_size=10")
    artifacts = send(
        harbor, "GET", f"{base}/team%252Fsub%252Fapp/artifacts?page=1&page_size=10"
    )

    assert double.json()["name"] == "demo/team/sub/app"
    not_found = error_body(
        "NOT_FOUND",
        "path /api/v2.0/projects/demo/repositories/team/sub/app/artifacts"
        " was not found",
    )
    assert (single.status_code, single.content) == (404, not_found)
    assert (plain.status_code, plain.content) == (404, not_found)
    assert [a["tags"][0]["name"] for a in artifacts.json()] == ["v1"]


def test_hc08_a_link_keeps_the_double_encoded_path(harbor: LocalHarbor) -> None:
    harbor.add_project("demo")
    for _ in range(11):
        harbor.add_artifact("demo", "team/app")

    response = send(
        harbor, "GET", "/api/v2.0/projects/demo/repositories/team%252Fapp/artifacts"
    )

    assert response.headers["link"] == (
        "</api/v2.0/projects/demo/repositories/team%252Fapp/artifacts"
        '?page=2&page_size=10>; rel="next"'
    )


def test_a_repository_lists_with_its_full_name_and_artifact_count(
    harbor: LocalHarbor,
) -> None:
    harbor.add_project("demo", public=True)
    repository = harbor.add_repository("demo", "tools/kubectl", creation_time=T0)
    harbor.add_artifact("demo", "tools/kubectl")

    response = send(harbor, "GET", "/api/v2.0/projects/demo/repositories", auth=None)

    assert response.json() == [
        {
            "artifact_count": 1,
            "creation_time": "2025-11-03T08:15:42.117Z",
            "id": repository.repository_id,
            "name": "demo/tools/kubectl",
            "project_id": repository.project_id,
            "pull_count": 0,
            "update_time": response.json()[0]["update_time"],
        }
    ]


def test_an_unknown_repository_is_a_404_with_its_full_name(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/projects/library/repositories/nope")

    assert (response.status_code, response.content) == (
        404,
        error_body("NOT_FOUND", "repository library/nope not found"),
    )


def test_all_repositories_are_those_of_visible_projects(harbor: LocalHarbor) -> None:
    seed_demo_projects(harbor)
    harbor.add_repository("demo-a", "secret")

    as_admin = send(harbor, "GET", "/api/v2.0/repositories")
    as_nobody = send(harbor, "GET", "/api/v2.0/repositories", auth=None)

    assert sorted(names(as_admin)) == [
        "demo-a/secret",
        "demo-b/tools/helm",
        "demo-b/tools/kubectl",
    ]
    assert sorted(names(as_nobody)) == ["demo-b/tools/helm", "demo-b/tools/kubectl"]


# -- V24, HC-04: artifacts ---------------------------------------------------------

DIGEST = "sha256:" + "ab" * 32
REPORT = {
    "complete_percent": 100,
    "duration": 12,
    "end_time": "2024-03-01T00:00:12Z",
    "report_id": "r1",
    "scan_status": "Success",
    "scanner": {"name": "Trivy", "vendor": "Aqua Security", "version": "v0"},
    "severity": "High",
    "start_time": "2024-03-01T00:00:00Z",
    "summary": {"fixable": 1, "summary": {"High": 1, "Medium": 2}, "total": 3},
}


def seed_kubectl(harbor: LocalHarbor) -> Any:
    harbor.add_project("demo")
    return harbor.add_artifact(
        "demo",
        "tools/kubectl",
        tags=["v1.31"],
        digest=DIGEST,
        size=23456789,
        push_time=datetime(2025, 10, 5, 9, 0, tzinfo=UTC),
        extra_attrs={
            "architecture": "amd64",
            "author": "",
            "config": {"Entrypoint": ["kubectl"]},
            "created": "2025-10-05T08:59:12.5Z",
            "os": "linux",
        },
        scan_overview={VULNERABILITY_REPORT_V11: REPORT},
    )


def test_v24_artifact_json_has_nulls_omissions_and_zero_times(
    harbor: LocalHarbor,
) -> None:
    artifact = seed_kubectl(harbor)

    response = send(
        harbor,
        "GET",
        "/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts"
        "?with_tag=true&page=1&page_size=1",
        headers={"X-Accept-Vulnerabilities": VULNERABILITY_REPORT_V11},
    )

    links = f"/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts/{DIGEST}"
    assert response.headers["x-total-count"] == "1"
    assert response.json() == [
        {
            "accessories": None,
            "addition_links": {
                "build_history": {
                    "absolute": False,
                    "href": f"{links}/additions/build_history",
                },
                "vulnerabilities": {
                    "absolute": False,
                    "href": f"{links}/additions/vulnerabilities",
                },
            },
            "artifact_type": "application/vnd.oci.image.config.v1+json",
            "digest": DIGEST,
            "extra_attrs": {
                "architecture": "amd64",
                "author": "",
                "config": {"Entrypoint": ["kubectl"]},
                "created": "2025-10-05T08:59:12.5Z",
                "os": "linux",
            },
            "icon": "sha256:0048162a053eef4d4ce3fe7518615bef"
            "084403614f8bca43b40ae2e762e11e06",
            "id": artifact.id,
            "labels": None,
            "manifest_media_type": "application/vnd.oci.image.manifest.v1+json",
            "media_type": "application/vnd.oci.image.config.v1+json",
            "project_id": artifact.project_id,
            "pull_time": ZERO,
            "push_time": "2025-10-05T09:00:00.000Z",
            "references": None,
            "repository_id": artifact.repository_id,
            "repository_name": "demo/tools/kubectl",
            "size": 23456789,
            "tags": [
                {
                    "artifact_id": artifact.id,
                    "id": artifact.tags[0].id,
                    "immutable": False,
                    "name": "v1.31",
                    "pull_time": ZERO,
                    "push_time": "2025-10-05T09:00:00.000Z",
                    "repository_id": artifact.repository_id,
                }
            ],
            "type": "IMAGE",
        }
    ]


def test_without_with_tag_the_tags_are_null(harbor: LocalHarbor) -> None:
    seed_kubectl(harbor)

    response = send(
        harbor,
        "GET",
        "/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts?with_tag=false",
    )

    assert response.json()[0]["tags"] is None


@pytest.mark.parametrize(
    ("accept", "has_overview"),
    [
        (None, False),
        (VULNERABILITY_REPORT_V10, False),
        (f"{VULNERABILITY_REPORT_V11}, {VULNERABILITY_REPORT_V10}", True),
        (f"{VULNERABILITY_REPORT_V10}, {VULNERABILITY_REPORT_V11}", True),
    ],
)
def test_hc04_scan_overview_needs_the_v11_report_type_in_the_header(
    harbor: LocalHarbor, accept: str | None, has_overview: bool
) -> None:
    seed_kubectl(harbor)
    headers = {"X-Accept-Vulnerabilities": accept} if accept else {}

    response = send(
        harbor,
        "GET",
        "/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts"
        "?with_scan_overview=true",
        headers=headers,
    )

    overview = response.json()[0].get("scan_overview")
    assert overview == ({VULNERABILITY_REPORT_V11: REPORT} if has_overview else None)


def test_an_older_scanners_v10_report_comes_back_for_a_v10_header(
    harbor: LocalHarbor,
) -> None:
    harbor.add_project("demo")
    harbor.add_artifact("demo", "app", scan_overview={VULNERABILITY_REPORT_V10: REPORT})

    response = send(
        harbor,
        "GET",
        "/api/v2.0/projects/demo/repositories/app/artifacts?with_scan_overview=true",
        headers={"X-Accept-Vulnerabilities": VULNERABILITY_REPORT_V10},
    )

    assert response.json()[0]["scan_overview"] == {VULNERABILITY_REPORT_V10: REPORT}


def test_artifacts_filter_on_tags_and_sort_newest_first(harbor: LocalHarbor) -> None:
    harbor.add_project("demo")
    day = datetime(2025, 1, 1, tzinfo=UTC)
    for i, tags in enumerate((["v1"], [], ["v2", "latest"])):
        harbor.add_artifact("demo", "app", tags=tags, push_time=day + timedelta(i))
    path = "/api/v2.0/projects/demo/repositories/app/artifacts"

    def tags(q: str) -> list[list[str]]:
        response = send(harbor, "GET", path, params={"q": q} if q else {})
        return [sorted(t["name"] for t in a["tags"] or ()) for a in response.json()]

    assert tags("") == [["latest", "v2"], [], ["v1"]]
    assert tags("tags=*") == [["latest", "v2"], ["v1"]]
    assert tags("tags=nil") == [[]]
    assert tags("tags=v1") == [["v1"]]
    assert tags("tags=~lat") == [["latest", "v2"]]


def test_project_artifacts_can_keep_the_latest_of_each_repository(
    harbor: LocalHarbor,
) -> None:
    harbor.add_project("demo")
    day = datetime(2025, 1, 1, tzinfo=UTC)
    for i, repository in enumerate(("a", "b", "a", "b", "a")):
        harbor.add_artifact(
            "demo", repository, tags=[f"t{i}"], push_time=day + timedelta(i)
        )

    response = send(
        harbor,
        "GET",
        "/api/v2.0/projects/demo/artifacts?latest_in_repository=true"
        # The + of the media type is encoded twice: q is decoded twice.
        "&q=media_type%3Dapplication/vnd.oci.image.config.v1%252Bjson",
    )
    everything = send(harbor, "GET", "/api/v2.0/projects/demo/artifacts")

    assert [a["tags"][0]["name"] for a in response.json()] == ["t4", "t3"]
    assert everything.headers["x-total-count"] == "5"


# -- V11: ping, health, systeminfo ---------------------------------------------------


def test_v11_ping_is_pong_in_plain_text_without_newline(harbor: LocalHarbor) -> None:
    response = send(
        harbor, "GET", "/api/v2.0/ping", auth=None, headers={"Accept": "*/*"}
    )

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain"
    assert response.content == b"Pong"


def test_v11_ping_refuses_accept_json_with_a_406(harbor: LocalHarbor) -> None:
    response = send(
        harbor,
        "GET",
        "/api/v2.0/ping",
        auth=None,
        headers={"Accept": "application/json"},
    )

    assert response.status_code == 406
    assert response.content == error_body(
        "NOT_ACCEPTABLE",
        "unsupported media type requested, only [text/plain] are available",
    )


def test_v11_health_lists_sorted_components_and_is_200_even_when_unhealthy(
    harbor: LocalHarbor,
) -> None:
    harbor.config.unhealthy_components["registry"] = (
        "failed to check the health status: timeout"
    )

    response = send(harbor, "GET", "/api/v2.0/health", auth=None)

    assert response.status_code == 200
    assert response.content == (
        b'{"components":[{"name":"core","status":"healthy"},{"name":"database",'
        b'"status":"healthy"},{"name":"jobservice","status":"healthy"},{"name":"portal",'
        b'"status":"healthy"},{"name":"redis","status":"healthy"},{"error":"failed to '
        b'check the health status: timeout","name":"registry","status":"unhealthy"},'
        b'{"name":"registryctl","status":"healthy"}],"status":"unhealthy"}\n'
    )


def test_v11_anonymous_systeminfo_has_five_fields(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/systeminfo", auth=None)

    assert response.content == (
        b'{"auth_mode":"db_auth","banner_message":"","oidc_provider_name":"",'
        b'"primary_auth_mode":false,"self_registration":false}\n'
    )


def test_v11_authenticated_systeminfo_reports_the_version(harbor: LocalHarbor) -> None:
    body = send(harbor, "GET", "/api/v2.0/systeminfo").json()
    current_time = body.pop("current_time")

    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", current_time)
    assert re.fullmatch(r"v2\.15\.2-[0-9a-f]{8}", body["harbor_version"])
    assert body == {
        "auth_mode": "db_auth",
        "banner_message": "",
        "external_url": harbor.url,
        "harbor_version": "v2.15.2-080b0220",
        "has_ca_root": False,
        "notification_enable": True,
        "oidc_provider_name": "",
        "primary_auth_mode": False,
        "project_creation_restriction": "everyone",
        "read_only": False,
        "registry_storage_provider_name": "filesystem",
        "registry_url": harbor.url.removeprefix("http://"),
        "self_registration": False,
    }


# -- V10: framework answers ----------------------------------------------------------


def test_v10_an_unknown_api_path_is_a_json_404(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/v2.0/projectz")

    assert response.status_code == 404
    assert response.content == error_body(
        "NOT_FOUND", "path /api/v2.0/projectz was not found"
    )


def test_v10_a_legacy_api_path_is_an_html_404(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/projects")

    assert response.status_code == 404
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert b"<title>404 - Page Not Found</title>" in response.content


def test_a_method_the_path_lacks_is_a_405(harbor: LocalHarbor) -> None:
    response = send(harbor, "PATCH", "/api/v2.0/projects")

    assert response.status_code == 405
    assert response.content == error_body(
        "METHOD_NOT_ALLOWED", "method PATCH is not allowed, but [GET,HEAD,POST] are"
    )


def test_the_api_version_answer_is_text(harbor: LocalHarbor) -> None:
    response = send(harbor, "GET", "/api/version", auth=None)

    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.content == b'{"version":"v2.0"}\n'


# -- HC-09: the session cookie and CSRF ------------------------------------------------


def test_hc09_a_replayed_sid_turns_on_csrf_and_the_next_post_fails(
    harbor: LocalHarbor,
) -> None:
    first = send(harbor, "GET", "/api/v2.0/projects")
    sid = first.cookies["sid"]

    refused = send(
        harbor,
        "POST",
        "/api/v2.0/projects",
        json={"project_name": "demo2"},
        headers={"Cookie": f"sid={sid}"},
    )

    assert "x-harbor-csrf-token" not in first.headers
    assert refused.status_code == 403
    assert refused.content == error_body("FORBIDDEN", "CSRF token not found in request")
    assert refused.headers["x-harbor-csrf-token"]
    assert refused.headers["set-cookie"].startswith("_gorilla_csrf=")
    assert "Max-Age=43200; HttpOnly; SameSite=Strict" in refused.headers["set-cookie"]


def test_hc09_the_token_and_cookie_from_a_response_make_the_post_pass(
    harbor: LocalHarbor,
) -> None:
    sid = send(harbor, "GET", "/api/v2.0/projects").cookies["sid"]
    refused = send(
        harbor, "POST", "/api/v2.0/projects", json={"project_name": "demo2"},
        headers={"Cookie": f"sid={sid}"},
    )  # fmt: skip
    csrf_cookie = refused.cookies["_gorilla_csrf"]
    token = refused.headers["x-harbor-csrf-token"]

    accepted = send(
        harbor,
        "POST",
        "/api/v2.0/projects",
        json={"project_name": "demo2"},
        headers={
            "Cookie": f"sid={sid}; _gorilla_csrf={csrf_cookie}",
            "X-Harbor-CSRF-Token": token,
        },
    )

    assert accepted.status_code == 201


def test_hc09_a_token_of_another_cookie_is_invalid(harbor: LocalHarbor) -> None:
    sid = send(harbor, "GET", "/api/v2.0/projects").cookies["sid"]
    mine = send(harbor, "GET", "/api/v2.0/projects", headers={"Cookie": f"sid={sid}"})
    theirs = send(harbor, "GET", "/api/v2.0/projects", headers={"Cookie": f"sid={sid}"})

    refused = send(
        harbor,
        "DELETE",
        "/api/v2.0/projects/library",
        headers={
            "Cookie": f"sid={sid}; _gorilla_csrf={mine.cookies['_gorilla_csrf']}",
            "X-Harbor-CSRF-Token": theirs.headers["x-harbor-csrf-token"],
        },
    )

    assert refused.status_code == 403
    assert refused.content == error_body("FORBIDDEN", "CSRF token invalid")


def test_hc09_without_cookies_basic_auth_writes_pass(harbor: LocalHarbor) -> None:
    send(harbor, "GET", "/api/v2.0/projects")

    response = send(
        harbor, "POST", "/api/v2.0/projects", json={"project_name": "demo2"}
    )

    assert response.status_code == 201


def test_a_session_core_issued_is_not_replaced(harbor: LocalHarbor) -> None:
    sid = send(harbor, "GET", "/api/v2.0/ping").cookies["sid"]

    again = send(harbor, "GET", "/api/v2.0/ping", headers={"Cookie": f"sid={sid}"})
    unknown = send(harbor, "GET", "/api/v2.0/ping", headers={"Cookie": "sid=forged"})

    assert "sid=" not in again.headers.get("set-cookie", "")
    assert any(SID_COOKIE.fullmatch(c) for c in unknown.headers.get_list("set-cookie"))


# -- request ids and the recorded requests ---------------------------------------------


def test_x_request_id_is_echoed(harbor: LocalHarbor) -> None:
    response = send(
        harbor, "GET", "/api/v2.0/ping", headers={"X-Request-Id": "abc-123"}
    )
    failed = send(harbor, "GET", "/api/v2.0/nope", headers={"X-Request-Id": "abc-124"})

    assert response.headers["x-request-id"] == "abc-123"
    assert failed.headers["x-request-id"] == "abc-124"


def test_requests_are_recorded_with_raw_path_and_headers_but_repr_hides_them(
    harbor: LocalHarbor,
) -> None:
    send(harbor, "GET", "/api/v2.0/projects/demo/repositories/a%252Fb?page=2")

    recorded = harbor.requests[-1]
    expected = "Basic " + base64.b64encode(b"admin:Harbor12345").decode()
    assert recorded.method == "GET"
    assert recorded.raw_path == "/api/v2.0/projects/demo/repositories/a%252Fb?page=2"
    assert recorded.headers["authorization"] == expected
    assert repr(recorded) == (
        "RecordedRequest(GET /api/v2.0/projects/demo/repositories/a%252Fb?page=2)"
    )
    assert "Harbor12345" not in repr(harbor) + repr(harbor.requests)


# -- the server itself -----------------------------------------------------------------


def test_keeps_the_connection_alive_over_http_11(harbor: LocalHarbor) -> None:
    with httpx.Client(base_url=harbor.url) as client:
        first = client.get("/api/v2.0/ping")
        second = client.get("/api/v2.0/ping")

    assert first.http_version == second.http_version == "HTTP/1.1"
    assert "connection" not in first.headers


def test_stop_also_ends_kept_alive_connections() -> None:
    harbor = LocalHarbor().start()
    with httpx.Client(base_url=harbor.url) as client:
        client.get("/api/v2.0/ping")
        harbor.stop()

        with pytest.raises(httpx.TransportError):
            client.get("/api/v2.0/ping")


def test_latency_is_added_to_every_request() -> None:
    with LocalHarbor(latency=0.2) as harbor:
        started = time.monotonic()
        send(harbor, "GET", "/api/v2.0/ping")
        elapsed = time.monotonic() - started

    assert elapsed >= 0.2


def test_the_mock_transport_answers_like_the_server() -> None:
    harbor = LocalHarbor()
    with httpx.Client(
        base_url="http://harbor.test", transport=harbor.mock_transport()
    ) as c:
        response = c.get("/api/v2.0/projects?page_size=101")

    assert response.status_code == 422
    assert response.content == error_body(
        "UNPROCESSABLE_ENTITY",
        "validation failure list:\n"
        "page_size in query should be less than or equal to 100",
    )


async def test_the_mock_transport_serves_an_async_client() -> None:
    harbor = LocalHarbor()
    transport = harbor.mock_transport()
    async with httpx.AsyncClient(
        base_url="http://harbor.test", transport=transport
    ) as c:
        response = await c.get("/api/v2.0/projects", auth=ADMIN)

    assert names(response) == ["library"]


def test_serve_prints_url_and_credentials_and_answers(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "harbor_client.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().strip() for _ in range(4)]
        url = lines[1].removeprefix("URL: ")
        response = httpx.get(url + "/api/v2.0/ping")
    finally:
        process.terminate()
        process.wait(timeout=10)

    assert re.fullmatch(r"URL: http://127\.0\.0\.1:\d+", lines[1])
    assert lines[2:] == ["admin username: admin", "admin password: Harbor12345"]
    assert response.content == b"Pong"


# -- every JSON body against Harbor's definition ------------------------------------

DEFINITION_FILE = Path(
    os.environ.get(
        "HARBOR_DEFINITION",
        Path(__file__).resolve().parents[2] / "shared/harbor-spec/swagger-v2.15.2.yaml",
    )
)

#: The nulls Harbor really sends where the definition declares a plain array (its
#: Go models leave these slices unset): the only places a null is accepted.
NULL_ARRAYS = {
    ("Artifact", "tags"),
    ("Artifact", "labels"),
    ("Artifact", "references"),
    ("Artifact", "accessories"),
    ("Project", "current_user_role_ids"),
}
#: ``ExtraAttrs`` promises objects as values, but Harbor's image processor writes
#: strings (``architecture``, ``os``, ``author``, ``created``) next to ``config``.
LOOSE_MAPS = {"ExtraAttrs"}


@functools.cache
def definition() -> dict[str, Any]:
    if not DEFINITION_FILE.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"Harbor's definition is missing: {DEFINITION_FILE}")
        pytest.skip(f"Harbor's definition is not at {DEFINITION_FILE}")
    with DEFINITION_FILE.open("rb") as file:
        loaded: dict[str, Any] = yaml.load(
            file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    return loaded


def json_schema(node: Any, name: str | None = None) -> Any:
    """A Swagger 2.0 schema as OpenAPI 3.0 JSON Schema: ``$ref`` inlined,
    ``x-nullable`` as ``nullable``, and objects closed to undeclared properties."""
    if isinstance(node, list):
        return [json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = node["$ref"].rsplit("/", 1)[-1]
        return json_schema(definition()["definitions"][target], target)
    schema: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties":
            schema[key] = {prop: json_schema(sub) for prop, sub in value.items()}
            for prop in schema[key]:
                if (name, prop) in NULL_ARRAYS:
                    schema[key][prop] = {**schema[key][prop], "nullable": True}
        elif key in {"x-nullable", "x-isnullable"}:
            schema["nullable"] = bool(value)
        elif key == "additionalProperties" and name in LOOSE_MAPS:
            schema[key] = True
        elif not key.startswith("x-") and key not in {"example", "description"}:
            schema[key] = json_schema(value)
    if "properties" in schema and "additionalProperties" not in schema:
        schema["additionalProperties"] = False
    return schema


def operation_schema(method: str, raw_path: str, status: int) -> Any:
    """The declared schema of a response, or ``None`` when it declares no body."""
    parts = raw_path.partition("?")[0].removeprefix("/api/v2.0").strip("/").split("/")
    candidates = []
    for template, operations in definition()["paths"].items():
        segments = template.strip("/").split("/")
        if len(segments) == len(parts) and all(
            s.startswith("{") or s == p for s, p in zip(segments, parts, strict=True)
        ):
            candidates.append(([s.startswith("{") for s in segments], operations))
    if not candidates:
        return None
    operations = min(candidates, key=lambda c: c[0])[1]
    operation = operations.get(method.lower(), {})
    declared = operation.get("responses", {}).get(str(status))
    if declared is None:
        return None
    if "$ref" in declared:
        declared = definition()["responses"][declared["$ref"].rsplit("/", 1)[-1]]
    return declared.get("schema")


def check_schemas(answered: list[tuple[str, str, Response]]) -> None:
    """Every JSON body of the API matches its operation's schema; errors match
    ``Errors``. ``/v2/`` and ``/service/token`` are outside the definition."""
    for method, raw_path, response in answered:
        content_type = response.header("Content-Type") or ""
        if not raw_path.startswith("/api/v2.0/"):
            continue
        if not response.body or not content_type.startswith("application/json"):
            continue
        body = response.json()
        if response.status >= 400:
            schema: Any = {"$ref": "#/definitions/Errors"}
            assert len(body["errors"]) == 1, (method, raw_path)
        else:
            schema = operation_schema(method, raw_path, response.status)
            assert schema is not None, (
                f"{method} {raw_path} sent a body it does not declare"
            )
        validator = OAS30Validator(
            json_schema(schema), format_checker=oas30_format_checker
        )
        problems = [e.message for e in validator.iter_errors(body)]
        assert not problems, f"{method} {raw_path} -> {response.status}: {problems}"


def test_the_schema_check_accepts_harbors_nulls_and_nothing_else() -> None:
    artifact = {"id": 1, "tags": None, "labels": None, "extra_attrs": {"os": "linux"}}
    project = {"project_id": 1, "metadata": None}
    invented = {"project_id": 1, "togglable_typo": True}

    def errors(definition_name: str, body: Any) -> list[str]:
        schema = json_schema({"$ref": f"#/definitions/{definition_name}"})
        validator = OAS30Validator(schema, format_checker=oas30_format_checker)
        return [e.message for e in validator.iter_errors(body)]

    assert errors("Artifact", artifact) == []
    assert errors("Project", project) != []
    assert len(errors("Project", invented)) == 1


def test_the_pytest_plugin_offers_a_started_local_harbor(
    local_harbor: LocalHarbor,
) -> None:
    response = send(local_harbor, "GET", "/api/v2.0/users/current")

    assert response.json()["username"] == local_harbor.admin_username == "admin"
