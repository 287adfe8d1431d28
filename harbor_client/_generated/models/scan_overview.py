from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ScanOverview")


@_attrs_define(repr=False)
class ScanOverview:
    """The scan overview attached in the metadata of tag"""

    __repr__ = model_repr

    additional_properties: dict[str, NativeReportSummary] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict() if prop is not None else None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scan_overview = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = NativeReportSummary.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        scan_overview.additional_properties = additional_properties
        return scan_overview

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> NativeReportSummary:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: NativeReportSummary) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one is made of, imported after the class: models refer to each
# other in cycles, and a module that imports this one back finds the class defined.
from ..models.native_report_summary import NativeReportSummary
