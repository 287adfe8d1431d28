from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.vulnerability_item import VulnerabilityItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    tune_count: bool | Unset = False,
    with_tag: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["page"] = page

    params["page_size"] = page_size

    params["tune_count"] = tune_count

    params["with_tag"] = with_tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/security/vul",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[VulnerabilityItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VulnerabilityItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        try:
            response_400 = Errors.from_dict(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):  # not Harbor's JSON
            return None
    if response.status_code == 401:
        try:
            response_401 = Errors.from_dict(response.json())

            return response_401

        except (ValueError, TypeError, KeyError, AttributeError):  # not Harbor's JSON
            return None
    if response.status_code == 500:
        try:
            response_500 = Errors.from_dict(response.json())

            return response_500

        except (ValueError, TypeError, KeyError, AttributeError):  # not Harbor's JSON
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Errors | list[VulnerabilityItem]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    tune_count: bool | Unset = False,
    with_tag: bool | Unset = False,
) -> Response[Errors | list[VulnerabilityItem]]:
    """Get the vulnerability list.

     Get the vulnerability list. use q to pass the query condition,
    supported conditions:
    cve_id(exact match)
    cvss_score_v3(range condition)
    severity(exact match)
    status(exact match)
    repository_name(exact match)
    project_id(exact match)
    package(exact match)
    tag(exact match)
    digest(exact match)

    Args:
        q (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        tune_count (bool | Unset):  Default: False.
        with_tag (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[VulnerabilityItem]]
    """

    kwargs = _get_kwargs(
        q=q,
        page=page,
        page_size=page_size,
        tune_count=tune_count,
        with_tag=with_tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    tune_count: bool | Unset = False,
    with_tag: bool | Unset = False,
) -> Errors | list[VulnerabilityItem] | None:
    """Get the vulnerability list.

     Get the vulnerability list. use q to pass the query condition,
    supported conditions:
    cve_id(exact match)
    cvss_score_v3(range condition)
    severity(exact match)
    status(exact match)
    repository_name(exact match)
    project_id(exact match)
    package(exact match)
    tag(exact match)
    digest(exact match)

    Args:
        q (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        tune_count (bool | Unset):  Default: False.
        with_tag (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[VulnerabilityItem]
    """

    return sync_detailed(
        client=client,
        q=q,
        page=page,
        page_size=page_size,
        tune_count=tune_count,
        with_tag=with_tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    tune_count: bool | Unset = False,
    with_tag: bool | Unset = False,
) -> Response[Errors | list[VulnerabilityItem]]:
    """Get the vulnerability list.

     Get the vulnerability list. use q to pass the query condition,
    supported conditions:
    cve_id(exact match)
    cvss_score_v3(range condition)
    severity(exact match)
    status(exact match)
    repository_name(exact match)
    project_id(exact match)
    package(exact match)
    tag(exact match)
    digest(exact match)

    Args:
        q (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        tune_count (bool | Unset):  Default: False.
        with_tag (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[VulnerabilityItem]]
    """

    kwargs = _get_kwargs(
        q=q,
        page=page,
        page_size=page_size,
        tune_count=tune_count,
        with_tag=with_tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    tune_count: bool | Unset = False,
    with_tag: bool | Unset = False,
) -> Errors | list[VulnerabilityItem] | None:
    """Get the vulnerability list.

     Get the vulnerability list. use q to pass the query condition,
    supported conditions:
    cve_id(exact match)
    cvss_score_v3(range condition)
    severity(exact match)
    status(exact match)
    repository_name(exact match)
    project_id(exact match)
    package(exact match)
    tag(exact match)
    digest(exact match)

    Args:
        q (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        tune_count (bool | Unset):  Default: False.
        with_tag (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[VulnerabilityItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            page=page,
            page_size=page_size,
            tune_count=tune_count,
            with_tag=with_tag,
        )
    ).parsed
