from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RetentionExecutionTask")


@_attrs_define(repr=False)
class RetentionExecutionTask:
    """
    Attributes:
        id (int | Unset):
        execution_id (int | Unset):
        repository (str | Unset):
        job_id (str | Unset):
        status (str | Unset):
        status_code (int | Unset):
        status_revision (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        total (int | Unset):
        retained (int | Unset):
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    execution_id: int | Unset = UNSET
    repository: str | Unset = UNSET
    job_id: str | Unset = UNSET
    status: str | Unset = UNSET
    status_code: int | Unset = UNSET
    status_revision: int | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    total: int | Unset = UNSET
    retained: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        execution_id = self.execution_id

        repository = self.repository

        job_id = self.job_id

        status = self.status

        status_code = self.status_code

        status_revision = self.status_revision

        start_time = self.start_time

        end_time = self.end_time

        total = self.total

        retained = self.retained

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if repository is not UNSET:
            field_dict["repository"] = repository
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_revision is not UNSET:
            field_dict["status_revision"] = status_revision
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if total is not UNSET:
            field_dict["total"] = total
        if retained is not UNSET:
            field_dict["retained"] = retained

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        repository = d.pop("repository", UNSET)

        job_id = d.pop("job_id", UNSET)

        status = d.pop("status", UNSET)

        status_code = d.pop("status_code", UNSET)

        status_revision = d.pop("status_revision", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        total = d.pop("total", UNSET)

        retained = d.pop("retained", UNSET)

        retention_execution_task = cls.__new__(cls)
        retention_execution_task.id = id
        retention_execution_task.execution_id = execution_id
        retention_execution_task.repository = repository
        retention_execution_task.job_id = job_id
        retention_execution_task.status = status
        retention_execution_task.status_code = status_code
        retention_execution_task.status_revision = status_revision
        retention_execution_task.start_time = start_time
        retention_execution_task.end_time = end_time
        retention_execution_task.total = total
        retention_execution_task.retained = retained

        retention_execution_task.additional_properties = d
        return retention_execution_task

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
