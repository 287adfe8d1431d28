from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionSelector")


@_attrs_define(repr=False)
class RetentionSelector:
    """
    Attributes:
        kind (str | Unset):
        decoration (str | Unset):
        pattern (str | Unset):
        extras (str | Unset):
    """

    __repr__ = model_repr

    kind: str | Unset = UNSET
    decoration: str | Unset = UNSET
    pattern: str | Unset = UNSET
    extras: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        decoration = self.decoration

        pattern = self.pattern

        extras = self.extras

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if decoration is not UNSET:
            field_dict["decoration"] = decoration
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if extras is not UNSET:
            field_dict["extras"] = extras

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        decoration = d.pop("decoration", UNSET)

        pattern = d.pop("pattern", UNSET)

        extras = d.pop("extras", UNSET)

        retention_selector = cls.__new__(cls)
        retention_selector.kind = kind
        retention_selector.decoration = decoration
        retention_selector.pattern = pattern
        retention_selector.extras = extras

        retention_selector.additional_properties = d
        return retention_selector

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
