"""Harbor core as one function of a request: ``HarborApp.handle`` -> ``Response``.

The steps follow core's middleware chain, because their order is visible to a
client: the query is validated first (400), the CSRF check runs before anything
authenticates (403), authentication never fails by itself (bad credentials are
anonymous), read-only mode refuses every write (403), and only then go-swagger
routes, negotiates and validates (404, 405, 415, 406, 422) before a handler decides
(401, 403, 404, 409, 412). ``/service/token`` is core's token service and ``/v2/``
its front of the registry (:mod:`._v2`). Every response gets an ``X-Request-Id``;
every response of core a session cookie when it lacks one.

The same app serves the HTTP server of :class:`~harbor_client.testing.LocalHarbor`
and, through :meth:`HarborApp.mock_transport`, an ``httpx.MockTransport``.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import httpx

from . import (
    _artifacts,
    _audit,
    _configurations,
    _immutable,
    _labels,
    _members,
    _metadata,
    _projects,
    _quotas,
    _repositories,
    _robots,
    _system,
    _tags,
    _users,
)
from ._auth import Authenticator, Principal
from ._backend import RegistryUnavailable
from ._config import Configuration
from ._proxy import Upstream
from ._router import API_PREFIX, Call, Router, bind
from ._session import Sessions
from ._store import Store
from ._streams import RequestBody
from ._tokens import TokenService
from ._v2 import RegistryFront, unavailable
from ._wire import (
    ApiError,
    Request,
    Response,
    bad_request,
    error_response,
    parse_query,
)

logger = logging.getLogger("harbor_client.testing")

#: path prefixes nginx sends to Harbor core; everything else goes to the portal
_CORE_PREFIXES = ("/api/", "/c/", "/v2/", "/service/")

_ROUTES = (
    *_system.ROUTES,
    *_configurations.ROUTES,
    *_users.ROUTES,
    *_projects.ROUTES,
    *_metadata.ROUTES,
    *_members.ROUTES,
    *_repositories.ROUTES,
    *_artifacts.ROUTES,
    *_tags.ROUTES,
    *_labels.ROUTES,
    *_robots.ROUTES,
    *_quotas.ROUTES,
    *_immutable.ROUTES,
    *_audit.ROUTES,
)

_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_READ_ONLY_MESSAGE = "The system is in read only mode. Any modification is prohibited."

_NOT_FOUND_PAGE = (
    b'<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
    b"<title>404 - Page Not Found</title></head>\n"
    b"<body><h1>404</h1><p>Page Not Found</p></body></html>\n"
)
_PORTAL_PAGE = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8">'
    b"<title>Harbor</title></head><body><harbor-app></harbor-app></body></html>\n"
)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """What one request put on the wire: method, raw path (with query) and headers.

    Bodies are not kept. ``repr`` shows neither headers nor body, so printing a
    recorded request never shows a credential.
    """

    method: str
    raw_path: str
    headers: httpx.Headers

    @property
    def path(self) -> str:
        """The raw path without its query, still percent-encoded."""
        return self.raw_path.partition("?")[0]

    @property
    def query(self) -> str:
        """The raw query, without the ``?``."""
        return self.raw_path.partition("?")[2]

    def __repr__(self) -> str:
        return f"RecordedRequest({self.method} {self.raw_path})"


class HarborApp:
    """The state and the request pipeline of one local Harbor, without a socket."""

    def __init__(
        self,
        *,
        admin_password: str = "Harbor12345",
        config: Configuration | None = None,
        library: bool = True,
        login_failure_delay: float = 1.5,
        upstream: Upstream | None = None,
        registry_unavailable: str = "the local Harbor runs without a registry",
    ) -> None:
        self.config = config or Configuration()
        self.store = Store(admin_password=admin_password, library=library)
        self.tokens = TokenService(lambda: self.config.token_lifetime)
        self.authenticator = Authenticator(
            self.config,
            failure_delay=login_failure_delay,
            registry_tokens=self.tokens.verify,
        )
        self.sessions = Sessions()
        self.router = Router(_ROUTES)
        #: one lock around all state; handlers are quick and never wait inside it,
        #: and /v2/ releases it while the registry answers
        self.lock = threading.RLock()
        #: every request handled, in order
        self.requests: list[RecordedRequest] = []
        self.front = (
            RegistryFront(
                store=self.store, config=self.config, lock=self.lock, upstream=upstream
            )
            if upstream is not None
            else None
        )
        #: why /v2/ answers 503 when there is no registry
        self.registry_unavailable = registry_unavailable

    def handle(
        self,
        method: str,
        raw_path: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes | RequestBody = b"",
    ) -> Response:
        """Answer one request; ``raw_path`` is the request target, query included.

        ``body`` may still be on the socket (a :class:`RequestBody`): ``/v2/`` then
        streams it to the registry, everything else reads it first. A ``/v2/``
        answer may come back as a stream too (see :class:`Response`).
        """
        stream: RequestBody | None = None
        if isinstance(body, RequestBody):
            if raw_path.startswith("/v2/"):
                stream, body = body, b""
            else:
                body = body.read_all()
        request = Request.build(method, raw_path, headers, body, stream)
        with self.lock:
            self.requests.append(
                RecordedRequest(
                    request.method, raw_path, httpx.Headers(request.header_items)
                )
            )
        response, delay = self._respond(request)
        # A failed password login sleeps before Harbor goes on as anonymous; the
        # lock is not held meanwhile, so other requests are not held up.
        if delay:
            time.sleep(delay)
        if request.method == "HEAD":
            response.body = b""
        logger.debug("%s %s -> %d", request.method, request.raw_path, response.status)
        return response

    def mock_transport(self) -> httpx.MockTransport:
        """An ``httpx.MockTransport`` answering from this app (sync and async)."""

        def answer(request: httpx.Request) -> httpx.Response:
            response = self.handle(
                request.method,
                request.url.raw_path.decode("ascii"),
                request.headers.multi_items(),
                request.read(),
            )
            return httpx.Response(
                response.status, headers=response.headers, content=response.read()
            )

        return httpx.MockTransport(answer)

    def _respond(self, request: Request) -> tuple[Response, float]:
        delay = 0.0
        try:
            response, delay = self._through_middlewares(request)
        except ApiError as error:
            response = error_response(error)
        except Exception:
            logger.exception("failed: %s %s", request.method, request.raw_path)
            response = error_response(ApiError(500, "UNKNOWN", "internal server error"))
        request_id = request.header("X-Request-Id") or str(uuid.uuid4())
        response.set_header("X-Request-Id", request_id)
        return response, delay

    def _through_middlewares(self, request: Request) -> tuple[Response, float]:
        problem = parse_query(request.raw_query)[1]
        if problem is not None:
            raise bad_request(problem)
        try:
            path = request.path
        except UnicodeDecodeError:
            raise bad_request(f"invalid path {request.raw_path}") from None
        if not path.startswith(_CORE_PREFIXES):
            return Response(200, [("Content-Type", "text/html")], _PORTAL_PAGE), 0.0

        with self.lock:
            csrf_headers, refusal = self.sessions.protect(request)
            if refusal is not None:
                response = error_response(refusal)
                response.headers.extend(csrf_headers)
                return response, 0.0
            principal, delay = self.authenticator.authenticate(request, self.store)

        if self._refused_as_read_only(request, path):
            response = error_response(ApiError(403, "DENIED", _READ_ONLY_MESSAGE))
        elif path.startswith("/v2/"):
            response = self._registry(request, principal)
        else:
            with self.lock:
                response = self._core(request, path, principal)
        response.headers.extend(csrf_headers)
        with self.lock:
            cookie = self.sessions.session_cookie(request)
        if cookie is not None:
            response.headers.append(("Set-Cookie", cookie))
        return response, delay

    def _refused_as_read_only(self, request: Request, path: str) -> bool:
        """Read-only mode: every write on the API and the registry is refused,
        except the one that can turn it off again."""
        if not self.config.read_only or request.method not in _WRITES:
            return False
        if (
            request.method == "PUT"
            and path.rstrip("/") == API_PREFIX + "/configurations"
        ):
            return False
        return path.startswith(("/api/", "/v2/"))

    def _registry(self, request: Request, principal: Principal) -> Response:
        if self.front is None:
            return unavailable(self.registry_unavailable)
        try:
            return self.front.handle(request, principal)
        except ApiError as error:
            return error_response(error)
        except RegistryUnavailable as error:
            logger.error("the registry behind the local Harbor failed: %s", error)
            return unavailable(str(error))
        except httpx.TransportError as error:
            logger.error(
                "the registry behind the local Harbor did not answer: %s", error
            )
            return unavailable(
                f"the registry behind the local Harbor did not answer: {error}"
            )
        except Exception:
            logger.exception(
                "registry request failed: %s %s", request.method, request.path
            )
            return error_response(ApiError(500, "UNKNOWN", "internal server error"))

    def _core(self, request: Request, path: str, principal: Principal) -> Response:
        try:
            if path == "/service/token":
                return self.tokens.answer(request, principal, self.store)
            if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
                return self._api(request, path, principal)
            if path == "/api/version":
                return Response(
                    200,
                    [("Content-Type", "text/plain; charset=utf-8")],
                    b'{"version":"v2.0"}\n',
                )
            # Everything else of core (the legacy /api/ paths included) is beego's
            # HTML 404 page.
            return Response(
                404, [("Content-Type", "text/html; charset=utf-8")], _NOT_FOUND_PAGE
            )
        except ApiError as error:
            return error_response(error)
        except Exception:
            logger.exception("handler failed: %s %s", request.method, path)
            return error_response(ApiError(500, "UNKNOWN", "internal server error"))

    def _api(self, request: Request, path: str, principal: Principal) -> Response:
        route, path_params = self.router.resolve(request.method, path)
        params, body = bind(route, request)
        call = Call(
            request=request,
            path=path_params,
            params=params,
            body=body,
            principal=principal,
            store=self.store,
            config=self.config,
            registry=self.front,
        )
        return route.handler(call)
