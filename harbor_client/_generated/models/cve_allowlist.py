from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="CVEAllowlist")


@_attrs_define(repr=False)
class CVEAllowlist:
    """The CVE Allowlist for system or project

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): ID of the allowlist
        project_id (int | Unset): ID of the project which the allowlist belongs to.  For system level allowlist this
            attribute is zero.
        expires_at (int | None | Unset): the time for expiration of the allowlist, in the form of seconds since epoch.
            This is an optional attribute, if it's not set the CVE allowlist does not expire.
        items (list[CVEAllowlistItem] | Unset):
        creation_time (datetime.datetime | Unset): The creation time of the allowlist.
        update_time (datetime.datetime | Unset): The update time of the allowlist.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    items: list[CVEAllowlistItem] | Unset | None = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        items: list[dict[str, Any]] | Unset = UNSET
        if self.items is None:
            items = None
        elif not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = (
                    items_item_data.to_dict() if items_item_data is not None else None
                )
                items.append(items_item)

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
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if items is not UNSET:
            field_dict["items"] = items
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        project_id = d.pop("project_id", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _items = d.pop("items", UNSET)
        items: list[CVEAllowlistItem] | Unset | None = UNSET
        if _items is None:
            items = None
        elif _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CVEAllowlistItem.from_dict(items_item_data)

                items.append(items_item)

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

        cve_allowlist = cls.__new__(cls)
        cve_allowlist.id = id
        cve_allowlist.project_id = project_id
        cve_allowlist.expires_at = expires_at
        cve_allowlist.items = items
        cve_allowlist.creation_time = creation_time
        cve_allowlist.update_time = update_time

        cve_allowlist.additional_properties = d
        return cve_allowlist

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
from ..models.cve_allowlist_item import CVEAllowlistItem
