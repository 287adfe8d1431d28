"""``/projects``: create, list, read, update, delete, existence check and summary."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import _listing as listing
from ._auth import can, require_authenticated, require_project, roles_in
from ._router import IS_RESOURCE_NAME, LISTING, Call, Param, Route
from ._store import (
    DEVELOPER,
    GUEST,
    LIMITED_GUEST,
    MAINTAINER,
    PROJECT_ADMIN,
    Project,
    Store,
)
from ._wire import (
    ZERO_TIME,
    ApiError,
    Response,
    bad_request,
    empty_response,
    forbidden,
    format_time,
    json_response,
    not_found,
    now,
)

_INT64 = re.compile(r"[+-]?[0-9]+")
#: the role that wins ``current_user_role_id`` when a user holds several
_ROLE_POWER = {
    PROJECT_ADMIN: 50,
    MAINTAINER: 40,
    DEVELOPER: 30,
    GUEST: 20,
    LIMITED_GUEST: 10,
}


@dataclass(frozen=True, slots=True)
class MemberQuery:
    """The handler's own keyword for a non-admin user: member of, or public."""

    user_id: int
    with_public: bool


@dataclass(frozen=True, slots=True)
class NamesQuery:
    """The handler's own keyword for a robot: its projects, or public."""

    names: tuple[str, ...]
    with_public: bool


def _by_public(value: Any) -> listing.Predicate[Project]:
    wanted = listing.is_true(value)
    return lambda p: p.public == wanted


def _by_owner(store: Store) -> Callable[[Any], listing.Predicate[Project] | None]:
    def build(value: Any) -> listing.Predicate[Project] | None:
        if not isinstance(value, str):
            return None
        owner = store.user_named(value)
        owner_id = owner.user_id if owner is not None else None
        return lambda p: p.owner_id == owner_id

    return build


def _by_member(value: Any) -> listing.Predicate[Project] | None:
    if not isinstance(value, MemberQuery):
        return None
    return lambda p: value.user_id in p.members or (value.with_public and p.public)


def _by_names(value: Any) -> listing.Predicate[Project] | None:
    if not isinstance(value, NamesQuery) or not value.names:
        return None
    return lambda p: p.name in value.names or (value.with_public and p.public)


_COLUMNS = listing.columns(
    ("ProjectID", "project_id", "int"),
    ("OwnerID", "owner_id", "int"),
    ("Name", "name", "str"),
    ("CreationTime", "creation_time", "time"),
    ("UpdateTime", "update_time", "time"),
    ("Deleted", "deleted", "bool"),
    ("RegistryID", "registry_id", "int"),
)


def project_model(store: Store) -> listing.Model[Project]:
    """Projects' keys: the columns and ``public``, ``owner``, ``member``, ``names``."""
    owner = _by_owner(store)
    filters: dict[str, Callable[[Any], listing.Predicate[Project] | None]] = {
        "public": _by_public,
        "owner": owner,
        "member": _by_member,
        "names": _by_names,
    }
    filters.update({key.capitalize(): build for key, build in list(filters.items())})
    return listing.Model(_COLUMNS, default_order=(("name", False),), filters=filters)


def project_ref(call: Call, name: str = "project_name_or_id") -> str | int:
    """A numeric string is an id unless ``X-Is-Resource-Name: true`` says "name"."""
    value = call.path[name]
    if not call.params.get("X-Is-Resource-Name") and _INT64.fullmatch(value):
        return int(value)
    return value


def render_project(
    project: Project, call: Call, repo_counts: Mapping[int, int] | None = None
) -> dict[str, Any]:
    """``Project`` as Harbor writes it (V1): zero allowlist times, null role ids.

    ``repo_counts`` (repositories per project id) spares a page of projects a walk
    over every repository for each of them.
    """
    store = call.store
    repo_count = (
        len(store.repositories_of(project))
        if repo_counts is None
        else repo_counts.get(project.project_id, 0)
    )
    owner = store.users.get(project.owner_id)
    roles = roles_in(call.principal, project)
    data: dict[str, Any] = {
        "creation_time": format_time(project.creation_time),
        # Harbor copies the allowlist without its times, so they come back as zero.
        "cve_allowlist": {
            "creation_time": ZERO_TIME,
            "items": [{"cve_id": cve} for cve in project.cve_allowlist],
            "project_id": project.project_id,
            "update_time": ZERO_TIME,
        },
        # An array the handler leaves unset is written as null, not [].
        "current_user_role_ids": roles or None,
        "metadata": dict(project.metadata),
        "name": project.name,
        "owner_id": project.owner_id,
        "owner_name": owner.username if owner is not None else "",
        "project_id": project.project_id,
        "repo_count": repo_count,
        "update_time": format_time(project.update_time),
    }
    if roles:
        data["current_user_role_id"] = max(roles, key=lambda r: _ROLE_POWER.get(r, 0))
    if project.registry_id:
        data["registry_id"] = project.registry_id
    return data


