from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Task")


@_attrs_define(repr=False)
class Task:
    """
    Attributes:
        id (int | Unset): The ID of task
        execution_id (int | Unset): The ID of task execution
        status (str | Unset): The status of task
        status_message (str | Unset): The status message of task
        run_count (int | Unset): The count of task run
        extra_attrs (ExtraAttrs | Unset):
        creation_time (str | Unset): The creation time of task
        update_time (str | Unset): The update time of task
        start_time (str | Unset): The start time of task
        end_time (str | Unset): The end time of task
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    execution_id: int | Unset = UNSET
    status: str | Unset = UNSET
    status_message: str | Unset = UNSET
    run_count: int | Unset = UNSET
    extra_attrs: ExtraAttrs | Unset | None = UNSET
    creation_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        execution_id = self.execution_id

        status = self.status

        status_message = self.status_message

        run_count = self.run_count

        extra_attrs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_attrs, Unset):
            extra_attrs = (
                self.extra_attrs.to_dict() if self.extra_attrs is not None else None
            )

        creation_time = self.creation_time

        update_time = self.update_time

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if extra_attrs is not UNSET:
            field_dict["extra_attrs"] = extra_attrs
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        status = d.pop("status", UNSET)

        status_message = d.pop("status_message", UNSET)

        run_count = d.pop("run_count", UNSET)

        _extra_attrs = d.pop("extra_attrs", UNSET)
        extra_attrs: ExtraAttrs | Unset | None
        if _extra_attrs is UNSET:
            extra_attrs = UNSET
        elif _extra_attrs is None:
            extra_attrs = None
        else:
            extra_attrs = ExtraAttrs.from_dict(_extra_attrs)

        creation_time = d.pop("creation_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        task = cls.__new__(cls)
        task.id = id
        task.execution_id = execution_id
        task.status = status
        task.status_message = status_message
        task.run_count = run_count
        task.extra_attrs = extra_attrs
        task.creation_time = creation_time
        task.update_time = update_time
        task.start_time = start_time
        task.end_time = end_time

        task.additional_properties = d
        return task

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
from ..models.extra_attrs import ExtraAttrs
