from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ReplicationFilter")


@_attrs_define(repr=False)
class ReplicationFilter:
    """
    Attributes:
        type_ (str | Unset): The replication policy filter type.
        value (Any | Unset): The value of replication policy filter. For name, tag, and resource filters, this should be
            a string. For label filters, this should be an array of strings.
        decoration (str | Unset): matches or excludes the result
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    value: Any | Unset = UNSET
    decoration: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        decoration = self.decoration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if decoration is not UNSET:
            field_dict["decoration"] = decoration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        decoration = d.pop("decoration", UNSET)

        replication_filter = cls.__new__(cls)
        replication_filter.type_ = type_
        replication_filter.value = value
        replication_filter.decoration = decoration

        replication_filter.additional_properties = d
        return replication_filter

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
