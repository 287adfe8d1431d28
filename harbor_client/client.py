"""``Harbor`` and ``AsyncHarbor``: the entry point of the SDK.

Both classes carry the resource namespaces generated from Harbor's definition
(``harbor.projects.list()``, ``harbor.artifacts.iter(...)``) and send every operation
through one path, :meth:`_HarborCore._call`:

1. apply Harbor's rules to the arguments (:meth:`_HarborCore._prepare`);
2. build the request with the generated endpoint module;
3. send it with retries (:func:`_retrying`, one flow driven by a sync and an async
   loop);
4. raise a typed error for a non-2xx answer, or parse the 2xx body.
"""

from __future__ import annotations

import email.utils
import http.cookiejar
import importlib
import random
import re
import ssl
import threading
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeGuard, TypeVar
from urllib.parse import quote

import httpx

from . import tracing
from ._generated.namespaces import AsyncHarborNamespaces, HarborNamespaces
from ._operation import MAX_PAGE_SIZE, Operation
from .auth.resolve import resolve
from .errors import (
    ClientClosedError,
    HarborResponseError,
    TransportError,
    UnauthorizedError,
    build_error,
    mask_userinfo,
    parse_error_body,
    safe_url,
)
from .tracing import CallTrace
from .vulnerabilities import REPORT_TYPES

if TYPE_CHECKING:
    from ._generated.models.user_resp import UserResp
    from .auth import Credentials
    from .pagination import AsyncPaginator, Paginator
    from .registry import AsyncRegistry, Registry, RegistryOptions
    from .versions import VersionGate

__all__ = ["AsyncHarbor", "Harbor", "Result", "RetryPolicy"]

T = TypeVar("T")

#: Harbor's API lives below this path on the server's origin.
API_PATH = "/api/v2.0"

#: Both vulnerability report types, v1.1 first: Harbor returns the first type in the
#: header that has a report, and without this header scan overviews come back empty.
ACCEPT_VULNERABILITIES = ", ".join(REPORT_TYPES)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: One client is meant to be shared by a whole process, so its pool is the process's
#: share of Harbor: every open connection is a goroutine in core (and, while a
#: request runs, often one of core's database connections), so a burst of a thousand
#: tasks queues here for one of 50 connections instead of opening a thousand. All 50
#: may stay alive: httpcore 1.0 compares the number of *all* its connections, not of
#: the idle ones, with ``max_keepalive_connections``, so with fewer kept alive than
#: open it closes every connection that goes idle during a burst (300 calls opened
#: 300 connections with 50 and 20; 50 with 50 and 50). Idle connections still close
#: after httpx's 5 s keep-alive expiry, so a quiet client holds nothing for long.
DEFAULT_LIMITS = httpx.Limits(max_connections=50, max_keepalive_connections=50)

_GENERATED_PACKAGE = "harbor_client._generated"


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how often a request is sent again.

    Only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) are retried after an
    answer or a broken exchange. Any method is retried when the connection could not
    even be opened, because then nothing reached the server.
    """

    #: attempts after the first one
    retries: int = 3
    #: first backoff, doubled on each attempt, with full jitter
    backoff: float = 0.5
    #: ceiling of one wait, also for a server's ``Retry-After``
    max_backoff: float = 30.0
    statuses: frozenset[int] = frozenset({429, 502, 503, 504})

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before attempt number ``attempt`` (1 for the first retry)."""
        if response is not None:
            after = _retry_after(response)
            if after is not None:
                return min(after, self.max_backoff)
        ceiling = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return random.uniform(0, ceiling)


NO_RETRIES = RetryPolicy(retries=0)


@dataclass(slots=True)
class Result(Generic[T]):
    """A parsed answer together with the raw response (for its headers)."""

    response: httpx.Response
    parsed: T


@dataclass(frozen=True, slots=True)
class _Send:
    request: httpx.Request


@dataclass(frozen=True, slots=True)
class _Sleep:
    seconds: float


_Step = _Send | _Sleep


