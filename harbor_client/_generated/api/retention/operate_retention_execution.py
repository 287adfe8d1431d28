from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.operate_retention_execution_body import OperateRetentionExecutionBody
from ...types import Response


def _get_kwargs(
    id: int,
    eid: int,
    *,
    body: OperateRetentionExecutionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/retentions/{id}/executions/{eid}".format(
            id=quote(str(id), safe=""),
            eid=quote(str(eid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict() if body is not None else None

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Errors | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Errors]:
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
    body: OperateRetentionExecutionBody,
) -> Response[Any | Errors]:
    """Stop a Retention execution

     Stop a Retention execution, only support "stop" action now.

    Args:
        id (int):
        eid (int):
        body (OperateRetentionExecutionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors]
    """

    kwargs = _get_kwargs(
        id=id,
        eid=eid,
        body=body,
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
    body: OperateRetentionExecutionBody,
) -> Any | Errors | None:
    """Stop a Retention execution

     Stop a Retention execution, only support "stop" action now.

    Args:
        id (int):
        eid (int):
        body (OperateRetentionExecutionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors
    """

    return sync_detailed(
        id=id,
        eid=eid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    eid: int,
    *,
    client: AuthenticatedClient | Client,
    body: OperateRetentionExecutionBody,
) -> Response[Any | Errors]:
    """Stop a Retention execution

     Stop a Retention execution, only support "stop" action now.

    Args:
        id (int):
        eid (int):
        body (OperateRetentionExecutionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors]
    """

    kwargs = _get_kwargs(
        id=id,
        eid=eid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    eid: int,
    *,
    client: AuthenticatedClient | Client,
    body: OperateRetentionExecutionBody,
) -> Any | Errors | None:
    """Stop a Retention execution

     Stop a Retention execution, only support "stop" action now.

    Args:
        id (int):
        eid (int):
        body (OperateRetentionExecutionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors
    """

    return (
        await asyncio_detailed(
            id=id,
            eid=eid,
            client=client,
            body=body,
        )
    ).parsed
