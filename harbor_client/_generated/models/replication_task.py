from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="ReplicationTask")


@_attrs_define(repr=False)
class ReplicationTask:
    """The replication task

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the task
        execution_id (int | Unset): The ID of the execution that the task belongs to
        status (str | Unset): The status of the task
        job_id (str | Unset): The ID of the underlying job that the task related to
        operation (str | Unset): The operation of the task
        resource_type (str | Unset): The type of the resource that the task operates
        src_resource (str | Unset): The source resource that the task operates
        dst_resource (str | Unset): The destination resource that the task operates
        start_time (datetime.datetime | Unset): The start time of the task
        end_time (datetime.datetime | Unset): The end time of the task
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    execution_id: int | Unset = UNSET
    status: str | Unset = UNSET
    job_id: str | Unset = UNSET
    operation: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    src_resource: str | Unset = UNSET
    dst_resource: str | Unset = UNSET
    start_time: datetime.datetime | Unset | None = UNSET
    end_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        execution_id = self.execution_id

        status = self.status

        job_id = self.job_id

        operation = self.operation

        resource_type = self.resource_type

        src_resource = self.src_resource

        dst_resource = self.dst_resource

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = (
                self.start_time.isoformat() if self.start_time is not None else None
            )

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat() if self.end_time is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if status is not UNSET:
            field_dict["status"] = status
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if src_resource is not UNSET:
            field_dict["src_resource"] = src_resource
        if dst_resource is not UNSET:
            field_dict["dst_resource"] = dst_resource
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        status = d.pop("status", UNSET)

        job_id = d.pop("job_id", UNSET)

        operation = d.pop("operation", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        src_resource = d.pop("src_resource", UNSET)

        dst_resource = d.pop("dst_resource", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset | None
        if _start_time is UNSET:
            start_time = UNSET
        elif _start_time is None:
            start_time = None
        else:
            start_time = parse_datetime(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset | None
        if _end_time is UNSET:
            end_time = UNSET
        elif _end_time is None:
            end_time = None
        else:
            end_time = parse_datetime(_end_time)

        replication_task = cls.__new__(cls)
        replication_task.id = id
        replication_task.execution_id = execution_id
        replication_task.status = status
        replication_task.job_id = job_id
        replication_task.operation = operation
        replication_task.resource_type = resource_type
        replication_task.src_resource = src_resource
        replication_task.dst_resource = dst_resource
        replication_task.start_time = start_time
        replication_task.end_time = end_time

        replication_task.additional_properties = d
        return replication_task

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
