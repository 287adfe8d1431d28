from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ConfigurationsResponseScanAllPolicy")


@_attrs_define(repr=False)
class ConfigurationsResponseScanAllPolicy:
    """
    Attributes:
        type_ (str | Unset): The type of scan all policy, currently the valid values are "none" and "daily"
        parameter (ConfigurationsResponseScanAllPolicyParameter | Unset): The parameters of the policy, the values are
            dependent on the type of the policy.
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    parameter: ConfigurationsResponseScanAllPolicyParameter | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        parameter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = self.parameter.to_dict() if self.parameter is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameter is not UNSET:
            field_dict["parameter"] = parameter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _parameter = d.pop("parameter", UNSET)
        parameter: ConfigurationsResponseScanAllPolicyParameter | Unset | None
        if _parameter is UNSET:
            parameter = UNSET
        elif _parameter is None:
            parameter = None
        else:
            parameter = ConfigurationsResponseScanAllPolicyParameter.from_dict(
                _parameter
            )

        configurations_response_scan_all_policy = cls.__new__(cls)
        configurations_response_scan_all_policy.type_ = type_
        configurations_response_scan_all_policy.parameter = parameter

        configurations_response_scan_all_policy.additional_properties = d
        return configurations_response_scan_all_policy

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
from ..models.configurations_response_scan_all_policy_parameter import (
    ConfigurationsResponseScanAllPolicyParameter,
)
