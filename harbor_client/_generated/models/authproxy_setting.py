from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AuthproxySetting")


@_attrs_define(repr=False)
class AuthproxySetting:
    """
    Attributes:
        endpoint (str | Unset): The fully qualified URI of login endpoint of authproxy, such as
            'https://192.168.1.2:8443/login'
        tokenreivew_endpoint (str | Unset): The fully qualified URI of token review endpoint of authproxy, such as
            'https://192.168.1.2:8443/tokenreview'
        skip_search (bool | Unset): The flag to determine whether Harbor can skip search the user/group when adding him
            as a member.
        verify_cert (bool | Unset): The flag to determine whether Harbor should verify the certificate when connecting
            to the auth proxy.
        server_certificate (str | Unset): The certificate to be pinned when connecting auth proxy.
    """

    __repr__ = model_repr

    endpoint: str | Unset = UNSET
    tokenreivew_endpoint: str | Unset = UNSET
    skip_search: bool | Unset = UNSET
    verify_cert: bool | Unset = UNSET
    server_certificate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        tokenreivew_endpoint = self.tokenreivew_endpoint

        skip_search = self.skip_search

        verify_cert = self.verify_cert

        server_certificate = self.server_certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if tokenreivew_endpoint is not UNSET:
            field_dict["tokenreivew_endpoint"] = tokenreivew_endpoint
        if skip_search is not UNSET:
            field_dict["skip_search"] = skip_search
        if verify_cert is not UNSET:
            field_dict["verify_cert"] = verify_cert
        if server_certificate is not UNSET:
            field_dict["server_certificate"] = server_certificate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint = d.pop("endpoint", UNSET)

        tokenreivew_endpoint = d.pop("tokenreivew_endpoint", UNSET)

        skip_search = d.pop("skip_search", UNSET)

        verify_cert = d.pop("verify_cert", UNSET)

        server_certificate = d.pop("server_certificate", UNSET)

        authproxy_setting = cls.__new__(cls)
        authproxy_setting.endpoint = endpoint
        authproxy_setting.tokenreivew_endpoint = tokenreivew_endpoint
        authproxy_setting.skip_search = skip_search
        authproxy_setting.verify_cert = verify_cert
        authproxy_setting.server_certificate = server_certificate

        authproxy_setting.additional_properties = d
        return authproxy_setting

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
