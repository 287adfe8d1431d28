"""``/robots``: robot accounts (v2) and their permissions.

A project robot is stored as ``<project>+<name>`` and shown with the prefix,
``robot$demo+ci``; a system robot as ``<name>``. The secret is shown once, in the
201 answer of the create (the only create of Harbor's API that has a body), and
again only when ``PATCH`` makes a new one. ``expires_at`` is Unix seconds, -1 for
never, and ``duration`` counts days. A robot may create robots only with
permissions it holds itself.
"""

from __future__ import annotations

import re
import secrets
import string
import time
from typing import Any

from . import _listing as listing
from ._auth import Principal, can, can_system, require_authenticated
from ._rbac import PROJECT_PERMISSIONS, SYSTEM_PERMISSIONS, holds
from ._router import LISTING, Call, Route
from ._store import ROBOT_PREFIX, Robot, RobotPermission, Store
from ._wire import (
    ApiError,
    Response,
    bad_request,
    empty_response,
    forbidden,
    format_time,
    json_response,
    not_found,
    now,
    unauthorized,
)

_NAME = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")
_SECRET_CHARS = string.ascii_letters + string.digits


def _by_project(value: Any) -> listing.Predicate[Robot] | None:
    if isinstance(value, str) and value.lstrip("-").isdigit():
        value = int(value)
    if not isinstance(value, int):
        return None
    return lambda r: (r.project_id or 0) == value


_ROBOT = listing.Model[Robot](
    columns=listing.columns(
        ("ID", "id", "int"),
        ("Name", "name", "str"),
        ("Level", "level", "str"),
        ("Description", "description", "str"),
        ("Disabled", "disable", "bool"),
        ("ExpiresAt", "expires_at", "int"),
        ("CreationTime", "creation_time", "time"),
        ("UpdateTime", "update_time", "time"),
    ),
    default_order=(("id", False),),
    filters={"ProjectID": _by_project, "project_id": _by_project},
)


def render_robot(robot: Robot) -> dict[str, Any]:
    """``Robot`` without its secret: Harbor never shows a secret twice."""
    data: dict[str, Any] = {
        "creation_time": format_time(robot.creation_time),
        "creator_ref": robot.creator_ref,
        "creator_type": robot.creator_type,
        "disable": robot.disable,
        "duration": robot.duration,
        "editable": True,
        "expires_at": robot.expires_at,
        "id": robot.id,
        "level": robot.level,
        "name": robot.full_name,
        "permissions": [
            {
                "access": [
                    {
                        "action": access.partition(":")[2],
                        "resource": access.partition(":")[0],
                    }
                    for access in permission.access
                ],
                "kind": permission.kind,
                "namespace": permission.namespace,
            }
            for permission in robot.permissions
        ],
        "update_time": format_time(robot.update_time),
    }
    if robot.description:
        data["description"] = robot.description
    return data


def _valid_secret(secret: str) -> bool:
    return (
        8 <= len(secret) <= 128
        and any(c.isupper() for c in secret)
        and any(c.islower() for c in secret)
        and any(c.isdigit() for c in secret)
    )


def _new_secret() -> str:
    # Harbor's generated secrets are 32 letters and digits, upper and lower case.
    while True:
        secret = "".join(secrets.choice(_SECRET_CHARS) for _ in range(32))
        if _valid_secret(secret):
            return secret


def _duration(body: dict[str, Any]) -> int:
    duration = body.get("duration")
    if duration is None:
        return -1
    if not isinstance(duration, int) or isinstance(duration, bool):
        raise bad_request("bad request: the duration must be an integer")
    if duration != -1 and duration <= 0:
        raise bad_request(
            "bad request: duration must be either -1(Never) or a positive integer"
        )
    return duration


def _expiry(duration: int) -> int:
    return -1 if duration == -1 else int(time.time()) + duration * 86400


