from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Repository")


@_attrs_define(repr=False)
class Repository:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the repository
        project_id (int | Unset): The ID of the project that the repository belongs to
        name (str | Unset): The name of the repository
        description (str | Unset): The description of the repository
        artifact_count (int | Unset): The count of the artifacts inside the repository
        pull_count (int | Unset): The count that the artifact inside the repository pulled
        creation_time (datetime.datetime | None | Unset): The creation time of the repository
        update_time (datetime.datetime | Unset): The update time of the repository
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    artifact_count: int | Unset = UNSET
    pull_count: int | Unset = UNSET
    creation_time: datetime.datetime | None | Unset = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        name = self.name

        description = self.description

        artifact_count = self.artifact_count

        pull_count = self.pull_count

        creation_time: None | str | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        elif isinstance(self.creation_time, datetime.datetime):
            creation_time = (
                self.creation_time.isoformat()
                if self.creation_time is not None
                else None
            )
        else:
            creation_time = self.creation_time

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
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if artifact_count is not UNSET:
            field_dict["artifact_count"] = artifact_count
        if pull_count is not UNSET:
            field_dict["pull_count"] = pull_count
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        project_id = d.pop("project_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        artifact_count = d.pop("artifact_count", UNSET)

        pull_count = d.pop("pull_count", UNSET)

        def _parse_creation_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_time_type_0 = parse_datetime(data)

                return creation_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation_time = _parse_creation_time(d.pop("creation_time", UNSET))

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset | None
        if _update_time is UNSET:
            update_time = UNSET
        elif _update_time is None:
            update_time = None
        else:
            update_time = parse_datetime(_update_time)

        repository = cls.__new__(cls)
        repository.id = id
        repository.project_id = project_id
        repository.name = name
        repository.description = description
        repository.artifact_count = artifact_count
        repository.pull_count = pull_count
        repository.creation_time = creation_time
        repository.update_time = update_time

        repository.additional_properties = d
        return repository

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
