"""Faults on demand in the local Harbor, and what the client makes of each.

The first half specifies the injector (``LocalHarbor(faults=...)``): what each kind
of fault puts on the wire, whether the app processed the request, the seed, the
counters. The second half sends Harbor and AsyncHarbor into each fault and checks
the retry rules from the server's log: idempotent calls are sent again with the
same request id, a POST never is once it may have reached the app.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from harbor_client import AsyncHarbor, Harbor, RetryPolicy, errors
from harbor_client.testing import LocalHarbor
from harbor_client.testing._faults import (
    RESET_AFTER_PROCESSING,
    RESET_BEFORE_BODY,
    SLOW,
    THROTTLED,
    UNAVAILABLE,
    Faults,
)

NO_WAIT = RetryPolicy(retries=3, backoff=0.0, max_backoff=0.0)
PROJECTS = "/api/v2.0/projects"
ADMIN = ("admin", "Harbor12345")


@pytest.fixture
def harbor() -> Iterator[LocalHarbor]:
    with LocalHarbor(registry=False) as local:
        yield local


def raw(harbor: LocalHarbor) -> httpx.Client:
    return httpx.Client(base_url=harbor.url, auth=ADMIN)


def client(harbor: LocalHarbor, **options: object) -> Harbor:
    options.setdefault("retry", NO_WAIT)
    return Harbor(harbor.url, username=ADMIN[0], password=ADMIN[1], **options)  # type: ignore[arg-type]


def async_client(harbor: LocalHarbor, **options: object) -> AsyncHarbor:
    options.setdefault("retry", NO_WAIT)
    return AsyncHarbor(harbor.url, username=ADMIN[0], password=ADMIN[1], **options)  # type: ignore[arg-type]


def create(http: httpx.Client, name: str, request_id: str = "rid") -> httpx.Response:
    return http.post(
        PROJECTS, json={"project_name": name}, headers={"X-Request-Id": request_id}
    )


# -- the injector -------------------------------------------------------------------


def test_unavailable_is_nginxs_503_page_with_retry_after(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(UNAVAILABLE,), retry_after=2))

    with raw(harbor) as http:
        response = create(http, "never-made")

    assert response.status_code == 503
    assert response.headers["retry-after"] == "2"
    assert response.headers["content-type"] == "text/html"
    assert b"503 Service Temporarily Unavailable" in response.content
    assert harbor.store.project_named("never-made") is None
    assert harbor.faults.injected == {UNAVAILABLE: 1}
    assert harbor.faults.processed == {}


def test_throttled_is_harbors_429_with_retry_after(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(THROTTLED,), retry_after=1))

    with raw(harbor) as http:
        response = http.get(PROJECTS)

    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    assert response.json() == {
        "errors": [
            {
                "code": "TOO_MANY_REQUEST",
                "message": "too many requests to upstream registry",
            }
        ]
    }
    assert harbor.faults.processed == {}


def test_a_reset_before_the_body_processes_nothing(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(RESET_BEFORE_BODY,)))

    with raw(harbor) as http, pytest.raises(httpx.TransportError):
        create(http, "never-made", "rid-1")

    assert harbor.store.project_named("never-made") is None
    [exchange] = harbor.faults.exchanges
    assert (exchange.request_id, exchange.fault, exchange.processed) == (
        "rid-1",
        RESET_BEFORE_BODY,
        False,
    )
    assert exchange.status is None


def test_a_reset_after_processing_makes_the_change_and_loses_the_answer(
    harbor: LocalHarbor,
) -> None:
    harbor.faults.set(Faults(plan=(RESET_AFTER_PROCESSING,)))

    with raw(harbor) as http, pytest.raises(httpx.TransportError):
        create(http, "made-anyway", "rid-1")

    assert harbor.store.project_named("made-anyway") is not None
    [exchange] = harbor.faults.exchanges
    assert (exchange.fault, exchange.processed, exchange.status) == (
        RESET_AFTER_PROCESSING,
        True,
        None,
    )
    assert harbor.faults.processed == {"POST /api/v2.0/projects": 1}


def test_a_slow_answer_comes_after_the_delay(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(SLOW,), slow_delay=0.3))

    with raw(harbor) as http:
        started = time.monotonic()
        slow = http.get(PROJECTS)
        slow_time = time.monotonic() - started
        started = time.monotonic()
        http.get(PROJECTS)
        quick_time = time.monotonic() - started

    assert slow.status_code == 200
    assert slow_time >= 0.3
    assert quick_time < 0.3


def kinds_seen(seed: int, count: int = 60) -> list[str | None]:
    faults = Faults(unavailable=0.2, throttled=0.2, slow=0.2, slow_delay=0.0, seed=seed)
    with LocalHarbor(faults=faults, registry=False) as local, raw(local) as http:
        for _ in range(count):
            http.get("/api/v2.0/ping")
        return [e.fault for e in local.faults.exchanges]


def test_the_same_seed_gives_the_same_faults() -> None:
    first = kinds_seen(seed=7)

    assert kinds_seen(seed=7) == first
    assert kinds_seen(seed=8) != first
    assert {UNAVAILABLE, THROTTLED, SLOW, None} == set(first)


def test_shares_pick_about_their_share_of_requests() -> None:
    seen = kinds_seen(seed=1, count=400)

    for kind in (UNAVAILABLE, THROTTLED, SLOW):
        assert 50 <= seen.count(kind) <= 110  # 20 % of 400, give or take


def test_faults_change_at_run_time(harbor: LocalHarbor) -> None:
    with raw(harbor) as http:
        before = http.get(PROJECTS).status_code
        harbor.faults.set(unavailable=1.0)
        during = http.get(PROJECTS).status_code
        harbor.faults.clear()
        after = http.get(PROJECTS).status_code

    assert (before, during, after) == (200, 503, 200)
    assert harbor.faults.injected == {UNAVAILABLE: 1}
    assert harbor.faults.processed == {"GET /api/v2.0/projects": 2}


def test_only_the_chosen_methods_and_paths_get_faults(harbor: LocalHarbor) -> None:
    harbor.faults.set(
        Faults(unavailable=1.0, methods=frozenset({"post"}), path_prefix=PROJECTS)
    )

    with raw(harbor) as http:
        statuses = [
            http.get(PROJECTS).status_code,
            http.get("/api/v2.0/ping").status_code,
            create(http, "refused").status_code,
            http.post("/api/v2.0/users", json={}).status_code,
        ]

    assert statuses[:3] == [200, 200, 503]
    assert statuses[3] != 503
    assert harbor.faults.injected == {UNAVAILABLE: 1}


def test_processed_requests_are_counted_per_method_and_path(
    harbor: LocalHarbor,
) -> None:
    harbor.faults.set(Faults(plan=(None, UNAVAILABLE)))

    with raw(harbor) as http:
        http.get(PROJECTS)
        http.get(PROJECTS)
        http.get(f"{PROJECTS}?page=2")
        create(http, "demo")
        http.head(PROJECTS, params={"project_name": "demo"})

    assert harbor.faults.processed == {
        "GET /api/v2.0/projects": 2,
        "POST /api/v2.0/projects": 1,
        "HEAD /api/v2.0/projects": 1,
    }
    assert harbor.faults.injected == {UNAVAILABLE: 1}
    assert len(harbor.faults.exchanges) == 5


def test_shares_above_one_are_refused() -> None:
    with pytest.raises(ValueError, match=r"add up to 1\.200"):
        Faults(unavailable=0.6, reset_after_processing=0.6)


def test_an_unknown_kind_in_the_plan_is_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown fault kinds in plan: \['boom'\]"):
        Faults(plan=("boom",))


def test_connections_are_counted_open_at_the_peak_and_in_total(
    harbor: LocalHarbor,
) -> None:
    first, second = raw(harbor), raw(harbor)
    first.get("/api/v2.0/ping")
    second.get("/api/v2.0/ping")
    first.get("/api/v2.0/ping")  # kept alive: no new connection
    peak_while_open = harbor.connections.peak
    first.close()
    second.close()

    deadline = time.monotonic() + 5
    while harbor.connections.open and time.monotonic() < deadline:
        time.sleep(0.01)
    assert (peak_while_open, harbor.connections.total) == (2, 2)
    assert harbor.connections.open == 0


# -- the client in each fault --------------------------------------------------------


def test_a_get_is_sent_again_after_each_kind_of_fault_with_one_request_id(
    harbor: LocalHarbor,
) -> None:
    harbor.faults.set(
        Faults(plan=(UNAVAILABLE, THROTTLED, RESET_AFTER_PROCESSING), retry_after=0)
    )

    with client(harbor) as harbor_client:
        projects = harbor_client.projects.list()

    assert [p.name for p in projects] == ["library"]
    exchanges = harbor.faults.exchanges
    assert [e.fault for e in exchanges] == [
        UNAVAILABLE,
        THROTTLED,
        RESET_AFTER_PROCESSING,
        None,
    ]
    assert len({e.request_id for e in exchanges}) == 1


def test_a_get_honours_retry_after(
    harbor: LocalHarbor, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    monkeypatch.setattr("harbor_client.client.time.sleep", waits.append)
    harbor.faults.set(Faults(plan=(THROTTLED, UNAVAILABLE), retry_after=3))

    with client(harbor, retry=RetryPolicy(retries=3, max_backoff=10)) as c:
        c.projects.list()

    assert waits == [3.0, 3.0]


def test_a_post_whose_answer_was_lost_is_not_sent_again(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(RESET_AFTER_PROCESSING,)))

    with client(harbor) as c, pytest.raises(errors.TransportError) as caught:
        c.projects.create(body={"project_name": "made-once"})

    [exchange] = harbor.faults.exchanges
    assert exchange.processed
    assert caught.value.request_id == exchange.request_id
    # The change was made: a second POST would be a 409 at best, a duplicate at
    # worst for operations without a unique name.
    assert harbor.store.project_named("made-once") is not None


def test_a_post_reset_before_its_body_is_not_sent_again_either(
    harbor: LocalHarbor,
) -> None:
    # The client cannot tell the two resets apart, so both count as maybe-made.
    harbor.faults.set(Faults(plan=(RESET_BEFORE_BODY,)))

    with client(harbor) as c, pytest.raises(errors.TransportError):
        c.projects.create(body={"project_name": "never-made"})

    assert len(harbor.faults.exchanges) == 1
    assert harbor.store.project_named("never-made") is None


def test_a_post_refused_with_503_is_not_sent_again(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(UNAVAILABLE,), retry_after=0))

    with client(harbor) as c, pytest.raises(errors.ServerError) as caught:
        c.projects.create(body={"project_name": "refused"})

    assert caught.value.status_code == 503
    assert len(harbor.faults.exchanges) == 1
    # nginx's page has no X-Request-Id; the error names the one the client sent.
    assert caught.value.request_id == harbor.faults.exchanges[0].request_id


def test_a_delete_whose_answer_was_lost_returns_as_deleted(
    harbor: LocalHarbor,
) -> None:
    # DELETE is idempotent in effect, not in answer: the retry finds the project
    # gone, and that 404 is the delete the first attempt made.
    harbor.add_project("doomed")
    harbor.faults.set(Faults(plan=(RESET_AFTER_PROCESSING,)))

    with client(harbor) as c:
        assert c.projects.delete("doomed") is None

    assert harbor.store.project_named("doomed") is None
    assert [e.status for e in harbor.faults.exchanges] == [None, 404]


def test_a_get_that_times_out_is_sent_again(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(plan=(SLOW,), slow_delay=1.0))

    with client(harbor, timeout=0.3) as c:
        assert [p.name for p in c.projects.list()] == ["library"]

    assert [e.fault for e in harbor.faults.exchanges] == [SLOW, None]


def test_the_budget_ends_in_the_last_answers_typed_error(harbor: LocalHarbor) -> None:
    harbor.faults.set(Faults(unavailable=1.0, retry_after=0))

    with client(harbor) as c, pytest.raises(errors.ServerError) as caught:
        c.projects.get("library")

    assert caught.value.status_code == 503
    assert harbor.faults.attempts(str(caught.value.request_id)) == 4


async def test_the_async_client_retries_a_get_and_not_a_post(
    harbor: LocalHarbor,
) -> None:
    harbor.faults.set(Faults(plan=(RESET_AFTER_PROCESSING,)))

    async with async_client(harbor) as c:
        projects = await c.projects.list()
        harbor.faults.set(Faults(plan=(RESET_AFTER_PROCESSING,)))
        with pytest.raises(errors.TransportError):
            await c.projects.create(body={"project_name": "made-once"})

    assert [p.name for p in projects] == ["library"]
    assert harbor.faults.attempts_by_request_id(["GET"]).most_common(1)[0][1] == 2
    assert list(harbor.faults.attempts_by_request_id(["POST"]).values()) == [1]
    assert harbor.store.project_named("made-once") is not None
