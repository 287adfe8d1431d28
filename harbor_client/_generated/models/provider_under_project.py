from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProviderUnderProject")


@_attrs_define(repr=False)
class ProviderUnderProject:
    """
    Attributes:
        id (int | Unset):
        provider (str | Unset):
        enabled (bool | Unset):
        default (bool | Unset):
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    provider: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider = self.provider

        enabled = self.enabled

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        provider = d.pop("provider", UNSET)

        enabled = d.pop("enabled", UNSET)

        default = d.pop("default", UNSET)

        provider_under_project = cls.__new__(cls)
        provider_under_project.id = id
        provider_under_project.provider = provider
        provider_under_project.enabled = enabled
        provider_under_project.default = default

        provider_under_project.additional_properties = d
        return provider_under_project

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
