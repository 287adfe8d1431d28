from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Robot")


@_attrs_define(repr=False)
class Robot:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the robot
        name (str | Unset): The name of the robot
        description (str | Unset): The description of the robot
        secret (str | Unset): The secret of the robot
        level (str | Unset): The level of the robot, project or system
        duration (int | None | Unset): The duration of the robot in days, duration must be either -1(Never) or a
            positive integer
        editable (bool | Unset): The editable status of the robot
        disable (bool | Unset): The disable status of the robot
        expires_at (int | Unset): The expiration date of the robot
        permissions (list[RobotPermission] | Unset):
        creator_type (str | Unset): The type of the robot creator, like local(harbor_user) or robot.
        creator_ref (int | Unset): The reference of the robot creator, like the id of harbor user.
        creation_time (datetime.datetime | Unset): The creation time of the robot.
        update_time (datetime.datetime | Unset): The update time of the robot.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    secret: str | Unset = UNSET
    level: str | Unset = UNSET
    duration: int | None | Unset = UNSET
    editable: bool | Unset = UNSET
    disable: bool | Unset = UNSET
    expires_at: int | Unset = UNSET
    permissions: list[RobotPermission] | Unset | None = UNSET
    creator_type: str | Unset = UNSET
    creator_ref: int | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        secret = self.secret

        level = self.level

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        editable = self.editable

        disable = self.disable

        expires_at = self.expires_at

        permissions: list[dict[str, Any]] | Unset = UNSET
        if self.permissions is None:
            permissions = None
        elif not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = (
                    permissions_item_data.to_dict()
                    if permissions_item_data is not None
                    else None
                )
                permissions.append(permissions_item)

        creator_type = self.creator_type

        creator_ref = self.creator_ref

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
        if secret is not UNSET:
            field_dict["secret"] = secret
        if level is not UNSET:
            field_dict["level"] = level
        if duration is not UNSET:
            field_dict["duration"] = duration
        if editable is not UNSET:
            field_dict["editable"] = editable
        if disable is not UNSET:
            field_dict["disable"] = disable
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if creator_type is not UNSET:
            field_dict["creator_type"] = creator_type
        if creator_ref is not UNSET:
            field_dict["creator_ref"] = creator_ref
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

        secret = d.pop("secret", UNSET)

        level = d.pop("level", UNSET)

        duration = d.pop("duration", UNSET)

        editable = d.pop("editable", UNSET)

        disable = d.pop("disable", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[RobotPermission] | Unset | None = UNSET
        if _permissions is None:
            permissions = None
        elif _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = RobotPermission.from_dict(permissions_item_data)

                permissions.append(permissions_item)

        creator_type = d.pop("creator_type", UNSET)

        creator_ref = d.pop("creator_ref", UNSET)

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

        robot = cls.__new__(cls)
        robot.id = id
        robot.name = name
        robot.description = description
        robot.secret = secret
        robot.level = level
        robot.duration = duration
        robot.editable = editable
        robot.disable = disable
        robot.expires_at = expires_at
        robot.permissions = permissions
        robot.creator_type = creator_type
        robot.creator_ref = creator_ref
        robot.creation_time = creation_time
        robot.update_time = update_time

        robot.additional_properties = d
        return robot

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
from ..models.robot_permission import RobotPermission