@dataclass(frozen=True, slots=True)
class _Outcome:
    """How the retry flow ended: the last answer, and how to read it."""

    response: httpx.Response
    #: the answer is the 404 of a DELETE sent again after an attempt Harbor may
    #: have carried out: the resource is gone, by that attempt's doing
    deleted_earlier: bool = False


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """Refuse every cookie.

    Harbor sets ``sid`` on every answer, and a request that carries it is checked for
    a CSRF token, so a client that keeps cookies fails every write after the first.
    """

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


class _ParseContext:
    """What the generated ``_parse_response`` reads from its ``client`` argument."""

    raise_on_unexpected_status = False


_PARSE_CONTEXT = _ParseContext()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _is_connect_failure(exc: Exception) -> bool:
    # Nothing reached the server: safe to send again whatever the method.
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)


#: Failures that prove the request never left the client: no connection (or no
#: free one in the pool), or a request httpx refused to write.
_NEVER_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)

#: A gateway's answers that it lost core's: nginx answers 504 when core did not
#: answer in time and 502 when core closed the connection, both possibly after core
#: had carried the request out.
_GATEWAY_LOST_ANSWER = frozenset({502, 504})


def _may_have_been_processed(exc: httpx.TransportError) -> bool:
    # A reset or a timeout after the request was written: the client cannot tell a
    # request Harbor never read from one whose answer was lost on the way back.
    return not isinstance(exc, _NEVER_SENT)


def _says_not_found(response: httpx.Response) -> bool:
    """A 404 with Harbor's ``NOT_FOUND`` for a resource, not for the route.

    A path Harbor has no route for answers 404 too: go-swagger's ``path ... was not
    found``, or an HTML page from beego or nginx. That says the URL is wrong (a
    server without the operation), not that the resource is gone.
    """
    if response.status_code != 404:
        return False
    errors, _ = parse_error_body(response)
    return any(
        e.code == "NOT_FOUND" and not e.message.startswith("path ") for e in errors
    )


def _retrying(
    request: httpx.Request, policy: RetryPolicy, idempotent: bool, trace: CallTrace
) -> Generator[_Step, httpx.Response | None, _Outcome]:
    """The retry protocol, as a flow of steps.

    Yields :class:`_Send` (answered with the response, or with the transport
    exception thrown in) and :class:`_Sleep` (answered with ``None``); returns the
    final response as an :class:`_Outcome`. The sync and async drivers only perform
    the steps; every attempt is reported to ``trace`` (log lines, span) and carries
    the same request id.

    A DELETE is idempotent in its effect, not in its answer: when an attempt was
    written and its answer lost (a reset, a read timeout, a gateway's 502 or 504),
    Harbor may have deleted the resource, and the next attempt gets 404. Such a 404
    ends the flow with ``deleted_earlier`` set, and :meth:`_HarborCore._finish`
    returns the operation's success result instead of raising ``NotFoundError``.
    The flow reports a flag rather than making up a 200, so the caller still holds
    the answer Harbor really sent. The client cannot tell a request Harbor never
    read from one it carried out, so after such a failure a 404 for a resource that
    never existed is taken as deleted too; a 404 on the first attempt, or after
    failures that prove nothing was sent (a connection never opened), is not.
    """
    attempt = 0
    maybe_processed = False
    while True:
        trace.sending()
        try:
            response = yield _Send(request)
        except httpx.TransportError as exc:
            trace.broke(exc)
            retriable = idempotent or _is_connect_failure(exc)
            if not retriable or attempt >= policy.retries:
                raise
            maybe_processed = maybe_processed or _may_have_been_processed(exc)
            attempt += 1
            wait = policy.delay(attempt, None)
            trace.retrying(type(exc).__name__, attempt, policy.retries, wait)
            yield _Sleep(wait)
            continue
        assert response is not None
        trace.answered(response)
        if (
            idempotent
            and response.status_code in policy.statuses
            and attempt < policy.retries
        ):
            if response.status_code in _GATEWAY_LOST_ANSWER:
                maybe_processed = True
            attempt += 1
            wait = policy.delay(attempt, response)
            reason = f"status {response.status_code}"
            trace.retrying(reason, attempt, policy.retries, wait)
            yield _Sleep(wait)
            continue
        if maybe_processed and request.method == "DELETE" and _says_not_found(response):
            trace.taken_as_deleted()
            return _Outcome(response, deleted_earlier=True)
        return _Outcome(response)


