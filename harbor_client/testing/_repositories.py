"""``/repositories`` and ``/projects/{p}/repositories``: lists and one repository.

A repository's ``name`` in JSON is its full name (``demo/tools/kubectl``), while the
path parameter is the name inside the project, encoded twice when it holds a slash:
nginx decodes ``%252F`` to ``%2F`` on the way in, routing splits on real slashes only,
and the handler decodes the parameter once more. A single ``%2F`` is therefore a
path that no route matches.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from . import _listing as listing
from ._auth import require_project
from ._immutable import refuse_deleting
from ._projects import MemberQuery, project_model
from ._router import LISTING, Call, Route
from ._store import Repository
from ._wire import Response, empty_response, format_time, json_response, not_found

REPOSITORY = listing.Model[Repository](
    columns=listing.columns(
        ("RepositoryID", "repository_id", "int"),
        ("ProjectID", "project_id", "int"),
        ("Name", "name", "str"),
        ("Description", "description", "str"),
        ("PullCount", "pull_count", "int"),
        ("StarCount", "star_count", "int"),
        ("CreationTime", "creation_time", "time"),
        ("UpdateTime", "update_time", "time"),
    ),
    default_order=(("creation_time", True), ("repository_id", True)),
)


def repository_name(call: Call) -> str:
    """The ``repository_name`` path parameter after Harbor's second decoding."""
    return unquote(call.path["repository_name"])


def render_repository(repository: Repository, call: Call) -> dict[str, Any]:
    data: dict[str, Any] = {
        "artifact_count": len(call.store.artifacts_of(repository)),
        "creation_time": format_time(repository.creation_time),
        "id": repository.repository_id,
        "name": repository.name,
        "project_id": repository.project_id,
        "pull_count": repository.pull_count,
        "update_time": format_time(repository.update_time),
    }
    if repository.description:
        data["description"] = repository.description
    return data


def list_repositories(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, call.path["project_name"], "repository:list"
    )
    query = listing.ListQuery.read(call.params)
    query.keywords["ProjectID"] = project.project_id
    return _respond(call, query)


def list_all_repositories(call: Call) -> Response:
    """Every repository of the projects the caller may see."""
    principal, store = call.principal, call.store
    query = listing.ListQuery.read(call.params)
    if not principal.sysadmin:
        visible: dict[str, Any] = {"public": True}
        if principal.user is not None:
            visible = {"member": MemberQuery(principal.user.user_id, with_public=True)}
        projects = project_model(store).select(store.projects.values(), visible)
        ids = tuple(p.project_id for p in projects)
        if not ids:
            return listing.page_response(call.request, [], 0, query)
        query.keywords["ProjectID"] = listing.AnyOf(ids)
    return _respond(call, query)


def get_repository(call: Call) -> Response:
    project_name = call.path["project_name"]
    require_project(call.principal, call.store, project_name, "repository:read")
    full_name = f"{project_name}/{repository_name(call)}"
    repository = call.store.repository_named(full_name)
    if repository is None:
        raise not_found(f"repository {full_name} not found")
    return json_response(render_repository(repository, call))


def _repository_of(call: Call, permission: str) -> Repository:
    project_name = call.path["project_name"]
    require_project(call.principal, call.store, project_name, permission)
    full_name = f"{project_name}/{repository_name(call)}"
    repository = call.store.repository_named(full_name)
    if repository is None:
        raise not_found(f"repository {full_name} not found")
    return repository


def update_repository(call: Call) -> Response:
    """Only the description changes."""
    repository = _repository_of(call, "repository:update")
    repository.description = str(call.body.get("description") or "")
    return empty_response(200)


def delete_repository(call: Call) -> Response:
    """The repository with every artifact in it, as Harbor's UI does it."""
    store = call.store
    repository = _repository_of(call, "repository:delete")
    artifacts = store.artifacts_of(repository)
    for artifact in artifacts:
        refuse_deleting(store, artifact)
    for artifact in artifacts:
        store.delete_artifact(artifact)
    store.repositories.pop(repository.repository_id, None)
    return empty_response(200)


def _respond(call: Call, query: listing.ListQuery) -> Response:
    repositories = REPOSITORY.order(
        REPOSITORY.select(call.store.repositories.values(), query.keywords), query.sorts
    )
    return listing.list_response(
        call.request, query, repositories, lambda r: render_repository(r, call)
    )


ROUTES = (
    Route(
        "GET", "/projects/{project_name}/repositories", list_repositories, query=LISTING
    ),
    Route("GET", "/repositories", list_all_repositories, query=LISTING),
    Route(
        "GET", "/projects/{project_name}/repositories/{repository_name}", get_repository
    ),
    Route(
        "PUT",
        "/projects/{project_name}/repositories/{repository_name}",
        update_repository,
        body="repository",
    ),
    Route(
        "DELETE",
        "/projects/{project_name}/repositories/{repository_name}",
        delete_repository,
    ),
)
