from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artifact import Artifact
from ...models.errors import Errors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_name: str,
    repository_name: str,
    *,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    with_tag: bool | Unset = True,
    with_label: bool | Unset = False,
    with_scan_overview: bool | Unset = False,
    with_sbom_overview: bool | Unset = False,
    with_immutable_status: bool | Unset = False,
    with_accessory: bool | Unset = False,
    x_accept_vulnerabilities: str
    | Unset = "application/vnd.security.vulnerability.report; version=1.1, application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_accept_vulnerabilities, Unset):
        headers["X-Accept-Vulnerabilities"] = x_accept_vulnerabilities

    params: dict[str, Any] = {}

    params["q"] = q

    params["sort"] = sort

    params["page"] = page

    params["page_size"] = page_size

    params["with_tag"] = with_tag

    params["with_label"] = with_label

    params["with_scan_overview"] = with_scan_overview

    params["with_sbom_overview"] = with_sbom_overview

    params["with_immutable_status"] = with_immutable_status

    params["with_accessory"] = with_accessory

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_name}/repositories/{repository_name}/artifacts".format(
            project_name=quote(str(project_name), safe=""),
            repository_name=quote(str(repository_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[Artifact] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Artifact.from_dict(response_200_item_data)

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
) -> Response[Errors | list[Artifact]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name: str,
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    with_tag: bool | Unset = True,
    with_label: bool | Unset = False,
    with_scan_overview: bool | Unset = False,
    with_sbom_overview: bool | Unset = False,
    with_immutable_status: bool | Unset = False,
    with_accessory: bool | Unset = False,
    x_accept_vulnerabilities: str
    | Unset = "application/vnd.security.vulnerability.report; version=1.1, application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0",
) -> Response[Errors | list[Artifact]]:
    """List artifacts

     List artifacts under the specific project and repository. Except the basic properties, the other
    supported queries in "q" includes "tags=*" to list only tagged artifacts, "tags=nil" to list only
    untagged artifacts, "tags=~v" to list artifacts whose tag fuzzy matches "v", "tags=v" to list
    artifact whose tag exactly matches "v", "labels=(id1, id2)" to list artifacts that both labels with
    id1 and id2 are added to

    Args:
        project_name (str):
        repository_name (str):
        q (str | Unset):
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        with_tag (bool | Unset):  Default: True.
        with_label (bool | Unset):  Default: False.
        with_scan_overview (bool | Unset):  Default: False.
        with_sbom_overview (bool | Unset):  Default: False.
        with_immutable_status (bool | Unset):  Default: False.
        with_accessory (bool | Unset):  Default: False.
        x_accept_vulnerabilities (str | Unset):  Default:
            'application/vnd.security.vulnerability.report; version=1.1,
            application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[Artifact]]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        repository_name=repository_name,
        q=q,
        sort=sort,
        page=page,
        page_size=page_size,
        with_tag=with_tag,
        with_label=with_label,
        with_scan_overview=with_scan_overview,
        with_sbom_overview=with_sbom_overview,
        with_immutable_status=with_immutable_status,
        with_accessory=with_accessory,
        x_accept_vulnerabilities=x_accept_vulnerabilities,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    with_tag: bool | Unset = True,
    with_label: bool | Unset = False,
    with_scan_overview: bool | Unset = False,
    with_sbom_overview: bool | Unset = False,
    with_immutable_status: bool | Unset = False,
    with_accessory: bool | Unset = False,
    x_accept_vulnerabilities: str
    | Unset = "application/vnd.security.vulnerability.report; version=1.1, application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0",
) -> Errors | list[Artifact] | None:
    """List artifacts

     List artifacts under the specific project and repository. Except the basic properties, the other
    supported queries in "q" includes "tags=*" to list only tagged artifacts, "tags=nil" to list only
    untagged artifacts, "tags=~v" to list artifacts whose tag fuzzy matches "v", "tags=v" to list
    artifact whose tag exactly matches "v", "labels=(id1, id2)" to list artifacts that both labels with
    id1 and id2 are added to

    Args:
        project_name (str):
        repository_name (str):
        q (str | Unset):
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        with_tag (bool | Unset):  Default: True.
        with_label (bool | Unset):  Default: False.
        with_scan_overview (bool | Unset):  Default: False.
        with_sbom_overview (bool | Unset):  Default: False.
        with_immutable_status (bool | Unset):  Default: False.
        with_accessory (bool | Unset):  Default: False.
        x_accept_vulnerabilities (str | Unset):  Default:
            'application/vnd.security.vulnerability.report; version=1.1,
            application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[Artifact]
    """

    return sync_detailed(
        project_name=project_name,
        repository_name=repository_name,
        client=client,
        q=q,
        sort=sort,
        page=page,
        page_size=page_size,
        with_tag=with_tag,
        with_label=with_label,
        with_scan_overview=with_scan_overview,
        with_sbom_overview=with_sbom_overview,
        with_immutable_status=with_immutable_status,
        with_accessory=with_accessory,
        x_accept_vulnerabilities=x_accept_vulnerabilities,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    with_tag: bool | Unset = True,
    with_label: bool | Unset = False,
    with_scan_overview: bool | Unset = False,
    with_sbom_overview: bool | Unset = False,
    with_immutable_status: bool | Unset = False,
    with_accessory: bool | Unset = False,
    x_accept_vulnerabilities: str
    | Unset = "application/vnd.security.vulnerability.report; version=1.1, application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0",
) -> Response[Errors | list[Artifact]]:
    """List artifacts

     List artifacts under the specific project and repository. Except the basic properties, the other
    supported queries in "q" includes "tags=*" to list only tagged artifacts, "tags=nil" to list only
    untagged artifacts, "tags=~v" to list artifacts whose tag fuzzy matches "v", "tags=v" to list
    artifact whose tag exactly matches "v", "labels=(id1, id2)" to list artifacts that both labels with
    id1 and id2 are added to

    Args:
        project_name (str):
        repository_name (str):
        q (str | Unset):
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        with_tag (bool | Unset):  Default: True.
        with_label (bool | Unset):  Default: False.
        with_scan_overview (bool | Unset):  Default: False.
        with_sbom_overview (bool | Unset):  Default: False.
        with_immutable_status (bool | Unset):  Default: False.
        with_accessory (bool | Unset):  Default: False.
        x_accept_vulnerabilities (str | Unset):  Default:
            'application/vnd.security.vulnerability.report; version=1.1,
            application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[Artifact]]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        repository_name=repository_name,
        q=q,
        sort=sort,
        page=page,
        page_size=page_size,
        with_tag=with_tag,
        with_label=with_label,
        with_scan_overview=with_scan_overview,
        with_sbom_overview=with_sbom_overview,
        with_immutable_status=with_immutable_status,
        with_accessory=with_accessory,
        x_accept_vulnerabilities=x_accept_vulnerabilities,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    with_tag: bool | Unset = True,
    with_label: bool | Unset = False,
    with_scan_overview: bool | Unset = False,
    with_sbom_overview: bool | Unset = False,
    with_immutable_status: bool | Unset = False,
    with_accessory: bool | Unset = False,
    x_accept_vulnerabilities: str
    | Unset = "application/vnd.security.vulnerability.report; version=1.1, application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0",
) -> Errors | list[Artifact] | None:
    """List artifacts

     List artifacts under the specific project and repository. Except the basic properties, the other
    supported queries in "q" includes "tags=*" to list only tagged artifacts, "tags=nil" to list only
    untagged artifacts, "tags=~v" to list artifacts whose tag fuzzy matches "v", "tags=v" to list
    artifact whose tag exactly matches "v", "labels=(id1, id2)" to list artifacts that both labels with
    id1 and id2 are added to

    Args:
        project_name (str):
        repository_name (str):
        q (str | Unset):
        sort (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        with_tag (bool | Unset):  Default: True.
        with_label (bool | Unset):  Default: False.
        with_scan_overview (bool | Unset):  Default: False.
        with_sbom_overview (bool | Unset):  Default: False.
        with_immutable_status (bool | Unset):  Default: False.
        with_accessory (bool | Unset):  Default: False.
        x_accept_vulnerabilities (str | Unset):  Default:
            'application/vnd.security.vulnerability.report; version=1.1,
            application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[Artifact]
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            repository_name=repository_name,
            client=client,
            q=q,
            sort=sort,
            page=page,
            page_size=page_size,
            with_tag=with_tag,
            with_label=with_label,
            with_scan_overview=with_scan_overview,
            with_sbom_overview=with_sbom_overview,
            with_immutable_status=with_immutable_status,
            with_accessory=with_accessory,
            x_accept_vulnerabilities=x_accept_vulnerabilities,
        )
    ).parsed
