from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectDeletable")


@_attrs_define(repr=False)
class ProjectDeletable:
    """
    Attributes:
        deletable (bool | Unset): Whether the project can be deleted.
        message (str | Unset): The detail message when the project can not be deleted.
    """

    __repr__ = model_repr

    deletable: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deletable = self.deletable

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deletable = d.pop("deletable", UNSET)

        message = d.pop("message", UNSET)

        project_deletable = cls.__new__(cls)
        project_deletable.deletable = deletable
        project_deletable.message = message

        project_deletable.additional_properties = d
        return project_deletable

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
