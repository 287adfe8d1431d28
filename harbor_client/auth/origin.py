"""Where credentials may go: the origin (scheme, host, port) they were given for.

httpx already drops ``Authorization`` on a redirect to another origin. These checks
are for the requests the flows themselves authorize: an upload ``Location`` that moved
to object storage, a redirect the caller follows by hand, a token realm.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from .errors import InsecureTransportError

__all__ = ["Origin"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Origin:
    """Scheme, host and port of a base URL, with default ports made explicit."""

    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: httpx.URL | str) -> Origin:
        """The origin of ``url``: ``https://h`` and ``https://h:443`` are one."""
        url = httpx.URL(url)
        scheme = url.scheme.lower()
        port = url.port or _DEFAULT_PORTS.get(scheme, 0)
        return cls(scheme, url.host.lower(), port)

    def matches(self, url: httpx.URL) -> bool:
        """Whether ``url`` is on this origin."""
        return Origin.of(url) == self

    def check_not_downgraded(self, url: httpx.URL, what: str) -> None:
        """Refuse plain http to this origin's host when the origin is https."""
        if self.scheme == "https" and url.scheme.lower() == "http":
            raise InsecureTransportError(
                f"refusing to send {what} to http://{url.netloc.decode('ascii')}"
                f"{url.path}: the server is https. A proxy in front of it that "
                "sets X-Forwarded-Proto wrongly makes the server build http:// URLs; "
                "fix the proxy configuration"
            )

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"
