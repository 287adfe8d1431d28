"""The page cursor on its own: what each kind of page leads to, with no I/O."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from harbor_client.pagination import (
    Link,
    MarkerCursor,
    PageCursor,
    PageNumberCursor,
    PageView,
    PaginationError,
    Paginator,
)


def next_link(page: int) -> Link:
    return Link(target=f"/api/v2.0/projects?page={page}&page_size=10", rel="next")


def prev_link(page: int) -> Link:
    return Link(target=f"/api/v2.0/projects?page={page}&page_size=10", rel="prev")


def page(
    count: int, *links: Link, total: int | None = None, body: str = ""
) -> PageView:
    return PageView(
        count=count,
        total=total,
        links=links,
        fingerprint=(body or f"{count}{links}{total}").encode(),
    )


def test_first_request_is_the_start_page() -> None:
    cursor = PageNumberCursor(page_size=10, start_page=4)

    assert cursor.params == {"page": 4, "page_size": 10}


def test_next_link_leads_to_the_following_page() -> None:
    cursor = PageNumberCursor(page_size=10)

    assert cursor.advance(page(10, next_link(2), total=35)) == 10
    assert cursor.params == {"page": 2, "page_size": 10}


def test_link_without_next_is_the_end() -> None:
    cursor = PageNumberCursor(page_size=10, start_page=4)

    cursor.advance(page(5, prev_link(3), total=35))

    assert cursor.params is None


def test_total_reached_is_the_end_without_links() -> None:
    cursor = PageNumberCursor(page_size=10)

    cursor.advance(page(10, total=20, body="a"))
    assert cursor.params == {"page": 2, "page_size": 10}
    cursor.advance(page(10, total=20, body="b"))
    assert cursor.params is None


def test_full_page_without_links_or_total_asks_for_more() -> None:
    cursor = PageNumberCursor(page_size=10)

    cursor.advance(page(10))

    assert cursor.params == {"page": 2, "page_size": 10}


def test_short_page_without_links_or_total_is_the_end() -> None:
    cursor = PageNumberCursor(page_size=10)

    cursor.advance(page(9))

    assert cursor.params is None


def test_empty_page_is_the_end_despite_a_next_link() -> None:
    cursor = PageNumberCursor(page_size=10)

    assert cursor.advance(page(0, next_link(2), total=35)) == 0
    assert cursor.params is None


def test_max_items_keeps_part_of_the_last_page() -> None:
    cursor = PageNumberCursor(page_size=10, max_items=15)

    assert cursor.advance(page(10, next_link(2), total=35, body="a")) == 10
    assert cursor.advance(page(10, next_link(3), total=35, body="b")) == 5
    assert cursor.params is None


def test_repeated_page_is_an_error_naming_the_list() -> None:
    cursor = PageNumberCursor(page_size=2, describe="GET /users/search (searchUsers)")
    cursor.advance(page(2, next_link(2), total=5, body="[al, ana]"))

    with pytest.raises(PaginationError, match=r"^GET /users/search \(searchUsers\) "):
        cursor.advance(page(2, next_link(3), total=5, body="[al, ana]"))


def test_advancing_a_finished_cursor_is_a_bug() -> None:
    cursor = PageNumberCursor(page_size=10)
    cursor.advance(page(0))

    with pytest.raises(RuntimeError, match="already done"):
        cursor.advance(page(0))


def test_planned_pages_follow_from_the_total() -> None:
    cursor = PageNumberCursor(page_size=100)
    cursor.advance(page(100, total=1234))

    assert [params["page"] for params in cursor.planned()] == list(range(2, 14))


def test_planned_pages_stop_at_max_items() -> None:
    cursor = PageNumberCursor(page_size=100, max_items=250)
    cursor.advance(page(100, total=1234))

    assert [params["page"] for params in cursor.planned()] == [2, 3]


def test_planned_pages_start_after_the_start_page() -> None:
    cursor = PageNumberCursor(page_size=10, start_page=3)
    cursor.advance(page(10, total=55))

    assert [params["page"] for params in cursor.planned()] == [4, 5, 6]


@pytest.mark.parametrize("total", [None, -1])
def test_nothing_is_planned_without_a_total(total: int | None) -> None:
    cursor = PageNumberCursor(page_size=100)
    cursor.advance(page(100, total=total))

    assert cursor.planned() == []


def test_nothing_is_planned_after_the_end() -> None:
    cursor = PageNumberCursor(page_size=100)
    cursor.advance(page(40, total=40))

    assert cursor.planned() == []


# Marker lists: the registry's tag list and catalog


def tags_link(last: str, n: int = 2) -> Link:
    return Link(target=f"/v2/demo/app/tags/list?last={last}&n={n}", rel="next")


def test_marker_cursor_first_asks_for_n() -> None:
    assert MarkerCursor(page_size=2).params == {"n": 2}


def test_marker_cursor_can_start_after_a_marker() -> None:
    assert MarkerCursor(page_size=2, start_after="1.0").params == {
        "n": 2,
        "last": "1.0",
    }


def test_marker_cursor_continues_after_the_marker_of_the_next_link() -> None:
    cursor = MarkerCursor(page_size=2)

    cursor.advance(page(2, tags_link("1.1")))

    assert cursor.params == {"n": 2, "last": "1.1"}


def test_marker_cursor_without_a_size_asks_for_everything() -> None:
    assert MarkerCursor(page_size=None).params == {}


def test_marker_cursor_without_a_size_follows_the_size_of_the_link() -> None:
    cursor = MarkerCursor(page_size=None)

    cursor.advance(page(50, tags_link("b", n=50)))

    assert cursor.params == {"n": "50", "last": "b"}


def test_marker_cursor_ends_without_a_next_link() -> None:
    cursor = MarkerCursor(page_size=2)

    cursor.advance(page(2))

    assert cursor.params is None


def test_marker_cursor_refuses_a_link_back_to_the_same_marker() -> None:
    cursor = MarkerCursor(page_size=2, describe="tags of demo/app")
    cursor.advance(page(2, tags_link("1.1"), body="a"))

    with pytest.raises(PaginationError, match=r"back to last=1\.1"):
        cursor.advance(page(2, tags_link("1.1"), body="b"))


def test_marker_cursor_refuses_a_next_link_without_a_marker() -> None:
    cursor = MarkerCursor(page_size=2)

    with pytest.raises(PaginationError, match="without last="):
        cursor.advance(page(2, Link(target="/v2/demo/app/tags/list?n=2", rel="next")))


class FakeTagList:
    """The registry's ``GET /v2/<name>/tags/list`` with ``n``/``last``."""

    def __init__(self, tags: list[str]) -> None:
        self.tags = sorted(tags)
        self.sent: list[dict[str, Any]] = []

    def fetch(self, params: dict[str, Any]) -> Any:
        self.sent.append(params)
        n = params["n"]
        after = [t for t in self.tags if "last" not in params or t > params["last"]]
        body = after[:n]
        headers = {}
        if len(after) > n:
            headers["link"] = (
                f'</v2/demo/app/tags/list?last={body[-1]}&n={n}>; rel="next"'
            )
        response = httpx.Response(200, headers=headers, json={"tags": body})

        class Page:
            def __init__(self) -> None:
                self.response = response
                self.parsed = body

        return Page()


def test_registry_tag_list_pages_through_the_same_paginator() -> None:
    tags = FakeTagList(["1.0", "1.1", "1.2", "2.0", "latest"])

    def new_cursor() -> PageCursor:
        return MarkerCursor(page_size=2, describe="tags of demo/app")

    paginator: Paginator[str] = Paginator.over(tags.fetch, new_cursor)

    assert list(paginator) == ["1.0", "1.1", "1.2", "2.0", "latest"]
    assert tags.sent == [
        {"n": 2},
        {"n": 2, "last": "1.1"},
        {"n": 2, "last": "2.0"},
    ]
