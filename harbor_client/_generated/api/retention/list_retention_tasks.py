from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.retention_execution_task import RetentionExecutionTask
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    eid: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/retentions/{id}/executions/{eid}/tasks".format(
            id=quote(str(id), safe=""),
            eid=quote(str(eid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[RetentionExecutionTask] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RetentionExecutionTask.from_dict(response_200_item_data)

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
) -> Response[Errors | list[RetentionExecutionTask]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    eid: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Errors | list[RetentionExecutionTask]]:
    """Get Retention tasks

     Get Retention tasks, each repository as a task.

    Args:
        id (int):
        eid (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[RetentionExecutionTask]]
    """

    kwargs = _get_kwargs(
        id=id,
        eid=eid,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    eid: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Errors | list[RetentionExecutionTask] | None:
    """Get Retention tasks

     Get Retention tasks, each repository as a task.

    Args:
        id (int):
        eid (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[RetentionExecutionTask]
    """

    return sync_detailed(
        id=id,
        eid=eid,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id: int,
    eid: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Errors | list[RetentionExecutionTask]]:
    """Get Retention tasks

     Get Retention tasks, each repository as a task.

    Args:
        id (int):
        eid (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[RetentionExecutionTask]]
    """

    kwargs = _get_kwargs(
        id=id,
        eid=eid,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    eid: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Errors | list[RetentionExecutionTask] | None:
    """Get Retention tasks

     Get Retention tasks, each repository as a task.

    Args:
        id (int):
        eid (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[RetentionExecutionTask]
    """

    return (
        await asyncio_detailed(
            id=id,
            eid=eid,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
