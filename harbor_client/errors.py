"""Typed errors: the one place where a non-2xx answer becomes an exception.

Harbor's own error body is ``{"errors": [{"code": "...", "message": "..."}]}``; the
registry behind ``/v2/`` adds a ``detail`` field; proxies in front of Harbor answer
with HTML, and several endpoints answer errors with an empty body.
:func:`raise_for_response` reads all of these without ever failing on the body
itself, and picks the exception class from the status code.

Messages name the method, the URL (without query secrets or userinfo), Harbor's codes
and messages and the request id; they never contain a credential.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "ErrorDetail",
    "ForbiddenError",
    "HarborError",
    "HarborHTTPError",
    "HarborResponseError",
    "NotAvailableError",
    "NotFoundError",
    "PreconditionFailedError",
    "RequestTooLargeError",
    "ServerError",
    "TooManyRequestsError",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "mask_userinfo",
    "raise_for_response",
    "safe_url",
]

#: How much of a body that is not Harbor's JSON is kept on an error, in characters.
BODY_EXCERPT_LIMIT = 500


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One entry of Harbor's (or the registry's) error list."""

    code: str
    message: str
    detail: Any = None

    def __str__(self) -> str:
        return f"{self.code}: {self.message}" if self.code else self.message


class HarborError(Exception):
    """Base of every exception this SDK raises on purpose."""


class TransportError(HarborError):
    """The request could not be completed: connection refused, reset, timed out.

    The original httpx exception is the ``__cause__``.
    """

    def __init__(self, message: str, *, method: str, url: str, request_id: str | None):
        self.method = method
        self.url = url
        self.request_id = request_id
        suffix = f" (request id {request_id})" if request_id else ""
        super().__init__(f"{method} {url} failed: {message}{suffix}")


class ClientClosedError(HarborError):
    """The client was closed; calls need a new one."""


class NotAvailableError(HarborError):
    """The operation does not exist on the Harbor version this client talks to."""


class HarborHTTPError(HarborError):
    """Harbor (or something in front of it) answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        errors: every entry of the error body, in order; empty when the body was not
            Harbor's JSON (an HTML page from a proxy, an empty body).
        request_id: the ``X-Request-Id`` of the exchange, to match Harbor's logs.
        method, url: what was asked, with the query's secrets and any userinfo removed.
        body_excerpt: the start of a body that was not Harbor's JSON.
        response: the raw :class:`httpx.Response`, for headers.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        errors: tuple[ErrorDetail, ...] = (),
        request_id: str | None = None,
        body_excerpt: str = "",
        response: httpx.Response | None = None,
        hint: str = "",
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.errors = errors
        self.request_id = request_id
        self.body_excerpt = body_excerpt
        self.response = response
        self.hint = hint
        super().__init__(self._compose())

    @property
    def codes(self) -> tuple[str, ...]:
        """Harbor's error codes, such as ``("NOT_FOUND",)``."""
        return tuple(e.code for e in self.errors)

    @property
    def messages(self) -> tuple[str, ...]:
        """Harbor's error messages, in order."""
        return tuple(e.message for e in self.errors)

    def _compose(self) -> str:
        text = f"{self.method} {self.url} -> {self.status_code}"
        if self.errors:
            text += ": " + "; ".join(str(e) for e in self.errors)
        elif self.body_excerpt:
            text += f": {self.body_excerpt[:200]!r}"
        if self.hint:
            text += f". {self.hint}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class BadRequestError(HarborHTTPError):
    """400: malformed request (bad ``q``, bad body, DELETE of a tag on ``/v2/``)."""


class UnauthorizedError(HarborHTTPError):
    """401: anonymous where a user is needed, or (on ``/v2/``) no permission."""


class ForbiddenError(HarborHTTPError):
    """403: no permission, read-only mode, quota exceeded, or a CSRF refusal."""


class NotFoundError(HarborHTTPError):
    """404: the resource does not exist (or the path is unknown)."""


class ConflictError(HarborHTTPError):
    """409: a resource with that name already exists."""


class PreconditionFailedError(HarborHTTPError):
    """412: immutable tag, non-empty project, referenced artifact, policy violation."""


