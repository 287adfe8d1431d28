"""Every page of a list, sync (``for``) and async (``async for``).

Harbor pages its lists with ``page``/``page_size`` and describes what follows in two
headers, ``X-Total-Count`` and ``Link: <...>; rel="next"``. Both have traps that
decide the shape of this module:

* The ``Link`` URL is relative, its keys are re-sorted and its query is URL-*un*escaped
  (``src/server/v2.0/handler/base.go``): spaces, braces and commas of ``q`` appear raw
  and a ``+`` or ``&`` in a value is lost. Following it verbatim changes the filter.
  So the next link is only a signal, "there is more"; the next request is the
  caller's own arguments with ``page`` + 1.
* ``X-Total-Count`` is ``-1`` when Harbor did not count (``/security/vul``), and then
  no ``next`` link is written either: only a short page ends such a list.
* ``/users/search`` and ``/usergroups/search`` ignore ``page`` and still advertise
  ``next``; following them returns the same page forever. Two identical pages in a
  row raise :class:`PaginationError` instead.

The stepping decision is written once, sans I/O, in :class:`PageCursor`: it says
which parameters to send, reads what a page said (:class:`PageView`) and answers how
many of its items to keep and what to send next, or that the list is done. The
:class:`Paginator` and :class:`AsyncPaginator` faces only send and yield.

:class:`PageNumberCursor` is Harbor's ``page``/``page_size``; :class:`MarkerCursor`
follows a ``last``/``n`` marker from the next link, as the registry's tag list and
catalog under ``/v2/`` do. Either goes into a paginator through
:meth:`Paginator.over` / :meth:`AsyncPaginator.over`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import unquote

import httpx

from ._operation import MAX_PAGE_SIZE
from .errors import HarborError

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = [
    "MAX_PAGE_SIZE",
    "AsyncPaginator",
    "Link",
    "MarkerCursor",
    "PageCursor",
    "PageNumberCursor",
    "PageView",
    "PaginationError",
    "Paginator",
    "find_link",
    "parse_link_header",
    "read_total_count",
]

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Parameters of one page request, merged over the caller's own arguments.
Params = dict[str, Any]


def _whole(name: str, value: object) -> int:
    """``value`` if it is an int (not a bool), else a TypeError naming ``name``.

    Checked before any request: ``"10"`` or ``2.5`` would otherwise reach a
    comparison deep inside, or the server.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {value!r}")
    return value


class PaginationError(HarborError):
    """The server's answers cannot be paged to the end (it repeats the same page)."""


# The Link header (RFC 8288), as Harbor and the registry write it


@dataclass(frozen=True, slots=True)
class Link:
    """One link of a ``Link`` header: its target and one relation type."""

    #: the URI reference between ``<`` and ``>``, exactly as sent (often relative).
    target: str
    #: the relation, lower case: ``"next"``, ``"prev"``.
    rel: str

    def resolve(self, base: httpx.URL | str) -> httpx.URL:
        """The absolute URL, relative to the request that got the link.

        Percent escapes in the path (Harbor's ``%252F``) are kept as they are.
        """
        return httpx.URL(base).join(self.target)

    @property
    def params(self) -> dict[str, str]:
        """The query parameters of the target, each decoded once.

        Harbor's ``/api/v2.0`` links are already un-escaped, so a value here is what
        the header shows (``q=operation={create delete},resource_type=artifact``),
        which is not always what was sent; the registry's links are escaped properly
        (``last=demo%2Fapp`` gives ``demo/app``).
        """
        _, _, query = self.target.partition("?")
        query = query.partition("#")[0]
        found: dict[str, str] = {}
        for pair in query.split("&"):
            if pair:
                key, _, value = pair.partition("=")
                found.setdefault(unquote(key), unquote(value))
        return found


