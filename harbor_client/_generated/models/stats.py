from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stats_trigger import StatsTrigger
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Stats")


@_attrs_define(repr=False)
class Stats:
    """Stats provides the overall progress of the scan all process.

    Attributes:
        total (int | Unset): The total number of scan processes triggered by the scan all action Example: 100.
        completed (int | Unset): The number of the finished scan processes triggered by the scan all action Example: 90.
        metrics (StatsMetrics | Unset): The metrics data for the each status Example: {'Success': 5, 'Error': 2,
            'Running': 3}.
        ongoing (bool | Unset): A flag indicating job status of scan all.
        trigger (StatsTrigger | Unset): The trigger of the scan all job.
    """

    __repr__ = model_repr

    total: int | Unset = UNSET
    completed: int | Unset = UNSET
    metrics: StatsMetrics | Unset | None = UNSET
    ongoing: bool | Unset = UNSET
    trigger: StatsTrigger | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        completed = self.completed

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict() if self.metrics is not None else None

        ongoing = self.ongoing

        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.value if self.trigger is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if completed is not UNSET:
            field_dict["completed"] = completed
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if ongoing is not UNSET:
            field_dict["ongoing"] = ongoing
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        completed = d.pop("completed", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: StatsMetrics | Unset | None
        if _metrics is UNSET:
            metrics = UNSET
        elif _metrics is None:
            metrics = None
        else:
            metrics = StatsMetrics.from_dict(_metrics)

        ongoing = d.pop("ongoing", UNSET)

        _trigger = d.pop("trigger", UNSET)
        trigger: StatsTrigger | Unset | None
        if _trigger is UNSET:
            trigger = UNSET
        elif _trigger is None:
            trigger = None
        else:
            trigger = StatsTrigger(_trigger)

        stats = cls.__new__(cls)
        stats.total = total
        stats.completed = completed
        stats.metrics = metrics
        stats.ongoing = ongoing
        stats.trigger = trigger

        stats.additional_properties = d
        return stats

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
from ..models.stats_metrics import StatsMetrics
