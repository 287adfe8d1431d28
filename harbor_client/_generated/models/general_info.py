from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="GeneralInfo")


@_attrs_define(repr=False)
class GeneralInfo:
    """
    Attributes:
        banner_message (None | str | Unset): The banner message for the UI. It is the stringified result of the banner
            message object. Example: {"closable":true,"message":"your banner message
            content","type":"warning","fromDate":"06/19/2023","toDate":"06/21/2023"}.
        current_time (datetime.datetime | None | Unset): The current time of the server.
        registry_url (None | str | Unset): The url of registry against which the docker command should be issued.
        external_url (None | str | Unset): The external URL of Harbor, with protocol.
        auth_mode (None | str | Unset): The auth mode of current Harbor instance.
        primary_auth_mode (bool | None | Unset): The flag to indicate whether the current auth mode should consider as a
            primary one.
        project_creation_restriction (None | str | Unset): Indicate who can create projects, it could be 'adminonly' or
            'everyone'.
        self_registration (bool | None | Unset): Indicate whether the Harbor instance enable user to register himself.
        has_ca_root (bool | None | Unset): Indicate whether there is a ca root cert file ready for download in the file
            system.
        harbor_version (None | str | Unset): The build version of Harbor.
        registry_storage_provider_name (None | str | Unset): The storage provider's name of Harbor registry
        read_only (bool | None | Unset): The flag to indicate whether Harbor is in readonly mode.
        notification_enable (bool | None | Unset): The flag to indicate whether notification mechanism is enabled on
            Harbor instance.
        authproxy_settings (AuthproxySetting | Unset):
        oidc_provider_name (None | str | Unset): The OIDC provider name, empty if current auth is not OIDC_auth or OIDC
            provider is not configured.
    """

    __repr__ = model_repr

    banner_message: None | str | Unset = UNSET
    current_time: datetime.datetime | None | Unset = UNSET
    registry_url: None | str | Unset = UNSET
    external_url: None | str | Unset = UNSET
    auth_mode: None | str | Unset = UNSET
    primary_auth_mode: bool | None | Unset = UNSET
    project_creation_restriction: None | str | Unset = UNSET
    self_registration: bool | None | Unset = UNSET
    has_ca_root: bool | None | Unset = UNSET
    harbor_version: None | str | Unset = UNSET
    registry_storage_provider_name: None | str | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    notification_enable: bool | None | Unset = UNSET
    authproxy_settings: AuthproxySetting | Unset | None = UNSET
    oidc_provider_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banner_message: None | str | Unset
        if isinstance(self.banner_message, Unset):
            banner_message = UNSET
        else:
            banner_message = self.banner_message

        current_time: None | str | Unset
        if isinstance(self.current_time, Unset):
            current_time = UNSET
        elif isinstance(self.current_time, datetime.datetime):
            current_time = (
                self.current_time.isoformat() if self.current_time is not None else None
            )
        else:
            current_time = self.current_time

        registry_url: None | str | Unset
        if isinstance(self.registry_url, Unset):
            registry_url = UNSET
        else:
            registry_url = self.registry_url

        external_url: None | str | Unset
        if isinstance(self.external_url, Unset):
            external_url = UNSET
        else:
            external_url = self.external_url

        auth_mode: None | str | Unset
        if isinstance(self.auth_mode, Unset):
            auth_mode = UNSET
        else:
            auth_mode = self.auth_mode

        primary_auth_mode: bool | None | Unset
        if isinstance(self.primary_auth_mode, Unset):
            primary_auth_mode = UNSET
        else:
            primary_auth_mode = self.primary_auth_mode

        project_creation_restriction: None | str | Unset
        if isinstance(self.project_creation_restriction, Unset):
            project_creation_restriction = UNSET
        else:
            project_creation_restriction = self.project_creation_restriction

        self_registration: bool | None | Unset
        if isinstance(self.self_registration, Unset):
            self_registration = UNSET
        else:
            self_registration = self.self_registration

        has_ca_root: bool | None | Unset
        if isinstance(self.has_ca_root, Unset):
            has_ca_root = UNSET
        else:
            has_ca_root = self.has_ca_root

        harbor_version: None | str | Unset
        if isinstance(self.harbor_version, Unset):
            harbor_version = UNSET
        else:
            harbor_version = self.harbor_version

        registry_storage_provider_name: None | str | Unset
        if isinstance(self.registry_storage_provider_name, Unset):
            registry_storage_provider_name = UNSET
        else:
            registry_storage_provider_name = self.registry_storage_provider_name

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        notification_enable: bool | None | Unset
        if isinstance(self.notification_enable, Unset):
            notification_enable = UNSET
        else:
            notification_enable = self.notification_enable

        authproxy_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authproxy_settings, Unset):
            authproxy_settings = (
                self.authproxy_settings.to_dict()
                if self.authproxy_settings is not None
                else None
            )

        oidc_provider_name: None | str | Unset
        if isinstance(self.oidc_provider_name, Unset):
            oidc_provider_name = UNSET
        else:
            oidc_provider_name = self.oidc_provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if banner_message is not UNSET:
            field_dict["banner_message"] = banner_message
        if current_time is not UNSET:
            field_dict["current_time"] = current_time
        if registry_url is not UNSET:
            field_dict["registry_url"] = registry_url
        if external_url is not UNSET:
            field_dict["external_url"] = external_url
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if primary_auth_mode is not UNSET:
            field_dict["primary_auth_mode"] = primary_auth_mode
        if project_creation_restriction is not UNSET:
            field_dict["project_creation_restriction"] = project_creation_restriction
        if self_registration is not UNSET:
            field_dict["self_registration"] = self_registration
        if has_ca_root is not UNSET:
            field_dict["has_ca_root"] = has_ca_root
        if harbor_version is not UNSET:
            field_dict["harbor_version"] = harbor_version
        if registry_storage_provider_name is not UNSET:
            field_dict["registry_storage_provider_name"] = (
                registry_storage_provider_name
            )
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if notification_enable is not UNSET:
            field_dict["notification_enable"] = notification_enable
        if authproxy_settings is not UNSET:
            field_dict["authproxy_settings"] = authproxy_settings
        if oidc_provider_name is not UNSET:
            field_dict["oidc_provider_name"] = oidc_provider_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        banner_message = d.pop("banner_message", UNSET)

        def _parse_current_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_time_type_0 = parse_datetime(data)

                return current_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        current_time = _parse_current_time(d.pop("current_time", UNSET))

        registry_url = d.pop("registry_url", UNSET)

        external_url = d.pop("external_url", UNSET)

        auth_mode = d.pop("auth_mode", UNSET)

        primary_auth_mode = d.pop("primary_auth_mode", UNSET)

        project_creation_restriction = d.pop("project_creation_restriction", UNSET)

        self_registration = d.pop("self_registration", UNSET)

        has_ca_root = d.pop("has_ca_root", UNSET)

        harbor_version = d.pop("harbor_version", UNSET)

        registry_storage_provider_name = d.pop("registry_storage_provider_name", UNSET)

        read_only = d.pop("read_only", UNSET)

        notification_enable = d.pop("notification_enable", UNSET)

        _authproxy_settings = d.pop("authproxy_settings", UNSET)
        authproxy_settings: AuthproxySetting | Unset | None
        if _authproxy_settings is UNSET:
            authproxy_settings = UNSET
        elif _authproxy_settings is None:
            authproxy_settings = None
        else:
            authproxy_settings = AuthproxySetting.from_dict(_authproxy_settings)

        oidc_provider_name = d.pop("oidc_provider_name", UNSET)

        general_info = cls.__new__(cls)
        general_info.banner_message = banner_message
        general_info.current_time = current_time
        general_info.registry_url = registry_url
        general_info.external_url = external_url
        general_info.auth_mode = auth_mode
        general_info.primary_auth_mode = primary_auth_mode
        general_info.project_creation_restriction = project_creation_restriction
        general_info.self_registration = self_registration
        general_info.has_ca_root = has_ca_root
        general_info.harbor_version = harbor_version
        general_info.registry_storage_provider_name = registry_storage_provider_name
        general_info.read_only = read_only
        general_info.notification_enable = notification_enable
        general_info.authproxy_settings = authproxy_settings
        general_info.oidc_provider_name = oidc_provider_name

        general_info.additional_properties = d
        return general_info

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
from ..models.authproxy_setting import AuthproxySetting
