from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Permissions")


@_attrs_define(repr=False)
class Permissions:
    """
    Attributes:
        system (list[Permission] | Unset): The system level permissions
        project (list[Permission] | Unset): The project level permissions
    """

    __repr__ = model_repr

    system: list[Permission] | Unset | None = UNSET
    project: list[Permission] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system: list[dict[str, Any]] | Unset = UNSET
        if self.system is None:
            system = None
        elif not isinstance(self.system, Unset):
            system = []
            for system_item_data in self.system:
                system_item = (
                    system_item_data.to_dict() if system_item_data is not None else None
                )
                system.append(system_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system is not UNSET:
            field_dict["system"] = system
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _system = d.pop("system", UNSET)
        system: list[Permission] | Unset | None = UNSET
        if _system is None:
            system = None
        elif _system is not UNSET:
            system = []
            for system_item_data in _system:
                system_item = Permission.from_dict(system_item_data)

                system.append(system_item)

        _project = d.pop("project", UNSET)
        project: list[Permission] | Unset | None = UNSET
        if _project is None:
            project = None
        elif _project is not UNSET:
            project = []
            for project_item_data in _project:
                project_item = Permission.from_dict(project_item_data)

                project.append(project_item)

        permissions = cls.__new__(cls)
        permissions.system = system
        permissions.project = project

        permissions.additional_properties = d
        return permissions

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
from ..models.permission import Permission