class RequestTooLargeError(HarborHTTPError):
    """413: a proxy in front of Harbor refused the body size."""


class UnprocessableEntityError(HarborHTTPError):
    """422: parameter or body validation failed (e.g. ``page_size`` above 100)."""


class TooManyRequestsError(HarborHTTPError):
    """429: rate limited (proxy-cache projects whose upstream limits Harbor)."""


class ServerError(HarborHTTPError):
    """5xx: Harbor masks every internal error as ``UNKNOWN: internal server error``."""


class HarborResponseError(HarborError):
    """A 2xx answer whose body could not be read as the operation promises."""

    def __init__(self, message: str, *, method: str, url: str, request_id: str | None):
        self.method = method
        self.url = url
        self.request_id = request_id
        suffix = f" (request id {request_id})" if request_id else ""
        super().__init__(f"{method} {url}: {message}{suffix}")


_BY_STATUS: dict[int, type[HarborHTTPError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
}


def error_class(status_code: int) -> type[HarborHTTPError]:
    """The exception class for a status code."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, HarborHTTPError)


def parse_error_body(response: httpx.Response) -> tuple[tuple[ErrorDetail, ...], str]:
    """Read Harbor's error list from a response, tolerating any body.

    Returns the entries and, when the body was not an error list, an excerpt of it.
    """
    raw = _read_body(response)
    if not raw:
        return (), ""
    content_type = response.headers.get("content-type", "")
    looks_json = "json" in content_type or raw.lstrip()[:1] in (b"{", b"[")
    if looks_json:
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        entries = _entries(data)
        if entries:
            return entries, ""
    return (), raw[:BODY_EXCERPT_LIMIT].decode("utf-8", "replace")


def _read_body(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        # A streamed response that the caller did not read: say nothing about its body.
        return b""


def _entries(data: Any) -> tuple[ErrorDetail, ...]:
    if not isinstance(data, dict):
        return ()
    items = data.get("errors")
    if not isinstance(items, list):
        # A few answers carry a single object ({"code": ..., "message": ...}).
        items = [data] if "message" in data or "code" in data else []
    found = []
    for item in items:
        if isinstance(item, dict):
            found.append(
                ErrorDetail(
                    code=str(item.get("code") or ""),
                    message=str(item.get("message") or ""),
                    detail=item.get("detail"),
                )
            )
    return tuple(found)


def _redact(text: str, authorization: str | None) -> str:
    """``text`` without the request's credentials, should a server echo them back."""
    if not text or not authorization:
        return text
    secret = authorization.partition(" ")[2].strip() or authorization
    return text.replace(secret, "***") if len(secret) >= 4 else text


def safe_url(url: httpx.URL) -> str:
    """The URL as it may appear in a message or log line.

    No userinfo, and no query: a query can hold secrets (a presigned object-store
    URL's signature and session token, an upload's ``_state``).
    """
    if url.userinfo or url.query:
        url = url.copy_with(username=None, password=None, query=None)
    return str(url)


def mask_userinfo(url: str) -> str:
    """``url`` as text for a message, with anything before an ``@`` masked.

    For URLs that did not even parse, where :func:`safe_url` cannot be used.
    """
    head, at, tail = url.rpartition("@")
    if not at:
        return url
    scheme, sep, _ = head.partition("://")
    return f"{scheme}{sep}***@{tail}" if sep else f"***@{tail}"


def build_error(response: httpx.Response, *, hint: str = "") -> HarborHTTPError:
    """The typed exception for a non-2xx response (not raised)."""
    errors, excerpt = parse_error_body(response)
    request = response.request
    excerpt = _redact(excerpt, request.headers.get("authorization"))
    request_id = response.headers.get("x-request-id") or request.headers.get(
        "x-request-id"
    )
    return error_class(response.status_code)(
        status_code=response.status_code,
        method=request.method,
        url=safe_url(request.url),
        errors=errors,
        request_id=request_id,
        body_excerpt=excerpt,
        response=response,
        hint=hint,
    )


def raise_for_response(response: httpx.Response, *, hint: str = "") -> None:
    """Raise the typed exception for a non-2xx response; do nothing on 2xx."""
    if 200 <= response.status_code < 300:
        return
    raise build_error(response, hint=hint)
