from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="ScannerRegistration")


@_attrs_define(repr=False)
class ScannerRegistration:
    """Registration represents a named configuration for invoking a scanner via its adapter.

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        uuid (str | Unset): The unique identifier of this registration.
        name (str | Unset): The name of this registration. Example: Trivy.
        description (str | Unset): An optional description of this registration. Example: A free-to-use tool that scans
            container images for package vulnerabilities.
            .
        url (str | Unset): A base URL of the scanner adapter Example: http://harbor-scanner-trivy:8080.
        disabled (bool | Unset): Indicate whether the registration is enabled or not Default: False.
        is_default (bool | Unset): Indicate if the registration is set as the system default one Default: False.
        auth (str | Unset): Specify what authentication approach is adopted for the HTTP communications.
            Supported types Basic", "Bearer" and api key header "X-ScannerAdapter-API-Key"
             Default: ''. Example: Bearer.
        access_credential (str | Unset): An optional value of the HTTP Authorization header sent with each request to
            the Scanner Adapter API.
             Example: Bearer: JWTTOKENGOESHERE.
        skip_cert_verify (bool | Unset): Indicate if skip the certificate verification when sending HTTP requests
            Default: False.
        use_internal_addr (bool | Unset): Indicate whether use internal registry addr for the scanner to pull content or
            not Default: False.
        create_time (datetime.datetime | Unset): The creation time of this registration
        update_time (datetime.datetime | Unset): The update time of this registration
        adapter (str | Unset): Optional property to describe the name of the scanner registration Example: Trivy.
        vendor (str | Unset): Optional property to describe the vendor of the scanner registration Example: CentOS.
        version (str | Unset): Optional property to describe the version of the scanner registration Example: 1.0.1.
        health (str | Unset): Indicate the healthy of the registration Default: ''. Example: healthy.
        capabilities (ScannerRegistrationCapabilities | Unset): Indicates the capabilities of the scanner, e.g.
            support_vulnerability or support_sbom. Example: {'support_vulnerability': True, 'support_sbom': True}.
    """

    __repr__ = model_repr

    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    disabled: bool | Unset = False
    is_default: bool | Unset = False
    auth: str | Unset = ""
    access_credential: str | Unset = UNSET
    skip_cert_verify: bool | Unset = False
    use_internal_addr: bool | Unset = False
    create_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    adapter: str | Unset = UNSET
    vendor: str | Unset = UNSET
    version: str | Unset = UNSET
    health: str | Unset = ""
    capabilities: ScannerRegistrationCapabilities | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        description = self.description

        url = self.url

        disabled = self.disabled

        is_default = self.is_default

        auth = self.auth

        access_credential = self.access_credential

        skip_cert_verify = self.skip_cert_verify

        use_internal_addr = self.use_internal_addr

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = (
                self.create_time.isoformat() if self.create_time is not None else None
            )

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = (
                self.update_time.isoformat() if self.update_time is not None else None
            )

        adapter = self.adapter

        vendor = self.vendor

        version = self.version

        health = self.health

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = (
                self.capabilities.to_dict() if self.capabilities is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if auth is not UNSET:
            field_dict["auth"] = auth
        if access_credential is not UNSET:
            field_dict["access_credential"] = access_credential
        if skip_cert_verify is not UNSET:
            field_dict["skip_certVerify"] = skip_cert_verify
        if use_internal_addr is not UNSET:
            field_dict["use_internal_addr"] = use_internal_addr
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if adapter is not UNSET:
            field_dict["adapter"] = adapter
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if version is not UNSET:
            field_dict["version"] = version
        if health is not UNSET:
            field_dict["health"] = health
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        disabled = d.pop("disabled", UNSET)

        is_default = d.pop("is_default", UNSET)

        auth = d.pop("auth", UNSET)

        access_credential = d.pop("access_credential", UNSET)

        skip_cert_verify = d.pop("skip_certVerify", UNSET)

        use_internal_addr = d.pop("use_internal_addr", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset | None
        if _create_time is UNSET:
            create_time = UNSET
        elif _create_time is None:
            create_time = None
        else:
            create_time = parse_datetime(_create_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset | None
        if _update_time is UNSET:
            update_time = UNSET
        elif _update_time is None:
            update_time = None
        else:
            update_time = parse_datetime(_update_time)

        adapter = d.pop("adapter", UNSET)

        vendor = d.pop("vendor", UNSET)

        version = d.pop("version", UNSET)

        health = d.pop("health", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: ScannerRegistrationCapabilities | Unset | None
        if _capabilities is UNSET:
            capabilities = UNSET
        elif _capabilities is None:
            capabilities = None
        else:
            capabilities = ScannerRegistrationCapabilities.from_dict(_capabilities)

        scanner_registration = cls.__new__(cls)
        scanner_registration.uuid = uuid
        scanner_registration.name = name
        scanner_registration.description = description
        scanner_registration.url = url
        scanner_registration.disabled = disabled
        scanner_registration.is_default = is_default
        scanner_registration.auth = auth
        scanner_registration.access_credential = access_credential
        scanner_registration.skip_cert_verify = skip_cert_verify
        scanner_registration.use_internal_addr = use_internal_addr
        scanner_registration.create_time = create_time
        scanner_registration.update_time = update_time
        scanner_registration.adapter = adapter
        scanner_registration.vendor = vendor
        scanner_registration.version = version
        scanner_registration.health = health
        scanner_registration.capabilities = capabilities

        scanner_registration.additional_properties = d
        return scanner_registration

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
from ..models.scanner_registration_capabilities import ScannerRegistrationCapabilities
