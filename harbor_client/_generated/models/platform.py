from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Platform")


@_attrs_define(repr=False)
class Platform:
    """
    Attributes:
        architecture (str | Unset): The architecture that the artifact applys to
        os (str | Unset): The OS that the artifact applys to
        os_version (str | Unset): The version of the OS that the artifact applys to
        os_features (list[str] | Unset): The features of the OS that the artifact applys to
        variant (str | Unset): The variant of the CPU
    """

    __repr__ = model_repr

    architecture: str | Unset = UNSET
    os: str | Unset = UNSET
    os_version: str | Unset = UNSET
    os_features: list[str] | Unset | None = UNSET
    variant: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        os = self.os

        os_version = self.os_version

        os_features: list[str] | Unset = UNSET
        if self.os_features is None:
            os_features = None
        elif not isinstance(self.os_features, Unset):
            os_features = self.os_features

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["'os.version'"] = os_version
        if os_features is not UNSET:
            field_dict["'os.features'"] = os_features
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)

        os = d.pop("os", UNSET)

        os_version = d.pop("'os.version'", UNSET)

        os_features = d.pop("'os.features'", UNSET)

        variant = d.pop("variant", UNSET)

        platform = cls.__new__(cls)
        platform.architecture = architecture
        platform.os = os
        platform.os_version = os_version
        platform.os_features = os_features
        platform.variant = variant

        platform.additional_properties = d
        return platform

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
