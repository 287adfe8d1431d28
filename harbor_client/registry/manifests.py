"""Manifests by tag or digest: get, head, put, delete, and tag -> digest.

A manifest's digest is the hash of its exact bytes, so the bytes are kept as
received and sent as given, never parsed and serialised again.
"""

from __future__ import annotations

import json
import logging

import httpx

from ..errors import HarborResponseError, raise_for_response
from .digest import Hasher, digest_of, validate_digest
from .errors import InvalidReference
from .flow import Call, Endpoint, Flow, call
from .mediatypes import MANIFEST_ACCEPT
from .models import Descriptor, Manifest
from .reference import validate_tag
from .scopes import delete_scope, pull_scope, push_scope

__all__ = [
    "PutResult",
    "delete_manifest",
    "get_manifest",
    "head_manifest",
    "put_manifest",
    "resolve",
]

logger = logging.getLogger("harbor_client.registry")

#: The distribution registry refuses larger manifests.
MANIFEST_MAX_SIZE = 4 * 1024 * 1024


def _is_digest(reference: str) -> bool:
    return ":" in reference


def _manifest_url(endpoint: Endpoint, repository: str, reference: str) -> httpx.URL:
    endpoint.repository(repository)
    if _is_digest(reference):
        validate_digest(reference)
    else:
        validate_tag(reference)
    return endpoint.v2_url(f"{repository}/manifests/{reference}")


def _media_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).split(";", 1)[0].strip()


def get_manifest(
    endpoint: Endpoint,
    repository: str,
    reference: str,
    *,
    accept: str = MANIFEST_ACCEPT,
) -> Flow[Manifest]:
    """The manifest stored under a tag or digest, with its exact bytes."""
    url = _manifest_url(endpoint, repository, reference)
    response = yield from call(
        Call(
            endpoint, "GET", url, (pull_scope(repository),), headers={"Accept": accept}
        )
    )
    raise_for_response(response)
    content = response.content
    if _is_digest(reference):
        hasher = Hasher.for_digest(reference)
        hasher.update(content)
        hasher.verify(reference, f"manifest {repository}@{reference}")
        digest = reference
    else:
        digest = digest_of(content)
    media_type = _media_type(response)
    if not media_type or media_type == "application/json":
        # Some registries serve OCI manifests as plain JSON; the body says its type.
        media_type = _declared_media_type(content) or media_type
    return Manifest(content=content, media_type=media_type, digest=digest)


def _declared_media_type(content: bytes) -> str | None:
    try:
        data = json.loads(content)
    except ValueError:
        return None
    value = data.get("mediaType") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def head_manifest(
    endpoint: Endpoint, repository: str, reference: str
) -> Flow[Descriptor | None]:
    """The descriptor of a manifest by ``HEAD``; ``None`` when it does not exist.

    ``None`` is returned for a 404 only; other failures raise. The digest comes
    from ``Docker-Content-Digest``: a registry that does not send it makes this
    raise :class:`~harbor_client.errors.HarborResponseError`; use :func:`resolve`.
    """
    url = _manifest_url(endpoint, repository, reference)
    response = yield from call(
        Call(
            endpoint,
            "HEAD",
            url,
            (pull_scope(repository),),
            headers={"Accept": MANIFEST_ACCEPT},
        )
    )
    if response.status_code == 404:
        return None
    raise_for_response(response)
    digest = response.headers.get("docker-content-digest")
    if not digest:
        raise HarborResponseError(
            "the answer has no Docker-Content-Digest",
            method="HEAD",
            url=str(url),
            request_id=response.headers.get("x-request-id"),
        )
    length = response.headers.get("content-length", "")
    return Descriptor(
        media_type=_media_type(response),
        digest=validate_digest(digest),
        size=int(length) if length.isdigit() else -1,
    )


def resolve(endpoint: Endpoint, repository: str, tag: str) -> Flow[str]:
    """The digest of the manifest a tag points at.

    ``HEAD`` with the full ``Accept`` list first (no body moves); a registry that
    answers without ``Docker-Content-Digest``, or refuses HEAD, gets a ``GET``,
    and the digest is the hash of the exact bytes it returns. The GET also turns
    an unknown tag into an error that carries the registry's message, which a
    HEAD answer cannot have.
    """
    url = _manifest_url(endpoint, repository, tag)
    response = yield from call(
        Call(
            endpoint,
            "HEAD",
            url,
            (pull_scope(repository),),
            headers={"Accept": MANIFEST_ACCEPT},
        )
    )
    reported = response.headers.get("docker-content-digest")
    if response.status_code == 200 and reported:
        try:
            return validate_digest(reported)
        except InvalidReference:
            logger.debug("ignoring malformed Docker-Content-Digest %r", reported)
    manifest = yield from get_manifest(endpoint, repository, tag)
    return manifest.digest


class PutResult:
    """The answer to a manifest upload: its digest, and the subject it named."""

    __slots__ = ("digest", "subject")

    def __init__(self, digest: str, subject: str | None) -> None:
        self.digest = digest
        #: ``OCI-Subject``: the registry indexed the manifest's subject itself, so
        #: the referrers fallback tag need not be updated.
        self.subject = subject

    def __repr__(self) -> str:
        return f"PutResult(digest={self.digest!r}, subject={self.subject!r})"


def put_manifest(
    endpoint: Endpoint,
    repository: str,
    reference: str,
    content: bytes,
    media_type: str,
) -> Flow[PutResult]:
    """Store ``content`` as a manifest under a tag (or its own digest)."""
    if not media_type:
        # Without Content-Type the registry parses the body as schema 1 and
        # answers 400 MANIFEST_INVALID.
        raise ValueError("a manifest needs its media type")
    if len(content) > MANIFEST_MAX_SIZE:
        raise ValueError(
            f"the manifest has {len(content)} bytes; registries accept at most "
            f"{MANIFEST_MAX_SIZE}"
        )
    digest = digest_of(content)
    if _is_digest(reference) and reference != digest:
        raise ValueError(f"the manifest's digest is {digest}, not {reference}")
    url = _manifest_url(endpoint, repository, reference)
    response = yield from call(
        Call(
            endpoint,
            "PUT",
            url,
            (push_scope(repository),),
            headers={"Content-Type": media_type},
            content=content,
        )
    )
    raise_for_response(response)
    reported = response.headers.get("docker-content-digest")
    if reported and reported != digest:
        raise HarborResponseError(
            f"the registry stored the manifest as {reported}, but its bytes hash "
            f"to {digest}",
            method="PUT",
            url=str(url),
            request_id=response.headers.get("x-request-id"),
        )
    separator = "@" if _is_digest(reference) else ":"
    logger.info(
        "pushed manifest %s to %s%s%s", digest, repository, separator, reference
    )
    return PutResult(digest, response.headers.get("oci-subject"))


def delete_manifest(endpoint: Endpoint, repository: str, reference: str) -> Flow[None]:
    """Delete a manifest. Registries delete by digest; Harbor answers 400 to a tag."""
    response = yield from call(
        Call(
            endpoint,
            "DELETE",
            _manifest_url(endpoint, repository, reference),
            (delete_scope(repository),),
        )
    )
    raise_for_response(response)
