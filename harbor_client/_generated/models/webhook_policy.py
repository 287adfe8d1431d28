from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="WebhookPolicy")


@_attrs_define(repr=False)
class WebhookPolicy:
    """The webhook policy object

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The webhook policy ID.
        name (str | Unset): The name of webhook policy.
        description (str | Unset): The description of webhook policy.
        project_id (int | Unset): The project ID of webhook policy.
        targets (list[WebhookTargetObject] | Unset):
        event_types (list[str] | Unset):
        creator (str | Unset): The creator of the webhook policy.
        creation_time (datetime.datetime | Unset): The create time of the webhook policy.
        update_time (datetime.datetime | Unset): The update time of the webhook policy.
        enabled (bool | Unset): Whether the webhook policy is enabled or not.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    project_id: int | Unset = UNSET
    targets: list[WebhookTargetObject] | Unset | None = UNSET
    event_types: list[str] | Unset | None = UNSET
    creator: str | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        project_id = self.project_id

        targets: list[dict[str, Any]] | Unset = UNSET
        if self.targets is None:
            targets = None
        elif not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = (
                    targets_item_data.to_dict()
                    if targets_item_data is not None
                    else None
                )
                targets.append(targets_item)

        event_types: list[str] | Unset = UNSET
        if self.event_types is None:
            event_types = None
        elif not isinstance(self.event_types, Unset):
            event_types = self.event_types

        creator = self.creator

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

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if targets is not UNSET:
            field_dict["targets"] = targets
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if creator is not UNSET:
            field_dict["creator"] = creator
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        project_id = d.pop("project_id", UNSET)

        _targets = d.pop("targets", UNSET)
        targets: list[WebhookTargetObject] | Unset | None = UNSET
        if _targets is None:
            targets = None
        elif _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = WebhookTargetObject.from_dict(targets_item_data)

                targets.append(targets_item)

        event_types = d.pop("event_types", UNSET)

        creator = d.pop("creator", UNSET)

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

        enabled = d.pop("enabled", UNSET)

        webhook_policy = cls.__new__(cls)
        webhook_policy.id = id
        webhook_policy.name = name
        webhook_policy.description = description
        webhook_policy.project_id = project_id
        webhook_policy.targets = targets
        webhook_policy.event_types = event_types
        webhook_policy.creator = creator
        webhook_policy.creation_time = creation_time
        webhook_policy.update_time = update_time
        webhook_policy.enabled = enabled

        webhook_policy.additional_properties = d
        return webhook_policy

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
from ..models.webhook_target_object import WebhookTargetObject
