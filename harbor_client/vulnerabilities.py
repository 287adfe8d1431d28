"""Reading an artifact's vulnerability scan overview.

Harbor keys ``Artifact.scan_overview`` by report type (a MIME type with a version),
and fills it only for the types the request's ``X-Accept-Vulnerabilities`` header
names, first match wins. The client sends both types, v1.1 first
(:data:`REPORT_TYPES`); :func:`first_report` reads the overview in the same order.
An artifact without a scan overview was never scanned, which is not an error.

>>> from harbor_client.vulnerabilities import first_report
>>> for artifact in harbor.artifacts.iter("demo", "app", with_scan_overview=True):
...     found = first_report(artifact)                            # doctest: +SKIP
...     print(artifact.digest, found[1].severity if found else "not scanned")
"""

from __future__ import annotations

from typing import Any

__all__ = ["REPORT_TYPES", "first_report"]

#: The report types, in the order of preference the client asks Harbor for them.
REPORT_TYPES = (
    "application/vnd.security.vulnerability.report; version=1.1",
    "application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0",
)


def first_report(artifact_or_overview: Any) -> tuple[str, Any] | None:
    """The first report present, in :data:`REPORT_TYPES` order, with its type.

    Takes an ``Artifact`` (or anything with a ``scan_overview``) or a
    ``ScanOverview`` itself. Returns ``(report type, NativeReportSummary)``, or
    ``None`` when there is no report (not scanned). A report of a type newer than
    this client still counts, after the known ones.
    """
    overview = getattr(artifact_or_overview, "scan_overview", artifact_or_overview)
    if not overview:
        return None
    reports = getattr(overview, "additional_properties", overview)
    if not isinstance(reports, dict):
        return None
    for kind in REPORT_TYPES:
        if reports.get(kind) is not None:
            return kind, reports[kind]
    for kind, report in reports.items():
        if report is not None:
            return kind, report
    return None
