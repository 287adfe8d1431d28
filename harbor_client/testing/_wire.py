"""Requests, responses and the byte-level habits of Harbor core's Go stack.

Harbor core is a Go program, so what a client sees on the wire follows Go's standard
library: ``net/url`` decides how a query is split and unescaped, ``encoding/json``
how bodies look, and ``lib/http.SendError`` how every error is written. The helpers
here reproduce those habits so the rest of the local Harbor can speak in Python
values.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

#: ``Content-Type`` of Harbor's error bodies (``lib/http.SendError``).
ERROR_CONTENT_TYPE = "application/json; charset=utf-8"
#: ``Content-Type`` go-swagger's JSON producer writes on a 2xx body.
JSON_CONTENT_TYPE = "application/json"

_HEX = "0123456789ABCDEFabcdef"


class ApiError(Exception):
    """An answer in Harbor's error shape: ``{"errors":[{"code","message"}]}``.

    Raised anywhere while a request is handled; the app turns it into a response.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


def framework_error(status: int, message: str) -> ApiError:
    """An error raised by the go-swagger layer, whose code is the status text.

    Harbor derives the code from the HTTP reason phrase, upper-cased, with spaces
    turned into underscores (``UNPROCESSABLE_ENTITY``, ``METHOD_NOT_ALLOWED``).
    """
    code = HTTPStatus(status).phrase.upper().replace(" ", "_")
    return ApiError(status, code, message)


def bad_request(message: str) -> ApiError:
    return ApiError(400, "BAD_REQUEST", message)


def unauthorized() -> ApiError:
    return ApiError(401, "UNAUTHORIZED", "unauthorized")


