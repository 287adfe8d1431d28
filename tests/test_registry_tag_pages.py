"""The registry's tag list, page by page, through the SDK's one pagination mechanism.

``Registry.iter_tags`` and ``AsyncRegistry.iter_tags`` are paginators over Harbor's
``GET /v2/<name>/tags/list``: ``n`` tags per request, the next page after the marker
``last`` that the relative ``Link: </v2/...?last=<tag>&n=<n>>; rel="next"`` names
(harbor-behavior.md 5.7). :class:`HarborTags` answers as Harbor does, or as the
registries that page worse: the distribution registry 2.8 (no paging at all), one
that ignores ``last``, one whose links go round. Every case runs on both faces and
checks the exact requests sent and the exact tags returned, in order.

The last tests list tags of the local Harbor in front of the real distribution
registry (Debian's ``docker-registry``); they fail, not skip, when the binary is
missing and ``CI`` is set.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from support.distribution import registry_backend

from harbor_client import AsyncHarbor, Harbor
from harbor_client.auth import BasicCredentials, RegistryAuth
from harbor_client.errors import HarborResponseError, NotFoundError
from harbor_client.pagination import AsyncPaginator, PaginationError, Paginator
from harbor_client.registry import AsyncRegistry, InvalidReference, Registry
from harbor_client.testing import LocalHarbor, RegistryBackend

HARBOR = "https://harbor.example.com"
TAGS = "/v2/demo/app/tags/list"
REALM = f"{HARBOR}/service/token"
CHALLENGE = (
    f'Bearer realm="{REALM}",service="harbor-registry",scope="repository:demo/app:pull"'
)


def numbered(count: int) -> list[str]:
    """``t000``, ``t001`` ...: names whose lexicographic order is their number's."""
    return [f"t{i:03d}" for i in range(count)]


@dataclass
class HarborTags:
    """``GET /v2/demo/app/tags/list`` for an httpx.MockTransport.

    By default Harbor's: sorted tags, ``n`` of them after ``last``, and a relative
    next link with sorted, percent-encoded keys while more remain. The switches
    make the registries that page differently.
    """

    tags: list[str]
    #: the distribution registry 2.8: ``n`` and ``last`` ignored, every tag at once.
    pages: bool = True
    #: a link on every full page, even the last one (the distribution catalog's way).
    link_on_full_page: bool = False
    #: ``last`` ignored: the first page again and again, with the same next link.
    ignores_last: bool = False
    #: where each marker's link points instead, to make links that go round.
    link_after: dict[str, str] = field(default_factory=dict)
    sent: list[httpx.Request] = field(default_factory=list)

    @property
    def targets(self) -> list[str]:
        """The raw path and query of every request, in order."""
        return [r.url.raw_path.decode("ascii") for r in self.sent]

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        assert request.url.path.endswith(TAGS), request.url
        if not self.pages:
            return self.answer(self.tags)

        n = int(request.url.params.get("n", len(self.tags)))
        last = request.url.params.get("last")
        after = sorted(self.tags)
        if last is not None and not self.ignores_last:
            after = [tag for tag in after if tag > last]
        page = after[:n]
        more = len(after) > n or (self.link_on_full_page and len(page) == n)
        if not more or not page:
            return self.answer(page)
        marker = self.link_after.get(page[-1], page[-1])
        link = f'<{TAGS}?last={quote(marker, safe="")}&n={n}>; rel="next"'
        return self.answer(page, Link=link)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)

    def answer(self, tags: list[str], **headers: str) -> httpx.Response:
        return httpx.Response(
            200, json={"name": "demo/app", "tags": tags}, headers=headers
        )


@dataclass
class Walked:
    """What one pass of a paginator gave, and the paginator after it."""

    tags: list[str]
    paginator: Paginator[str] | AsyncPaginator[str]


Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(params=["sync", "async"])
def face(request: pytest.FixtureRequest) -> str:
    face: str = request.param
    return face


