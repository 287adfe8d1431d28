"""The go-swagger layer in front of every ``/api/v2.0`` handler.

Before a handler runs, go-swagger finds the operation (404 ``path ... was not
found``, 405 for a method the path lacks), checks the body's ``Content-Type`` (415)
and the ``Accept`` header (406), and binds and validates the declared parameters
(422, defaults applied). Its messages are go-openapi's, word for word.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._wire import ApiError, Request, Response, framework_error, go_bool

if TYPE_CHECKING:
    from ._auth import Principal
    from ._config import Configuration
    from ._store import Store
    from ._v2 import RegistryFront

API_PREFIX = "/api/v2.0"
_INT64 = re.compile(r"[+-]?[0-9]+")


@dataclass(frozen=True, slots=True)
class Param:
    """A query or header parameter of an operation, as the definition declares it."""

    name: str
    kind: Literal["str", "int", "bool"] = "str"
    default: Any = None
    maximum: int | None = None
    required: bool = False


PAGE = Param("page", "int", default=1)
PAGE_SIZE = Param("page_size", "int", default=10, maximum=100)
#: the shared parameters of every paginated list with ``q`` and ``sort``
LISTING = (Param("q"), Param("sort"), PAGE, PAGE_SIZE)
IS_RESOURCE_NAME = Param("X-Is-Resource-Name", "bool", default=False)


@dataclass
class Call:
    """Everything a handler gets: the request, its bound parameters and the caller."""

    request: Request
    #: path parameters, each decoded once
    path: dict[str, str]
    #: query and header parameters, converted, with the definition's defaults
    params: dict[str, Any]
    body: Any
    principal: Principal
    store: Store
    config: Configuration
    #: the local Harbor's /v2/, for the operations that copy content through it
    registry: RegistryFront | None = None


Handler = Callable[[Call], Response]


@dataclass(frozen=True)
class Route:
    """One operation: method, path template below ``/api/v2.0``, and its contract."""

    method: str
    template: str
    handler: Handler
    query: tuple[Param, ...] = ()
    headers: tuple[Param, ...] = ()
    #: name of the body parameter (``project``); the body is then required JSON
    body: str | None = None
    produces: str = "application/json"

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.template.strip("/").split("/"))


class Router:
    """Finds the operation for a path; literal segments win over parameters."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self._routes = list(routes)

    def resolve(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        below = path[len(API_PREFIX) :].rstrip("/")
        parts = tuple(below.strip("/").split("/"))
        matches = [
            (route, found)
            for route in self._routes
            if (found := _match(route.segments, parts)) is not None
        ]
        if not matches:
            raise framework_error(404, f"path {path} was not found")
        for route, found in sorted(matches, key=lambda m: _specificity(m[0])):
            if route.method == method:
                return route, found
        allowed = ",".join(sorted({route.method for route, _ in matches}))
        raise framework_error(
            405, f"method {method} is not allowed, but [{allowed}] are"
        )


def _match(template: tuple[str, ...], parts: tuple[str, ...]) -> dict[str, str] | None:
    if len(template) != len(parts):
        return None
    found: dict[str, str] = {}
    for expected, actual in zip(template, parts, strict=True):
        if expected.startswith("{"):
            if not actual:
                return None
            found[expected[1:-1]] = actual
        elif expected != actual:
            return None
    return found


def _specificity(route: Route) -> tuple[bool, ...]:
    return tuple(segment.startswith("{") for segment in route.segments)


def bind(route: Route, request: Request) -> tuple[dict[str, Any], Any]:
    """Parameters and body of a request, checked as go-openapi checks them."""
    has_body = bool(request.body)
    if route.body is not None and has_body:
        _check_content_type(request)
    _negotiate(route, request.header("Accept"))

    problems: list[str] = []
    params: dict[str, Any] = {}
    query = request.query
    for param in route.query:
        values = query.get(param.name)
        raw = values[0] if values else ""
        params[param.name] = _convert(param, raw, "query", problems)
    for param in route.headers:
        raw = request.header(param.name) or ""
        params[param.name] = _convert(param, raw, "header", problems)

    body: Any = None
    if route.body is not None:
        if has_body:
            body = _parse_body(route.body, request.body)
        else:
            problems.append(f"{route.body} in body is required")
    if problems:
        raise framework_error(422, "validation failure list:\n" + "\n".join(problems))
    return params, body


def _convert(param: Param, raw: str, where: str, problems: list[str]) -> Any:
    # An empty value counts as absent: the default applies.
    if raw == "":
        if param.required:
            problems.append(f"{param.name} in {where} is required")
        return param.default
    if param.kind == "bool":
        return go_bool(raw)
    if param.kind == "str":
        return raw
    if not _INT64.fullmatch(raw) or not -(2**63) <= int(raw) < 2**63:
        problems.append(f'{param.name} in {where} must be of type int64: "{raw}"')
        return param.default
    value = int(raw)
    if param.maximum is not None and value > param.maximum:
        problems.append(
            f"{param.name} in {where} should be less than or equal to {param.maximum}"
        )
    return value


def _check_content_type(request: Request) -> None:
    # go-openapi takes a body without Content-Type for application/octet-stream.
    declared = request.header("Content-Type") or "application/octet-stream"
    media_type = declared.split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise framework_error(
            415,
            f'unsupported media type "{media_type}", '
            "only [application/json] are allowed",
        )


def _negotiate(route: Route, accept: str | None) -> None:
    if not accept or not accept.strip():
        return
    offered_type, _, offered_subtype = route.produces.partition("/")
    for item in accept.split(","):
        media_range = item.split(";", 1)[0].strip().lower()
        kind, _, subtype = media_range.partition("/")
        if media_range in {"*", "*/*"} or (
            kind == offered_type and subtype in {"*", offered_subtype}
        ):
            return
    raise framework_error(
        406, f"unsupported media type requested, only [{route.produces}] are available"
    )


def _parse_body(name: str, raw: bytes) -> Mapping[str, Any]:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        reason = str(exc).split(":", 1)[0].lower()
        raise ApiError(
            400, "BAD_REQUEST", f'parsing {name} body from "" failed, because {reason}'
        ) from None
    if not isinstance(body, dict):
        raise ApiError(
            400,
            "BAD_REQUEST",
            f'parsing {name} body from "" failed, because json: cannot unmarshal'
            f" {type(body).__name__} into Go value",
        )
    return body
