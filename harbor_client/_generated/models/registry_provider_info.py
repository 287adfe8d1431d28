from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RegistryProviderInfo")


@_attrs_define(repr=False)
class RegistryProviderInfo:
    """The registry provider info contains the base info and capability declarations of the registry provider

    Attributes:
        endpoint_pattern (RegistryProviderEndpointPattern | Unset): The registry endpoint pattern
        credential_pattern (RegistryProviderCredentialPattern | Unset): The registry credential pattern
    """

    __repr__ = model_repr

    endpoint_pattern: RegistryProviderEndpointPattern | Unset | None = UNSET
    credential_pattern: RegistryProviderCredentialPattern | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_pattern: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint_pattern, Unset):
            endpoint_pattern = (
                self.endpoint_pattern.to_dict()
                if self.endpoint_pattern is not None
                else None
            )

        credential_pattern: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential_pattern, Unset):
            credential_pattern = (
                self.credential_pattern.to_dict()
                if self.credential_pattern is not None
                else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_pattern is not UNSET:
            field_dict["endpoint_pattern"] = endpoint_pattern
        if credential_pattern is not UNSET:
            field_dict["credential_pattern"] = credential_pattern

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _endpoint_pattern = d.pop("endpoint_pattern", UNSET)
        endpoint_pattern: RegistryProviderEndpointPattern | Unset | None
        if _endpoint_pattern is UNSET:
            endpoint_pattern = UNSET
        elif _endpoint_pattern is None:
            endpoint_pattern = None
        else:
            endpoint_pattern = RegistryProviderEndpointPattern.from_dict(
                _endpoint_pattern
            )

        _credential_pattern = d.pop("credential_pattern", UNSET)
        credential_pattern: RegistryProviderCredentialPattern | Unset | None
        if _credential_pattern is UNSET:
            credential_pattern = UNSET
        elif _credential_pattern is None:
            credential_pattern = None
        else:
            credential_pattern = RegistryProviderCredentialPattern.from_dict(
                _credential_pattern
            )

        registry_provider_info = cls.__new__(cls)
        registry_provider_info.endpoint_pattern = endpoint_pattern
        registry_provider_info.credential_pattern = credential_pattern

        registry_provider_info.additional_properties = d
        return registry_provider_info

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
from ..models.registry_provider_credential_pattern import (
    RegistryProviderCredentialPattern,
)
from ..models.registry_provider_endpoint_pattern import RegistryProviderEndpointPattern
