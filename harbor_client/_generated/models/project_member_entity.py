from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectMemberEntity")


@_attrs_define(repr=False)
class ProjectMemberEntity:
    """
    Attributes:
        id (int | Unset): the project member id
        project_id (int | Unset): the project id
        entity_name (str | Unset): the name of the group member.
        role_name (str | Unset): the name of the role
        role_id (int | Unset): the role id
        entity_id (int | Unset): the id of entity, if the member is a user, it is user_id in user table. if the member
            is a user group, it is the user group's ID in user_group table.
        entity_type (str | Unset): the entity's type, u for user entity, g for group entity.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    entity_name: str | Unset = UNSET
    role_name: str | Unset = UNSET
    role_id: int | Unset = UNSET
    entity_id: int | Unset = UNSET
    entity_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        entity_name = self.entity_name

        role_name = self.role_name

        role_id = self.role_id

        entity_id = self.entity_id

        entity_type = self.entity_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if entity_name is not UNSET:
            field_dict["entity_name"] = entity_name
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        project_id = d.pop("project_id", UNSET)

        entity_name = d.pop("entity_name", UNSET)

        role_name = d.pop("role_name", UNSET)

        role_id = d.pop("role_id", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        project_member_entity = cls.__new__(cls)
        project_member_entity.id = id
        project_member_entity.project_id = project_id
        project_member_entity.entity_name = entity_name
        project_member_entity.role_name = role_name
        project_member_entity.role_id = role_id
        project_member_entity.entity_id = entity_id
        project_member_entity.entity_type = entity_type

        project_member_entity.additional_properties = d
        return project_member_entity

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
