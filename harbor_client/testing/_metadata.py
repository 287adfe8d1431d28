"""``/projects/{p}/metadatas``: a project's settings as a map of strings.

Harbor keeps booleans and numbers as strings (``"true"``, ``"12"``) and accepts only
the keys it knows, booleans only as ``true`` or ``false``.
"""

from __future__ import annotations

from typing import Any

from ._auth import require_project
from ._projects import project_ref
from ._router import IS_RESOURCE_NAME, Call, Route
from ._wire import Response, bad_request, empty_response, json_response, not_found, now

_BOOLEANS = frozenset(
    {
        "public",
        "enable_content_trust",
        "enable_content_trust_cosign",
        "prevent_vul",
        "auto_scan",
        "auto_sbom_generation",
        "reuse_sys_cve_allowlist",
        "proxy_cache_local_on_not_found",
    }
)
_SEVERITIES = frozenset({"none", "low", "medium", "high", "critical"})
_OTHERS = frozenset({"severity", "retention_id", "proxy_speed_kb", "max_upstream_conn"})


def _validated(body: Any) -> dict[str, str]:
    if not isinstance(body, dict) or not body:
        raise bad_request("no metadata provided")
    found: dict[str, str] = {}
    for key, value in body.items():
        if key not in _BOOLEANS | _OTHERS:
            raise bad_request(f"invalid metadata name: {key}")
        text = str(value).lower() if isinstance(value, bool) else str(value)
        if key in _BOOLEANS and text not in ("true", "false"):
            raise bad_request(f"invalid value of {key}: {value}")
        if key == "severity":
            text = "none" if text.lower() == "negligible" else text.lower()
            if text not in _SEVERITIES:
                raise bad_request(f"invalid value of severity: {value}")
        found[key] = text
    return found


def list_metadata(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "metadata:list"
    )
    return json_response(dict(project.metadata))


def add_metadata(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "metadata:create"
    )
    project.metadata.update(_validated(call.body))
    project.update_time = now()
    return empty_response(200)


def get_metadata(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "metadata:read"
    )
    name = call.path["meta_name"]
    if name not in project.metadata:
        raise not_found(f"metadata {name} of project {project.name} not found")
    return json_response({name: project.metadata[name]})


def update_metadata(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "metadata:update"
    )
    name = call.path["meta_name"]
    values = _validated(call.body)
    if set(values) != {name}:
        raise bad_request(f"the body must hold {name} and nothing else")
    project.metadata.update(values)
    project.update_time = now()
    return empty_response(200)


def delete_metadata(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "metadata:delete"
    )
    name = call.path["meta_name"]
    if name not in project.metadata:
        raise not_found(f"metadata {name} of project {project.name} not found")
    if name == "public":
        raise bad_request("the metadata public of a project cannot be deleted")
    del project.metadata[name]
    return empty_response(200)


_BASE = "/projects/{project_name_or_id}/metadatas"

ROUTES = (
    Route("GET", _BASE, list_metadata, headers=(IS_RESOURCE_NAME,)),
    Route("POST", _BASE, add_metadata, headers=(IS_RESOURCE_NAME,), body="metadata"),
    Route("GET", _BASE + "/{meta_name}", get_metadata, headers=(IS_RESOURCE_NAME,)),
    Route(
        "PUT",
        _BASE + "/{meta_name}",
        update_metadata,
        headers=(IS_RESOURCE_NAME,),
        body="metadata",
    ),
    Route(
        "DELETE", _BASE + "/{meta_name}", delete_metadata, headers=(IS_RESOURCE_NAME,)
    ),
)
