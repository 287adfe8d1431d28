"""The registry's bearer-token flow (``/v2/``, ``/service/token``) as an httpx.Auth.

The protocol (distribution's token spec, as Harbor serves it):

1. A request without a token gets ``401`` and
   ``WWW-Authenticate: Bearer realm="https://h/service/token",service="harbor-registry",
   scope="repository:demo/app:pull,push"``.
2. The client asks the realm: ``GET <realm>?service=...&scope=...`` (one ``scope``
   parameter per scope), with the user's Basic credentials (or an OIDC ID token as
   Bearer, or nothing for anonymous pulls). The answer is ``{"token", "expires_in",
   "issued_at"}``.
3. The request is sent again with ``Authorization: Bearer <token>``.

:class:`RegistryAuth` does this once per realm, service and set of scopes, keeps the
tokens (:class:`~harbor_client.auth.tokens.TokenCache`) and uses them for later
requests without waiting for a challenge, refreshing each shortly before it expires.

Scopes. A request may declare the scopes it needs in the request extension
``harbor_scopes`` (:data:`~harbor_client.auth.scopes.SCOPES_EXTENSION`): ``pull,push``
for a push, and both repositories for a cross-repository mount, so that one token
request covers them. Without a declaration the scopes are inferred from the method and
path, and completed from any challenge.

Harbor specifics:

* Once a request carried any ``Authorization`` header, Harbor challenges with
  ``Basic realm="harbor"`` only, even when the token merely expired; so the Bearer
  realm of the first challenge is remembered, and a 401 after a cached token means
  "fetch a new token and try again".
* Harbor answers 401, not 403, when the user lacks a permission. A 401 to a token
  fetched for this very request is final:
  :class:`~harbor_client.errors.UnauthorizedError` saying which permission is
  missing ("no permission for repository demo/app, action push"), read from the
  token's ``access`` claim. A 401 that names a new scope, or says
  ``error="invalid_token"``, gets one more token and one more try; never more.
* Basic credentials also work directly on Harbor's ``/v2/``; they are used when the
  registry challenges with Basic and no Bearer realm is known.

Retrying means sending the same request again, body included: its body must be
``bytes`` or a :class:`~harbor_client.auth.replay.ReplayableStream` (see
:mod:`harbor_client.auth.replay`). A chunked upload whose token expires is therefore
continued with the same PATCH, never restarted.

Where credentials go. Tokens and Basic credentials are added only to requests to the
registry's own origin; a redirect or an upload ``Location`` on another host (object
storage) is sent without them, and a request or realm that would take them from https
to plain http raises :class:`~harbor_client.auth.errors.InsecureTransportError`.
A request that already has an ``Authorization`` header is left as it is.

Concurrency. One instance is meant to be shared by all threads of a ``Harbor`` and all
tasks of an ``AsyncHarbor``: when many requests need the same new token at once, one
token request is made and the others wait for it.

Logging: ``harbor_client.auth`` at INFO for each token fetched ("refreshed token for
scope repository:demo/app:pull,push"), at DEBUG for challenges; never a token or secret.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from harbor_client.errors import HarborHTTPError, build_error, safe_url

from .challenge import Challenge, parse_challenges
from .credentials import AnonymousCredentials, Credentials
from .errors import CredentialsError
from .flight import obtain
from .flow import Flow, FlowAuth, Read, Send
from .origin import Origin
from .replay import ensure_replayable
from .scopes import Scope, declared_scopes, format_scopes, inferred_scopes, merge_scopes
from .tokens import DEFAULT_REFRESH_MARGIN, BearerToken, TokenCache, read_token_response

__all__ = ["MAX_RETRIES", "RegistryAuth"]

log = logging.getLogger("harbor_client.auth")

#: How often one request is sent again after 401s: first with a token (a new one,
#: or one replacing a cached token the registry refused), then with a newer token
#: if the registry says ``invalid_token`` or names another scope, or with Basic
#: credentials, which Harbor's ``/v2/`` takes too. Never a third time.
MAX_RETRIES = 2


@dataclass(frozen=True, slots=True)
class _Realm:
    url: httpx.URL
    service: str

    def __str__(self) -> str:
        return safe_url(self.url)


class RegistryAuth(FlowAuth):
    """Authenticate requests to one registry (Harbor's ``/v2/``) with bearer tokens.

    Args:
        registry_url: the registry's base URL; only its origin matters.
        credentials: what to send to the token realm (and to a Basic challenge);
            anonymous when ``None``.
        refresh_margin: fetch a new token when less than this is left of the old
            one, in seconds (at most a quarter of the token's lifetime).
        clock: the time in seconds since the epoch; tests pass a virtual clock.
        cache: a token cache to share; by default each instance has its own.
    """

    def __init__(
        self,
        registry_url: httpx.URL | str,
        credentials: Credentials | None = None,
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
        cache: TokenCache | None = None,
    ) -> None:
        self.origin = Origin.of(registry_url)
        self.credentials = credentials or AnonymousCredentials()
        self.refresh_margin = refresh_margin
        self.cache = cache if cache is not None else TokenCache()
        self._clock = clock
        self._realm: _Realm | None = None
        self._basic_only = False

    def __repr__(self) -> str:
        return (
            f"RegistryAuth(origin={str(self.origin)!r}, "
            f"credentials={self.credentials!r})"
        )

    # -- one request -----------------------------------------------------------------

    def flow(self, request: httpx.Request) -> Flow[None]:
        if not self.origin.matches(request.url) or "authorization" in request.headers:
            if request.url.host.lower() == self.origin.host:
                self.origin.check_not_downgraded(request.url, "a registry request")
            yield Send(request)
            return

        scopes = merge_scopes(declared_scopes(request), inferred_scopes(request))
        token: BearerToken | None = None
        fresh = False
        if self._realm is not None:
            token, fresh = yield from self._token(self._realm, scopes, request)
            request.headers["Authorization"] = f"Bearer {token.value}"
        elif self._basic_only and (basic := self.credentials.basic_authorization()):
            request.headers["Authorization"] = basic
        response = yield Send(request)

        for _ in range(MAX_RETRIES):
            if not self._refused(response):
                return
            yield Read(response)
            challenges = parse_challenges(response.headers.get_list("www-authenticate"))
            bearer = next(
                (c for c in challenges if c.scheme == "bearer" and c.realm), None
            )
            log.debug(
                "%s %s -> 401, challenge %s",
                request.method,
                request.url.path,
                ", ".join(c.scheme for c in challenges) or "none",
            )
            if bearer is not None:
                self._remember(bearer, response)
                scopes = merge_scopes(scopes, bearer.scopes)

            refused_fresh = (
                token is not None and fresh and not _worth_retry(bearer, token, scopes)
            )
            basic = self._basic_answer(challenges, request)
            if self._realm is not None and not refused_fresh:
                # No token yet, a cached one the registry no longer takes, or a
                # challenge that says what the new one must hold.
                token, fresh = yield from self._token(
                    self._realm, scopes, request, stale=token
                )
                authorization = f"Bearer {token.value}"
            elif basic is not None:
                # Harbor takes Basic on /v2/ as well (its catalog takes nothing else),
                # and a registry without a token service asks for it.
                self._basic_only = self._realm is None
                authorization = basic
            elif "authorization" in request.headers:
                # A fresh token or the credentials were refused, and the challenge
                # says nothing new: Harbor's way of saying "no permission".
                raise self._denied(response, scopes, token)
            else:
                return  # nothing to answer this 401 with: it is the caller's to read

            ensure_replayable(request, "the registry refused its credentials")
            request.headers["Authorization"] = authorization
            response = yield Send(request)

        if self._refused(response):
            yield Read(response)
            raise self._denied(response, scopes, token)

    def _refused(self, response: httpx.Response) -> bool:
        # A 401 from another origin (object storage after a redirect) is not the
        # registry's challenge: answering it would send registry credentials there.
        return response.status_code == 401 and self.origin.matches(response.request.url)

    def _remember(self, bearer: Challenge, response: httpx.Response) -> None:
        realm = response.request.url.join(bearer.realm or "")
        remembered = _Realm(realm, bearer.service or "")
        if remembered != self._realm:
            log.debug("registry %s uses token realm %s", self.origin, remembered)
            self._realm = remembered

    def _basic_answer(
        self, challenges: Sequence[Challenge], request: httpx.Request
    ) -> str | None:
        """Basic credentials for a Basic challenge, unless this request had them."""
        basic = self.credentials.basic_authorization()
        if basic is None or request.headers.get("authorization") == basic:
            return None
        if not any(c.scheme == "basic" for c in challenges):
            return None
        return basic

    # -- tokens ----------------------------------------------------------------------

    def _token(
        self,
        realm: _Realm,
        scopes: tuple[Scope, ...],
        request: httpx.Request,
        *,
        stale: BearerToken | None = None,
    ) -> Flow[tuple[BearerToken, bool]]:
        """A token for ``scopes`` and whether it was fetched just now.

        ``stale`` is a token the registry just refused: it is not used again, and the
        first caller to report it fetches the replacement for everyone.
        """
        if stale is not None:
            # Also out of the slot it came from, which may be another scope set's
            # (a push token serving a pull): no later request should meet it again.
            self.cache.discard(stale)
        else:
            cached = self.cache.covering(
                str(realm.url),
                realm.service,
                scopes,
                now=self._clock(),
                margin=self.refresh_margin,
            )
            if cached is not None:
                return cached, False

        def usable(token: BearerToken) -> bool:
            return token is not stale and token.usable(
                self._clock(), self.refresh_margin
            )

        slot = self.cache.slot((str(realm.url), realm.service, frozenset(scopes)))
        return (
            yield from obtain(slot, usable, lambda: self._fetch(realm, scopes, request))
        )

    def _fetch(
        self, realm: _Realm, scopes: tuple[Scope, ...], request: httpx.Request
    ) -> Flow[BearerToken]:
        """Ask the token service for ``scopes`` (one GET)."""
        self.origin.check_not_downgraded(realm.url, "credentials to the token realm")
        params: list[tuple[str, str | int | float | bool | None]] = []
        if self.credentials.username:
            # Ignored by Harbor, read by other token services; httpx writes the + of
            # a robot name as %2B, so it decodes to the same name.
            params.append(("account", self.credentials.username))
        if realm.service:
            params.append(("service", realm.service))
        params.extend(("scope", str(scope)) for scope in scopes)
        token_request = httpx.Request(
            "GET",
            realm.url.copy_merge_params(params),
            headers={"Accept": "application/json"},
            # The client set the timeout on the request it was given, not on this one.
            extensions={k: v for k, v in request.extensions.items() if k == "timeout"},
        )
        authorization = yield from self.credentials.authorization()
        if authorization is not None:
            token_request.headers["Authorization"] = authorization

        response = yield Send(token_request)
        yield Read(response)

        if (
            response.status_code == 401
            and authorization
            and self.credentials.refreshable
        ):
            # An expired OIDC ID token: the provider may have a new one by now.
            renewed = yield from self.credentials.authorization(stale=authorization)
            if renewed and renewed != authorization:
                token_request.headers["Authorization"] = renewed
                response = yield Send(token_request)
                yield Read(response)
        if response.status_code == 401:
            raise CredentialsError(
                f"the token service {realm} refused the credentials "
                f"({self.credentials.describe()})"
            )
        if not 200 <= response.status_code < 300:
            raise build_error(
                response, hint=f"the token service {realm} did not issue a token"
            )

        token = read_token_response(response, scopes, received_at=self._clock())
        log.info("refreshed token for scope %s", format_scopes(scopes))
        self.cache.prune(self._clock())
        return token

    # -- refusals --------------------------------------------------------------------

    def _denied(
        self,
        response: httpx.Response,
        scopes: tuple[Scope, ...],
        token: BearerToken | None,
    ) -> HarborHTTPError:
        """The error for a 401 that a fresh token or the credentials did not cure."""
        lacking = _lacking(scopes, token)
        if lacking:
            hint = "no permission for " + "; ".join(
                f"{_resource(s)}, action {str(s).rsplit(':', 1)[1]}" for s in lacking
            )
        elif token is not None:
            hint = (
                "the registry refused a fresh token that grants "
                f"{format_scopes(token.granted or token.scopes)}"
            )
        else:
            hint = "the registry refused the credentials"
        return build_error(response, hint=f"{hint} (as {self.credentials.describe()})")


def _worth_retry(
    bearer: Challenge | None, token: BearerToken, scopes: tuple[Scope, ...]
) -> bool:
    """Whether a 401 to a fresh token says something a new token could fix."""
    if bearer is None:
        return False
    return bearer.error == "invalid_token" or not token.covers(scopes)


def _lacking(scopes: tuple[Scope, ...], token: BearerToken | None) -> list[Scope]:
    """The actions of ``scopes`` that the token does not grant (all, if unknown)."""
    granted = token.granted if token is not None else None
    lacking = []
    for scope in scopes:
        have: frozenset[str] = frozenset()
        for grant in granted or ():
            if grant.resource == scope.resource:
                have |= grant.actions
        if "*" in have:
            continue
        missing = scope.actions - have
        if missing:
            lacking.append(Scope(scope.type, scope.name, missing))
    return lacking


def _resource(scope: Scope) -> str:
    return f"{scope.type} {scope.name}"
