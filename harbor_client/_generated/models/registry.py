from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Registry")


@_attrs_define(repr=False)
class Registry:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The registry ID.
        url (str | Unset): The registry URL string.
        name (str | Unset): The registry name.
        credential (RegistryCredential | Unset):
        type_ (str | Unset): Type of the registry, e.g. 'harbor'.
        insecure (bool | Unset): Whether or not the certificate will be verified when Harbor tries to access the server.
        ca_certificate (None | str | Unset): The PEM-encoded CA certificate for this registry endpoint. If provided,
            this CA will be used to verify the registry's certificate instead of the system CA pool.
        description (str | Unset): Description of the registry.
        status (str | Unset): Health status of the registry.
        creation_time (datetime.datetime | Unset): The create time of the policy.
        update_time (datetime.datetime | Unset): The update time of the policy.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    credential: RegistryCredential | Unset | None = UNSET
    type_: str | Unset = UNSET
    insecure: bool | Unset = UNSET
    ca_certificate: None | str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        name = self.name

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = (
                self.credential.to_dict() if self.credential is not None else None
            )

        type_ = self.type_

        insecure = self.insecure

        ca_certificate: None | str | Unset
        if isinstance(self.ca_certificate, Unset):
            ca_certificate = UNSET
        else:
            ca_certificate = self.ca_certificate

        description = self.description

        status = self.status

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = (
                self.creation_time.isoformat()
                if self.creation_time is not None
                else None
            )

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = (
                self.update_time.isoformat() if self.update_time is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if credential is not UNSET:
            field_dict["credential"] = credential
        if type_ is not UNSET:
            field_dict["type"] = type_
        if insecure is not UNSET:
            field_dict["insecure"] = insecure
        if ca_certificate is not UNSET:
            field_dict["ca_certificate"] = ca_certificate
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        _credential = d.pop("credential", UNSET)
        credential: RegistryCredential | Unset | None
        if _credential is UNSET:
            credential = UNSET
        elif _credential is None:
            credential = None
        else:
            credential = RegistryCredential.from_dict(_credential)

        type_ = d.pop("type", UNSET)

        insecure = d.pop("insecure", UNSET)

        ca_certificate = d.pop("ca_certificate", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        _creation_time = d.pop("creation_time", UNSET)
        creation_time: datetime.datetime | Unset | None
        if _creation_time is UNSET:
            creation_time = UNSET
        elif _creation_time is None:
            creation_time = None
        else:
            creation_time = parse_datetime(_creation_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset | None
        if _update_time is UNSET:
            update_time = UNSET
        elif _update_time is None:
            update_time = None
        else:
            update_time = parse_datetime(_update_time)

        registry = cls.__new__(cls)
        registry.id = id
        registry.url = url
        registry.name = name
        registry.credential = credential
        registry.type_ = type_
        registry.insecure = insecure
        registry.ca_certificate = ca_certificate
        registry.description = description
        registry.status = status
        registry.creation_time = creation_time
        registry.update_time = update_time

        registry.additional_properties = d
        return registry

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
from ..models.registry_credential import RegistryCredential