def _split_outside(text: str, separator: str) -> list[str]:
    """Split on ``separator`` except inside ``<...>`` and double quotes.

    Harbor's targets hold raw commas (inside ``q``) and links are joined by ``" , "``,
    so a plain split on commas cuts a link in two.
    """
    parts: list[str] = []
    current: list[str] = []
    in_target = in_quotes = False
    for char in text:
        if char == "<" and not in_quotes:
            in_target = True
        elif char == ">" and not in_quotes:
            in_target = False
        elif char == '"' and not in_target:
            in_quotes = not in_quotes
        elif char == separator and not in_target and not in_quotes:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def parse_link_header(values: str | Iterable[str]) -> list[Link]:
    """Every link of one or more ``Link`` header values, in order.

    A link with several relation types (``rel="next last"``) gives one :class:`Link`
    per type. Elements that are not ``<target>; params`` are skipped, not fatal.
    """
    if isinstance(values, str):
        values = [values]
    links: list[Link] = []
    for value in values:
        for element in _split_outside(value, ","):
            element = element.strip()
            if not element.startswith("<") or ">" not in element:
                continue
            target, _, rest = element[1:].partition(">")
            for param in _split_outside(rest, ";"):
                name, _, raw = param.strip().partition("=")
                if name.strip().lower() == "rel":
                    for rel in raw.strip().strip('"').split():
                        links.append(Link(target=target.strip(), rel=rel.lower()))
    return links


def find_link(headers: httpx.Headers, rel: str) -> Link | None:
    """The first link with relation ``rel`` in the response headers, if any."""
    for link in parse_link_header(headers.get_list("link")):
        if link.rel == rel:
            return link
    return None


def read_total_count(headers: httpx.Headers) -> int | None:
    """``X-Total-Count`` as an int; ``None`` when absent or not a number."""
    value = headers.get("x-total-count")
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


# What one page said, and the decision about the next one


@dataclass(frozen=True, slots=True)
class PageView:
    """What one answer says about the list: the input of :meth:`PageCursor.advance`."""

    #: items in the body.
    count: int
    #: ``X-Total-Count`` as sent: ``None`` when absent, ``-1`` when not counted.
    total: int | None = None
    #: every link of the ``Link`` header; empty when there was none.
    links: tuple[Link, ...] = ()
    #: identifies the body, to notice a server that returns the same page again.
    fingerprint: bytes | None = None

    @classmethod
    def of(cls, response: httpx.Response, count: int) -> PageView:
        """Read the headers and body of a page that held ``count`` items."""
        try:
            fingerprint: bytes | None = hashlib.sha256(response.content).digest()
        except httpx.ResponseNotRead:
            fingerprint = None
        return cls(
            count=count,
            total=read_total_count(response.headers),
            links=tuple(parse_link_header(response.headers.get_list("link"))),
            fingerprint=fingerprint,
        )

    @property
    def next_link(self) -> Link | None:
        """The ``rel="next"`` link, if the server sent one."""
        return next((link for link in self.links if link.rel == "next"), None)


class PageCursor(ABC):
    """Where a paged list stands: what to request next, and when it is done.

    Pure state, no I/O: a face sends :attr:`params`, builds a :class:`PageView` of
    the answer and calls :meth:`advance`, until :attr:`params` is ``None``. A cursor
    serves one pass over the list.

    The rules every list shares live here: ``max_items``, an empty page ends the
    list, and a page identical to the one before is an error. Subclasses decide,
    from a page that was not the end by those rules, what to send next.
    """

    #: what a caller can do about a list whose pages repeat, for that error
    repeat_advice = "Ask for fewer results (a narrower filter)."

    def __init__(self, *, max_items: int | None = None, describe: str = "list") -> None:
        if max_items is not None and _whole("max_items", max_items) < 0:
            raise ValueError(f"max_items must be 0 or more, not {max_items}")
        self.max_items = max_items
        #: names the list in errors, e.g. ``"GET /users/search (searchUsers)"``.
        self.describe = describe
        #: items kept so far.
        self.taken = 0
        #: pages received so far.
        self.pages = 0
        self._fingerprint: bytes | None = None
        #: parameters of the next request; ``None`` when the list is done.
        self.params: Params | None = None if max_items == 0 else self._first()

    @abstractmethod
    def _first(self) -> Params:
        """Parameters of the first request."""

    @abstractmethod
    def _following(self, view: PageView) -> Params | None:
        """Parameters of the request after this page; ``None`` after the last."""

    def planned(self) -> list[Params]:
        """Parameters of every page still to come, when they are known in advance.

        Lets an async face fetch several pages at once; an empty list means the
        pages must be discovered one by one.
        """
        return []

    def advance(self, view: PageView) -> int:
        """Take the answer to :attr:`params`; return how many of its items to keep.

        Raises :class:`PaginationError` when the page repeats the previous one.
        """
        if self.params is None:
            raise RuntimeError(f"the cursor of {self.describe} is already done")
        if (
            view.count
            and view.fingerprint is not None
            and view.fingerprint == self._fingerprint
        ):
            raise PaginationError(
                f"{self.describe} returned the same {view.count} items again for "
                f"{_show(self.params)}: the server ignores the page position while "
                f"advertising a next page, so this list cannot be paged. "
                f"{self.repeat_advice} (Or exactly a page of items was added ahead "
                "of this one while the list was read: list it again.)"
            )
        self._fingerprint = view.fingerprint
        self.pages += 1

        keep = view.count
        if self.max_items is not None:
            keep = min(keep, self.max_items - self.taken)
        self.taken += keep

        if view.count == 0:
            # An empty page ends every list, whatever the headers promise.
            self.params = None
        elif self.max_items is not None and self.taken >= self.max_items:
            self.params = None
        else:
            self.params = self._following(view)
        return keep


