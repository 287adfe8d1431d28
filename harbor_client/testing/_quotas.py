"""Storage quotas: what a project's blobs use, the refusal of a push that would
exceed its limit, and ``/quotas``.

Harbor counts a blob against a project once, when it first arrives there (an upload
completes, a mount succeeds, a manifest is put), and checks the limit before it
lets it in. The refusal is a 403 ``DENIED`` whose message gives the three amounts in
Harbor's binary units. Usage is not given back when artifacts are deleted: Harbor
frees it only in garbage collection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from . import _listing as listing
from ._auth import require_sysadmin
from ._router import PAGE, PAGE_SIZE, Call, Param, Route
from ._store import Project, Store
from ._wire import (
    ApiError,
    Response,
    bad_request,
    empty_response,
    format_time,
    json_response,
    not_found,
    now,
)

_UNITS = "KMGTPE"


def display_size(value: int) -> str:
    """A byte count as Harbor writes it in quota messages: ``52.1 MiB``, ``512 B``."""
    if value < 1024:
        return f"{value} B"
    divisor, exponent = 1024, 0
    remaining = value // 1024
    while remaining >= 1024:
        divisor *= 1024
        exponent += 1
        remaining //= 1024
    return f"{value / divisor:.1f} {_UNITS[exponent]}iB"


def check_storage(store: Store, project: Project, adding: int) -> None:
    """Refuse, as Harbor's quota middleware does, what would exceed the limit."""
    if adding <= 0 or project.storage_limit < 0:
        return
    used = store.storage_used(project)
    if used + adding <= project.storage_limit:
        return
    raise ApiError(
        403,
        "DENIED",
        f"adding {display_size(adding)} of storage resource, which when updated to "
        f"current usage of {display_size(used)} will exceed the configured upper "
        f"limit of {display_size(project.storage_limit)}.",
    )


@dataclass(frozen=True, slots=True)
class _QuotaRow:
    """A project's quota as the list sorts it (``hard.storage``, ``used.storage``)."""

    id: int
    project: Project
    hard_storage: int
    used_storage: int
    creation_time: datetime
    update_time: datetime


_QUOTA = listing.Model[_QuotaRow](
    columns={
        "id": listing.Column("id", "int"),
        "hard.storage": listing.Column("hard_storage", "int"),
        "used.storage": listing.Column("used_storage", "int"),
        "creation_time": listing.Column("creation_time", "time"),
        "update_time": listing.Column("update_time", "time"),
    },
    default_order=(("id", False),),
)


def _row(store: Store, project: Project) -> _QuotaRow:
    return _QuotaRow(
        id=project.quota_id,
        project=project,
        hard_storage=project.storage_limit,
        used_storage=store.storage_used(project),
        creation_time=project.creation_time,
        update_time=project.quota_update_time,
    )


def render_quota(store: Store, row: _QuotaRow) -> dict[str, Any]:
    owner = store.users.get(row.project.owner_id)
    return {
        "creation_time": format_time(row.creation_time),
        "hard": {"storage": row.hard_storage},
        "id": row.id,
        "ref": {
            "id": row.project.project_id,
            "name": row.project.name,
            "owner_name": owner.username if owner is not None else "",
        },
        "update_time": format_time(row.update_time),
        "used": {"storage": row.used_storage},
    }


def _quota_project(call: Call) -> Project:
    require_sysadmin(call.principal, "quota:read")
    raw = call.path["id"]
    quota_id = int(raw) if raw.isdigit() else -1
    project = next(
        (p for p in call.store.projects.values() if p.quota_id == quota_id), None
    )
    if project is None:
        raise not_found(f"quota {raw} not found")
    return project


def list_quotas(call: Call) -> Response:
    require_sysadmin(call.principal, "quota:list")
    query = listing.ListQuery.read(call.params)
    rows = [_row(call.store, p) for p in call.store.projects.values()]
    reference, reference_id = call.params["reference"], call.params["reference_id"]
    if reference and reference != "project":
        rows = []
    if reference_id:
        rows = [r for r in rows if str(r.project.project_id) == reference_id]
    ordered = _QUOTA.order(rows, query.sorts)
    return listing.list_response(
        call.request, query, ordered, lambda r: render_quota(call.store, r)
    )


def get_quota(call: Call) -> Response:
    project = _quota_project(call)
    return json_response(render_quota(call.store, _row(call.store, project)))


def update_quota(call: Call) -> Response:
    project = _quota_project(call)
    require_sysadmin(call.principal, "quota:update")
    hard = call.body.get("hard")
    if not isinstance(hard, dict) or not hard:
        raise bad_request("hard limits are required")
    unknown = sorted(set(hard) - {"storage"})
    if unknown:
        raise bad_request(f"resource {unknown[0]} not support")
    storage = hard["storage"]
    if not isinstance(storage, int) or isinstance(storage, bool):
        raise bad_request("the storage limit must be an integer")
    if storage != -1 and storage <= 0:
        raise bad_request(f"invalid hard limit {storage} of storage")
    project.storage_limit = storage
    project.quota_update_time = now()
    return empty_response(200)


ROUTES = (
    Route(
        "GET",
        "/quotas",
        list_quotas,
        query=(
            PAGE,
            PAGE_SIZE,
            Param("reference"),
            Param("reference_id"),
            Param("sort"),
        ),
    ),
    Route("GET", "/quotas/{id}", get_quota),
    Route("PUT", "/quotas/{id}", update_quota, body="hard"),
)
