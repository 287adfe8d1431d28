"""The ``sid`` session cookie and the CSRF check that a replayed ``sid`` switches on.

Harbor core (beego) starts a session for every request it routes, so its responses
set ``sid`` unless the request already carried a session core issued. The CSRF
middleware (gorilla/csrf) is skipped on ``/api/``, ``/v2/``, ``/service/`` and
``/chartrepo/`` only while the request carries no ``sid`` cookie, whatever else
authenticates it: a client with a cookie jar therefore fails its first unsafe
request after any earlier response with 403 ``CSRF token not found in request``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections import OrderedDict
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from ._wire import ApiError, Request, forbidden

SESSION_COOKIE = "sid"
CSRF_COOKIE = "_gorilla_csrf"
#: the header a session client sends the token back in (gorilla's RequestHeader)
CSRF_HEADER = "X-Harbor-CSRF-Token"
#: the same header as Go writes it in a response (canonical MIME header case)
CSRF_RESPONSE_HEADER = "X-Harbor-Csrf-Token"

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
_SKIPPED_PREFIXES = ("/v2/", "/api/", "/chartrepo/", "/service/")
_TOKEN_LENGTH = 32
_CSRF_MAX_AGE = 12 * 3600
#: how many issued sessions are remembered; the real store expires them after an hour
_SESSIONS_KEPT = 100_000


class Sessions:
    """Issued session ids and the CSRF key, for one local Harbor."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)
        self._issued: OrderedDict[str, None] = OrderedDict()

    def session_cookie(self, request: Request) -> str | None:
        """The ``Set-Cookie`` of a new session; ``None`` when the request has one."""
        carried = request.cookies.get(SESSION_COOKIE)
        if carried is not None and carried in self._issued:
            self._issued.move_to_end(carried)
            return None
        sid = secrets.token_hex(16)
        self._issued[sid] = None
        if len(self._issued) > _SESSIONS_KEPT:
            self._issued.popitem(last=False)
        return f"{SESSION_COOKIE}={sid}; Path=/; HttpOnly"

    def protect(
        self, request: Request
    ) -> tuple[list[tuple[str, str]], ApiError | None]:
        """gorilla/csrf for one request: headers to add, and the refusal if any.

        A skipped request gets no CSRF headers at all; any other response carries a
        fresh masked token, the 403 included.
        """
        if _skipped(request):
            return [], None
        headers: list[tuple[str, str]] = []
        real = self._real_token(request.cookies.get(CSRF_COOKIE))
        if real is None:
            real = secrets.token_bytes(_TOKEN_LENGTH)
            headers.append(("Set-Cookie", self._csrf_cookie(real)))
        headers.append((CSRF_RESPONSE_HEADER, _mask(real)))
        if request.method in _SAFE_METHODS:
            headers.append(("Vary", "Cookie"))
            return headers, None
        sent = _unmask(request.header(CSRF_HEADER))
        if sent is None:
            return headers, forbidden("CSRF token not found in request")
        if not hmac.compare_digest(sent, real):
            return headers, forbidden("CSRF token invalid")
        headers.append(("Vary", "Cookie"))
        return headers, None

    def _csrf_cookie(self, real: bytes) -> str:
        value = base64.urlsafe_b64encode(real + self._sign(real)).decode()
        expires = format_datetime(
            datetime.now(UTC) + timedelta(seconds=_CSRF_MAX_AGE), usegmt=True
        )
        return (
            f"{CSRF_COOKIE}={value}; Path=/; Expires={expires}; "
            f"Max-Age={_CSRF_MAX_AGE}; HttpOnly; SameSite=Strict"
        )

    def _real_token(self, cookie: str | None) -> bytes | None:
        """The token a ``_gorilla_csrf`` cookie holds, if this server signed it."""
        if not cookie:
            return None
        try:
            raw = base64.urlsafe_b64decode(cookie)
        except (binascii.Error, ValueError):
            return None
        token, signature = raw[:_TOKEN_LENGTH], raw[_TOKEN_LENGTH:]
        if len(token) != _TOKEN_LENGTH or not hmac.compare_digest(
            signature, self._sign(token)
        ):
            return None
        return token

    def _sign(self, token: bytes) -> bytes:
        return hmac.new(self._key, token, hashlib.sha256).digest()


def _skipped(request: Request) -> bool:
    # The mere presence of the cookie counts, not whether the session is valid.
    return request.path.startswith(_SKIPPED_PREFIXES) and (
        SESSION_COOKIE not in request.cookies
    )


def _mask(real: bytes) -> str:
    """A one-time pad and the token XORed with it, so every response's token differs."""
    pad = secrets.token_bytes(_TOKEN_LENGTH)
    return base64.b64encode(
        pad + bytes(a ^ b for a, b in zip(pad, real, strict=True))
    ).decode()


def _unmask(header: str | None) -> bytes | None:
    """The token inside a masked value; ``None`` when it is absent or not 64 bytes."""
    if not header:
        return None
    try:
        raw = base64.b64decode(header, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 2 * _TOKEN_LENGTH:
        return None
    pad, masked = raw[:_TOKEN_LENGTH], raw[_TOKEN_LENGTH:]
    return bytes(a ^ b for a, b in zip(pad, masked, strict=True))
