"""The tag list (``/v2/<name>/tags/list``), following ``Link`` page by page.

Harbor pages with ``n`` and ``last`` and points at the next page with a relative
``Link: </v2/...?last=...&n=...>; rel="next"``; the distribution registry 2.8
ignores both and returns every tag at once. The loop below serves both.
"""

from __future__ import annotations

from ..errors import HarborResponseError, raise_for_response
from .flow import Call, Endpoint, Flow, call
from .reference import validate_repository
from .scopes import pull_scope

__all__ = ["list_tags"]


def list_tags(
    endpoint: Endpoint,
    repository: str,
    *,
    page_size: int | None = None,
    last: str | None = None,
) -> Flow[list[str]]:
    """Every tag of the repository, in the order the registry lists them.

    ``page_size`` is the ``n`` of each request; ``last`` starts after that tag.
    """
    validate_repository(repository)
    if page_size is not None and page_size < 1:
        raise ValueError(f"page_size must be positive, not {page_size}")
    params: dict[str, str] = {}
    if page_size is not None:
        params["n"] = str(page_size)
    if last is not None:
        params["last"] = last
    url = endpoint.v2_url(f"{repository}/tags/list").copy_merge_params(params)

    tags: list[str] = []
    seen = set()
    while True:
        seen.add(str(url))
        response = yield from call(
            Call(endpoint, "GET", url, (pull_scope(repository),))
        )
        raise_for_response(response)
        try:
            page = response.json().get("tags") or []
        except (ValueError, AttributeError):
            raise HarborResponseError(
                "the tag list is not JSON with a tags array",
                method="GET",
                url=str(url.copy_with(query=None)),
                request_id=response.headers.get("x-request-id"),
            ) from None
        tags.extend(str(tag) for tag in page)

        following = response.links.get("next", {}).get("url")
        if not following:
            return tags
        # The link is relative to the page it came with.
        url = response.request.url.join(following)
        if str(url) in seen:
            # A registry that repeats a page would keep this loop going forever.
            return tags
