"""Harbor's ``q`` filter language, written so the server reads what the caller meant.

A ``q`` is a comma separated list of ``key=value`` terms; the shape of the value picks
the match (Harbor's ``src/lib/q/builder.go``)::

    Q(name=fuzzy("demo"), creation_time=between(start, None), tags=any_of("a", "b"))
    # name=~demo,creation_time=[2025-01-01T00:00:00~],tags={a b}

    sort_by("-creation_time", "name")
    # -creation_time,name

A :class:`Q` *is* its wire value: it subclasses ``str``, so it goes wherever a
``q: str`` is taken and needs no conversion. A plain ``str`` is accepted there too and
is sent exactly as given, without any of the escaping described below.

Escaping. The router URL-decodes ``q`` once and the parser decodes it a second time,
so a literal ``+`` would arrive as a space and a ``%`` would start an escape. Inside
every value this module writes ``%`` as ``%25`` and ``+`` as ``%2B``; the HTTP layer
then percent-encodes the whole parameter once, as for any other parameter.

What cannot be said is refused with a :class:`ValueError` when the filter is built,
before any request: a comma anywhere (terms are split on commas and there is no
escape), whitespace inside a list item (items are split on spaces), a ``~`` inside a
range bound, an empty key or value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeAlias

__all__ = [
    "AllOf",
    "AnyOf",
    "Between",
    "Exact",
    "Fuzzy",
    "Q",
    "Scalar",
    "Term",
    "all_of",
    "any_of",
    "between",
    "exact",
    "fuzzy",
    "sort_by",
]

#: What a value, a range bound or a list item may be.
Scalar: TypeAlias = str | int | datetime | date

#: Harbor parses times only in this layout: no zone (taken as UTC), no fraction.
HARBOR_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"

# Keys are Go field names or DB columns (``ProjectID``, ``project_id``), optionally
# with an operator suffix (``name__icontains``) or a dotted part (``hard.storage``).
_KEY = re.compile(r"[A-Za-z0-9_.]+")

# An exact value that starts with one of these would be read as another pattern.
_PATTERN_STARTS = ("~", "[", "{", "(")


def _escape(text: str) -> str:
    # Harbor URL-decodes q twice: protect what the second decoding would change.
    return text.replace("%", "%25").replace("+", "%2B")


def _text(value: Scalar, what: str) -> str:
    """The characters a scalar stands for in a filter, before escaping."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        # Harbor's parser has no zone and no fraction: naive datetimes are taken as
        # UTC, as the server takes them, and microseconds are dropped.
        return value.strftime(HARBOR_TIME_FORMAT)
    if isinstance(value, date):
        return value.strftime(HARBOR_TIME_FORMAT)
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        raise TypeError(
            f"{what} cannot be a {type(value).__name__}: use any_of(...) for an OR "
            "list or all_of(...) for an AND list"
        )
    raise TypeError(
        f"{what} must be a str, int, datetime or date, not {type(value).__name__}"
    )


def _plain(value: Scalar, what: str) -> str:
    """A scalar's text, refused when Harbor's grammar cannot carry it."""
    text = _text(value, what)
    if not text:
        raise ValueError(f"{what} is empty: Harbor refuses an empty value")
    if "," in text:
        raise ValueError(
            f"{what} {text!r} contains a comma: Harbor splits q on commas and has no "
            "way to escape one"
        )
    return text