def _permissions(
    store: Store, body: dict[str, Any], level: str
) -> list[RobotPermission]:
    entries = body.get("permissions") or []
    if not isinstance(entries, list):
        raise bad_request("bad request: permissions must be a list")
    if level == "project" and len(entries) != 1:
        raise bad_request("bad request: a project level robot must have one permission")
    permissions: list[RobotPermission] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise bad_request("bad request: a permission must be an object")
        kind = str(entry.get("kind") or "")
        namespace = str(entry.get("namespace") or "")
        catalogue = {"project": PROJECT_PERMISSIONS, "system": SYSTEM_PERMISSIONS}.get(
            kind
        )
        if catalogue is None:
            raise bad_request(f"bad request: unknown permission kind: {kind}")
        if level == "project" and kind != "project":
            raise bad_request(
                "bad request: a project level robot has project permissions only"
            )
        if (
            kind == "project"
            and namespace != "*"
            and store.project_named(namespace) is None
        ):
            raise not_found(f"project {namespace} not found")
        access: list[str] = []
        for item in entry.get("access") or []:
            resource = str(item.get("resource") or "") if isinstance(item, dict) else ""
            action = str(item.get("action") or "") if isinstance(item, dict) else ""
            permission = f"{resource}:{action}"
            known = action == "*" and any(
                p.startswith(resource + ":") for p in catalogue
            )
            if permission not in catalogue and not known:
                raise bad_request(f"bad request permission: {permission}")
            access.append(permission)
        permissions.append(RobotPermission(kind, namespace, tuple(access)))
    return permissions


def _require(
    principal: Principal, store: Store, robot_level: str, namespace: str, action: str
) -> None:
    """``robot:<action>`` where the robot lives: its project, or the system."""
    require_authenticated(principal)
    if robot_level == "project":
        project = store.project_named(namespace)
        if not can(principal, project, f"robot:{action}"):
            raise forbidden()
        return
    if not can_system(principal, f"robot:{action}"):
        raise forbidden(principal.username)


def _refuse_beyond_own(
    principal: Principal, permissions: list[RobotPermission]
) -> None:
    creator = principal.robot
    if creator is None:
        return
    for permission in permissions:
        held = (
            creator.system_granted()
            if permission.kind == "system"
            else creator.granted(permission.namespace)
        )
        if not all(holds(held, access) for access in permission.access):
            raise ApiError(
                403,
                "DENIED",
                "a robot can only create robots with permissions it holds itself",
            )


def create_robot(call: Call) -> Response:
    store, principal, body = call.store, call.principal, call.body
    name = body.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise bad_request(
            "robot name is not in lower case or contains illegal characters"
        )
    level = body.get("level")
    if level not in ("system", "project"):
        raise bad_request(f"bad request: level must be system or project, got {level}")
    entries = body.get("permissions") or []
    namespace = (
        str(entries[0].get("namespace") or "")
        if level == "project" and entries and isinstance(entries[0], dict)
        else "/"
    )
    _require(principal, store, level, namespace, "create")
    duration = _duration(body)
    permissions = _permissions(store, body, level)
    _refuse_beyond_own(principal, permissions)
    secret = body.get("secret")
    if secret:
        if not isinstance(secret, str) or not _valid_secret(secret):
            raise bad_request(
                "the secret must be 8-128, inclusively, characters long with at least "
                "1 uppercase letter, 1 lowercase letter and 1 number"
            )
    else:
        secret = _new_secret()

    stored_name = f"{namespace}+{name}" if level == "project" else name
    if any(r.name == stored_name for r in store.robots.values()):
        raise ApiError(
            409, "CONFLICT", f"robot {ROBOT_PREFIX}{stored_name} already exists"
        )
    project = store.project_named(namespace) if level == "project" else None
    robot = Robot(
        id=store.next_id("robot"),
        name=stored_name,
        secret=secret,
        level=level,
        project_id=project.project_id if project is not None else None,
        disable=bool(body.get("disable")),
        expires_at=_expiry(duration),
        duration=duration,
        description=str(body.get("description") or ""),
        permissions=permissions,
        creator_type="robot" if principal.robot is not None else "local",
        creator_ref=(
            principal.robot.id
            if principal.robot is not None
            else principal.user.user_id
            if principal.user is not None
            else 0
        ),
    )
    store.robots[robot.id] = robot
    store.log(project, principal.username, "create", "robot", robot.full_name,
              f"create robot {robot.full_name}")  # fmt: skip

    response = json_response(
        {
            "creation_time": format_time(robot.creation_time),
            "expires_at": robot.expires_at,
            "id": robot.id,
            "name": robot.full_name,
            "secret": robot.secret,
        },
        status=201,
    )
    response.headers.append(("Location", f"/api/v2.0/robots/{robot.id}"))
    return response


