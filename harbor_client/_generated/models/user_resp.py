from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="UserResp")


@_attrs_define(repr=False)
class UserResp:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        email (str | Unset):
        realname (str | Unset):
        comment (str | Unset):
        user_id (int | Unset):
        username (str | Unset):
        sysadmin_flag (bool | Unset):
        admin_role_in_auth (bool | Unset): indicate the admin privilege is grant by authenticator (LDAP), is always
            false unless it is the current login user
        oidc_user_meta (OIDCUserInfo | Unset):
        creation_time (datetime.datetime | Unset): The creation time of the user.
        update_time (datetime.datetime | Unset): The update time of the user.
    """

    __repr__ = model_repr

    email: str | Unset = UNSET
    realname: str | Unset = UNSET
    comment: str | Unset = UNSET
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    sysadmin_flag: bool | Unset = UNSET
    admin_role_in_auth: bool | Unset = UNSET
    oidc_user_meta: OIDCUserInfo | Unset | None = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        realname = self.realname

        comment = self.comment

        user_id = self.user_id

        username = self.username

        sysadmin_flag = self.sysadmin_flag

        admin_role_in_auth = self.admin_role_in_auth

        oidc_user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_user_meta, Unset):
            oidc_user_meta = (
                self.oidc_user_meta.to_dict()
                if self.oidc_user_meta is not None
                else None
            )

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
        if email is not UNSET:
            field_dict["email"] = email
        if realname is not UNSET:
            field_dict["realname"] = realname
        if comment is not UNSET:
            field_dict["comment"] = comment
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if sysadmin_flag is not UNSET:
            field_dict["sysadmin_flag"] = sysadmin_flag
        if admin_role_in_auth is not UNSET:
            field_dict["admin_role_in_auth"] = admin_role_in_auth
        if oidc_user_meta is not UNSET:
            field_dict["oidc_user_meta"] = oidc_user_meta
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        realname = d.pop("realname", UNSET)

        comment = d.pop("comment", UNSET)

        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        sysadmin_flag = d.pop("sysadmin_flag", UNSET)

        admin_role_in_auth = d.pop("admin_role_in_auth", UNSET)

        _oidc_user_meta = d.pop("oidc_user_meta", UNSET)
        oidc_user_meta: OIDCUserInfo | Unset | None
        if _oidc_user_meta is UNSET:
            oidc_user_meta = UNSET
        elif _oidc_user_meta is None:
            oidc_user_meta = None
        else:
            oidc_user_meta = OIDCUserInfo.from_dict(_oidc_user_meta)

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

        user_resp = cls.__new__(cls)
        user_resp.email = email
        user_resp.realname = realname
        user_resp.comment = comment
        user_resp.user_id = user_id
        user_resp.username = username
        user_resp.sysadmin_flag = sysadmin_flag
        user_resp.admin_role_in_auth = admin_role_in_auth
        user_resp.oidc_user_meta = oidc_user_meta
        user_resp.creation_time = creation_time
        user_resp.update_time = update_time

        user_resp.additional_properties = d
        return user_resp

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
from ..models.oidc_user_info import OIDCUserInfo
