from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="ScanDataExportExecution")


@_attrs_define(repr=False)
class ScanDataExportExecution:
    """The replication execution

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the execution
        user_id (int | Unset): The ID if the user triggering the export job
        status (str | Unset): The status of the execution
        trigger (str | Unset): The trigger mode
        start_time (datetime.datetime | Unset): The start time
        end_time (datetime.datetime | Unset): The end time
        status_text (str | Unset): The status text
        user_name (str | Unset): The name of the user triggering the job
        file_present (bool | Unset): Indicates whether the export artifact is present in registry
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    status: str | Unset = UNSET
    trigger: str | Unset = UNSET
    start_time: datetime.datetime | Unset | None = UNSET
    end_time: datetime.datetime | Unset | None = UNSET
    status_text: str | Unset = UNSET
    user_name: str | Unset = UNSET
    file_present: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

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

        user_name = self.user_name

        file_present = self.file_present

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
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
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if file_present is not UNSET:
            field_dict["file_present"] = file_present

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

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

        user_name = d.pop("user_name", UNSET)

        file_present = d.pop("file_present", UNSET)

        scan_data_export_execution = cls.__new__(cls)
        scan_data_export_execution.id = id
        scan_data_export_execution.user_id = user_id
        scan_data_export_execution.status = status
        scan_data_export_execution.trigger = trigger
        scan_data_export_execution.start_time = start_time
        scan_data_export_execution.end_time = end_time
        scan_data_export_execution.status_text = status_text
        scan_data_export_execution.user_name = user_name
        scan_data_export_execution.file_present = file_present

        scan_data_export_execution.additional_properties = d
        return scan_data_export_execution

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
