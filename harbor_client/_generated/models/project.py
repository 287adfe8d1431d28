from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="Project")


@_attrs_define(repr=False)
class Project:
    """
    A date-time that Harbor sends as null or as Go's zero time (0001-01-01T00:00:00Z,
    "never") reads as None.

    Attributes:
        project_id (int | Unset): Project ID
        owner_id (int | Unset): The owner ID of the project always means the creator of the project.
        name (str | Unset): The name of the project.
        registry_id (int | Unset): The ID of referenced registry when the project is a proxy cache project.
        creation_time (datetime.datetime | Unset): The creation time of the project.
        update_time (datetime.datetime | Unset): The update time of the project.
        deleted (bool | Unset): A deletion mark of the project.
        owner_name (str | Unset): The owner name of the project.
        togglable (bool | Unset): Correspond to the UI about whether the project's publicity is  updatable (for UI)
        current_user_role_id (int | Unset): The role ID with highest permission of the current user who triggered the
            API (for UI).  This attribute is deprecated and will be removed in future versions.
        current_user_role_ids (list[int] | Unset): The list of role ID of the current user who triggered the API (for
            UI)
        repo_count (int | Unset): The number of the repositories under this project.
        metadata (ProjectMetadata | Unset):
        cve_allowlist (CVEAllowlist | Unset): The CVE Allowlist for system or project
    """

    __repr__ = model_repr

    project_id: int | Unset = UNSET
    owner_id: int | Unset = UNSET
    name: str | Unset = UNSET
    registry_id: int | Unset = UNSET
    creation_time: datetime.datetime | Unset | None = UNSET
    update_time: datetime.datetime | Unset | None = UNSET
    deleted: bool | Unset = UNSET
    owner_name: str | Unset = UNSET
    togglable: bool | Unset = UNSET
    current_user_role_id: int | Unset = UNSET
    current_user_role_ids: list[int] | Unset | None = UNSET
    repo_count: int | Unset = UNSET
    metadata: ProjectMetadata | Unset | None = UNSET
    cve_allowlist: CVEAllowlist | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        owner_id = self.owner_id

        name = self.name

        registry_id = self.registry_id

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

        deleted = self.deleted

        owner_name = self.owner_name

        togglable = self.togglable

        current_user_role_id = self.current_user_role_id

        current_user_role_ids: list[int] | Unset = UNSET
        if self.current_user_role_ids is None:
            current_user_role_ids = None
        elif not isinstance(self.current_user_role_ids, Unset):
            current_user_role_ids = self.current_user_role_ids

        repo_count = self.repo_count

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict() if self.metadata is not None else None

        cve_allowlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cve_allowlist, Unset):
            cve_allowlist = (
                self.cve_allowlist.to_dict() if self.cve_allowlist is not None else None
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if name is not UNSET:
            field_dict["name"] = name
        if registry_id is not UNSET:
            field_dict["registry_id"] = registry_id
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if owner_name is not UNSET:
            field_dict["owner_name"] = owner_name
        if togglable is not UNSET:
            field_dict["togglable"] = togglable
        if current_user_role_id is not UNSET:
            field_dict["current_user_role_id"] = current_user_role_id
        if current_user_role_ids is not UNSET:
            field_dict["current_user_role_ids"] = current_user_role_ids
        if repo_count is not UNSET:
            field_dict["repo_count"] = repo_count
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cve_allowlist is not UNSET:
            field_dict["cve_allowlist"] = cve_allowlist

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("project_id", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        name = d.pop("name", UNSET)

        registry_id = d.pop("registry_id", UNSET)

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

        deleted = d.pop("deleted", UNSET)

        owner_name = d.pop("owner_name", UNSET)

        togglable = d.pop("togglable", UNSET)

        current_user_role_id = d.pop("current_user_role_id", UNSET)

        current_user_role_ids = d.pop("current_user_role_ids", UNSET)

        repo_count = d.pop("repo_count", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProjectMetadata | Unset | None
        if _metadata is UNSET:
            metadata = UNSET
        elif _metadata is None:
            metadata = None
        else:
            metadata = ProjectMetadata.from_dict(_metadata)

        _cve_allowlist = d.pop("cve_allowlist", UNSET)
        cve_allowlist: CVEAllowlist | Unset | None
        if _cve_allowlist is UNSET:
            cve_allowlist = UNSET
        elif _cve_allowlist is None:
            cve_allowlist = None
        else:
            cve_allowlist = CVEAllowlist.from_dict(_cve_allowlist)

        project = cls.__new__(cls)
        project.project_id = project_id
        project.owner_id = owner_id
        project.name = name
        project.registry_id = registry_id
        project.creation_time = creation_time
        project.update_time = update_time
        project.deleted = deleted
        project.owner_name = owner_name
        project.togglable = togglable
        project.current_user_role_id = current_user_role_id
        project.current_user_role_ids = current_user_role_ids
        project.repo_count = repo_count
        project.metadata = metadata
        project.cve_allowlist = cve_allowlist

        project.additional_properties = d
        return project

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
from ..models.cve_allowlist import CVEAllowlist
from ..models.project_metadata import ProjectMetadata
