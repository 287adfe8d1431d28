from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RegistryUpdate")


@_attrs_define(repr=False)
class RegistryUpdate:
    """
    Attributes:
        name (None | str | Unset): The registry name.
        description (None | str | Unset): Description of the registry.
        url (None | str | Unset): The registry URL.
        credential_type (None | str | Unset): Credential type of the registry, e.g. 'basic'.
        access_key (None | str | Unset): The registry access key.
        access_secret (None | str | Unset): The registry access secret.
        insecure (bool | None | Unset): Whether or not the certificate will be verified when Harbor tries to access the
            server.
        ca_certificate (None | str | Unset): The PEM-encoded CA certificate for this registry endpoint.
    """

    __repr__ = model_repr

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    credential_type: None | str | Unset = UNSET
    access_key: None | str | Unset = UNSET
    access_secret: None | str | Unset = UNSET
    insecure: bool | None | Unset = UNSET
    ca_certificate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
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
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        credential_type = d.pop("credential_type", UNSET)

        access_key = d.pop("access_key", UNSET)

        access_secret = d.pop("access_secret", UNSET)

        insecure = d.pop("insecure", UNSET)

        ca_certificate = d.pop("ca_certificate", UNSET)

        registry_update = cls.__new__(cls)
        registry_update.name = name
        registry_update.description = description
        registry_update.url = url
        registry_update.credential_type = credential_type
        registry_update.access_key = access_key
        registry_update.access_secret = access_secret
        registry_update.insecure = insecure
        registry_update.ca_certificate = ca_certificate

        registry_update.additional_properties = d
        return registry_update

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