def _robot_of(call: Call, action: str) -> Robot:
    principal, store = call.principal, call.store
    if not principal.authenticated:
        raise unauthorized()
    raw = call.path["robot_id"]
    robot = store.robots.get(int(raw)) if raw.isdigit() else None
    if robot is None:
        if principal.sysadmin:
            raise not_found(f"robot {raw} not found")
        raise forbidden(principal.username)
    project = store.projects.get(robot.project_id) if robot.project_id else None
    _require(principal, store, robot.level, project.name if project else "/", action)
    return robot


def list_robots(call: Call) -> Response:
    principal, store = call.principal, call.store
    query = listing.ListQuery.read(call.params)
    project_id = query.keywords.get("ProjectID", query.keywords.get("project_id"))
    if isinstance(project_id, str) and project_id.isdigit():
        project = store.projects.get(int(project_id))
        require_authenticated(principal)
        if not can(principal, project, "robot:list"):
            raise forbidden()
    else:
        require_authenticated(principal)
        if not can_system(principal, "robot:list"):
            raise forbidden(principal.username)
    robots = _ROBOT.order(
        _ROBOT.select(store.robots.values(), query.keywords), query.sorts
    )
    return listing.list_response(call.request, query, robots, render_robot)


def get_robot(call: Call) -> Response:
    return json_response(render_robot(_robot_of(call, "read")))


def update_robot(call: Call) -> Response:
    robot = _robot_of(call, "update")
    body = call.body
    # The body names the robot as it is shown, prefix included, and may not move it.
    if body.get("name") != robot.full_name or body.get("level") != robot.level:
        raise bad_request("cannot update the level or name of robot")
    duration = _duration(body)
    if duration != robot.duration:
        robot.duration, robot.expires_at = duration, _expiry(duration)
    if "permissions" in body:
        permissions = _permissions(call.store, body, robot.level)
        _refuse_beyond_own(call.principal, permissions)
        robot.permissions = permissions
    robot.description = str(body.get("description") or "")
    robot.disable = bool(body.get("disable"))
    robot.update_time = now()
    return empty_response(200)


def refresh_secret(call: Call) -> Response:
    """An empty body makes a secret and shows it; a given one is checked and not
    shown back."""
    robot = _robot_of(call, "update")
    secret = call.body.get("secret")
    if secret:
        if not isinstance(secret, str) or not _valid_secret(secret):
            raise bad_request(
                "the secret must be 8-128, inclusively, characters long with at least "
                "1 uppercase letter, 1 lowercase letter and 1 number"
            )
        robot.secret = secret
        robot.update_time = now()
        return json_response({})
    robot.secret = _new_secret()
    robot.update_time = now()
    return json_response({"secret": robot.secret})


def delete_robot(call: Call) -> Response:
    robot = _robot_of(call, "delete")
    store = call.store
    del store.robots[robot.id]
    project = store.projects.get(robot.project_id) if robot.project_id else None
    store.log(project, call.principal.username, "delete", "robot", robot.full_name,
              f"delete robot {robot.full_name}")  # fmt: skip
    return empty_response(200)


ROUTES = (
    Route("GET", "/robots", list_robots, query=LISTING),
    Route("POST", "/robots", create_robot, body="robot"),
    Route("GET", "/robots/{robot_id}", get_robot),
    Route("PUT", "/robots/{robot_id}", update_robot, body="robot"),
    Route("PATCH", "/robots/{robot_id}", refresh_secret, body="robotSec"),
    Route("DELETE", "/robots/{robot_id}", delete_robot),
)
