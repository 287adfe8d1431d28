from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PayloadFormat")


@_attrs_define(repr=False)
class PayloadFormat:
    """Webhook supported payload format type collections.

    Attributes:
        notify_type (str | Unset): Webhook supported notify type. Example: http.
        formats (list[str] | Unset): The supported payload formats for this notify type.
    """

    __repr__ = model_repr

    notify_type: str | Unset = UNSET
    formats: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify_type = self.notify_type

        formats: list[str] | Unset = UNSET
        if self.formats is None:
            formats = None
        elif not isinstance(self.formats, Unset):
            formats = self.formats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notify_type is not UNSET:
            field_dict["notify_type"] = notify_type
        if formats is not UNSET:
            field_dict["formats"] = formats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notify_type = d.pop("notify_type", UNSET)

        formats = d.pop("formats", UNSET)

        payload_format = cls.__new__(cls)
        payload_format.notify_type = notify_type
        payload_format.formats = formats

        payload_format.additional_properties = d
        return payload_format

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
