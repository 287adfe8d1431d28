from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Execution")


@_attrs_define(repr=False)
class Execution:
    """
    Attributes:
        id (int | Unset): The ID of execution
        vendor_type (str | Unset): The vendor type of execution
        vendor_id (int | Unset): The vendor id of execution
        status (str | Unset): The status of execution
        status_message (str | Unset): The status message of execution
        metrics (Metrics | Unset):
        trigger (str | Unset): The trigger of execution
        extra_attrs (ExtraAttrs | Unset):
        start_time (str | Unset): The start time of execution
        end_time (str | Unset): The end time of execution
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    vendor_type: str | Unset = UNSET
    vendor_id: int | Unset = UNSET
    status: str | Unset = UNSET
    status_message: str | Unset = UNSET
    metrics: Metrics | Unset | None = UNSET
    trigger: str | Unset = UNSET
    extra_attrs: ExtraAttrs | Unset | None = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_type = self.vendor_type

        vendor_id = self.vendor_id

        status = self.status

        status_message = self.status_message

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict() if self.metrics is not None else None

        trigger = self.trigger

        extra_attrs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_attrs, Unset):
            extra_attrs = (
                self.extra_attrs.to_dict() if self.extra_attrs is not None else None
            )

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if vendor_type is not UNSET:
            field_dict["vendor_type"] = vendor_type
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if extra_attrs is not UNSET:
            field_dict["extra_attrs"] = extra_attrs
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        vendor_type = d.pop("vendor_type", UNSET)

        vendor_id = d.pop("vendor_id", UNSET)

        status = d.pop("status", UNSET)

        status_message = d.pop("status_message", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: Metrics | Unset | None
        if _metrics is UNSET:
            metrics = UNSET
        elif _metrics is None:
            metrics = None
        else:
            metrics = Metrics.from_dict(_metrics)

        trigger = d.pop("trigger", UNSET)

        _extra_attrs = d.pop("extra_attrs", UNSET)
        extra_attrs: ExtraAttrs | Unset | None
        if _extra_attrs is UNSET:
            extra_attrs = UNSET
        elif _extra_attrs is None:
            extra_attrs = None
        else:
            extra_attrs = ExtraAttrs.from_dict(_extra_attrs)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        execution = cls.__new__(cls)
        execution.id = id
        execution.vendor_type = vendor_type
        execution.vendor_id = vendor_id
        execution.status = status
        execution.status_message = status_message
        execution.metrics = metrics
        execution.trigger = trigger
        execution.extra_attrs = extra_attrs
        execution.start_time = start_time
        execution.end_time = end_time

        execution.additional_properties = d
        return execution

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
from ..models.metrics import Metrics
