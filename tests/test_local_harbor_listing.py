"""Harbor's list semantics in one module: q parsing, ordering, pages and Link."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from harbor_client.testing import _listing as listing
from harbor_client.testing._wire import ApiError, Request


def request(target: str) -> Request:
    return Request.build("GET", target, {})


@pytest.mark.parametrize(
    ("q", "keywords"),
    [
        ("name=demo", {"name": "demo"}),
        ("name=~demo", {"name": listing.Fuzzy("demo")}),
        ("id=[1~5]", {"id": listing.Range(1, 5)}),
        ("id=[ 1 ~ ]", {"id": listing.Range(1, None)}),
        ("name=['a'~\"b\"]", {"name": listing.Range("a", "b")}),
        (
            "t=[2025-01-02T03:04:05~]",
            {"t": listing.Range(datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), None)},
        ),
        # The spec's "2020-04-09 02:36:00" form is no time to the parser: a string.
        ("t=[2020-04-09 02:36:00~]", {"t": listing.Range("2020-04-09 02:36:00", None)}),
        ("id={1 2 x}", {"id": listing.AnyOf((1, 2, "x"))}),
        ("id={1  2}", {"id": listing.AnyOf((1, 2))}),
        ("labels=(3 4)", {"labels": listing.AllOf((3, 4))}),
        ("name=\\~x", {"name": "~x"}),
        ("name=\\\\x", {"name": "\\x"}),
        ("a=1,b=~2", {"a": "1", "b": listing.Fuzzy("2")}),
        ("name=a%2Bb", {"name": "a+b"}),
        ("name=a+b", {"name": "a b"}),
        # A second decoding that fails leaves the value as it was.
        ("name=100%", {"name": "100%"}),
        ("k=v=w", {"k": "v=w"}),
    ],
)
def test_parses_each_q_pattern_with_typed_bounds(
    q: str, keywords: dict[str, object]
) -> None:
    assert listing.parse_q(q) == keywords


def test_an_exact_value_stays_a_string_even_when_numeric() -> None:
    assert listing.parse_q("project_id=7") == {"project_id": "7"}


@pytest.mark.parametrize("q", ["name=~", "name=[a]", "name=[~]", "x=[1~2~3]", "x={1"])
def test_malformed_patterns_are_400s_naming_the_value(q: str) -> None:
    with pytest.raises(ApiError) as raised:
        listing.parse_q(q)

    value = q.partition("=")[2]
    assert (raised.value.status, raised.value.message) == (
        400,
        f"invalid query string value: {value}",
    )


def test_parses_sort_keys_with_direction() -> None:
    assert listing.parse_sort("name,-creation_time") == [
        ("name", False),
        ("creation_time", True),
    ]


@dataclass
class Row:
    id: int
    name: str
    score: int | None


ROWS = [Row(1, "b", 5), Row(2, "a", None), Row(3, "c", 5), Row(4, "a", 1)]
MODEL = listing.Model[Row](
    columns=listing.columns(
        ("ID", "id", "int"), ("Name", "name", "str"), ("Score", "score", "int")
    ),
    default_order=(("name", False), ("id", True)),
)


def ids(rows: list[Row]) -> list[int]:
    return [row.id for row in rows]


def test_default_order_applies_when_no_sort_key_is_known() -> None:
    assert ids(MODEL.order(ROWS, [("bogus", False)])) == [4, 2, 1, 3]


def test_nulls_sort_last_ascending_and_first_descending() -> None:
    assert ids(MODEL.order(ROWS, [("score", False)])) == [4, 1, 3, 2]
    assert ids(MODEL.order(ROWS, [("score", True)])) == [2, 1, 3, 4]


def test_a_caller_sort_has_no_tiebreaker_so_equal_rows_keep_insertion_order() -> None:
    assert ids(MODEL.order(ROWS, [("Score", True)])) == [2, 1, 3, 4]


def test_an_exact_value_is_compared_as_the_column_type() -> None:
    assert ids(MODEL.select(ROWS, {"id": "3"})) == [3]
    assert ids(MODEL.select(ROWS, {"id": "three"})) == []


@pytest.mark.parametrize(
    ("page", "size", "expected"),
    [(1, 2, [1, 2]), (2, 2, [3, 4]), (3, 2, []), (0, 2, [1, 2]), (-1, 3, [1, 2, 3]),
     (2, 0, [1, 2, 3, 4]), (1, -5, [1, 2, 3, 4])],
)  # fmt: skip
def test_window_applies_limit_and_offset_as_the_orm_does(
    page: int, size: int, expected: list[int]
) -> None:
    assert listing.window([1, 2, 3, 4], page, size) == expected


def test_link_has_only_prev_and_next_with_sorted_keys() -> None:
    link = listing.link_header(request("/api/v2.0/x?z=1&page=2&a=2"), 2, 5, 20)

    assert link == (
        '</api/v2.0/x?a=2&page=1&page_size=5&z=1>; rel="prev" , '
        '</api/v2.0/x?a=2&page=3&page_size=5&z=1>; rel="next"'
    )


def test_link_is_empty_on_a_single_page_and_for_a_zero_page_size() -> None:
    assert listing.link_header(request("/api/v2.0/x"), 1, 10, 10) == ""
    assert listing.link_header(request("/api/v2.0/x"), 2, 0, 10) == ""


def test_link_unescaping_loses_a_literal_plus_in_the_next_link() -> None:
    # prev is written from the request; next from the already unescaped prev.
    link = listing.link_header(request("/api/v2.0/x?q=name%3D~a%252Bb"), 2, 1, 3)

    assert link == (
        '</api/v2.0/x?page=1&page_size=1&q=name=~a%2Bb>; rel="prev" , '
        '</api/v2.0/x?page=3&page_size=1&q=name=~a+b>; rel="next"'
    )


def test_a_negative_page_size_links_forever_as_harbor_does() -> None:
    link = listing.link_header(request("/api/v2.0/x"), 1, -1, 3)

    assert link == '</api/v2.0/x?page=2&page_size=-1>; rel="next"'
