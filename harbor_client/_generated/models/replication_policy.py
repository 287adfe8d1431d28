from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="ReplicationPolicy")


@_attrs_define(repr=False)
class ReplicationPolicy:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The policy ID.
        name (str | Unset): The policy name.
        description (str | Unset): The description of the policy.
        src_registry (Registry | Unset):
        dest_registry (Registry | Unset):
        dest_namespace (str | Unset): The destination namespace.
        dest_namespace_replace_count (int | None | Unset): Specify how many path components will be replaced by the
            provided destination namespace.
            The default value is -1 in which case the legacy mode will be applied.
        trigger (ReplicationTrigger | Unset):
        filters (list[ReplicationFilter] | Unset): The replication policy filter array.
        replicate_deletion (bool | Unset): Whether to replicate the deletion operation.
        deletion (bool | Unset): Deprecated, use "replicate_deletion" instead. Whether to replicate the deletion
            operation.
        override (bool | Unset): Whether to override the resources on the destination registry.
        enabled (bool | Unset): Whether the policy is enabled or not.
        creation_time (datetime.datetime | Unset): The create time of the policy.
        update_time (datetime.datetime | Unset): The update time of the policy.
        speed (int | None | Unset): speed limit for each task
        copy_by_chunk (bool | None | Unset): Whether to enable copy by chunk.
        single_active_replication (bool | None | Unset): Whether to skip execution until the previous active execution
            finishes,
            avoiding the execution of the same replication rules multiple times in parallel.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    src_registry: Registry | Unset | None = UNSET
    dest_registry: Registry | Unset | None = UNSET
    dest_namespace: str | Unset = UNSET
    dest_namespace_replace_count: int | None | Unset = UNSET
    trigger: ReplicationTrigger | Unset | None = UNSET
    filters: list[ReplicationFilter] | Unset | None = UNSET
    replicate_deletion: bool | Unset = UNSET
    deletion: bool | Unset = UNSET
    override: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    speed: int | None | Unset = UNSET
    copy_by_chunk: bool | None | Unset = UNSET
    single_active_replication: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        src_registry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.src_registry, Unset):
            src_registry = (
                self.src_registry.to_dict() if self.src_registry is not None else None
            )

        dest_registry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dest_registry, Unset):
            dest_registry = (
                self.dest_registry.to_dict() if self.dest_registry is not None else None
            )

        dest_namespace = self.dest_namespace

        dest_namespace_replace_count: int | None | Unset
        if isinstance(self.dest_namespace_replace_count, Unset):
            dest_namespace_replace_count = UNSET
        else:
            dest_namespace_replace_count = self.dest_namespace_replace_count

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict() if self.trigger is not None else None

        filters: list[dict[str, Any]] | Unset = UNSET
        if self.filters is None:
            filters = None
        elif not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = (
                    filters_item_data.to_dict()
                    if filters_item_data is not None
                    else None
                )
                filters.append(filters_item)

        replicate_deletion = self.replicate_deletion

        deletion = self.deletion

        override = self.override

        enabled = self.enabled

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

        speed: int | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        copy_by_chunk: bool | None | Unset
        if isinstance(self.copy_by_chunk, Unset):
            copy_by_chunk = UNSET
        else:
            copy_by_chunk = self.copy_by_chunk

        single_active_replication: bool | None | Unset
        if isinstance(self.single_active_replication, Unset):
            single_active_replication = UNSET
        else:
            single_active_replication = self.single_active_replication

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if src_registry is not UNSET:
            field_dict["src_registry"] = src_registry
        if dest_registry is not UNSET:
            field_dict["dest_registry"] = dest_registry
        if dest_namespace is not UNSET:
            field_dict["dest_namespace"] = dest_namespace
        if dest_namespace_replace_count is not UNSET:
            field_dict["dest_namespace_replace_count"] = dest_namespace_replace_count
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if filters is not UNSET:
            field_dict["filters"] = filters
        if replicate_deletion is not UNSET:
            field_dict["replicate_deletion"] = replicate_deletion
        if deletion is not UNSET:
            field_dict["deletion"] = deletion
        if override is not UNSET:
            field_dict["override"] = override
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if speed is not UNSET:
            field_dict["speed"] = speed
        if copy_by_chunk is not UNSET:
            field_dict["copy_by_chunk"] = copy_by_chunk
        if single_active_replication is not UNSET:
            field_dict["single_active_replication"] = single_active_replication

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _src_registry = d.pop("src_registry", UNSET)
        src_registry: Registry | Unset | None
        if _src_registry is UNSET:
            src_registry = UNSET
        elif _src_registry is None:
            src_registry = None
        else:
            src_registry = Registry.from_dict(_src_registry)

        _dest_registry = d.pop("dest_registry", UNSET)
        dest_registry: Registry | Unset | None
        if _dest_registry is UNSET:
            dest_registry = UNSET
        elif _dest_registry is None:
            dest_registry = None
        else:
            dest_registry = Registry.from_dict(_dest_registry)

        dest_namespace = d.pop("dest_namespace", UNSET)

        dest_namespace_replace_count = d.pop("dest_namespace_replace_count", UNSET)

        _trigger = d.pop("trigger", UNSET)
        trigger: ReplicationTrigger | Unset | None
        if _trigger is UNSET:
            trigger = UNSET
        elif _trigger is None:
            trigger = None
        else:
            trigger = ReplicationTrigger.from_dict(_trigger)

        _filters = d.pop("filters", UNSET)
        filters: list[ReplicationFilter] | Unset | None = UNSET
        if _filters is None:
            filters = None
        elif _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = ReplicationFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        replicate_deletion = d.pop("replicate_deletion", UNSET)

        deletion = d.pop("deletion", UNSET)

        override = d.pop("override", UNSET)

        enabled = d.pop("enabled", UNSET)

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

        speed = d.pop("speed", UNSET)

        copy_by_chunk = d.pop("copy_by_chunk", UNSET)

        single_active_replication = d.pop("single_active_replication", UNSET)

        replication_policy = cls.__new__(cls)
        replication_policy.id = id
        replication_policy.name = name
        replication_policy.description = description
        replication_policy.src_registry = src_registry
        replication_policy.dest_registry = dest_registry
        replication_policy.dest_namespace = dest_namespace
        replication_policy.dest_namespace_replace_count = dest_namespace_replace_count
        replication_policy.trigger = trigger
        replication_policy.filters = filters
        replication_policy.replicate_deletion = replicate_deletion
        replication_policy.deletion = deletion
        replication_policy.override = override
        replication_policy.enabled = enabled
        replication_policy.creation_time = creation_time
        replication_policy.update_time = update_time
        replication_policy.speed = speed
        replication_policy.copy_by_chunk = copy_by_chunk
        replication_policy.single_active_replication = single_active_replication

        replication_policy.additional_properties = d
        return replication_policy

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
from ..models.registry import Registry
from ..models.replication_filter import ReplicationFilter
from ..models.replication_trigger import ReplicationTrigger
