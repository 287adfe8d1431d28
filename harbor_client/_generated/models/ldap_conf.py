from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LdapConf")


@_attrs_define(repr=False)
class LdapConf:
    """The ldap configure properties

    Attributes:
        ldap_url (str | Unset): The url of ldap service.
        ldap_search_dn (str | Unset): The search dn of ldap service.
        ldap_search_password (str | Unset): The search password of ldap service.
        ldap_base_dn (str | Unset): The base dn of ldap service.
        ldap_filter (str | Unset): The serach filter of ldap service.
        ldap_uid (str | Unset): The serach uid from ldap service attributes.
        ldap_scope (int | Unset): The serach scope of ldap service.
        ldap_connection_timeout (int | Unset): The connect timeout of ldap service(second).
        ldap_verify_cert (bool | Unset): Verify Ldap server certificate.
    """

    __repr__ = model_repr

    ldap_url: str | Unset = UNSET
    ldap_search_dn: str | Unset = UNSET
    ldap_search_password: str | Unset = UNSET
    ldap_base_dn: str | Unset = UNSET
    ldap_filter: str | Unset = UNSET
    ldap_uid: str | Unset = UNSET
    ldap_scope: int | Unset = UNSET
    ldap_connection_timeout: int | Unset = UNSET
    ldap_verify_cert: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ldap_url = self.ldap_url

        ldap_search_dn = self.ldap_search_dn

        ldap_search_password = self.ldap_search_password

        ldap_base_dn = self.ldap_base_dn

        ldap_filter = self.ldap_filter

        ldap_uid = self.ldap_uid

        ldap_scope = self.ldap_scope

        ldap_connection_timeout = self.ldap_connection_timeout

        ldap_verify_cert = self.ldap_verify_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ldap_url is not UNSET:
            field_dict["ldap_url"] = ldap_url
        if ldap_search_dn is not UNSET:
            field_dict["ldap_search_dn"] = ldap_search_dn
        if ldap_search_password is not UNSET:
            field_dict["ldap_search_password"] = ldap_search_password
        if ldap_base_dn is not UNSET:
            field_dict["ldap_base_dn"] = ldap_base_dn
        if ldap_filter is not UNSET:
            field_dict["ldap_filter"] = ldap_filter
        if ldap_uid is not UNSET:
            field_dict["ldap_uid"] = ldap_uid
        if ldap_scope is not UNSET:
            field_dict["ldap_scope"] = ldap_scope
        if ldap_connection_timeout is not UNSET:
            field_dict["ldap_connection_timeout"] = ldap_connection_timeout
        if ldap_verify_cert is not UNSET:
            field_dict["ldap_verify_cert"] = ldap_verify_cert

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ldap_url = d.pop("ldap_url", UNSET)

        ldap_search_dn = d.pop("ldap_search_dn", UNSET)

        ldap_search_password = d.pop("ldap_search_password", UNSET)

        ldap_base_dn = d.pop("ldap_base_dn", UNSET)

        ldap_filter = d.pop("ldap_filter", UNSET)

        ldap_uid = d.pop("ldap_uid", UNSET)

        ldap_scope = d.pop("ldap_scope", UNSET)

        ldap_connection_timeout = d.pop("ldap_connection_timeout", UNSET)

        ldap_verify_cert = d.pop("ldap_verify_cert", UNSET)

        ldap_conf = cls.__new__(cls)
        ldap_conf.ldap_url = ldap_url
        ldap_conf.ldap_search_dn = ldap_search_dn
        ldap_conf.ldap_search_password = ldap_search_password
        ldap_conf.ldap_base_dn = ldap_base_dn
        ldap_conf.ldap_filter = ldap_filter
        ldap_conf.ldap_uid = ldap_uid
        ldap_conf.ldap_scope = ldap_scope
        ldap_conf.ldap_connection_timeout = ldap_connection_timeout
        ldap_conf.ldap_verify_cert = ldap_verify_cert

        ldap_conf.additional_properties = d
        return ldap_conf

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
