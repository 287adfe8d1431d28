"""The local Harbor's robots, members, labels, quotas, immutable tag rules, read-only
mode, metadata, users and audit log, over raw HTTP with exact answers.

None of these needs a registry, so none is started; every JSON body is checked
against Harbor's definition afterwards, as in ``test_local_harbor``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from test_local_harbor import check_schemas, error_body, record_answers

from harbor_client.testing import LocalHarbor

ADMIN = ("admin", "Harbor12345")
ALICE = ("alice", "Alice12345")
API = "/api/v2.0"
READ_ONLY = "The system is in read only mode. Any modification is prohibited."


@pytest.fixture
def harbor() -> Iterator[LocalHarbor]:
    """Project ``demo`` with alice as its developer."""
    local = LocalHarbor(login_failure_delay=0.05, registry=False)
    answered = record_answers(local)
    with local:
        local.add_user(*ALICE)
        local.add_project("demo", members={"alice": "developer"})
        yield local
    check_schemas(answered)


def call(
    harbor: LocalHarbor,
    method: str,
    path: str,
    *,
    auth: tuple[str, str] | None = ADMIN,
    **kwargs: Any,
) -> httpx.Response:
    return httpx.request(method, f"{harbor.url}{API}{path}", auth=auth, **kwargs)


def robot_body(
    name: str = "ci", project: str = "demo", *access: str, **extra: Any
) -> dict[str, Any]:
    return {
        "name": name,
        "description": "CI pusher",
        "duration": 30,
        "level": "project",
        "permissions": [
            {
                "kind": "project",
                "namespace": project,
                "access": [
                    {"resource": a.split(":")[0], "action": a.split(":")[1]}
                    for a in access or ("repository:pull", "repository:push")
                ],
            }
        ],
        **extra,
    }


# -- robots (V12) -------------------------------------------------------------------


def test_v12_a_project_robot_is_created_and_its_secret_shown_once(
    harbor: LocalHarbor,
) -> None:
    created = call(harbor, "POST", "/robots", json=robot_body())
    shown = call(harbor, "GET", "/robots/1")

    body = created.json()
    assert created.status_code == 201
    assert created.headers["location"] == "/api/v2.0/robots/1"
    assert sorted(body) == ["creation_time", "expires_at", "id", "name", "secret"]
    assert (body["id"], body["name"]) == (1, "robot$demo+ci")
    assert re.fullmatch(r"[A-Za-z0-9]{32}", body["secret"])
    assert abs(body["expires_at"] - (time.time() + 30 * 86400)) < 5
    robot = shown.json()
    assert "secret" not in robot
    assert {
        k: robot[k] for k in ("name", "level", "duration", "editable", "disable")
    } == {
        "name": "robot$demo+ci",
        "level": "project",
        "duration": 30,
        "editable": True,
        "disable": False,
    }
    assert robot["permissions"] == [
        {
            "access": [
                {"action": "pull", "resource": "repository"},
                {"action": "push", "resource": "repository"},
            ],
            "kind": "project",
            "namespace": "demo",
        }
    ]


def test_v12_a_robot_name_that_is_not_lower_case_is_a_400(harbor: LocalHarbor) -> None:
    answer = call(harbor, "POST", "/robots", json=robot_body("CI"))

    assert answer.status_code == 400
    assert answer.content == error_body(
        "BAD_REQUEST",
        "robot name is not in lower case or contains illegal characters",
    )


def test_a_robot_that_never_expires_has_expires_at_minus_one(
    harbor: LocalHarbor,
) -> None:
    answer = call(harbor, "POST", "/robots", json={**robot_body(), "duration": -1})

    assert answer.json()["expires_at"] == -1


def test_a_duration_of_zero_days_is_a_400(harbor: LocalHarbor) -> None:
    answer = call(harbor, "POST", "/robots", json={**robot_body(), "duration": 0})

    assert answer.content == error_body(
        "BAD_REQUEST",
        "bad request: duration must be either -1(Never) or a positive integer",
    )


def test_a_permission_outside_harbors_catalogue_is_a_400(harbor: LocalHarbor) -> None:
    answer = call(
        harbor, "POST", "/robots", json=robot_body("ci", "demo", "repository:fly")
    )

    assert answer.content == error_body(
        "BAD_REQUEST", "bad request permission: repository:fly"
    )


def test_a_robot_name_already_taken_in_the_project_is_a_409(
    harbor: LocalHarbor,
) -> None:
    call(harbor, "POST", "/robots", json=robot_body())

    again = call(harbor, "POST", "/robots", json=robot_body())

    assert again.status_code == 409
    assert again.json()["errors"][0]["code"] == "CONFLICT"


def test_a_developer_may_not_create_a_project_robot(harbor: LocalHarbor) -> None:
    answer = call(harbor, "POST", "/robots", json=robot_body(), auth=ALICE)

    assert answer.content == error_body("FORBIDDEN", "forbidden")


def test_an_update_keeps_the_robots_full_name_and_level(harbor: LocalHarbor) -> None:
    call(harbor, "POST", "/robots", json=robot_body())
    shown = call(harbor, "GET", "/robots/1").json()

    renamed = call(harbor, "PUT", "/robots/1", json={**shown, "name": "ci"})
    changed = call(
        harbor,
        "PUT",
        "/robots/1",
        json={**shown, "description": "new", "disable": True},
    )

    assert renamed.content == error_body(
        "BAD_REQUEST", "cannot update the level or name of robot"
    )
    assert (changed.status_code, changed.content) == (200, b"")
    after = call(harbor, "GET", "/robots/1").json()
    assert (after["description"], after["disable"]) == ("new", True)


def test_refreshing_a_secret_shows_a_made_one_and_hides_a_given_one(
    harbor: LocalHarbor,
) -> None:
    first = call(harbor, "POST", "/robots", json=robot_body()).json()

    made = call(harbor, "PATCH", "/robots/1", json={})
    given = call(harbor, "PATCH", "/robots/1", json={"secret": "Given12345"})
    weak = call(harbor, "PATCH", "/robots/1", json={"secret": "weak"})
    old = call(harbor, "GET", "/users/current", auth=("robot$demo+ci", first["secret"]))
    new = call(harbor, "GET", "/users/current", auth=("robot$demo+ci", "Given12345"))

    assert re.fullmatch(r"[A-Za-z0-9]{32}", made.json()["secret"])
    assert made.json()["secret"] != first["secret"]
    assert given.content == b"{}\n"
    assert weak.status_code == 400
    assert (old.status_code, new.status_code) == (401, 412)


def test_a_robot_reaches_only_what_its_permissions_name(harbor: LocalHarbor) -> None:
    harbor.add_artifact("demo", "app", tags=["1.0"])
    puller = harbor.add_robot("puller", project="demo", access=["repository:pull"])
    lister = harbor.add_robot("lister", project="demo", access=["artifact:list"])

    refused = call(
        harbor,
        "GET",
        "/projects/demo/repositories/app/artifacts",
        auth=(puller.full_name, puller.secret),
    )
    allowed = call(
        harbor,
        "GET",
        "/projects/demo/repositories/app/artifacts",
        auth=(lister.full_name, lister.secret),
    )

    assert refused.content == error_body("FORBIDDEN", "forbidden")
    assert [a["tags"][0]["name"] for a in allowed.json()] == ["1.0"]


def test_a_robot_cannot_make_a_robot_with_more_than_it_holds(
    harbor: LocalHarbor,
) -> None:
    maker = harbor.add_robot(
        "maker", project="demo", access=["robot:create", "repository:pull"]
    )
    auth = (maker.full_name, maker.secret)

    smaller = call(
        harbor,
        "POST",
        "/robots",
        json=robot_body("a", "demo", "repository:pull"),
        auth=auth,
    )
    larger = call(
        harbor,
        "POST",
        "/robots",
        json=robot_body("b", "demo", "repository:push"),
        auth=auth,
    )

    assert smaller.status_code == 201
    assert larger.status_code == 403
    assert larger.json()["errors"][0]["code"] == "DENIED"


def test_a_disabled_or_expired_robot_is_anonymous(harbor: LocalHarbor) -> None:
    disabled = harbor.add_robot("off", project="demo", disabled=True)
    expired = harbor.add_robot("old", project="demo", expires_at=int(time.time()) - 1)

    answers = [
        call(harbor, "GET", "/users/current", auth=(r.full_name, r.secret)).status_code
        for r in (disabled, expired)
    ]

    assert answers == [401, 401]


def test_robots_of_a_project_are_listed_for_whoever_may_list_them(
    harbor: LocalHarbor,
) -> None:
    harbor.add_project("other")
    harbor.add_robot("ci", project="demo")
    harbor.add_robot("ci", project="other")
    harbor.add_robot("ops")

    demo_id = harbor.store.project_named("demo").project_id  # type: ignore[union-attr]
    in_demo = call(
        harbor, "GET", f"/robots?q=Level=project,ProjectID={demo_id}", auth=ALICE
    )
    everything = call(harbor, "GET", "/robots")
    refused = call(harbor, "GET", "/robots", auth=ALICE)

    assert [r["name"] for r in in_demo.json()] == ["robot$demo+ci"]
    assert [r["name"] for r in everything.json()] == [
        "robot$demo+ci",
        "robot$other+ci",
        "robot$ops",
    ]
    assert refused.content == error_body("FORBIDDEN", "alice")


def test_a_deleted_robot_is_gone(harbor: LocalHarbor) -> None:
    call(harbor, "POST", "/robots", json=robot_body())

    deleted = call(harbor, "DELETE", "/robots/1")
    after = call(harbor, "GET", "/robots/1")

    assert (deleted.status_code, deleted.content) == (200, b"")
    assert after.content == error_body("NOT_FOUND", "robot 1 not found")


# -- members ---------------------------------------------------------------------------


def test_members_are_listed_with_their_role_names(harbor: LocalHarbor) -> None:
    answer = call(harbor, "GET", "/projects/demo/members")

    # Membership ids count across projects: library's admin holds the first one.
    assert answer.json() == [
        {
            "entity_id": 1,
            "entity_name": "admin",
            "entity_type": "u",
            "id": 2,
            "project_id": 2,
            "role_id": 1,
            "role_name": "projectAdmin",
        },
        {
            "entity_id": 2,
            "entity_name": "alice",
            "entity_type": "u",
            "id": 3,
            "project_id": 2,
            "role_id": 2,
            "role_name": "developer",
        },
    ]
    assert answer.headers["x-total-count"] == "2"


def test_a_member_is_added_changed_and_removed(harbor: LocalHarbor) -> None:
    harbor.add_user("bob", "Bob12345678")

    added = call(
        harbor,
        "POST",
        "/projects/demo/members",
        json={"role_id": 3, "member_user": {"username": "bob"}},
    )
    member_path = added.headers["location"].removeprefix(API)
    changed = call(harbor, "PUT", member_path, json={"role_id": 4})
    shown = call(harbor, "GET", member_path).json()
    removed = call(harbor, "DELETE", member_path)
    after = call(harbor, "GET", "/projects/demo/members?entityname=bo").json()

    assert added.status_code == 201
    assert member_path == "/projects/2/members/4"
    assert changed.status_code == 200
    assert (shown["role_id"], shown["role_name"]) == (4, "maintainer")
    assert removed.status_code == 200
    assert after == []


def test_adding_a_member_twice_or_with_an_unknown_role_is_refused(
    harbor: LocalHarbor,
) -> None:
    twice = call(
        harbor,
        "POST",
        "/projects/demo/members",
        json={"role_id": 3, "member_user": {"username": "alice"}},
    )
    bad_role = call(
        harbor,
        "POST",
        "/projects/demo/members",
        json={"role_id": 9, "member_user": {"username": "admin"}},
    )

    assert twice.status_code == 409
    assert bad_role.content == error_body("BAD_REQUEST", "invalid role id 9")


def test_a_developer_lists_members_but_may_not_add_one(harbor: LocalHarbor) -> None:
    listed = call(harbor, "GET", "/projects/demo/members", auth=ALICE)
    added = call(
        harbor,
        "POST",
        "/projects/demo/members",
        json={"role_id": 3, "member_user": {"username": "admin"}},
        auth=ALICE,
    )

    assert listed.status_code == 200
    assert added.content == error_body("FORBIDDEN", "forbidden")


# -- labels ----------------------------------------------------------------------------


def test_listing_labels_without_a_scope_is_harbors_invalid_scope(
    harbor: LocalHarbor,
) -> None:
    answer = call(harbor, "GET", "/labels")

    assert answer.status_code == 400
    assert answer.content == error_body("BAD_REQUEST", "invalid scope: ")


def test_a_global_label_is_made_by_an_administrator_only(harbor: LocalHarbor) -> None:
    refused = call(
        harbor, "POST", "/labels", json={"name": "prod", "scope": "g"}, auth=ALICE
    )
    made = call(
        harbor,
        "POST",
        "/labels",
        json={"name": "prod", "scope": "g", "color": "#FF0000"},
    )
    listed = call(harbor, "GET", "/labels?scope=g", auth=ALICE)

    assert refused.content == error_body("FORBIDDEN", "alice")
    assert (made.status_code, made.headers["location"]) == (201, "/api/v2.0/labels/1")
    (label,) = listed.json()
    assert {k: label[k] for k in ("id", "name", "scope", "color")} == {
        "id": 1,
        "name": "prod",
        "scope": "g",
        "color": "#FF0000",
    }
    assert "project_id" not in label


def test_a_project_label_belongs_to_its_project(harbor: LocalHarbor) -> None:
    made = call(
        harbor,
        "POST",
        "/labels",
        json={"name": "team-a", "scope": "p", "project_id": 2},
    )
    listed = call(harbor, "GET", "/labels?scope=p&project_id=2", auth=ALICE).json()
    duplicate = call(
        harbor,
        "POST",
        "/labels",
        json={"name": "team-a", "scope": "p", "project_id": 2},
    )

    assert made.status_code == 201
    assert [(lb["name"], lb["project_id"]) for lb in listed] == [("team-a", 2)]
    assert duplicate.content == error_body("CONFLICT", "label team-a already exists")


def test_labels_go_on_artifacts_and_select_them_with_q(harbor: LocalHarbor) -> None:
    first = harbor.add_artifact("demo", "app", tags=["1.0"])
    harbor.add_artifact("demo", "app", tags=["2.0"])
    for name in ("prod", "signed"):
        call(harbor, "POST", "/labels", json={"name": name, "scope": "g"})
    base = f"/projects/demo/repositories/app/artifacts/{first.digest}/labels"

    added = [call(harbor, "POST", base, json={"id": i}).status_code for i in (1, 2)]
    twice = call(harbor, "POST", base, json={"id": 1})
    both = call(
        harbor,
        "GET",
        "/projects/demo/repositories/app/artifacts?with_label=true&q=labels%3D(1%202)",
    ).json()
    removed = call(harbor, "DELETE", f"{base}/2")
    only_signed = call(
        harbor, "GET", "/projects/demo/repositories/app/artifacts?q=labels%3D(2)"
    ).json()

    assert added == [200, 200]
    assert twice.status_code == 409
    assert [a["digest"] for a in both] == [first.digest]
    assert [lb["name"] for lb in both[0]["labels"]] == ["prod", "signed"]
    assert removed.status_code == 200
    assert only_signed == []


def test_a_project_label_does_not_go_on_another_projects_artifact(
    harbor: LocalHarbor,
) -> None:
    harbor.add_project("other")
    artifact = harbor.add_artifact("other", "app")
    call(
        harbor,
        "POST",
        "/labels",
        json={"name": "team-a", "scope": "p", "project_id": 2},
    )

    answer = call(
        harbor,
        "POST",
        f"/projects/other/repositories/app/artifacts/{artifact.digest}/labels",
        json={"id": 1},
    )

    assert answer.status_code == 400


def test_without_with_label_the_labels_are_null(harbor: LocalHarbor) -> None:
    artifact = harbor.add_artifact("demo", "app")
    call(harbor, "POST", "/labels", json={"name": "prod", "scope": "g"})
    call(
        harbor,
        "POST",
        f"/projects/demo/repositories/app/artifacts/{artifact.digest}/labels",
        json={"id": 1},
    )

    (listed,) = call(harbor, "GET", "/projects/demo/repositories/app/artifacts").json()

    assert listed["labels"] is None


# -- quotas ----------------------------------------------------------------------------


def test_quotas_list_every_project_with_its_limit_and_usage(
    harbor: LocalHarbor,
) -> None:
    harbor.add_artifact("demo", "app", size=1234)

    answer = call(harbor, "GET", "/quotas?sort=-used.storage")

    assert [(q["ref"]["name"], q["hard"], q["used"]) for q in answer.json()] == [
        ("demo", {"storage": -1}, {"storage": 1234}),
        ("library", {"storage": -1}, {"storage": 0}),
    ]
    assert answer.json()[0]["ref"] == {"id": 2, "name": "demo", "owner_name": "admin"}


def test_a_quota_limit_is_minus_one_or_a_positive_number_of_bytes(
    harbor: LocalHarbor,
) -> None:
    set_ = call(harbor, "PUT", "/quotas/2", json={"hard": {"storage": 1 << 30}})
    zero = call(harbor, "PUT", "/quotas/2", json={"hard": {"storage": 0}})
    summary = call(harbor, "GET", "/projects/demo/summary").json()

    assert (set_.status_code, set_.content) == (200, b"")
    assert zero.content == error_body("BAD_REQUEST", "invalid hard limit 0 of storage")
    assert summary["quota"]["hard"] == {"storage": 1 << 30}


def test_quotas_are_a_system_resource(harbor: LocalHarbor) -> None:
    answer = call(harbor, "GET", "/quotas", auth=ALICE)
    missing = call(harbor, "GET", "/quotas/99")

    assert answer.content == error_body("FORBIDDEN", "alice")
    assert missing.content == error_body("NOT_FOUND", "quota 99 not found")


# -- immutable tag rules ---------------------------------------------------------------

RULE = {
    "action": "immutable",
    "template": "immutable_template",
    "tag_selectors": [
        {"kind": "doublestar", "decoration": "matches", "pattern": "release-*"}
    ],
    "scope_selectors": {
        "repository": [
            {"kind": "doublestar", "decoration": "repoMatches", "pattern": "apps/**"}
        ]
    },
}


def test_an_immutable_rule_is_created_listed_changed_and_deleted(
    harbor: LocalHarbor,
) -> None:
    made = call(harbor, "POST", "/projects/demo/immutabletagrules", json=RULE)
    listed = call(harbor, "GET", "/projects/demo/immutabletagrules").json()
    disabled = call(
        harbor,
        "PUT",
        "/projects/demo/immutabletagrules/1",
        json={**RULE, "disabled": True},
    )
    after = call(harbor, "GET", "/projects/demo/immutabletagrules").json()
    deleted = call(harbor, "DELETE", "/projects/demo/immutabletagrules/1")

    assert made.status_code == 201
    assert made.headers["location"] == "/api/v2.0/projects/2/immutabletagrules/1"
    assert listed == [{**RULE, "id": 1, "priority": 0, "disabled": False}]
    assert disabled.status_code == 200
    assert after[0]["disabled"] is True
    assert deleted.status_code == 200


def test_a_frozen_tag_cannot_be_deleted_nor_its_artifact(harbor: LocalHarbor) -> None:
    frozen = harbor.add_artifact("demo", "apps/web", tags=["release-1"])
    loose = harbor.add_artifact("demo", "apps/web", tags=["dev"])
    other_repo = harbor.add_artifact("demo", "tools/cli", tags=["release-1"])
    call(harbor, "POST", "/projects/demo/immutabletagrules", json=RULE)
    web = "/projects/demo/repositories/apps%252Fweb/artifacts"

    tag = call(harbor, "DELETE", f"{web}/{frozen.digest}/tags/release-1")
    artifact = call(harbor, "DELETE", f"{web}/{frozen.digest}")
    dev = call(harbor, "DELETE", f"{web}/{loose.digest}/tags/dev")
    cli = call(
        harbor,
        "DELETE",
        f"/projects/demo/repositories/tools%252Fcli/artifacts/{other_repo.digest}",
    )
    status = call(harbor, "GET", f"{web}?with_immutable_status=true").json()

    assert tag.status_code == 412
    assert tag.content == error_body(
        "PRECONDITION", "the tag release-1 configured as immutable, cannot be deleted"
    )
    assert artifact.content == tag.content
    assert (dev.status_code, cli.status_code) == (200, 200)
    assert [(t["name"], t["immutable"]) for a in status for t in a["tags"] or []] == [
        ("release-1", True)
    ]


def test_an_excluding_selector_leaves_the_other_tags_free(harbor: LocalHarbor) -> None:
    artifact = harbor.add_artifact("demo", "apps/web", tags=["release-1", "nightly"])
    rule = {
        **RULE,
        "tag_selectors": [
            {"kind": "doublestar", "decoration": "excludes", "pattern": "release-*"}
        ],
    }
    call(harbor, "POST", "/projects/demo/immutabletagrules", json=rule)
    base = f"/projects/demo/repositories/apps%252Fweb/artifacts/{artifact.digest}/tags"

    release = call(harbor, "DELETE", f"{base}/release-1")
    nightly = call(harbor, "DELETE", f"{base}/nightly")

    assert (release.status_code, nightly.status_code) == (200, 412)


# -- tags through the API --------------------------------------------------------------


def test_a_tag_is_created_listed_and_a_taken_name_is_a_409(harbor: LocalHarbor) -> None:
    first = harbor.add_artifact("demo", "app", tags=["1.0"])
    second = harbor.add_artifact("demo", "app", tags=["2.0"])
    base = "/projects/demo/repositories/app/artifacts"

    made = call(harbor, "POST", f"{base}/1.0/tags", json={"name": "stable"})
    taken = call(
        harbor, "POST", f"{base}/{second.digest}/tags", json={"name": "stable"}
    )
    listed = call(harbor, "GET", f"{base}/{first.digest}/tags?sort=name").json()

    assert made.status_code == 201
    assert made.headers["location"] == f"/api/v2.0{base}/1.0/tags/stable"
    assert taken.status_code == 409
    assert [t["name"] for t in listed] == ["1.0", "stable"]


# -- read-only mode and configurations -------------------------------------------------


def test_read_only_mode_refuses_writes_except_turning_it_off(
    harbor: LocalHarbor,
) -> None:
    turned_on = call(harbor, "PUT", "/configurations", json={"read_only": True})
    write = call(harbor, "POST", "/projects", json={"project_name": "new"})
    read = call(harbor, "GET", "/projects/demo")
    info = call(harbor, "GET", "/systeminfo").json()
    turned_off = call(harbor, "PUT", "/configurations", json={"read_only": False})
    after = call(harbor, "POST", "/projects", json={"project_name": "new"})

    assert turned_on.status_code == 200
    assert write.status_code == 403
    assert write.content == error_body("DENIED", READ_ONLY)
    assert (read.status_code, info["read_only"]) == (200, True)
    assert (turned_off.status_code, after.status_code) == (200, 201)


def test_configurations_are_items_with_a_value_and_editable(
    harbor: LocalHarbor,
) -> None:
    call(harbor, "PUT", "/configurations", json={"token_expiration": 5})

    items = call(harbor, "GET", "/configurations").json()
    token = httpx.get(
        f"{harbor.url}/service/token",
        params={"service": "harbor-registry"},
        auth=ADMIN,
    ).json()
    refused = call(harbor, "GET", "/configurations", auth=ALICE)

    assert items["token_expiration"] == {"editable": True, "value": 5}
    assert items["read_only"] == {"editable": True, "value": False}
    assert token["expires_in"] == 300
    assert refused.content == error_body("FORBIDDEN", "alice")


def test_a_configuration_value_of_the_wrong_type_is_a_400(harbor: LocalHarbor) -> None:
    answer = call(harbor, "PUT", "/configurations", json={"read_only": "yes"})

    assert answer.content == error_body(
        "BAD_REQUEST", "invalid value of read_only: yes"
    )


def test_storage_per_project_is_the_limit_of_new_projects(harbor: LocalHarbor) -> None:
    call(harbor, "PUT", "/configurations", json={"storage_per_project": 1 << 20})
    call(harbor, "POST", "/projects", json={"project_name": "limited"})

    summary = call(harbor, "GET", "/projects/limited/summary").json()

    assert summary["quota"]["hard"] == {"storage": 1 << 20}


# -- project metadata ------------------------------------------------------------------


def test_project_metadata_is_a_map_of_strings(harbor: LocalHarbor) -> None:
    added = call(
        harbor, "POST", "/projects/demo/metadatas/", json={"auto_scan": "true"}
    )
    listed = call(harbor, "GET", "/projects/demo/metadatas/").json()
    one = call(harbor, "GET", "/projects/demo/metadatas/auto_scan").json()
    changed = call(
        harbor, "PUT", "/projects/demo/metadatas/auto_scan", json={"auto_scan": "false"}
    )
    deleted = call(harbor, "DELETE", "/projects/demo/metadatas/auto_scan")
    after = call(harbor, "GET", "/projects/demo/metadatas/auto_scan")

    assert (added.status_code, changed.status_code, deleted.status_code) == (
        200,
        200,
        200,
    )
    assert listed == {"auto_scan": "true", "public": "false"}
    assert one == {"auto_scan": "true"}
    assert after.status_code == 404


def test_metadata_keys_and_boolean_values_are_checked(harbor: LocalHarbor) -> None:
    unknown = call(harbor, "POST", "/projects/demo/metadatas/", json={"colour": "red"})
    not_bool = call(
        harbor, "POST", "/projects/demo/metadatas/", json={"auto_scan": "yes"}
    )

    assert unknown.content == error_body("BAD_REQUEST", "invalid metadata name: colour")
    assert not_bool.content == error_body(
        "BAD_REQUEST", "invalid value of auto_scan: yes"
    )


# -- users -----------------------------------------------------------------------------


def test_a_user_is_created_logs_in_and_is_deleted(harbor: LocalHarbor) -> None:
    made = call(
        harbor,
        "POST",
        "/users",
        json={
            "username": "carol",
            "email": "carol@example.com",
            "realname": "Carol",
            "password": "Carol12345",
        },
    )
    path = made.headers["location"].removeprefix(API)
    shown = call(harbor, "GET", path).json()
    own = call(harbor, "GET", "/users/current", auth=("carol", "Carol12345")).json()
    deleted = call(harbor, "DELETE", path)
    after = call(harbor, "GET", path)

    assert (made.status_code, path) == (201, "/users/3")
    assert {
        k: shown[k] for k in ("username", "email", "realname", "sysadmin_flag")
    } == {
        "username": "carol",
        "email": "carol@example.com",
        "realname": "Carol",
        "sysadmin_flag": False,
    }
    assert own["user_id"] == 3
    assert deleted.status_code == 200
    assert after.content == error_body("NOT_FOUND", "user 3 not found")


def test_a_weak_password_a_taken_name_and_a_non_admin_are_refused(
    harbor: LocalHarbor,
) -> None:
    weak = call(harbor, "POST", "/users", json={"username": "dan", "password": "short"})
    taken = call(
        harbor, "POST", "/users", json={"username": "alice", "password": "Alice12345"}
    )
    by_alice = call(
        harbor,
        "POST",
        "/users",
        json={"username": "eve", "password": "Eve1234567"},
        auth=ALICE,
    )

    assert weak.status_code == 400
    assert taken.content == error_body("CONFLICT", "username alice is already used")
    assert by_alice.content == error_body("FORBIDDEN", "alice")


def test_a_user_reads_itself_but_not_another(harbor: LocalHarbor) -> None:
    own = call(harbor, "GET", "/users/2", auth=ALICE)
    other = call(harbor, "GET", "/users/1", auth=ALICE)

    assert own.json()["username"] == "alice"
    assert other.content == error_body("FORBIDDEN", "alice")


# -- the audit log ---------------------------------------------------------------------


def test_the_audit_log_event_types_name_what_is_recorded(harbor: LocalHarbor) -> None:
    answer = call(harbor, "GET", "/auditlog-exts/events").json()

    assert {"create_project", "pull_artifact", "delete_robot"} <= {
        e["event_type"] for e in answer
    }


def test_the_logs_of_versions_before_2_13_are_empty(harbor: LocalHarbor) -> None:
    call(harbor, "POST", "/projects", json={"project_name": "new"})

    legacy = call(harbor, "GET", "/audit-logs")
    current = call(harbor, "GET", "/auditlog-exts").json()

    assert (legacy.content, legacy.headers["x-total-count"]) == (b"[]\n", "0")
    assert [(e["operation"], e["resource"]) for e in current] == [("create", "new")]


def test_a_user_sees_the_audit_entries_of_its_own_projects_only(
    harbor: LocalHarbor,
) -> None:
    call(harbor, "POST", "/projects", json={"project_name": "hers"}, auth=ALICE)
    call(harbor, "POST", "/projects", json={"project_name": "admins"})

    hers = call(harbor, "GET", "/auditlog-exts", auth=ALICE).json()
    anonymous = call(harbor, "GET", "/auditlog-exts", auth=None)

    assert [(e["username"], e["resource"]) for e in hers] == [("alice", "hers")]
    assert anonymous.status_code == 401


def test_the_registry_is_503_naming_what_is_missing_when_there_is_none(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.get(f"{harbor.url}/v2/", auth=ADMIN)

    assert answer.status_code == 503
    assert answer.content == error_body(
        "UNAVAILABLE", "this local Harbor was made without a registry"
    )
