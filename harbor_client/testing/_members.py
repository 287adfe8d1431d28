"""``/projects/{p}/members``: who holds which role in a project.

Roles are Harbor's ids: 1 project admin, 2 developer, 3 guest, 4 maintainer, 5 limited
guest. Only users are members here; user groups (LDAP, OIDC, HTTP) do not exist in
the local Harbor.
"""

from __future__ import annotations

from typing import Any

from . import _listing as listing
from ._auth import require_project
from ._projects import project_ref
from ._router import IS_RESOURCE_NAME, PAGE, PAGE_SIZE, Call, Param, Route
from ._store import ROLE_NAMES, Project, User
from ._wire import (
    ApiError,
    Response,
    bad_request,
    empty_response,
    json_response,
    not_found,
)


def render_member(project: Project, user: User) -> dict[str, Any]:
    role = project.members[user.user_id]
    return {
        "entity_id": user.user_id,
        "entity_name": user.username,
        "entity_type": "u",
        "id": project.member_ids[user.user_id],
        "project_id": project.project_id,
        "role_id": role,
        "role_name": ROLE_NAMES.get(role, ""),
    }


def _role(body: dict[str, Any]) -> int:
    role = body.get("role_id")
    if not isinstance(role, int) or isinstance(role, bool) or role not in ROLE_NAMES:
        raise bad_request(f"invalid role id {role}")
    return role


def _member_user(call: Call, project: Project) -> User:
    raw = call.path["mid"]
    for user_id, member_id in project.member_ids.items():
        if str(member_id) == raw and user_id in call.store.users:
            return call.store.users[user_id]
    raise not_found(f"project member {raw} not found")


def list_members(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "member:list"
    )
    query = listing.ListQuery.read(call.params)
    needle = (call.params.get("entityname") or "").lower()
    users = [
        call.store.users[user_id]
        for user_id in sorted(project.members, key=lambda u: project.member_ids[u])
        if user_id in call.store.users
    ]
    if needle:
        users = [u for u in users if needle in u.username.lower()]
    return listing.list_response(
        call.request, query, users, lambda u: render_member(project, u)
    )


def create_member(call: Call) -> Response:
    store = call.store
    project = require_project(call.principal, store, project_ref(call), "member:create")
    body = call.body
    role = _role(body)
    if body.get("member_group"):
        raise bad_request("the local Harbor has no user groups; add users as members")
    entity = body.get("member_user")
    if not isinstance(entity, dict):
        raise bad_request("member_user is required")
    user = None
    if entity.get("user_id"):
        user = store.users.get(entity["user_id"])
    elif entity.get("username"):
        user = store.user_named(str(entity["username"]))
    if user is None:
        raise not_found(
            f"user {entity.get('username') or entity.get('user_id')} not found"
        )
    if user.user_id in project.members:
        raise ApiError(
            409,
            "CONFLICT",
            f"the user {user.username} is already a member of {project.name}",
        )
    member_id = store.set_member(project, user, role)
    response = empty_response(201)
    response.headers.append(
        ("Location", f"/api/v2.0/projects/{project.project_id}/members/{member_id}")
    )
    return response


def get_member(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "member:read"
    )
    return json_response(render_member(project, _member_user(call, project)))


def update_member(call: Call) -> Response:
    store = call.store
    project = require_project(call.principal, store, project_ref(call), "member:update")
    user = _member_user(call, project)
    store.set_member(project, user, _role(call.body))
    return empty_response(200)


def delete_member(call: Call) -> Response:
    store = call.store
    project = require_project(call.principal, store, project_ref(call), "member:delete")
    store.remove_member(project, _member_user(call, project).user_id)
    return empty_response(200)


_BASE = "/projects/{project_name_or_id}/members"

ROUTES = (
    Route(
        "GET",
        _BASE,
        list_members,
        query=(PAGE, PAGE_SIZE, Param("entityname")),
        headers=(IS_RESOURCE_NAME,),
    ),
    Route(
        "POST", _BASE, create_member, headers=(IS_RESOURCE_NAME,), body="project_member"
    ),
    Route("GET", _BASE + "/{mid}", get_member, headers=(IS_RESOURCE_NAME,)),
    Route(
        "PUT", _BASE + "/{mid}", update_member, headers=(IS_RESOURCE_NAME,), body="role"
    ),
    Route("DELETE", _BASE + "/{mid}", delete_member, headers=(IS_RESOURCE_NAME,)),
)