def _normalise_url(url: str) -> httpx.URL:
    """The server's origin from whatever the user gave (with or without /api/v2.0)."""
    shown = mask_userinfo(url)
    if "://" not in url:
        raise ValueError(
            f"Harbor URL {shown!r} has no scheme: write https://{shown} (or http:// "
            "for a local test server)"
        )
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https"):
        raise ValueError(f"Harbor URL must be http or https, not {parsed.scheme!r}")
    if not parsed.host:
        raise ValueError(f"Harbor URL {shown!r} has no host")
    path = parsed.path.rstrip("/")
    if path.endswith(API_PATH):
        path = path[: -len(API_PATH)]
    return parsed.copy_with(path=path or "/", query=None, fragment=None)


def _ssl_context(verify: bool | str | ssl.SSLContext) -> bool | ssl.SSLContext:
    # httpx 0.28 deprecates a path string for verify; build the context here.
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    return verify


def _strip_project(repository: Any, project: Any) -> str:
    """A repository name as the API path wants it: without the ``<project>/`` prefix.

    Harbor's ``Repository.name`` is the full name (``demo/team/app``), while its API
    paths take the name inside the project (``team/app``).
    """
    name = getattr(repository, "name", repository)
    name = str(name)
    if isinstance(project, str) and name.startswith(project + "/"):
        return name[len(project) + 1 :]
    return name


def _created_id(response: httpx.Response) -> int | str | None:
    """The id (or name) at the end of a 201 answer's ``Location``."""
    location = response.headers.get("location")
    if not location:
        return None
    last = location.rstrip("/").rsplit("/", 1)[-1]
    return int(last) if last.isdigit() else last


_PATH_PARAMETER = re.compile(r"{([^}]+)}")


def _registry_auth(url: httpx.URL, credentials: Credentials) -> httpx.Auth:
    # Imported when the registry is first used: the token flow's modules are the
    # larger part of the auth package.
    from .auth.registry import RegistryAuth

    return RegistryAuth(url, credentials)


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_path_arguments(op: Operation, args: Mapping[str, Any]) -> None:
    """Refuse path values that would make the request reach another resource.

    An empty value or a ``.``/``..`` segment is collapsed by URL normalisation:
    ``artifacts.delete("demo", "app", "..")`` would otherwise send
    ``DELETE /projects/demo/repositories/app`` and delete the whole repository.
    """
    for name in _PATH_PARAMETER.findall(op.path):
        if name not in args:
            continue
        value = args[name]
        value = getattr(value, "name", value) if name in op.repository_params else value
        if not (isinstance(value, str) or _is_int(value)):
            raise TypeError(
                f"{op.namespace}.{op.name}: {name} must be a str or an int, got "
                f"{value!r}"
            )
        if isinstance(value, str) and value.strip() in ("", ".", ".."):
            raise ValueError(
                f"{op.namespace}.{op.name}: {name} {value!r} is not a name Harbor can "
                "have (an empty or dot segment would address another resource)"
            )