def _show(params: Mapping[str, Any]) -> str:
    return " ".join(f"{key}={value}" for key, value in params.items())


class PageNumberCursor(PageCursor):
    """Harbor's ``/api/v2.0`` lists: ``page`` = 1, 2, 3 ... of ``page_size`` items.

    After a page, in this order:

    1. a ``next`` link: there is more;
    2. a ``Link`` header without ``next``: that was the last page (Harbor writes
       ``next`` exactly when ``page * page_size < total``), unless the total is -1;
    3. no ``Link`` header and a total: done once the items reach it;
    4. no total (absent or -1): done on a short page, one with fewer items than the
       largest page seen, so that a server returning more than ``page_size`` is
       not mistaken for one at its end.
    """

    repeat_advice = (
        "Ask for fewer results (a narrower filter) or a larger page (at most "
        f"{MAX_PAGE_SIZE})."
    )

    def __init__(
        self,
        *,
        page_size: int | None = MAX_PAGE_SIZE,
        start_page: int | None = 1,
        max_items: int | None = None,
        describe: str = "list",
    ) -> None:
        # None stands for the default, as a caller passing options through means.
        page_size = MAX_PAGE_SIZE if page_size is None else page_size
        start_page = 1 if start_page is None else start_page
        if not 1 <= _whole("page_size", page_size) <= MAX_PAGE_SIZE:
            raise ValueError(
                f"page_size must be between 1 and {MAX_PAGE_SIZE}, not {page_size}: "
                f"Harbor answers 422 above {MAX_PAGE_SIZE}, and 0 or less would "
                "return the whole list unpaged"
            )
        if _whole("start_page", start_page) < 1:
            raise ValueError(f"start_page must be 1 or more, not {start_page}")
        self.page_size = page_size
        self.start_page = start_page
        self._largest = page_size
        self._received = 0
        #: the last total the server gave (``-1`` or ``None`` when unknown).
        self.total: int | None = None
        super().__init__(max_items=max_items, describe=describe)

    def _first(self) -> Params:
        return {"page": self.start_page, "page_size": self.page_size}

    def _position(self) -> int:
        """How many items of the list lie before the next page."""
        # Counted from the pages received, not as page * page_size, so that a server
        # returning more than page_size still ends when the total is reached.
        return (self.start_page - 1) * self.page_size + self._received

    def advance(self, view: PageView) -> int:
        self._received += view.count
        self._largest = max(self._largest, view.count)
        if view.total is not None:
            self.total = view.total
        return super().advance(view)

    def _following(self, view: PageView) -> Params | None:
        assert self.params is not None
        page = int(self.params["page"])
        following = {"page": page + 1, "page_size": self.page_size}

        next_link = view.next_link
        if next_link is not None:
            self._check_link_moves_on(next_link, page)
            return following
        if view.links and view.total != -1:
            return None
        if view.total is not None and view.total >= 0:
            return following if self._position() < view.total else None
        return following if view.count >= self._largest else None

    def _check_link_moves_on(self, link: Link, page: int) -> None:
        try:
            advertised = int(link.params.get("page", page + 1))
        except ValueError:
            return
        if advertised <= page:
            raise PaginationError(
                f"{self.describe} answered page {page} with a next link to page "
                f"{advertised}: following it would not end"
            )

    def planned(self) -> list[Params]:
        if self.params is None or self.total is None or self.total < 0:
            return []
        page = int(self.params["page"])
        last = math.ceil(self.total / self.page_size)
        if self.max_items is not None:
            wanted = self.max_items - self.taken
            last = min(last, page - 1 + math.ceil(wanted / self.page_size))
        return [
            {"page": number, "page_size": self.page_size}
            for number in range(page, last + 1)
        ]


