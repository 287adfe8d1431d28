from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="PreheatPolicy")


@_attrs_define(repr=False)
class PreheatPolicy:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of preheat policy
        name (str | Unset): The Name of preheat policy
        description (str | Unset): The Description of preheat policy
        project_id (int | Unset): The ID of preheat policy project
        provider_id (int | Unset): The ID of preheat policy provider
        provider_name (str | Unset): The Name of preheat policy provider
        filters (str | Unset): The Filters of preheat policy
        trigger (str | Unset): The Trigger of preheat policy
        enabled (bool | Unset): Whether the preheat policy enabled
        extra_attrs (str | Unset): The extra attributes of preheat policy
        creation_time (datetime.datetime | Unset): The Create Time of preheat policy
        update_time (datetime.datetime | Unset): The Update Time of preheat policy
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    project_id: int | Unset = UNSET
    provider_id: int | Unset = UNSET
    provider_name: str | Unset = UNSET
    filters: str | Unset = UNSET
    trigger: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    extra_attrs: str | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        project_id = self.project_id

        provider_id = self.provider_id

        provider_name = self.provider_name

        filters = self.filters

        trigger = self.trigger

        enabled = self.enabled

        extra_attrs = self.extra_attrs

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = (
                self.creation_time.isoformat()
                if self.creation_time is not None
                else None
            )

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = (
                self.update_time.isoformat() if self.update_time is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if filters is not UNSET:
            field_dict["filters"] = filters
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if extra_attrs is not UNSET:
            field_dict["extra_attrs"] = extra_attrs
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        project_id = d.pop("project_id", UNSET)

        provider_id = d.pop("provider_id", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        filters = d.pop("filters", UNSET)

        trigger = d.pop("trigger", UNSET)

        enabled = d.pop("enabled", UNSET)

        extra_attrs = d.pop("extra_attrs", UNSET)

        _creation_time = d.pop("creation_time", UNSET)
        creation_time: datetime.datetime | Unset | None
        if _creation_time is UNSET:
            creation_time = UNSET
        elif _creation_time is None:
            creation_time = None
        else:
            creation_time = parse_datetime(_creation_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset | None
        if _update_time is UNSET:
            update_time = UNSET
        elif _update_time is None:
            update_time = None
        else:
            update_time = parse_datetime(_update_time)

        preheat_policy = cls.__new__(cls)
        preheat_policy.id = id
        preheat_policy.name = name
        preheat_policy.description = description
        preheat_policy.project_id = project_id
        preheat_policy.provider_id = provider_id
        preheat_policy.provider_name = provider_name
        preheat_policy.filters = filters
        preheat_policy.trigger = trigger
        preheat_policy.enabled = enabled
        preheat_policy.extra_attrs = extra_attrs
        preheat_policy.creation_time = creation_time
        preheat_policy.update_time = update_time

        preheat_policy.additional_properties = d
        return preheat_policy

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
