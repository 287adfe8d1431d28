from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.preheat_policy import PreheatPolicy
from ...types import Response


def _get_kwargs(
    project_name: str,
    preheat_policy_name: str,
    *,
    body: PreheatPolicy,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_name}/preheat/policies/{preheat_policy_name}".format(
            project_name=quote(str(project_name), safe=""),
            preheat_policy_name=quote(str(preheat_policy_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict() if body is not None else None

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Errors | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
) -> Response[Any | Errors]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name: str,
    preheat_policy_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PreheatPolicy,
) -> Response[Any | Errors]:
    """Manual preheat

     Manual preheat

    Args:
        project_name (str):
        preheat_policy_name (str):
        body (PreheatPolicy):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        preheat_policy_name=preheat_policy_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    preheat_policy_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PreheatPolicy,
) -> Any | Errors | None:
    """Manual preheat

     Manual preheat

    Args:
        project_name (str):
        preheat_policy_name (str):
        body (PreheatPolicy):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors
    """

    return sync_detailed(
        project_name=project_name,
        preheat_policy_name=preheat_policy_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    preheat_policy_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PreheatPolicy,
) -> Response[Any | Errors]:
    """Manual preheat

     Manual preheat

    Args:
        project_name (str):
        preheat_policy_name (str):
        body (PreheatPolicy):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        preheat_policy_name=preheat_policy_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    preheat_policy_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PreheatPolicy,
) -> Any | Errors | None:
    """Manual preheat

     Manual preheat

    Args:
        project_name (str):
        preheat_policy_name (str):
        body (PreheatPolicy):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            preheat_policy_name=preheat_policy_name,
            client=client,
            body=body,
        )
    ).parsed
