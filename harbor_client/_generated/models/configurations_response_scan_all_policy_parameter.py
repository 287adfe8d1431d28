from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ConfigurationsResponseScanAllPolicyParameter")


@_attrs_define(repr=False)
class ConfigurationsResponseScanAllPolicyParameter:
    """The parameters of the policy, the values are dependent on the type of the policy.

    Attributes:
        daily_time (int | Unset): The offset in seconds of UTC 0 o'clock, only valid when the policy type is "daily"
    """

    __repr__ = model_repr

    daily_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_time = self.daily_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if daily_time is not UNSET:
            field_dict["daily_time"] = daily_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        daily_time = d.pop("daily_time", UNSET)

        configurations_response_scan_all_policy_parameter = cls.__new__(cls)
        configurations_response_scan_all_policy_parameter.daily_time = daily_time

        configurations_response_scan_all_policy_parameter.additional_properties = d
        return configurations_response_scan_all_policy_parameter

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
