"""AsyncPaginator: the same lists through ``async for``, pages fetched in parallel."""

from __future__ import annotations

import asyncio
from contextlib import aclosing
from typing import Any

import httpx
import pytest
from test_pagination_fakes import (
    LIST_PROJECTS,
    SEARCH_USERS,
    AsyncFakeList,
    expected_requests,
)

from harbor_client._operation import Operation
from harbor_client.errors import ServerError
from harbor_client.pagination import (
    AsyncPaginator,
    MarkerCursor,
    PageCursor,
    PaginationError,
)


def paginate(
    source: AsyncFakeList, op: Operation = LIST_PROJECTS, **kwargs: Any
) -> AsyncPaginator[Any]:
    args = kwargs.pop("args", {})
    return AsyncPaginator(source, op, args, **kwargs)


async def collect(paginator: AsyncPaginator[Any]) -> list[Any]:
    return [item async for item in paginator]


# Sequential, as the sync face


@pytest.mark.parametrize("count", [0, 1, 99, 100, 101, 1234])
async def test_yields_every_item_once_in_order(count: int) -> None:
    source = AsyncFakeList(list(range(count)))

    assert await collect(paginate(source)) == list(range(count))
    assert len(source.calls) == expected_requests(count, 100)
    assert source.most_in_flight == 1


async def test_without_link_or_total_stops_on_a_short_page() -> None:
    source = AsyncFakeList(list(range(1234)), links=False, total=None)

    assert await collect(paginate(source)) == list(range(1234))
    assert len(source.calls) == 13


async def test_search_that_repeats_its_page_stops_with_a_clear_error() -> None:
    source = AsyncFakeList(["al", "ana", "anna", "bea", "carla"], ignores_page=True)

    with pytest.raises(PaginationError, match=r"GET /users/search \(searchUsers\)"):
        await collect(paginate(source, SEARCH_USERS, page_size=2))
    assert source.pages_requested == [1, 2]


async def test_start_page_and_max_items() -> None:
    source = AsyncFakeList(list(range(1234)))

    items = await collect(paginate(source, page_size=10, start_page=3, max_items=25))

    assert items == list(range(20, 45))
    assert source.pages_requested == [3, 4, 5]


async def test_page_size_above_100_is_refused_before_any_request() -> None:
    source = AsyncFakeList(list(range(10)))

    with pytest.raises(ValueError, match="page_size must be between 1 and 100"):
        paginate(source, page_size=101)
    assert source.calls == []


async def test_total_count_and_last_response() -> None:
    source = AsyncFakeList(list(range(150)))
    paginator = paginate(source)

    await collect(paginator)

    assert paginator.total_count == 150
    assert paginator.last_response is not None
    assert paginator.last_response.json() == list(range(100, 150))


# Bounded concurrency


@pytest.mark.parametrize("concurrency", [2, 4, 8])
async def test_parallel_pages_keep_the_order_and_the_bound(concurrency: int) -> None:
    source = AsyncFakeList(list(range(1234)))

    items = await collect(paginate(source, concurrency=concurrency))

    assert items == list(range(1234))
    assert sorted(source.pages_requested) == list(range(1, 14))
    assert source.most_in_flight == concurrency


async def test_parallel_fetching_starts_after_the_first_page() -> None:
    source = AsyncFakeList(list(range(1234)))

    await collect(paginate(source, concurrency=8))

    assert source.pages_requested[0] == 1
    assert source.pages_requested[1:9] == list(range(2, 10))


async def test_concurrency_is_never_above_the_bound_with_many_pages() -> None:
    source = AsyncFakeList(list(range(5000)), delay=0.0005)

    items = await collect(paginate(source, page_size=10, concurrency=3))

    assert items == list(range(5000))
    assert len(source.calls) == 500
    assert source.most_in_flight == 3


@pytest.mark.parametrize("total", [None, -1])
async def test_unknown_total_falls_back_to_one_page_at_a_time(
    total: int | None,
) -> None:
    source = AsyncFakeList(list(range(1234)), links=False, total=total)

    items = await collect(paginate(source, concurrency=8))

    assert items == list(range(1234))
    assert source.pages_requested == list(range(1, 14))
    assert source.most_in_flight == 1


async def test_max_items_limits_the_pages_fetched_in_parallel() -> None:
    source = AsyncFakeList(list(range(1234)))

    items = await collect(paginate(source, max_items=250, concurrency=8))

    assert items == list(range(250))
    assert sorted(source.pages_requested) == [1, 2, 3]
    assert source.cancelled == 0


