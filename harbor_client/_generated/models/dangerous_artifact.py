from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DangerousArtifact")


@_attrs_define(repr=False)
class DangerousArtifact:
    """the dangerous artifact information

    Attributes:
        project_id (int | Unset): the project id of the artifact
        repository_name (str | Unset): the repository name of the artifact
        digest (str | Unset): the digest of the artifact
        critical_cnt (int | Unset): the count of critical vulnerabilities
        high_cnt (int | Unset): the count of high vulnerabilities
        medium_cnt (int | Unset): the count of medium vulnerabilities
    """

    __repr__ = model_repr

    project_id: int | Unset = UNSET
    repository_name: str | Unset = UNSET
    digest: str | Unset = UNSET
    critical_cnt: int | Unset = UNSET
    high_cnt: int | Unset = UNSET
    medium_cnt: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        repository_name = self.repository_name

        digest = self.digest

        critical_cnt = self.critical_cnt

        high_cnt = self.high_cnt

        medium_cnt = self.medium_cnt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if repository_name is not UNSET:
            field_dict["repository_name"] = repository_name
        if digest is not UNSET:
            field_dict["digest"] = digest
        if critical_cnt is not UNSET:
            field_dict["critical_cnt"] = critical_cnt
        if high_cnt is not UNSET:
            field_dict["high_cnt"] = high_cnt
        if medium_cnt is not UNSET:
            field_dict["medium_cnt"] = medium_cnt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("project_id", UNSET)

        repository_name = d.pop("repository_name", UNSET)

        digest = d.pop("digest", UNSET)

        critical_cnt = d.pop("critical_cnt", UNSET)

        high_cnt = d.pop("high_cnt", UNSET)

        medium_cnt = d.pop("medium_cnt", UNSET)

        dangerous_artifact = cls.__new__(cls)
        dangerous_artifact.project_id = project_id
        dangerous_artifact.repository_name = repository_name
        dangerous_artifact.digest = digest
        dangerous_artifact.critical_cnt = critical_cnt
        dangerous_artifact.high_cnt = high_cnt
        dangerous_artifact.medium_cnt = medium_cnt

        dangerous_artifact.additional_properties = d
        return dangerous_artifact

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
