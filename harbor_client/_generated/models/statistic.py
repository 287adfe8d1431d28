from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Statistic")


@_attrs_define(repr=False)
class Statistic:
    """
    Attributes:
        private_project_count (int | Unset): The count of the private projects
        private_repo_count (int | Unset): The count of the private repositories
        public_project_count (int | Unset): The count of the public projects
        public_repo_count (int | Unset): The count of the public repositories
        total_project_count (int | Unset): The count of the total projects, only be seen by the system admin
        total_repo_count (int | Unset): The count of the total repositories, only be seen by the system admin
        total_storage_consumption (int | Unset): The total storage consumption of blobs, only be seen by the system
            admin
    """

    __repr__ = model_repr

    private_project_count: int | Unset = UNSET
    private_repo_count: int | Unset = UNSET
    public_project_count: int | Unset = UNSET
    public_repo_count: int | Unset = UNSET
    total_project_count: int | Unset = UNSET
    total_repo_count: int | Unset = UNSET
    total_storage_consumption: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private_project_count = self.private_project_count

        private_repo_count = self.private_repo_count

        public_project_count = self.public_project_count

        public_repo_count = self.public_repo_count

        total_project_count = self.total_project_count

        total_repo_count = self.total_repo_count

        total_storage_consumption = self.total_storage_consumption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if private_project_count is not UNSET:
            field_dict["private_project_count"] = private_project_count
        if private_repo_count is not UNSET:
            field_dict["private_repo_count"] = private_repo_count
        if public_project_count is not UNSET:
            field_dict["public_project_count"] = public_project_count
        if public_repo_count is not UNSET:
            field_dict["public_repo_count"] = public_repo_count
        if total_project_count is not UNSET:
            field_dict["total_project_count"] = total_project_count
        if total_repo_count is not UNSET:
            field_dict["total_repo_count"] = total_repo_count
        if total_storage_consumption is not UNSET:
            field_dict["total_storage_consumption"] = total_storage_consumption

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        private_project_count = d.pop("private_project_count", UNSET)

        private_repo_count = d.pop("private_repo_count", UNSET)

        public_project_count = d.pop("public_project_count", UNSET)

        public_repo_count = d.pop("public_repo_count", UNSET)

        total_project_count = d.pop("total_project_count", UNSET)

        total_repo_count = d.pop("total_repo_count", UNSET)

        total_storage_consumption = d.pop("total_storage_consumption", UNSET)

        statistic = cls.__new__(cls)
        statistic.private_project_count = private_project_count
        statistic.private_repo_count = private_repo_count
        statistic.public_project_count = public_project_count
        statistic.public_repo_count = public_repo_count
        statistic.total_project_count = total_project_count
        statistic.total_repo_count = total_repo_count
        statistic.total_storage_consumption = total_storage_consumption

        statistic.additional_properties = d
        return statistic

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
