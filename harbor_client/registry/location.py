"""Upload ``Location`` headers: resolving, checking and extending them.

Every answer of an upload session carries the URL of the next request; its query
(``_state`` on the distribution registry) is an opaque, signed record of the
session that changes with every answer, so the newest one is always used and
never taken apart.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx

from .errors import UnsafeLocationError

__all__ = ["UploadLocation", "next_location", "with_digest"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


class UploadLocation:
    """A checked upload URL, and whether requests to it may carry credentials."""

    __slots__ = ("credentials", "url")

    def __init__(self, url: httpx.URL, credentials: bool) -> None:
        self.url = url
        self.credentials = credentials

    def __repr__(self) -> str:
        # The query is a signed session record, sometimes a presigned credential.
        return f"UploadLocation({_without_query(self.url)!r})"


def _without_query(url: httpx.URL) -> str:
    return str(url.copy_with(query=None, fragment=None))


def _host_and_port(url: httpx.URL) -> tuple[str, int | None]:
    return url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme)


def next_location(
    base_url: httpx.URL,
    request_url: httpx.URL,
    header: str | None,
    *,
    allow_foreign_hosts: bool,
) -> UploadLocation:
    """The URL an upload continues at, checked before anything is sent to it.

    ``header`` is resolved against the URL of the request it answered (it may be
    relative). A move from https to http is refused: it happens behind a
    TLS-terminating proxy that passes a wrong ``X-Forwarded-Proto``, and following
    it would send credentials and content in clear text. A move to another host
    is refused too unless ``allow_foreign_hosts``; then the requests there go
    without the client's credentials.
    """
    if not header:
        raise UnsafeLocationError(
            f"the registry answered {_without_query(request_url)} without a Location "
            "header, so the upload cannot continue"
        )
    url = request_url.join(header.strip())
    if url.scheme not in _DEFAULT_PORTS:
        raise UnsafeLocationError(
            f"the registry sent an upload Location with scheme {url.scheme!r}"
        )
    if base_url.scheme == "https" and url.scheme == "http":
        raise UnsafeLocationError(
            f"the registry at {base_url} sent an upload Location on plain http "
            f"({_without_query(url)}); nothing was sent there. A TLS-terminating "
            "proxy in front of the registry probably sets X-Forwarded-Proto to http: "
            "configure it to pass https"
        )
    same_host = _host_and_port(url) == _host_and_port(base_url) or (
        # An upgrade to https on the same host, with the default ports.
        base_url.scheme == "http"
        and url.scheme == "https"
        and url.host.lower() == base_url.host.lower()
        and base_url.port in (None, 80)
        and url.port in (None, 443)
    )
    if same_host:
        return UploadLocation(url, credentials=True)
    if not allow_foreign_hosts:
        raise UnsafeLocationError(
            f"the registry at {base_url} sent an upload Location on another host "
            f"({url.host}); refusing to send content or credentials there. Allow it "
            "with RegistryOptions(allow_foreign_upload_hosts=True) if the registry "
            "hands uploads to a storage service (credentials are never sent to it)"
        )
    return UploadLocation(url, credentials=False)


def with_digest(url: httpx.URL, digest: str) -> httpx.URL:
    """``url`` with ``digest=<digest>`` appended, keeping its query as it is.

    The query is extended as text, not parsed and re-encoded: the ``_state`` value
    is signed, and some registries tell ``?`` and ``&`` apart strictly.
    """
    query = url.query.decode("ascii")
    parameter = "digest=" + quote(digest, safe="")
    return url.copy_with(
        query=(f"{query}&{parameter}" if query else parameter).encode()
    )
