"""A registry token service on 127.0.0.1, shaped like Harbor's ``/service/token``.

It answers ``GET /service/token?service=...&scope=...`` with an RS256 JWT that the
distribution registry verifies: claims ``iss``, ``sub``, ``aud`` (the service), ``exp``,
``nbf``, ``iat``, ``jti`` and ``access: [{type, name, actions}]``; in the header either
``x5c`` (the server's self-signed certificate, which the registry trusts through
``rootcertbundle``) or a libtrust ``kid``. The answer has Harbor's shape,
``{"token", "access_token": "", "expires_in", "issued_at"}``.

As Harbor does, it treats wrong credentials as anonymous: a request without a scope
then gets 401 with an empty body (the ``docker login`` check), a request with a scope
gets a token with the anonymous user's rights. Granted actions are the requested ones
that the user holds.

``exp_offset`` moves ``exp`` away from the advertised lifetime. The registry accepts a
token until 60 s after its ``exp``; with ``exp_offset=-60`` a token advertised for 3 s
is really refused by the registry 3 s after it was issued.

Every request is recorded (:attr:`TokenServer.requests`) so tests can count token
fetches per set of scopes.
"""

from __future__ import annotations

import base64
import datetime as dt
import fnmatch
import hashlib
import json
import secrets
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from .distribution import TokenAuthConfig

__all__ = [
    "ALICE",
    "DEFAULT_PERMISSIONS",
    "ROBOT",
    "TokenRequest",
    "TokenServer",
]

SERVICE = "harbor-registry"
ISSUER = "harbor-token-issuer"

#: A user with rights on ``demo/*`` and ``library/*``.
ALICE = ("alice", "Al1ce-pa55word")
#: A project robot whose name and secret hold every character that trips encoders.
ROBOT = ("robot$demo+ci", "S3cr3t/with+chars==")

#: Per user, repository patterns (``fnmatch``) and the actions held on them; the
#: ``None`` user is anonymous (``library`` is a public project).
DEFAULT_PERMISSIONS: Mapping[str | None, Mapping[str, frozenset[str]]] = {
    ALICE[0]: {
        "demo/*": frozenset({"pull", "push", "delete"}),
        "library/*": frozenset({"pull", "push"}),
    },
    ROBOT[0]: {
        "demo/app": frozenset({"pull", "push"}),
        "library/*": frozenset({"pull"}),
    },
    None: {"library/*": frozenset({"pull"})},
}


@dataclass(frozen=True)
class TokenRequest:
    """One request the token service answered."""

    user: str | None
    scopes: tuple[str, ...]
    status: int
    authorization: str | None

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(self.scopes)


