from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RobotCreate")


@_attrs_define(repr=False)
class RobotCreate:
    """The request for robot account creation.

    Attributes:
        name (str | Unset): The name of the robot
        description (str | Unset): The description of the robot
        secret (str | Unset): The secret of the robot
        level (str | Unset): The level of the robot, project or system
        disable (bool | Unset): The disable status of the robot
        duration (int | Unset): The duration of the robot in days, duration must be either -1(Never) or a positive
            integer
        permissions (list[RobotPermission] | Unset):
    """

    __repr__ = model_repr

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    secret: str | Unset = UNSET
    level: str | Unset = UNSET
    disable: bool | Unset = UNSET
    duration: int | Unset = UNSET
    permissions: list[RobotPermission] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        secret = self.secret

        level = self.level

        disable = self.disable

        duration = self.duration

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if secret is not UNSET:
            field_dict["secret"] = secret
        if level is not UNSET:
            field_dict["level"] = level
        if disable is not UNSET:
            field_dict["disable"] = disable
        if duration is not UNSET:
            field_dict["duration"] = duration
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        secret = d.pop("secret", UNSET)

        level = d.pop("level", UNSET)

        disable = d.pop("disable", UNSET)

        duration = d.pop("duration", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[RobotPermission] | Unset | None = UNSET
        if _permissions is None:
            permissions = None
        elif _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = RobotPermission.from_dict(permissions_item_data)

                permissions.append(permissions_item)

        robot_create = cls.__new__(cls)
        robot_create.name = name
        robot_create.description = description
        robot_create.secret = secret
        robot_create.level = level
        robot_create.disable = disable
        robot_create.duration = duration
        robot_create.permissions = permissions

        robot_create.additional_properties = d
        return robot_create

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
