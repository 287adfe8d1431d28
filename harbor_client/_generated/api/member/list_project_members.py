from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.project_member_entity import ProjectMemberEntity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_name_or_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    entityname: str | Unset = UNSET,
    x_is_resource_name: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_is_resource_name, Unset):
        headers["X-Is-Resource-Name"] = "true" if x_is_resource_name else "false"

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["entityname"] = entityname

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_name_or_id}/members".format(
            project_name_or_id=quote(str(project_name_or_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[ProjectMemberEntity] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectMemberEntity.from_dict(response_200_item_data)

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
) -> Response[Errors | list[ProjectMemberEntity]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    entityname: str | Unset = UNSET,
    x_is_resource_name: bool | Unset = False,
) -> Response[Errors | list[ProjectMemberEntity]]:
    """Get all project member information

     Get all project member information

    Args:
        project_name_or_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        entityname (str | Unset):
        x_is_resource_name (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[ProjectMemberEntity]]
    """

    kwargs = _get_kwargs(
        project_name_or_id=project_name_or_id,
        page=page,
        page_size=page_size,
        entityname=entityname,
        x_is_resource_name=x_is_resource_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    entityname: str | Unset = UNSET,
    x_is_resource_name: bool | Unset = False,
) -> Errors | list[ProjectMemberEntity] | None:
    """Get all project member information

     Get all project member information

    Args:
        project_name_or_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        entityname (str | Unset):
        x_is_resource_name (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[ProjectMemberEntity]
    """

    return sync_detailed(
        project_name_or_id=project_name_or_id,
        client=client,
        page=page,
        page_size=page_size,
        entityname=entityname,
        x_is_resource_name=x_is_resource_name,
    ).parsed


async def asyncio_detailed(
    project_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    entityname: str | Unset = UNSET,
    x_is_resource_name: bool | Unset = False,
) -> Response[Errors | list[ProjectMemberEntity]]:
    """Get all project member information

     Get all project member information

    Args:
        project_name_or_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        entityname (str | Unset):
        x_is_resource_name (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[ProjectMemberEntity]]
    """

    kwargs = _get_kwargs(
        project_name_or_id=project_name_or_id,
        page=page,
        page_size=page_size,
        entityname=entityname,
        x_is_resource_name=x_is_resource_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    entityname: str | Unset = UNSET,
    x_is_resource_name: bool | Unset = False,
) -> Errors | list[ProjectMemberEntity] | None:
    """Get all project member information

     Get all project member information

    Args:
        project_name_or_id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        entityname (str | Unset):
        x_is_resource_name (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[ProjectMemberEntity]
    """

    return (
        await asyncio_detailed(
            project_name_or_id=project_name_or_id,
            client=client,
            page=page,
            page_size=page_size,
            entityname=entityname,
            x_is_resource_name=x_is_resource_name,
        )
    ).parsed
