from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.preheat_policy import PreheatPolicy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_name: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["q"] = q

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_name}/preheat/policies".format(
            project_name=quote(str(project_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[PreheatPolicy] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PreheatPolicy.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Errors | list[PreheatPolicy]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Errors | list[PreheatPolicy]]:
    """List preheat policies

     List preheat policies

    Args:
        project_name (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        q (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[PreheatPolicy]]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        page=page,
        page_size=page_size,
        q=q,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Errors | list[PreheatPolicy] | None:
    """List preheat policies

     List preheat policies

    Args:
        project_name (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        q (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[PreheatPolicy]
    """

    return sync_detailed(
        project_name=project_name,
        client=client,
        page=page,
        page_size=page_size,
        q=q,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Errors | list[PreheatPolicy]]:
    """List preheat policies

     List preheat policies

    Args:
        project_name (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        q (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[PreheatPolicy]]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        page=page,
        page_size=page_size,
        q=q,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Errors | list[PreheatPolicy] | None:
    """List preheat policies

     List preheat policies

    Args:
        project_name (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        q (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[PreheatPolicy]
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            client=client,
            page=page,
            page_size=page_size,
            q=q,
            sort=sort,
        )
    ).parsed
