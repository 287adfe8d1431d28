"""In-memory paged lists that answer as Harbor does, for the pagination tests.

This module holds no tests. :class:`FakeList` stands in for ``Harbor`` (it has the
``_call_detailed(op, args)`` the paginator uses) and writes ``X-Total-Count`` and
``Link`` the way ``src/server/v2.0/handler/base.go`` does: relative URL, sorted keys,
un-escaped query, links joined by ``" , "``. Switches reproduce the servers that do
not: no ``Link``, no total, a total of -1, a page size of its own, ``page`` ignored.
"""

from __future__ import annotations

import asyncio
import json
import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlencode

import httpx

from harbor_client._operation import Operation

LIST_PROJECTS = Operation(
    id="listProjects",
    method="GET",
    path="/projects",
    tag="project",
    namespace="projects",
    name="list",
    module="api.project.list_projects",
    paged=True,
)

SEARCH_USERS = Operation(
    id="searchUsers",
    method="GET",
    path="/users/search",
    tag="user",
    namespace="users",
    name="search",
    module="api.user.search_users",
    paged=True,
)

SEARCH_USER_GROUPS = Operation(
    id="searchUserGroups",
    method="GET",
    path="/usergroups/search",
    tag="usergroup",
    namespace="usergroups",
    name="search",
    module="api.usergroup.search_user_groups",
    paged=True,
)


@dataclass
class Result:
    """What ``Harbor._call_detailed`` returns."""

    response: httpx.Response
    parsed: list[Any]


@dataclass
class FakeList:
    """A paged list of ``items`` behind a fake ``_call_detailed``."""

    items: list[Any]
    #: write the ``Link`` header.
    links: bool = True
    #: the ``X-Total-Count`` to write: ``"count"`` for the true one, an int, or None.
    total: str | int | None = "count"
    #: a page size the server uses whatever was asked (a server ignoring page_size).
    own_page_size: int | None = None
    #: always answer page 1, as /users/search and /usergroups/search do.
    ignores_page: bool = False
    #: every ``args`` dict received, in order.
    calls: list[dict[str, Any]] = field(default_factory=list)

    def _call_detailed(self, op: Operation, args: dict[str, Any]) -> Result:
        self.calls.append(dict(args))
        return self.answer(op, args)

    @property
    def pages_requested(self) -> list[int]:
        return [call["page"] for call in self.calls]

    def answer(self, op: Operation, args: dict[str, Any]) -> Result:
        page = int(args["page"])
        asked = int(args["page_size"])
        size = self.own_page_size or asked
        offset = 0 if self.ignores_page else (page - 1) * size
        body = self.items[offset : offset + size]

        headers: dict[str, str] = {"content-type": "application/json"}
        total = len(self.items) if self.total == "count" else self.total
        if total is not None:
            headers["x-total-count"] = str(total)
        if self.links:
            link = harbor_link_header(op.path, args, page, asked, len(self.items))
            if link:
                headers["link"] = link
        request = httpx.Request("GET", f"https://harbor.test/api/v2.0{op.path}")
        response = httpx.Response(
            200, headers=headers, content=json.dumps(body).encode(), request=request
        )
        return Result(response=response, parsed=list(body))


def harbor_link_header(
    path: str, args: dict[str, Any], page: int, page_size: int, total: int
) -> str:
    """``Link`` as Harbor writes it, from what the client sent."""
    sent = {k: v for k, v in args.items() if v is not None}

    def url(to_page: int) -> str:
        query = urlencode(sorted({**sent, "page": to_page}.items()))
        # Harbor un-escapes the whole query before writing it into the header.
        return f"/api/v2.0{path}?{unquote(query)}"

    links = []
    if page > 1 and (page - 1) * page_size < total:
        links.append(f'<{url(page - 1)}>; rel="prev"')
    if page * page_size < total:
        links.append(f'<{url(page + 1)}>; rel="next"')
    return " , ".join(links)


@dataclass
class AsyncFakeList(FakeList):
    """The same list behind an async ``_call_detailed``, counting requests in flight."""

    #: how long each answer takes, so that requests overlap.
    delay: float = 0.001
    in_flight: int = 0
    most_in_flight: int = 0
    cancelled: int = 0
    #: pages that fail with the given exception.
    failures: dict[int, Exception] = field(default_factory=dict)
    #: pages that take this long instead.
    slow_pages: dict[int, float] = field(default_factory=dict)

    async def _call_detailed(  # type: ignore[override]
        self, op: Operation, args: dict[str, Any]
    ) -> Result:
        self.calls.append(dict(args))
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            # Later pages answer sooner, so the order of completion is not the
            # order of the list.
            page = int(args["page"])
            await asyncio.sleep(self.slow_pages.get(page, self.delay * (1 + 1 / page)))
            if page in self.failures:
                raise self.failures[page]
            return self.answer(op, args)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1


def expected_requests(count: int, page_size: int) -> int:
    """Requests a correct paginator makes for a Harbor list: never an extra one."""
    return max(1, math.ceil(count / page_size))
