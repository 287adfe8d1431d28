from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="WebhookTargetObject")


@_attrs_define(repr=False)
class WebhookTargetObject:
    """The webhook policy target object.

    Attributes:
        type_ (str | Unset): The webhook target notify type.
        address (str | Unset): The webhook target address.
        auth_header (str | Unset): The webhook auth header.
        skip_cert_verify (bool | Unset): Whether or not to skip cert verify.
        payload_format (str | Unset): The type of webhook paylod format. Example: CloudEvents.
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    address: str | Unset = UNSET
    auth_header: str | Unset = UNSET
    skip_cert_verify: bool | Unset = UNSET
    payload_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        address = self.address

        auth_header = self.auth_header

        skip_cert_verify = self.skip_cert_verify

        payload_format = self.payload_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if address is not UNSET:
            field_dict["address"] = address
        if auth_header is not UNSET:
            field_dict["auth_header"] = auth_header
        if skip_cert_verify is not UNSET:
            field_dict["skip_cert_verify"] = skip_cert_verify
        if payload_format is not UNSET:
            field_dict["payload_format"] = payload_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        address = d.pop("address", UNSET)

        auth_header = d.pop("auth_header", UNSET)

        skip_cert_verify = d.pop("skip_cert_verify", UNSET)

        payload_format = d.pop("payload_format", UNSET)

        webhook_target_object = cls.__new__(cls)
        webhook_target_object.type_ = type_
        webhook_target_object.address = address
        webhook_target_object.auth_header = auth_header
        webhook_target_object.skip_cert_verify = skip_cert_verify
        webhook_target_object.payload_format = payload_format

        webhook_target_object.additional_properties = d
        return webhook_target_object

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
