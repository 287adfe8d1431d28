from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="JobQueue")


@_attrs_define(repr=False)
class JobQueue:
    """the job queue info

    Attributes:
        job_type (str | Unset): The type of the job queue
        count (int | Unset): The count of jobs in the job queue
        latency (int | Unset): The latency the job queue (seconds)
        paused (bool | Unset): The paused status of the job queue
    """

    __repr__ = model_repr

    job_type: str | Unset = UNSET
    count: int | Unset = UNSET
    latency: int | Unset = UNSET
    paused: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_type = self.job_type

        count = self.count

        latency = self.latency

        paused = self.paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if count is not UNSET:
            field_dict["count"] = count
        if latency is not UNSET:
            field_dict["latency"] = latency
        if paused is not UNSET:
            field_dict["paused"] = paused

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_type = d.pop("job_type", UNSET)

        count = d.pop("count", UNSET)

        latency = d.pop("latency", UNSET)

        paused = d.pop("paused", UNSET)

        job_queue = cls.__new__(cls)
        job_queue.job_type = job_type
        job_queue.count = count
        job_queue.latency = latency
        job_queue.paused = paused

        job_queue.additional_properties = d
        return job_queue

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