class _HarborCore:
    """What ``Harbor`` and ``AsyncHarbor`` share: configuration and pure steps."""

    _modules: dict[str, ModuleType] = {}

    def __init__(
        self,
        url: str | None,
        *,
        username: str | None,
        password: str | None,
        credentials: Credentials | None,
        auth: httpx.Auth | None,
        timeout: float | httpx.Timeout | None,
        verify: bool | str | ssl.SSLContext,
        retry: RetryPolicy,
        headers: Mapping[str, str] | None,
        request_id: Callable[[], str] | None,
        limits: httpx.Limits | None,
        harbor_version: str | None,
        registry_options: RegistryOptions | None,
    ) -> None:
        if url is not None:
            _normalise_url(url)  # a clear error for a URL without scheme, first
        resolved = resolve(
            url, username=username, password=password, credentials=credentials
        )
        self.url = _normalise_url(resolved.url)
        self.api_url = self.url.copy_with(path=self.url.path.rstrip("/") + API_PATH)
        #: What this client authenticates with, on the API and on the registry.
        self.credentials = resolved.credentials
        self._auth = auth or self.credentials.api_auth(self.api_url)
        self._timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        self._verify = _ssl_context(verify)
        self._limits = limits or DEFAULT_LIMITS
        self.retry = retry
        self._headers = dict(headers or {})
        self._new_request_id = request_id or tracing.new_request_id
        self._gate: VersionGate | None = None
        if harbor_version:
            self._use_version(harbor_version, strict=True)
        self._registry_settings = registry_options

    def _registry_options(self, *, asynchronous: bool = False) -> dict[str, Any]:
        """Options of the HTTP client that talks to ``/v2/``.

        It carries Harbor's bearer-token flow instead of the API's auth, and keeps no
        cookies either. Redirects (blob downloads sent to object storage) are
        followed by the registry client itself, which drops ``Authorization`` when
        the origin changes. An event hook gives each request an ``X-Request-Id``
        (token requests too), as on the API.
        """

        def stamp(request: httpx.Request) -> None:
            if "x-request-id" not in request.headers:
                request.headers["X-Request-Id"] = self._request_id()

        async def stamp_async(request: httpx.Request) -> None:
            stamp(request)

        return {
            "event_hooks": {"request": [stamp_async if asynchronous else stamp]},
            "auth": _registry_auth(self.url, self.credentials),
            "timeout": self._timeout,
            "verify": self._verify,
            "limits": self._limits,
            "cookies": http.cookiejar.CookieJar(policy=_NoCookies()),
            "trust_env": True,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.url)!r})"

    # -- the steps of one call that do no I/O --------------------------------------

    def _module(self, op: Operation) -> ModuleType:
        module = self._modules.get(op.module)
        if module is None:
            module = importlib.import_module(f"{_GENERATED_PACKAGE}.{op.module}")
            self._modules[op.module] = module
        return module

    def _prepare(self, op: Operation, args: Mapping[str, Any]) -> dict[str, Any]:
        """Apply Harbor's rules to the caller's arguments."""
        args = dict(args)
        _check_path_arguments(op, args)
        for name in ("page", "page_size"):
            value = args.get(name)
            if value is not None and not _is_unset(value) and not _is_int(value):
                raise TypeError(f"{name} must be an int, got {value!r}")
        page = args.get("page")
        if _is_int(page) and page < 1:
            raise ValueError(f"page counts from 1, got {page}")
        page_size = args.get("page_size")
        if _is_int(page_size) and not 0 < page_size <= MAX_PAGE_SIZE:
            raise ValueError(
                f"page_size must be between 1 and {MAX_PAGE_SIZE} (Harbor answers 422 "
                f"above {MAX_PAGE_SIZE}), got {page_size}"
            )
        q = args.get("q")
        if q is not None and not _is_unset(q) and not isinstance(q, str):
            raise TypeError(
                f"q must be a str or a harbor_client.Q, got {type(q).__name__}: wrap "
                "terms in Q(key=term), e.g. Q(name=fuzzy('dev'))"
            )
        if op.project_param is not None and op.takes_resource_name_header:
            # A numeric string would be read as an id unless the header says it is
            # a name; an int is an id.
            value = args.get(op.project_param)
            args["x_is_resource_name"] = isinstance(value, str)
        project = args.get("project_name", args.get(op.project_param or ""))
        for name in op.repository_params:
            if name in args:
                # Encoded here and again by the endpoint module: Harbor wants a%252Fb.
                plain = _strip_project(args[name], project)
                if plain.strip() in ("", ".", ".."):
                    raise ValueError(
                        f"{op.namespace}.{op.name}: {name} {args[name]!r} names no "
                        "repository inside the project (an empty or dot segment "
                        "would address another resource)"
                    )
                args[name] = quote(plain, safe="")
        if "x_accept_vulnerabilities" in args and not isinstance(
            args["x_accept_vulnerabilities"], str
        ):
            args["x_accept_vulnerabilities"] = ACCEPT_VULNERABILITIES
        return args

    @property
    def harbor_version(self) -> str | None:
        """The server's Harbor version, when given or detected; None otherwise.

        When it is known, an operation that version lacks raises
        :class:`~harbor_client.errors.NotAvailableError` before any request, and
        request bodies are sent in the shape that version expects
        (:mod:`harbor_client.versions`).
        """
        return self._gate.reported if self._gate else None

    def _use_version(self, reported: str | None, *, strict: bool = False) -> str | None:
        # The compatibility table is read only by a client told its server's version.
        from .versions import VersionGate, parse_harbor_version

        if reported and (strict or parse_harbor_version(reported)):
            self._gate = VersionGate.for_version(reported)
        return self.harbor_version

    def _build(self, op: Operation, args: Mapping[str, Any]) -> httpx.Request:
        if self._gate is not None:
            self._gate.check(op)
        kwargs = self._module(op)._get_kwargs(**self._prepare(op, args))
        if self._gate is not None:
            kwargs = self._gate.adapt(op, kwargs)
        headers = dict(self._headers)
        headers.update(kwargs.pop("headers", None) or {})
        # No Accept header of our own: httpx sends */*, which every operation
        # satisfies (application/json would be 406 on the text/plain ones).
        if not any(name.lower() == "x-request-id" for name in headers):
            # The caller's id (a tracing.request_id block) joins this call to the
            # caller's own logs; made once here, it stays the same on every retry.
            headers["X-Request-Id"] = self._request_id()
        return self._client_build(headers=headers, **kwargs)

    #: whether this object built its HTTP client (and so may close it).
    _owns_client: bool

    @property
    def _http(self) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError

    def _client_build(self, **kwargs: Any) -> httpx.Request:
        # A client of the caller's has its own base URL (or none): send absolute URLs.
        if not self._owns_client:
            kwargs["url"] = str(self.api_url) + kwargs["url"]
        return self._http.build_request(**kwargs)

    def _request_id(self) -> str:
        """The caller's id (a ``tracing.request_id`` block), or a new one."""
        return tracing.current_request_id() or self._new_request_id()

    def _finish(self, op: Operation, outcome: _Outcome) -> Result[Any]:
        """Turn the final response into a result, or raise its typed error."""
        response = outcome.response
        request = response.request
        if outcome.deleted_earlier:
            return self._deleted_earlier(op, response)
        if not 200 <= response.status_code < 300:
            raise build_error(response)
        if op.creates and response.status_code == 201:
            return Result(response, _created_id(response))
        try:
            parsed = self._module(op)._parse_response(
                client=_PARSE_CONTEXT, response=response
            )
        except Exception as exc:
            raise HarborResponseError(
                f"could not read the {response.status_code} answer of {op.id}: {exc}",
                method=request.method,
                url=safe_url(request.url),
                request_id=request.headers.get("x-request-id"),
            ) from exc
        return Result(response, parsed)

    def _deleted_earlier(self, op: Operation, response: httpx.Response) -> Result[Any]:
        """The result of a DELETE whose success was lost, from its retry's 404.

        Harbor answers a delete with 200 and no body, so the lost answer is read as
        that by the operation's own module: ``None`` for nearly every DELETE. The
        result keeps the real 404 as its response. ``deleteScanner`` answers with
        the deleted registration, which went with the lost answer; it keeps its
        ``NotFoundError``, with a hint that the delete most likely happened.
        """
        lost = httpx.Response(200, request=response.request)
        try:
            parsed = self._module(op)._parse_response(
                client=_PARSE_CONTEXT, response=lost
            )
        except Exception:
            raise build_error(
                response,
                hint=(
                    "an earlier attempt's answer was lost, so that attempt most "
                    f"likely deleted it; what {op.id} returns went with that answer"
                ),
            ) from None
        return Result(response, parsed)

    def _transport_error(
        self, request: httpx.Request, exc: httpx.TransportError
    ) -> TransportError:
        return TransportError(
            f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
            method=request.method,
            url=safe_url(request.url),
            request_id=request.headers.get("x-request-id"),
        )


