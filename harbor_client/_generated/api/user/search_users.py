from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.user_search_resp_item import UserSearchRespItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    username: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[UserSearchRespItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserSearchRespItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[Errors | list[UserSearchRespItem]]:
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
    username: str,
) -> Response[Errors | list[UserSearchRespItem]]:
    """Search users by username

     This endpoint is to search the users by username.  It's open for all authenticated requests.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[UserSearchRespItem]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        username=username,
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
    username: str,
) -> Errors | list[UserSearchRespItem] | None:
    """Search users by username

     This endpoint is to search the users by username.  It's open for all authenticated requests.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[UserSearchRespItem]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        username=username,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    username: str,
) -> Response[Errors | list[UserSearchRespItem]]:
    """Search users by username

     This endpoint is to search the users by username.  It's open for all authenticated requests.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[UserSearchRespItem]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    username: str,
) -> Errors | list[UserSearchRespItem] | None:
    """Search users by username

     This endpoint is to search the users by username.  It's open for all authenticated requests.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[UserSearchRespItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            username=username,
        )
    ).parsed
