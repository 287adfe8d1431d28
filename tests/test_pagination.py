"""Paginator: every item of a Harbor list, in order, with no request to spare."""

from __future__ import annotations

from itertools import islice
from typing import Any

import pytest
from test_pagination_fakes import (
    LIST_PROJECTS,
    SEARCH_USER_GROUPS,
    SEARCH_USERS,
    FakeList,
    Result,
    expected_requests,
)

from harbor_client._operation import Operation
from harbor_client.errors import HarborError, NotFoundError
from harbor_client.pagination import PaginationError, Paginator
from harbor_client.query import Q, fuzzy


def paginate(source: FakeList, op: Operation = LIST_PROJECTS, **kwargs: Any) -> Any:
    args = kwargs.pop("args", {})
    return Paginator(source, op, args, **kwargs)


# Counts, order, requests


@pytest.mark.parametrize("count", [0, 1, 99, 100, 101, 1234])
def test_yields_every_item_once_in_order(count: int) -> None:
    source = FakeList(list(range(count)))

    assert list(paginate(source)) == list(range(count))


@pytest.mark.parametrize("count", [0, 1, 99, 100, 101, 1234])
def test_makes_one_request_per_page_and_none_after_the_last(count: int) -> None:
    source = FakeList(list(range(count)))

    list(paginate(source))

    assert len(source.calls) == expected_requests(count, 100)
    assert source.pages_requested == list(range(1, len(source.calls) + 1))


def test_default_page_size_is_harbors_maximum() -> None:
    source = FakeList(list(range(250)))

    list(paginate(source))

    assert [call["page_size"] for call in source.calls] == [100, 100, 100]


def test_follows_link_header_to_the_last_page() -> None:
    source = FakeList(list(range(25)))

    assert list(paginate(source, page_size=10)) == list(range(25))
    assert source.pages_requested == [1, 2, 3]


def test_next_request_uses_the_callers_arguments_not_the_link() -> None:
    # Harbor's Link shows q un-escaped (q=name=~a+b), which would search for "a b".
    q = Q(name=fuzzy("a+b"))
    source = FakeList(list(range(25)))

    list(paginate(source, page_size=10, args={"q": q, "sort": "name"}))

    assert source.calls == [
        {"q": q, "sort": "name", "page": 1, "page_size": 10},
        {"q": q, "sort": "name", "page": 2, "page_size": 10},
        {"q": q, "sort": "name", "page": 3, "page_size": 10},
    ]
    assert all(call["q"] == "name=~a%2Bb" for call in source.calls)


def test_page_and_page_size_of_the_caller_args_are_replaced() -> None:
    source = FakeList(list(range(5)))

    list(paginate(source, page_size=2, args={"page": 9, "page_size": 50}))

    assert source.pages_requested == [1, 2, 3]
    assert {call["page_size"] for call in source.calls} == {2}


def test_items_arrive_lazily_page_by_page() -> None:
    source = FakeList(list(range(1234)))

    first = list(islice(paginate(source), 150))

    assert first == list(range(150))
    assert source.pages_requested == [1, 2]


def test_each_iteration_starts_again_from_the_first_page() -> None:
    source = FakeList(list(range(150)))
    paginator = paginate(source)

    assert list(paginator) == list(range(150))
    assert list(paginator) == list(range(150))
    assert source.pages_requested == [1, 2, 1, 2]


# Servers that do not write both headers


def test_without_link_header_stops_when_the_total_is_reached() -> None:
    source = FakeList(list(range(200)), links=False)

    assert list(paginate(source)) == list(range(200))
    assert source.pages_requested == [1, 2]


def test_without_link_header_stops_on_a_short_page() -> None:
    source = FakeList(list(range(1234)), links=False)

    assert list(paginate(source)) == list(range(1234))
    assert len(source.calls) == 13


def test_without_total_count_follows_the_link() -> None:
    source = FakeList(list(range(1234)), total=None)

    assert list(paginate(source)) == list(range(1234))
    assert len(source.calls) == 13


def test_without_link_or_total_stops_on_a_short_page() -> None:
    source = FakeList(list(range(1234)), links=False, total=None)

    assert list(paginate(source)) == list(range(1234))
    assert len(source.calls) == 13


