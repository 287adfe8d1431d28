from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_type_scan_type import ScanTypeScanType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ScanType")


@_attrs_define(repr=False)
class ScanType:
    """
    Attributes:
        scan_type (ScanTypeScanType | Unset): The scan type for the scan request. Two options are currently supported,
            vulnerability and sbom
    """

    __repr__ = model_repr

    scan_type: ScanTypeScanType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_type: str | Unset = UNSET
        if not isinstance(self.scan_type, Unset):
            scan_type = self.scan_type.value if self.scan_type is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scan_type is not UNSET:
            field_dict["scan_type"] = scan_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _scan_type = d.pop("scan_type", UNSET)
        scan_type: ScanTypeScanType | Unset | None
        if _scan_type is UNSET:
            scan_type = UNSET
        elif _scan_type is None:
            scan_type = None
        else:
            scan_type = ScanTypeScanType(_scan_type)

        scan_type_read = cls.__new__(cls)
        scan_type_read.scan_type = scan_type

        scan_type_read.additional_properties = d
        return scan_type_read

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
