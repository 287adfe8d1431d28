"""OIDC: an ID token from the caller's provider, sent as ``Authorization: Bearer``.

Harbor in ``oidc_auth`` mode accepts a user's ID token on every ``/api`` path and on
``/service/token`` (password login then works only for the bootstrap admin). ID
tokens are short-lived, so the caller hands in a *provider*: a callable returning the
current token, plain or ``async``. The token is asked for again before its JWT ``exp``
(with a margin) and once when Harbor answers 401, which is how an expired or revoked
token shows (Harbor treats it as anonymous).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from .credentials import Credentials
from .errors import CredentialsError
from .flight import Slot, obtain
from .flow import Call, Flow
from .jwt import unverified_claims

__all__ = ["OIDCCredentials", "TokenProvider"]

log = logging.getLogger("harbor_client.auth")

#: A callable returning an ID token, or an awaitable of one (async clients only).
TokenProvider = Callable[[], str | Awaitable[str]]


@dataclass(frozen=True, eq=False)
class _IdToken:
    value: str = field(repr=False)
    expires_at: float | None
    lifetime: float | None


class OIDCCredentials(Credentials):
    """Credentials that send the ID token ``provider()`` returns as Bearer.

    Args:
        provider: returns the current ID token (``str``), or an awaitable of it.
        refresh_margin: ask for a new token this many seconds before ``exp`` (at most
            a quarter of the token's lifetime, ``exp - iat``).
        clock: the current time in seconds since the epoch (tests use a fake one).
        source: where the provider came from, for messages.
    """

    def __init__(
        self,
        provider: TokenProvider,
        *,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
        source: str = "OIDC token provider",
    ) -> None:
        self.source = source
        self._provider = provider
        self._margin = refresh_margin
        self._clock = clock
        self._slot: Slot[_IdToken] = Slot()

    @property
    def refreshable(self) -> bool:
        return True

    def authorization(self, *, stale: str | None = None) -> Flow[str | None]:
        stale_value = stale.removeprefix("Bearer ") if stale else None

        def usable(token: _IdToken) -> bool:
            if token.value == stale_value:
                return False
            if token.expires_at is None:
                return True  # not a JWT we can read: refreshed only on a 401
            margin = self._margin
            if token.lifetime is not None:
                margin = min(margin, token.lifetime / 4)
            return self._clock() < token.expires_at - margin

        token, _ = yield from obtain(self._slot, usable, self._fetch)
        # "Bearer" with a capital B: Harbor looks for that exact substring.
        return f"Bearer {token.value}"

    def _fetch(self) -> Flow[_IdToken]:
        value = yield Call(self._provider)
        if not isinstance(value, str) or not value.strip():
            raise CredentialsError(
                f"{self.source} returned {type(value).__name__} instead of a "
                "non-empty ID token string"
            )
        value = value.strip()
        claims = unverified_claims(value) or {}
        exp = claims.get("exp")
        iat = claims.get("iat")
        expires_at = float(exp) if isinstance(exp, int | float) else None
        lifetime = None
        if expires_at is not None and isinstance(iat, int | float):
            lifetime = max(expires_at - float(iat), 0.0)
        log.info(
            "refreshed OIDC ID token from %s%s",
            self.source,
            f" (expires at {expires_at:.0f})" if expires_at is not None else "",
        )
        return _IdToken(value, expires_at, lifetime)

    def __repr__(self) -> str:
        # The provider's name only: the repr of a partial or a bound method would
        # show its arguments, which may be a client secret.
        name = getattr(self._provider, "__qualname__", type(self._provider).__name__)
        return f"OIDCCredentials(provider={name}, source={self.source!r})"
