from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionExecution")


@_attrs_define(repr=False)
class RetentionExecution:
    """
    Attributes:
        id (int | Unset):
        policy_id (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        status (str | Unset):
        trigger (str | Unset):
        dry_run (bool | Unset):
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    policy_id: int | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    status: str | Unset = UNSET
    trigger: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        policy_id = self.policy_id

        start_time = self.start_time

        end_time = self.end_time

        status = self.status

        trigger = self.trigger

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        policy_id = d.pop("policy_id", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        status = d.pop("status", UNSET)

        trigger = d.pop("trigger", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        retention_execution = cls.__new__(cls)
        retention_execution.id = id
        retention_execution.policy_id = policy_id
        retention_execution.start_time = start_time
        retention_execution.end_time = end_time
        retention_execution.status = status
        retention_execution.trigger = trigger
        retention_execution.dry_run = dry_run

        retention_execution.additional_properties = d
        return retention_execution

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
