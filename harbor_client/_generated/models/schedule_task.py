from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="ScheduleTask")


@_attrs_define(repr=False)
class ScheduleTask:
    """the schedule task info

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): the id of the Schedule task
        vendor_type (str | Unset): the vendor type of the current schedule task
        vendor_id (int | Unset): the vendor id of the current task
        cron (str | Unset): the cron of the current schedule task
        update_time (datetime.datetime | Unset): the update time of the schedule task
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    vendor_type: str | Unset = UNSET
    vendor_id: int | Unset = UNSET
    cron: str | Unset = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_type = self.vendor_type

        vendor_id = self.vendor_id

        cron = self.cron

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = (
                self.update_time.isoformat() if self.update_time is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if vendor_type is not UNSET:
            field_dict["vendor_type"] = vendor_type
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if cron is not UNSET:
            field_dict["cron"] = cron
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        vendor_type = d.pop("vendor_type", UNSET)

        vendor_id = d.pop("vendor_id", UNSET)

        cron = d.pop("cron", UNSET)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset | None
        if _update_time is UNSET:
            update_time = UNSET
        elif _update_time is None:
            update_time = None
        else:
            update_time = parse_datetime(_update_time)

        schedule_task = cls.__new__(cls)
        schedule_task.id = id
        schedule_task.vendor_type = vendor_type
        schedule_task.vendor_id = vendor_id
        schedule_task.cron = cron
        schedule_task.update_time = update_time

        schedule_task.additional_properties = d
        return schedule_task

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