def walk(
    face: str,
    handler: Handler,
    *,
    base: str = HARBOR,
    auth: httpx.Auth | None = None,
    **arguments: Any,
) -> Walked:
    """Every tag of ``demo/app`` through ``iter_tags`` of the sync or async face."""
    if face == "sync":
        client = httpx.Client(transport=httpx.MockTransport(handler), auth=auth)
        with Registry(client, base) as registry:
            paginator = registry.iter_tags("demo/app", **arguments)
            return Walked(list(paginator), paginator)

    async def handle(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return handler(request)

    async def run() -> Walked:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handle), auth=auth)
        async with client, AsyncRegistry(client, base) as registry:
            paginator = registry.iter_tags("demo/app", **arguments)
            return Walked([tag async for tag in paginator], paginator)

    return asyncio.run(run())


def list_all(face: str, handler: Handler, **arguments: Any) -> list[str]:
    """``list_tags`` of the sync or async face."""
    if face == "sync":
        client = httpx.Client(transport=httpx.MockTransport(handler))
        return Registry(client, HARBOR).list_tags("demo/app", **arguments)

    async def run() -> list[str]:
        async def handle(request: httpx.Request) -> httpx.Response:
            return handler(request)

        async with httpx.AsyncClient(transport=httpx.MockTransport(handle)) as client:
            return await AsyncRegistry(client, HARBOR).list_tags(
                "demo/app", **arguments
            )

    return asyncio.run(run())


# Harbor's pages: n tags after last, a relative next link while more remain


@pytest.mark.parametrize(
    ("count", "targets"),
    [
        (0, [f"{TAGS}?n=100"]),
        (1, [f"{TAGS}?n=100"]),
        (99, [f"{TAGS}?n=100"]),
        (100, [f"{TAGS}?n=100"]),
        (101, [f"{TAGS}?n=100", f"{TAGS}?last=t099&n=100"]),
        (
            250,
            [f"{TAGS}?n=100", f"{TAGS}?last=t099&n=100", f"{TAGS}?last=t199&n=100"],
        ),
    ],
)
def test_follows_the_relative_link_with_n_and_last_to_the_last_page(
    face: str, count: int, targets: list[str]
) -> None:
    server = HarborTags(numbered(count))

    walked = walk(face, server.handle, page_size=100)

    assert walked.tags == numbered(count)
    assert server.targets == targets


def test_a_link_on_a_full_last_page_costs_one_empty_page(face: str) -> None:
    server = HarborTags(numbered(100), link_on_full_page=True)

    walked = walk(face, server.handle, page_size=100)

    assert walked.tags == numbered(100)
    assert server.targets == [f"{TAGS}?n=100", f"{TAGS}?last=t099&n=100"]


def test_without_a_page_size_one_request_asks_for_every_tag(face: str) -> None:
    server = HarborTags(numbered(250))

    walked = walk(face, server.handle)

    assert walked.tags == numbered(250)
    assert server.targets == [TAGS]


def test_a_registry_that_ignores_n_answers_everything_in_one_request(
    face: str,
) -> None:
    # The distribution registry 2.8: every tag, in its own order, and no link.
    server = HarborTags(["latest", "2.0", "1.0"], pages=False)

    walked = walk(face, server.handle, page_size=2)

    assert walked.tags == ["latest", "2.0", "1.0"]
    assert server.targets == [f"{TAGS}?n=2"]


def test_pages_of_a_registry_under_a_path_prefix_stay_under_it(face: str) -> None:
    # Harbor writes its link from its own root (/v2/...), unaware of a proxy's
    # prefix; the next page is asked for under the prefix all the same.
    server = HarborTags(numbered(3))

    walked = walk(face, server.handle, base=f"{HARBOR}/harbor", page_size=2)

    assert walked.tags == numbered(3)
    assert server.targets == [
        f"/harbor{TAGS}?n=2",
        f"/harbor{TAGS}?last=t001&n=2",
    ]


# Where a pass starts and stops


def test_max_items_stops_without_requesting_a_page_it_would_not_use(
    face: str,
) -> None:
    server = HarborTags(numbered(250))

    walked = walk(face, server.handle, page_size=100, max_items=100)

    assert walked.tags == numbered(100)
    assert server.targets == [f"{TAGS}?n=100"]


