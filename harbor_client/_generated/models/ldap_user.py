from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LdapUser")


@_attrs_define(repr=False)
class LdapUser:
    """
    Attributes:
        username (str | Unset): ldap username.
        realname (str | Unset): The user realname from "uid" or "cn" attribute.
        email (str | Unset): The user email address from "mail" or "email" attribute.
    """

    __repr__ = model_repr

    username: str | Unset = UNSET
    realname: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        realname = self.realname

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if realname is not UNSET:
            field_dict["realname"] = realname
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        realname = d.pop("realname", UNSET)

        email = d.pop("email", UNSET)

        ldap_user = cls.__new__(cls)
        ldap_user.username = username
        ldap_user.realname = realname
        ldap_user.email = email

        ldap_user.additional_properties = d
        return ldap_user

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
