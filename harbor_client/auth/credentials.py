"""Credentials: what a ``Harbor`` object authenticates with, on both of its faces.

Harbor's REST API (``/api/v2.0``) takes HTTP Basic (users and robot accounts) or an
OIDC ID token as ``Authorization: Bearer``; its registry (``/v2/``) takes a bearer
token from ``/service/token``, which in turn is asked for with the same Basic or
Bearer credentials. So every credentials object answers one question, in the effect
flow of :mod:`harbor_client.auth.flow`: *which ``Authorization`` value do I send?*
(:meth:`Credentials.authorization`). :meth:`Credentials.api_auth` wraps that into an
``httpx.Auth`` for the REST API, and :class:`harbor_client.auth.registry.RegistryAuth`
sends it to the token realm.

A robot account is just a username (``robot$demo+ci``, or ``bot-demo+ci`` on an
instance with another prefix): the name Harbor returned is used as it is, never
rebuilt from a prefix.

``repr`` and ``str`` of every credentials object show the username and where the
credentials came from, never the secret.
"""

from __future__ import annotations

import base64
from abc import ABC, abstractmethod

import httpx

from .errors import CredentialsError
from .flow import Flow, FlowAuth, Send, finished
from .origin import Origin
from .replay import ensure_replayable

__all__ = ["AnonymousCredentials", "ApiAuth", "BasicCredentials", "Credentials"]


class Credentials(ABC):
    """Something that can produce an ``Authorization`` value, and says where from."""

    #: Where the credentials came from, for messages: ``"arguments"``,
    #: ``"robot file ci.json"``, ``"environment (HARBOR_USERNAME, HARBOR_PASSWORD)"``.
    source: str

    @property
    def username(self) -> str | None:
        """The user or robot name, when the credentials have one."""
        return None

    @property
    def refreshable(self) -> bool:
        """Whether asking again after a 401 can give a different value."""
        return False

    @abstractmethod
    def authorization(self, *, stale: str | None = None) -> Flow[str | None]:
        """The ``Authorization`` header value, or ``None`` to send none.

        ``stale`` is a value the server just refused; refreshable credentials then
        fetch a new one instead of returning it again.
        """

    def basic_authorization(self) -> str | None:
        """The value for a server that challenges with ``Basic`` (``None``: cannot)."""
        return None

    def api_auth(self, base_url: httpx.URL | str) -> httpx.Auth:
        """An ``httpx.Auth`` for Harbor's REST API at ``base_url``."""
        return ApiAuth(base_url, self)

    def describe(self) -> str:
        """Who these credentials are, for messages: ``robot$demo+ci from arguments``."""
        who = self.username
        return f"{who} from {self.source}" if who else self.source

    def __str__(self) -> str:
        return self.describe()


class AnonymousCredentials(Credentials):
    """No credentials: requests go out without ``Authorization``."""

    def __init__(self, source: str = "no credentials") -> None:
        self.source = source

    def authorization(self, *, stale: str | None = None) -> Flow[str | None]:
        return finished(None)

    def __repr__(self) -> str:
        return f"AnonymousCredentials(source={self.source!r})"


class BasicCredentials(Credentials):
    """A username (or robot name) and its password (or robot secret), for HTTP Basic."""

    def __init__(self, username: str, password: str, *, source: str = "arguments"):
        if not username:
            raise CredentialsError(f"empty username from {source}")
        if ":" in username:
            # Basic auth joins the two with a colon; the server would split elsewhere.
            raise CredentialsError(
                f"username {username!r} from {source} contains ':', which HTTP Basic "
                "cannot carry"
            )
        if not password:
            raise CredentialsError(f"empty password for {username!r} from {source}")
        self.source = source
        self._username = username
        self._password = password
        pair = f"{username}:{password}".encode()
        self._header = "Basic " + base64.b64encode(pair).decode("ascii")

    @property
    def username(self) -> str:
        return self._username

    @property
    def password(self) -> str:
        """The password or secret. Never log it."""
        return self._password

    def authorization(self, *, stale: str | None = None) -> Flow[str | None]:
        return finished(self._header)

    def basic_authorization(self) -> str:
        return self._header

    def __repr__(self) -> str:
        return (
            f"BasicCredentials(username={self._username!r}, password=***, "
            f"source={self.source!r})"
        )


class ApiAuth(FlowAuth):
    """Credentials on Harbor's REST API, sent only to the API's own origin.

    A 401 after a refreshable value (an OIDC ID token) gets one new value and one
    retry. A 401 after Basic is final: Harbor treats wrong credentials as anonymous,
    and a second try with the same password would only meet its 1.5 s login lock.
    """

    def __init__(self, base_url: httpx.URL | str, credentials: Credentials) -> None:
        self.origin = Origin.of(base_url)
        self.credentials = credentials

    def flow(self, request: httpx.Request) -> Flow[None]:
        if not self.origin.matches(request.url) or "authorization" in request.headers:
            # Another origin gets no credentials; a caller's own header is theirs.
            if request.url.host.lower() == self.origin.host:
                self.origin.check_not_downgraded(request.url, "credentials")
            yield Send(request)
            return

        header = yield from self.credentials.authorization()
        if header is not None:
            request.headers["Authorization"] = header
        response = yield Send(request)

        if response.status_code == 401 and header and self.credentials.refreshable:
            fresh = yield from self.credentials.authorization(stale=header)
            if fresh and fresh != header:
                ensure_replayable(request, "the server refused its ID token")
                request.headers["Authorization"] = fresh
                yield Send(request)

    def __repr__(self) -> str:
        return f"ApiAuth(origin={str(self.origin)!r}, credentials={self.credentials!r})"
