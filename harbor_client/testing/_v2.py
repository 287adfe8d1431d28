"""Harbor's ``/v2/``: core in front of the registry, with Harbor's own rules first.

Harbor does not hand ``/v2/`` to its registry as it is. Before anything is proxied:

* a repository name must hold a project (``/v2/nginx/...`` is a 400, even before
  authentication);
* the caller must hold the action in that project (pull for GET and HEAD, push for
  writes, delete for DELETE), else 401, never 403, with a challenge: ``Bearer`` with
  the scope when the request had no ``Authorization`` header, ``Basic realm="harbor"``
  once it had one (so an expired token meets a Basic challenge);
* a mount needs pull on its ``from`` repository too;
* quotas and immutable tag rules may refuse a push (403 ``DENIED``, 412
  ``PRECONDITION``).

Some answers come from Harbor's database, not the registry: a tag is resolved to a
digest there (so an unknown tag is Harbor's ``NOT_FOUND``, not the registry's
``MANIFEST_UNKNOWN``), a manifest is put and fetched by digest only, tags live only in
the database, a manifest DELETE only removes the artifact there (202), and the tag
list, the catalog and the referrers API are built from it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from . import _content as content
from ._auth import Principal, registry_actions
from ._config import Configuration
from ._immutable import is_immutable, refuse_deleting
from ._proxy import Upstream
from ._quotas import check_storage
from ._store import Artifact, Project, Store
from ._tokens import SERVICE
from ._wire import ApiError, Request, Response, bad_request, go_marshal, not_found

logger = logging.getLogger("harbor_client.testing")

_TARGET = re.compile(
    r"/v2/(?P<name>.+)/(?P<kind>manifests|blobs|tags|referrers)/(?P<rest>.*)"
)
_DIGEST = re.compile(r"[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+")
_TAG = re.compile(r"[\w][\w.-]{0,127}")
_JSON = "application/json; charset=utf-8"
_API_VERSION = ("Docker-Distribution-Api-Version", "registry/2.0")
#: the action each method needs, and the scope the challenge then names
_NEEDED = {"GET": "pull", "HEAD": "pull", "DELETE": "delete"}
_SCOPE_ACTIONS = {"pull": "pull", "push": "pull,push", "delete": "delete"}


@dataclass(frozen=True, slots=True)
class Target:
    """What a ``/v2/<name>/...`` path names."""

    repository: str
    kind: str
    rest: str

    @property
    def project_name(self) -> str:
        return self.repository.partition("/")[0]

    @classmethod
    def parse(cls, path: str) -> Target | None:
        # The name is greedy: the last "/manifests/" (or ...) ends it, as in
        # distribution, whose names may hold any of those words as a component.
        match = _TARGET.fullmatch(path)
        if match is None:
            return None
        return cls(match["name"], match["kind"], match["rest"])


def _errors(status: int, code: str, message: str, *extra: tuple[str, str]) -> Response:
    body = go_marshal({"errors": [{"code": code, "message": message}]}) + "\n"
    return Response(status, [("Content-Type", _JSON), *extra], body.encode())


def unavailable(reason: str) -> Response:
    """503 for a local Harbor without a registry, saying what to install."""
    return _errors(503, "UNAVAILABLE", reason)


class RegistryFront:
    """The ``/v2/`` of one local Harbor: its checks, its answers, and its proxy."""

    def __init__(
        self,
        *,
        store: Store,
        config: Configuration,
        lock: threading.RLock,
        upstream: Upstream,
    ) -> None:
        self.store = store
        self.config = config
        self.lock = lock
        self.upstream = upstream
        #: upload id -> bytes received so far (from the registry's ``Range``)
        self._uploads: dict[str, int] = {}

    # -- dispatch

    def handle(self, request: Request, principal: Principal) -> Response:
        path = request.path
        if path == "/v2/":
            return self._base(request, principal)
        if path == "/v2/_catalog":
            return self._catalog(request, principal)
        target = Target.parse(path)
        if target is None:
            return Response(
                404,
                [("Content-Type", "text/plain; charset=utf-8")],
                b"404 page not found\n",
            )
        if "/" not in target.repository:
            raise bad_request(
                f"bad request: invalid repository name: {target.repository}"
            )
        mount_from = self._mount_source(request, target)

        project = self._authorize(request, principal, target, mount_from)
        if isinstance(project, Response):
            return project
        method = request.method
        if target.kind == "manifests":
            if method in ("GET", "HEAD"):
                return self._get_manifest(request, principal, target, project)
            if method == "PUT":
                return self._put_manifest(request, principal, target, project)
            if method == "DELETE":
                return self._delete_manifest(principal, target, project)
        if target.kind == "blobs":
            if target.rest in ("uploads", "uploads/") and method == "POST":
                return self._start_upload(request, target, project, mount_from)
            if target.rest.startswith("uploads/"):
                if method == "PATCH":
                    return self._append(request, target)
                if method == "PUT":
                    return self._commit(request, target, project)
            elif method == "HEAD":
                return self._head_blob(request, target, project)
        if target.kind == "tags" and target.rest == "list" and method == "GET":
            return self._tags(request, target)
        if target.kind == "referrers" and method == "GET":
            return self._referrers(request, target)
        return self._forward(request, target)

    # -- authorization

    def _authorize(
        self,
        request: Request,
        principal: Principal,
        target: Target,
        mount_from: str | None,
    ) -> Project | Response:
        """The project, once the caller may do what the request does; else the 401."""
        needed = _NEEDED.get(request.method, "push")
        scope = f"repository:{target.repository}:{_SCOPE_ACTIONS[needed]}"
        with self.lock:
            project = self.store.project_named(target.project_name)
            if project is None:
                # The lookup fails before any challenge is written.
                message = f"project {target.project_name} not found"
                return self._unauthorized(message, "")
            if request.header("Authorization") is None and needed == "pull":
                # Even a public repository: anonymous pulls go through a token.
                message = "authorize header needed to send HEAD to repository"
                return self._refusal(request, message, scope)
            if needed not in registry_actions(principal, project):
                message = (
                    f"unauthorized to access repository: {target.repository}, "
                    f"action: {needed}"
                )
                return self._refusal(request, message, scope)
            if mount_from is not None:
                source = self.store.project_named(mount_from.partition("/")[0])
                if source is None or "pull" not in registry_actions(principal, source):
                    message = (
                        f"unauthorized to access repository: {mount_from}, action: pull"
                    )
                    both = f"{scope} repository:{mount_from}:pull"
                    return self._refusal(request, message, both)
        return project

    def _refusal(self, request: Request, message: str, scope: str) -> Response:
        """The 401 of a missing permission: a request without credentials learns
        where to get a token; any other is told ``Basic``, even with a token."""
        if request.header("Authorization") is None:
            return self._unauthorized(message, self._challenge(request, scope))
        return self._unauthorized(message, 'Basic realm="harbor"')

    def _challenge(self, request: Request, scope: str | None) -> str:
        scheme = urlsplit(self.config.external_url).scheme or "http"
        host = request.header("Host") or urlsplit(self.config.external_url).netloc
        challenge = (
            f'Bearer realm="{scheme}://{host}/service/token",service="{SERVICE}"'
        )
        return challenge + (f',scope="{scope}"' if scope else "")

    @staticmethod
    def _unauthorized(message: str, challenge: str) -> Response:
        # The message is both the error and its cause, so Harbor writes it twice.
        return _errors(
            401,
            "UNAUTHORIZED",
            f"{message}: {message}",
            _API_VERSION,
            ("Www-Authenticate", challenge),
        )

    def _mount_source(self, request: Request, target: Target) -> str | None:
        if request.method != "POST" or target.kind != "blobs":
            return None
        mount, source = request.query_value("mount"), request.query_value("from")
        if not mount or not source:
            return None  # a mount without from is an ordinary upload
        if "/" not in source:
            raise bad_request(f"bad request: invalid repository name: {source}")
        return source

    # -- /v2/ and the catalog

    def _base(self, request: Request, principal: Principal) -> Response:
        if not principal.authenticated:
            challenge = (
                'Basic realm="harbor"'
                if request.header("Authorization") is not None
                else self._challenge(request, None)
            )
            return self._unauthorized("unauthorized", challenge)
        # Harbor hands the version check to its registry: it answers for both.
        answer = self.upstream.send(request.method, "/v2/")
        return self.upstream.relay(
            answer, self._origin(request), head=request.method == "HEAD"
        )

    def _catalog(self, request: Request, principal: Principal) -> Response:
        # Only a system administrator with basic auth: a token never lists it.
        if not principal.sysadmin:
            return self._unauthorized(
                "unauthorized to list catalog", 'Basic realm="harbor"'
            )
        with self.lock:
            names = sorted(
                r.name
                for r in self.store.repositories.values()
                if self.store.artifacts_of(r)
            )
        last = request.query_value("last")
        if last is not None and last not in names:
            raise bad_request(f"the last: {last} should be a valid repository name.")
        page, more = _window(request, names)
        response = _json({"repositories": page})
        if more:
            last_name = quote(page[-1], safe="")
            link = f'</v2/_catalog?last={last_name}&n={len(page)}>; rel="next"'
            response.headers.append(("Link", link))
        return response

    # -- manifests

    def _get_manifest(
        self, request: Request, principal: Principal, target: Target, project: Project
    ) -> Response:
        reference = target.rest
        with self.lock:
            artifact = self._artifact(target.repository, reference)
            wanted = (request.header("If-None-Match") or "").strip().strip('"')
            if wanted and wanted == artifact.digest:
                return Response(
                    304,
                    [
                        ("Docker-Content-Digest", artifact.digest),
                        ("Etag", f'"{artifact.digest}"'),
                    ],
                )
            digest = artifact.digest
        # Harbor proxies by digest: the tag it resolved is never the registry's.
        answer = self.upstream.send(
            request.method,
            self.upstream.path(target.repository, f"manifests/{digest}"),
            headers=request.header_items,
        )
        if answer.status_code == 200 and request.method == "GET":
            resource = content.artifact_resource(target.repository, reference)
            with self.lock:
                content.record_pull(self.store, artifact, reference)
                self.store.log(
                    project,
                    principal.username or "anonymous",
                    "pull",
                    "artifact",
                    resource,
                    f"pull artifact {resource}",
                )
        return self.upstream.relay(
            answer, self._origin(request), head=request.method == "HEAD"
        )

    def _put_manifest(
        self, request: Request, principal: Principal, target: Target, project: Project
    ) -> Response:
        body = _read_limited(request.content(), content.MAX_MANIFEST_SIZE)
        digest = "sha256:" + hashlib.sha256(body).hexdigest()
        manifest = content.read_manifest(body, request.header("Content-Type"), digest)
        reference = target.rest
        tag = None if _DIGEST.fullmatch(reference) else reference
        if tag is not None and not _TAG.fullmatch(tag):
            raise ApiError(400, "TAG_INVALID", f"invalid tag {tag}")
        with self.lock:
            if tag is not None and self._tag_frozen(project, target.repository, tag):
                inner = target.repository.partition("/")[2]
                raise ApiError(
                    412,
                    "PRECONDITION",
                    f"Failed to process request due to '{inner}:{tag}' "
                    "configured as immutable.",
                )
            held = self.store.project_blobs.get(project.project_id, {})
            adding = sum(
                size
                for blob, size in [(digest, manifest.size), *manifest.blobs]
                if blob not in held
            )
            check_storage(self.store, project, adding)

        # Since v2.15 a push by tag reaches the registry by digest; the tag is kept
        # in Harbor's database only.
        answer = self.upstream.send(
            "PUT",
            self.upstream.path(
                target.repository, f"manifests/{digest if tag else reference}"
            ),
            headers=request.header_items,
            content=body,
        )
        if answer.status_code != 201:
            return self.upstream.relay(answer, self._origin(request), head=False)
        answer.close()

        extra_attrs = self._image_attributes(target, manifest)
        with self.lock:
            content.record_push(
                self.store, project, target.repository, manifest, tag, extra_attrs
            )
            for blob, size in manifest.blobs:
                self.store.associate_blob(
                    project, blob, self.store.blob_sizes.get(blob, size)
                )
            resource = content.artifact_resource(target.repository, tag or digest)
            self.store.log(
                project,
                principal.username,
                "create",
                "artifact",
                resource,
                f"push artifact {resource}",
            )
        headers = [
            (
                "Location",
                f"{self._origin(request)}/v2/{target.repository}/manifests/{digest}",
            ),
            ("Docker-Content-Digest", digest),
            _API_VERSION,
        ]
        if manifest.subject is not None:
            headers.append(("OCI-Subject", manifest.subject))
        return Response(201, headers)

    def _delete_manifest(
        self, principal: Principal, target: Target, project: Project
    ) -> Response:
        reference = target.rest
        if not _DIGEST.fullmatch(reference):
            raise ApiError(
                400,
                "UNSUPPORTED",
                f"unsupported digest {reference}: invalid checksum digest format",
            )
        with self.lock:
            artifact = self._artifact(target.repository, reference)
            refuse_deleting(self.store, artifact)
            content.refuse_if_referenced(self.store, artifact)
            self.store.delete_artifact(artifact)
            resource = content.artifact_resource(target.repository, reference)
            self.store.log(
                project, principal.username, "delete", "artifact", resource,
                f"delete artifact {resource}",
            )  # fmt: skip
        # The registry keeps the manifest until garbage collection, as in Harbor.
        return Response(202)

    def _artifact(self, repository_name: str, reference: str) -> Artifact:
        repository = self.store.repository_named(repository_name)
        artifact = self.store.artifact_in(repository, reference) if repository else None
        if artifact is None:
            resource = content.artifact_resource(repository_name, reference)
            raise not_found(f"artifact {resource} not found")
        return artifact

    def _tag_frozen(self, project: Project, repository_name: str, tag: str) -> bool:
        repository = self.store.repository_named(repository_name)
        if repository is None:
            return False
        exists = any(
            t.name == tag for a in self.store.artifacts_of(repository) for t in a.tags
        )
        return exists and is_immutable(self.store, project, repository_name, tag)

    def _image_attributes(
        self, target: Target, manifest: content.Manifest
    ) -> dict[str, Any]:
        if manifest.kind != "IMAGE" or manifest.is_index or manifest.config is None:
            return {}
        config_digest = manifest.config.get("digest")
        if not config_digest or int(manifest.config.get("size") or 0) > 1 << 20:
            return {}
        answer = self.upstream.read(
            "GET", self.upstream.path(target.repository, f"blobs/{config_digest}")
        )
        if answer.status_code != 200:
            return {}
        return content.image_attributes(answer.content)

    # -- blobs

    def _head_blob(
        self, request: Request, target: Target, project: Project
    ) -> Response:
        digest = target.rest
        with self.lock:
            known = digest in self.store.project_blobs.get(project.project_id, {})
        if not known:
            # Harbor asks its database first: a blob this project never received
            # does not exist here, even if another project holds it.
            return _errors(404, "NOT_FOUND", f"blob {digest} not found")
        return self._forward(request, target)

    def _start_upload(
        self, request: Request, target: Target, project: Project, mount_from: str | None
    ) -> Response:
        query = request.raw_query
        mount = request.query_value("mount") if mount_from else None
        size = 0
        if mount is not None and mount_from is not None:
            with self.lock:
                size = self.store.blob_sizes.get(mount, 0)
                held = self.store.project_blobs.get(project.project_id, {})
                check_storage(self.store, project, 0 if mount in held else size)
            pairs = [
                (k, self.upstream.name(v) if k == "from" else v)
                for k, values in request.query.items()
                for v in values
            ]
            query = urlencode(pairs)
        answer = self.upstream.send(
            "POST",
            self.upstream.path(target.repository, "blobs/uploads/"),
            query=query,
            headers=request.header_items,
            content=request.content(),
        )
        if answer.status_code == 201 and mount is not None:
            with self.lock:
                self.store.associate_blob(project, mount, size)
        return self.upstream.relay(answer, self._origin(request), head=False)

    def _append(self, request: Request, target: Target) -> Response:
        answer = self.upstream.send(
            "PATCH",
            self.upstream.path(target.repository, f"blobs/{target.rest}"),
            query=request.raw_query,
            headers=request.header_items,
            content=request.content(),
        )
        received = _range_end(answer.headers.get("range"))
        if answer.status_code == 202 and received is not None:
            with self.lock:
                self._uploads[_upload_id(target)] = received
        return self.upstream.relay(answer, self._origin(request), head=False)

    def _commit(self, request: Request, target: Target, project: Project) -> Response:
        digest = request.query_value("digest") or ""
        upload = _upload_id(target)
        length = int(request.header("Content-Length") or 0)
        with self.lock:
            size = self._uploads.get(upload, 0) + length
            held = self.store.project_blobs.get(project.project_id, {})
            # TODO: uploads that finish at once are each checked against the same
            # usage; Harbor reserves the amount until the upload is done.
            check_storage(self.store, project, 0 if digest in held else size)
        answer = self.upstream.send(
            "PUT",
            self.upstream.path(target.repository, f"blobs/{target.rest}"),
            query=request.raw_query,
            headers=request.header_items,
            content=request.content(),
        )
        if answer.status_code == 201:
            with self.lock:
                self._uploads.pop(upload, None)
                self.store.blob_sizes[digest] = size
                self.store.associate_blob(project, digest, size)
        return self.upstream.relay(answer, self._origin(request), head=False)

    # -- lists from the database

    def _tags(self, request: Request, target: Target) -> Response:
        with self.lock:
            repository = self.store.repository_named(target.repository)
            if repository is None:
                raise not_found(f"repository {target.repository} not found")
            names = sorted(
                {t.name for a in self.store.artifacts_of(repository) for t in a.tags}
            )
        last = request.query_value("last")
        if last:
            names = [n for n in names if n > last]
        page, more = _window(request, names)
        response = _json({"name": target.repository, "tags": page})
        if more:
            link = (
                f"</v2/{target.repository}/tags/list?"
                f'{urlencode({"last": page[-1], "n": len(page)})}>; rel="next"'
            )
            response.headers.append(("Link", link))
        return response

    def _referrers(self, request: Request, target: Target) -> Response:
        subject = target.rest
        if not _DIGEST.fullmatch(subject):
            raise bad_request(
                f"unsupported digest {subject}: invalid checksum digest format"
            )
        wanted = request.query_value("artifactType")
        with self.lock:
            repository = self.store.repository_named(target.repository)
            found = [
                a
                for a in (self.store.artifacts_of(repository) if repository else [])
                if a.subject == subject
            ]
        listed = [a for a in found if not wanted or a.artifact_type == wanted]
        descriptors = []
        for artifact in listed:
            descriptor: dict[str, Any] = {
                "mediaType": artifact.manifest_media_type,
                "digest": artifact.digest,
                "size": artifact.manifest_size,
            }
            if artifact.annotations:
                descriptor["annotations"] = artifact.annotations
            descriptor["artifactType"] = artifact.artifact_type
            descriptors.append(descriptor)
        index = {
            "schemaVersion": 2,
            "mediaType": content.OCI_INDEX,
            "manifests": descriptors,
        }
        headers = [
            ("Content-Type", content.OCI_INDEX),
            ("X-Total-Count", str(len(found))),
        ]
        if wanted:
            headers.append(("OCI-Filters-Applied", "artifactType"))
        return Response(200, headers, json.dumps(index, separators=(",", ":")).encode())

    # -- copies for the API

    def copy(
        self, artifact: Artifact, project: Project, target: str, principal: Principal
    ) -> Artifact:
        """Copy ``artifact`` (an index with everything it lists) into ``target``.

        Blobs are mounted from the source repository, manifests put by digest, the
        children of an index first; the copy gets the source's tags. The caller
        holds the app's lock, so nothing changes in between.
        """
        source = artifact.repository_name
        plan = self._copy_plan(artifact)
        held = self.store.project_blobs.get(project.project_id, {})
        wanted: dict[str, int] = {}
        for _, manifest in plan:
            for blob, size in [(manifest.digest, manifest.size), *manifest.blobs]:
                if blob not in held:
                    wanted[blob] = self.store.blob_sizes.get(blob, size)
        check_storage(self.store, project, sum(wanted.values()))

        copied = artifact
        for original, manifest in plan:
            for blob, _ in manifest.blobs:
                self._mount(blob, source, target)
            body = self._manifest_body(source, original)
            answer = self.upstream.send(
                "PUT",
                self.upstream.path(target, f"manifests/{manifest.digest}"),
                headers=[("Content-Type", manifest.media_type)],
                content=body,
            )
            answer.read()
            answer.close()
            if answer.status_code != 201:
                logger.error("copy of %s failed: %s", manifest.digest, answer.text)
                raise ApiError(500, "UNKNOWN", f"copying {manifest.digest} failed")
            copied = content.record_push(
                self.store, project, target, manifest, None, dict(original.extra_attrs)
            )
            for blob, size in manifest.blobs:
                self.store.associate_blob(
                    project, blob, self.store.blob_sizes.get(blob, size)
                )
        for tag in artifact.tags:
            self.store.tag_artifact(copied, tag.name)
        resource = content.artifact_resource(target, copied.digest)
        self.store.log(
            project, principal.username, "create", "artifact", resource,
            f"copy artifact {content.artifact_resource(source, artifact.digest)} "
            f"to {resource}",
        )  # fmt: skip
        return copied

    def _copy_plan(self, artifact: Artifact) -> list[tuple[Artifact, content.Manifest]]:
        """The manifests to put, children before the index that lists them."""
        repository = self.store.repositories[artifact.repository_id]
        plan: list[tuple[Artifact, content.Manifest]] = []
        for digest in artifact.children:
            child = self.store.artifact_in(repository, digest)
            if child is not None:
                plan.extend(self._copy_plan(child))
        body = self._manifest_body(artifact.repository_name, artifact)
        manifest = content.read_manifest(
            body, artifact.manifest_media_type, artifact.digest
        )
        plan.append((artifact, manifest))
        return plan

    def _manifest_body(self, repository: str, artifact: Artifact) -> bytes:
        answer = self.upstream.send(
            "GET",
            self.upstream.path(repository, f"manifests/{artifact.digest}"),
            headers=[("Accept", artifact.manifest_media_type)],
        )
        body = answer.read()
        answer.close()
        if answer.status_code != 200:
            raise ApiError(500, "UNKNOWN", f"reading {artifact.digest} failed")
        return body

    def _mount(self, blob: str, source: str, target: str) -> None:
        answer = self.upstream.send(
            "POST",
            self.upstream.path(target, "blobs/uploads/"),
            query=urlencode({"mount": blob, "from": self.upstream.name(source)}),
        )
        answer.read()
        answer.close()
        if answer.status_code == 201:
            return
        location = answer.headers.get("location")
        if answer.status_code == 202 and location:
            # The registry opened an upload instead: the blob is not in the source.
            cancel = self.upstream.send(
                "DELETE", urlsplit(location).path, query=urlsplit(location).query
            )
            cancel.close()
        raise ApiError(500, "UNKNOWN", f"mounting {blob} from {source} failed")

    # -- the proxy

    def _forward(self, request: Request, target: Target) -> Response:
        answer = self.upstream.send(
            request.method,
            self.upstream.path(target.repository, f"{target.kind}/{target.rest}"),
            query=request.raw_query,
            headers=request.header_items,
            content=request.content()
            if request.method in ("POST", "PUT", "PATCH")
            else None,
        )
        return self.upstream.relay(
            answer, self._origin(request), head=request.method == "HEAD"
        )

    def _origin(self, request: Request) -> str:
        # Since v2.14 Harbor answers with the host the client asked for.
        scheme = urlsplit(self.config.external_url).scheme or "http"
        host = request.header("Host") or urlsplit(self.config.external_url).netloc
        return f"{scheme}://{host}"


def _json(payload: Any) -> Response:
    return Response(
        200, [("Content-Type", _JSON)], (go_marshal(payload) + "\n").encode()
    )


def _window(request: Request, names: list[str]) -> tuple[list[str], bool]:
    """The ``n`` first names, and whether more remain (no ``n``: all of them)."""
    raw = request.query_value("n")
    if raw is None or raw == "":
        return names, False
    if not raw.isdigit():
        raise bad_request("the N must be a positive int type")
    n = int(raw)
    return names[:n], n > 0 and len(names) > n


def _read_limited(chunks: Iterable[bytes], limit: int) -> bytes:
    data = bytearray()
    for chunk in chunks:
        data.extend(chunk)
        if len(data) > limit:
            raise ApiError(
                400, "MANIFEST_INVALID", "manifest invalid: manifest too big"
            )
    return bytes(data)


def _range_end(header: str | None) -> int | None:
    """Bytes received, from the registry's ``Range: 0-<last>``."""
    if not header:
        return None
    _, _, last = header.partition("-")
    return int(last) + 1 if last.isdigit() else None


def _upload_id(target: Target) -> str:
    return target.rest.removeprefix("uploads/")
