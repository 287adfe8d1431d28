"""The tags of an artifact: ``.../artifacts/{reference}/tags``.

Tags live in Harbor's database only (since v2.15 a push by tag reaches the registry
by digest), so making and removing one is a database change, which immutable tag
rules may refuse with 412.
"""

from __future__ import annotations

import re

from . import _listing as listing
from ._artifacts import artifact_of, render_tag, tag_immutable
from ._router import LISTING, Call, Param, Route
from ._store import Tag
from ._wire import ApiError, Response, bad_request, empty_response, not_found

_TAG = re.compile(r"[\w][\w.-]{0,127}")

_TAG_MODEL = listing.Model[Tag](
    columns=listing.columns(
        ("ID", "id", "int"),
        ("Name", "name", "str"),
        ("RepositoryID", "repository_id", "int"),
        ("ArtifactID", "artifact_id", "int"),
        ("PushTime", "push_time", "time"),
        ("PullTime", "pull_time", "time"),
    ),
    default_order=(("push_time", True), ("id", True)),
)


def create_tag(call: Call) -> Response:
    store = call.store
    artifact = artifact_of(call, "tag:create")
    name = call.body.get("name")
    if not isinstance(name, str) or not _TAG.fullmatch(name):
        raise bad_request(f"invalid tag name: {name}")
    repository = store.repositories[artifact.repository_id]
    if any(t.name == name for a in store.artifacts_of(repository) for t in a.tags):
        raise ApiError(
            409,
            "CONFLICT",
            f"tag {name} already exists in the repository {artifact.repository_name}",
        )
    store.tag_artifact(artifact, name)
    response = empty_response(201)
    response.headers.append(("Location", f"{call.request.path.rstrip('/')}/{name}"))
    return response


def list_tags(call: Call) -> Response:
    artifact = artifact_of(call, "tag:list")
    query = listing.ListQuery.read(call.params)
    tags = _TAG_MODEL.order(
        _TAG_MODEL.select(artifact.tags, query.keywords), query.sorts
    )
    with_status = call.params["with_immutable_status"]
    return listing.list_response(
        call.request,
        query,
        tags,
        lambda t: render_tag(t, with_status and tag_immutable(call.store, artifact, t)),
    )


def delete_tag(call: Call) -> Response:
    artifact = artifact_of(call, "tag:delete")
    name = call.path["tag_name"]
    tag = next((t for t in artifact.tags if t.name == name), None)
    if tag is None:
        raise not_found(f"tag {name} not found")
    if tag_immutable(call.store, artifact, tag):
        raise ApiError(
            412,
            "PRECONDITION",
            f"the tag {name} configured as immutable, cannot be deleted",
        )
    artifact.tags.remove(tag)
    return empty_response(200)


_BASE = (
    "/projects/{project_name}/repositories/{repository_name}/artifacts/{reference}/tags"
)

ROUTES = (
    Route("POST", _BASE, create_tag, body="tag"),
    Route(
        "GET",
        _BASE,
        list_tags,
        query=(*LISTING, Param("with_immutable_status", "bool", default=False)),
    ),
    Route("DELETE", _BASE + "/{tag_name}", delete_tag),
)
