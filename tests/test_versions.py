"""An older Harbor: missing operations refused before sending, bodies in its shape."""

from __future__ import annotations

import json

import httpx
import pytest

from harbor_client import AsyncHarbor, Harbor, NotAvailableError
from harbor_client.testing import LocalHarbor
from harbor_client.versions import VersionGate, parse_harbor_version

BASE = "https://harbor.example.com"


class Wire:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/systeminfo"):
            return httpx.Response(200, json={"harbor_version": "v2.12.1-5dc4e3b1"})
        if request.method == "POST":
            return httpx.Response(201, headers={"location": "/api/v2.0/x/1"})
        return httpx.Response(200, json=[])

    def harbor(self, **kwargs: object) -> Harbor:
        return Harbor(
            BASE,
            username="admin",
            password="Harbor12345",
            transport=httpx.MockTransport(self),
            **kwargs,  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("v2.15.2-080b0220", (2, 15, 2)),
        ("v2.15.0", (2, 15, 0)),
        ("2.11.1", (2, 11, 1)),
        ("dev", None),
        ("", None),
    ],
)
def test_parses_the_versions_harbor_reports(
    text: str, parsed: tuple[int, int, int] | None
) -> None:
    assert parse_harbor_version(text) == parsed


def test_a_version_maps_to_its_pinned_release_line() -> None:
    assert VersionGate.for_version("v2.14.1-5dc4e3b1").line == "v2.14.4"
    assert VersionGate.for_version("v2.16.0").line == "v2.15.2"
    assert VersionGate.for_version("v2.9.0").line == "v2.10.3"
    with pytest.raises(ValueError, match="not a Harbor version"):
        VersionGate.for_version("latest")


def test_an_operation_the_version_lacks_fails_before_any_request() -> None:
    wire = Wire()
    with (
        wire.harbor(harbor_version="v2.12.4") as harbor,
        pytest.raises(NotAvailableError) as caught,
    ):
        harbor.audit_logs.list_exts()

    assert str(caught.value) == (
        "harbor.audit_logs.list_exts (listAuditLogExts) is not available on Harbor "
        "v2.12.4: the definitions have it from v2.13.5 to v2.15.2"
    )
    assert wire.requests == []


def test_an_operation_of_a_newer_line_is_refused_on_2_10() -> None:
    wire = Wire()
    with wire.harbor(harbor_version="v2.10.0") as harbor:
        with pytest.raises(NotAvailableError, match="listArtifactsOfProject"):
            harbor.projects.list_artifacts("demo")
        harbor.artifacts.list("demo", "app")
    assert [r.url.path for r in wire.requests] == [
        "/api/v2.0/projects/demo/repositories/app/artifacts"
    ]


def test_stop_scan_sends_no_body_before_2_11_and_the_scan_type_after() -> None:
    wire = Wire()
    body = {"scan_type": "vulnerability"}
    with wire.harbor(harbor_version="v2.10.3") as old:
        old.scans.stop("demo", "app", "sha256:" + "a" * 64, body)
    with wire.harbor(harbor_version="v2.15.2") as new:
        new.scans.stop("demo", "app", "sha256:" + "a" * 64, body)

    before, after = wire.requests
    assert before.content == b""
    assert json.loads(after.content) == body


def test_create_tag_sends_name_only_on_every_version() -> None:
    wire = Wire()
    with wire.harbor(harbor_version="v2.14.4") as harbor:
        harbor.artifacts.create_tag("demo", "app", "v1", {"name": "v2"})

    assert json.loads(wire.requests[0].content) == {"name": "v2"}


def test_without_a_version_nothing_is_gated() -> None:
    wire = Wire()
    with wire.harbor() as harbor:
        assert harbor.harbor_version is None
        harbor.audit_logs.list_exts()
    assert len(wire.requests) == 1


def test_detect_version_reads_systeminfo_and_gates_from_then_on() -> None:
    wire = Wire()
    with wire.harbor() as harbor:
        assert harbor.detect_version() == "v2.12.1-5dc4e3b1"
        with pytest.raises(NotAvailableError):
            harbor.audit_logs.list_exts()
    assert [r.url.path for r in wire.requests] == ["/api/v2.0/systeminfo"]


async def test_detect_version_on_the_async_face_against_the_local_harbor() -> None:
    with LocalHarbor() as local:
        async with AsyncHarbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            version = await harbor.detect_version()
            assert version is not None
            assert version.startswith("v2.15.2-")
            await harbor.audit_logs.list_exts()


def test_anonymous_callers_get_no_version_and_no_gate() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"auth_mode": "db_auth"})

    with Harbor(BASE, transport=httpx.MockTransport(handler)) as harbor:
        assert harbor.detect_version() is None
        assert harbor.harbor_version is None
