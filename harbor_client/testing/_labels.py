"""``/labels``: global and project labels.

A label is global (scope ``g``, made by a system administrator) or belongs to one
project (scope ``p``). Listing them needs the scope although the definition calls
it optional: without it Harbor answers 400 ``invalid scope: ``. Labels go on
artifacts through the artifact's own ``/labels`` (see :mod:`._artifacts`).
"""

from __future__ import annotations

from typing import Any

from . import _listing as listing
from ._auth import can, require_authenticated, require_sysadmin
from ._router import LISTING, Call, Param, Route
from ._store import Label, Project
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

_LABEL = listing.Model[Label](
    columns=listing.columns(
        ("ID", "id", "int"),
        ("Name", "name", "str"),
        ("Scope", "scope", "str"),
        ("ProjectID", "project_id", "int"),
        ("CreationTime", "creation_time", "time"),
        ("UpdateTime", "update_time", "time"),
    ),
    default_order=(("id", False),),
)


def render_label(label: Label) -> dict[str, Any]:
    data: dict[str, Any] = {
        "creation_time": format_time(label.creation_time),
        "id": label.id,
        "name": label.name,
        "scope": label.scope,
        "update_time": format_time(label.update_time),
    }
    for key in ("color", "description", "project_id"):
        if getattr(label, key):
            data[key] = getattr(label, key)
    return data


def _require_label_access(
    call: Call, scope: str, project: Project | None, action: str
) -> None:
    """Global labels are the system's; project labels their project's."""
    principal = call.principal
    if scope == "g":
        if action in ("list", "read"):
            return
        require_sysadmin(principal, f"label:{action}")
        return
    if not can(principal, project, f"label:{action}"):
        raise unauthorized() if not principal.authenticated else forbidden()


def _label_of(call: Call, action: str) -> Label:
    raw = call.path["label_id"]
    label = call.store.labels.get(int(raw)) if raw.isdigit() else None
    if label is None:
        raise not_found(f"label {raw} not found")
    project = call.store.projects.get(label.project_id)
    _require_label_access(call, label.scope, project, action)
    return label


def list_labels(call: Call) -> Response:
    scope = call.params.get("scope") or ""
    if scope not in ("g", "p"):
        raise bad_request(f"invalid scope: {scope}")
    query = listing.ListQuery.read(call.params)
    query.keywords["scope"] = scope
    if name := call.params.get("name"):
        query.keywords["name"] = listing.Fuzzy(name)
    project = None
    if scope == "p":
        project_id = call.params.get("project_id") or 0
        project = call.store.projects.get(project_id)
        if project_id <= 0:
            raise bad_request(f"invalid project_id: {project_id}")
        _require_label_access(call, scope, project, "list")
        query.keywords["project_id"] = project_id
    labels = _LABEL.order(
        _LABEL.select(call.store.labels.values(), query.keywords), query.sorts
    )
    return listing.list_response(call.request, query, labels, render_label)


def create_label(call: Call) -> Response:
    store, body = call.store, call.body
    require_authenticated(call.principal)
    scope = body.get("scope") or ""
    if scope not in ("g", "p"):
        raise bad_request(f"invalid scope: {scope}")
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise bad_request("label name is required")
    project_id = (body.get("project_id") or 0) if scope == "p" else 0
    project = store.projects.get(project_id) if scope == "p" else None
    if scope == "p" and project is None and call.principal.sysadmin:
        raise not_found(f"project {project_id} not found")
    _require_label_access(call, scope, project, "create")
    if any(
        lb.name == name and lb.scope == scope and lb.project_id == project_id
        for lb in store.labels.values()
    ):
        raise ApiError(409, "CONFLICT", f"label {name} already exists")
    label = Label(
        id=store.next_id("label"),
        name=name,
        scope=scope,
        project_id=project_id,
        description=str(body.get("description") or ""),
        color=str(body.get("color") or ""),
    )
    store.labels[label.id] = label
    response = empty_response(201)
    response.headers.append(("Location", f"/api/v2.0/labels/{label.id}"))
    return response


def get_label(call: Call) -> Response:
    return json_response(render_label(_label_of(call, "read")))


def update_label(call: Call) -> Response:
    label = _label_of(call, "update")
    body = call.body
    name = body.get("name", label.name)
    if not isinstance(name, str) or not name:
        raise bad_request("label name is required")
    if any(
        other is not label
        and other.name == name
        and other.scope == label.scope
        and other.project_id == label.project_id
        for other in call.store.labels.values()
    ):
        raise ApiError(409, "CONFLICT", f"label {name} already exists")
    label.name = name
    for key in ("description", "color"):
        if key in body:
            setattr(label, key, str(body[key] or ""))
    label.update_time = now()
    return empty_response(200)


def delete_label(call: Call) -> Response:
    label = _label_of(call, "delete")
    del call.store.labels[label.id]
    for artifact in call.store.artifacts.values():
        if label.id in artifact.labels:
            artifact.labels.remove(label.id)
    return empty_response(200)


ROUTES = (
    Route(
        "GET",
        "/labels",
        list_labels,
        query=(*LISTING, Param("name"), Param("scope"), Param("project_id", "int")),
    ),
    Route("POST", "/labels", create_label, body="label"),
    Route("GET", "/labels/{label_id}", get_label),
    Route("PUT", "/labels/{label_id}", update_label, body="label"),
    Route("DELETE", "/labels/{label_id}", delete_label),
)