def list_projects(call: Call) -> Response:
    """Admins see every project, users their own and the public ones, anonymous
    callers (bad credentials included) only the public ones."""
    query = listing.ListQuery.read(call.params)
    keywords = query.keywords
    if name := call.params.get("name"):
        keywords["name"] = listing.Fuzzy(name)
    if owner := call.params.get("owner"):
        keywords["owner"] = owner
    public = call.params.get("public")
    if public is not None:
        keywords["public"] = public

    principal = call.principal
    # Not filtering on public, or filtering on public=true, keeps the public ones.
    with_public = "public" not in keywords or listing.is_true(keywords["public"])
    if not principal.authenticated:
        if public is False:
            return _empty_list()
        keywords["public"] = True
    elif principal.user is not None and not principal.sysadmin:
        keywords["member"] = MemberQuery(principal.user.user_id, with_public)
    elif principal.robot is not None and principal.robot.project_id is not None:
        own = call.store.projects.get(principal.robot.project_id)
        keywords["names"] = NamesQuery((own.name,) if own else (), with_public)

    model = project_model(call.store)
    projects = model.order(
        model.select(call.store.projects.values(), keywords), query.sorts
    )
    if not projects:
        return _empty_list()
    repo_counts = Counter(r.project_id for r in call.store.repositories.values())
    return listing.list_response(
        call.request,
        query,
        projects,
        lambda p: render_project(p, call, repo_counts),
    )


def _empty_list() -> Response:
    response = json_response([])
    response.headers.append(("X-Total-Count", "0"))
    return response


def get_project(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "project:read"
    )
    return json_response(render_project(project, call))


def head_project(call: Call) -> Response:
    """200 or 404, no body; only authenticated callers may ask."""
    require_authenticated(call.principal)
    name = call.params["project_name"]
    if call.store.project_named(name) is None:
        raise not_found(f"project {name} not found")
    return empty_response(200)


def create_project(call: Call) -> Response:
    """201 with no body and the new id (or name) only in a relative ``Location``."""
    principal, store, config = call.principal, call.store, call.config
    require_authenticated(principal)
    if principal.robot is not None and principal.robot.level != "system":
        raise forbidden("Only system level robot can create project")
    if config.project_creation_restriction == "adminonly" and not principal.sysadmin:
        raise forbidden("Only system admin can create project")

    body = call.body
    name = _string(body, "project_name")
    metadata = _metadata(body)
    if isinstance(body.get("public"), bool) and not metadata.get("public"):
        # The deprecated boolean still counts, for replication from old versions.
        metadata["public"] = "true" if body["public"] else "false"
    metadata.setdefault("public", "false")
    if metadata["public"] not in {"true", "false"}:
        raise bad_request(
            "metadata.public should only be 'true' or 'false', "
            f"but got: '{metadata['public']}'"
        )
    if body.get("registry_id") is not None:
        if not principal.sysadmin:
            raise forbidden("Only system admin can create proxy cache project")
        # TODO: registries and proxy-cache projects. No registry exists yet, and Harbor
        # answers an unknown registry_id with an unwrapped error, which is a 500.
        raise ApiError(
            500, "UNKNOWN", f"failed to get the registry {body['registry_id']}"
        )
    if not name:
        # TODO: Harbor's own check of project names (length and characters).
        raise bad_request("project name is required")
    if store.project_named(name) is not None:
        raise ApiError(409, "CONFLICT", f"The project named {name} already exists")

    # A robot creates the project on behalf of the first system administrator.
    owner = principal.user or store.users[1]
    project = store.add_project(
        name,
        owner=owner.username,
        metadata=metadata,
        storage_limit=config.storage_per_project,
    )
    limit = body.get("storage_limit")
    if isinstance(limit, int) and limit != 0 and principal.sysadmin:
        project.storage_limit = limit
    project.cve_allowlist = _allowlist(body)
    store.log(project, principal.username, "create", "project", name,
              f"create project {name}")  # fmt: skip

    base = call.request.path.rstrip("/")
    by_name = call.params.get("X-Resource-Name-In-Location")
    location = f"{base}/{name}" if by_name else f"{base}/{project.project_id}"
    response = empty_response(201)
    response.headers.append(("Location", location))
    return response