def test_max_items_within_a_page_keeps_only_the_first_of_it(face: str) -> None:
    server = HarborTags(numbered(250))

    walked = walk(face, server.handle, page_size=100, max_items=150)

    assert walked.tags == numbered(150)
    assert server.targets == [f"{TAGS}?n=100", f"{TAGS}?last=t099&n=100"]


def test_max_items_of_zero_sends_nothing(face: str) -> None:
    server = HarborTags(numbered(3))

    walked = walk(face, server.handle, page_size=100, max_items=0)

    assert walked.tags == []
    assert server.targets == []


def test_last_starts_after_that_tag(face: str) -> None:
    server = HarborTags(numbered(250))

    walked = walk(face, server.handle, page_size=100, last="t099")

    assert walked.tags == numbered(250)[100:]
    assert server.targets == [f"{TAGS}?last=t099&n=100", f"{TAGS}?last=t199&n=100"]


def test_last_need_not_be_a_tag_of_the_repository(face: str) -> None:
    # Harbor resumes after where the name would sort: "t1" lies before "t100".
    server = HarborTags(numbered(102))

    walked = walk(face, server.handle, page_size=100, last="t1")

    assert walked.tags == ["t100", "t101"]
    assert server.targets == [f"{TAGS}?last=t1&n=100"]


def test_the_first_page_is_asked_for_when_the_first_tag_is() -> None:
    server = HarborTags(numbered(5))
    registry = Registry(
        httpx.Client(transport=httpx.MockTransport(server.handle)), HARBOR
    )

    paginator = registry.iter_tags("demo/app", page_size=2)
    assert server.targets == []
    tags = iter(paginator)
    assert [next(tags), next(tags)] == ["t000", "t001"]
    assert server.targets == [f"{TAGS}?n=2"]
    assert next(tags) == "t002"
    assert server.targets == [f"{TAGS}?n=2", f"{TAGS}?last=t001&n=2"]


def test_each_pass_starts_again_from_the_first_page() -> None:
    server = HarborTags(numbered(3))
    registry = Registry(
        httpx.Client(transport=httpx.MockTransport(server.handle)), HARBOR
    )
    paginator = registry.iter_tags("demo/app", page_size=2)

    assert list(paginator) == list(paginator) == numbered(3)
    assert server.targets == [f"{TAGS}?n=2", f"{TAGS}?last=t001&n=2"] * 2


# What the paginator tells, as for the REST lists


def test_the_paginator_keeps_the_last_page_and_knows_no_total(face: str) -> None:
    server = HarborTags(numbered(3))

    walked = walk(face, server.handle, page_size=2)

    last = walked.paginator.last_response
    assert last is not None
    assert last.request.url.raw_path.decode() == f"{TAGS}?last=t001&n=2"
    assert last.json() == {"name": "demo/app", "tags": ["t002"]}
    # The registry sends no X-Total-Count: there is no total to tell.
    assert walked.paginator.total_count is None


def test_the_paginator_names_the_tag_list() -> None:
    server = HarborTags(numbered(3))
    client = httpx.Client(transport=httpx.MockTransport(server.handle))

    paginator = Registry(client, HARBOR).iter_tags("demo/app")

    assert repr(paginator) == "<Paginator of GET /v2/demo/app/tags/list>"


# list_tags: every tag in one list, as before


def test_list_tags_collects_every_page(face: str) -> None:
    server = HarborTags(numbered(250))

    assert list_all(face, server.handle, page_size=100) == numbered(250)
    assert server.targets == [
        f"{TAGS}?n=100",
        f"{TAGS}?last=t099&n=100",
        f"{TAGS}?last=t199&n=100",
    ]


def test_list_tags_starts_after_last(face: str) -> None:
    server = HarborTags(numbered(5))

    assert list_all(face, server.handle, page_size=2, last="t002") == ["t003", "t004"]
    assert server.targets == [f"{TAGS}?last=t002&n=2"]


# Registries that would page forever


