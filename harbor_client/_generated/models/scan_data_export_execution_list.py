from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ScanDataExportExecutionList")


@_attrs_define(repr=False)
class ScanDataExportExecutionList:
    """The list of scan data export executions

    Attributes:
        items (list[ScanDataExportExecution] | Unset): The list of scan data export executions
    """

    __repr__ = model_repr

    items: list[ScanDataExportExecution] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if self.items is None:
            items = None
        elif not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = (
                    items_item_data.to_dict() if items_item_data is not None else None
                )
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[ScanDataExportExecution] | Unset | None = UNSET
        if _items is None:
            items = None
        elif _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ScanDataExportExecution.from_dict(items_item_data)

                items.append(items_item)

        scan_data_export_execution_list = cls.__new__(cls)
        scan_data_export_execution_list.items = items

        scan_data_export_execution_list.additional_properties = d
        return scan_data_export_execution_list

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
from ..models.scan_data_export_execution import ScanDataExportExecution
