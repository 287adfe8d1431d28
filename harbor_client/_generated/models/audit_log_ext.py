from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="AuditLogExt")


@_attrs_define(repr=False)
class AuditLogExt:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the audit log entry.
        username (str | Unset): The username of the operator in this log entry.
        resource (str | Unset): Name of the resource in this log entry.
        resource_type (str | Unset): Type of the resource in this log entry.
        operation (str | Unset): The operation against the resource in this log entry.
        operation_description (str | Unset): The operation's detail description
        operation_result (bool | Unset): the operation's result, true for success, false for fail
        op_time (datetime.datetime | Unset): The time when this operation is triggered. Example: 2006-01-02T15:04:05Z.
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    resource: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    operation: str | Unset = UNSET
    operation_description: str | Unset = UNSET
    operation_result: bool | Unset = UNSET
    op_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        resource = self.resource

        resource_type = self.resource_type

        operation = self.operation

        operation_description = self.operation_description

        operation_result = self.operation_result

        op_time: str | Unset = UNSET
        if not isinstance(self.op_time, Unset):
            op_time = self.op_time.isoformat() if self.op_time is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if resource is not UNSET:
            field_dict["resource"] = resource
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if operation is not UNSET:
            field_dict["operation"] = operation
        if operation_description is not UNSET:
            field_dict["operation_description"] = operation_description
        if operation_result is not UNSET:
            field_dict["operation_result"] = operation_result
        if op_time is not UNSET:
            field_dict["op_time"] = op_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        resource = d.pop("resource", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        operation = d.pop("operation", UNSET)

        operation_description = d.pop("operation_description", UNSET)

        operation_result = d.pop("operation_result", UNSET)

        _op_time = d.pop("op_time", UNSET)
        op_time: datetime.datetime | Unset | None
        if _op_time is UNSET:
            op_time = UNSET
        elif _op_time is None:
            op_time = None
        else:
            op_time = parse_datetime(_op_time)

        audit_log_ext = cls.__new__(cls)
        audit_log_ext.id = id
        audit_log_ext.username = username
        audit_log_ext.resource = resource
        audit_log_ext.resource_type = resource_type
        audit_log_ext.operation = operation
        audit_log_ext.operation_description = operation_description
        audit_log_ext.operation_result = operation_result
        audit_log_ext.op_time = op_time

        audit_log_ext.additional_properties = d
        return audit_log_ext

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
