from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ScanDataExportRequest")


@_attrs_define(repr=False)
class ScanDataExportRequest:
    """The criteria to select the scan data to export.

    Attributes:
        job_name (str | Unset): Name of the scan data export job
        projects (list[int] | Unset): A list of one or more projects for which to export the scan data, currently only
            one project is supported due to performance concerns, but define as array for extension in the future.
        labels (list[int] | Unset): A list of one or more labels for which to export the scan data, defaults to all if
            empty
        repositories (str | Unset): A list of repositories for which to export the scan data, defaults to all if empty
        cve_ids (str | Unset): CVE-IDs for which to export data. Multiple CVE-IDs can be specified by separating using
            ',' and enclosed between '{}'. Defaults to all if empty
        tags (str | Unset): A list of tags enclosed within '{}'. Defaults to all if empty
    """

    __repr__ = model_repr

    job_name: str | Unset = UNSET
    projects: list[int] | Unset | None = UNSET
    labels: list[int] | Unset | None = UNSET
    repositories: str | Unset = UNSET
    cve_ids: str | Unset = UNSET
    tags: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_name = self.job_name

        projects: list[int] | Unset = UNSET
        if self.projects is None:
            projects = None
        elif not isinstance(self.projects, Unset):
            projects = self.projects

        labels: list[int] | Unset = UNSET
        if self.labels is None:
            labels = None
        elif not isinstance(self.labels, Unset):
            labels = self.labels

        repositories = self.repositories

        cve_ids = self.cve_ids

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if projects is not UNSET:
            field_dict["projects"] = projects
        if labels is not UNSET:
            field_dict["labels"] = labels
        if repositories is not UNSET:
            field_dict["repositories"] = repositories
        if cve_ids is not UNSET:
            field_dict["cveIds"] = cve_ids
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_name = d.pop("job_name", UNSET)

        projects = d.pop("projects", UNSET)

        labels = d.pop("labels", UNSET)

        repositories = d.pop("repositories", UNSET)

        cve_ids = d.pop("cveIds", UNSET)

        tags = d.pop("tags", UNSET)

        scan_data_export_request = cls.__new__(cls)
        scan_data_export_request.job_name = job_name
        scan_data_export_request.projects = projects
        scan_data_export_request.labels = labels
        scan_data_export_request.repositories = repositories
        scan_data_export_request.cve_ids = cve_ids
        scan_data_export_request.tags = tags

        scan_data_export_request.additional_properties = d
        return scan_data_export_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
