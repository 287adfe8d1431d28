from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.exec_history import ExecHistory
from ...types import Response


def _get_kwargs(
    purge_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/purgeaudit/{purge_id}".format(
            purge_id=quote(str(purge_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | ExecHistory | None:
    if response.status_code == 200:
        response_200 = ExecHistory.from_dict(response.json())

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
    if response.status_code == 404:
        try:
            response_404 = Errors.from_dict(response.json())

            return response_404

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
) -> Response[Errors | ExecHistory]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    purge_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | ExecHistory]:
    """Get purge job status.

     This endpoint let user get purge job status filtered by specific ID.

    Args:
        purge_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ExecHistory]
    """

    kwargs = _get_kwargs(
        purge_id=purge_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    purge_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | ExecHistory | None:
    """Get purge job status.

     This endpoint let user get purge job status filtered by specific ID.

    Args:
        purge_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ExecHistory
    """

    return sync_detailed(
        purge_id=purge_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    purge_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | ExecHistory]:
    """Get purge job status.

     This endpoint let user get purge job status filtered by specific ID.

    Args:
        purge_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ExecHistory]
    """

    kwargs = _get_kwargs(
        purge_id=purge_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    purge_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | ExecHistory | None:
    """Get purge job status.

     This endpoint let user get purge job status filtered by specific ID.

    Args:
        purge_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ExecHistory
    """

    return (
        await asyncio_detailed(
            purge_id=purge_id,
            client=client,
        )
    ).parsed
