from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RegistryPing")


@_attrs_define(repr=False)
class RegistryPing:
    """
    Attributes:
        id (int | None | Unset): The registry ID.
        type_ (None | str | Unset): Type of the registry, e.g. 'harbor'.
        url (None | str | Unset): The registry URL.
        credential_type (None | str | Unset): Credential type of the registry, e.g. 'basic'.
        access_key (None | str | Unset): The registry access key.
        access_secret (None | str | Unset): The registry access secret.
        insecure (bool | None | Unset): Whether or not the certificate will be verified when Harbor tries to access the
            server.
        ca_certificate (None | str | Unset): The PEM-encoded CA certificate for this registry endpoint.
    """

    __repr__ = model_repr

    id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    credential_type: None | str | Unset = UNSET
    access_key: None | str | Unset = UNSET
    access_secret: None | str | Unset = UNSET
    insecure: bool | None | Unset = UNSET
    ca_certificate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        credential_type: None | str | Unset
        if isinstance(self.credential_type, Unset):
            credential_type = UNSET
        else:
            credential_type = self.credential_type

        access_key: None | str | Unset
        if isinstance(self.access_key, Unset):
            access_key = UNSET
        else:
            access_key = self.access_key

        access_secret: None | str | Unset
        if isinstance(self.access_secret, Unset):
            access_secret = UNSET
        else:
            access_secret = self.access_secret

        insecure: bool | None | Unset
        if isinstance(self.insecure, Unset):
            insecure = UNSET
        else:
            insecure = self.insecure

        ca_certificate: None | str | Unset
        if isinstance(self.ca_certificate, Unset):
            ca_certificate = UNSET
        else:
            ca_certificate = self.ca_certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if credential_type is not UNSET:
            field_dict["credential_type"] = credential_type
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if access_secret is not UNSET:
            field_dict["access_secret"] = access_secret
        if insecure is not UNSET:
            field_dict["insecure"] = insecure
        if ca_certificate is not UNSET:
            field_dict["ca_certificate"] = ca_certificate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        credential_type = d.pop("credential_type", UNSET)

        access_key = d.pop("access_key", UNSET)

        access_secret = d.pop("access_secret", UNSET)

        insecure = d.pop("insecure", UNSET)

        ca_certificate = d.pop("ca_certificate", UNSET)

        registry_ping = cls.__new__(cls)
        registry_ping.id = id
        registry_ping.type_ = type_
        registry_ping.url = url
        registry_ping.credential_type = credential_type
        registry_ping.access_key = access_key
        registry_ping.access_secret = access_secret
        registry_ping.insecure = insecure
        registry_ping.ca_certificate = ca_certificate

        registry_ping.additional_properties = d
        return registry_ping

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
