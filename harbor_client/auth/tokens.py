"""Registry bearer tokens: reading the token service's answer, and the cache.

The answer's shape comes from the distribution token spec, with Harbor's twist: Harbor
always writes ``"access_token": ""`` beside the real ``token`` (its model has no
omitempty), so ``access_token`` is read only when ``token`` is missing or empty.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from harbor_client.errors import HarborResponseError, safe_url

from .flight import Slot
from .jwt import granted_scopes
from .scopes import Scope

__all__ = ["BearerToken", "TokenCache", "TokenKey", "read_token_response"]

#: The lifetime the token spec prescribes when ``expires_in`` is missing, in seconds.
DEFAULT_EXPIRES_IN = 60.0

#: A token is refreshed when less than this is left of it, in seconds; at most a
#: quarter of its lifetime, so that a token of a few seconds is still used.
DEFAULT_REFRESH_MARGIN = 60.0


@dataclass(frozen=True, eq=False)
class BearerToken:
    """A token for a set of scopes, and when it stops being good."""

    value: str = field(repr=False)
    scopes: frozenset[Scope]
    expires_at: float
    lifetime: float
    #: What the token's ``access`` claim grants, when the token is a readable JWT.
    granted: tuple[Scope, ...] | None = None

    def usable(self, now: float, margin: float = DEFAULT_REFRESH_MARGIN) -> bool:
        """Whether the token has more than the refresh margin left at ``now``."""
        return now < self.expires_at - min(margin, self.lifetime / 4)

    def covers(self, scopes: Iterable[Scope]) -> bool:
        """Whether the token was asked for every one of ``scopes``."""
        return all(any(have.covers(want) for have in self.scopes) for want in scopes)

    def __repr__(self) -> str:
        scopes = " ".join(sorted(str(s) for s in self.scopes))
        return (
            f"BearerToken(value=***, scopes={scopes!r}, expires_at={self.expires_at})"
        )


TokenKey = tuple[str, str, frozenset[Scope]]


def read_token_response(
    response: httpx.Response, scopes: Iterable[Scope], *, received_at: float
) -> BearerToken:
    """The token in a 200 answer of the token service.

    Expiry is ``issued_at + expires_in``. Without ``issued_at`` (or with one that
    cannot be right: in our future, or so far past that the token arrived dead) the
    local receive time stands in, so a clock difference between us and the server
    never keeps a dead token or discards every new one.
    """
    data = _json_object(response)
    value = _first_nonempty(data, "token", "access_token")
    if value is None:
        raise HarborResponseError(
            "the token service answered without a token (neither 'token' nor "
            "'access_token' holds one)",
            method=response.request.method,
            url=safe_url(response.request.url.copy_with(query=None)),
            request_id=response.headers.get("x-request-id"),
        )
    lifetime = _positive_number(data.get("expires_in")) or DEFAULT_EXPIRES_IN
    issued_at = _timestamp(data.get("issued_at"))
    start = received_at
    if issued_at is not None and received_at - lifetime < issued_at <= received_at:
        start = issued_at
    return BearerToken(
        value=value,
        scopes=frozenset(scopes),
        expires_at=start + lifetime,
        lifetime=lifetime,
        granted=granted_scopes(value),
    )


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise HarborResponseError(
            "the token service's answer is not a JSON object "
            f"(Content-Type {response.headers.get('content-type', 'missing')!r})",
            method=response.request.method,
            url=safe_url(response.request.url.copy_with(query=None)),
            request_id=response.headers.get("x-request-id"),
        )
    return data


def _first_nonempty(data: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _positive_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value > 0 else None


def _timestamp(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None  # RFC 3339 requires an offset; a naive time could be any zone
    return moment.timestamp()


class TokenCache:
    """Tokens per (realm, service, set of scopes), each in a single-flight slot.

    Safe to share between threads and event loops.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[TokenKey, Slot[BearerToken]] = {}

    def slot(self, key: TokenKey) -> Slot[BearerToken]:
        """The slot for exactly this key, created on first use."""
        with self._lock:
            slot = self._slots.get(key)
            if slot is None:
                slot = self._slots[key] = Slot()
            return slot

    def covering(
        self,
        realm: str,
        service: str,
        scopes: Iterable[Scope],
        *,
        now: float,
        margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> BearerToken | None:
        """A usable token of this realm and service that covers all ``scopes``.

        A push token (``pull,push``) serves the pulls of the same repository, and a
        mount token serves both repositories, so a request often needs no fetch even
        when no token was asked for exactly its scopes.
        """
        wanted = tuple(scopes)
        with self._lock:
            candidates = [
                slot.value
                for (r, s, _), slot in self._slots.items()
                if r == realm and s == service and slot.value is not None
            ]
        for token in candidates:
            if token.usable(now, margin) and token.covers(wanted):
                return token
        return None

    def discard(self, token: BearerToken) -> None:
        """Forget a token the registry refused, in whichever slot holds it."""
        with self._lock:
            slots = list(self._slots.values())
        for slot in slots:
            slot.discard(token)

    def prune(self, now: float) -> None:
        """Forget tokens that expired, so the cache does not grow without bound."""
        with self._lock:
            for key, slot in list(self._slots.items()):
                token = slot.value
                if token is not None and not slot.busy and token.expires_at <= now:
                    del self._slots[key]

    def __len__(self) -> int:
        return len(self._slots)
