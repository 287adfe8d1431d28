from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="WorkerPool")


@_attrs_define(repr=False)
class WorkerPool:
    """the worker pool of job service

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        pid (int | Unset): the process id of jobservice
        worker_pool_id (str | Unset): the id of the worker pool
        start_at (datetime.datetime | Unset): The start time of the work pool
        heartbeat_at (datetime.datetime | Unset): The heartbeat time of the work pool
        concurrency (int | Unset): The concurrency of the work pool
        host (str | Unset): The host of the work pool
    """

    __repr__ = model_repr

    pid: int | Unset = UNSET
    worker_pool_id: str | Unset = UNSET
    start_at: datetime.datetime | Unset | None = UNSET
    heartbeat_at: datetime.datetime | Unset | None = UNSET
    concurrency: int | Unset = UNSET
    host: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pid = self.pid

        worker_pool_id = self.worker_pool_id

        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat() if self.start_at is not None else None

        heartbeat_at: str | Unset = UNSET
        if not isinstance(self.heartbeat_at, Unset):
            heartbeat_at = (
                self.heartbeat_at.isoformat() if self.heartbeat_at is not None else None
            )

        concurrency = self.concurrency

        host = self.host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pid is not UNSET:
            field_dict["pid"] = pid
        if worker_pool_id is not UNSET:
            field_dict["worker_pool_id"] = worker_pool_id
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if heartbeat_at is not UNSET:
            field_dict["heartbeat_at"] = heartbeat_at
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if host is not UNSET:
            field_dict["host"] = host

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pid = d.pop("pid", UNSET)

        worker_pool_id = d.pop("worker_pool_id", UNSET)

        _start_at = d.pop("start_at", UNSET)
        start_at: datetime.datetime | Unset | None
        if _start_at is UNSET:
            start_at = UNSET
        elif _start_at is None:
            start_at = None
        else:
            start_at = parse_datetime(_start_at)

        _heartbeat_at = d.pop("heartbeat_at", UNSET)
        heartbeat_at: datetime.datetime | Unset | None
        if _heartbeat_at is UNSET:
            heartbeat_at = UNSET
        elif _heartbeat_at is None:
            heartbeat_at = None
        else:
            heartbeat_at = parse_datetime(_heartbeat_at)

        concurrency = d.pop("concurrency", UNSET)

        host = d.pop("host", UNSET)

        worker_pool = cls.__new__(cls)
        worker_pool.pid = pid
        worker_pool.worker_pool_id = worker_pool_id
        worker_pool.start_at = start_at
        worker_pool.heartbeat_at = heartbeat_at
        worker_pool.concurrency = concurrency
        worker_pool.host = host

        worker_pool.additional_properties = d
        return worker_pool

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
