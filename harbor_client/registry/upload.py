"""Blob upload: open a session, send the content, commit it under its digest.

The steps of the OCI distribution spec, as the distribution registry (and Harbor
in front of it) answers them:

1. ``POST /v2/<name>/blobs/uploads/`` opens a session (202 and a ``Location``),
   or with ``?mount=<digest>&from=<repo>`` links a blob another repository has
   (201), falling back to an ordinary session (202).
2. A blob smaller than a chunk goes in one ``PUT <Location>&digest=`` with the
   body (the registry ignores a body on the POST, so there is no one-request
   upload). A larger one goes in ``PATCH`` requests, every one to the
   ``Location`` of the previous answer, then an empty ``PUT``. Data that can be
   read again (bytes, a path, a seekable file) is streamed from its source, in
   one PATCH up to 512 MiB (:mod:`~harbor_client.registry.segments`); a one-shot
   stream goes in chunks held in memory, one at a time.
3. A PATCH that failed (a dropped connection, a 5xx) is not sent again blindly:
   ``GET <Location>`` says how much the registry holds, and only the rest is
   sent, read again from the source or taken from the chunk in memory. Memory
   is bounded by the chunk of a stream, and by nothing of a file's size.
4. The distribution registry refuses a session after a PATCH it received only
   part of (404 ``BLOB_UPLOAD_INVALID``): data that can be read again starts
   over in a new session, a one-shot stream cannot.

The content is hashed while it is sent, so the digest need not be known in
advance; a PATCH sent again does not hash its bytes twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from dataclasses import dataclass
from functools import partial
from typing import Any

import httpx

from ..errors import UnauthorizedError, raise_for_response
from .blobs import stat_blob
from .digest import EMPTY_DIGEST, BackgroundHasher, validate_digest
from .errors import DigestMismatchError, UploadError
from .flow import Call, Endpoint, Flow, Step, call, read_source
from .location import UploadLocation, next_location, with_digest
from .models import Blob
from .options import DEFAULT_CHUNK_SIZE
from .progress import ProgressCallback
from .ranges import content_range, received_bytes
from .scopes import pull_scope, push_scope
from .segments import SourceRange, StreamedData
from .source import Chunk, Source

__all__ = ["UploadSession", "push_data", "start_session", "upload_blob"]

logger = logging.getLogger("harbor_client.registry")

#: What a 413 on an upload means in practice, for the error message.
PROXY_LIMIT_HINT = (
    "A proxy in front of the registry refused the size of a monolithic upload "
    "(its body-size limit, such as nginx client_max_body_size). Chunked upload is "
    "available: use a smaller RegistryOptions(chunk_size=...), or raise the limit"
)

# Answers after which a chunk is worth sending again: the registry (or a proxy in
# front of it) failed, not the request.
_RETRIABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
# Answers of a status request that mean the session is gone: the distribution
# registry rejects a session whose stored size no longer matches its `_state`
# (after a chunk was cut off half-way) with 404 BLOB_UPLOAD_INVALID.
_SESSION_LOST_STATUS = frozenset({400, 404, 416})


class SessionLost(Exception):
    """The registry no longer accepts the session; only a new one can continue."""


@dataclass
class UploadSession:
    """An open upload: where it continues, and what the registry acknowledged."""

    endpoint: Endpoint
    repository: str
    location: UploadLocation
    #: Bytes the registry has confirmed.
    offset: int = 0
    #: The smallest chunk the registry accepts (``OCI-Chunk-Min-Length``).
    min_chunk: int = 0

    def request(
        self,
        method: str,
        url: httpx.URL | None = None,
        *,
        content: Chunk | SourceRange | None = None,
        headers: dict[str, str] | None = None,
    ) -> Call:
        """A request of this session: to its location unless ``url``, push scope."""
        return Call(
            self.endpoint,
            method,
            url or self.location.url,
            (push_scope(self.repository),),
            headers=headers or {},
            content=content,
            credentials=self.location.credentials,
        )

    def follow(self, response: httpx.Response) -> None:
        """Continue at the ``Location`` of ``response`` (checked before any use)."""
        self.location = next_location(
            self.endpoint.base_url,
            response.request.url,
            response.headers.get("location"),
            allow_foreign_hosts=self.endpoint.options.allow_foreign_upload_hosts,
        )


def _open(
    endpoint: Endpoint, repository: str, response: httpx.Response
) -> UploadSession:
    session = UploadSession(
        endpoint, repository, UploadLocation(response.request.url, True)
    )
    session.follow(response)
    minimum = response.headers.get("oci-chunk-min-length", "")
    if minimum.isdigit():
        session.min_chunk = int(minimum)
    # The offset stays 0 whatever `Range` says: the POST sent nothing, and the
    # `Range: 0-0` of the distribution registry does not mean one byte.
    return session


def start_session(
    endpoint: Endpoint,
    repository: str,
    *,
    mount: tuple[str, str] | None = None,
) -> Flow[UploadSession | None]:
    """Open an upload session, or ``None`` when ``mount=(digest, from)`` linked it."""
    uploads = endpoint.v2_url(f"{repository}/blobs/uploads/")
    if mount is not None:
        digest, source = mount
        accepted, session = yield from _mount(
            endpoint, repository, uploads, digest, source
        )
        if accepted:
            return session
        # Harbor answers 401 when the caller may not pull from `source`, where the
        # distribution registry would open a session; a plain upload still works.
        logger.debug("mount of %s from %s refused; uploading it", digest, source)

    response = yield from call(
        Call(endpoint, "POST", uploads, (push_scope(repository),))
    )
    if response.status_code != 202:
        raise_for_response(response)
        raise UploadError(
            f"POST {uploads} answered {response.status_code} instead of 202"
        )
    return _open(endpoint, repository, response)


def _mount(
    endpoint: Endpoint, repository: str, uploads: httpx.URL, digest: str, source: str
) -> Flow[tuple[bool, UploadSession | None]]:
    """Ask for a mount; ``(accepted, session)``.

    Accepted with no session: the blob is linked. Accepted with a session: the
    registry opened an upload instead. Not accepted: the mount was refused.
    """
    try:
        response = yield from call(
            Call(
                endpoint,
                "POST",
                uploads.copy_merge_params({"mount": digest, "from": source}),
                (push_scope(repository), pull_scope(source)),
            )
        )
    except UnauthorizedError:
        # The token flow raises once a fresh token still gets 401.
        return False, None
    if response.status_code == 201:
        logger.info("mounted blob %s from %s", digest, source)
        return True, None
    if response.status_code == 202:
        # The registry does not have the blob in `source` and opened an ordinary
        # session instead.
        return True, _open(endpoint, repository, response)
    if response.status_code == 401:
        return False, None
    raise_for_response(response)
    raise UploadError(f"mount of {digest} answered {response.status_code}")


def push_data(
    session: UploadSession,
    source: Source,
    *,
    digest: str | None = None,
    progress: ProgressCallback | None = None,
) -> Flow[Blob]:
    """Send all of ``source`` into ``session`` and commit it; the pushed blob."""
    hasher = BackgroundHasher.for_digest(digest) if digest else BackgroundHasher()
    report = _Progress(progress, digest or source.name or "blob", source.size)
    options = session.endpoint.options
    # Below one chunk of a stream, the data is read into memory and goes in one
    # request; so it does when the registry asks for larger chunks. Of data that
    # can be read again no more than 16 MiB is read so, whatever the chunk size.
    small = max(options.stream_chunk_size, session.min_chunk)
    buffered = min(options.stream_chunk_size, DEFAULT_CHUNK_SIZE)

    if source.rewindable and source.size is not None and source.size >= buffered:
        yield from _stream_ranges(session, source, hasher, report)
    else:
        chunk = yield from read_source(source, small)
        if len(chunk) < small:
            hasher.update(chunk)
            _check(hasher, digest, source)
            blob = yield from _put_monolithic(session, chunk, hasher.digest)
            report(blob.size)
            return blob
        yield from _send_chunks(session, chunk, source, small, hasher, report)
    _check(hasher, digest, source)
    return (yield from _commit(session, hasher.digest))


def _stream_ranges(
    session: UploadSession,
    source: Source,
    hasher: BackgroundHasher,
    report: _Progress,
) -> Generator[Step, Any, None]:
    """PATCH data that can be read again straight from its source, range by range.

    Nothing is buffered: each PATCH reads its range while it is sent, and hashes
    it in the same pass. One range of ``file_chunk_size`` follows another.
    """
    data = StreamedData(source, hasher, report)
    limit = max(session.endpoint.options.file_chunk_size, session.min_chunk)
    while session.offset < data.size:
        end = min(session.offset + limit, data.size)
        yield from _send_chunk(session, end, partial(data.range, end=end))
        hasher.wait()
        report(session.offset)


def _send_chunks(
    session: UploadSession,
    chunk: Chunk,
    source: Source,
    chunk_size: int,
    hasher: BackgroundHasher,
    report: _Progress,
) -> Generator[Step, Any, None]:
    """PATCH a one-shot stream in chunks held in memory until the registry has them.

    ``chunk`` is the first chunk, already read.
    """
    while chunk:
        hasher.update(chunk)  # on a worker thread, while the chunk is sent
        start = session.offset
        yield from _send_chunk(
            session, start + len(chunk), partial(_tail, chunk, start)
        )
        hasher.wait()
        report(session.offset)
        # Let go of this chunk before the next is read: two at once would double
        # the memory an upload needs.
        chunk = Chunk()
        chunk = yield from read_source(source, chunk_size)


def _tail(chunk: Chunk, start: int, offset: int) -> Chunk:
    """What is left of ``chunk``, which begins at ``start``, from ``offset`` on."""
    return chunk.tail(offset - start)


class _Progress:
    """Reports of one blob's progress that only ever grow."""

    def __init__(
        self, callback: ProgressCallback | None, name: str, total: int | None
    ) -> None:
        self.callback = callback
        self.name = name
        self.total = total
        self.done = -1

    def __call__(self, done: int) -> None:
        # Bytes read for a request count as soon as they are read; a resend
        # after a failure reads some of them again, which is no progress.
        if self.callback is not None and done > self.done:
            self.done = done
            self.callback(self.name, done, self.total)


