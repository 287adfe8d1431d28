from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RegistryProviderCredentialPattern")


@_attrs_define(repr=False)
class RegistryProviderCredentialPattern:
    """The registry credential pattern

    Attributes:
        access_key_type (str | Unset): The access key type
        access_key_data (str | Unset): The access key data
        access_secret_type (str | Unset): The access secret type
        access_secret_data (str | Unset): The access secret data
    """

    __repr__ = model_repr

    access_key_type: str | Unset = UNSET
    access_key_data: str | Unset = UNSET
    access_secret_type: str | Unset = UNSET
    access_secret_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_type = self.access_key_type

        access_key_data = self.access_key_data

        access_secret_type = self.access_secret_type

        access_secret_data = self.access_secret_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key_type is not UNSET:
            field_dict["access_key_type"] = access_key_type
        if access_key_data is not UNSET:
            field_dict["access_key_data"] = access_key_data
        if access_secret_type is not UNSET:
            field_dict["access_secret_type"] = access_secret_type
        if access_secret_data is not UNSET:
            field_dict["access_secret_data"] = access_secret_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_key_type = d.pop("access_key_type", UNSET)

        access_key_data = d.pop("access_key_data", UNSET)

        access_secret_type = d.pop("access_secret_type", UNSET)

        access_secret_data = d.pop("access_secret_data", UNSET)

        registry_provider_credential_pattern = cls.__new__(cls)
        registry_provider_credential_pattern.access_key_type = access_key_type
        registry_provider_credential_pattern.access_key_data = access_key_data
        registry_provider_credential_pattern.access_secret_type = access_secret_type
        registry_provider_credential_pattern.access_secret_data = access_secret_data

        registry_provider_credential_pattern.additional_properties = d
        return registry_provider_credential_pattern

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
