from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Schedule")


@_attrs_define(repr=False)
class Schedule:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The id of the schedule.
        status (str | Unset): The status of the schedule.
        creation_time (datetime.datetime | Unset): the creation time of the schedule.
        update_time (datetime.datetime | Unset): the update time of the schedule.
        schedule (ScheduleObj | Unset):
        parameters (ScheduleParameters | Unset): The parameters of schedule job
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    status: str | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    schedule: ScheduleObj | Unset | None = UNSET
    parameters: ScheduleParameters | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = (
                self.creation_time.isoformat()
                if self.creation_time is not None
                else None
            )

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = (
                self.update_time.isoformat() if self.update_time is not None else None
            )

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict() if self.schedule is not None else None

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = (
                self.parameters.to_dict() if self.parameters is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        _creation_time = d.pop("creation_time", UNSET)
        creation_time: datetime.datetime | Unset | None
        if _creation_time is UNSET:
            creation_time = UNSET
        elif _creation_time is None:
            creation_time = None
        else:
            creation_time = parse_datetime(_creation_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset | None
        if _update_time is UNSET:
            update_time = UNSET
        elif _update_time is None:
            update_time = None
        else:
            update_time = parse_datetime(_update_time)

        _schedule = d.pop("schedule", UNSET)
        schedule: ScheduleObj | Unset | None
        if _schedule is UNSET:
            schedule = UNSET
        elif _schedule is None:
            schedule = None
        else:
            schedule = ScheduleObj.from_dict(_schedule)

        _parameters = d.pop("parameters", UNSET)
        parameters: ScheduleParameters | Unset | None
        if _parameters is UNSET:
            parameters = UNSET
        elif _parameters is None:
            parameters = None
        else:
            parameters = ScheduleParameters.from_dict(_parameters)

        schedule_read = cls.__new__(cls)
        schedule_read.id = id
        schedule_read.status = status
        schedule_read.creation_time = creation_time
        schedule_read.update_time = update_time
        schedule_read.schedule = schedule
        schedule_read.parameters = parameters

        schedule_read.additional_properties = d
        return schedule_read

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
from ..models.schedule_obj import ScheduleObj
from ..models.schedule_parameters import ScheduleParameters
