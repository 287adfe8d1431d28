from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RegistryCredential")


@_attrs_define(repr=False)
class RegistryCredential:
    """
    Attributes:
        type_ (str | Unset): Credential type, such as 'basic', 'oauth'.
        access_key (str | Unset): Access key, e.g. user name when credential type is 'basic'.
        access_secret (str | Unset): Access secret, e.g. password when credential type is 'basic'.
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    access_key: str | Unset = UNSET
    access_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        access_key = self.access_key

        access_secret = self.access_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if access_secret is not UNSET:
            field_dict["access_secret"] = access_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        access_key = d.pop("access_key", UNSET)

        access_secret = d.pop("access_secret", UNSET)

        registry_credential = cls.__new__(cls)
        registry_credential.type_ = type_
        registry_credential.access_key = access_key
        registry_credential.access_secret = access_secret

        registry_credential.additional_properties = d
        return registry_credential

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