def update_project(call: Call) -> Response:
    """Merges ``metadata`` and replaces the allowlist; 200 with an empty body."""
    project = require_project(
        call.principal, call.store, project_ref(call), "project:update"
    )
    body = call.body
    allowlist = body.get("cve_allowlist")
    if isinstance(allowlist, dict):
        given = allowlist.get("project_id") or 0
        if given not in (0, project.project_id):
            raise bad_request(
                f"project_id in cve_allowlist must be {project.project_id} "
                f"but it's {given}"
            )
        project.cve_allowlist = _allowlist(body)
    project.metadata.update(_metadata(body))
    project.update_time = now()
    return empty_response(200)


def delete_project(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "project:delete"
    )
    if call.store.repositories_of(project):
        raise ApiError(
            412,
            "PRECONDITION",
            "precondition failed: "
            "the project contains repositories, can not be deleted",
        )
    call.store.delete_project(project)
    call.store.log(project, call.principal.username, "delete", "project", project.name,
                   f"delete project {project.name}")  # fmt: skip
    return empty_response(200)


def project_summary(call: Call) -> Response:
    """Member counts and quota only for callers who may read them; zeros omitted."""
    principal, store = call.principal, call.store
    project = require_project(principal, store, project_ref(call), "project:read")
    summary: dict[str, Any] = {"repo_count": len(store.repositories_of(project))}
    if can(principal, project, "quota:read"):
        summary["quota"] = {
            "hard": {"storage": project.storage_limit},
            "used": {"storage": store.storage_used(project)},
        }
    if can(principal, project, "member:list"):
        counts = {
            "project_admin_count": PROJECT_ADMIN,
            "maintainer_count": MAINTAINER,
            "developer_count": DEVELOPER,
            "guest_count": GUEST,
            "limited_guest_count": LIMITED_GUEST,
        }
        for key, role in counts.items():
            total = sum(1 for r in project.members.values() if r == role)
            if total:
                summary[key] = total
    return json_response(summary)


def _string(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise bad_request(
            'parsing project body from "" failed, because json: cannot unmarshal '
            f"{type(value).__name__} into Go struct field ProjectReq.{key} "
            "of type string"
        )
    if len(value) > 255:
        raise ApiError(
            422,
            "UNPROCESSABLE_ENTITY",
            f"validation failure list:\n{key} in body should be at most 255 chars long",
        )
    return value


def _metadata(body: dict[str, Any]) -> dict[str, str]:
    metadata = body.get("metadata") or {}
    if not isinstance(metadata, dict) or not all(
        isinstance(v, str | None) for v in metadata.values()
    ):
        raise bad_request(
            'parsing project body from "" failed, because json: cannot unmarshal'
            " into Go struct field ProjectReq.metadata of type string"
        )
    return {k: v for k, v in metadata.items() if v is not None and v != ""}


def _allowlist(body: dict[str, Any]) -> list[str]:
    allowlist = body.get("cve_allowlist")
    items = allowlist.get("items") if isinstance(allowlist, dict) else None
    return [i["cve_id"] for i in items or () if isinstance(i, dict) and i.get("cve_id")]


ROUTES = (
    Route(
        "GET",
        "/projects",
        list_projects,
        query=(
            *LISTING,
            Param("name"),
            Param("public", "bool"),
            Param("owner"),
            Param("with_detail", "bool", default=True),
        ),
    ),
    Route(
        "HEAD", "/projects", head_project, query=(Param("project_name", required=True),)
    ),
    Route(
        "POST",
        "/projects",
        create_project,
        headers=(Param("X-Resource-Name-In-Location", "bool", default=False),),
        body="project",
    ),
    Route(
        "GET",
        "/projects/{project_name_or_id}",
        get_project,
        headers=(IS_RESOURCE_NAME,),
    ),
    Route(
        "PUT",
        "/projects/{project_name_or_id}",
        update_project,
        headers=(IS_RESOURCE_NAME,),
        body="project",
    ),
    Route(
        "DELETE",
        "/projects/{project_name_or_id}",
        delete_project,
        headers=(IS_RESOURCE_NAME,),
    ),
    Route(
        "GET",
        "/projects/{project_name_or_id}/summary",
        project_summary,
        headers=(IS_RESOURCE_NAME,),
    ),
)
