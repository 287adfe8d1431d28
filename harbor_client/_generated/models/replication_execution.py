from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="ReplicationExecution")


@_attrs_define(repr=False)
class ReplicationExecution:
    """The replication execution

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the execution
        policy_id (int | Unset): The ID if the policy that the execution belongs to
        status (str | Unset): The status of the execution
        trigger (str | Unset): The trigger mode
        start_time (datetime.datetime | Unset): The start time
        end_time (datetime.datetime | Unset): The end time
        status_text (str | Unset): The status text
        total (int | Unset): The total count of all executions
        failed (int | Unset): The count of failed executions
        succeed (int | Unset): The count of succeed executions
        in_progress (int | Unset): The count of in_progress executions
        stopped (int | Unset): The count of stopped executions
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    policy_id: int | Unset = UNSET
    status: str | Unset = UNSET
    trigger: str | Unset = UNSET
    start_time: datetime.datetime | Unset | None = UNSET
    end_time: datetime.datetime | Unset | None = UNSET
    status_text: str | Unset = UNSET
    total: int | Unset = UNSET
    failed: int | Unset = UNSET
    succeed: int | Unset = UNSET
    in_progress: int | Unset = UNSET
    stopped: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        policy_id = self.policy_id

        status = self.status

        trigger = self.trigger

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = (
                self.start_time.isoformat() if self.start_time is not None else None
            )

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat() if self.end_time is not None else None

        status_text = self.status_text

        total = self.total

        failed = self.failed

        succeed = self.succeed

        in_progress = self.in_progress

        stopped = self.stopped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if status is not UNSET:
            field_dict["status"] = status
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if total is not UNSET:
            field_dict["total"] = total
        if failed is not UNSET:
            field_dict["failed"] = failed
        if succeed is not UNSET:
            field_dict["succeed"] = succeed
        if in_progress is not UNSET:
            field_dict["in_progress"] = in_progress
        if stopped is not UNSET:
            field_dict["stopped"] = stopped

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        policy_id = d.pop("policy_id", UNSET)

        status = d.pop("status", UNSET)

        trigger = d.pop("trigger", UNSET)

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

        status_text = d.pop("status_text", UNSET)

        total = d.pop("total", UNSET)

        failed = d.pop("failed", UNSET)

        succeed = d.pop("succeed", UNSET)

        in_progress = d.pop("in_progress", UNSET)

        stopped = d.pop("stopped", UNSET)

        replication_execution = cls.__new__(cls)
        replication_execution.id = id
        replication_execution.policy_id = policy_id
        replication_execution.status = status
        replication_execution.trigger = trigger
        replication_execution.start_time = start_time
        replication_execution.end_time = end_time
        replication_execution.status_text = status_text
        replication_execution.total = total
        replication_execution.failed = failed
        replication_execution.succeed = succeed
        replication_execution.in_progress = in_progress
        replication_execution.stopped = stopped

        replication_execution.additional_properties = d
        return replication_execution

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
