"""Blobs by digest: existence, download with digest check, deletion.

A blob ``GET`` or ``HEAD`` may be redirected to object storage (Harbor on S3
answers 307 with a presigned URL). The redirect is followed by httpx, which
drops ``Authorization`` when the origin changes; nothing here re-adds headers
per hop, because a presigned URL refuses a second credential.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import httpx

from ..errors import raise_for_response, safe_url
from .digest import Hasher, validate_digest
from .errors import DownloadError
from .flow import Call, Endpoint, Flow, call, emit, load_body, read_body, relay
from .models import Blob
from .progress import ProgressCallback
from .ranges import parse_range
from .scopes import delete_scope, pull_scope

__all__ = ["delete_blob", "download_blob", "fetch_blob", "stat_blob"]

logger = logging.getLogger("harbor_client.registry")


def _blob_url(endpoint: Endpoint, repository: str, digest: str) -> httpx.URL:
    endpoint.repository(repository)
    validate_digest(digest)
    return endpoint.v2_url(f"{repository}/blobs/{digest}")


def stat_blob(endpoint: Endpoint, repository: str, digest: str) -> Flow[Blob | None]:
    """``HEAD`` the blob: its size if the repository has it, else ``None``.

    The size is -1 when the registry has the blob but its storage did not say.
    """
    response = yield from call(
        Call(
            endpoint,
            "HEAD",
            _blob_url(endpoint, repository, digest),
            (pull_scope(repository),),
            follow_redirects=True,
        )
    )
    if response.status_code == 404:
        return None
    if response.history and not response.is_success:
        # The registry redirected to object storage, so it has the blob; a
        # presigned URL is often signed for GET only and refuses the HEAD.
        return Blob(digest, -1)
    raise_for_response(response)
    length = response.headers.get("content-length", "")
    return Blob(digest, int(length) if length.isdigit() else -1)


def fetch_blob(
    endpoint: Endpoint,
    repository: str,
    digest: str,
    *,
    progress: ProgressCallback | None = None,
) -> Flow[Blob]:
    """Emit the blob's content; the last piece only once the digest matched.

    Whoever consumes the pieces has all but the last before the check; holding
    the last one back means a consumer that waits for the end never sees a
    complete, wrong blob. A connection that breaks off is resumed with a
    ``Range`` request for the rest, up to ``max_resumes`` times; the digest is
    checked over the whole content all the same.
    """
    url = _blob_url(endpoint, repository, digest)
    # Hashed where the pieces arrive: handing them to worker threads (for the
    # hash, for the file writes) cost more CPU than it saved on two cores.
    hasher = Hasher.for_digest(digest)
    total: int | None = None
    held = b""
    failures = 0
    while True:
        try:
            response = yield from _get_from(endpoint, repository, url, hasher.size)
            total, skip = yield from _rest_of(response, url, hasher.size, total)
            while piece := (yield from read_body(response)):
                if skip:
                    # A registry that ignored the Range sends it all again.
                    piece, skip = piece[skip:], max(0, skip - len(piece))
                    if not piece:
                        continue
                hasher.update(piece)
                if held:
                    yield from emit(held)
                held = piece
                if progress is not None:
                    progress(digest, hasher.size, total)
            break
        except httpx.TransportError as error:
            failures += 1
            if failures > endpoint.options.max_resumes:
                raise
            logger.warning(
                "download of blob %s broke off after %d bytes (%s); resuming",
                digest,
                hasher.size,
                type(error).__name__,
            )

    hasher.verify(digest, f"blob {digest} of {repository}")
    if held:
        yield from emit(held)
    logger.debug("fetched blob %s (%d bytes)", digest, hasher.size)
    return Blob(digest, hasher.size)


def _get_from(
    endpoint: Endpoint, repository: str, url: httpx.URL, offset: int
) -> Flow[httpx.Response]:
    """``GET`` the blob, from byte ``offset`` on when some of it arrived before."""
    # Hash what the registry stored: no transfer encoding by a proxy.
    headers = {"Accept-Encoding": "identity"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    return (
        yield from call(
            Call(
                endpoint,
                "GET",
                url,
                (pull_scope(repository),),
                headers=headers,
                stream=True,
                follow_redirects=True,
            )
        )
    )


def _rest_of(
    response: httpx.Response, url: httpx.URL, offset: int, total: int | None
) -> Flow[tuple[int | None, int]]:
    """``(size of the blob, bytes of the body to drop)`` after ``offset`` bytes.

    The size is ``None`` when no answer told it.
    """
    status = response.status_code
    if status == 206 and offset:
        first, size = _content_range(response.headers.get("content-range"))
        if first != offset:
            yield from load_body(response)
            raise DownloadError(
                f"GET {safe_url(url)} for the bytes from {offset} on answered with "
                f"those from {first}"
            )
        return size if size is not None else total, 0
    if status != 200:
        yield from load_body(response)
        raise_for_response(response)
        raise DownloadError(f"GET {safe_url(url)} answered {status}")
    length = response.headers.get("content-length", "")
    return (int(length) if length.isdigit() else total), offset


def _content_range(header: str | None) -> tuple[int | None, int | None]:
    """``(first byte, total size)`` of a ``Content-Range: bytes a-b/total``."""
    parsed = parse_range(header)
    if parsed is None or header is None:
        return None, None
    size = header.rsplit("/", 1)[-1] if "/" in header else ""
    return parsed[0], int(size) if size.isdigit() else None


def download_blob(
    endpoint: Endpoint,
    repository: str,
    digest: str,
    target: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
) -> Flow[Blob]:
    """Write the blob to ``target``; it appears there only if its digest matched.

    The content goes to a temporary file beside the target (same file system,
    so the final rename is atomic) that is removed on any failure.
    """
    target = Path(target)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as file:
            blob = yield from relay(
                fetch_blob(endpoint, repository, digest, progress=progress), file.write
            )
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return blob


def delete_blob(endpoint: Endpoint, repository: str, digest: str) -> Flow[None]:
    """Delete the blob from the repository (the registry must allow deletion)."""
    response = yield from call(
        Call(
            endpoint,
            "DELETE",
            _blob_url(endpoint, repository, digest),
            (delete_scope(repository),),
        )
    )
    raise_for_response(response)
