from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="InternalConfigurationsResponse")


@_attrs_define(repr=False)
class InternalConfigurationsResponse:
    __repr__ = model_repr

    additional_properties: dict[str, InternalConfigurationValue] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict() if prop is not None else None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        internal_configurations_response = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = InternalConfigurationValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        internal_configurations_response.additional_properties = additional_properties
        return internal_configurations_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> InternalConfigurationValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: InternalConfigurationValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one is made of, imported after the class: models refer to each
# other in cycles, and a module that imports this one back finds the class defined.
from ..models.internal_configuration_value import InternalConfigurationValue