def _check(hasher: BackgroundHasher, digest: str | None, source: Source) -> None:
    if source.size is not None and hasher.size != source.size:
        raise UploadError(
            f"the upload data had {hasher.size} bytes, but {source.size} were expected"
        )
    if digest is not None and hasher.digest != digest:
        raise DigestMismatchError(
            "the upload data does not match the digest given for it",
            expected=digest,
            actual=hasher.digest,
        )


def _put_monolithic(session: UploadSession, data: Chunk, digest: str) -> Flow[Blob]:
    # A zero-length blob is a PUT with an empty body too, never a PATCH, whose
    # Content-Range would have to be `0--1`.
    failures = 0
    while True:
        try:
            response = yield from call(
                session.request(
                    "PUT",
                    with_digest(session.location.url, digest),
                    content=data,
                    headers={"Content-Type": "application/octet-stream"},
                )
            )
        except httpx.TransportError as error:
            problem: object = error
        else:
            if response.status_code == 201:
                return _committed(session, response, digest, len(data))
            if response.status_code == 413:
                raise_for_response(response, hint=PROXY_LIMIT_HINT)
            if response.status_code not in _RETRIABLE_STATUS:
                raise_for_response(response)
                raise UploadError(
                    f"PUT of blob {digest} answered {response.status_code}"
                )
            problem = response.status_code
        failures += 1
        if failures > session.endpoint.options.max_resumes:
            raise UploadError(
                f"upload of blob {digest} failed {failures} times (last: {problem})"
            )
        # A body cut off half-way spoils the session on the distribution registry;
        # the data is in memory, so a fresh session is the reliable retry.
        logger.warning("upload of blob %s failed (%s); retrying", digest, problem)
        fresh = yield from start_session(session.endpoint, session.repository)
        assert fresh is not None
        session.location = fresh.location


