from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ScannerCapability")


@_attrs_define(repr=False)
class ScannerCapability:
    """
    Attributes:
        type_ (str | Unset): Specify the type of scanner capability, like vulnerability or sbom
             Example: sbom.
        consumes_mime_types (list[str] | Unset):
        produces_mime_types (list[str] | Unset):
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    consumes_mime_types: list[str] | Unset | None = UNSET
    produces_mime_types: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        consumes_mime_types: list[str] | Unset = UNSET
        if self.consumes_mime_types is None:
            consumes_mime_types = None
        elif not isinstance(self.consumes_mime_types, Unset):
            consumes_mime_types = self.consumes_mime_types

        produces_mime_types: list[str] | Unset = UNSET
        if self.produces_mime_types is None:
            produces_mime_types = None
        elif not isinstance(self.produces_mime_types, Unset):
            produces_mime_types = self.produces_mime_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if consumes_mime_types is not UNSET:
            field_dict["consumes_mime_types"] = consumes_mime_types
        if produces_mime_types is not UNSET:
            field_dict["produces_mime_types"] = produces_mime_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        consumes_mime_types = d.pop("consumes_mime_types", UNSET)

        produces_mime_types = d.pop("produces_mime_types", UNSET)

        scanner_capability = cls.__new__(cls)
        scanner_capability.type_ = type_
        scanner_capability.consumes_mime_types = consumes_mime_types
        scanner_capability.produces_mime_types = produces_mime_types

        scanner_capability.additional_properties = d
        return scanner_capability

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
