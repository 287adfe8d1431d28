from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RobotPermission")


@_attrs_define(repr=False)
class RobotPermission:
    """
    Attributes:
        kind (str | Unset): The kind of the permission
        namespace (str | Unset): The namespace of the permission
        access (list[Access] | Unset):
    """

    __repr__ = model_repr

    kind: str | Unset = UNSET
    namespace: str | Unset = UNSET
    access: list[Access] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        namespace = self.namespace

        access: list[dict[str, Any]] | Unset = UNSET
        if self.access is None:
            access = None
        elif not isinstance(self.access, Unset):
            access = []
            for access_item_data in self.access:
                access_item = (
                    access_item_data.to_dict() if access_item_data is not None else None
                )
                access.append(access_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        namespace = d.pop("namespace", UNSET)

        _access = d.pop("access", UNSET)
        access: list[Access] | Unset | None = UNSET
        if _access is None:
            access = None
        elif _access is not UNSET:
            access = []
            for access_item_data in _access:
                access_item = Access.from_dict(access_item_data)

                access.append(access_item)

        robot_permission = cls.__new__(cls)
        robot_permission.kind = kind
        robot_permission.namespace = namespace
        robot_permission.access = access

        robot_permission.additional_properties = d
        return robot_permission

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
from ..models.access import Access
