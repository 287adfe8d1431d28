from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.project import Project
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    name: str | Unset = UNSET,
    public: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    with_detail: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["name"] = name

    params["public"] = public

    params["owner"] = owner

    params["with_detail"] = with_detail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[Project] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Project.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        try:
            response_401 = Errors.from_dict(response.json())

            return response_401

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
) -> Response[Errors | list[Project]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    name: str | Unset = UNSET,
    public: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    with_detail: bool | Unset = True,
) -> Response[Errors | list[Project]]:
    """List projects

     This endpoint returns projects created by Harbor.

    Args:
        q (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        name (str | Unset):
        public (bool | Unset):
        owner (str | Unset):
        with_detail (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[Project]]
    """

    kwargs = _get_kwargs(
        q=q,
        page=page,
        page_size=page_size,
        sort=sort,
        name=name,
        public=public,
        owner=owner,
        with_detail=with_detail,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    name: str | Unset = UNSET,
    public: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    with_detail: bool | Unset = True,
) -> Errors | list[Project] | None:
    """List projects

     This endpoint returns projects created by Harbor.

    Args:
        q (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        name (str | Unset):
        public (bool | Unset):
        owner (str | Unset):
        with_detail (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[Project]
    """

    return sync_detailed(
        client=client,
        q=q,
        page=page,
        page_size=page_size,
        sort=sort,
        name=name,
        public=public,
        owner=owner,
        with_detail=with_detail,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    name: str | Unset = UNSET,
    public: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    with_detail: bool | Unset = True,
) -> Response[Errors | list[Project]]:
    """List projects

     This endpoint returns projects created by Harbor.

    Args:
        q (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        name (str | Unset):
        public (bool | Unset):
        owner (str | Unset):
        with_detail (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[Project]]
    """

    kwargs = _get_kwargs(
        q=q,
        page=page,
        page_size=page_size,
        sort=sort,
        name=name,
        public=public,
        owner=owner,
        with_detail=with_detail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    name: str | Unset = UNSET,
    public: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    with_detail: bool | Unset = True,
) -> Errors | list[Project] | None:
    """List projects

     This endpoint returns projects created by Harbor.

    Args:
        q (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        name (str | Unset):
        public (bool | Unset):
        owner (str | Unset):
        with_detail (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[Project]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            page=page,
            page_size=page_size,
            sort=sort,
            name=name,
            public=public,
            owner=owner,
            with_detail=with_detail,
        )
    ).parsed
