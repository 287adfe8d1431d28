from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SystemInfo")


@_attrs_define(repr=False)
class SystemInfo:
    """
    Attributes:
        storage (list[Storage] | Unset): The storage of system.
    """

    __repr__ = model_repr

    storage: list[Storage] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage: list[dict[str, Any]] | Unset = UNSET
        if self.storage is None:
            storage = None
        elif not isinstance(self.storage, Unset):
            storage = []
            for storage_item_data in self.storage:
                storage_item = (
                    storage_item_data.to_dict()
                    if storage_item_data is not None
                    else None
                )
                storage.append(storage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _storage = d.pop("storage", UNSET)
        storage: list[Storage] | Unset | None = UNSET
        if _storage is None:
            storage = None
        elif _storage is not UNSET:
            storage = []
            for storage_item_data in _storage:
                storage_item = Storage.from_dict(storage_item_data)

                storage.append(storage_item)

        system_info = cls.__new__(cls)
        system_info.storage = storage

        system_info.additional_properties = d
        return system_info

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
from ..models.storage import Storage
