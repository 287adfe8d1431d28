from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectReq")


@_attrs_define(repr=False)
class ProjectReq:
    """
    Attributes:
        project_name (str | Unset): The name of the project.
        public (bool | None | Unset): deprecated, reserved for project creation in replication
        metadata (ProjectMetadata | Unset):
        cve_allowlist (CVEAllowlist | Unset): The CVE Allowlist for system or project
        storage_limit (int | None | Unset): The storage quota of the project.
        registry_id (int | None | Unset): The ID of referenced registry when creating the proxy cache project
    """

    __repr__ = model_repr

    project_name: str | Unset = UNSET
    public: bool | None | Unset = UNSET
    metadata: ProjectMetadata | Unset | None = UNSET
    cve_allowlist: CVEAllowlist | Unset | None = UNSET
    storage_limit: int | None | Unset = UNSET
    registry_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict() if self.metadata is not None else None

        cve_allowlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cve_allowlist, Unset):
            cve_allowlist = (
                self.cve_allowlist.to_dict() if self.cve_allowlist is not None else None
            )

        storage_limit: int | None | Unset
        if isinstance(self.storage_limit, Unset):
            storage_limit = UNSET
        else:
            storage_limit = self.storage_limit

        registry_id: int | None | Unset
        if isinstance(self.registry_id, Unset):
            registry_id = UNSET
        else:
            registry_id = self.registry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if public is not UNSET:
            field_dict["public"] = public
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cve_allowlist is not UNSET:
            field_dict["cve_allowlist"] = cve_allowlist
        if storage_limit is not UNSET:
            field_dict["storage_limit"] = storage_limit
        if registry_id is not UNSET:
            field_dict["registry_id"] = registry_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_name = d.pop("project_name", UNSET)

        public = d.pop("public", UNSET)

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

        storage_limit = d.pop("storage_limit", UNSET)

        registry_id = d.pop("registry_id", UNSET)

        project_req = cls.__new__(cls)
        project_req.project_name = project_name
        project_req.public = public
        project_req.metadata = metadata
        project_req.cve_allowlist = cve_allowlist
        project_req.storage_limit = storage_limit
        project_req.registry_id = registry_id

        project_req.additional_properties = d
        return project_req

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
