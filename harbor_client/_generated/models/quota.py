from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Quota")


@_attrs_define(repr=False)
class Quota:
    """The quota object

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): ID of the quota
        ref (QuotaRefObject | Unset):
        hard (ResourceList | Unset):
        used (ResourceList | Unset):
        creation_time (datetime.datetime | Unset): the creation time of the quota
        update_time (datetime.datetime | Unset): the update time of the quota
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    ref: QuotaRefObject | Unset | None = UNSET
    hard: ResourceList | Unset | None = UNSET
    used: ResourceList | Unset | None = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref, Unset):
            ref = self.ref.to_dict() if self.ref is not None else None

        hard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard, Unset):
            hard = self.hard.to_dict() if self.hard is not None else None

        used: dict[str, Any] | Unset = UNSET
        if not isinstance(self.used, Unset):
            used = self.used.to_dict() if self.used is not None else None

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
        if ref is not UNSET:
            field_dict["ref"] = ref
        if hard is not UNSET:
            field_dict["hard"] = hard
        if used is not UNSET:
            field_dict["used"] = used
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _ref = d.pop("ref", UNSET)
        ref: QuotaRefObject | Unset | None
        if _ref is UNSET:
            ref = UNSET
        elif _ref is None:
            ref = None
        else:
            ref = QuotaRefObject.from_dict(_ref)

        _hard = d.pop("hard", UNSET)
        hard: ResourceList | Unset | None
        if _hard is UNSET:
            hard = UNSET
        elif _hard is None:
            hard = None
        else:
            hard = ResourceList.from_dict(_hard)

        _used = d.pop("used", UNSET)
        used: ResourceList | Unset | None
        if _used is UNSET:
            used = UNSET
        elif _used is None:
            used = None
        else:
            used = ResourceList.from_dict(_used)

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

        quota = cls.__new__(cls)
        quota.id = id
        quota.ref = ref
        quota.hard = hard
        quota.used = used
        quota.creation_time = creation_time
        quota.update_time = update_time

        quota.additional_properties = d
        return quota

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
from ..models.quota_ref_object import QuotaRefObject
from ..models.resource_list import ResourceList
