"""The audit log: ``/auditlog-exts``, per project and for the whole system.

Since v2.13 Harbor writes new events only to ``audit_log_ext``; the older
``/audit-logs`` and ``/projects/{p}/logs`` list what earlier versions recorded, which
on a fresh installation (and here) is nothing. The local Harbor records projects
created and deleted, artifacts pushed, pulled and deleted, robots created and
deleted, and users created and deleted.
"""

from __future__ import annotations

from typing import Any

from . import _listing as listing
from ._auth import can, can_system, require_authenticated, require_project
from ._router import LISTING, Call, Route
from ._store import AuditLog
from ._wire import Response, format_time, json_response

#: the event types the local Harbor records, as ``/auditlog-exts/events`` names them
EVENT_TYPES = (
    "create_artifact",
    "delete_artifact",
    "pull_artifact",
    "create_project",
    "delete_project",
    "create_robot",
    "delete_robot",
    "create_user",
    "delete_user",
)

_AUDIT = listing.Model[AuditLog](
    columns=listing.columns(
        ("ID", "id", "int"),
        ("ProjectID", "project_id", "int"),
        ("Username", "username", "str"),
        ("Resource", "resource", "str"),
        ("ResourceType", "resource_type", "str"),
        ("Operation", "operation", "str"),
        ("OpTime", "op_time", "time"),
    ),
    default_order=(("op_time", True), ("id", True)),
)


def render_entry(entry: AuditLog) -> dict[str, Any]:
    return {
        "id": entry.id,
        "op_time": format_time(entry.op_time),
        "operation": entry.operation,
        "operation_description": entry.operation_description,
        "operation_result": entry.operation_result,
        "resource": entry.resource,
        "resource_type": entry.resource_type,
        "username": entry.username,
    }


def _respond(call: Call, entries: list[AuditLog]) -> Response:
    query = listing.ListQuery.read(call.params)
    ordered = _AUDIT.order(_AUDIT.select(entries, query.keywords), query.sorts)
    return listing.list_response(call.request, query, ordered, render_entry)


def list_entries(call: Call) -> Response:
    """Everything for an administrator; for others, the projects whose logs they
    may read."""
    principal, store = call.principal, call.store
    require_authenticated(principal)
    entries = list(store.audit_logs.values())
    if not can_system(principal, "audit-log:list"):
        readable = {
            p.project_id
            for p in store.projects.values()
            if can(principal, p, "log:list")
        }
        entries = [e for e in entries if e.project_id in readable]
    return _respond(call, entries)


def list_project_entries(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, call.path["project_name"], "log:list"
    )
    entries = [
        e for e in call.store.audit_logs.values() if e.project_id == project.project_id
    ]
    return _respond(call, entries)


def list_event_types(call: Call) -> Response:
    require_authenticated(call.principal)
    return json_response([{"event_type": name} for name in EVENT_TYPES])


def list_legacy(call: Call) -> Response:
    """Records of the versions before 2.13: there are none."""
    require_authenticated(call.principal)
    query = listing.ListQuery.read(call.params)
    return listing.page_response(call.request, [], 0, query)


ROUTES = (
    Route("GET", "/auditlog-exts", list_entries, query=LISTING),
    Route("GET", "/auditlog-exts/events", list_event_types),
    Route(
        "GET",
        "/projects/{project_name}/auditlog-exts",
        list_project_entries,
        query=LISTING,
    ),
    Route("GET", "/audit-logs", list_legacy, query=LISTING),
    Route("GET", "/projects/{project_name}/logs", list_legacy, query=LISTING),
)
