from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="OIDCUserInfo")


@_attrs_define(repr=False)
class OIDCUserInfo:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): the ID of the OIDC info record
        user_id (int | Unset): the ID of the user
        subiss (str | Unset): the concatenation of sub and issuer in the ID token
        secret (str | Unset): the secret of the OIDC user that can be used for CLI to push/pull artifacts
        creation_time (datetime.datetime | Unset): The creation time of the OIDC user info record.
        update_time (datetime.datetime | Unset): The update time of the OIDC user info record.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    subiss: str | Unset = UNSET
    secret: str | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        subiss = self.subiss

        secret = self.secret

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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subiss is not UNSET:
            field_dict["subiss"] = subiss
        if secret is not UNSET:
            field_dict["secret"] = secret
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        subiss = d.pop("subiss", UNSET)

        secret = d.pop("secret", UNSET)

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

        oidc_user_info = cls.__new__(cls)
        oidc_user_info.id = id
        oidc_user_info.user_id = user_id
        oidc_user_info.subiss = subiss
        oidc_user_info.secret = secret
        oidc_user_info.creation_time = creation_time
        oidc_user_info.update_time = update_time

        oidc_user_info.additional_properties = d
        return oidc_user_info

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
