from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UserGroupSearchItem")


@_attrs_define(repr=False)
class UserGroupSearchItem:
    """
    Attributes:
        id (int | Unset): The ID of the user group
        group_name (str | Unset): The name of the user group
        group_type (int | Unset): The group type, 1 for LDAP group, 2 for HTTP group, 3 for OIDC group.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    group_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_name = self.group_name

        group_type = self.group_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if group_type is not UNSET:
            field_dict["group_type"] = group_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        group_name = d.pop("group_name", UNSET)

        group_type = d.pop("group_type", UNSET)

        user_group_search_item = cls.__new__(cls)
        user_group_search_item.id = id
        user_group_search_item.group_name = group_name
        user_group_search_item.group_type = group_type

        user_group_search_item.additional_properties = d
        return user_group_search_item

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
