from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="FilterStyle")


@_attrs_define(repr=False)
class FilterStyle:
    """The style of the resource filter

    Attributes:
        type_ (str | Unset): The filter type
        style (str | Unset): The filter style
        values (list[str] | Unset): The filter values
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    style: str | Unset = UNSET
    values: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        style = self.style

        values: list[str] | Unset = UNSET
        if self.values is None:
            values = None
        elif not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if style is not UNSET:
            field_dict["style"] = style
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        style = d.pop("style", UNSET)

        values = d.pop("values", UNSET)

        filter_style = cls.__new__(cls)
        filter_style.type_ = type_
        filter_style.style = style
        filter_style.values = values

        filter_style.additional_properties = d
        return filter_style

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
