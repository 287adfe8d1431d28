"""Artifacts in the JSON Harbor writes (V24): lists, one artifact, delete, copy and
the artifact's labels (a project label only on artifacts of its own project).

Arrays the handler leaves unset are ``null``, not ``[]`` (``tags`` without
``with_tag``, ``labels`` without ``with_label``, ``references`` of a non-index,
``accessories``); zero scalars and empty maps are left out; a never-pulled artifact
has Go's zero time as ``pull_time``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from . import _content as content
from . import _listing as listing
from ._auth import require_project
from ._immutable import is_immutable, refuse_deleting
from ._labels import render_label
from ._projects import project_ref
from ._repositories import repository_name
from ._router import IS_RESOURCE_NAME, LISTING, PAGE, PAGE_SIZE, Call, Param, Route
from ._store import Artifact, Store, Tag
from ._wire import (
    ApiError,
    Response,
    bad_request,
    empty_response,
    format_time,
    json_response,
    not_found,
)

_DIGEST = re.compile(r"[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+")


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
    """``labels=(1 2)``: artifacts carrying every one of the label ids."""
    items = (
        value.items if isinstance(value, listing.AllOf | listing.AnyOf) else (value,)
    )
    try:
        wanted = {int(str(item)) for item in items}
    except ValueError:
        raise bad_request(f"invalid label ID: {value}") from None
    if not wanted:
        return None
    return lambda a: wanted <= set(a.labels)


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


def render_tag(tag: Tag, immutable: bool = False) -> dict[str, Any]:
    """``Tag``; ``immutable`` is only worked out when ``with_immutable_status`` asks."""
    return {
        "artifact_id": tag.artifact_id,
        "id": tag.id,
        "immutable": immutable,
        "name": tag.name,
        "pull_time": format_time(tag.pull_time),
        "push_time": format_time(tag.push_time),
        "repository_id": tag.repository_id,
    }


def tag_immutable(store: Store, artifact: Artifact, tag: Tag) -> bool:
    project = store.projects.get(artifact.project_id)
    return project is not None and is_immutable(
        store, project, artifact.repository_name, tag.name
    )


def render_artifact(artifact: Artifact, call: Call) -> dict[str, Any]:
    params = call.params
    project_name, _, inner_name = artifact.repository_name.partition("/")
    base = (
        f"/api/v2.0/projects/{project_name}/repositories/"
        f"{quote(quote(inner_name, safe=''), safe='')}/artifacts/{artifact.digest}"
    )
    store = call.store
    tags = sorted(artifact.tags, key=lambda t: (t.push_time, t.id), reverse=True)
    with_status = params.get("with_immutable_status", False)
    labels = [store.labels[i] for i in artifact.labels if i in store.labels]
    data: dict[str, Any] = {
        "accessories": None,
        "digest": artifact.digest,
        "id": artifact.id,
        "labels": [render_label(lb) for lb in labels]
        if params.get("with_label") and labels
        else None,
        "manifest_media_type": artifact.manifest_media_type,
        "media_type": artifact.media_type,
        "project_id": artifact.project_id,
        "pull_time": format_time(artifact.pull_time),
        "push_time": format_time(artifact.push_time),
        "references": _references(store, artifact) or None,
        "repository_id": artifact.repository_id,
        "repository_name": artifact.repository_name,
        "tags": [
            render_tag(t, with_status and tag_immutable(store, artifact, t))
            for t in tags
        ]
        if params["with_tag"] and tags
        else None,
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


def _references(store: Store, artifact: Artifact) -> list[dict[str, Any]]:
    """The artifacts an index lists, each with the platform its config names."""
    repository = store.repositories.get(artifact.repository_id)
    found = []
    for digest in artifact.children:
        child = store.artifact_in(repository, digest) if repository else None
        if child is None:
            continue
        reference: dict[str, Any] = {
            "child_digest": child.digest,
            "child_id": child.id,
            "parent_id": artifact.id,
        }
        platform = {
            key: child.extra_attrs[key]
            for key in ("architecture", "os")
            if child.extra_attrs.get(key)
        }
        if platform:
            reference["platform"] = platform
        found.append(reference)
    return found


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
    require_project(call.principal, call.store, project_name, "artifact:list")
    query = listing.ListQuery.read(call.params)
    query.keywords["RepositoryName"] = f"{project_name}/{repository_name(call)}"
    return _respond(call, query)


def list_artifacts_of_project(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "artifact:list"
    )
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


def artifact_of(call: Call, permission: str) -> Artifact:
    """The artifact that ``{reference}`` (tag or digest) names, once allowed."""
    project_name = call.path["project_name"]
    require_project(call.principal, call.store, project_name, permission)
    full_name = f"{project_name}/{repository_name(call)}"
    reference = call.path["reference"]
    repository = call.store.repository_named(full_name)
    artifact = call.store.artifact_in(repository, reference) if repository else None
    if artifact is None:
        raise not_found(
            f"artifact {content.artifact_resource(full_name, reference)} not found"
        )
    return artifact


def get_artifact(call: Call) -> Response:
    return json_response(render_artifact(artifact_of(call, "artifact:read"), call))


def delete_artifact(call: Call) -> Response:
    """By tag or digest; a frozen tag or an index that lists it stops it (412)."""
    store = call.store
    artifact = artifact_of(call, "artifact:delete")
    refuse_deleting(store, artifact)
    content.refuse_if_referenced(store, artifact)
    store.delete_artifact(artifact)
    resource = content.artifact_resource(artifact.repository_name, artifact.digest)
    store.log(
        store.projects.get(artifact.project_id),
        call.principal.username,
        "delete",
        "artifact",
        resource,
        f"delete artifact {resource}",
    )
    return empty_response(200)


def copy_artifact(call: Call) -> Response:
    """``?from=<project>/<repo>@<digest>`` or ``:<tag>``: the artifact, and an index's
    children, copied through the registry, blobs mounted rather than sent."""
    store = call.store
    source = call.params["from"]
    source_repository, reference = _split_from(source)
    source_project = source_repository.partition("/")[0]
    require_project(call.principal, store, source_project, "repository:pull")
    project_name = call.path["project_name"]
    project = require_project(call.principal, store, project_name, "repository:push")
    target = f"{project_name}/{repository_name(call)}"
    repository = store.repository_named(source_repository)
    artifact = store.artifact_in(repository, reference) if repository else None
    if artifact is None:
        resource = content.artifact_resource(source_repository, reference)
        raise not_found(f"artifact {resource} not found")
    if call.registry is None:
        raise ApiError(500, "UNKNOWN", "the local Harbor runs without a registry")
    copied = call.registry.copy(artifact, project, target, call.principal)
    response = empty_response(201)
    base = call.request.path.rstrip("/")
    response.headers.append(("Location", f"{base}/{copied.digest}"))
    return response


def _split_from(source: str) -> tuple[str, str]:
    repository, at, digest = source.partition("@")
    if at:
        if not _DIGEST.fullmatch(digest) or "/" not in repository:
            raise bad_request(f"invalid from: {source}")
        return repository, digest
    repository, colon, tag = source.rpartition(":")
    if not colon or "/" not in repository or not tag or "/" in tag:
        raise bad_request(f"invalid from: {source}")
    return repository, tag


def add_artifact_label(call: Call) -> Response:
    artifact = artifact_of(call, "artifact-label:create")
    label_id = call.body.get("id")
    label = call.store.labels.get(label_id) if isinstance(label_id, int) else None
    if label is None:
        raise not_found(f"label {label_id} not found")
    if label.scope == "p" and label.project_id != artifact.project_id:
        raise bad_request(
            f"the label {label.id} does not belong to the artifact's project"
        )
    if label.id in artifact.labels:
        raise ApiError(
            409, "CONFLICT", f"label {label.id} is already added to the artifact"
        )
    artifact.labels.append(label.id)
    return empty_response(200)


def remove_artifact_label(call: Call) -> Response:
    artifact = artifact_of(call, "artifact-label:delete")
    raw = call.path["label_id"]
    label_id = int(raw) if raw.isdigit() else -1
    if label_id not in artifact.labels:
        raise not_found(f"label {raw} is not added to the artifact")
    artifact.labels.remove(label_id)
    return empty_response(200)


_ONE = "/projects/{project_name}/repositories/{repository_name}/artifacts/{reference}"

ROUTES = (
    Route(
        "GET",
        "/projects/{project_name}/repositories/{repository_name}/artifacts",
        list_artifacts,
        query=(*LISTING, *_FLAGS),
        headers=(_ACCEPT_VULNERABILITIES,),
    ),
    Route(
        "POST",
        "/projects/{project_name}/repositories/{repository_name}/artifacts",
        copy_artifact,
        query=(Param("from", required=True),),
    ),
    Route(
        "GET",
        _ONE,
        get_artifact,
        query=(
            PAGE,
            PAGE_SIZE,
            *_FLAGS,
            Param("with_signature", "bool", default=False),
        ),
        headers=(_ACCEPT_VULNERABILITIES,),
    ),
    Route("DELETE", _ONE, delete_artifact),
    Route("POST", _ONE + "/labels", add_artifact_label, body="label"),
    Route("DELETE", _ONE + "/labels/{label_id}", remove_artifact_label),
    Route(
        "GET",
        "/projects/{project_name_or_id}/artifacts",
        list_artifacts_of_project,
        query=(*LISTING, *_FLAGS, Param("latest_in_repository", "bool", default=False)),
        headers=(IS_RESOURCE_NAME, _ACCEPT_VULNERABILITIES),
    ),
)
