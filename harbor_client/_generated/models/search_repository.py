from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SearchRepository")


@_attrs_define(repr=False)
class SearchRepository:
    """
    Attributes:
        project_id (int | Unset): The ID of the project that the repository belongs to
        project_name (str | Unset): The name of the project that the repository belongs to
        project_public (bool | Unset): The flag to indicate the publicity of the project that the repository belongs to
            (1 is public, 0 is not)
        repository_name (str | Unset): The name of the repository
        pull_count (int | Unset): The count how many times the repository is pulled
        artifact_count (int | Unset): The count of artifacts in the repository
    """

    __repr__ = model_repr

    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    project_public: bool | Unset = UNSET
    repository_name: str | Unset = UNSET
    pull_count: int | Unset = UNSET
    artifact_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        project_name = self.project_name

        project_public = self.project_public

        repository_name = self.repository_name

        pull_count = self.pull_count

        artifact_count = self.artifact_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if project_public is not UNSET:
            field_dict["project_public"] = project_public
        if repository_name is not UNSET:
            field_dict["repository_name"] = repository_name
        if pull_count is not UNSET:
            field_dict["pull_count"] = pull_count
        if artifact_count is not UNSET:
            field_dict["artifact_count"] = artifact_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("project_id", UNSET)

        project_name = d.pop("project_name", UNSET)

        project_public = d.pop("project_public", UNSET)

        repository_name = d.pop("repository_name", UNSET)

        pull_count = d.pop("pull_count", UNSET)

        artifact_count = d.pop("artifact_count", UNSET)

        search_repository = cls.__new__(cls)
        search_repository.project_id = project_id
        search_repository.project_name = project_name
        search_repository.project_public = project_public
        search_repository.repository_name = repository_name
        search_repository.pull_count = pull_count
        search_repository.artifact_count = artifact_count

        search_repository.additional_properties = d
        return search_repository

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
