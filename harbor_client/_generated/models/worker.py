from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Worker")


@_attrs_define(repr=False)
class Worker:
    """worker in the pool

    Attributes:
        id (str | Unset): the id of the worker
        pool_id (str | Unset): the id of the worker pool
        job_name (str | Unset): the name of the running job in the worker
        job_id (str | Unset): the id of the running job in the worker
        start_at (datetime.datetime | None | Unset): The start time of the worker
        check_in (str | Unset): the checkin of the running job in the worker
        checkin_at (datetime.datetime | None | Unset): The checkin time of the worker
    """

    __repr__ = model_repr

    id: str | Unset = UNSET
    pool_id: str | Unset = UNSET
    job_name: str | Unset = UNSET
    job_id: str | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    check_in: str | Unset = UNSET
    checkin_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pool_id = self.pool_id

        job_name = self.job_name

        job_id = self.job_id

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat() if self.start_at is not None else None
        else:
            start_at = self.start_at

        check_in = self.check_in

        checkin_at: None | str | Unset
        if isinstance(self.checkin_at, Unset):
            checkin_at = UNSET
        elif isinstance(self.checkin_at, datetime.datetime):
            checkin_at = (
                self.checkin_at.isoformat() if self.checkin_at is not None else None
            )
        else:
            checkin_at = self.checkin_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if check_in is not UNSET:
            field_dict["check_in"] = check_in
        if checkin_at is not UNSET:
            field_dict["checkin_at"] = checkin_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        pool_id = d.pop("pool_id", UNSET)

        job_name = d.pop("job_name", UNSET)

        job_id = d.pop("job_id", UNSET)

        def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = parse_datetime(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        check_in = d.pop("check_in", UNSET)

        def _parse_checkin_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checkin_at_type_0 = parse_datetime(data)

                return checkin_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        checkin_at = _parse_checkin_at(d.pop("checkin_at", UNSET))

        worker = cls.__new__(cls)
        worker.id = id
        worker.pool_id = pool_id
        worker.job_name = job_name
        worker.job_id = job_id
        worker.start_at = start_at
        worker.check_in = check_in
        worker.checkin_at = checkin_at

        worker.additional_properties = d
        return worker

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
