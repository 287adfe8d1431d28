from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ScannerRegistrationSettings")


@_attrs_define(repr=False)
class ScannerRegistrationSettings:
    """
    Attributes:
        name (str): The name of this registration Example: Trivy.
        url (str): A base URL of the scanner adapter. Example: http://harbor-scanner-trivy:8080.
        auth (str | Unset): Specify what authentication approach is adopted for the HTTP communications.
            Supported types Basic", "Bearer" and api key header "X-ScannerAdapter-API-Key"
             Default: ''.
        access_credential (str | Unset): An optional value of the HTTP Authorization header sent with each request to
            the Scanner Adapter API.
             Example: Bearer: JWTTOKENGOESHERE.
    """

    __repr__ = model_repr

    name: str
    url: str
    auth: str | Unset = ""
    access_credential: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        auth = self.auth

        access_credential = self.access_credential

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )
        if auth is not UNSET:
            field_dict["auth"] = auth
        if access_credential is not UNSET:
            field_dict["access_credential"] = access_credential

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        auth = d.pop("auth", UNSET)

        access_credential = d.pop("access_credential", UNSET)

        scanner_registration_settings = cls.__new__(cls)
        scanner_registration_settings.name = name
        scanner_registration_settings.url = url
        scanner_registration_settings.auth = auth
        scanner_registration_settings.access_credential = access_credential

        scanner_registration_settings.additional_properties = d
        return scanner_registration_settings

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
