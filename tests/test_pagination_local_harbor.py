"""Iterators and q filters through the real client against the local Harbor.

The local Harbor writes ``Link`` and ``X-Total-Count`` as Harbor core does, decodes
``q`` twice and implements its patterns; its request log shows what went on the
wire.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit

import pytest

from harbor_client import AsyncHarbor, Harbor
from harbor_client.pagination import PaginationError
from harbor_client.query import Q, any_of, between, fuzzy, sort_by
from harbor_client.testing import LocalHarbor

SEED = ["demo-a", "demo-b", "demo_c", "demox", "prod.1", "prod.2"]


@pytest.fixture(scope="module")
def local() -> Iterator[LocalHarbor]:
    with LocalHarbor() as harbor:
        start = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)
        for offset, name in enumerate(SEED):
            harbor.add_project(name, creation_time=start + timedelta(hours=offset))
        for number in range(1234 - len(harbor.store.projects)):
            harbor.add_project(f"bulk-{number:04d}")
        yield harbor


@pytest.fixture
def harbor(local: LocalHarbor) -> Iterator[Harbor]:
    with Harbor(
        local.url, username=local.admin_username, password=local.admin_password
    ) as client:
        yield client


def list_queries(local: LocalHarbor, since: int) -> list[dict[str, list[str]]]:
    """Decoded query of every project-list request after the first ``since``."""
    return [
        parse_qs(urlsplit(request.raw_path).query)
        for request in local.requests[since:]
        if request.path == "/api/v2.0/projects"
    ]


def raw_queries(local: LocalHarbor, since: int) -> list[str]:
    return [
        urlsplit(request.raw_path).query
        for request in local.requests[since:]
        if request.path == "/api/v2.0/projects"
    ]


def names(harbor: Harbor, **kwargs: object) -> list[str]:
    return [str(project.name) for project in harbor.projects.iter(**kwargs)]  # type: ignore[arg-type]


# Paging


def test_lists_every_project_once_in_harbors_order(
    local: LocalHarbor, harbor: Harbor
) -> None:
    since = len(local.requests)

    listed = names(harbor)

    assert len(listed) == 1234
    assert listed == sorted(listed)
    assert len(set(listed)) == 1234
    pages = [(q["page"], q["page_size"]) for q in list_queries(local, since)]
    assert pages == [([str(page)], ["100"]) for page in range(1, 14)]


def test_total_count_comes_from_the_server(harbor: Harbor) -> None:
    paginator = harbor.projects.iter(page_size=10, max_items=10)

    assert len(list(paginator)) == 10
    assert paginator.total_count == 1234


def test_max_items_and_start_page(local: LocalHarbor, harbor: Harbor) -> None:
    everything = names(harbor)
    since = len(local.requests)
    part = names(harbor, page_size=50, start_page=3, max_items=120)

    assert part == everything[100:220]
    assert [q["page"] for q in list_queries(local, since)] == [["3"], ["4"], ["5"]]


async def test_async_iterator_in_parallel_keeps_the_order(local: LocalHarbor) -> None:
    with Harbor(
        local.url, username=local.admin_username, password=local.admin_password
    ) as sync_client:
        expected = names(sync_client)
    since = len(local.requests)

    async with AsyncHarbor(
        local.url, username=local.admin_username, password=local.admin_password
    ) as client:
        listed = [
            str(project.name) async for project in client.projects.iter(concurrency=4)
        ]

    assert listed == expected
    pages = sorted(int(q["page"][0]) for q in list_queries(local, since))
    assert pages == list(range(1, 14))


def test_every_page_carries_the_callers_filter(
    local: LocalHarbor, harbor: Harbor
) -> None:
    since = len(local.requests)

    listed = names(harbor, q=Q(name=fuzzy("bulk-0")), page_size=100)

    assert listed == [f"bulk-{n:04d}" for n in range(1000)]
    queries = raw_queries(local, since)
    assert len(queries) == 10
    assert {q.split("&")[0] for q in queries} == {"q=name%3D~bulk-0"}


def test_user_search_that_ignores_page_stops_with_an_error(
    local: LocalHarbor, harbor: Harbor
) -> None:
    for name in ("al", "ana", "anna", "bea", "carla"):
        if local.store.user_named(name) is None:
            local.add_user(name, "Secret-Passw0rd")

    with pytest.raises(PaginationError, match=r"^GET /users/search \(searchUsers\)"):
        list(harbor.users.iter_search(username="a", page_size=2))


# q round trips: the server's reading of what the client sent


def test_fuzzy_match(harbor: Harbor) -> None:
    assert names(harbor, q=Q(name=fuzzy("demo"))) == [
        "demo-a",
        "demo-b",
        "demo_c",
        "demox",
    ]


def test_underscore_in_a_fuzzy_value_is_a_literal(harbor: Harbor) -> None:
    assert names(harbor, q=Q(name=fuzzy("o_c"))) == ["demo_c"]


def test_percent_in_a_fuzzy_value_is_not_decoded_a_second_time(
    local: LocalHarbor, harbor: Harbor
) -> None:
    # Unescaped, Harbor's second decoding would turn %2d into "-" and match demo-a.
    since = len(local.requests)

    assert names(harbor, q=Q(name=fuzzy("o%2da"))) == []
    assert raw_queries(local, since)[0].startswith("q=name%3D~o%25252da&")


def test_plus_in_a_fuzzy_value_reaches_the_server_as_a_plus(
    local: LocalHarbor, harbor: Harbor
) -> None:
    since = len(local.requests)

    assert names(harbor, q=Q(name=fuzzy("a+b"))) == []
    assert raw_queries(local, since)[0].startswith("q=name%3D~a%252Bb&")


def test_unicode_fuzzy_value_is_accepted(local: LocalHarbor, harbor: Harbor) -> None:
    since = len(local.requests)

    assert names(harbor, q=Q(name=fuzzy("größe"))) == []
    assert raw_queries(local, since)[0].startswith("q=name%3D~gr%C3%B6%C3%9Fe&")


def test_braces_in_an_exact_value_are_literal(harbor: Harbor) -> None:
    # Without the leading backslash this would be the OR list {demo-a}.
    assert names(harbor, q=Q(name="{demo-a}")) == []


def test_or_list(harbor: Harbor) -> None:
    assert names(harbor, q=Q(name=any_of("demo-b", "prod.2", "nope"))) == [
        "demo-b",
        "prod.2",
    ]


def test_exact_match(harbor: Harbor) -> None:
    assert names(harbor, q=Q(name="demox")) == ["demox"]


def test_time_range_with_an_aware_datetime(harbor: Harbor) -> None:
    # 14:30 at UTC+2 is 12:30 UTC: after demo-a (12:00), up to demo_c (14:00).
    cest = timezone(timedelta(hours=2))
    window = between(datetime(2025, 3, 1, 14, 30, tzinfo=cest), "2025-03-01T14:00:00")

    assert names(harbor, q=Q(creation_time=window)) == ["demo-b", "demo_c"]


def test_sort_descending(harbor: Harbor) -> None:
    listed = names(harbor, q=Q(name=fuzzy("prod")), sort=sort_by("-name"))

    assert listed == ["prod.2", "prod.1"]


def test_plain_string_is_sent_as_given(harbor: Harbor) -> None:
    assert names(harbor, q="name=~demo-") == ["demo-a", "demo-b"]
