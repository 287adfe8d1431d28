from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RegistryInfo")


@_attrs_define(repr=False)
class RegistryInfo:
    """The registry info contains the base info and capability declarations of the registry

    Attributes:
        type_ (str | Unset): The registry type
        description (str | Unset): The description
        supported_resource_filters (list[FilterStyle] | Unset): The filters that the registry supports
        supported_triggers (list[str] | Unset): The triggers that the registry supports
        supported_copy_by_chunk (bool | None | Unset): The registry whether support copy by chunk.
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    supported_resource_filters: list[FilterStyle] | Unset | None = UNSET
    supported_triggers: list[str] | Unset | None = UNSET
    supported_copy_by_chunk: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        supported_resource_filters: list[dict[str, Any]] | Unset = UNSET
        if self.supported_resource_filters is None:
            supported_resource_filters = None
        elif not isinstance(self.supported_resource_filters, Unset):
            supported_resource_filters = []
            for supported_resource_filters_item_data in self.supported_resource_filters:
                supported_resource_filters_item = (
                    supported_resource_filters_item_data.to_dict()
                    if supported_resource_filters_item_data is not None
                    else None
                )
                supported_resource_filters.append(supported_resource_filters_item)

        supported_triggers: list[str] | Unset = UNSET
        if self.supported_triggers is None:
            supported_triggers = None
        elif not isinstance(self.supported_triggers, Unset):
            supported_triggers = self.supported_triggers

        supported_copy_by_chunk: bool | None | Unset
        if isinstance(self.supported_copy_by_chunk, Unset):
            supported_copy_by_chunk = UNSET
        else:
            supported_copy_by_chunk = self.supported_copy_by_chunk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if supported_resource_filters is not UNSET:
            field_dict["supported_resource_filters"] = supported_resource_filters
        if supported_triggers is not UNSET:
            field_dict["supported_triggers"] = supported_triggers
        if supported_copy_by_chunk is not UNSET:
            field_dict["supported_copy_by_chunk"] = supported_copy_by_chunk

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        _supported_resource_filters = d.pop("supported_resource_filters", UNSET)
        supported_resource_filters: list[FilterStyle] | Unset | None = UNSET
        if _supported_resource_filters is None:
            supported_resource_filters = None
        elif _supported_resource_filters is not UNSET:
            supported_resource_filters = []
            for supported_resource_filters_item_data in _supported_resource_filters:
                supported_resource_filters_item = FilterStyle.from_dict(
                    supported_resource_filters_item_data
                )

                supported_resource_filters.append(supported_resource_filters_item)

        supported_triggers = d.pop("supported_triggers", UNSET)

        supported_copy_by_chunk = d.pop("supported_copy_by_chunk", UNSET)

        registry_info = cls.__new__(cls)
        registry_info.type_ = type_
        registry_info.description = description
        registry_info.supported_resource_filters = supported_resource_filters
        registry_info.supported_triggers = supported_triggers
        registry_info.supported_copy_by_chunk = supported_copy_by_chunk

        registry_info.additional_properties = d
        return registry_info

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
from ..models.filter_style import FilterStyle
