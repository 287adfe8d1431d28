from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.user_group_search_item import UserGroupSearchItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    groupname: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["groupname"] = groupname

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usergroups/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[UserGroupSearchItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserGroupSearchItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        try:
            response_401 = Errors.from_dict(response.json())

            return response_401

        except (ValueError, TypeError, KeyError, AttributeError):  # not Harbor's JSON
            return None
    if response.status_code == 409:
        try:
            response_409 = Errors.from_dict(response.json())

            return response_409

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
) -> Response[Errors | list[UserGroupSearchItem]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    groupname: str,
) -> Response[Errors | list[UserGroupSearchItem]]:
    """Search groups by groupname

     This endpoint is to search groups by group name.  It's open for all authenticated requests.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        groupname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[UserGroupSearchItem]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        groupname=groupname,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    groupname: str,
) -> Errors | list[UserGroupSearchItem] | None:
    """Search groups by groupname

     This endpoint is to search groups by group name.  It's open for all authenticated requests.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        groupname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[UserGroupSearchItem]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        groupname=groupname,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    groupname: str,
) -> Response[Errors | list[UserGroupSearchItem]]:
    """Search groups by groupname

     This endpoint is to search groups by group name.  It's open for all authenticated requests.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        groupname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[UserGroupSearchItem]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        groupname=groupname,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    groupname: str,
) -> Errors | list[UserGroupSearchItem] | None:
    """Search groups by groupname

     This endpoint is to search groups by group name.  It's open for all authenticated requests.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        groupname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[UserGroupSearchItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            groupname=groupname,
        )
    ).parsed
