from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Search")


@_attrs_define(repr=False)
class Search:
    """
    Attributes:
        project (list[Project] | Unset): Search results of the projects that matched the filter keywords.
        repository (list[SearchRepository] | Unset): Search results of the repositories that matched the filter
            keywords.
    """

    __repr__ = model_repr

    project: list[Project] | Unset | None = UNSET
    repository: list[SearchRepository] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project: list[dict[str, Any]] | Unset = UNSET
        if self.project is None:
            project = None
        elif not isinstance(self.project, Unset):
            project = []
            for project_item_data in self.project:
                project_item = (
                    project_item_data.to_dict()
                    if project_item_data is not None
                    else None
                )
                project.append(project_item)

        repository: list[dict[str, Any]] | Unset = UNSET
        if self.repository is None:
            repository = None
        elif not isinstance(self.repository, Unset):
            repository = []
            for repository_item_data in self.repository:
                repository_item = (
                    repository_item_data.to_dict()
                    if repository_item_data is not None
                    else None
                )
                repository.append(repository_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _project = d.pop("project", UNSET)
        project: list[Project] | Unset | None = UNSET
        if _project is None:
            project = None
        elif _project is not UNSET:
            project = []
            for project_item_data in _project:
                project_item = Project.from_dict(project_item_data)

                project.append(project_item)

        _repository = d.pop("repository", UNSET)
        repository: list[SearchRepository] | Unset | None = UNSET
        if _repository is None:
            repository = None
        elif _repository is not UNSET:
            repository = []
            for repository_item_data in _repository:
                repository_item = SearchRepository.from_dict(repository_item_data)

                repository.append(repository_item)

        search = cls.__new__(cls)
        search.project = project
        search.repository = repository

        search.additional_properties = d
        return search

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
from ..models.project import Project
from ..models.search_repository import SearchRepository
