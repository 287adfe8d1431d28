from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Accessory")


@_attrs_define(repr=False)
class Accessory:
    """The accessory of the artifact

    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        id (int | Unset): The ID of the accessory
        artifact_id (int | Unset): The artifact id of the accessory
        subject_artifact_id (int | Unset): Going to be deprecated, use repo and digest for insteand. The subject
            artifact id of the accessory.
        subject_artifact_digest (str | Unset): The subject artifact digest of the accessory
        subject_artifact_repo (str | Unset): The subject artifact repository name of the accessory
        size (int | Unset): The artifact size of the accessory
        digest (str | Unset): The artifact digest of the accessory
        type_ (str | Unset): The artifact size of the accessory
        icon (str | Unset): The icon of the accessory
        creation_time (datetime.datetime | Unset): The creation time of the accessory
    """

    __repr__ = model_repr

    id: int | Unset = UNSET
    artifact_id: int | Unset = UNSET
    subject_artifact_id: int | Unset = UNSET
    subject_artifact_digest: str | Unset = UNSET
    subject_artifact_repo: str | Unset = UNSET
    size: int | Unset = UNSET
    digest: str | Unset = UNSET
    type_: str | Unset = UNSET
    icon: str | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        artifact_id = self.artifact_id

        subject_artifact_id = self.subject_artifact_id

        subject_artifact_digest = self.subject_artifact_digest

        subject_artifact_repo = self.subject_artifact_repo

        size = self.size

        digest = self.digest

        type_ = self.type_

        icon = self.icon

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = (
                self.creation_time.isoformat()
                if self.creation_time is not None
                else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if artifact_id is not UNSET:
            field_dict["artifact_id"] = artifact_id
        if subject_artifact_id is not UNSET:
            field_dict["subject_artifact_id"] = subject_artifact_id
        if subject_artifact_digest is not UNSET:
            field_dict["subject_artifact_digest"] = subject_artifact_digest
        if subject_artifact_repo is not UNSET:
            field_dict["subject_artifact_repo"] = subject_artifact_repo
        if size is not UNSET:
            field_dict["size"] = size
        if digest is not UNSET:
            field_dict["digest"] = digest
        if type_ is not UNSET:
            field_dict["type"] = type_
        if icon is not UNSET:
            field_dict["icon"] = icon
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        artifact_id = d.pop("artifact_id", UNSET)

        subject_artifact_id = d.pop("subject_artifact_id", UNSET)

        subject_artifact_digest = d.pop("subject_artifact_digest", UNSET)

        subject_artifact_repo = d.pop("subject_artifact_repo", UNSET)

        size = d.pop("size", UNSET)

        digest = d.pop("digest", UNSET)

        type_ = d.pop("type", UNSET)

        icon = d.pop("icon", UNSET)

        _creation_time = d.pop("creation_time", UNSET)
        creation_time: datetime.datetime | Unset | None
        if _creation_time is UNSET:
            creation_time = UNSET
        elif _creation_time is None:
            creation_time = None
        else:
            creation_time = parse_datetime(_creation_time)

        accessory = cls.__new__(cls)
        accessory.id = id
        accessory.artifact_id = artifact_id
        accessory.subject_artifact_id = subject_artifact_id
        accessory.subject_artifact_digest = subject_artifact_digest
        accessory.subject_artifact_repo = subject_artifact_repo
        accessory.size = size
        accessory.digest = digest
        accessory.type_ = type_
        accessory.icon = icon
        accessory.creation_time = creation_time

        accessory.additional_properties = d
        return accessory

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
