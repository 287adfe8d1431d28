from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UserCreationReq")


@_attrs_define(repr=False)
class UserCreationReq:
    """
    Attributes:
        email (str | Unset):
        realname (str | Unset):
        comment (str | Unset):
        password (str | Unset):
        username (str | Unset):
    """

    __repr__ = model_repr

    email: str | Unset = UNSET
    realname: str | Unset = UNSET
    comment: str | Unset = UNSET
    password: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        realname = self.realname

        comment = self.comment

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if realname is not UNSET:
            field_dict["realname"] = realname
        if comment is not UNSET:
            field_dict["comment"] = comment
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        realname = d.pop("realname", UNSET)

        comment = d.pop("comment", UNSET)

        password = d.pop("password", UNSET)

        username = d.pop("username", UNSET)

        user_creation_req = cls.__new__(cls)
        user_creation_req.email = email
        user_creation_req.realname = realname
        user_creation_req.comment = comment
        user_creation_req.password = password
        user_creation_req.username = username

        user_creation_req.additional_properties = d
        return user_creation_req

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
