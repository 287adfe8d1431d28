from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...types import Response


def _get_kwargs(
    id: int,
    eid: int,
    tid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/retentions/{id}/executions/{eid}/tasks/{tid}".format(
            id=quote(str(id), safe=""),
            eid=quote(str(eid), safe=""),
            tid=quote(str(tid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Errors | str]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    eid: int,
    tid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | str]:
    """Get Retention job task log

     Get Retention job task log, tags ratain or deletion detail will be shown in a table.

    Args:
        id (int):
        eid (int):
        tid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | str]
    """

    kwargs = _get_kwargs(
        id=id,
        eid=eid,
        tid=tid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    eid: int,
    tid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | str | None:
    """Get Retention job task log

     Get Retention job task log, tags ratain or deletion detail will be shown in a table.

    Args:
        id (int):
        eid (int):
        tid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | str
    """

    return sync_detailed(
        id=id,
        eid=eid,
        tid=tid,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    eid: int,
    tid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | str]:
    """Get Retention job task log

     Get Retention job task log, tags ratain or deletion detail will be shown in a table.

    Args:
        id (int):
        eid (int):
        tid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | str]
    """

    kwargs = _get_kwargs(
        id=id,
        eid=eid,
        tid=tid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    eid: int,
    tid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | str | None:
    """Get Retention job task log

     Get Retention job task log, tags ratain or deletion detail will be shown in a table.

    Args:
        id (int):
        eid (int):
        tid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | str
    """

    return (
        await asyncio_detailed(
            id=id,
            eid=eid,
            tid=tid,
            client=client,
        )
    ).parsed