def test_without_link_or_total_a_full_last_page_costs_one_empty_request() -> None:
    # Nothing tells a full last page from a full middle page: the empty one ends.
    source = FakeList(list(range(200)), links=False, total=None)

    assert list(paginate(source)) == list(range(200))
    assert source.pages_requested == [1, 2, 3]


def test_total_of_minus_one_pages_until_a_short_page() -> None:
    # /security/vul?tune_count=true: -1 and, since Harbor compares with -1, no Link.
    source = FakeList(list(range(1234)), links=False, total=-1)
    paginator = paginate(source)

    assert list(paginator) == list(range(1234))
    assert len(source.calls) == 13
    assert paginator.total_count is None


def test_total_of_minus_one_ignores_a_link_without_next() -> None:
    class PrevOnly(FakeList):
        """Writes prev links but never next, as Harbor does when the total is -1."""

        def answer(self, op: Operation, args: dict[str, Any]) -> Result:
            result = super().answer(op, args)
            page = args["page"]
            del result.response.headers["link"]
            if page > 1:
                result.response.headers["link"] = (
                    f'</api/v2.0/projects?page={page - 1}&page_size=100>; rel="prev"'
                )
            return result

    source = PrevOnly(list(range(250)), total=-1)

    assert list(paginate(source)) == list(range(250))
    assert source.pages_requested == [1, 2, 3]


def test_server_that_returns_more_than_page_size_is_not_at_its_end() -> None:
    source = FakeList(list(range(1234)), links=False, total=None, own_page_size=150)

    assert list(paginate(source)) == list(range(1234))
    assert source.pages_requested == list(range(1, 10))


def test_larger_last_page_of_such_a_server_is_still_short() -> None:
    # 1320 = 8 * 150 + 120: the last page holds more than page_size asked for.
    source = FakeList(list(range(1320)), links=False, total=None, own_page_size=150)

    assert list(paginate(source)) == list(range(1320))
    assert source.pages_requested == list(range(1, 10))


def test_server_that_returns_more_than_page_size_stops_at_its_total() -> None:
    source = FakeList(list(range(1200)), links=False, own_page_size=150)

    assert list(paginate(source)) == list(range(1200))
    assert source.pages_requested == list(range(1, 9))


def test_empty_page_ends_the_list_even_when_more_was_promised() -> None:
    source = FakeList(list(range(150)), total=500, links=False)

    assert list(paginate(source)) == list(range(150))
    assert source.pages_requested == [1, 2, 3]


# The search trap: page ignored, next still advertised


@pytest.mark.parametrize("op", [SEARCH_USERS, SEARCH_USER_GROUPS])
def test_search_that_repeats_its_page_stops_with_a_clear_error(op: Operation) -> None:
    source = FakeList(["al", "ana", "anna", "bea", "carla"], ignores_page=True)
    received: list[str] = []

    with pytest.raises(PaginationError) as caught:
        for name in paginate(source, op, page_size=2, args={"username": "a"}):
            received.append(name)

    assert received == ["al", "ana"]
    assert source.pages_requested == [1, 2]
    assert str(caught.value) == (
        f"GET {op.path} ({op.id}) returned the same 2 items again for page=2 "
        "page_size=2: the server ignores the page position while advertising a "
        "next page, so this list cannot be paged. Ask for fewer results (a "
        "narrower filter) or a larger page (at most 100). (Or exactly a page of "
        "items was added ahead of this one while the list was read: list it again.)"
    )


def test_pagination_error_is_a_harbor_error() -> None:
    assert issubclass(PaginationError, HarborError)


def test_search_that_fits_in_one_page_has_no_trap() -> None:
    source = FakeList(["al", "ana", "anna"], ignores_page=True)

    assert list(paginate(source, SEARCH_USERS, page_size=100)) == ["al", "ana", "anna"]
    assert source.pages_requested == [1]


def test_next_link_that_does_not_move_on_is_an_error() -> None:
    class Stuck(FakeList):
        def answer(self, op: Operation, args: dict[str, Any]) -> Result:
            result = super().answer(op, args)
            result.response.headers["link"] = '</api/v2.0/projects?page=1>; rel="next"'
            return result

    source = Stuck(list(range(300)))

    with pytest.raises(PaginationError, match="next link to page 1"):
        list(paginate(source))
    assert source.pages_requested == [1]


