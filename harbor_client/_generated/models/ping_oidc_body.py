from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PingOidcBody")


@_attrs_define(repr=False)
class PingOidcBody:
    """
    Attributes:
        url (str | Unset): The URL of OIDC endpoint to be tested.
        verify_cert (bool | Unset): Whether the certificate should be verified
    """

    __repr__ = model_repr

    url: str | Unset = UNSET
    verify_cert: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        verify_cert = self.verify_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if verify_cert is not UNSET:
            field_dict["verify_cert"] = verify_cert

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        verify_cert = d.pop("verify_cert", UNSET)

        ping_oidc_body = cls.__new__(cls)
        ping_oidc_body.url = url
        ping_oidc_body.verify_cert = verify_cert

        ping_oidc_body.additional_properties = d
        return ping_oidc_body

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