def forbidden(message: str = "forbidden") -> ApiError:
    return ApiError(403, "FORBIDDEN", message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", message)


@dataclass(frozen=True, slots=True)
class Request:
    """One request as Harbor core receives it (after nginx)."""

    method: str
    #: the path exactly as sent, still percent-encoded
    raw_path: str
    #: the query string exactly as sent, without the ``?``
    raw_query: str
    #: header names and values in arrival order
    header_items: tuple[tuple[str, str], ...]
    body: bytes = b""
    #: a body still on the socket, read as it is forwarded (``/v2/`` uploads);
    #: ``body`` is then empty
    stream: Iterable[bytes] | None = None

    @classmethod
    def build(
        cls,
        method: str,
        target: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes = b"",
        stream: Iterable[bytes] | None = None,
    ) -> Request:
        raw_path, _, raw_query = target.partition("?")
        items = headers.items() if isinstance(headers, Mapping) else headers
        return cls(method.upper(), raw_path, raw_query, tuple(items), body, stream)

    def content(self) -> Iterable[bytes]:
        """The body as chunks, whether it was read already or is still streaming."""
        if self.stream is not None:
            return self.stream
        return (self.body,) if self.body else ()

    def header(self, name: str) -> str | None:
        """The first value of a header, matched without regard to case."""
        wanted = name.lower()
        for key, value in self.header_items:
            if key.lower() == wanted:
                return value
        return None

    @property
    def path(self) -> str:
        """The path decoded once, as Go's ``URL.Path``; repeated slashes merged.

        Harbor's slash-merging middleware runs before routing, so ``//`` is ``/``.
        """
        return re.sub("/{2,}", "/", unquote(self.raw_path, errors="strict"))

    @property
    def query(self) -> dict[str, list[str]]:
        """The query as Go's ``URL.Query()`` reads it: bad pairs silently dropped."""
        return parse_query(self.raw_query)[0]

    def query_value(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    @property
    def cookies(self) -> dict[str, str]:
        """Cookies of the ``Cookie`` headers; the first of a repeated name wins."""
        jar: dict[str, str] = {}
        for key, value in self.header_items:
            if key.lower() != "cookie":
                continue
            for pair in value.split(";"):
                name, sep, content = pair.strip().partition("=")
                if sep and name and name not in jar:
                    jar[name] = content.strip().strip('"')
        return jar


@dataclass(slots=True)
class Response:
    """One response of the local Harbor: status, headers in order, body bytes.

    A body relayed from the registry is a ``stream`` instead, with its length in a
    ``Content-Length`` header when known; ``close`` releases what it was read from.
    """

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    stream: Iterator[bytes] | None = None
    close: Callable[[], None] | None = None

    def read(self) -> bytes:
        """Turn a streamed body into ``body`` (for callers without a socket)."""
        if self.stream is not None:
            try:
                self.body = b"".join(self.stream)
            finally:
                self.stream = None
                self.release()
        return self.body

    def release(self) -> None:
        """Give back what a streamed body was read from (safe to call twice)."""
        close, self.close = self.close, None
        if close is not None:
            close()

    def header(self, name: str) -> str | None:
        """The first value of a header, matched without regard to case."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    def set_header(self, name: str, value: str) -> None:
        """Replace every header of that name with one value."""
        self.remove_header(name)
        self.headers.append((name, value))

    def remove_header(self, name: str) -> None:
        """Drop every header of that name."""
        wanted = name.lower()
        self.headers = [(k, v) for k, v in self.headers if k.lower() != wanted]

    def json(self) -> Any:
        """The body read as JSON."""
        return json.loads(self.body)


def json_response(payload: Any, status: int = 200) -> Response:
    """A 2xx JSON body as go-swagger's producer writes it: no HTML escaping, a newline.

    Keys are sorted, which is the order Go gives map keys and, for the generated
    models, the order their properties are declared in.
    """
    body = json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return Response(
        status, [("Content-Type", JSON_CONTENT_TYPE)], (body + "\n").encode()
    )


def empty_response(status: int = 200) -> Response:
    """A response without a schema: go-swagger removes its ``Content-Type``."""
    return Response(status)


def error_response(error: ApiError) -> Response:
    """Harbor's ``SendError``: one error, Go's HTML-safe JSON, a trailing newline.

    Every status from 500 up is masked, whatever caused it; the cause stays in the
    server's log, never in the body.
    """
    code, message = error.code, error.message
    if error.status >= 500:
        code, message = "UNKNOWN", "internal server error"
    body = go_marshal({"errors": [{"code": code, "message": message}]})
    return Response(
        error.status, [("Content-Type", ERROR_CONTENT_TYPE)], (body + "\n").encode()
    )


def go_marshal(payload: Any) -> str:
    """``json.Marshal``: compact, sorted keys, and ``<``, ``>``, ``&`` escaped."""
    text = json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def go_query_unescape(text: str) -> str:
    """``url.QueryUnescape``: ``+`` is a space; a malformed ``%`` escape raises.

    The :class:`ValueError` carries Go's message, ``invalid URL escape "%zz"``.
    """
    out = bytearray()
    i = 0
    while i < len(text):
        char = text[i]
        if char == "%":
            escape = text[i : i + 3]
            if len(escape) < 3 or escape[1] not in _HEX or escape[2] not in _HEX:
                raise ValueError(f'invalid URL escape "{escape}"')
            out.append(int(escape[1:], 16))
            i += 3
            continue
        out.extend(b" " if char == "+" else char.encode())
        i += 1
    return out.decode("utf-8", errors="replace")


def parse_query(raw_query: str) -> tuple[dict[str, list[str]], str | None]:
    """``url.ParseQuery``: the values, and Go's message for the first bad pair.

    Pairs holding a ``;`` or a malformed escape are dropped; Go reports the first
    problem but keeps the rest, which is what ``URL.Query()`` then hands to handlers.
    """
    values: dict[str, list[str]] = {}
    problem: str | None = None
    for pair in raw_query.split("&"):
        if ";" in pair:
            problem = problem or "invalid semicolon separator in query"
            continue
        if not pair:
            continue
        raw_key, _, raw_value = pair.partition("=")
        try:
            key, value = go_query_unescape(raw_key), go_query_unescape(raw_value)
        except ValueError as exc:
            problem = problem or str(exc)
            continue
        values.setdefault(key, []).append(value)
    return values, problem


def go_bool(text: str) -> bool:
    """How go-openapi reads a boolean parameter: a few words are true, all else not."""
    return text.lower() in {
        "true", "yes", "ok", "1", "y", "on", "selected", "checked", "t", "enabled",
    }  # fmt: skip


#: Go's zero ``time.Time`` as go-openapi's ``strfmt.DateTime`` writes it.
ZERO_TIME = "0001-01-01T00:00:00.000Z"


# Lists write two or three times per row and the same rows page after page; the
# conversion costs more than the cache's lookup.
@functools.lru_cache(maxsize=1 << 16)
def format_time(moment: datetime | None) -> str:
    """``strfmt.DateTime``: UTC, millisecond precision, ``Z``; ``None`` is Go's zero."""
    if moment is None:
        return ZERO_TIME
    # isoformat in UTC ends in "+00:00", which Go writes as "Z".
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


def now() -> datetime:
    """The current time at the millisecond precision the database keeps."""
    moment = datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)
