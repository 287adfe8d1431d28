from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.scan_data_export_job import ScanDataExportJob
from ...models.scan_data_export_request import ScanDataExportRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ScanDataExportRequest,
    x_scan_data_type: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Scan-Data-Type"] = x_scan_data_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export/cve",
    }

    _kwargs["json"] = body.to_dict() if body is not None else None

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | ScanDataExportJob | None:
    if response.status_code == 200:
        response_200 = ScanDataExportJob.from_dict(response.json())

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
    if response.status_code == 405:
        try:
            response_405 = Errors.from_dict(response.json())

            return response_405

        except (ValueError, TypeError, KeyError, AttributeError):  # not Harbor's JSON
            return None
    if response.status_code == 409:
        try:
            response_409 = Errors.from_dict(response.json())

            return response_409

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
) -> Response[Errors | ScanDataExportJob]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanDataExportRequest,
    x_scan_data_type: str,
) -> Response[Errors | ScanDataExportJob]:
    """Export scan data for selected projects

     Export scan data for selected projects

    Args:
        x_scan_data_type (str):
        body (ScanDataExportRequest): The criteria to select the scan data to export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ScanDataExportJob]
    """

    kwargs = _get_kwargs(
        body=body,
        x_scan_data_type=x_scan_data_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ScanDataExportRequest,
    x_scan_data_type: str,
) -> Errors | ScanDataExportJob | None:
    """Export scan data for selected projects

     Export scan data for selected projects

    Args:
        x_scan_data_type (str):
        body (ScanDataExportRequest): The criteria to select the scan data to export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ScanDataExportJob
    """

    return sync_detailed(
        client=client,
        body=body,
        x_scan_data_type=x_scan_data_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanDataExportRequest,
    x_scan_data_type: str,
) -> Response[Errors | ScanDataExportJob]:
    """Export scan data for selected projects

     Export scan data for selected projects

    Args:
        x_scan_data_type (str):
        body (ScanDataExportRequest): The criteria to select the scan data to export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | ScanDataExportJob]
    """

    kwargs = _get_kwargs(
        body=body,
        x_scan_data_type=x_scan_data_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ScanDataExportRequest,
    x_scan_data_type: str,
) -> Errors | ScanDataExportJob | None:
    """Export scan data for selected projects

     Export scan data for selected projects

    Args:
        x_scan_data_type (str):
        body (ScanDataExportRequest): The criteria to select the scan data to export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | ScanDataExportJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_scan_data_type=x_scan_data_type,
        )
    ).parsed
