from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.scanner_adapter_metadata import ScannerAdapterMetadata
from ...types import Response


def _get_kwargs(
    registration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scanners/{registration_id}/metadata".format(
            registration_id=quote(str(registration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | ScannerAdapterMetadata | None:
    if response.status_code == 200:
        response_200 = ScannerAdapterMetadata.from_dict(response.json())

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
) -> Response[Errors | ScannerAdapterMetadata]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    registration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | ScannerAdapterMetadata]:
    """Get the metadata of the specified scanner registration

     Get the metadata of the specified scanner registration, including the capabilities and customized
    properties.

    Args:
        registration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ScannerAdapterMetadata]
    """

    kwargs = _get_kwargs(
        registration_id=registration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | ScannerAdapterMetadata | None:
    """Get the metadata of the specified scanner registration

     Get the metadata of the specified scanner registration, including the capabilities and customized
    properties.

    Args:
        registration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ScannerAdapterMetadata
    """

    return sync_detailed(
        registration_id=registration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    registration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | ScannerAdapterMetadata]:
    """Get the metadata of the specified scanner registration

     Get the metadata of the specified scanner registration, including the capabilities and customized
    properties.

    Args:
        registration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ScannerAdapterMetadata]
    """

    kwargs = _get_kwargs(
        registration_id=registration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | ScannerAdapterMetadata | None:
    """Get the metadata of the specified scanner registration

     Get the metadata of the specified scanner registration, including the capabilities and customized
    properties.

    Args:
        registration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ScannerAdapterMetadata
    """

    return (
        await asyncio_detailed(
            registration_id=registration_id,
            client=client,
        )
    ).parsed
