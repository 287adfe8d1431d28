"""Forwarding ``/v2/`` requests to the registry behind the local Harbor.

Bodies stream both ways: an upload goes on to the registry as it arrives, a download
comes back the same way, so neither sits in memory. On the way, each repository name
gets the local Harbor's namespace in the backend (``demo/app`` becomes
``lh-1a2b3c4d/demo/app``), and on the way back the registry's absolute ``Location``
headers are rewritten to the local Harbor's own origin and names, as Harbor's reverse
proxy hands the client URLs of Harbor, never of the registry behind it.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

import httpx

from ._backend import RegistryBackend
from ._wire import Response

#: request headers the registry needs; credentials and cookies stay at the front
_FORWARDED = frozenset(
    {"accept", "content-type", "content-length", "content-range", "range", "if-range"}
)
#: response headers that describe the hop to the registry, not the answer
_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "transfer-encoding", "date", "server", "location"}
)


class Upstream:
    """The registry behind one local Harbor, under that Harbor's own namespace."""

    def __init__(self, backend: RegistryBackend, namespace: str | None = None) -> None:
        self.backend = backend
        self.namespace = namespace or f"lh-{secrets.token_hex(4)}"

    def __repr__(self) -> str:
        return f"Upstream({self.backend!r}, namespace={self.namespace!r})"

    def path(self, repository: str, rest: str) -> str:
        """The registry's path for ``/v2/<repository>/<rest>``."""
        return f"/v2/{self.namespace}/{repository}/{rest}"

    def name(self, repository: str) -> str:
        """A repository's name in the registry (for a mount's ``from``)."""
        return f"{self.namespace}/{repository}"

    def send(
        self,
        method: str,
        path: str,
        *,
        query: str = "",
        headers: Iterable[tuple[str, str]] = (),
        content: bytes | Iterable[bytes] | None = None,
    ) -> httpx.Response:
        """One request to the registry; the answer's body is left unread."""
        client = self.backend.client()
        forwarded = [(k, v) for k, v in headers if k.lower() in _FORWARDED]
        if isinstance(content, bytes):
            forwarded = [(k, v) for k, v in forwarded if k.lower() != "content-length"]
        url = httpx.URL(path, query=query.encode("ascii"))
        request = client.build_request(method, url, headers=forwarded, content=content)
        return client.send(request, stream=True)

    def read(self, method: str, path: str) -> httpx.Response:
        """A small answer read whole (a config blob, a blob's HEAD)."""
        response = self.send(method, path)
        try:
            response.read()
        finally:
            response.close()
        return response

    def relay(self, answer: httpx.Response, origin: str, *, head: bool) -> Response:
        """The registry's answer as the client gets it: headers cleaned, ``Location``
        on the local Harbor, error bodies without the namespace, bodies streamed."""
        headers = [
            (k, v)
            for k, v in answer.headers.multi_items()
            if k.lower() not in _HOP_BY_HOP
        ]
        location = answer.headers.get("location")
        if location is not None:
            headers.append(("Location", self.public_url(location, origin)))
        if head or answer.status_code >= 400 or answer.status_code in (201, 202, 204):
            # Nothing large: an empty answer, or an error, whose body may name the
            # registry's repository and is read to take the namespace out.
            try:
                body = answer.read()
            finally:
                answer.close()
            if answer.status_code >= 400:
                body = body.replace(f"{self.namespace}/".encode(), b"")
                headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
            return Response(answer.status_code, headers, b"" if head else body)
        return Response(
            answer.status_code, headers, stream=answer.iter_raw(), close=answer.close
        )

    def public_url(self, location: str, origin: str) -> str:
        """A ``Location`` of the registry as a URL of the local Harbor."""
        parts = urlsplit(location)
        path = parts.path
        prefix = f"/v2/{self.namespace}/"
        if path.startswith(prefix):
            path = "/v2/" + path[len(prefix) :]
        query = f"?{parts.query}" if parts.query else ""
        return f"{origin}{path}{query}"
