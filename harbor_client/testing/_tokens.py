"""Harbor's registry token service, ``GET /service/token``, and the check of its tokens.

A client that meets the ``Bearer`` challenge of ``/v2/`` asks this service for a
token naming the scopes it needs (``repository:demo/app:pull,push``). Harbor ignores
the actions asked for: each repository scope comes back with every action the caller
holds in that project, chosen from pull, push and delete, so a pull-only caller who
asks for push gets a token without it and learns of the refusal only at the
registry. Callers who fail to authenticate are anonymous; with a scope they still get
a token (pull on public projects), without one they get 401 with an empty body, the
``docker login`` check.

The token is an RS256 JWT as Harbor signs it: ``iss`` ``harbor-token-issuer``, ``aud``
the plain string ``harbor-registry``, ``sub`` the caller (left out for anonymous
callers), ``exp``/``nbf``/``iat`` in seconds, a 16-character ``jti``, ``access`` (or
``null`` without scopes) and a libtrust ``kid`` in the header. The local Harbor
checks them itself on ``/v2/``, as core does; the registry behind it never sees them.

Signing needs the ``cryptography`` package (``pip install 'harborkit[testing]'``),
imported when the first token is made.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ._auth import Principal, TokenGrant, registry_actions
from ._store import Store
from ._wire import Request, Response

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

logger = logging.getLogger("harbor_client.testing")

SERVICE = "harbor-registry"
ISSUER = "harbor-token-issuer"
#: how far past ``exp`` (and before ``nbf``) a token is still taken, in seconds
LEEWAY = 60
#: what the service answers a token in, as Harbor's handler writes it
TOKEN_CONTENT_TYPE = "application/json; charset=utf-8"

_MISSING_CRYPTOGRAPHY = (
    "the local Harbor's token service signs RS256 tokens with the cryptography "
    "package; install it with pip install 'harborkit[testing]'"
)


class TokenSigningUnavailable(RuntimeError):
    """The ``cryptography`` package is missing, so no token can be signed."""


def signing_available() -> bool:
    """Whether tokens can be signed here (the ``cryptography`` package imports)."""
    try:
        import cryptography.hazmat.primitives.asymmetric.rsa  # noqa: F401
    except ImportError:
        return False
    return True


def parse_scope(text: str) -> tuple[str, str, tuple[str, ...]]:
    """``type:name:actions`` as Harbor splits it: the name is everything between the
    first and the last colon, so ``repository:host:5000/a:pull`` keeps its port."""
    items = text.split(":")
    if len(items) == 1:
        return items[0], "", ()
    if len(items) == 2:
        return items[0], items[1], ()
    actions = tuple(a for a in items[-1].split(",") if a)
    return items[0], ":".join(items[1:-1]), actions


def requested_scopes(request: Request) -> list[str]:
    """Every ``scope`` parameter, each split on spaces (both forms are accepted)."""
    return [
        scope
        for value in request.query.get("scope", [])
        for scope in value.split(" ")
        if scope
    ]


class TokenService:
    """Issues and checks the registry tokens of one local Harbor.

    ``lifetime`` reads the token lifetime in seconds at every issue, so a change of
    the configuration applies to the next token.
    """

    def __init__(
        self, lifetime: Callable[[], int], *, clock: Callable[[], float] = time.time
    ) -> None:
        self._lifetime = lifetime
        self._clock = clock
        self._key: RSAPrivateKey | None = None
        self._key_id = ""
        self._key_lock = threading.Lock()

    # -- GET /service/token

    def answer(self, request: Request, principal: Principal, store: Store) -> Response:
        """The token service's answer to one request."""
        if request.method != "GET":
            # Beego routes only GET here; Harbor keeps POST out of the read-only
            # check so that OAuth2-minded clients fall back to GET on this 405.
            return Response(405)
        service = request.query_value("service") or ""
        if service != SERVICE:
            body = f"Unable to handle service: {html.escape(service)}"
            return Response(
                400, [("Content-Type", "text/plain; charset=utf-8")], body.encode()
            )
        scopes = requested_scopes(request)
        if not principal.authenticated and not scopes:
            return Response(401)
        try:
            token, issued = self.issue(principal, scopes, store)
        except TokenSigningUnavailable:
            logger.error(_MISSING_CRYPTOGRAPHY)
            return Response(500)
        lifetime = self._lifetime()
        # Go's encoder writes the struct's fields in their declared order.
        body = (
            "{"
            f'"token":{json.dumps(token)},"access_token":"",'
            f'"expires_in":{lifetime},'
            f'"issued_at":"{issued.strftime("%Y-%m-%dT%H:%M:%SZ")}"'
            "}\n"
        )
        return Response(200, [("Content-Type", TOKEN_CONTENT_TYPE)], body.encode())

    def issue(
        self, principal: Principal, scopes: Sequence[str], store: Store
    ) -> tuple[str, datetime]:
        """A signed token for ``scopes`` with the caller's real rights, and its time."""
        now = int(self._clock())
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": SERVICE,
            "exp": now + self._lifetime(),
            "nbf": now,
            "iat": now,
            "jti": secrets.token_urlsafe(12)[:16],
            "access": [self._grant(principal, scope, store) for scope in scopes]
            if scopes
            else None,
        }
        if principal.authenticated:
            claims["sub"] = principal.username
        return self._sign(claims), datetime.fromtimestamp(now, UTC)

    def _grant(self, principal: Principal, scope: str, store: Store) -> dict[str, Any]:
        kind, name, asked = parse_scope(scope)
        actions: list[str] = []
        if kind == "repository":
            project_name, slash, _ = name.partition("/")
            project = store.project_named(project_name) if slash else None
            if project is not None:
                actions = list(registry_actions(principal, project))
        elif kind == "registry" and name == "catalog" and principal.sysadmin:
            actions = list(asked)
        return {"type": kind, "name": name, "actions": actions}

    # -- the check on /v2/

    def verify(self, token: str) -> TokenGrant | None:
        """The grant of a token this service signed and that is still valid, or
        ``None`` (which makes the request anonymous)."""
        if self._key is None:
            return None  # nothing was ever issued, so nothing can be valid
        parts = token.split(".")
        if len(parts) != 3:
            return None
        try:
            header = json.loads(_unb64(parts[0]))
            claims = json.loads(_unb64(parts[1]))
            signature = _unb64(parts[2])
        except (ValueError, binascii.Error):
            return None
        if not isinstance(header, dict) or header.get("kid") != self._key_id:
            return None
        if not self._signature_matches(f"{parts[0]}.{parts[1]}".encode(), signature):
            return None
        return _grant_of(claims, self._clock())

    # -- keys

    def _sign(self, claims: dict[str, Any]) -> str:
        key = self._signing_key()
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        header = {"alg": "RS256", "kid": self._key_id, "typ": "JWT"}
        signing_input = f"{_b64_json(header)}.{_b64_json(claims)}"
        signature = key.sign(
            signing_input.encode(), padding.PKCS1v15(), hashes.SHA256()
        )
        return f"{signing_input}.{_b64(signature)}"

    def _signature_matches(self, signing_input: bytes, signature: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        assert self._key is not None
        try:
            self._key.public_key().verify(
                signature, signing_input, padding.PKCS1v15(), hashes.SHA256()
            )
        except InvalidSignature:
            return False
        return True

    def _signing_key(self) -> RSAPrivateKey:
        # Made on the first token, not with the app: most local Harbors of a test
        # suite never see /v2/, and a key costs tens of milliseconds.
        with self._key_lock:
            if self._key is None:
                try:
                    from cryptography.hazmat.primitives.asymmetric import rsa
                except ImportError:
                    raise TokenSigningUnavailable(_MISSING_CRYPTOGRAPHY) from None
                key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
                self._key_id = _libtrust_key_id(key)
                self._key = key
            return self._key


def _grant_of(claims: Any, now: float) -> TokenGrant | None:
    if not isinstance(claims, dict):
        return None
    if claims.get("iss") != ISSUER or claims.get("aud") != SERVICE:
        return None
    exp, nbf, iat = claims.get("exp"), claims.get("nbf"), claims.get("iat")
    if not all(isinstance(v, int) for v in (exp, nbf, iat)):
        # Since v2.15 a token without iat is refused: it could predate its project.
        return None
    assert isinstance(exp, int) and isinstance(nbf, int) and isinstance(iat, int)
    if now > exp + LEEWAY or now < nbf - LEEWAY:
        return None
    access: list[tuple[str, str, tuple[str, ...]]] = []
    for entry in claims.get("access") or ():
        if isinstance(entry, dict):
            actions = tuple(str(a) for a in entry.get("actions") or ())
            access.append((str(entry.get("type")), str(entry.get("name")), actions))
    return TokenGrant(str(claims.get("sub") or ""), iat, tuple(access))


def _libtrust_key_id(key: RSAPrivateKey) -> str:
    """The key id docker's libtrust gives a public key, as Harbor's tokens carry it:
    SHA-256 of the DER public key, its first 240 bits in base32, in groups of four."""
    from cryptography.hazmat.primitives import serialization

    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    text = base64.b32encode(hashlib.sha256(der).digest()[:30]).decode("ascii")
    return ":".join(text[i : i + 4] for i in range(0, len(text), 4))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64_json(value: Any) -> str:
    return _b64(json.dumps(value, separators=(",", ":")).encode())


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
