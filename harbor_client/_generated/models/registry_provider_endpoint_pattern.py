from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RegistryProviderEndpointPattern")


@_attrs_define(repr=False)
class RegistryProviderEndpointPattern:
    """The registry endpoint pattern

    Attributes:
        endpoint_type (str | Unset): The endpoint type
        endpoints (list[RegistryEndpoint] | Unset): The endpoint list
    """

    __repr__ = model_repr

    endpoint_type: str | Unset = UNSET
    endpoints: list[RegistryEndpoint] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_type = self.endpoint_type

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if self.endpoints is None:
            endpoints = None
        elif not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = (
                    endpoints_item_data.to_dict()
                    if endpoints_item_data is not None
                    else None
                )
                endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_type is not UNSET:
            field_dict["endpoint_type"] = endpoint_type
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint_type = d.pop("endpoint_type", UNSET)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[RegistryEndpoint] | Unset | None = UNSET
        if _endpoints is None:
            endpoints = None
        elif _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = RegistryEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        registry_provider_endpoint_pattern = cls.__new__(cls)
        registry_provider_endpoint_pattern.endpoint_type = endpoint_type
        registry_provider_endpoint_pattern.endpoints = endpoints

        registry_provider_endpoint_pattern.additional_properties = d
        return registry_provider_endpoint_pattern

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
from ..models.registry_endpoint import RegistryEndpoint
