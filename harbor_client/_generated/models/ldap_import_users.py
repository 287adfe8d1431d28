from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LdapImportUsers")


@_attrs_define(repr=False)
class LdapImportUsers:
    """
    Attributes:
        ldap_uid_list (list[str] | Unset): selected uid list
    """

    __repr__ = model_repr

    ldap_uid_list: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ldap_uid_list: list[str] | Unset = UNSET
        if self.ldap_uid_list is None:
            ldap_uid_list = None
        elif not isinstance(self.ldap_uid_list, Unset):
            ldap_uid_list = self.ldap_uid_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ldap_uid_list is not UNSET:
            field_dict["ldap_uid_list"] = ldap_uid_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ldap_uid_list = d.pop("ldap_uid_list", UNSET)

        ldap_import_users = cls.__new__(cls)
        ldap_import_users.ldap_uid_list = ldap_uid_list

        ldap_import_users.additional_properties = d
        return ldap_import_users

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