def _client_options(core: _HarborCore) -> dict[str, Any]:
    return {
        "base_url": str(core.api_url),
        "auth": core._auth,
        "timeout": core._timeout,
        "verify": core._verify,
        "limits": core._limits,
        "cookies": http.cookiejar.CookieJar(policy=_NoCookies()),
        "trust_env": True,
        "follow_redirects": False,
    }


def _refuse_cookies(cookies: httpx.Cookies) -> None:
    cookies.jar.set_policy(_NoCookies())


class Harbor(_HarborCore, HarborNamespaces):
    """A client for one Harbor server, for use from ordinary (blocking) code.

    Args:
        url: the server, e.g. ``https://harbor.example.com`` (``/api/v2.0`` may be
            included). Defaults to the ``HARBOR_URL`` environment variable.
        username, password: a user or a robot account (``robot$demo+ci``).
        credentials: a :class:`~harbor_client.auth.Credentials` object instead, for
            instance :class:`~harbor_client.auth.OIDCCredentials` with a token
            provider. Without either, the credentials come from the URL's userinfo,
            the environment (``HARBOR_USERNAME``/``HARBOR_PASSWORD``,
            ``HARBOR_ROBOT_FILE``, ``HARBOR_OIDC_TOKEN``) or Docker's
            ``config.json``, in that order (:func:`harbor_client.auth.resolve`);
            with none, calls are anonymous.
        auth: an ``httpx.Auth`` for the REST API that replaces the one made from
            the credentials.
        timeout: seconds, or an ``httpx.Timeout``; 30 s (10 s to connect) by default.
        verify: TLS verification: ``True``, ``False``, a CA bundle path or an
            ``ssl.SSLContext``.
        retry: when idempotent requests are sent again (:class:`RetryPolicy`).
        http_client: your own ``httpx.Client``; its base URL is left alone and
            requests go to absolute URLs, with this object's credentials. Cookies
            are switched off on it.
        transport: an ``httpx.BaseTransport`` for the clients this object builds,
            the API's and the registry's (both on the same origin).
        limits: connection pool limits.
        headers: extra headers sent on every request.
        request_id: a callable making the ``X-Request-Id`` of each call.
        harbor_version: the server's version (``"v2.12.4"``), when known: calls
            of operations it lacks then fail before any request, and bodies are
            sent in its shape. :meth:`detect_version` asks the server instead.
        registry_options: chunk size, resumes and parallelism of :attr:`registry`
            transfers (:class:`~harbor_client.registry.RegistryOptions`).

    Example:
        >>> with Harbor("https://harbor.example.com", username="admin",
        ...             password="...") as harbor:            # doctest: +SKIP
        ...     for project in harbor.projects.iter():
        ...         print(project.name)
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        credentials: Credentials | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = None,
        verify: bool | str | ssl.SSLContext = True,
        retry: RetryPolicy = RetryPolicy(),
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: Callable[[], str] | None = None,
        harbor_version: str | None = None,
        registry_options: RegistryOptions | None = None,
    ) -> None:
        super().__init__(
            url,
            username=username,
            password=password,
            credentials=credentials,
            auth=auth,
            timeout=timeout,
            verify=verify,
            retry=retry,
            headers=headers,
            request_id=request_id,
            limits=limits,
            harbor_version=harbor_version,
            registry_options=registry_options,
        )
        self._owns_client = http_client is None
        if http_client is not None:
            _refuse_cookies(http_client.cookies)
        self._http_client = http_client
        self._transport = transport
        self._http_lock = threading.Lock()
        self._closed = False
        self._registry: Registry | None = None
        self._registry_lock = threading.Lock()

    @property
    def _http(self) -> httpx.Client:
        # Built on first use: making the TLS context and pool costs more than
        # importing the whole SDK, and a Harbor that is never called needs neither.
        if self._closed:
            raise ClientClosedError(f"{self!r} is closed: make a new one")
        client = self._http_client
        if client is None:
            with self._http_lock:
                if self._http_client is None:
                    options = _client_options(self)
                    if self._transport is not None:
                        options["transport"] = self._transport
                    self._http_client = httpx.Client(**options)
                client = self._http_client
        return client

    @property
    def registry(self) -> Registry:
        """The OCI registry of this Harbor (``/v2/``), with the same credentials.

        Blobs, manifests, tags and artifacts: see
        :class:`harbor_client.registry.Registry`. Requests there use Harbor's token
        service (``/service/token``).
        """
        with self._registry_lock:
            if self._closed:
                raise ClientClosedError(f"{self!r} is closed: make a new one")
            if self._registry is None:
                from .registry import Registry

                options = self._registry_options()
                if self._transport is not None:
                    # The registry lives on the same origin: a transport given
                    # for the API (a mock in tests) serves it too.
                    options["transport"] = self._transport
                http = httpx.Client(**options)
                self._registry = Registry(
                    http, self.url, options=self._registry_settings, project_scoped=True
                )
                self._registry._owns_client = True
            return self._registry

    # -- lifecycle ------------------------------------------------------------------

    def close(self) -> None:
        """Close the connections this object opened (not a client you passed in).

        Closing twice is harmless; a call after closing raises
        :class:`~harbor_client.errors.ClientClosedError`.
        """
        self._closed = True
        if self._registry is not None:
            self._registry.close()
        if self._owns_client and self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- calls ----------------------------------------------------------------------

    def _send(
        self, request: httpx.Request, idempotent: bool, trace: CallTrace | None = None
    ) -> _Outcome:
        flow = _retrying(request, self.retry, idempotent, trace or CallTrace(request))
        step = next(flow)
        while True:
            try:
                if isinstance(step, _Sleep):
                    time.sleep(step.seconds)
                    step = flow.send(None)
                    continue
                try:
                    response = self._http.send(step.request, auth=self._auth)
                except httpx.TransportError as exc:
                    step = flow.throw(exc)
                    continue
                step = flow.send(response)
            except StopIteration as done:
                outcome: _Outcome = done.value
                return outcome
            except httpx.TransportError as exc:
                raise self._transport_error(request, exc) from exc

    def _call_detailed(self, op: Operation, args: Mapping[str, Any]) -> Result[Any]:
        """Send one operation and return the parsed body with the response."""
        request = self._build(op, args)
        with CallTrace.around(op, request) as trace:
            return self._finish(op, self._send(request, op.is_idempotent, trace))

    def _call(self, op: Operation, args: Mapping[str, Any]) -> Any:
        return self._call_detailed(op, args).parsed

    def _paginate(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        page_size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        max_items: int | None = None,
    ) -> Paginator[Any]:
        from .pagination import Paginator

        return Paginator(
            self,
            op,
            dict(args),
            page_size=page_size,
            start_page=start_page,
            max_items=max_items,
        )

    # -- conveniences ---------------------------------------------------------------

    def detect_version(self) -> str | None:
        """Ask the server its version (``systeminfo``) and use it from now on.

        Returns the version, or None when the server does not say: Harbor shows it
        to authenticated callers only, since v2.13. See :attr:`harbor_version`.
        """
        info = self.system.get_info()
        reported = getattr(info, "harbor_version", None)
        return self._use_version(reported if isinstance(reported, str) else None)

    def whoami(self) -> UserResp:
        """The user these credentials log in as (``GET /users/current``).

        Harbor treats bad credentials as anonymous access instead of refusing them,
        so this is the way to check them.

        Raises:
            UnauthorizedError: the credentials were not accepted (or none were given).
            PreconditionFailedError: the credentials are a robot account's, which has
                no user record (they are valid).
        """
        try:
            user: UserResp = self.users.get_current()
        except UnauthorizedError as exc:
            raise _not_accepted(exc) from exc
        return user


class AsyncHarbor(_HarborCore, AsyncHarborNamespaces):
    """A client for one Harbor server, for asyncio code.

    Takes the same arguments as :class:`Harbor` (with ``httpx.AsyncClient`` and an
    async transport). Use ``async with AsyncHarbor(...) as harbor:`` or call
    :meth:`aclose`.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        credentials: Credentials | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = None,
        verify: bool | str | ssl.SSLContext = True,
        retry: RetryPolicy = RetryPolicy(),
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: Callable[[], str] | None = None,
        harbor_version: str | None = None,
        registry_options: RegistryOptions | None = None,
    ) -> None:
        super().__init__(
            url,
            username=username,
            password=password,
            credentials=credentials,
            auth=auth,
            timeout=timeout,
            verify=verify,
            retry=retry,
            headers=headers,
            request_id=request_id,
            limits=limits,
            harbor_version=harbor_version,
            registry_options=registry_options,
        )
        self._owns_client = http_client is None
        if http_client is not None:
            _refuse_cookies(http_client.cookies)
        self._http_client = http_client
        self._transport = transport
        self._http_lock = threading.Lock()
        self._closed = False
        self._registry: AsyncRegistry | None = None

    @property
    def _http(self) -> httpx.AsyncClient:
        # Built on first use, as for Harbor.
        if self._closed:
            raise ClientClosedError(f"{self!r} is closed: make a new one")
        client = self._http_client
        if client is None:
            with self._http_lock:
                if self._http_client is None:
                    options = _client_options(self)
                    if self._transport is not None:
                        options["transport"] = self._transport
                    self._http_client = httpx.AsyncClient(**options)
                client = self._http_client
        return client

    @property
    def registry(self) -> AsyncRegistry:
        """The OCI registry of this Harbor (``/v2/``), with the same credentials.

        See :class:`harbor_client.registry.AsyncRegistry`.
        """
        if self._closed:
            raise ClientClosedError(f"{self!r} is closed: make a new one")
        if self._registry is None:
            from .registry import AsyncRegistry

            options = self._registry_options(asynchronous=True)
            if self._transport is not None:
                options["transport"] = self._transport
            http = httpx.AsyncClient(**options)
            self._registry = AsyncRegistry(
                http, self.url, options=self._registry_settings, project_scoped=True
            )
            self._registry._owns_client = True
        return self._registry

    async def aclose(self) -> None:
        """Close the connections this object opened (not a client you passed in).

        Closing twice is harmless; a call after closing raises
        :class:`~harbor_client.errors.ClientClosedError`.
        """
        self._closed = True
        if self._registry is not None:
            await self._registry.aclose()
        if self._owns_client and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _send(
        self, request: httpx.Request, idempotent: bool, trace: CallTrace | None = None
    ) -> _Outcome:
        import asyncio

        flow = _retrying(request, self.retry, idempotent, trace or CallTrace(request))
        step = next(flow)
        while True:
            try:
                if isinstance(step, _Sleep):
                    await asyncio.sleep(step.seconds)
                    step = flow.send(None)
                    continue
                try:
                    response = await self._http.send(step.request, auth=self._auth)
                except httpx.TransportError as exc:
                    step = flow.throw(exc)
                    continue
                step = flow.send(response)
            except StopIteration as done:
                outcome: _Outcome = done.value
                return outcome
            except httpx.TransportError as exc:
                raise self._transport_error(request, exc) from exc

    async def _call_detailed(
        self, op: Operation, args: Mapping[str, Any]
    ) -> Result[Any]:
        """Send one operation and return the parsed body with the response."""
        request = self._build(op, args)
        with CallTrace.around(op, request) as trace:
            outcome = await self._send(request, op.is_idempotent, trace)
            return self._finish(op, outcome)

    async def _call(self, op: Operation, args: Mapping[str, Any]) -> Any:
        return (await self._call_detailed(op, args)).parsed

    def _paginate(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        page_size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> AsyncPaginator[Any]:
        from .pagination import AsyncPaginator

        return AsyncPaginator(
            self,
            op,
            dict(args),
            page_size=page_size,
            start_page=start_page,
            max_items=max_items,
            concurrency=concurrency,
        )

    async def detect_version(self) -> str | None:
        """Ask the server its version; see :meth:`Harbor.detect_version`."""
        info = await self.system.get_info()
        reported = getattr(info, "harbor_version", None)
        return self._use_version(reported if isinstance(reported, str) else None)

    async def whoami(self) -> UserResp:
        """The user these credentials log in as; see :meth:`Harbor.whoami`."""
        try:
            user: UserResp = await self.users.get_current()
        except UnauthorizedError as exc:
            raise _not_accepted(exc) from exc
        return user


def _not_accepted(exc: UnauthorizedError) -> UnauthorizedError:
    return UnauthorizedError(
        status_code=exc.status_code,
        method=exc.method,
        url=exc.url,
        errors=exc.errors,
        request_id=exc.request_id,
        body_excerpt=exc.body_excerpt,
        response=exc.response,
        hint=(
            "the credentials were not accepted: Harbor treats wrong credentials as "
            "anonymous access, so check the username and password or robot secret"
        ),
    )
