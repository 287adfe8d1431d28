"""The SDK against the local Harbor end to end: what a platform's tests would do.

Pushes go through ``harbor.registry.push_artifact`` (Harbor's token flow in front of
the real registry), and what they did is read back through the REST API: artifacts,
repositories, summaries, quotas, tags, copies and the audit log. Every JSON body of
the API is checked against Harbor's definition afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.distribution import registry_backend
from test_local_harbor import check_schemas, record_answers

from harbor_client import (
    AsyncHarbor,
    ForbiddenError,
    Harbor,
    NotFoundError,
    PreconditionFailedError,
    UnauthorizedError,
)
from harbor_client.testing import LocalHarbor, RegistryBackend

UNKNOWN_ARTIFACT = "application/vnd.unknown.artifact.v1"
READ_ONLY = "The system is in read only mode. Any modification is prohibited."


@pytest.fixture
def backend(local_harbor_registry: RegistryBackend | None) -> RegistryBackend:
    backend: RegistryBackend = registry_backend(local_harbor_registry)
    return backend


@pytest.fixture
def local(backend: RegistryBackend) -> Iterator[LocalHarbor]:
    """A fresh local Harbor with the private project ``demo``."""
    harbor = LocalHarbor(registry=backend)
    answered = record_answers(harbor)
    with harbor:
        harbor.add_project("demo")
        yield harbor
    check_schemas(answered)


@pytest.fixture
def admin(local: LocalHarbor) -> Iterator[Harbor]:
    with Harbor(
        local.url, username=local.admin_username, password=local.admin_password
    ) as client:
        yield client


def as_user(local: LocalHarbor, username: str, password: str) -> Harbor:
    return Harbor(local.url, username=username, password=password)


@pytest.fixture
def hello(tmp_path: Path) -> Path:
    path = tmp_path / "hello.txt"
    path.write_bytes(b"hello, harbor\n")
    return path


def robot_body(name: str, project: str, *actions: tuple[str, str]) -> dict[str, object]:
    return {
        "name": name,
        "duration": -1,
        "level": "project",
        "permissions": [
            {
                "kind": "project",
                "namespace": project,
                "access": [{"resource": r, "action": a} for r, a in actions],
            }
        ],
    }


# -- pushing and seeing it -------------------------------------------------------------


def test_an_admin_push_is_listed_as_an_artifact_of_its_repository(
    local: LocalHarbor, admin: Harbor, hello: Path
) -> None:
    pushed = admin.registry.push_artifact("demo/app:1.0", [hello])

    (artifact,) = admin.artifacts.list("demo", "app")
    repositories = admin.repositories.list("demo")
    summary = admin.projects.get_summary("demo")

    assert artifact.digest == pushed.digest
    assert [t.name for t in artifact.tags] == ["1.0"]
    assert (artifact.type_, artifact.artifact_type) == ("UNKNOWN", UNKNOWN_ARTIFACT)
    assert artifact.size == pushed.size + 2 + hello.stat().st_size
    assert [r.name for r in repositories] == ["demo/app"]
    assert summary.repo_count == 1
    assert summary.quota.used["storage"] == artifact.size


def test_a_robot_with_push_permission_pushes_to_its_project(
    local: LocalHarbor, admin: Harbor, hello: Path
) -> None:
    created = admin.robots.create(
        body=robot_body("ci", "demo", ("repository", "push"), ("repository", "pull"))
    )

    with as_user(local, created.name, created.secret) as robot:
        pushed = robot.registry.push_artifact("demo/app:1.0", [hello])

    assert created.name == "robot$demo+ci"
    assert [a.digest for a in admin.artifacts.list("demo", "app")] == [pushed.digest]


def test_a_robot_with_pull_only_is_refused_the_push_for_lack_of_permission(
    local: LocalHarbor, admin: Harbor, hello: Path
) -> None:
    created = admin.robots.create(
        body=robot_body("reader", "demo", ("repository", "pull"))
    )

    with (
        as_user(local, created.name, created.secret) as robot,
        pytest.raises(UnauthorizedError) as refused,
    ):
        robot.registry.push_artifact("demo/app:1.0", [hello])

    assert "no permission for repository demo/app, action push" in str(refused.value)
    assert refused.value.messages == (
        "unauthorized to access repository: demo/app, action: push: "
        "unauthorized to access repository: demo/app, action: push",
    )
    assert admin.repositories.list("demo") == []


def test_a_robot_is_412_on_users_current_which_proves_its_secret(
    local: LocalHarbor, admin: Harbor
) -> None:
    created = admin.robots.create(
        body=robot_body("who", "demo", ("repository", "pull"))
    )

    with (
        as_user(local, created.name, created.secret) as robot,
        pytest.raises(PreconditionFailedError) as refused,
    ):
        robot.users.get_current()

    assert refused.value.messages == (
        "get current user not available for security context: robot",
    )


# -- what may refuse a push ------------------------------------------------------------


def test_a_push_beyond_the_storage_quota_is_a_403_with_harbors_message(
    local: LocalHarbor, admin: Harbor, hello: Path, tmp_path: Path
) -> None:
    admin.registry.push_artifact("demo/app:1.0", [hello])
    used = admin.projects.get_summary("demo").quota.used["storage"]
    (quota,) = [q for q in admin.quotas.list() if q.ref["name"] == "demo"]
    admin.quotas.update(quota.id, body={"hard": {"storage": used + 100}})
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 2048)

    with pytest.raises(ForbiddenError) as refused:
        admin.registry.push_artifact("demo/app:2.0", [big])

    assert used < 924  # so both amounts are written in bytes
    assert refused.value.codes == ("DENIED",)
    assert refused.value.messages == (
        f"adding 2.0 KiB of storage resource, which when updated to current usage "
        f"of {used} B will exceed the configured upper limit of {used + 100} B.",
    )


def test_overwriting_an_immutable_tag_is_a_412(
    local: LocalHarbor, admin: Harbor, hello: Path, tmp_path: Path
) -> None:
    admin.immutable_rules.create(
        "demo",
        body={
            "action": "immutable",
            "template": "immutable_template",
            "tag_selectors": [
                {"kind": "doublestar", "decoration": "matches", "pattern": "1.*"}
            ],
            "scope_selectors": {
                "repository": [
                    {"kind": "doublestar", "decoration": "repoMatches", "pattern": "**"}
                ]
            },
        },
    )
    admin.registry.push_artifact("demo/app:1.0", [hello])
    other = tmp_path / "other.txt"
    other.write_bytes(b"another content")

    with pytest.raises(PreconditionFailedError) as refused:
        admin.registry.push_artifact("demo/app:1.0", [other])
    admin.registry.push_artifact("demo/app:latest", [other])

    assert refused.value.codes == ("PRECONDITION",)
    assert refused.value.messages == (
        "Failed to process request due to 'app:1.0' configured as immutable.",
    )
    tags = {
        t.name: t.immutable
        for t in admin.artifacts.list_tags(
            "demo", "app", "1.0", with_immutable_status=True
        )
    }
    assert tags == {"1.0": True}


def test_read_only_mode_refuses_a_push_with_a_403_until_it_is_turned_off(
    local: LocalHarbor, admin: Harbor, hello: Path
) -> None:
    admin.configurations.update(body={"read_only": True})

    with pytest.raises(ForbiddenError) as refused:
        admin.registry.push_artifact("demo/app:1.0", [hello])
    admin.configurations.update(body={"read_only": False})
    admin.registry.push_artifact("demo/app:1.0", [hello])

    assert refused.value.codes == ("DENIED",)
    assert refused.value.messages == (READ_ONLY,)
    assert len(admin.artifacts.list("demo", "app")) == 1


# -- copies, tags and pulls ------------------------------------------------------------


def test_an_artifact_is_copied_to_another_project_with_its_tags(
    local: LocalHarbor, admin: Harbor, hello: Path, tmp_path: Path
) -> None:
    pushed = admin.registry.push_artifact("demo/app:1.0", [hello])
    admin.projects.create(body={"project_name": "prod"})

    admin.artifacts.copy("prod", "app", from_="demo/app:1.0")
    pulled = admin.registry.pull_artifact("prod/app:1.0", tmp_path / "out")

    (copied,) = admin.artifacts.list("prod", "app")
    assert copied.digest == pushed.digest
    assert [t.name for t in copied.tags] == ["1.0"]
    assert [p.read_bytes() for p in pulled] == [hello.read_bytes()]


def test_a_tag_made_through_the_api_resolves_on_the_registry_until_deleted(
    local: LocalHarbor, admin: Harbor, hello: Path
) -> None:
    pushed = admin.registry.push_artifact("demo/app:1.0", [hello])

    admin.artifacts.create_tag("demo", "app", "1.0", body={"name": "stable"})
    resolved = admin.registry.resolve("demo/app", "stable")
    names = sorted(t.name for t in admin.artifacts.list_tags("demo", "app", "1.0"))
    admin.artifacts.delete_tag("demo", "app", "1.0", "stable")

    assert resolved == pushed.digest
    assert names == ["1.0", "stable"]
    with pytest.raises(NotFoundError) as gone:
        admin.registry.resolve("demo/app", "stable")
    assert gone.value.messages == ("artifact demo/app:stable not found",)


def test_an_anonymous_pull_of_a_public_project_works(
    local: LocalHarbor, admin: Harbor, hello: Path, tmp_path: Path
) -> None:
    admin.registry.push_artifact("library/app:1.0", [hello])

    with Harbor(local.url) as anonymous:
        pulled = anonymous.registry.pull_artifact("library/app:1.0", tmp_path / "out")

    assert [p.name for p in pulled] == ["hello.txt"]
    assert pulled[0].read_bytes() == hello.read_bytes()


def test_an_anonymous_pull_of_a_private_project_is_refused(
    local: LocalHarbor, admin: Harbor, hello: Path, tmp_path: Path
) -> None:
    admin.registry.push_artifact("demo/app:1.0", [hello])

    with Harbor(local.url) as anonymous, pytest.raises(UnauthorizedError) as refused:
        anonymous.registry.pull_artifact("demo/app:1.0", tmp_path / "out")

    assert "no permission for repository demo/app, action pull" in str(refused.value)


def test_a_guest_pulls_but_a_developer_is_needed_to_push(
    local: LocalHarbor, admin: Harbor, hello: Path, tmp_path: Path
) -> None:
    local.add_user("gus", "Guest12345")
    local.add_user("dev", "Develop12345")
    admin.members.create(
        "demo", body={"role_id": 3, "member_user": {"username": "gus"}}
    )
    admin.members.create(
        "demo", body={"role_id": 2, "member_user": {"username": "dev"}}
    )

    with as_user(local, "dev", "Develop12345") as developer:
        developer.registry.push_artifact("demo/app:1.0", [hello])
    with as_user(local, "gus", "Guest12345") as guest:
        pulled = guest.registry.pull_artifact("demo/app:1.0", tmp_path / "out")
        with pytest.raises(UnauthorizedError):
            guest.registry.push_artifact("demo/app:2.0", [hello])

    assert [p.name for p in pulled] == ["hello.txt"]


def test_deleting_an_artifact_through_the_api_removes_it_from_the_registry_view(
    local: LocalHarbor, admin: Harbor, hello: Path
) -> None:
    admin.registry.push_artifact("demo/app:1.0", [hello])

    admin.artifacts.delete("demo", "app", "1.0")

    assert admin.repositories.list("demo") == []
    with pytest.raises(NotFoundError):
        admin.registry.resolve("demo/app", "1.0")


# -- the audit log ---------------------------------------------------------------------


def test_the_audit_log_records_projects_artifacts_and_robots(
    local: LocalHarbor, admin: Harbor, hello: Path, tmp_path: Path
) -> None:
    admin.projects.create(body={"project_name": "audited"})
    pushed = admin.registry.push_artifact("audited/app:1.0", [hello])
    admin.registry.pull_artifact("audited/app:1.0", tmp_path / "out")
    created = admin.robots.create(
        body=robot_body("ci", "audited", ("repository", "pull"))
    )
    admin.robots.delete(created.id)
    admin.artifacts.delete("audited", "app", pushed.digest)
    admin.projects.delete("audited")

    entries = admin.audit_logs.list_exts(page_size=20)

    assert [(e.operation, e.resource_type, e.resource) for e in entries] == [
        ("delete", "project", "audited"),
        ("delete", "artifact", f"audited/app@{pushed.digest}"),
        ("delete", "robot", "robot$audited+ci"),
        ("create", "robot", "robot$audited+ci"),
        ("pull", "artifact", "audited/app:1.0"),
        ("create", "artifact", "audited/app:1.0"),
        ("create", "project", "audited"),
    ]
    assert {e.username for e in entries} == {"admin"}
    assert all(e.operation_result for e in entries)


def test_a_projects_audit_log_lists_only_its_own_entries(
    local: LocalHarbor, admin: Harbor, hello: Path
) -> None:
    admin.registry.push_artifact("demo/app:1.0", [hello])
    admin.registry.push_artifact("library/app:1.0", [hello])

    entries = admin.projects.get_log_exts("demo")
    pushes = admin.audit_logs.list_exts(q="operation=create,resource_type=artifact")

    assert [e.resource for e in entries] == ["demo/app:1.0"]
    assert [e.resource for e in pushes] == ["library/app:1.0", "demo/app:1.0"]


# -- the async face --------------------------------------------------------------------


async def test_an_async_harbor_pushes_and_lists_the_artifact(
    local: LocalHarbor, hello: Path
) -> None:
    async with AsyncHarbor(
        local.url, username=local.admin_username, password=local.admin_password
    ) as harbor:
        pushed = await harbor.registry.push_artifact("demo/app:1.0", [hello])
        artifacts = await harbor.artifacts.list("demo", "app")

    assert [a.digest for a in artifacts] == [pushed.digest]
