"""Reading Harbor's and the registry's ``Link`` and ``X-Total-Count`` headers."""

from __future__ import annotations

from typing import Any

import httpx
from test_pagination_fakes import Result

from harbor_client._operation import Operation
from harbor_client.pagination import (
    Link,
    Paginator,
    find_link,
    parse_link_header,
    read_total_count,
)
from harbor_client.query import Q, any_of

# HC-08: an audit-log filter with a space, braces and a comma inside q.
AUDIT_LOG_LINKS = (
    "</api/v2.0/audit-logs?page=1&page_size=10&q=operation={create delete},"
    'resource_type=artifact>; rel="prev" , </api/v2.0/audit-logs?page=3&page_size=10'
    '&q=operation={create delete},resource_type=artifact>; rel="next"'
)
AUDIT_LOG_REQUEST = (
    "https://harbor.example.com/api/v2.0/audit-logs?page=2&page_size=10"
    "&q=operation%3D%7Bcreate%20delete%7D%2Cresource_type%3Dartifact"
)


def test_splits_links_only_outside_angle_brackets() -> None:
    links = parse_link_header(AUDIT_LOG_LINKS)

    assert [link.rel for link in links] == ["prev", "next"]
    assert links[1].target == (
        "/api/v2.0/audit-logs?page=3&page_size=10"
        "&q=operation={create delete},resource_type=artifact"
    )


def test_next_link_of_hc08_resolves_against_the_request() -> None:
    (_, following) = parse_link_header(AUDIT_LOG_LINKS)

    url = following.resolve(AUDIT_LOG_REQUEST)

    assert url.scheme == "https"
    assert url.host == "harbor.example.com"
    assert url.path == "/api/v2.0/audit-logs"
    assert dict(url.params) == {
        "page": "3",
        "page_size": "10",
        "q": "operation={create delete},resource_type=artifact",
    }


def test_next_link_parameters_are_decoded_once() -> None:
    (_, following) = parse_link_header(AUDIT_LOG_LINKS)

    assert following.params == {
        "page": "3",
        "page_size": "10",
        "q": "operation={create delete},resource_type=artifact",
    }


def test_double_encoded_repository_stays_double_encoded() -> None:
    header = (
        "</api/v2.0/projects/demo/repositories/team%252Fapp/artifacts?page=2"
        '&page_size=10>; rel="next"'
    )
    (following,) = parse_link_header(header)

    url = following.resolve("https://harbor.example.com/api/v2.0/projects")

    assert url.raw_path == (
        b"/api/v2.0/projects/demo/repositories/team%252Fapp/artifacts"
        b"?page=2&page_size=10"
    )


def test_middle_page_has_prev_and_next() -> None:
    # V2
    header = (
        '</api/v2.0/repositories?page=1&page_size=10>; rel="prev" , '
        '</api/v2.0/repositories?page=3&page_size=10>; rel="next"'
    )

    assert parse_link_header(header) == [
        Link(target="/api/v2.0/repositories?page=1&page_size=10", rel="prev"),
        Link(target="/api/v2.0/repositories?page=3&page_size=10", rel="next"),
    ]


def test_link_with_two_relations_counts_for_both() -> None:
    assert parse_link_header('</x?page=9>; rel="next last"') == [
        Link(target="/x?page=9", rel="next"),
        Link(target="/x?page=9", rel="last"),
    ]


def test_relation_is_case_insensitive_and_may_be_unquoted() -> None:
    assert parse_link_header("</x?page=2>; REL=Next") == [
        Link(target="/x?page=2", rel="next")
    ]


def test_other_link_parameters_are_skipped() -> None:
    header = '</x?page=2>; title="a, b; c"; rel="next"'

    assert parse_link_header(header) == [Link(target="/x?page=2", rel="next")]


def test_elements_that_are_not_links_are_ignored() -> None:
    assert parse_link_header('garbage, </x?page=2>; rel="next", <unclosed') == [
        Link(target="/x?page=2", rel="next")
    ]


def test_empty_header_has_no_links() -> None:
    assert parse_link_header("") == []


def test_links_of_several_header_lines_are_all_read() -> None:
    headers = httpx.Headers(
        [("link", '</x?page=1>; rel="prev"'), ("link", '</x?page=3>; rel="next"')]
    )

    assert find_link(headers, "next") == Link(target="/x?page=3", rel="next")
    assert find_link(headers, "prev") == Link(target="/x?page=1", rel="prev")
    assert find_link(headers, "first") is None


def test_registry_tag_list_link_names_the_marker() -> None:
    # V22
    (following,) = parse_link_header(
        '</v2/demo/app/tags/list?last=1.1&n=2>; rel="next"'
    )

    assert following.params == {"last": "1.1", "n": "2"}


def test_registry_catalog_link_marker_is_percent_decoded() -> None:
    (following,) = parse_link_header('</v2/_catalog?last=demo%2Fapp&n=2>; rel="next"')

    assert following.params == {"last": "demo/app", "n": "2"}


def test_total_count_is_read_as_an_int() -> None:
    assert read_total_count(httpx.Headers({"X-Total-Count": "1234"})) == 1234


def test_total_count_of_minus_one_is_kept() -> None:
    assert read_total_count(httpx.Headers({"X-Total-Count": "-1"})) == -1


def test_missing_or_bad_total_count_is_none() -> None:
    assert read_total_count(httpx.Headers()) is None
    assert read_total_count(httpx.Headers({"X-Total-Count": "many"})) is None


class WireRecorder:
    """A page source that records the query string each page request would send."""

    def __init__(self) -> None:
        self.queries: list[bytes] = []

    def _call_detailed(self, op: Operation, args: dict[str, Any]) -> Result:
        request = httpx.Request(
            "GET", f"https://harbor.example.com/api/v2.0{op.path}", params=args
        )
        self.queries.append(request.url.query)
        page = args["page"]
        headers = {"x-total-count": "35"}
        if page * 10 < 35:
            headers["link"] = AUDIT_LOG_LINKS.replace("page=3", f"page={page + 1}")
        body = list(range((page - 1) * 10, min(page * 10, 35)))
        response = httpx.Response(200, headers=headers, json=body, request=request)
        return Result(response=response, parsed=body)


def test_follow_up_request_is_valid_on_the_wire() -> None:
    # HC-08 point 3: space, braces and comma percent-encoded, so Harbor decodes the
    # same filter on every page.
    source = WireRecorder()
    audit_logs = Operation(
        id="listAuditLogs",
        method="GET",
        path="/audit-logs",
        tag="auditlog",
        namespace="audit_logs",
        name="list",
        module="api.auditlog.list_audit_logs",
        paged=True,
    )
    q = Q(operation=any_of("create", "delete"), resource_type="artifact")

    items: list[int] = list(Paginator(source, audit_logs, {"q": q}, page_size=10))

    assert items == list(range(35))
    assert source.queries == [
        b"q=operation%3D%7Bcreate+delete%7D%2Cresource_type%3Dartifact"
        + f"&page={page}&page_size=10".encode()
        for page in (1, 2, 3, 4)
    ]
