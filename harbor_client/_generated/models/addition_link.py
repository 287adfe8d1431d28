from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AdditionLink")


@_attrs_define(repr=False)
class AdditionLink:
    """
    Attributes:
        href (str | Unset): The link of the addition
        absolute (bool | Unset): Determine whether the link is an absolute URL or not
    """

    __repr__ = model_repr

    href: str | Unset = UNSET
    absolute: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        absolute = self.absolute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if absolute is not UNSET:
            field_dict["absolute"] = absolute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        href = d.pop("href", UNSET)

        absolute = d.pop("absolute", UNSET)

        addition_link = cls.__new__(cls)
        addition_link.href = href
        addition_link.absolute = absolute

        addition_link.additional_properties = d
        return addition_link

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
