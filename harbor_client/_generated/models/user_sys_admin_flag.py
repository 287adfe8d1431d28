from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UserSysAdminFlag")


@_attrs_define(repr=False)
class UserSysAdminFlag:
    """
    Attributes:
        sysadmin_flag (bool | Unset): true-admin, false-not admin.
    """

    __repr__ = model_repr

    sysadmin_flag: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sysadmin_flag = self.sysadmin_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sysadmin_flag is not UNSET:
            field_dict["sysadmin_flag"] = sysadmin_flag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sysadmin_flag = d.pop("sysadmin_flag", UNSET)

        user_sys_admin_flag = cls.__new__(cls)
        user_sys_admin_flag.sysadmin_flag = sysadmin_flag

        user_sys_admin_flag.additional_properties = d
        return user_sys_admin_flag

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
