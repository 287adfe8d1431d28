from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.security_summary import SecuritySummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    with_dangerous_cve: bool | Unset = False,
    with_dangerous_artifact: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_dangerous_cve"] = with_dangerous_cve

    params["with_dangerous_artifact"] = with_dangerous_artifact

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/security/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | SecuritySummary | None:
    if response.status_code == 200:
        response_200 = SecuritySummary.from_dict(response.json())

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
) -> Response[Errors | SecuritySummary]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_dangerous_cve: bool | Unset = False,
    with_dangerous_artifact: bool | Unset = False,
) -> Response[Errors | SecuritySummary]:
    """Get vulnerability system summary

     Retrieve the vulnerability summary of the system

    Args:
        with_dangerous_cve (bool | Unset):  Default: False.
        with_dangerous_artifact (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | SecuritySummary]
    """

    kwargs = _get_kwargs(
        with_dangerous_cve=with_dangerous_cve,
        with_dangerous_artifact=with_dangerous_artifact,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    with_dangerous_cve: bool | Unset = False,
    with_dangerous_artifact: bool | Unset = False,
) -> Errors | SecuritySummary | None:
    """Get vulnerability system summary

     Retrieve the vulnerability summary of the system

    Args:
        with_dangerous_cve (bool | Unset):  Default: False.
        with_dangerous_artifact (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | SecuritySummary
    """

    return sync_detailed(
        client=client,
        with_dangerous_cve=with_dangerous_cve,
        with_dangerous_artifact=with_dangerous_artifact,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_dangerous_cve: bool | Unset = False,
    with_dangerous_artifact: bool | Unset = False,
) -> Response[Errors | SecuritySummary]:
    """Get vulnerability system summary

     Retrieve the vulnerability summary of the system

    Args:
        with_dangerous_cve (bool | Unset):  Default: False.
        with_dangerous_artifact (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | SecuritySummary]
    """

    kwargs = _get_kwargs(
        with_dangerous_cve=with_dangerous_cve,
        with_dangerous_artifact=with_dangerous_artifact,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    with_dangerous_cve: bool | Unset = False,
    with_dangerous_artifact: bool | Unset = False,
) -> Errors | SecuritySummary | None:
    """Get vulnerability system summary

     Retrieve the vulnerability summary of the system

    Args:
        with_dangerous_cve (bool | Unset):  Default: False.
        with_dangerous_artifact (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | SecuritySummary
    """

    return (
        await asyncio_detailed(
            client=client,
            with_dangerous_cve=with_dangerous_cve,
            with_dangerous_artifact=with_dangerous_artifact,
        )
    ).parsed
