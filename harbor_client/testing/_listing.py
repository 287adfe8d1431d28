"""Harbor's list semantics, in one place: page, ``q``, ``sort``, totals and ``Link``.

Every list endpoint of the local Harbor goes through this module, so its behaviour
matches the real server's in one place:

* ``page``/``page_size`` are applied as Harbor's ORM does: a size of 0 or less means
  no LIMIT, a page of 0 or less means no OFFSET.
* ``q`` is parsed as ``src/lib/q`` does (after a second URL-decoding) and applied as
  ``src/lib/orm`` does: unknown keys are ignored, ``~`` is a case-insensitive
  substring, ``[a~b]`` an inclusive range, ``{a b}`` an IN list, ``(a b)`` an AND
  list only models with their own filter for it understand.
* ``sort`` keeps the keys the model knows and falls back to the model's default.
* ``X-Total-Count`` is always set and ``Link`` is written exactly as Harbor's
  ``BaseAPI.Links`` writes it: relative, ``prev``/``next`` only, keys sorted, the
  query unescaped, links joined by ``" , "``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any, Generic, Literal, TypeVar

from ._wire import (
    Request,
    Response,
    bad_request,
    format_time,
    go_query_unescape,
    json_response,
    parse_query,
)

R = TypeVar("R")

Scalar = str | int | datetime
Kind = Literal["str", "int", "time", "bool"]
Predicate = Callable[[R], bool]


@dataclass(frozen=True, slots=True)
class Fuzzy:
    """``k=~v``: the value contains ``text``, ignoring case."""

    text: str


@dataclass(frozen=True, slots=True)
class Range:
    """``k=[low~high]``, inclusive; an empty bound is ``None``."""

    low: Scalar | None
    high: Scalar | None


@dataclass(frozen=True, slots=True)
class AnyOf:
    """``k={a b c}``: the value is one of the items (SQL ``IN``)."""

    items: tuple[Scalar, ...]


@dataclass(frozen=True, slots=True)
class AllOf:
    """``k=(a b c)``: every item applies; only a model's own filter can say how."""

    items: tuple[Scalar, ...]


# -- the q language ------------------------------------------------------------------

_MISSING_EQUALS = 'the query string must contain "=" and the key/value cannot be empty'
_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?")
_INT = re.compile(r"[+-]?[0-9]+")
_INT64 = range(-(2**63), 2**63)


class _Malformed(ValueError):
    pass


def parse_q(q: str) -> dict[str, Any]:
    """The keywords of a ``q`` value the router has already URL-decoded once.

    Harbor decodes it a second time, so ``%2B`` in a value arrives as a space and a
    literal ``%`` must be sent as ``%2525``; when that second decoding fails Harbor
    only logs it and goes on with the text as it was.
    """
    if not q:
        return {}
    with contextlib.suppress(ValueError):
        q = go_query_unescape(q)
    keywords: dict[str, Any] = {}
    # Terms are split on every comma: a value can never hold one.
    for term in q.split(","):
        key, equals, value = term.partition("=")
        if not equals or not key or not value:
            raise bad_request(_MISSING_EQUALS)
        try:
            keywords[key] = _pattern(value)
        except _Malformed:
            raise bad_request(f"invalid query string value: {value}") from None
    return keywords


def _pattern(value: str) -> Any:
    head = value[0]
    if head == "~":
        if len(value) < 2:
            raise _Malformed
        return Fuzzy(value[1:])
    if head == "[":
        if value[-1] != "]" or value.count("~") != 1:
            raise _Malformed
        low, high = (bound.strip() for bound in value[1:-1].split("~"))
        if not low and not high:
            raise _Malformed
        return Range(_typed(low) if low else None, _typed(high) if high else None)
    if head in "{(":
        closing = "}" if head == "{" else ")"
        if value[-1] != closing:
            raise _Malformed
        items = tuple(
            item
            for item in (_typed(part) for part in value[1:-1].split(" "))
            if item != ""
        )
        return AnyOf(items) if head == "{" else AllOf(items)
    # A leading backslash lets an exact value start with ~ [ { or (.
    return value[1:] if head == "\\" else value


def _typed(text: str) -> Scalar:
    """A range bound or list item: a time (no zone: UTC), an int, or a string."""
    text = text.strip()
    moment = _TIME.fullmatch(text)
    if moment:
        year, month, day, hour, minute, second, fraction = moment.groups()
        try:
            return datetime(
                int(year), int(month), int(day), int(hour), int(minute), int(second),
                int((fraction or "0")[:6].ljust(6, "0")), tzinfo=UTC,
            )  # fmt: skip
        except ValueError:
            pass
    if _INT.fullmatch(text) and int(text) in _INT64:
        return int(text)
    return text.strip("\"'")


def parse_sort(sort: str) -> list[tuple[str, bool]]:
    """``sort=k1,-k2`` as (key, descending) pairs, in order."""
    if not sort:
        return []
    return [
        (key[1:], True) if key.startswith("-") else (key, False)
        for key in sort.split(",")
    ]


