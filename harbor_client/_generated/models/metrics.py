from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Metrics")


@_attrs_define(repr=False)
class Metrics:
    """
    Attributes:
        task_count (int | Unset): The count of task
        success_task_count (int | Unset): The count of success task
        error_task_count (int | Unset): The count of error task
        pending_task_count (int | Unset): The count of pending task
        running_task_count (int | Unset): The count of running task
        scheduled_task_count (int | Unset): The count of scheduled task
        stopped_task_count (int | Unset): The count of stopped task
    """

    __repr__ = model_repr

    task_count: int | Unset = UNSET
    success_task_count: int | Unset = UNSET
    error_task_count: int | Unset = UNSET
    pending_task_count: int | Unset = UNSET
    running_task_count: int | Unset = UNSET
    scheduled_task_count: int | Unset = UNSET
    stopped_task_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_count = self.task_count

        success_task_count = self.success_task_count

        error_task_count = self.error_task_count

        pending_task_count = self.pending_task_count

        running_task_count = self.running_task_count

        scheduled_task_count = self.scheduled_task_count

        stopped_task_count = self.stopped_task_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_count is not UNSET:
            field_dict["task_count"] = task_count
        if success_task_count is not UNSET:
            field_dict["success_task_count"] = success_task_count
        if error_task_count is not UNSET:
            field_dict["error_task_count"] = error_task_count
        if pending_task_count is not UNSET:
            field_dict["pending_task_count"] = pending_task_count
        if running_task_count is not UNSET:
            field_dict["running_task_count"] = running_task_count
        if scheduled_task_count is not UNSET:
            field_dict["scheduled_task_count"] = scheduled_task_count
        if stopped_task_count is not UNSET:
            field_dict["stopped_task_count"] = stopped_task_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_count = d.pop("task_count", UNSET)

        success_task_count = d.pop("success_task_count", UNSET)

        error_task_count = d.pop("error_task_count", UNSET)

        pending_task_count = d.pop("pending_task_count", UNSET)

        running_task_count = d.pop("running_task_count", UNSET)

        scheduled_task_count = d.pop("scheduled_task_count", UNSET)

        stopped_task_count = d.pop("stopped_task_count", UNSET)

        metrics = cls.__new__(cls)
        metrics.task_count = task_count
        metrics.success_task_count = success_task_count
        metrics.error_task_count = error_task_count
        metrics.pending_task_count = pending_task_count
        metrics.running_task_count = running_task_count
        metrics.scheduled_task_count = scheduled_task_count
        metrics.stopped_task_count = stopped_task_count

        metrics.additional_properties = d
        return metrics

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
