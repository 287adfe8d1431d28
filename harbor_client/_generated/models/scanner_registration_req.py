from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ScannerRegistrationReq")


@_attrs_define(repr=False)
class ScannerRegistrationReq:
    """
    Attributes:
        name (str): The name of this registration Example: Trivy.
        url (str): A base URL of the scanner adapter. Example: http://harbor-scanner-trivy:8080.
        description (str | Unset): An optional description of this registration. Example: A free-to-use tool that scans
            container images for package vulnerabilities.
            .
        auth (str | Unset): Specify what authentication approach is adopted for the HTTP communications.
            Supported types Basic", "Bearer" and api key header "X-ScannerAdapter-API-Key"
             Example: Bearer.
        access_credential (str | Unset): An optional value of the HTTP Authorization header sent with each request to
            the Scanner Adapter API.

            When updating a registration (PUT `/scanners/{registration_id}`), if this field is omitted or empty
            and `auth` is still one of Basic, Bearer, or APIKey, the previously stored credential is kept
            unchanged. Provide a non-empty value to set or rotate the credential. Clearing `auth` removes the
            need for a credential; in that case an empty `access_credential` does not restore the old secret.
             Example: Bearer: JWTTOKENGOESHERE.
        skip_cert_verify (bool | Unset): Indicate if skip the certificate verification when sending HTTP requests
            Default: False.
        use_internal_addr (bool | Unset): Indicate whether use internal registry addr for the scanner to pull content or
            not Default: False.
        disabled (bool | Unset): Indicate whether the registration is enabled or not Default: False.
    """

    __repr__ = model_repr

    name: str
    url: str
    description: str | Unset = UNSET
    auth: str | Unset = UNSET
    access_credential: str | Unset = UNSET
    skip_cert_verify: bool | Unset = False
    use_internal_addr: bool | Unset = False
    disabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        description = self.description

        auth = self.auth

        access_credential = self.access_credential

        skip_cert_verify = self.skip_cert_verify

        use_internal_addr = self.use_internal_addr

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if auth is not UNSET:
            field_dict["auth"] = auth
        if access_credential is not UNSET:
            field_dict["access_credential"] = access_credential
        if skip_cert_verify is not UNSET:
            field_dict["skip_certVerify"] = skip_cert_verify
        if use_internal_addr is not UNSET:
            field_dict["use_internal_addr"] = use_internal_addr
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        description = d.pop("description", UNSET)

        auth = d.pop("auth", UNSET)

        access_credential = d.pop("access_credential", UNSET)

        skip_cert_verify = d.pop("skip_certVerify", UNSET)

        use_internal_addr = d.pop("use_internal_addr", UNSET)

        disabled = d.pop("disabled", UNSET)

        scanner_registration_req = cls.__new__(cls)
        scanner_registration_req.name = name
        scanner_registration_req.url = url
        scanner_registration_req.description = description
        scanner_registration_req.auth = auth
        scanner_registration_req.access_credential = access_credential
        scanner_registration_req.skip_cert_verify = skip_cert_verify
        scanner_registration_req.use_internal_addr = use_internal_addr
        scanner_registration_req.disabled = disabled

        scanner_registration_req.additional_properties = d
        return scanner_registration_req

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
