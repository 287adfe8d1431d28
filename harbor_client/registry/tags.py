"""The tag list (``/v2/<name>/tags/list``), one page at a time.

Harbor pages it with ``n`` and ``last`` and points at the next page with a
relative ``Link: </v2/<name>/tags/list?last=<tag>&n=<n>>; rel="next"``; without
``n`` it answers every tag at once. The distribution registry 2.8 ignores both and
always answers everything. Which page comes next, and when the list is done, is
decided by :class:`~harbor_client.pagination.MarkerCursor`, as for every paged list
of this SDK; this module only says how to ask for one page and what it held.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ..errors import HarborResponseError, raise_for_response, safe_url
from ..pagination import MarkerCursor, PageCursor
from .flow import Call, Endpoint, Flow, call
from .scopes import pull_scope

__all__ = ["TagPage", "fetch_tag_page", "tag_cursor"]


@dataclass(frozen=True, slots=True)
class TagPage:
    """One answer of the tag list: the response, and the tags it held in order."""

    response: httpx.Response
    parsed: list[str]


def tag_cursor(
    endpoint: Endpoint,
    repository: str,
    *,
    page_size: int | None = None,
    last: str | None = None,
    max_items: int | None = None,
) -> Callable[[], PageCursor]:
    """The cursor of one pass over the repository's tags, as a paginator wants it.

    ``page_size`` is the ``n`` of each request (``None``: ask for every tag at
    once); ``last`` starts after that tag, which need not exist.
    """
    endpoint.repository(repository)

    def new_cursor() -> PageCursor:
        return MarkerCursor(
            page_size=page_size,
            size_param="n",
            marker_param="last",
            start_after=last,
            max_items=max_items,
            describe=f"GET /v2/{repository}/tags/list",
        )

    return new_cursor


def fetch_tag_page(
    endpoint: Endpoint, repository: str, params: Mapping[str, Any]
) -> Flow[TagPage]:
    """Ask for the page of tags that ``params`` (the cursor's ``n``/``last``) name.

    The page is asked for at this repository's own URL with the cursor's marker,
    not at the link's target: Harbor writes the link from its own root
    (``/v2/...``), which would lose the path prefix of a Harbor served under one.
    """
    # Keys sorted, as Harbor writes them in its links: a following page is
    # requested with the same query the link showed.
    query = {key: str(params[key]) for key in sorted(params)}
    url = endpoint.v2_url(f"{repository}/tags/list").copy_merge_params(query)

    response = yield from call(Call(endpoint, "GET", url, (pull_scope(repository),)))
    raise_for_response(response)

    return TagPage(response, _read_tags(response))


def _read_tags(response: httpx.Response) -> list[str]:
    try:
        body = response.json()
    except ValueError:
        body = None
    tags = body.get("tags") if isinstance(body, dict) else ()
    if tags is None:
        # Left out or null: a repository with no tags, as some registries write it.
        return []
    if not isinstance(tags, list):
        raise HarborResponseError(
            "the tag list is not JSON with a tags array",
            method="GET",
            url=safe_url(response.request.url.copy_with(query=None)),
            request_id=response.headers.get("x-request-id"),
        )
    return [str(tag) for tag in tags]
