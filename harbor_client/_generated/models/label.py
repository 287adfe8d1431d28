from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Label")


@_attrs_define(repr=False)
class Label:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the label
        name (str | Unset): The name the label
        description (str | Unset): The description the label
        color (str | Unset): The color the label
        scope (str | Unset): The scope the label
        project_id (int | Unset): The ID of project that the label belongs to
        creation_time (datetime.datetime | Unset): The creation time the label
        update_time (datetime.datetime | Unset): The update time of the label
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    color: str | Unset = UNSET
    scope: str | Unset = UNSET
    project_id: int | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        color = self.color

        scope = self.scope

        project_id = self.project_id

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
        if color is not UNSET:
            field_dict["color"] = color
        if scope is not UNSET:
            field_dict["scope"] = scope
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
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

        color = d.pop("color", UNSET)

        scope = d.pop("scope", UNSET)

        project_id = d.pop("project_id", UNSET)

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

        label = cls.__new__(cls)
        label.id = id
        label.name = name
        label.description = description
        label.color = color
        label.scope = scope
        label.project_id = project_id
        label.creation_time = creation_time
        label.update_time = update_time

        label.additional_properties = d
        return label

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
