from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Instance")


@_attrs_define(repr=False)
class Instance:
    """
    Attributes:
        id (int | Unset): Unique ID
        name (str | Unset): Instance name
        description (str | Unset): Description of instance
        vendor (str | Unset): Based on which driver, identified by ID
        endpoint (str | Unset): The service endpoint of this instance
        auth_mode (str | Unset): The authentication way supported
        auth_info (InstanceAuthInfo | Unset): The auth credential data if it exists.

            When updating an instance (PUT `/p2p/preheat/instances/{preheat_instance_name}`), if this object
            is omitted or empty and `auth_mode` is not `NONE`, the previously stored credentials are kept.
        status (str | Unset): The health status
        enabled (bool | Unset): Whether the instance is activated or not
        default (bool | Unset): Whether the instance is default or not
        insecure (bool | Unset): Whether the instance endpoint is insecure or not
        setup_timestamp (int | Unset): The timestamp of instance setting up
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    vendor: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    auth_mode: str | Unset = UNSET
    auth_info: InstanceAuthInfo | Unset | None = UNSET
    status: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    default: bool | Unset = UNSET
    insecure: bool | Unset = UNSET
    setup_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        vendor = self.vendor

        endpoint = self.endpoint

        auth_mode = self.auth_mode

        auth_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_info, Unset):
            auth_info = self.auth_info.to_dict() if self.auth_info is not None else None

        status = self.status

        enabled = self.enabled

        default = self.default

        insecure = self.insecure

        setup_timestamp = self.setup_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if auth_info is not UNSET:
            field_dict["auth_info"] = auth_info
        if status is not UNSET:
            field_dict["status"] = status
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if default is not UNSET:
            field_dict["default"] = default
        if insecure is not UNSET:
            field_dict["insecure"] = insecure
        if setup_timestamp is not UNSET:
            field_dict["setup_timestamp"] = setup_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        vendor = d.pop("vendor", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        auth_mode = d.pop("auth_mode", UNSET)

        _auth_info = d.pop("auth_info", UNSET)
        auth_info: InstanceAuthInfo | Unset | None
        if _auth_info is UNSET:
            auth_info = UNSET
        elif _auth_info is None:
            auth_info = None
        else:
            auth_info = InstanceAuthInfo.from_dict(_auth_info)

        status = d.pop("status", UNSET)

        enabled = d.pop("enabled", UNSET)

        default = d.pop("default", UNSET)

        insecure = d.pop("insecure", UNSET)

        setup_timestamp = d.pop("setup_timestamp", UNSET)

        instance = cls.__new__(cls)
        instance.id = id
        instance.name = name
        instance.description = description
        instance.vendor = vendor
        instance.endpoint = endpoint
        instance.auth_mode = auth_mode
        instance.auth_info = auth_info
        instance.status = status
        instance.enabled = enabled
        instance.default = default
        instance.insecure = insecure
        instance.setup_timestamp = setup_timestamp

        instance.additional_properties = d
        return instance

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
from ..models.instance_auth_info import InstanceAuthInfo