def test_a_registry_that_repeats_a_page_is_a_pagination_error(face: str) -> None:
    # It ignores last: the second page is the first again, with the same link. The
    # REST lists raise the same error for Harbor's /users/search.
    server = HarborTags(numbered(250), ignores_last=True)

    with pytest.raises(PaginationError) as raised:
        walk(face, server.handle, page_size=100)

    assert str(raised.value) == (
        "GET /v2/demo/app/tags/list returned the same 100 items again for "
        "n=100 last=t099: the server ignores the page position while advertising "
        "a next page, so this list cannot be paged. Leave page_size unset: the "
        "registry then answers the whole list at once. (Or exactly a page of items "
        "was added ahead of this one while the list was read: list it again.)"
    )
    assert server.targets == [f"{TAGS}?n=100", f"{TAGS}?last=t099&n=100"]


def test_list_tags_raises_the_same_error_for_a_repeated_page(face: str) -> None:
    server = HarborTags(numbered(250), ignores_last=True)

    with pytest.raises(PaginationError, match="returned the same 100 items again"):
        list_all(face, server.handle, page_size=100)
    assert len(server.sent) == 2


def test_links_that_go_round_are_a_pagination_error(face: str) -> None:
    # The third page links back to the marker of the second: no page equals the
    # one before it, yet following the links would go round pages 2 and 3 forever.
    server = HarborTags(numbered(8), link_after={"t005": "t001"})

    with pytest.raises(PaginationError) as raised:
        walk(face, server.handle, page_size=2)

    assert str(raised.value) == (
        "GET /v2/demo/app/tags/list sent a next link back to last=t001, which this "
        "pass has asked for already: following it would not end"
    )
    assert server.targets == [
        f"{TAGS}?n=2",
        f"{TAGS}?last=t001&n=2",
        f"{TAGS}?last=t003&n=2",
    ]


def test_a_link_back_to_the_tag_given_as_last_is_a_pagination_error(
    face: str,
) -> None:
    server = HarborTags(numbered(6), link_after={"t004": "t002"})

    with pytest.raises(PaginationError, match="back to last=t002"):
        walk(face, server.handle, page_size=2, last="t002")
    assert server.targets == [f"{TAGS}?last=t002&n=2"]


# Refusals, errors and the token flow


def test_a_401_with_a_bearer_challenge_on_the_second_page_gets_one_new_token(
    face: str,
) -> None:
    # The first token is revoked after the first page (Harbor's answer to a token
    # it no longer takes is a 401 with the challenge and error="invalid_token").
    server = HarborTags(numbered(3))
    issued: list[str] = []
    seen: list[tuple[str, str | None]] = []

    def harbor(request: httpx.Request) -> httpx.Response:
        authorization = request.headers.get("authorization")
        seen.append((request.url.raw_path.decode(), authorization))
        if request.url.path == "/service/token":
            issued.append(f"token-{len(issued) + 1}")
            return httpx.Response(200, json={"token": issued[-1], "expires_in": 1800})
        if authorization is None:
            return httpx.Response(401, headers={"WWW-Authenticate": CHALLENGE})
        if authorization == "Bearer token-1" and "last=" in str(request.url):
            return httpx.Response(
                401,
                headers={"WWW-Authenticate": CHALLENGE + ',error="invalid_token"'},
            )
        return server.handle(request)

    auth = RegistryAuth(HARBOR, BasicCredentials("alice", "Alice12345"))
    walked = walk(face, harbor, auth=auth, page_size=2)

    assert walked.tags == numbered(3)
    token_request = (
        "/service/token?account=alice&service=harbor-registry"
        "&scope=repository%3Ademo%2Fapp%3Apull"
    )
    basic = "Basic " + base64.b64encode(b"alice:Alice12345").decode()
    assert seen == [
        (f"{TAGS}?n=2", None),
        (token_request, basic),
        (f"{TAGS}?n=2", "Bearer token-1"),
        (f"{TAGS}?last=t001&n=2", "Bearer token-1"),
        (token_request, basic),
        (f"{TAGS}?last=t001&n=2", "Bearer token-2"),
    ]
    assert server.targets == [f"{TAGS}?n=2", f"{TAGS}?last=t001&n=2"]


