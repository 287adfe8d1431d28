from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SupportedWebhookEventTypes")


@_attrs_define(repr=False)
class SupportedWebhookEventTypes:
    """Supported webhook event types and notify types.

    Attributes:
        event_type (list[str] | Unset):
        notify_type (list[str] | Unset):
        payload_formats (list[PayloadFormat] | Unset):
    """

    __repr__ = model_repr

    event_type: list[str] | Unset | None = UNSET
    notify_type: list[str] | Unset | None = UNSET
    payload_formats: list[PayloadFormat] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: list[str] | Unset = UNSET
        if self.event_type is None:
            event_type = None
        elif not isinstance(self.event_type, Unset):
            event_type = self.event_type

        notify_type: list[str] | Unset = UNSET
        if self.notify_type is None:
            notify_type = None
        elif not isinstance(self.notify_type, Unset):
            notify_type = self.notify_type

        payload_formats: list[dict[str, Any]] | Unset = UNSET
        if self.payload_formats is None:
            payload_formats = None
        elif not isinstance(self.payload_formats, Unset):
            payload_formats = []
            for payload_formats_item_data in self.payload_formats:
                payload_formats_item = (
                    payload_formats_item_data.to_dict()
                    if payload_formats_item_data is not None
                    else None
                )
                payload_formats.append(payload_formats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if notify_type is not UNSET:
            field_dict["notify_type"] = notify_type
        if payload_formats is not UNSET:
            field_dict["payload_formats"] = payload_formats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_type = d.pop("event_type", UNSET)

        notify_type = d.pop("notify_type", UNSET)

        _payload_formats = d.pop("payload_formats", UNSET)
        payload_formats: list[PayloadFormat] | Unset | None = UNSET
        if _payload_formats is None:
            payload_formats = None
        elif _payload_formats is not UNSET:
            payload_formats = []
            for payload_formats_item_data in _payload_formats:
                payload_formats_item = PayloadFormat.from_dict(
                    payload_formats_item_data
                )

                payload_formats.append(payload_formats_item)

        supported_webhook_event_types = cls.__new__(cls)
        supported_webhook_event_types.event_type = event_type
        supported_webhook_event_types.notify_type = notify_type
        supported_webhook_event_types.payload_formats = payload_formats

        supported_webhook_event_types.additional_properties = d
        return supported_webhook_event_types

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
from ..models.payload_format import PayloadFormat
