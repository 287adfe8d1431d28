from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="RobotCreated")


@_attrs_define(repr=False)
class RobotCreated:
    """The response for robot account creation.

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the robot
        name (str | Unset): The name of the robot
        secret (str | Unset): The secret of the robot
        creation_time (datetime.datetime | Unset): The creation time of the robot.
        expires_at (int | Unset): The expiration date of the robot
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    secret: str | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    expires_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        secret = self.secret

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = (
                self.creation_time.isoformat()
                if self.creation_time is not None
                else None
            )

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if secret is not UNSET:
            field_dict["secret"] = secret
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        secret = d.pop("secret", UNSET)

        _creation_time = d.pop("creation_time", UNSET)
        creation_time: datetime.datetime | Unset | None
        if _creation_time is UNSET:
            creation_time = UNSET
        elif _creation_time is None:
            creation_time = None
        else:
            creation_time = parse_datetime(_creation_time)

        expires_at = d.pop("expires_at", UNSET)

        robot_created = cls.__new__(cls)
        robot_created.id = id
        robot_created.name = name
        robot_created.secret = secret
        robot_created.creation_time = creation_time
        robot_created.expires_at = expires_at

        robot_created.additional_properties = d
        return robot_created

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
