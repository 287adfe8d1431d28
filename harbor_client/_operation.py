"""What the client needs to know about one operation of Harbor's definition.

The build step writes one :class:`Operation` per operationId into
``harbor_client/_generated/operations.py``; the generated namespaces hand it to
``Harbor._call`` together with the caller's arguments.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The largest page Harbor serves; above it go-swagger answers 422.
MAX_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the definition, as the client layer uses it."""

    #: operationId in Harbor's definition, e.g. ``"listProjects"``.
    id: str
    #: HTTP method, upper case.
    method: str
    #: path template below ``/api/v2.0``, e.g. ``"/projects/{project_name_or_id}"``.
    path: str
    #: the definition's tag, e.g. ``"project"``.
    tag: str
    #: attribute of ``Harbor`` that holds the method, e.g. ``"projects"``.
    namespace: str
    #: method name inside the namespace, e.g. ``"list"``.
    name: str
    #: module of the generated endpoint, relative to ``harbor_client._generated``,
    #: e.g. ``"api.project.list_projects"``.
    module: str
    #: takes ``page``/``page_size`` and returns a JSON array: has an iterator.
    paged: bool = False
    #: answers 201 with a ``Location`` header and no body.
    creates: bool = False
    #: name of the path parameter that holds a project name or id, if any.
    project_param: str | None = None
    #: the operation takes an ``X-Is-Resource-Name`` header.
    takes_resource_name_header: bool = False
    #: names of path parameters that hold a repository name (double encoded).
    repository_params: tuple[str, ...] = ()
    #: marked ``deprecated`` in the definition.
    deprecated: bool = False

    @property
    def is_idempotent(self) -> bool:
        """GET, HEAD, OPTIONS, PUT and DELETE may be retried; POST and PATCH not."""
        return self.method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
