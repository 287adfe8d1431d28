from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.get_addition_addition import GetAdditionAddition
from ...types import File, Response


def _get_kwargs(
    project_name: str,
    repository_name: str,
    reference: str,
    addition: GetAdditionAddition,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_name}/repositories/{repository_name}/artifacts/{reference}/additions/{addition}".format(
            project_name=quote(str(project_name), safe=""),
            repository_name=quote(str(repository_name), safe=""),
            reference=quote(str(reference), safe=""),
            addition=quote(str(addition), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
    if response.status_code == 422:
        try:
            response_422 = Errors.from_dict(response.json())

            return response_422

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
) -> Response[Errors | File]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name: str,
    repository_name: str,
    reference: str,
    addition: GetAdditionAddition,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | File]:
    """Get the addition of the specific artifact

     Get the addition of the artifact specified by the reference under the project and repository.

    Args:
        project_name (str):
        repository_name (str):
        reference (str):
        addition (GetAdditionAddition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | File]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        repository_name=repository_name,
        reference=reference,
        addition=addition,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    repository_name: str,
    reference: str,
    addition: GetAdditionAddition,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | File | None:
    """Get the addition of the specific artifact

     Get the addition of the artifact specified by the reference under the project and repository.

    Args:
        project_name (str):
        repository_name (str):
        reference (str):
        addition (GetAdditionAddition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | File
    """

    return sync_detailed(
        project_name=project_name,
        repository_name=repository_name,
        reference=reference,
        addition=addition,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    repository_name: str,
    reference: str,
    addition: GetAdditionAddition,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Errors | File]:
    """Get the addition of the specific artifact

     Get the addition of the artifact specified by the reference under the project and repository.

    Args:
        project_name (str):
        repository_name (str):
        reference (str):
        addition (GetAdditionAddition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | File]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        repository_name=repository_name,
        reference=reference,
        addition=addition,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    repository_name: str,
    reference: str,
    addition: GetAdditionAddition,
    *,
    client: AuthenticatedClient | Client,
) -> Errors | File | None:
    """Get the addition of the specific artifact

     Get the addition of the artifact specified by the reference under the project and repository.

    Args:
        project_name (str):
        repository_name (str):
        reference (str):
        addition (GetAdditionAddition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | File
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            repository_name=repository_name,
            reference=reference,
            addition=addition,
            client=client,
        )
    ).parsed
