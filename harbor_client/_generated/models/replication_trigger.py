from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ReplicationTrigger")


@_attrs_define(repr=False)
class ReplicationTrigger:
    """
    Attributes:
        type_ (str | Unset): The replication policy trigger type. The valid values are manual, event_based and
            scheduled.
        trigger_settings (ReplicationTriggerSettings | Unset):
    """

    __repr__ = model_repr

    type_: str | Unset = UNSET
    trigger_settings: ReplicationTriggerSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        trigger_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_settings, Unset):
            trigger_settings = (
                self.trigger_settings.to_dict()
                if self.trigger_settings is not None
                else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger_settings is not UNSET:
            field_dict["trigger_settings"] = trigger_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _trigger_settings = d.pop("trigger_settings", UNSET)
        trigger_settings: ReplicationTriggerSettings | Unset | None
        if _trigger_settings is UNSET:
            trigger_settings = UNSET
        elif _trigger_settings is None:
            trigger_settings = None
        else:
            trigger_settings = ReplicationTriggerSettings.from_dict(_trigger_settings)

        replication_trigger = cls.__new__(cls)
        replication_trigger.type_ = type_
        replication_trigger.trigger_settings = trigger_settings

        replication_trigger.additional_properties = d
        return replication_trigger

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
from ..models.replication_trigger_settings import ReplicationTriggerSettings