class MarkerCursor(PageCursor):
    """Lists that continue after a marker named in the next link (``n``/``last``).

    The registry's tag list and catalog (``/v2/<name>/tags/list``, ``/v2/_catalog``)
    write ``Link: </v2/...?last=<marker>&n=<n>>; rel="next"`` while more remain;
    the next request sends that marker with the caller's own arguments. No next
    link means the end.

    ``page_size=None`` sends no size: Harbor then answers every tag at once, and a
    server that pages anyway is followed with the size its link names.
    """

    repeat_advice = (
        "Leave page_size unset: the registry then answers the whole list at once."
    )

    def __init__(
        self,
        *,
        page_size: int | None,
        size_param: str = "n",
        marker_param: str = "last",
        start_after: str | None = None,
        max_items: int | None = None,
        describe: str = "list",
    ) -> None:
        if page_size is not None and _whole("page_size", page_size) < 1:
            raise ValueError(f"page_size must be 1 or more, not {page_size}")
        self.page_size = page_size
        self.size_param = size_param
        self.marker_param = marker_param
        self.start_after = start_after
        # Every marker this pass has asked after: a link back to any of them (not
        # only the last) would go round the same pages forever.
        self._markers: set[str] = set() if start_after is None else {start_after}
        super().__init__(max_items=max_items, describe=describe)

    def _first(self) -> Params:
        params: Params = {}
        if self.page_size is not None:
            params[self.size_param] = self.page_size
        if self.start_after is not None:
            params[self.marker_param] = self.start_after
        return params

    def _following(self, view: PageView) -> Params | None:
        next_link = view.next_link
        if next_link is None:
            return None
        marker = next_link.params.get(self.marker_param)
        if not marker:
            raise PaginationError(
                f"{self.describe} sent a next link without {self.marker_param}=: "
                f"{next_link.target}"
            )
        if marker in self._markers:
            raise PaginationError(
                f"{self.describe} sent a next link back to {self.marker_param}="
                f"{marker}, which this pass has asked for already: following it "
                "would not end"
            )
        self._markers.add(marker)
        params: Params = {}
        size = self.page_size or next_link.params.get(self.size_param)
        if size:
            params[self.size_param] = size
        params[self.marker_param] = marker
        return params


# The faces


class PageResult(Protocol):
    """One answer: the raw response and the items parsed from it."""

    @property
    def response(self) -> httpx.Response: ...

    @property
    def parsed(self) -> Any: ...


class SyncPageSource(Protocol):
    """``Harbor``, as the paginator uses it."""

    def _call_detailed(self, op: Operation, args: dict[str, Any]) -> PageResult: ...


class AsyncPageSource(Protocol):
    """``AsyncHarbor``, as the async paginator uses it."""

    def _call_detailed(
        self, op: Operation, args: dict[str, Any]
    ) -> Awaitable[PageResult]: ...


def _describe(op: Operation) -> str:
    return f"{op.method} {op.path} ({op.id})"


