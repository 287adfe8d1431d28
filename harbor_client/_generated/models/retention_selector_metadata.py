from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionSelectorMetadata")


@_attrs_define(repr=False)
class RetentionSelectorMetadata:
    """retention selector

    Attributes:
        display_text (str | Unset):
        kind (str | Unset):
        decorations (list[str] | Unset):
    """

    __repr__ = model_repr

    display_text: str | Unset = UNSET
    kind: str | Unset = UNSET
    decorations: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_text = self.display_text

        kind = self.kind

        decorations: list[str] | Unset = UNSET
        if self.decorations is None:
            decorations = None
        elif not isinstance(self.decorations, Unset):
            decorations = self.decorations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_text is not UNSET:
            field_dict["display_text"] = display_text
        if kind is not UNSET:
            field_dict["kind"] = kind
        if decorations is not UNSET:
            field_dict["decorations"] = decorations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_text = d.pop("display_text", UNSET)

        kind = d.pop("kind", UNSET)

        decorations = d.pop("decorations", UNSET)

        retention_selector_metadata = cls.__new__(cls)
        retention_selector_metadata.display_text = display_text
        retention_selector_metadata.kind = kind
        retention_selector_metadata.decorations = decorations

        retention_selector_metadata.additional_properties = d
        return retention_selector_metadata

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
