from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Tag")


@_attrs_define(repr=False)
class Tag:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the tag
        repository_id (int | Unset): The ID of the repository that the tag belongs to
        artifact_id (int | Unset): The ID of the artifact that the tag attached to
        name (str | Unset): The name of the tag
        push_time (datetime.datetime | Unset): The push time of the tag
        pull_time (datetime.datetime | Unset): The latest pull time of the tag
        immutable (bool | Unset): The immutable status of the tag
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    repository_id: int | Unset = UNSET
    artifact_id: int | Unset = UNSET
    name: str | Unset = UNSET
    push_time: datetime.datetime | Unset | None = UNSET
    pull_time: datetime.datetime | Unset | None = UNSET
    immutable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        repository_id = self.repository_id

        artifact_id = self.artifact_id

        name = self.name

        push_time: str | Unset = UNSET
        if not isinstance(self.push_time, Unset):
            push_time = (
                self.push_time.isoformat() if self.push_time is not None else None
            )

        pull_time: str | Unset = UNSET
        if not isinstance(self.pull_time, Unset):
            pull_time = (
                self.pull_time.isoformat() if self.pull_time is not None else None
            )

        immutable = self.immutable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if repository_id is not UNSET:
            field_dict["repository_id"] = repository_id
        if artifact_id is not UNSET:
            field_dict["artifact_id"] = artifact_id
        if name is not UNSET:
            field_dict["name"] = name
        if push_time is not UNSET:
            field_dict["push_time"] = push_time
        if pull_time is not UNSET:
            field_dict["pull_time"] = pull_time
        if immutable is not UNSET:
            field_dict["immutable"] = immutable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        repository_id = d.pop("repository_id", UNSET)

        artifact_id = d.pop("artifact_id", UNSET)

        name = d.pop("name", UNSET)

        _push_time = d.pop("push_time", UNSET)
        push_time: datetime.datetime | Unset | None
        if _push_time is UNSET:
            push_time = UNSET
        elif _push_time is None:
            push_time = None
        else:
            push_time = parse_datetime(_push_time)

        _pull_time = d.pop("pull_time", UNSET)
        pull_time: datetime.datetime | Unset | None
        if _pull_time is UNSET:
            pull_time = UNSET
        elif _pull_time is None:
            pull_time = None
        else:
            pull_time = parse_datetime(_pull_time)

        immutable = d.pop("immutable", UNSET)

        tag = cls.__new__(cls)
        tag.id = id
        tag.repository_id = repository_id
        tag.artifact_id = artifact_id
        tag.name = name
        tag.push_time = push_time
        tag.pull_time = pull_time
        tag.immutable = immutable

        tag.additional_properties = d
        return tag

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
