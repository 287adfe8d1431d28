from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectSummary")


@_attrs_define(repr=False)
class ProjectSummary:
    """
    Attributes:
        repo_count (int | Unset): The number of the repositories under this project.
        project_admin_count (int | Unset): The total number of project admin members.
        maintainer_count (int | Unset): The total number of maintainer members.
        developer_count (int | Unset): The total number of developer members.
        guest_count (int | Unset): The total number of guest members.
        limited_guest_count (int | Unset): The total number of limited guest members.
        quota (ProjectSummaryQuota | Unset):
        registry (Registry | Unset):
    """

    __repr__ = model_repr

    repo_count: int | Unset = UNSET
    project_admin_count: int | Unset = UNSET
    maintainer_count: int | Unset = UNSET
    developer_count: int | Unset = UNSET
    guest_count: int | Unset = UNSET
    limited_guest_count: int | Unset = UNSET
    quota: ProjectSummaryQuota | Unset | None = UNSET
    registry: Registry | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repo_count = self.repo_count

        project_admin_count = self.project_admin_count

        maintainer_count = self.maintainer_count

        developer_count = self.developer_count

        guest_count = self.guest_count

        limited_guest_count = self.limited_guest_count

        quota: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota, Unset):
            quota = self.quota.to_dict() if self.quota is not None else None

        registry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registry, Unset):
            registry = self.registry.to_dict() if self.registry is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repo_count is not UNSET:
            field_dict["repo_count"] = repo_count
        if project_admin_count is not UNSET:
            field_dict["project_admin_count"] = project_admin_count
        if maintainer_count is not UNSET:
            field_dict["maintainer_count"] = maintainer_count
        if developer_count is not UNSET:
            field_dict["developer_count"] = developer_count
        if guest_count is not UNSET:
            field_dict["guest_count"] = guest_count
        if limited_guest_count is not UNSET:
            field_dict["limited_guest_count"] = limited_guest_count
        if quota is not UNSET:
            field_dict["quota"] = quota
        if registry is not UNSET:
            field_dict["registry"] = registry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        repo_count = d.pop("repo_count", UNSET)

        project_admin_count = d.pop("project_admin_count", UNSET)

        maintainer_count = d.pop("maintainer_count", UNSET)

        developer_count = d.pop("developer_count", UNSET)

        guest_count = d.pop("guest_count", UNSET)

        limited_guest_count = d.pop("limited_guest_count", UNSET)

        _quota = d.pop("quota", UNSET)
        quota: ProjectSummaryQuota | Unset | None
        if _quota is UNSET:
            quota = UNSET
        elif _quota is None:
            quota = None
        else:
            quota = ProjectSummaryQuota.from_dict(_quota)

        _registry = d.pop("registry", UNSET)
        registry: Registry | Unset | None
        if _registry is UNSET:
            registry = UNSET
        elif _registry is None:
            registry = None
        else:
            registry = Registry.from_dict(_registry)

        project_summary = cls.__new__(cls)
        project_summary.repo_count = repo_count
        project_summary.project_admin_count = project_admin_count
        project_summary.maintainer_count = maintainer_count
        project_summary.developer_count = developer_count
        project_summary.guest_count = guest_count
        project_summary.limited_guest_count = limited_guest_count
        project_summary.quota = quota
        project_summary.registry = registry

        project_summary.additional_properties = d
        return project_summary

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


# The models this one is made of, imported after the class: models refer to each
# other in cycles, and a module that imports this one back finds the class defined.
from ..models.project_summary_quota import ProjectSummaryQuota
from ..models.registry import Registry
