from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DangerousCVE")


@_attrs_define(repr=False)
class DangerousCVE:
    """the dangerous CVE information

    Attributes:
        cve_id (str | Unset): the cve id
        severity (str | Unset): the severity of the CVE
        cvss_score_v3 (float | Unset): the cvss score v3
        desc (str | Unset): the description of the CVE
        package (str | Unset): the package of the CVE
        version (str | Unset): the version of the package
    """

    __repr__ = model_repr

    cve_id: str | Unset = UNSET
    severity: str | Unset = UNSET
    cvss_score_v3: float | Unset = UNSET
    desc: str | Unset = UNSET
    package: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cve_id = self.cve_id

        severity = self.severity

        cvss_score_v3 = self.cvss_score_v3

        desc = self.desc

        package = self.package

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cve_id is not UNSET:
            field_dict["cve_id"] = cve_id
        if severity is not UNSET:
            field_dict["severity"] = severity
        if cvss_score_v3 is not UNSET:
            field_dict["cvss_score_v3"] = cvss_score_v3
        if desc is not UNSET:
            field_dict["desc"] = desc
        if package is not UNSET:
            field_dict["package"] = package
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cve_id = d.pop("cve_id", UNSET)

        severity = d.pop("severity", UNSET)

        cvss_score_v3 = d.pop("cvss_score_v3", UNSET)

        desc = d.pop("desc", UNSET)

        package = d.pop("package", UNSET)

        version = d.pop("version", UNSET)

        dangerous_cve = cls.__new__(cls)
        dangerous_cve.cve_id = cve_id
        dangerous_cve.severity = severity
        dangerous_cve.cvss_score_v3 = cvss_score_v3
        dangerous_cve.desc = desc
        dangerous_cve.package = package
        dangerous_cve.version = version

        dangerous_cve.additional_properties = d
        return dangerous_cve

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