class _Pages(Generic[T]):
    """What both faces share: a new cursor per pass, and reading one answer."""

    def __init__(self, new_cursor: Callable[[], PageCursor]) -> None:
        new_cursor()  # checks page_size, start_page, max_items before any request
        self._new_cursor = new_cursor
        self._cursor: PageCursor | None = None
        #: the response of the last page received, ``None`` before the first.
        self.last_response: httpx.Response | None = None

    @property
    def total_count(self) -> int | None:
        """The list's size as the server last stated it (``X-Total-Count``).

        ``None`` before the first page, when the server sent no total, or when it
        sent -1 (Harbor's "not counted").
        """
        if self.last_response is None:
            return None
        total = read_total_count(self.last_response.headers)
        return total if total is not None and total >= 0 else None

    def _start(self) -> PageCursor:
        self._cursor = self._new_cursor()
        return self._cursor

    def _take(self, cursor: PageCursor, result: PageResult) -> Sequence[T]:
        """The items of one answer that belong to the caller; moves the cursor on."""
        items: Sequence[T] = result.parsed or []
        self.last_response = result.response
        sent = cursor.params
        keep = cursor.advance(PageView.of(result.response, len(items)))
        logger.debug(
            "%s: page %s held %d items (total %s)",
            cursor.describe,
            _show(sent or {}),
            len(items),
            read_total_count(result.response.headers),
        )
        return items[:keep]

    def __repr__(self) -> str:
        name = type(self).__name__
        cursor = self._cursor or self._new_cursor()
        return f"<{name} of {cursor.describe}>"


class Paginator(_Pages[T], Iterable[T]):
    """Every item of a list, fetched lazily page by page, in the server's order.

    ``for item in paginator`` sends one request per page, when the items of the
    previous page are used up. Each ``iter()`` starts again from the first page.
    After (or during) a pass, :attr:`total_count` and :attr:`last_response` tell
    what the last page said.
    """

    def __init__(
        self,
        harbor: SyncPageSource,
        op: Operation,
        args: Mapping[str, Any],
        *,
        page_size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        max_items: int | None = None,
    ) -> None:
        caller_args = dict(args)

        def fetch(params: Params) -> PageResult:
            return harbor._call_detailed(op, {**caller_args, **params})

        def new_cursor() -> PageCursor:
            return PageNumberCursor(
                page_size=page_size,
                start_page=start_page,
                max_items=max_items,
                describe=_describe(op),
            )

        self._setup(fetch, new_cursor)

    def _setup(
        self,
        fetch: Callable[[Params], PageResult],
        new_cursor: Callable[[], PageCursor],
    ) -> None:
        super().__init__(new_cursor)
        self._fetch = fetch

    @classmethod
    def over(
        cls,
        fetch: Callable[[Params], PageResult],
        new_cursor: Callable[[], PageCursor],
    ) -> Paginator[T]:
        """A paginator over any paged source: ``fetch(params)`` gets one page.

        ``params`` are the cursor's (``page``/``page_size``, or ``n``/``last``) for
        ``fetch`` to merge into its own request; ``new_cursor()`` makes the cursor
        of one pass.
        """
        paginator: Paginator[T] = cls.__new__(cls)
        paginator._setup(fetch, new_cursor)
        return paginator

    def __iter__(self) -> Generator[T, None, None]:
        return self._walk()

    def _walk(self) -> Generator[T, None, None]:
        cursor = self._start()
        while cursor.params is not None:
            result = self._fetch(cursor.params)
            yield from self._take(cursor, result)


