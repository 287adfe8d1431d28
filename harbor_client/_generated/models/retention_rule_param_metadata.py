from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionRuleParamMetadata")


@_attrs_define(repr=False)
class RetentionRuleParamMetadata:
    """rule param

    Attributes:
        type_ (str | Unset):
        unit (str | Unset):
        required (bool | Unset):
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    unit: str | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        unit = self.unit

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        unit = d.pop("unit", UNSET)

        required = d.pop("required", UNSET)

        retention_rule_param_metadata = cls.__new__(cls)
        retention_rule_param_metadata.type_ = type_
        retention_rule_param_metadata.unit = unit
        retention_rule_param_metadata.required = required

        retention_rule_param_metadata.additional_properties = d
        return retention_rule_param_metadata

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