def _send_chunk(
    session: UploadSession, end: int, body_from: Callable[[int], Chunk | SourceRange]
) -> Generator[Step, Any, None]:
    """PATCH the data up to ``end``; after a failure, send what the registry lacks.

    ``body_from(offset)`` is the data from ``offset`` to ``end``.
    """
    start = session.offset
    failures = 0
    while True:
        body = body_from(session.offset)
        try:
            response = yield from call(
                session.request(
                    "PATCH",
                    content=body,
                    headers={
                        "Content-Type": "application/octet-stream",
                        "Content-Range": content_range(session.offset, len(body)),
                    },
                )
            )
        except httpx.TransportError as error:
            problem: object = error
        else:
            if response.status_code == 202:
                session.follow(response)
                held = received_bytes(response.headers.get("range"), session.offset)
                if held is None or held == end:
                    session.offset = end
                    return
                if not session.offset < held < end:
                    raise UploadError(
                        f"the registry reports {held} bytes of the blob after a chunk "
                        f"that ends at byte {end}"
                    )
                # It took part of the chunk; the rest goes in the next PATCH.
                session.offset = held
                continue
            if response.status_code not in _RETRIABLE_STATUS:
                raise_for_response(response)
                raise UploadError(f"PATCH answered {response.status_code}")
            problem = response.status_code

        failures += 1
        if failures > session.endpoint.options.max_resumes:
            raise UploadError(
                f"chunk {start}-{end - 1} failed {failures} times (last: {problem})"
            )
        logger.warning(
            "chunk %d-%d of an upload failed (%s); asking the registry how much it has",
            start,
            end - 1,
            problem,
        )
        held = yield from _status(session, start)
        if held is None:
            held = start
        if not start <= held <= end:
            raise UploadError(
                f"the registry holds {held} bytes of the blob, but {start} were "
                "acknowledged before this chunk; the upload cannot resume"
            )
        session.offset = held
        if held == end:
            # Only the answer was lost.
            return


