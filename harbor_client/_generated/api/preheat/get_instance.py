from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.instance import Instance
from ...types import Response


def _get_kwargs(
    preheat_instance_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/p2p/preheat/instances/{preheat_instance_name}".format(
            preheat_instance_name=quote(str(preheat_instance_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | Instance | None:
    if response.status_code == 200:
        response_200 = Instance.from_dict(response.json())

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
) -> Response[Errors | Instance]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    preheat_instance_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | Instance]:
    """Get a P2P provider instance

     Get a P2P provider instance

    Args:
        preheat_instance_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | Instance]
    """

    kwargs = _get_kwargs(
        preheat_instance_name=preheat_instance_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    preheat_instance_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | Instance | None:
    """Get a P2P provider instance

     Get a P2P provider instance

    Args:
        preheat_instance_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | Instance
    """

    return sync_detailed(
        preheat_instance_name=preheat_instance_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    preheat_instance_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | Instance]:
    """Get a P2P provider instance

     Get a P2P provider instance

    Args:
        preheat_instance_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | Instance]
    """

    kwargs = _get_kwargs(
        preheat_instance_name=preheat_instance_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    preheat_instance_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | Instance | None:
    """Get a P2P provider instance

     Get a P2P provider instance

    Args:
        preheat_instance_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | Instance
    """

    return (
        await asyncio_detailed(
            preheat_instance_name=preheat_instance_name,
            client=client,
        )
    ).parsed