class AsyncPaginator(_Pages[T], AsyncIterable[T]):
    """The async face of :class:`Paginator`: ``async for item in paginator``.

    With ``concurrency=N`` (N > 1) the first page is fetched alone; when it states
    the total, the pages still needed (up to ``max_items``) are fetched with N
    requests in flight, and items are still yielded in order. A page answered
    before those ahead of it is held for the caller and the next request takes its
    place in flight, so one slow page does not idle the others; at most 2N pages
    are held or in flight ahead of the caller. Without a total (absent or -1) the
    pages are fetched one by one, as the end is only known from a short page.

    Leaving an ``async for`` early leaves prefetched pages running until the
    iteration is closed: ``async with contextlib.aclosing(paginator) as items:``
    stops them at once when the block is left (see :meth:`aclose`).
    """

    def __init__(
        self,
        harbor: AsyncPageSource,
        op: Operation,
        args: Mapping[str, Any],
        *,
        page_size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> None:
        caller_args = dict(args)

        def fetch(params: Params) -> Awaitable[PageResult]:
            return harbor._call_detailed(op, {**caller_args, **params})

        def new_cursor() -> PageCursor:
            return PageNumberCursor(
                page_size=page_size,
                start_page=start_page,
                max_items=max_items,
                describe=_describe(op),
            )

        self._setup(fetch, new_cursor, concurrency)

    def _setup(
        self,
        fetch: Callable[[Params], Awaitable[PageResult]],
        new_cursor: Callable[[], PageCursor],
        concurrency: int | None,
    ) -> None:
        concurrency = 1 if concurrency is None else concurrency
        if _whole("concurrency", concurrency) < 1:
            raise ValueError(f"concurrency must be 1 or more, not {concurrency}")
        super().__init__(new_cursor)
        self._fetch = fetch
        self.concurrency = concurrency
        # The passes begun and not closed, for aclose(). Held strongly: a pass left
        # by ``break`` has no other reference, and the event loop would otherwise
        # finalize it on its own time, after aclose() had found nothing to close.
        self._passes: list[AsyncGenerator[T, None]] = []

    @classmethod
    def over(
        cls,
        fetch: Callable[[Params], Awaitable[PageResult]],
        new_cursor: Callable[[], PageCursor],
        *,
        concurrency: int = 1,
    ) -> AsyncPaginator[T]:
        """An async paginator over any paged source; see :meth:`Paginator.over`."""
        paginator: AsyncPaginator[T] = cls.__new__(cls)
        paginator._setup(fetch, new_cursor, concurrency)
        return paginator

    def __aiter__(self) -> AsyncGenerator[T, None]:
        # Passes that ran to their end hold nothing more; forget them.
        self._passes = [w for w in self._passes if getattr(w, "ag_frame", None)]
        walk = self._walk()
        self._passes.append(walk)
        return walk

    async def aclose(self) -> None:
        """Stop every pass still going, and the requests it has in flight.

        For ``contextlib.aclosing(paginator)``: leaving its block, even by
        ``break`` or an exception, cancels the pages fetched ahead.
        """
        while self._passes:
            await self._passes.pop().aclose()

    async def _walk(self) -> AsyncGenerator[T, None]:
        cursor = self._start()
        plan_after_first_page = self.concurrency > 1
        # Pages planned ahead, and the requests made for them, oldest first: in
        # flight, or answered and waiting for the caller to reach them.
        planned: deque[Params] = deque()
        window: deque[tuple[Params, asyncio.Task[PageResult]]] = deque()

        def top_up(_: object = None) -> None:
            # Runs again whenever a request ends, so that N stay in flight while
            # the caller waits for an earlier page; the pages ahead of the caller
            # are bounded too, so a slow caller does not pull the whole list into
            # memory.
            in_flight = sum(1 for _, task in window if not task.done())
            while (
                planned
                and in_flight < self.concurrency
                and len(window) < 2 * self.concurrency
            ):
                params = planned.popleft()
                task = asyncio.ensure_future(self._fetch(params))
                task.add_done_callback(top_up)
                window.append((params, task))
                in_flight += 1

        try:
            while cursor.params is not None:
                if plan_after_first_page and cursor.pages == 1:
                    planned.extend(cursor.planned())
                    plan_after_first_page = False
                top_up()

                if window and window[0][0] == cursor.params:
                    # Still counted in flight while awaited: popped once answered.
                    result = await window[0][1]
                    window.popleft()
                else:
                    if window:
                        # The cursor went where the plan did not foresee (the list
                        # changed while it was read): drop the plan, go one by one.
                        planned.clear()
                        await _cancel(window)
                    result = await self._fetch(cursor.params)

                for item in self._take(cursor, result):
                    yield item
        finally:
            planned.clear()
            await _cancel(window)


async def _cancel(window: deque[tuple[Params, asyncio.Task[PageResult]]]) -> None:
    tasks = [task for _, task in window]
    window.clear()
    for task in tasks:
        task.cancel()
    # Collect them, so no "exception was never retrieved" warning follows.
    await asyncio.gather(*tasks, return_exceptions=True)
