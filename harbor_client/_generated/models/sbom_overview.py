from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="SBOMOverview")


@_attrs_define(repr=False)
class SBOMOverview:
    """The generate SBOM overview information

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        start_time (datetime.datetime | Unset): The start time of the generating sbom report task Example:
            2006-01-02T14:04:05Z.
        end_time (datetime.datetime | Unset): The end time of the generating sbom report task Example:
            2006-01-02T15:04:05Z.
        scan_status (str | Unset): The status of the generating SBOM task
        sbom_digest (str | Unset): The digest of the generated SBOM accessory
        report_id (str | Unset): id of the native scan report Example: 5f62c830-f996-11e9-957f-0242c0a89008.
        duration (int | Unset): Time in seconds required to create the report Example: 300.
        scanner (Scanner | Unset):
    """

    __repr__ = model_repr

    start_time: datetime.datetime | Unset | None = UNSET
    end_time: datetime.datetime | Unset | None = UNSET
    scan_status: str | Unset = UNSET
    sbom_digest: str | Unset = UNSET
    report_id: str | Unset = UNSET
    duration: int | Unset = UNSET
    scanner: Scanner | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = (
                self.start_time.isoformat() if self.start_time is not None else None
            )

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat() if self.end_time is not None else None

        scan_status = self.scan_status

        sbom_digest = self.sbom_digest

        report_id = self.report_id

        duration = self.duration

        scanner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scanner, Unset):
            scanner = self.scanner.to_dict() if self.scanner is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if scan_status is not UNSET:
            field_dict["scan_status"] = scan_status
        if sbom_digest is not UNSET:
            field_dict["sbom_digest"] = sbom_digest
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if scanner is not UNSET:
            field_dict["scanner"] = scanner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        scan_status = d.pop("scan_status", UNSET)

        sbom_digest = d.pop("sbom_digest", UNSET)

        report_id = d.pop("report_id", UNSET)

        duration = d.pop("duration", UNSET)

        _scanner = d.pop("scanner", UNSET)
        scanner: Scanner | Unset | None
        if _scanner is UNSET:
            scanner = UNSET
        elif _scanner is None:
            scanner = None
        else:
            scanner = Scanner.from_dict(_scanner)

        sbom_overview = cls.__new__(cls)
        sbom_overview.start_time = start_time
        sbom_overview.end_time = end_time
        sbom_overview.scan_status = scan_status
        sbom_overview.sbom_digest = sbom_digest
        sbom_overview.report_id = report_id
        sbom_overview.duration = duration
        sbom_overview.scanner = scanner

        sbom_overview.additional_properties = d
        return sbom_overview

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
