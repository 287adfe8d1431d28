"""The manifests that refer to a subject: OCI 1.1 referrers, with the fallback.

``GET /v2/<name>/referrers/<digest>`` answers an image index of descriptors.
Registries without that API (the distribution registry 2.8) are served by the
fallback of the spec: an index stored under the tag ``<alg>-<hex>`` of the
subject's digest, which the pushing client keeps up to date.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import quote

from ..errors import NotFoundError, raise_for_response
from .digest import validate_digest
from .flow import Call, Endpoint, Flow, call
from .manifests import get_manifest, put_manifest
from .mediatypes import OCI_INDEX
from .models import Descriptor
from .scopes import pull_scope

__all__ = ["add_to_fallback_index", "fallback_tag", "list_referrers"]

logger = logging.getLogger("harbor_client.registry")


def fallback_tag(digest: str) -> str:
    """The tag of the referrers index for ``digest``: ``sha256-<hex>``."""
    return validate_digest(digest).replace(":", "-", 1)[:128]


def _descriptors(index: object) -> list[Descriptor]:
    manifests = index.get("manifests") if isinstance(index, dict) else None
    return [Descriptor.from_json(m) for m in manifests or [] if isinstance(m, dict)]


def list_referrers(
    endpoint: Endpoint,
    repository: str,
    digest: str,
    *,
    artifact_type: str | None = None,
) -> Flow[list[Descriptor]]:
    """The descriptors of the manifests whose ``subject`` is ``digest``."""
    endpoint.repository(repository)
    validate_digest(digest)
    url = endpoint.v2_url(f"{repository}/referrers/{digest}")
    if artifact_type:
        # Written by hand: a `+` in a media type must arrive as %2B, not as a space.
        url = url.copy_with(
            query=f"artifactType={quote(artifact_type, safe='')}".encode()
        )
    response = yield from call(
        Call(
            endpoint,
            "GET",
            url,
            (pull_scope(repository),),
            headers={"Accept": OCI_INDEX},
        )
    )
    if response.status_code == 404:
        found = yield from _fallback(endpoint, repository, digest)
        filtered = False
    else:
        raise_for_response(response)
        found = _descriptors(response.json())
        applied = response.headers.get("oci-filters-applied", "")
        filtered = "artifactType" in [item.strip() for item in applied.split(",")]
    if artifact_type and not filtered:
        found = [d for d in found if d.artifact_type == artifact_type]
    return found


def _fallback(
    endpoint: Endpoint, repository: str, digest: str
) -> Flow[list[Descriptor]]:
    try:
        index = yield from get_manifest(endpoint, repository, fallback_tag(digest))
    except NotFoundError:
        return []
    return _descriptors(index.json())


def add_to_fallback_index(
    endpoint: Endpoint, repository: str, subject: str, referrer: Descriptor
) -> Flow[None]:
    """Add ``referrer`` to the fallback index of ``subject`` (creating it if needed).

    For registries that did not confirm the subject with ``OCI-Subject``.
    TODO: two clients adding referrers at once can lose one; the spec suggests
    an ``If-Match`` on the index, which the distribution registry does not check.
    """
    tag = fallback_tag(subject)
    try:
        current = yield from get_manifest(endpoint, repository, tag)
        index = current.json()
    except NotFoundError:
        index = {"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": []}
    manifests = index.setdefault("manifests", [])
    if any(m.get("digest") == referrer.digest for m in manifests):
        return
    manifests.append(referrer.to_json())
    content = json.dumps(index, separators=(",", ":")).encode()
    yield from put_manifest(endpoint, repository, tag, content, OCI_INDEX)
    logger.debug("added %s to the referrers tag %s", referrer.digest, tag)
