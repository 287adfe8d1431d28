from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.replication_execution import ReplicationExecution
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    policy_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort"] = sort

    params["page"] = page

    params["page_size"] = page_size

    params["policy_id"] = policy_id

    params["status"] = status

    params["trigger"] = trigger

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/replication/executions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[ReplicationExecution] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ReplicationExecution.from_dict(response_200_item_data)

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
) -> Response[Errors | list[ReplicationExecution]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    policy_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
) -> Response[Errors | list[ReplicationExecution]]:
    """List replication executions

     List replication executions

    Args:
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        policy_id (int | Unset):
        status (str | Unset):
        trigger (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[ReplicationExecution]]
    """

    kwargs = _get_kwargs(
        sort=sort,
        page=page,
        page_size=page_size,
        policy_id=policy_id,
        status=status,
        trigger=trigger,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    policy_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
) -> Errors | list[ReplicationExecution] | None:
    """List replication executions

     List replication executions

    Args:
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        policy_id (int | Unset):
        status (str | Unset):
        trigger (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[ReplicationExecution]
    """

    return sync_detailed(
        client=client,
        sort=sort,
        page=page,
        page_size=page_size,
        policy_id=policy_id,
        status=status,
        trigger=trigger,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    policy_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
) -> Response[Errors | list[ReplicationExecution]]:
    """List replication executions

     List replication executions

    Args:
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        policy_id (int | Unset):
        status (str | Unset):
        trigger (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[ReplicationExecution]]
    """

    kwargs = _get_kwargs(
        sort=sort,
        page=page,
        page_size=page_size,
        policy_id=policy_id,
        status=status,
        trigger=trigger,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    policy_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
) -> Errors | list[ReplicationExecution] | None:
    """List replication executions

     List replication executions

    Args:
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        policy_id (int | Unset):
        status (str | Unset):
        trigger (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[ReplicationExecution]
    """

    return (
        await asyncio_detailed(
            client=client,
            sort=sort,
            page=page,
            page_size=page_size,
            policy_id=policy_id,
            status=status,
            trigger=trigger,
        )
    ).parsed