class Term:
    """The value side of one ``key=value`` term."""

    def render(self) -> str:
        """The value as it goes on the wire, escaped for Harbor's double decoding."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Exact(Term):
    """``k=v``: the field equals ``v``."""

    value: Scalar

    def __post_init__(self) -> None:
        text = _plain(self.value, "an exact value")
        if text.startswith("\\") and text[1:2] in _PATTERN_STARTS:
            # Harbor removes one leading backslash before ~ [ { ( and nothing tells
            # it that this one is part of the value.
            raise ValueError(
                f"the exact value {text!r} starts with a backslash before "
                f"{text[1]!r}, which Harbor reads as an escape"
            )

    def render(self) -> str:
        text = _plain(self.value, "an exact value")
        if text.startswith(_PATTERN_STARTS):
            # A leading backslash tells Harbor that ~ [ { ( start a literal.
            text = "\\" + text
        return _escape(text)


@dataclass(frozen=True, slots=True)
class Fuzzy(Term):
    """``k=~v``: the field contains ``v``, ignoring case."""

    value: str

    def __post_init__(self) -> None:
        _plain(self.value, "a fuzzy value")

    def render(self) -> str:
        return "~" + _escape(_plain(self.value, "a fuzzy value"))


@dataclass(frozen=True, slots=True)
class Between(Term):
    """``k=[low~high]``: an inclusive range; ``None`` leaves that end open."""

    low: Scalar | None
    high: Scalar | None

    def __post_init__(self) -> None:
        if self.low is None and self.high is None:
            raise ValueError(
                "between() needs at least one bound; the other may be None"
            )
        for bound in (self.low, self.high):
            if bound is not None:
                self._bound(bound)

    @staticmethod
    def _bound(value: Scalar | None) -> str:
        if value is None:
            return ""
        text = _plain(value, "a range bound")
        if "~" in text:
            raise ValueError(
                f"the range bound {text!r} contains '~', which Harbor takes as the "
                "separator of the bounds"
            )
        return _escape(text)

    def render(self) -> str:
        return f"[{self._bound(self.low)}~{self._bound(self.high)}]"


def _items(values: tuple[Scalar, ...], kind: str) -> str:
    if not values:
        raise ValueError(f"{kind}() needs at least one item")
    rendered = []
    for value in values:
        text = _plain(value, "a list item")
        if any(ch.isspace() for ch in text):
            raise ValueError(
                f"the list item {text!r} contains whitespace: Harbor separates list "
                "items with spaces"
            )
        rendered.append(_escape(text))
    return " ".join(rendered)


@dataclass(frozen=True, slots=True, init=False)
class AnyOf(Term):
    """``k={a b}``: the field is one of the items (SQL ``IN``)."""

    items: tuple[Scalar, ...]

    def __init__(self, *items: Scalar) -> None:
        _items(items, "any_of")
        object.__setattr__(self, "items", items)

    def render(self) -> str:
        return "{" + _items(self.items, "any_of") + "}"


@dataclass(frozen=True, slots=True, init=False)
class AllOf(Term):
    """``k=(a b)``: the resource has every item (Harbor implements it for labels)."""

    items: tuple[Scalar, ...]

    def __init__(self, *items: Scalar) -> None:
        _items(items, "all_of")
        object.__setattr__(self, "items", items)

    def render(self) -> str:
        return "(" + _items(self.items, "all_of") + ")"


def exact(value: Scalar) -> Exact:
    """``k=v``. A bare value given to :class:`Q` means the same."""
    return Exact(value)


def fuzzy(value: str) -> Fuzzy:
    """``k=~v``: case-insensitive contains."""
    return Fuzzy(value)


def between(low: Scalar | None, high: Scalar | None) -> Between:
    """``k=[low~high]``, inclusive; pass ``None`` for an open end.

    Datetimes are sent as UTC in the one layout Harbor parses
    (``2006-01-02T15:04:05``); a naive datetime is taken to be UTC already.
    """
    return Between(low, high)


def any_of(*items: Scalar) -> AnyOf:
    """``k={a b}``: one of the items."""
    return AnyOf(*items)


def all_of(*items: Scalar) -> AllOf:
    """``k=(a b)``: all of the items (for example artifact label ids)."""
    return AllOf(*items)


def _key(key: str) -> str:
    if not _KEY.fullmatch(key):
        raise ValueError(
            f"the filter key {key!r} is not a field name: use letters, digits, '_' "
            "and '.' only"
        )
    return key


def _term(value: Term | Scalar) -> Term:
    if isinstance(value, Term):
        return value
    # Checks the value now, so a bad one fails where the filter is written.
    return Exact(value)


class Q(str):
    """A ``q`` filter; the string itself is the value Harbor expects.

    Terms are joined in the order given; Harbor combines them with AND. Keys can be
    passed as keywords or, for keys that are not Python names, as a mapping::

        Q({"Level": "project"}, ProjectID=3)        # Level=project,ProjectID=3

    ``q1 & q2`` joins two filters; a key may appear once.
    """

    terms: Mapping[str, Term]

    def __new__(
        cls, terms: Mapping[str, Term | Scalar] | None = None, /, **more: Term | Scalar
    ) -> Q:
        given = dict(terms or {})
        for key in more:
            if key in given:
                raise ValueError(f"the filter key {key!r} is given twice")
        given.update(more)
        if not given:
            raise ValueError(
                "Q() needs at least one term; to list everything, pass no q"
            )
        checked = {_key(key): _term(value) for key, value in given.items()}
        wire = ",".join(f"{key}={term.render()}" for key, term in checked.items())
        self = super().__new__(cls, wire)
        self.terms = checked
        return self

    def __and__(self, other: Q) -> Q:
        if not isinstance(other, Q):
            return NotImplemented
        return Q({**self.terms, **_disjoint(self.terms, other.terms)})

    def __repr__(self) -> str:
        return f"Q({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would pass the wire text back to __new__.
        return (Q, (dict(self.terms),))


def _disjoint(left: Mapping[str, Term], right: Mapping[str, Term]) -> dict[str, Term]:
    shared = sorted(set(left) & set(right))
    if shared:
        raise ValueError(f"both filters set {', '.join(shared)}")
    return dict(right)


def sort_by(*keys: str) -> str:
    """Harbor's ``sort``: keys in priority order, ``-`` in front for descending.

    Harbor silently drops keys it cannot sort on, and a sort replaces the default
    order with no id tiebreaker: sort on a unique key (or add one) to page stably.
    """
    if not keys:
        raise ValueError("sort_by() needs at least one key")
    return ",".join(_sort_key(key) for key in keys)


def _sort_key(key: str) -> str:
    # Harbor reads one leading "-" as descending and the rest as a field name, like
    # a key of q; the message quotes the key as the caller wrote it, "-" included.
    if not _KEY.fullmatch(key.removeprefix("-")):
        raise ValueError(
            f"the sort key {key!r} is not a field name: use letters, digits, '_' "
            "and '.' only, with one '-' in front for descending"
        )
    return key
