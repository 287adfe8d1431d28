from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="WebhookJob")


@_attrs_define(repr=False)
class WebhookJob:
    """The webhook job.

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The webhook job ID.
        policy_id (int | Unset): The webhook policy ID.
        event_type (str | Unset): The webhook job event type.
        notify_type (str | Unset): The webhook job notify type.
        status (str | Unset): The webhook job status.
        job_detail (str | Unset): The webhook job notify detailed data.
        creation_time (datetime.datetime | Unset): The webhook job creation time.
        update_time (datetime.datetime | Unset): The webhook job update time.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    policy_id: int | Unset = UNSET
    event_type: str | Unset = UNSET
    notify_type: str | Unset = UNSET
    status: str | Unset = UNSET
    job_detail: str | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        policy_id = self.policy_id

        event_type = self.event_type

        notify_type = self.notify_type

        status = self.status

        job_detail = self.job_detail

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
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if notify_type is not UNSET:
            field_dict["notify_type"] = notify_type
        if status is not UNSET:
            field_dict["status"] = status
        if job_detail is not UNSET:
            field_dict["job_detail"] = job_detail
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        policy_id = d.pop("policy_id", UNSET)

        event_type = d.pop("event_type", UNSET)

        notify_type = d.pop("notify_type", UNSET)

        status = d.pop("status", UNSET)

        job_detail = d.pop("job_detail", UNSET)

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

        webhook_job = cls.__new__(cls)
        webhook_job.id = id
        webhook_job.policy_id = policy_id
        webhook_job.event_type = event_type
        webhook_job.notify_type = notify_type
        webhook_job.status = status
        webhook_job.job_detail = job_detail
        webhook_job.creation_time = creation_time
        webhook_job.update_time = update_time

        webhook_job.additional_properties = d
        return webhook_job

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