# start_page, max_items


def test_start_page_skips_the_pages_before_it() -> None:
    source = FakeList(list(range(45)))

    assert list(paginate(source, page_size=10, start_page=3)) == list(range(20, 45))
    assert source.pages_requested == [3, 4, 5]


def test_start_page_with_only_a_total_stops_at_the_total() -> None:
    source = FakeList(list(range(45)), links=False)

    assert list(paginate(source, page_size=10, start_page=3)) == list(range(20, 45))
    assert source.pages_requested == [3, 4, 5]


def test_start_page_beyond_the_end_is_one_empty_request() -> None:
    source = FakeList(list(range(45)))

    assert list(paginate(source, page_size=10, start_page=9)) == []
    assert source.pages_requested == [9]


@pytest.mark.parametrize(
    ("max_items", "pages"),
    [(1, [1]), (100, [1]), (101, [1, 2]), (150, [1, 2]), (1234, list(range(1, 14)))],
)
def test_max_items_requests_no_page_beyond_what_it_needs(
    max_items: int, pages: list[int]
) -> None:
    source = FakeList(list(range(1234)))

    assert list(paginate(source, max_items=max_items)) == list(range(max_items))
    assert source.pages_requested == pages


def test_max_items_above_the_list_size_yields_the_list() -> None:
    source = FakeList(list(range(150)))

    assert list(paginate(source, max_items=1000)) == list(range(150))
    assert source.pages_requested == [1, 2]


def test_max_items_zero_sends_nothing() -> None:
    source = FakeList(list(range(10)))

    assert list(paginate(source, max_items=0)) == []
    assert source.calls == []


# Arguments refused before any request


@pytest.mark.parametrize("page_size", [0, -1, 101, 1000])
def test_page_size_outside_harbors_range_is_refused(page_size: int) -> None:
    source = FakeList(list(range(10)))

    with pytest.raises(ValueError, match="page_size must be between 1 and 100"):
        paginate(source, page_size=page_size)
    assert source.calls == []


def test_start_page_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="start_page must be 1 or more"):
        paginate(FakeList([]), start_page=0)


def test_negative_max_items_is_refused() -> None:
    with pytest.raises(ValueError, match="max_items must be 0 or more"):
        paginate(FakeList([]), max_items=-1)


# What the paginator tells about the list


def test_total_count_is_none_before_the_first_page() -> None:
    paginator = paginate(FakeList(list(range(10))))

    assert paginator.total_count is None
    assert paginator.last_response is None


def test_total_count_is_the_servers_total() -> None:
    source = FakeList(list(range(1234)))
    paginator = paginate(source)
    items = iter(paginator)

    next(items)

    assert paginator.total_count == 1234
    assert paginator.last_response is not None
    assert paginator.last_response.headers["x-total-count"] == "1234"


def test_total_count_is_zero_for_an_empty_list() -> None:
    paginator = paginate(FakeList([]))

    assert list(paginator) == []
    assert paginator.total_count == 0


def test_total_count_is_none_without_the_header() -> None:
    paginator = paginate(FakeList(list(range(10)), total=None))

    list(paginator)

    assert paginator.total_count is None


def test_last_response_is_the_answer_to_the_last_page() -> None:
    source = FakeList(list(range(250)))
    paginator = paginate(source)

    list(paginator)

    assert paginator.last_response is not None
    assert paginator.last_response.json() == list(range(200, 250))


def test_repr_names_the_operation_without_arguments() -> None:
    paginator = paginate(FakeList([]), args={"q": "name=secret-project"})

    assert repr(paginator) == "<Paginator of GET /projects (listProjects)>"


# Errors


def test_an_error_on_a_later_page_reaches_the_caller() -> None:
    class Gone(FakeList):
        def answer(self, op: Operation, args: dict[str, Any]) -> Result:
            if args["page"] == 2:
                raise NotFoundError(status_code=404, method="GET", url="/projects")
            return super().answer(op, args)

    received: list[int] = []

    with pytest.raises(NotFoundError):
        for item in paginate(Gone(list(range(150)))):
            received.append(item)
    assert received == list(range(100))