async def test_max_items_within_the_first_page_fetches_only_it() -> None:
    source = AsyncFakeList(list(range(1234)))

    assert await collect(paginate(source, max_items=40, concurrency=8)) == list(
        range(40)
    )
    assert source.pages_requested == [1]


async def test_list_that_shrinks_while_read_in_parallel_ends_at_the_empty_page() -> (
    None
):
    source = AsyncFakeList(list(range(1234)), links=False)
    paginator = paginate(source, concurrency=4)
    items: list[int] = []

    async for item in paginator:
        items.append(item)
        if item == 99:
            # Someone deletes projects: pages after the fifth come back empty.
            del source.items[500:]

    assert items == list(range(500))
    assert source.in_flight == 0


async def test_an_error_on_a_parallel_page_cancels_the_rest() -> None:
    failure = ServerError(status_code=500, method="GET", url="/api/v2.0/projects")
    source = AsyncFakeList(list(range(1234)), failures={4: failure})
    items: list[int] = []

    with pytest.raises(ServerError):
        async for item in paginate(source, concurrency=4):
            items.append(item)

    assert items == list(range(300))
    assert source.in_flight == 0


async def test_closing_early_cancels_the_pages_in_flight() -> None:
    source = AsyncFakeList(list(range(1234)), slow_pages={2: 0.05, 4: 10.0, 5: 10.0})

    async with aclosing(paginate(source, concurrency=4).__aiter__()) as items:
        async for item in items:
            if item == 150:
                break

    # While page 2 was slow, pages 6 to 9 took the places of those that
    # answered; the two very slow pages were still running when the loop was left.
    assert source.pages_requested == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert source.cancelled == 2
    assert source.in_flight == 0


async def test_a_slow_page_does_not_hold_up_the_pages_after_it() -> None:
    source = AsyncFakeList(list(range(1234)), slow_pages={2: 0.2})
    requested_when_page_2_came: list[int] = []
    items: list[int] = []

    async for item in paginate(source, concurrency=4):
        if item == 100:
            requested_when_page_2_came = list(source.pages_requested)
        items.append(item)

    assert items == list(range(1234))
    # Four stay in flight while page 2 is slow; answered pages wait for the
    # caller, at most four beyond those in flight: pages 2 to 9.
    assert sorted(requested_when_page_2_came) == list(range(1, 10))
    assert source.most_in_flight == 4
    assert sorted(source.pages_requested) == list(range(1, 14))


async def test_search_trap_is_caught_in_parallel_mode_too() -> None:
    source = AsyncFakeList(["al", "ana", "anna", "bea", "carla"], ignores_page=True)

    with pytest.raises(PaginationError, match="returned the same 2 items again"):
        await collect(paginate(source, SEARCH_USERS, page_size=2, concurrency=4))
    assert len(source.calls) <= 1 + 4
    assert source.in_flight == 0


async def test_concurrency_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="concurrency must be 1 or more"):
        paginate(AsyncFakeList([]), concurrency=0)


# Any paged source


async def test_registry_tag_list_pages_through_the_async_paginator() -> None:
    tags = ["1.0", "1.1", "1.2", "2.0", "latest"]
    sent: list[dict[str, Any]] = []

    async def fetch(params: dict[str, Any]) -> Any:
        sent.append(params)
        await asyncio.sleep(0)
        after = [t for t in tags if "last" not in params or t > params["last"]]
        body = after[: params["n"]]
        headers = {}
        if len(after) > params["n"]:
            headers["link"] = (
                f'</v2/demo/app/tags/list?last={body[-1]}&n=2>; rel="next"'
            )

        class Page:
            response = httpx.Response(200, headers=headers, json={"tags": body})
            parsed = body

        return Page()

    def new_cursor() -> PageCursor:
        return MarkerCursor(page_size=2, describe="tags of demo/app")

    paginator: AsyncPaginator[str] = AsyncPaginator.over(fetch, new_cursor)

    assert await collect(paginator) == tags
    assert sent == [{"n": 2}, {"n": 2, "last": "1.1"}, {"n": 2, "last": "2.0"}]


async def test_aclose_stops_a_pass_left_by_break_and_forgets_finished_ones() -> None:
    source = AsyncFakeList(list(range(1234)))
    paginator = paginate(source, concurrency=4)
    for _ in range(3):
        assert await collect(paginator) == list(range(1234))

    source.slow_pages[3] = 10.0
    async for item in paginator:
        if item == 150:
            break
    # A fourth pass, left inside page 2 with page 3 (slow) and others in flight.
    assert source.in_flight > 0
    # Three finished passes are not kept; the one left by break is.
    assert len(paginator._passes) == 1

    await paginator.aclose()

    assert source.in_flight == 0
    assert paginator._passes == []