# -- models: which keys filter and sort, and how --------------------------------------

#: the whitelist of ``key__op`` suffixes Harbor accepts since v2.13.2 / v2.14.0
_OPERATORS = frozenset({"icontains", "in", "gte", "lte", "gt", "lt", "exact"})


@dataclass(frozen=True, slots=True)
class Column:
    """A database column: the record attribute that holds it, and its SQL type."""

    attr: str
    kind: Kind


@dataclass(frozen=True)
class Model(Generic[R]):
    """What ``q`` and ``sort`` can name for one kind of record.

    ``columns`` maps every accepted key, both the Go field name and the column name
    (``ProjectID`` and ``project_id``), to its column. ``filters`` are the model's own
    ``FilterBy...`` functions: each takes the keyword's value and returns a predicate,
    or ``None`` when it does not apply to such a value, exactly like a DAO filter
    that returns the query unchanged.
    """

    columns: Mapping[str, Column]
    default_order: tuple[tuple[str, bool], ...]
    filters: Mapping[str, Callable[[Any], Predicate[R] | None]] = field(
        default_factory=dict
    )

    def select(self, records: Iterable[R], keywords: Mapping[str, Any]) -> list[R]:
        """The records that every keyword this model understands lets through."""
        predicates = [
            predicate
            for key, value in keywords.items()
            if (predicate := self._predicate(key, value)) is not None
        ]
        if not predicates:
            return list(records)
        return [r for r in records if all(p(r) for p in predicates)]

    def order(self, records: Iterable[R], sorts: Sequence[tuple[str, bool]]) -> list[R]:
        """Sorted by the known keys of ``sorts``, else by the model's default.

        A caller's sort replaces the default completely, with no id tiebreaker, as
        in Harbor; equal rows then keep their insertion order.
        """
        keys = [(self.columns[k], desc) for k, desc in sorts if k in self.columns]
        if not keys:
            keys = [(self.columns[k], desc) for k, desc in self.default_order]
        ordered = list(records)
        for column, desc in reversed(keys):
            ordered = _sorted_by(ordered, column.attr, desc)
        return ordered

    def _predicate(self, key: str, value: Any) -> Predicate[R] | None:
        if key in self.filters:
            return self.filters[key](value)
        base, _, operator = key.partition("__")
        column = self.columns.get(base)
        if column is None or (operator and operator not in _OPERATORS):
            return None
        if operator:
            return _operator_predicate(column, operator, value)
        return _term_predicate(column, value)


def columns(*specs: tuple[str, str, Kind]) -> dict[str, Column]:
    """Keys for (Go field name, column name, kind) triples; the record attribute is
    the column name."""
    table: dict[str, Column] = {}
    for go_name, column_name, kind in specs:
        table[go_name] = table[column_name] = Column(column_name, kind)
    return table


def is_true(value: Any) -> bool:
    """Harbor's ``isTrue`` for ``public``: a bool, or "true"/"1" in any case."""
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.lower() in {"true", "1"}


class _NoMatch:
    """A value PostgreSQL could not compare with the column; the row is left out."""


_NO_MATCH = _NoMatch()
_PG_TRUE = {"t", "true", "y", "yes", "on", "1"}
_PG_FALSE = {"f", "false", "n", "no", "off", "0"}


def _coerce(kind: Kind, value: Any) -> Any:
    """A keyword value as PostgreSQL would read it for a column of ``kind``."""
    if kind == "str":
        return format_time(value) if isinstance(value, datetime) else str(value)
    if kind == "int":
        if isinstance(value, int):
            return int(value)
        if isinstance(value, str) and _INT.fullmatch(value.strip()):
            return int(value)
        return _NO_MATCH
    if kind == "bool":
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        return True if word in _PG_TRUE else False if word in _PG_FALSE else _NO_MATCH
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        # The string reaches PostgreSQL as an untyped literal, which it casts to a
        # timestamp: "2025-01-02", "2025-01-02 03:04:05" and the T form all work.
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return _NO_MATCH
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return _NO_MATCH


def _term_predicate(column: Column, value: Any) -> Predicate[Any] | None:
    attr, kind = column.attr, column.kind
    if isinstance(value, Fuzzy):
        needle = value.text.lower()
        return lambda r: needle in _text(getattr(r, attr)).lower()
    if isinstance(value, Range):
        low, high = (
            None if b is None else _coerce(kind, b) for b in (value.low, value.high)
        )
        return lambda r: _within(getattr(r, attr), low, high)
    if isinstance(value, AnyOf):
        if not value.items:
            return None
        wanted = [_coerce(kind, item) for item in value.items]
        return lambda r: getattr(r, attr) in wanted
    if isinstance(value, AllOf):
        return None
    expected = _coerce(kind, value)
    return lambda r: getattr(r, attr) == expected


