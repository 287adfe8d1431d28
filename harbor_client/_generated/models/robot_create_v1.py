from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RobotCreateV1")


@_attrs_define(repr=False)
class RobotCreateV1:
    """
    Attributes:
        name (str | Unset): The name of robot account
        description (str | Unset): The description of robot account
        expires_at (int | Unset): The expiration time on or after which the JWT MUST NOT be accepted for processing.
        access (list[Access] | Unset): The permission of robot account
    """

    __repr__ = model_repr

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    access: list[Access] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        expires_at = self.expires_at

        access: list[dict[str, Any]] | Unset = UNSET
        if self.access is None:
            access = None
        elif not isinstance(self.access, Unset):
            access = []
            for access_item_data in self.access:
                access_item = (
                    access_item_data.to_dict() if access_item_data is not None else None
                )
                access.append(access_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _access = d.pop("access", UNSET)
        access: list[Access] | Unset | None = UNSET
        if _access is None:
            access = None
        elif _access is not UNSET:
            access = []
            for access_item_data in _access:
                access_item = Access.from_dict(access_item_data)

                access.append(access_item)

        robot_create_v1 = cls.__new__(cls)
        robot_create_v1.name = name
        robot_create_v1.description = description
        robot_create_v1.expires_at = expires_at
        robot_create_v1.access = access

        robot_create_v1.additional_properties = d
        return robot_create_v1

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
from ..models.access import Access
