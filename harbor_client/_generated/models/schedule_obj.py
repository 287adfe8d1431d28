from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_obj_type import ScheduleObjType
from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="ScheduleObj")


@_attrs_define(repr=False)
class ScheduleObj:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        type_ (ScheduleObjType | Unset): The schedule type. The valid values are 'Hourly', 'Daily', 'Weekly', 'Custom',
            'Manual', 'None' and 'Schedule'.
            'Manual' means to trigger it right away, 'Schedule' means to trigger it by a specified cron schedule and
            'None' means to cancel the schedule.
        cron (str | Unset): A cron expression, a time-based job scheduler.
        next_scheduled_time (datetime.datetime | Unset): The next time to schedule to run the job.
    """

    __repr__ = model_repr

    type_: ScheduleObjType | Unset | None = UNSET
    cron: str | Unset = UNSET
    next_scheduled_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value if self.type_ is not None else None

        cron = self.cron

        next_scheduled_time: str | Unset = UNSET
        if not isinstance(self.next_scheduled_time, Unset):
            next_scheduled_time = (
                self.next_scheduled_time.isoformat()
                if self.next_scheduled_time is not None
                else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cron is not UNSET:
            field_dict["cron"] = cron
        if next_scheduled_time is not UNSET:
            field_dict["next_scheduled_time"] = next_scheduled_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ScheduleObjType | Unset | None
        if _type_ is UNSET:
            type_ = UNSET
        elif _type_ is None:
            type_ = None
        else:
            type_ = ScheduleObjType(_type_)

        cron = d.pop("cron", UNSET)

        _next_scheduled_time = d.pop("next_scheduled_time", UNSET)
        next_scheduled_time: datetime.datetime | Unset | None
        if _next_scheduled_time is UNSET:
            next_scheduled_time = UNSET
        elif _next_scheduled_time is None:
            next_scheduled_time = None
        else:
            next_scheduled_time = parse_datetime(_next_scheduled_time)

        schedule_obj = cls.__new__(cls)
        schedule_obj.type_ = type_
        schedule_obj.cron = cron
        schedule_obj.next_scheduled_time = next_scheduled_time

        schedule_obj.additional_properties = d
        return schedule_obj

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