def test_an_unknown_repository_is_harbors_not_found(face: str) -> None:
    def harbor(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404,
            json={
                "errors": [
                    {"code": "NOT_FOUND", "message": "repository demo/app not found"}
                ]
            },
        )

    with pytest.raises(NotFoundError, match="repository demo/app not found"):
        walk(face, harbor, page_size=2)


def test_a_body_without_a_tags_array_is_a_response_error(face: str) -> None:
    def harbor(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"name": "demo/app", "tags": "1.0"})

    with pytest.raises(HarborResponseError) as raised:
        walk(face, harbor, page_size=2)

    assert str(raised.value) == (
        f"GET {HARBOR}{TAGS}: the tag list is not JSON with a tags array"
    )


def test_null_tags_are_an_empty_list(face: str) -> None:
    def harbor(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"name": "demo/app", "tags": None})

    assert walk(face, harbor, page_size=2).tags == []


@pytest.mark.parametrize("page_size", [0, -1])
def test_a_page_size_below_one_is_refused_before_any_request(page_size: int) -> None:
    server = HarborTags(numbered(3))
    sync = Registry(httpx.Client(transport=httpx.MockTransport(server.handle)), HARBOR)
    asynchronous = AsyncRegistry(
        httpx.AsyncClient(transport=httpx.MockTransport(server.ahandle)), HARBOR
    )

    for registry in (sync, asynchronous):
        with pytest.raises(
            ValueError, match=f"page_size must be 1 or more, not {page_size}"
        ):
            registry.iter_tags("demo/app", page_size=page_size)
    assert server.sent == []


def test_a_name_that_is_no_repository_is_refused_before_any_request() -> None:
    server = HarborTags(numbered(3))
    registry = Registry(
        httpx.Client(transport=httpx.MockTransport(server.handle)), HARBOR
    )

    with pytest.raises(InvalidReference):
        registry.iter_tags("Demo/App")
    assert server.sent == []


# The local Harbor, in front of the real distribution registry

LOCAL_TAGS = ["1.0", "1.1", "2.0", "latest", "nightly"]


@pytest.fixture
def backend(local_harbor_registry: RegistryBackend | None) -> RegistryBackend:
    backend: RegistryBackend = registry_backend(local_harbor_registry)
    return backend


def admin_of(local: LocalHarbor) -> Harbor:
    return Harbor(
        local.url, username=local.admin_username, password=local.admin_password
    )


@pytest.fixture
def local(backend: RegistryBackend) -> Iterator[LocalHarbor]:
    """A local Harbor whose ``demo/app`` holds one image under five tags."""
    with LocalHarbor(registry=backend) as harbor:
        harbor.add_project("demo")
        with admin_of(harbor) as client:
            pushed = client.registry.push_artifact("demo/app:nightly", [])
            manifest = client.registry.get_manifest("demo/app", pushed.digest)
            for tag in LOCAL_TAGS:
                client.registry.put_manifest(
                    "demo/app", tag, manifest.content, manifest.media_type
                )
        yield harbor


@pytest.mark.registry
def test_lists_the_tags_of_the_local_harbor_page_by_page(local: LocalHarbor) -> None:
    with admin_of(local) as harbor:
        paginator = harbor.registry.iter_tags("demo/app", page_size=2)
        tags = list(paginator)
        everything = harbor.registry.list_tags("demo/app")

    assert tags == LOCAL_TAGS
    assert everything == LOCAL_TAGS
    assert paginator.last_response is not None
    # Three pages: 1.0 1.1, 2.0 latest, nightly.
    assert paginator.last_response.request.url.params == httpx.QueryParams(
        "last=latest&n=2"
    )
    assert paginator.last_response.json() == {"name": "demo/app", "tags": ["nightly"]}


@pytest.mark.registry
async def test_lists_the_tags_of_the_local_harbor_with_async_for(
    local: LocalHarbor,
) -> None:
    async with AsyncHarbor(
        local.url, username=local.admin_username, password=local.admin_password
    ) as harbor:
        paginator = harbor.registry.iter_tags("demo/app", page_size=2, last="1.0")
        tags = [tag async for tag in paginator]
        everything = await harbor.registry.list_tags("demo/app")

    assert tags == LOCAL_TAGS[1:]
    assert everything == LOCAL_TAGS
