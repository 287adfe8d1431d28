from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="WebhookLastTrigger")


@_attrs_define(repr=False)
class WebhookLastTrigger:
    """The webhook policy and last trigger time group by event type.

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        policy_name (str | Unset): The webhook policy name.
        event_type (str | Unset): The webhook event type.
        enabled (bool | Unset): Whether or not the webhook policy enabled.
        creation_time (datetime.datetime | Unset): The creation time of webhook policy.
        last_trigger_time (datetime.datetime | Unset): The last trigger time of webhook policy.
    """

    __repr__ = model_repr

    policy_name: str | Unset = UNSET
    event_type: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    last_trigger_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_name = self.policy_name

        event_type = self.event_type

        enabled = self.enabled

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = (
                self.creation_time.isoformat()
                if self.creation_time is not None
                else None
            )

        last_trigger_time: str | Unset = UNSET
        if not isinstance(self.last_trigger_time, Unset):
            last_trigger_time = (
                self.last_trigger_time.isoformat()
                if self.last_trigger_time is not None
                else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_name is not UNSET:
            field_dict["policy_name"] = policy_name
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if last_trigger_time is not UNSET:
            field_dict["last_trigger_time"] = last_trigger_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        policy_name = d.pop("policy_name", UNSET)

        event_type = d.pop("event_type", UNSET)

        enabled = d.pop("enabled", UNSET)

        _creation_time = d.pop("creation_time", UNSET)
        creation_time: datetime.datetime | Unset | None
        if _creation_time is UNSET:
            creation_time = UNSET
        elif _creation_time is None:
            creation_time = None
        else:
            creation_time = parse_datetime(_creation_time)

        _last_trigger_time = d.pop("last_trigger_time", UNSET)
        last_trigger_time: datetime.datetime | Unset | None
        if _last_trigger_time is UNSET:
            last_trigger_time = UNSET
        elif _last_trigger_time is None:
            last_trigger_time = None
        else:
            last_trigger_time = parse_datetime(_last_trigger_time)

        webhook_last_trigger = cls.__new__(cls)
        webhook_last_trigger.policy_name = policy_name
        webhook_last_trigger.event_type = event_type
        webhook_last_trigger.enabled = enabled
        webhook_last_trigger.creation_time = creation_time
        webhook_last_trigger.last_trigger_time = last_trigger_time

        webhook_last_trigger.additional_properties = d
        return webhook_last_trigger

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
