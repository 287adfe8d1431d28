from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Metadata")


@_attrs_define(repr=False)
class Metadata:
    """
    Attributes:
        id (str | Unset): id
        name (str | Unset): name
        icon (str | Unset): icon
        maintainers (list[str] | Unset): maintainers
        version (str | Unset): version
        source (str | Unset): source
    """

    __repr__ = model_repr

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    icon: str | Unset = UNSET
    maintainers: list[str] | Unset | None = UNSET
    version: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        icon = self.icon

        maintainers: list[str] | Unset = UNSET
        if self.maintainers is None:
            maintainers = None
        elif not isinstance(self.maintainers, Unset):
            maintainers = self.maintainers

        version = self.version

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if icon is not UNSET:
            field_dict["icon"] = icon
        if maintainers is not UNSET:
            field_dict["maintainers"] = maintainers
        if version is not UNSET:
            field_dict["version"] = version
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        icon = d.pop("icon", UNSET)

        maintainers = d.pop("maintainers", UNSET)

        version = d.pop("version", UNSET)

        source = d.pop("source", UNSET)

        metadata = cls.__new__(cls)
        metadata.id = id
        metadata.name = name
        metadata.icon = icon
        metadata.maintainers = maintainers
        metadata.version = version
        metadata.source = source

        metadata.additional_properties = d
        return metadata

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
