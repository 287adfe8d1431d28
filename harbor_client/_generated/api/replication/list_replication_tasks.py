from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.replication_task import ReplicationTask
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort"] = sort

    params["page"] = page

    params["page_size"] = page_size

    params["status"] = status

    params["resource_type"] = resource_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/replication/executions/{id}/tasks".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[ReplicationTask] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ReplicationTask.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        try:
            response_401 = Errors.from_dict(response.json())

            return response_401

        except (ValueError, TypeError, KeyError, AttributeError):  # not Harbor's JSON
            return None
    if response.status_code == 403:
        try:
            response_403 = Errors.from_dict(response.json())

            return response_403

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
) -> Response[Errors | list[ReplicationTask]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> Response[Errors | list[ReplicationTask]]:
    """List replication tasks for a specific execution

     List replication tasks for a specific execution

    Args:
        id (int):
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (str | Unset):
        resource_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[ReplicationTask]]
    """

    kwargs = _get_kwargs(
        id=id,
        sort=sort,
        page=page,
        page_size=page_size,
        status=status,
        resource_type=resource_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> Errors | list[ReplicationTask] | None:
    """List replication tasks for a specific execution

     List replication tasks for a specific execution

    Args:
        id (int):
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (str | Unset):
        resource_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[ReplicationTask]
    """

    return sync_detailed(
        id=id,
        client=client,
        sort=sort,
        page=page,
        page_size=page_size,
        status=status,
        resource_type=resource_type,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> Response[Errors | list[ReplicationTask]]:
    """List replication tasks for a specific execution

     List replication tasks for a specific execution

    Args:
        id (int):
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (str | Unset):
        resource_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[ReplicationTask]]
    """

    kwargs = _get_kwargs(
        id=id,
        sort=sort,
        page=page,
        page_size=page_size,
        status=status,
        resource_type=resource_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> Errors | list[ReplicationTask] | None:
    """List replication tasks for a specific execution

     List replication tasks for a specific execution

    Args:
        id (int):
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (str | Unset):
        resource_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[ReplicationTask]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            sort=sort,
            page=page,
            page_size=page_size,
            status=status,
            resource_type=resource_type,
        )
    ).parsed