class TokenServer:
    """The token service; start it with ``with TokenServer(directory) as server:``.

    Args:
        directory: where the signing certificate is written (``token.crt``).
        expires_in: the lifetime advertised to clients, in seconds.
        exp_offset: added to ``exp`` in the JWT (see the module docstring).
        key_id: ``"x5c"`` to put the certificate in the JWT header, ``"kid"`` for
            a libtrust key id.
        users: username -> password.
        permissions: see :data:`DEFAULT_PERMISSIONS`.
        service, issuer: what the registry is configured to expect.
    """

    def __init__(
        self,
        directory: Path,
        *,
        expires_in: int = 1800,
        exp_offset: int = 0,
        key_id: Literal["x5c", "kid"] = "x5c",
        users: Mapping[str, str] | None = None,
        permissions: Mapping[str | None, Mapping[str, frozenset[str]]] | None = None,
        service: str = SERVICE,
        issuer: str = ISSUER,
    ) -> None:
        self.expires_in = expires_in
        self.exp_offset = exp_offset
        self.key_id = key_id
        self.users = dict(users if users is not None else dict([ALICE, ROBOT]))
        self.permissions = dict(
            permissions if permissions is not None else DEFAULT_PERMISSIONS
        )
        self.service = service
        self.issuer = issuer
        self.requests: list[TokenRequest] = []
        self.issued: list[str] = []
        self._lock = threading.Lock()
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self._certificate = _self_signed(self._key, issuer)
        self.certificate_path = Path(directory) / "token.crt"
        self.certificate_path.parent.mkdir(parents=True, exist_ok=True)
        self.certificate_path.write_bytes(
            self._certificate.public_bytes(serialization.Encoding.PEM)
        )
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> TokenServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, name="token-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> TokenServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "the token server is not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def realm(self) -> str:
        return f"{self.url}/service/token"

    def token_auth(self) -> TokenAuthConfig:
        """The registry's ``auth: token`` settings for :func:`start_registry`."""
        return TokenAuthConfig(
            realm=self.realm,
            service=self.service,
            issuer=self.issuer,
            rootcertbundle=self.certificate_path,
        )

    # -- what happened ---------------------------------------------------------------

    def count(self, *scopes: str) -> int:
        """How many tokens were issued for exactly this set of scopes."""
        wanted = frozenset(scopes)
        with self._lock:
            return sum(
                1 for r in self.requests if r.status == 200 and r.scope_set == wanted
            )

    def counts(self) -> Counter[frozenset[str]]:
        """Issued tokens per set of scopes."""
        with self._lock:
            return Counter(r.scope_set for r in self.requests if r.status == 200)

    @property
    def total(self) -> int:
        """How many tokens were issued."""
        with self._lock:
            return sum(1 for r in self.requests if r.status == 200)

    # -- the service -----------------------------------------------------------------

    def answer(
        self, query: list[tuple[str, str]], authorization: str | None
    ) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for one token request."""
        params = dict(query)
        scopes = tuple(
            part for key, value in query if key == "scope" for part in value.split()
        )
        user = self._authenticate(authorization)
        if params.get("service") != self.service:
            return self._record(
                user, scopes, authorization, 400, {}, b"unknown service"
            )
        if user is None and not scopes:
            # Harbor: no (or wrong) credentials and no scope is the login check.
            return self._record(user, scopes, authorization, 401, {}, b"")

        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": self.service,
            "exp": now + self.expires_in + self.exp_offset,
            "nbf": now,
            "iat": now,
            "jti": secrets.token_urlsafe(12)[:16],
            "access": self._access(user, scopes) if scopes else None,
        }
        if user is not None:
            claims["sub"] = user
        token = self._sign(claims)
        issued_at = dt.datetime.fromtimestamp(now, dt.UTC).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
        body = json.dumps(
            {
                "token": token,
                "access_token": "",
                "expires_in": self.expires_in,
                "issued_at": issued_at,
            }
        ).encode()
        with self._lock:
            self.issued.append(token)
        return self._record(
            user,
            scopes,
            authorization,
            200,
            {"Content-Type": "application/json; charset=utf-8"},
            body,
        )

    def _record(
        self,
        user: str | None,
        scopes: tuple[str, ...],
        authorization: str | None,
        status: int,
        headers: dict[str, str],
        body: bytes,
    ) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            self.requests.append(TokenRequest(user, scopes, status, authorization))
        return status, headers, body

    def _authenticate(self, authorization: str | None) -> str | None:
        if not authorization or not authorization.startswith("Basic "):
            return None
        try:
            pair = base64.b64decode(authorization[6:], validate=True).decode()
        except ValueError:
            return None
        username, _, password = pair.partition(":")
        if self.users.get(username) == password:
            return username
        return None  # wrong credentials are anonymous, as on Harbor

    def _access(self, user: str | None, scopes: Iterable[str]) -> list[dict[str, Any]]:
        held = self.permissions.get(user, {})
        access = []
        for text in scopes:
            kind, _, rest = text.partition(":")
            name, _, actions = rest.rpartition(":")
            wanted = set(actions.split(","))
            have: set[str] = set()
            if kind == "repository":
                for pattern, allowed in held.items():
                    if fnmatch.fnmatchcase(name, pattern):
                        have |= allowed
            granted = sorted(wanted & have)
            access.append({"type": kind, "name": name, "actions": granted})
        return access

    def _sign(self, claims: dict[str, Any]) -> str:
        header: dict[str, Any] = {"typ": "JWT", "alg": "RS256"}
        if self.key_id == "x5c":
            der = self._certificate.public_bytes(serialization.Encoding.DER)
            header["x5c"] = [base64.b64encode(der).decode("ascii")]
        else:
            header["kid"] = libtrust_key_id(self._key.public_key())
        signing_input = f"{_b64url_json(header)}.{_b64url_json(claims)}".encode()
        signature = self._key.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
        return f"{signing_input.decode()}.{_b64url(signature)}"


def libtrust_key_id(public_key: rsa.RSAPublicKey) -> str:
    """The key id docker's libtrust derives from a public key.

    SHA-256 of the DER SubjectPublicKeyInfo, the first 240 bits in base32, in twelve
    colon-separated groups of four characters.
    """
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = base64.b32encode(hashlib.sha256(der).digest()[:30]).decode("ascii")
    return ":".join(digest[i : i + 4] for i in range(0, 48, 4))


def _self_signed(key: rsa.RSAPrivateKey, common_name: str) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_json(value: Any) -> str:
    return _b64url(json.dumps(value, separators=(",", ":")).encode())


def _handler_for(server: TokenServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path != "/service/token":
                self._reply(404, {}, b"not found")
                return
            query = parse_qsl(parts.query, keep_blank_values=True)
            status, headers, body = server.answer(
                query, self.headers.get("Authorization")
            )
            self._reply(status, headers, body)

        def _reply(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # tests read TokenServer.requests instead of a log on stderr

    return Handler
