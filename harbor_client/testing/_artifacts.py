"""Artifact lists, per repository and per project, in the JSON Harbor writes (V24).

Arrays the handler leaves unset are ``null``, not ``[]`` (``tags`` without
``with_tag``, ``labels``, ``references``, ``accessories``); zero scalars and empty
maps are left out; a never-pulled artifact has Go's zero time as ``pull_time``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from . import _listing as listing
from ._auth import require_project
from ._projects import project_ref
from ._repositories import repository_name
from ._router import IS_RESOURCE_NAME, LISTING, Call, Param, Route
from ._store import Artifact, Tag
from ._wire import Response, format_time


def _by_tags(value: Any) -> listing.Predicate[Artifact] | None:
    """``tags=*`` tagged only, ``tags=nil`` untagged only, a name, or ``~part``."""
    if value == "*":
        return lambda a: bool(a.tags)
    if value == "nil":
        return lambda a: not a.tags
    if isinstance(value, str):
        return lambda a: any(t.name == value for t in a.tags)
    if isinstance(value, listing.Fuzzy):
        return lambda a: any(value.text in t.name for t in a.tags)
    return None


def _by_labels(value: Any) -> listing.Predicate[Artifact] | None:
    # TODO: labels. Until artifacts carry labels, an AND list of label ids matches
    # nothing, and Harbor's 400 for a non-integer id is not reproduced.
    if isinstance(value, listing.AllOf) and value.items:
        return lambda a: False
    return None


ARTIFACT = listing.Model[Artifact](
    columns=listing.columns(
        ("ID", "id", "int"),
        ("Type", "type", "str"),
        ("MediaType", "media_type", "str"),
        ("ManifestMediaType", "manifest_media_type", "str"),
        ("ArtifactType", "artifact_type", "str"),
        ("ProjectID", "project_id", "int"),
        ("RepositoryID", "repository_id", "int"),
        ("RepositoryName", "repository_name", "str"),
        ("Digest", "digest", "str"),
        ("Size", "size", "int"),
        ("Icon", "icon", "str"),
        ("PushTime", "push_time", "time"),
        ("PullTime", "pull_time", "time"),
    ),
    default_order=(("push_time", True), ("id", True)),
    filters={
        "tags": _by_tags,
        "Tags": _by_tags,
        "labels": _by_labels,
        "Labels": _by_labels,
    },
)

_FLAGS = (
    Param("with_tag", "bool", default=True),
    Param("with_label", "bool", default=False),
    Param("with_scan_overview", "bool", default=False),
    Param("with_sbom_overview", "bool", default=False),
    Param("with_immutable_status", "bool", default=False),
    Param("with_accessory", "bool", default=False),
)
#: The definition's default for this header names both report types, v1.1 first,
#: and a v2.15 server applies it. The local Harbor does not: without the header no
#: overview comes back, as on the servers that made clients send it explicitly, so
#: a client test can see whether the header was sent.
_ACCEPT_VULNERABILITIES = Param("X-Accept-Vulnerabilities")


def render_tag(tag: Tag) -> dict[str, Any]:
    return {
        "artifact_id": tag.artifact_id,
        "id": tag.id,
        "immutable": tag.immutable,
        "name": tag.name,
        "pull_time": format_time(tag.pull_time),
        "push_time": format_time(tag.push_time),
        "repository_id": tag.repository_id,
    }


def render_artifact(artifact: Artifact, call: Call) -> dict[str, Any]:
    params = call.params
    project_name, _, inner_name = artifact.repository_name.partition("/")
    base = (
        f"/api/v2.0/projects/{project_name}/repositories/"
        f"{quote(quote(inner_name, safe=''), safe='')}/artifacts/{artifact.digest}"
    )
    tags = sorted(artifact.tags, key=lambda t: (t.push_time, t.id), reverse=True)
    data: dict[str, Any] = {
        "accessories": None,
        "digest": artifact.digest,
        "id": artifact.id,
        "labels": None,
        "manifest_media_type": artifact.manifest_media_type,
        "media_type": artifact.media_type,
        "project_id": artifact.project_id,
        "pull_time": format_time(artifact.pull_time),
        "push_time": format_time(artifact.push_time),
        "references": None,
        "repository_id": artifact.repository_id,
        "repository_name": artifact.repository_name,
        "tags": [render_tag(t) for t in tags] if params["with_tag"] and tags else None,
        "type": artifact.type,
    }
    optional = {
        "artifact_type": artifact.artifact_type,
        "annotations": artifact.annotations,
        "extra_attrs": artifact.extra_attrs,
        "icon": artifact.icon,
        "size": artifact.size,
    }
    data.update({key: value for key, value in optional.items() if value})
    if artifact.type == "IMAGE":
        data["addition_links"] = {
            name: {"absolute": False, "href": f"{base}/additions/{name}"}
            for name in ("build_history", "vulnerabilities")
        }
    if params["with_scan_overview"]:
        overview = _scan_overview(artifact, params.get("X-Accept-Vulnerabilities"))
        if overview:
            data["scan_overview"] = overview
    return data


def _scan_overview(artifact: Artifact, accepted: str | None) -> dict[str, Any]:
    """The report of the first accepted type that has one. Today's scanners store
    v1.1 reports, so a header naming only v1.0 gets nothing (HC-04)."""
    for media_type in (accepted or "").split(","):
        report = artifact.scan_overview.get(media_type.strip())
        if report is not None:
            return {media_type.strip(): report}
    return {}


def list_artifacts(call: Call) -> Response:
    """Artifacts of one repository; an unknown repository is an empty list."""
    project_name = call.path["project_name"]
    require_project(call.principal, call.store, project_name, "read")
    query = listing.ListQuery.read(call.params)
    query.keywords["RepositoryName"] = f"{project_name}/{repository_name(call)}"
    return _respond(call, query)


def list_artifacts_of_project(call: Call) -> Response:
    project = require_project(call.principal, call.store, project_ref(call), "read")
    query = listing.ListQuery.read(call.params)
    query.keywords["ProjectID"] = project.project_id
    latest = call.params["latest_in_repository"] and any(
        key in query.keywords for key in ("artifact_type", "media_type")
    )
    return _respond(call, query, latest_in_repository=latest)


def _respond(
    call: Call, query: listing.ListQuery, *, latest_in_repository: bool = False
) -> Response:
    artifacts = ARTIFACT.select(call.store.artifacts.values(), query.keywords)
    if latest_in_repository:
        newest: dict[int, Artifact] = {}
        for artifact in artifacts:
            kept = newest.get(artifact.repository_id)
            if kept is None or (artifact.push_time, artifact.id) > (
                kept.push_time,
                kept.id,
            ):
                newest[artifact.repository_id] = artifact
        artifacts = list(newest.values())
    ordered = ARTIFACT.order(artifacts, query.sorts)
    return listing.list_response(
        call.request, query, ordered, lambda a: render_artifact(a, call)
    )


ROUTES = (
    Route(
        "GET",
        "/projects/{project_name}/repositories/{repository_name}/artifacts",
        list_artifacts,
        query=(*LISTING, *_FLAGS),
        headers=(_ACCEPT_VULNERABILITIES,),
    ),
    Route(
        "GET",
        "/projects/{project_name_or_id}/artifacts",
        list_artifacts_of_project,
        query=(*LISTING, *_FLAGS, Param("latest_in_repository", "bool", default=False)),
        headers=(IS_RESOURCE_NAME, _ACCEPT_VULNERABILITIES),
    ),
)
