"""first_report: the scan overview read in the order the client asks for it."""

from __future__ import annotations

from harbor_client.client import ACCEPT_VULNERABILITIES
from harbor_client.models import Artifact
from harbor_client.vulnerabilities import REPORT_TYPES, first_report

V11, V10 = REPORT_TYPES
SUMMARY = {"scan_status": "Success", "severity": "High", "summary": {"total": 3}}


def test_the_header_lists_both_types_v11_first() -> None:
    assert ACCEPT_VULNERABILITIES == (
        "application/vnd.security.vulnerability.report; version=1.1, "
        "application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0"
    )


def test_v11_is_preferred_over_v10() -> None:
    artifact = Artifact.from_dict(
        {"id": 1, "scan_overview": {V10: {"severity": "Low"}, V11: SUMMARY}}
    )

    found = first_report(artifact)

    assert found is not None
    kind, report = found
    assert kind == V11
    assert str(report.severity) == "High"


def test_an_artifact_without_overview_is_not_scanned() -> None:
    assert first_report(Artifact.from_dict({"id": 1})) is None
    assert first_report(Artifact.from_dict({"id": 1, "scan_overview": None})) is None


def test_an_unknown_report_type_still_counts() -> None:
    artifact = Artifact.from_dict(
        {"id": 1, "scan_overview": {"application/x-new; version=2": SUMMARY}}
    )

    found = first_report(artifact)

    assert found is not None
    assert found[0] == "application/x-new; version=2"
