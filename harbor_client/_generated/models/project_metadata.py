from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectMetadata")


@_attrs_define(repr=False)
class ProjectMetadata:
    """
    Attributes:
        public (str | Unset): The public status of the project. The valid values are "true", "false".
        enable_content_trust (None | str | Unset): Whether content trust is enabled or not. If it is enabled, user can't
            pull unsigned images from this project. The valid values are "true", "false".
        enable_content_trust_cosign (None | str | Unset): Whether cosign content trust is enabled or not. If it is
            enabled, user can't pull images without cosign signature from this project. The valid values are "true",
            "false".
        prevent_vul (None | str | Unset): Whether prevent the vulnerable images from running. The valid values are
            "true", "false".
        severity (None | str | Unset): If the vulnerability is high than severity defined here, the images can't be
            pulled. The valid values are "none", "low", "medium", "high", "critical".
        auto_scan (None | str | Unset): Whether scan images automatically when pushing. The valid values are "true",
            "false".
        auto_sbom_generation (None | str | Unset): Whether generating SBOM automatically when pushing a subject
            artifact. The valid values are "true", "false".
        reuse_sys_cve_allowlist (None | str | Unset): Whether this project reuse the system level CVE allowlist as the
            allowlist of its own. The valid values are "true", "false".
            If it is set to "true" the actual allowlist associate with this project, if any, will be ignored.
        retention_id (None | str | Unset): The ID of the tag retention policy for the project
        proxy_speed_kb (None | str | Unset): The bandwidth limit of proxy cache, in Kbps (kilobits per second). It
            limits the communication between Harbor and the upstream registry, not the client and the Harbor.
        max_upstream_conn (None | str | Unset): The max connection per artifact to the upstream registry in current
            proxy cache project, if it is -1, no limit to upstream registry connections
        proxy_cache_local_on_not_found (None | str | Unset): Whether to serve images from local cache when they are
            removed from the upstream registry. The valid values are "true", "false".
    """

    __repr__ = model_repr

    public: str | Unset = UNSET
    enable_content_trust: None | str | Unset = UNSET
    enable_content_trust_cosign: None | str | Unset = UNSET
    prevent_vul: None | str | Unset = UNSET
    severity: None | str | Unset = UNSET
    auto_scan: None | str | Unset = UNSET
    auto_sbom_generation: None | str | Unset = UNSET
    reuse_sys_cve_allowlist: None | str | Unset = UNSET
    retention_id: None | str | Unset = UNSET
    proxy_speed_kb: None | str | Unset = UNSET
    max_upstream_conn: None | str | Unset = UNSET
    proxy_cache_local_on_not_found: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public = self.public

        enable_content_trust: None | str | Unset
        if isinstance(self.enable_content_trust, Unset):
            enable_content_trust = UNSET
        else:
            enable_content_trust = self.enable_content_trust

        enable_content_trust_cosign: None | str | Unset
        if isinstance(self.enable_content_trust_cosign, Unset):
            enable_content_trust_cosign = UNSET
        else:
            enable_content_trust_cosign = self.enable_content_trust_cosign

        prevent_vul: None | str | Unset
        if isinstance(self.prevent_vul, Unset):
            prevent_vul = UNSET
        else:
            prevent_vul = self.prevent_vul

        severity: None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        auto_scan: None | str | Unset
        if isinstance(self.auto_scan, Unset):
            auto_scan = UNSET
        else:
            auto_scan = self.auto_scan

        auto_sbom_generation: None | str | Unset
        if isinstance(self.auto_sbom_generation, Unset):
            auto_sbom_generation = UNSET
        else:
            auto_sbom_generation = self.auto_sbom_generation

        reuse_sys_cve_allowlist: None | str | Unset
        if isinstance(self.reuse_sys_cve_allowlist, Unset):
            reuse_sys_cve_allowlist = UNSET
        else:
            reuse_sys_cve_allowlist = self.reuse_sys_cve_allowlist

        retention_id: None | str | Unset
        if isinstance(self.retention_id, Unset):
            retention_id = UNSET
        else:
            retention_id = self.retention_id

        proxy_speed_kb: None | str | Unset
        if isinstance(self.proxy_speed_kb, Unset):
            proxy_speed_kb = UNSET
        else:
            proxy_speed_kb = self.proxy_speed_kb

        max_upstream_conn: None | str | Unset
        if isinstance(self.max_upstream_conn, Unset):
            max_upstream_conn = UNSET
        else:
            max_upstream_conn = self.max_upstream_conn

        proxy_cache_local_on_not_found: None | str | Unset
        if isinstance(self.proxy_cache_local_on_not_found, Unset):
            proxy_cache_local_on_not_found = UNSET
        else:
            proxy_cache_local_on_not_found = self.proxy_cache_local_on_not_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public is not UNSET:
            field_dict["public"] = public
        if enable_content_trust is not UNSET:
            field_dict["enable_content_trust"] = enable_content_trust
        if enable_content_trust_cosign is not UNSET:
            field_dict["enable_content_trust_cosign"] = enable_content_trust_cosign
        if prevent_vul is not UNSET:
            field_dict["prevent_vul"] = prevent_vul
        if severity is not UNSET:
            field_dict["severity"] = severity
        if auto_scan is not UNSET:
            field_dict["auto_scan"] = auto_scan
        if auto_sbom_generation is not UNSET:
            field_dict["auto_sbom_generation"] = auto_sbom_generation
        if reuse_sys_cve_allowlist is not UNSET:
            field_dict["reuse_sys_cve_allowlist"] = reuse_sys_cve_allowlist
        if retention_id is not UNSET:
            field_dict["retention_id"] = retention_id
        if proxy_speed_kb is not UNSET:
            field_dict["proxy_speed_kb"] = proxy_speed_kb
        if max_upstream_conn is not UNSET:
            field_dict["max_upstream_conn"] = max_upstream_conn
        if proxy_cache_local_on_not_found is not UNSET:
            field_dict["proxy_cache_local_on_not_found"] = (
                proxy_cache_local_on_not_found
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        public = d.pop("public", UNSET)

        enable_content_trust = d.pop("enable_content_trust", UNSET)

        enable_content_trust_cosign = d.pop("enable_content_trust_cosign", UNSET)

        prevent_vul = d.pop("prevent_vul", UNSET)

        severity = d.pop("severity", UNSET)

        auto_scan = d.pop("auto_scan", UNSET)

        auto_sbom_generation = d.pop("auto_sbom_generation", UNSET)

        reuse_sys_cve_allowlist = d.pop("reuse_sys_cve_allowlist", UNSET)

        retention_id = d.pop("retention_id", UNSET)

        proxy_speed_kb = d.pop("proxy_speed_kb", UNSET)

        max_upstream_conn = d.pop("max_upstream_conn", UNSET)

        proxy_cache_local_on_not_found = d.pop("proxy_cache_local_on_not_found", UNSET)

        project_metadata = cls.__new__(cls)
        project_metadata.public = public
        project_metadata.enable_content_trust = enable_content_trust
        project_metadata.enable_content_trust_cosign = enable_content_trust_cosign
        project_metadata.prevent_vul = prevent_vul
        project_metadata.severity = severity
        project_metadata.auto_scan = auto_scan
        project_metadata.auto_sbom_generation = auto_sbom_generation
        project_metadata.reuse_sys_cve_allowlist = reuse_sys_cve_allowlist
        project_metadata.retention_id = retention_id
        project_metadata.proxy_speed_kb = proxy_speed_kb
        project_metadata.max_upstream_conn = max_upstream_conn
        project_metadata.proxy_cache_local_on_not_found = proxy_cache_local_on_not_found

        project_metadata.additional_properties = d
        return project_metadata

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