def _status(session: UploadSession, acknowledged: int) -> Flow[int | None]:
    """Ask the registry how many bytes the session holds (``GET <Location>``)."""
    try:
        response = yield from call(session.request("GET"))
    except httpx.TransportError as error:
        raise SessionLost(f"the upload status request failed: {error}") from error
    if response.status_code in _SESSION_LOST_STATUS:
        raise SessionLost(f"the upload status answered {response.status_code}")
    if response.status_code != 204:
        raise_for_response(response)
        raise UploadError(f"the upload status answered {response.status_code}")
    if response.headers.get("location"):
        session.follow(response)
    return received_bytes(response.headers.get("range"), acknowledged)


def _commit(session: UploadSession, digest: str) -> Flow[Blob]:
    """The final empty PUT, which makes the uploaded bytes the blob ``digest``."""
    failures = 0
    while True:
        try:
            response = yield from call(
                session.request("PUT", with_digest(session.location.url, digest))
            )
        except httpx.TransportError as error:
            problem: object = error
        else:
            if response.status_code == 201:
                return _committed(session, response, digest, session.offset)
            if response.status_code not in _RETRIABLE_STATUS:
                raise_for_response(response)
                raise UploadError(
                    f"PUT of blob {digest} answered {response.status_code}"
                )
            problem = response.status_code
        failures += 1
        if failures > session.endpoint.options.max_resumes:
            raise UploadError(
                f"commit of blob {digest} failed {failures} times (last: {problem})"
            )
        # The commit may have happened with only its answer lost.
        existing = yield from stat_blob(session.endpoint, session.repository, digest)
        if existing is not None:
            return _committed_blob(digest, existing.size)
        logger.warning("commit of blob %s failed (%s); retrying", digest, problem)


def _committed(
    session: UploadSession, response: httpx.Response, digest: str, size: int
) -> Blob:
    reported = response.headers.get("docker-content-digest")
    if reported and reported != digest:
        raise DigestMismatchError(
            f"the registry stored the upload to {session.repository} under another "
            "digest",
            expected=digest,
            actual=reported,
        )
    return _committed_blob(digest, size)


def _committed_blob(digest: str, size: int) -> Blob:
    logger.info("pushed blob %s", digest)
    return Blob(digest, size)


def upload_blob(
    endpoint: Endpoint,
    repository: str,
    source: Source,
    *,
    digest: str | None = None,
    mount_from: str | None = None,
    progress: ProgressCallback | None = None,
) -> Flow[Blob]:
    """Make the content of ``source`` a blob of ``repository``; the blob.

    With a known ``digest`` a blob the repository already has is not sent again,
    and ``mount_from`` (a repository of the same registry) is asked to lend it.
    """
    if digest is not None:
        validate_digest(digest)
    try:
        if digest is not None:
            existing = yield from stat_blob(endpoint, repository, digest)
            if existing is not None:
                logger.info("existing blob %s", digest)
                _Progress(progress, digest, existing.size)(existing.size)
                return existing
        mount = (digest, mount_from) if digest and mount_from else None
        if digest == EMPTY_DIGEST:
            mount = None
        restarts = 0
        while True:
            session = yield from start_session(endpoint, repository, mount=mount)
            if session is None:
                assert digest is not None
                mounted = yield from stat_blob(endpoint, repository, digest)
                size = mounted.size if mounted else source.size or 0
                _Progress(progress, digest, size)(size)
                return Blob(digest, size)
            try:
                return (
                    yield from push_data(
                        session, source, digest=digest, progress=progress
                    )
                )
            except SessionLost as lost:
                if not source.rewindable:
                    raise UploadError(
                        f"the registry lost the upload session ({lost}), and the data "
                        "came from a stream that cannot be read again; upload again"
                    ) from lost
                if restarts >= endpoint.options.max_resumes:
                    raise UploadError(
                        f"the registry lost the upload session {restarts + 1} times "
                        f"(last: {lost})"
                    ) from lost
            restarts += 1
            mount = None
            logger.warning(
                "the registry lost the upload session of %s; starting over",
                digest or source.name or "a blob",
            )
            source.rewind()
    finally:
        source.close()
