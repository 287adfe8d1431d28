from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectMember")


@_attrs_define(repr=False)
class ProjectMember:
    """
    Attributes:
        role_id (int | Unset): The role id 1 for projectAdmin, 2 for developer, 3 for guest, 4 for maintainer
        member_user (UserEntity | Unset):
        member_group (UserGroup | Unset):
    """

    __repr__ = model_repr

    role_id: int | Unset = UNSET
    member_user: UserEntity | Unset | None = UNSET
    member_group: UserGroup | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        member_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.member_user, Unset):
            member_user = (
                self.member_user.to_dict() if self.member_user is not None else None
            )

        member_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.member_group, Unset):
            member_group = (
                self.member_group.to_dict() if self.member_group is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if member_user is not UNSET:
            field_dict["member_user"] = member_user
        if member_group is not UNSET:
            field_dict["member_group"] = member_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_id = d.pop("role_id", UNSET)

        _member_user = d.pop("member_user", UNSET)
        member_user: UserEntity | Unset | None
        if _member_user is UNSET:
            member_user = UNSET
        elif _member_user is None:
            member_user = None
        else:
            member_user = UserEntity.from_dict(_member_user)

        _member_group = d.pop("member_group", UNSET)
        member_group: UserGroup | Unset | None
        if _member_group is UNSET:
            member_group = UNSET
        elif _member_group is None:
            member_group = None
        else:
            member_group = UserGroup.from_dict(_member_group)

        project_member = cls.__new__(cls)
        project_member.role_id = role_id
        project_member.member_user = member_user
        project_member.member_group = member_group

        project_member.additional_properties = d
        return project_member

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
from ..models.user_entity import UserEntity
from ..models.user_group import UserGroup
