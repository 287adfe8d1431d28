from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="NativeReportSummary")


@_attrs_define(repr=False)
class NativeReportSummary:
    """The summary for the native report

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        report_id (str | Unset): id of the native scan report Example: 5f62c830-f996-11e9-957f-0242c0a89008.
        scan_status (str | Unset): The status of the report generating process Example: Success.
        severity (str | Unset): The overall severity Example: High.
        duration (int | Unset): The seconds spent for generating the report Example: 300.
        summary (VulnerabilitySummary | Unset): VulnerabilitySummary contains the total number of the foun d
            vulnerabilities number and numbers of each severity level.
        start_time (datetime.datetime | Unset): The start time of the scan process that generating report Example:
            2006-01-02T14:04:05Z.
        end_time (datetime.datetime | Unset): The end time of the scan process that generating report Example:
            2006-01-02T15:04:05Z.
        complete_percent (int | Unset): The complete percent of the scanning which value is between 0 and 100 Example:
            100.
        scanner (Scanner | Unset):
    """

    __repr__ = model_repr

    report_id: str | Unset = UNSET
    scan_status: str | Unset = UNSET
    severity: str | Unset = UNSET
    duration: int | Unset = UNSET
    summary: VulnerabilitySummary | Unset | None = UNSET
    start_time: datetime.datetime | Unset | None = UNSET
    end_time: datetime.datetime | Unset | None = UNSET
    complete_percent: int | Unset = UNSET
    scanner: Scanner | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        scan_status = self.scan_status

        severity = self.severity

        duration = self.duration

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict() if self.summary is not None else None

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = (
                self.start_time.isoformat() if self.start_time is not None else None
            )

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat() if self.end_time is not None else None

        complete_percent = self.complete_percent

        scanner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scanner, Unset):
            scanner = self.scanner.to_dict() if self.scanner is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if scan_status is not UNSET:
            field_dict["scan_status"] = scan_status
        if severity is not UNSET:
            field_dict["severity"] = severity
        if duration is not UNSET:
            field_dict["duration"] = duration
        if summary is not UNSET:
            field_dict["summary"] = summary
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if complete_percent is not UNSET:
            field_dict["complete_percent"] = complete_percent
        if scanner is not UNSET:
            field_dict["scanner"] = scanner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        report_id = d.pop("report_id", UNSET)

        scan_status = d.pop("scan_status", UNSET)

        severity = d.pop("severity", UNSET)

        duration = d.pop("duration", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: VulnerabilitySummary | Unset | None
        if _summary is UNSET:
            summary = UNSET
        elif _summary is None:
            summary = None
        else:
            summary = VulnerabilitySummary.from_dict(_summary)

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

        complete_percent = d.pop("complete_percent", UNSET)

        _scanner = d.pop("scanner", UNSET)
        scanner: Scanner | Unset | None
        if _scanner is UNSET:
            scanner = UNSET
        elif _scanner is None:
            scanner = None
        else:
            scanner = Scanner.from_dict(_scanner)

        native_report_summary = cls.__new__(cls)
        native_report_summary.report_id = report_id
        native_report_summary.scan_status = scan_status
        native_report_summary.severity = severity
        native_report_summary.duration = duration
        native_report_summary.summary = summary
        native_report_summary.start_time = start_time
        native_report_summary.end_time = end_time
        native_report_summary.complete_percent = complete_percent
        native_report_summary.scanner = scanner

        native_report_summary.additional_properties = d
        return native_report_summary

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
from ..models.scanner import Scanner
from ..models.vulnerability_summary import VulnerabilitySummary
