from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Scanner")


@_attrs_define(repr=False)
class Scanner:
    """
    Attributes:
        name (str | Unset): Name of the scanner Example: Trivy.
        vendor (str | Unset): Name of the scanner provider Example: Aqua Security.
        version (str | Unset): Version of the scanner adapter Example: v0.9.1.
    """

    __repr__ = model_repr

    name: str | Unset = UNSET
    vendor: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vendor = self.vendor

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        vendor = d.pop("vendor", UNSET)

        version = d.pop("version", UNSET)

        scanner = cls.__new__(cls)
        scanner.name = name
        scanner.vendor = vendor
        scanner.version = version

        scanner.additional_properties = d
        return scanner

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
