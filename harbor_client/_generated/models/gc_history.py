from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="GCHistory")


@_attrs_define(repr=False)
class GCHistory:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): the id of gc job.
        job_name (str | Unset): the job name of gc job.
        job_kind (str | Unset): the job kind of gc job.
        job_parameters (str | Unset): the job parameters of gc job.
        schedule (ScheduleObj | Unset):
        job_status (str | Unset): the status of gc job.
        deleted (bool | Unset): if gc job was deleted.
        creation_time (datetime.datetime | Unset): the creation time of gc job.
        update_time (datetime.datetime | Unset): the update time of gc job.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    job_name: str | Unset = UNSET
    job_kind: str | Unset = UNSET
    job_parameters: str | Unset = UNSET
    schedule: ScheduleObj | Unset | None = UNSET
    job_status: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_name = self.job_name

        job_kind = self.job_kind

        job_parameters = self.job_parameters

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict() if self.schedule is not None else None

        job_status = self.job_status

        deleted = self.deleted

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if job_kind is not UNSET:
            field_dict["job_kind"] = job_kind
        if job_parameters is not UNSET:
            field_dict["job_parameters"] = job_parameters
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if job_status is not UNSET:
            field_dict["job_status"] = job_status
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        job_name = d.pop("job_name", UNSET)

        job_kind = d.pop("job_kind", UNSET)

        job_parameters = d.pop("job_parameters", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: ScheduleObj | Unset | None
        if _schedule is UNSET:
            schedule = UNSET
        elif _schedule is None:
            schedule = None
        else:
            schedule = ScheduleObj.from_dict(_schedule)

        job_status = d.pop("job_status", UNSET)

        deleted = d.pop("deleted", UNSET)

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

        gc_history = cls.__new__(cls)
        gc_history.id = id
        gc_history.job_name = job_name
        gc_history.job_kind = job_kind
        gc_history.job_parameters = job_parameters
        gc_history.schedule = schedule
        gc_history.job_status = job_status
        gc_history.deleted = deleted
        gc_history.creation_time = creation_time
        gc_history.update_time = update_time

        gc_history.additional_properties = d
        return gc_history

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
