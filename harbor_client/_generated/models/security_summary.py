from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SecuritySummary")


@_attrs_define(repr=False)
class SecuritySummary:
    """the security summary

    Attributes:
        critical_cnt (int | Unset): the count of critical vulnerabilities
        high_cnt (int | Unset): the count of high vulnerabilities
        medium_cnt (int | Unset): the count of medium vulnerabilities
        low_cnt (int | Unset): the count of low vulnerabilities
        none_cnt (int | Unset): the count of none vulnerabilities
        unknown_cnt (int | Unset): the count of unknown vulnerabilities
        total_vuls (int | Unset): the count of total vulnerabilities
        scanned_cnt (int | Unset): the count of scanned artifacts
        total_artifact (int | Unset): the total count of artifacts
        fixable_cnt (int | Unset): the count of fixable vulnerabilities
        dangerous_cves (list[DangerousCVE] | Unset): the list of dangerous CVEs
        dangerous_artifacts (list[DangerousArtifact] | Unset): the list of dangerous artifacts
    """

    __repr__ = model_repr

    critical_cnt: int | Unset = UNSET
    high_cnt: int | Unset = UNSET
    medium_cnt: int | Unset = UNSET
    low_cnt: int | Unset = UNSET
    none_cnt: int | Unset = UNSET
    unknown_cnt: int | Unset = UNSET
    total_vuls: int | Unset = UNSET
    scanned_cnt: int | Unset = UNSET
    total_artifact: int | Unset = UNSET
    fixable_cnt: int | Unset = UNSET
    dangerous_cves: list[DangerousCVE] | Unset | None = UNSET
    dangerous_artifacts: list[DangerousArtifact] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical_cnt = self.critical_cnt

        high_cnt = self.high_cnt

        medium_cnt = self.medium_cnt

        low_cnt = self.low_cnt

        none_cnt = self.none_cnt

        unknown_cnt = self.unknown_cnt

        total_vuls = self.total_vuls

        scanned_cnt = self.scanned_cnt

        total_artifact = self.total_artifact

        fixable_cnt = self.fixable_cnt

        dangerous_cves: list[dict[str, Any]] | Unset = UNSET
        if self.dangerous_cves is None:
            dangerous_cves = None
        elif not isinstance(self.dangerous_cves, Unset):
            dangerous_cves = []
            for dangerous_cves_item_data in self.dangerous_cves:
                dangerous_cves_item = (
                    dangerous_cves_item_data.to_dict()
                    if dangerous_cves_item_data is not None
                    else None
                )
                dangerous_cves.append(dangerous_cves_item)

        dangerous_artifacts: list[dict[str, Any]] | Unset = UNSET
        if self.dangerous_artifacts is None:
            dangerous_artifacts = None
        elif not isinstance(self.dangerous_artifacts, Unset):
            dangerous_artifacts = []
            for dangerous_artifacts_item_data in self.dangerous_artifacts:
                dangerous_artifacts_item = (
                    dangerous_artifacts_item_data.to_dict()
                    if dangerous_artifacts_item_data is not None
                    else None
                )
                dangerous_artifacts.append(dangerous_artifacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if critical_cnt is not UNSET:
            field_dict["critical_cnt"] = critical_cnt
        if high_cnt is not UNSET:
            field_dict["high_cnt"] = high_cnt
        if medium_cnt is not UNSET:
            field_dict["medium_cnt"] = medium_cnt
        if low_cnt is not UNSET:
            field_dict["low_cnt"] = low_cnt
        if none_cnt is not UNSET:
            field_dict["none_cnt"] = none_cnt
        if unknown_cnt is not UNSET:
            field_dict["unknown_cnt"] = unknown_cnt
        if total_vuls is not UNSET:
            field_dict["total_vuls"] = total_vuls
        if scanned_cnt is not UNSET:
            field_dict["scanned_cnt"] = scanned_cnt
        if total_artifact is not UNSET:
            field_dict["total_artifact"] = total_artifact
        if fixable_cnt is not UNSET:
            field_dict["fixable_cnt"] = fixable_cnt
        if dangerous_cves is not UNSET:
            field_dict["dangerous_cves"] = dangerous_cves
        if dangerous_artifacts is not UNSET:
            field_dict["dangerous_artifacts"] = dangerous_artifacts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        critical_cnt = d.pop("critical_cnt", UNSET)

        high_cnt = d.pop("high_cnt", UNSET)

        medium_cnt = d.pop("medium_cnt", UNSET)

        low_cnt = d.pop("low_cnt", UNSET)

        none_cnt = d.pop("none_cnt", UNSET)

        unknown_cnt = d.pop("unknown_cnt", UNSET)

        total_vuls = d.pop("total_vuls", UNSET)

        scanned_cnt = d.pop("scanned_cnt", UNSET)

        total_artifact = d.pop("total_artifact", UNSET)

        fixable_cnt = d.pop("fixable_cnt", UNSET)

        _dangerous_cves = d.pop("dangerous_cves", UNSET)
        dangerous_cves: list[DangerousCVE] | Unset | None = UNSET
        if _dangerous_cves is None:
            dangerous_cves = None
        elif _dangerous_cves is not UNSET:
            dangerous_cves = []
            for dangerous_cves_item_data in _dangerous_cves:
                dangerous_cves_item = DangerousCVE.from_dict(dangerous_cves_item_data)

                dangerous_cves.append(dangerous_cves_item)

        _dangerous_artifacts = d.pop("dangerous_artifacts", UNSET)
        dangerous_artifacts: list[DangerousArtifact] | Unset | None = UNSET
        if _dangerous_artifacts is None:
            dangerous_artifacts = None
        elif _dangerous_artifacts is not UNSET:
            dangerous_artifacts = []
            for dangerous_artifacts_item_data in _dangerous_artifacts:
                dangerous_artifacts_item = DangerousArtifact.from_dict(
                    dangerous_artifacts_item_data
                )

                dangerous_artifacts.append(dangerous_artifacts_item)

        security_summary = cls.__new__(cls)
        security_summary.critical_cnt = critical_cnt
        security_summary.high_cnt = high_cnt
        security_summary.medium_cnt = medium_cnt
        security_summary.low_cnt = low_cnt
        security_summary.none_cnt = none_cnt
        security_summary.unknown_cnt = unknown_cnt
        security_summary.total_vuls = total_vuls
        security_summary.scanned_cnt = scanned_cnt
        security_summary.total_artifact = total_artifact
        security_summary.fixable_cnt = fixable_cnt
        security_summary.dangerous_cves = dangerous_cves
        security_summary.dangerous_artifacts = dangerous_artifacts

        security_summary.additional_properties = d
        return security_summary

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
from ..models.dangerous_artifact import DangerousArtifact
from ..models.dangerous_cve import DangerousCVE