def _operator_predicate(
    column: Column, operator: str, value: Any
) -> Predicate[Any] | None:
    if not isinstance(value, str | int):
        return None
    if operator == "icontains":
        return _term_predicate(column, Fuzzy(str(value)))
    if operator in {"exact", "in"}:
        return _term_predicate(column, value)
    bound = _coerce(column.kind, value)
    attr = column.attr
    compare: dict[str, Callable[[Any], bool]] = {
        "gt": lambda v: v > bound,
        "gte": lambda v: v >= bound,
        "lt": lambda v: v < bound,
        "lte": lambda v: v <= bound,
    }
    return lambda r: (
        _comparable(getattr(r, attr), bound) and compare[operator](getattr(r, attr))
    )


def _comparable(value: Any, bound: Any) -> bool:
    return value is not None and bound is not _NO_MATCH


def _within(value: Any, low: Any, high: Any) -> bool:
    if value is None or low is _NO_MATCH or high is _NO_MATCH:
        return False
    return (low is None or low <= value) and (high is None or value <= high)


def _text(value: Any) -> str:
    return format_time(value) if isinstance(value, datetime) else str(value)


def _sorted_by(records: list[R], attr: str, desc: bool) -> list[R]:
    """One stable pass of an ORDER BY; PostgreSQL puts NULLs last ascending and
    first descending."""
    try:
        # Comparing None with a value raises, so this only succeeds without NULLs.
        return sorted(records, key=attrgetter(attr), reverse=desc)
    except TypeError:
        pass
    present = sorted(
        (r for r in records if getattr(r, attr) is not None),
        key=attrgetter(attr),
        reverse=desc,
    )
    missing = [r for r in records if getattr(r, attr) is None]
    return missing + present if desc else present + missing


# -- pages, totals, links -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListQuery:
    """A list request's keywords, sort keys and page, as a handler builds on them."""

    keywords: dict[str, Any]
    sorts: list[tuple[str, bool]]
    page: int
    page_size: int

    @classmethod
    def read(cls, params: Mapping[str, Any]) -> ListQuery:
        """From bound parameters (``q``, ``sort``, ``page``, ``page_size``)."""
        return cls(
            keywords=parse_q(params.get("q") or ""),
            sorts=parse_sort(params.get("sort") or ""),
            page=params.get("page", 1),
            page_size=params.get("page_size", 10),
        )


def window(items: Sequence[R], page: int, page_size: int) -> list[R]:
    """One page as the ORM takes it: no LIMIT for a size of 0 or less, and no OFFSET
    for a page of 0 or less."""
    if page_size <= 0:
        return list(items)
    offset = page_size * (page - 1) if page > 0 else 0
    return list(items[offset : offset + page_size])


def list_response(
    request: Request,
    query: ListQuery,
    records: Sequence[R],
    render: Callable[[R], Any],
) -> Response:
    """The page of already selected and ordered ``records`` that ``query`` asks for."""
    rows = window(records, query.page, query.page_size)
    return page_response(request, [render(r) for r in rows], len(records), query)


def page_response(
    request: Request, rows: list[Any], total: int, query: ListQuery
) -> Response:
    """A JSON array with ``X-Total-Count`` and, when there is one, ``Link``."""
    response = json_response(rows)
    response.headers.append(("X-Total-Count", str(total)))
    link = link_header(request, query.page, query.page_size, total)
    if link:
        response.headers.append(("Link", link))
    return response


def link_header(request: Request, page: int, page_size: int, total: int) -> str:
    """``Link`` as ``BaseAPI.Links`` builds it, quirks included.

    The URL is the request's own path (no scheme, no host) with its query rebuilt:
    ``page`` and ``page_size`` overwritten, keys sorted, and the whole query then
    URL-unescaped, so ``q=name=~a b`` and ``{x y}`` appear raw. Go's encoder followed
    by the unescape amounts to writing keys and values as they are. The ``next`` link
    is rebuilt from the already unescaped ``prev`` query when there is one, which is
    how a literal ``+`` or ``&`` in a value gets corrupted in the real header.
    """
    if page_size == 0:
        return ""
    query = parse_query(request.raw_query)[0]
    links: list[str] = []
    if page > 1 and (page - 1) * page_size < total:
        raw = _rebuilt_query(query, page - 1, page_size)
        links.append(f'<{request.raw_path}?{raw}>; rel="prev"')
        query = parse_query(raw)[0]
    if page_size * page < total:
        raw = _rebuilt_query(query, page + 1, page_size)
        links.append(f'<{request.raw_path}?{raw}>; rel="next"')
    return " , ".join(links)


def _rebuilt_query(query: Mapping[str, list[str]], page: int, page_size: int) -> str:
    values = {**query, "page": [str(page)], "page_size": [str(page_size)]}
    return "&".join(f"{key}={value}" for key in sorted(values) for value in values[key])
