"""The compatibility table: which pinned Harbor versions have each operation, and how
it changed.

The committed table (harbor_client/_generated/compatibility.py) is checked against
what is known of Harbor's releases (harbor-behavior, spec diff v2.10.3 -> v2.15.2),
and against the table the build step derives from the six definitions in
../shared/harbor-spec. The pins are release tags, one per release line, so the table
says "first in v2.11.2" for what came in v2.11.1.
"""

from __future__ import annotations

import inspect
import random
import subprocess
import sys
from pathlib import Path

import pytest

from generator import compatibility as derivation
from generator import source
from generator.corrections import apply_corrections, load_corrections
from harbor_client._generated import compatibility, namespaces
from harbor_client._generated import operations as ops
from harbor_client._generated.compatibility import Change, OperationHistory

REPO = Path(__file__).resolve().parents[1]
SPECS = REPO.parent / "shared" / "harbor-spec"
PINS = source.load_pins(REPO / "spec" / "pins.yaml")
ALL = ("v2.10.3", "v2.11.2", "v2.12.4", "v2.13.5", "v2.14.4", "v2.15.2")
FROM_2_11 = ALL[1:]
FROM_2_13 = ALL[3:]
TAG_PROPERTIES = (
    "artifact_id",
    "id",
    "immutable",
    "name",
    "pull_time",
    "push_time",
    "repository_id",
)
V1_ROBOTS = (
    "CreateRobotV1",
    "DeleteRobotV1",
    "GetRobotByIDV1",
    "ListRobotV1",
    "UpdateRobotV1",
)


def _shapes(version: str) -> dict[str, derivation.Shape]:
    loaded = source.from_file(SPECS / f"swagger-{version}.yaml", PINS)
    corrections = load_corrections(REPO / "spec" / "corrections.yaml", PINS.tags)
    corrected, _ = apply_corrections(loaded.document, corrections, version)
    return derivation.shapes(corrected)


@pytest.fixture(scope="module")
def shapes_by_version() -> dict[str, dict[str, derivation.Shape]]:
    return {version: _shapes(version) for version in ALL}


# -- the versions ----------------------------------------------------------------------


def test_the_versions_are_the_pinned_tags_oldest_first() -> None:
    assert compatibility.VERSIONS == ALL
    assert tuple(PINS.tags) == ALL


def test_the_table_has_every_operation_id_of_any_version() -> None:
    assert len(compatibility.OPERATIONS) == 208
    assert sum(len(h.changes) for h in compatibility.OPERATIONS.values()) == 24
    assert list(compatibility.OPERATIONS) == sorted(compatibility.OPERATIONS)


def test_every_operation_of_the_client_is_in_the_last_version() -> None:
    for operation_id, op in ops.OPERATIONS.items():
        history = compatibility.OPERATIONS[operation_id]
        assert history.last == "v2.15.2", operation_id
        assert (history.method, history.path) == (op.method, op.path)


def test_the_operations_not_in_every_version() -> None:
    partial = {
        h.id: (h.first, h.last)
        for h in compatibility.OPERATIONS.values()
        if h.versions != ALL
    }

    assert partial == {
        **dict.fromkeys(V1_ROBOTS, ("v2.10.3", "v2.12.4")),
        "listArtifactsOfProject": ("v2.11.2", "v2.15.2"),
        "listAuditLogExts": ("v2.13.5", "v2.15.2"),
        "listAuditLogEventTypes": ("v2.13.5", "v2.15.2"),
        "getLogExts": ("v2.13.5", "v2.15.2"),
    }


# -- the entries the client acts on ---------------------------------------------------


def test_list_artifacts_of_project_is_first_in_the_2_11_release_tag() -> None:
    # It came in v2.11.1; v2.11.2 is the first pinned tag that has it.
    assert compatibility.OPERATIONS["listArtifactsOfProject"] == OperationHistory(
        id="listArtifactsOfProject",
        method="GET",
        path="/projects/{project_name_or_id}/artifacts",
        first="v2.11.2",
        last="v2.15.2",
        versions=FROM_2_11,
        body_by_version=dict.fromkeys(FROM_2_11),
    )


@pytest.mark.parametrize("operation_id", V1_ROBOTS)
def test_the_v1_robot_api_ends_with_2_12(operation_id: str) -> None:
    history = compatibility.OPERATIONS[operation_id]

    assert (history.first, history.last) == ("v2.10.3", "v2.12.4")
    assert history.versions == ("v2.10.3", "v2.11.2", "v2.12.4")
    assert history.path.startswith("/projects/{project_name_or_id}/robots")
    assert operation_id not in ops.OPERATIONS


def test_the_v1_robot_update_body_gains_the_creator_in_2_12() -> None:
    assert compatibility.OPERATIONS["UpdateRobotV1"].changes == (
        Change(
            version="v2.12.4",
            kind="body schema",
            name="body",
            argument="body",
            before="Robot",
            after="Robot +creator_ref +creator_type",
        ),
    )


def test_audit_log_exts_are_first_in_2_13() -> None:
    assert compatibility.OPERATIONS["listAuditLogExts"] == OperationHistory(
        id="listAuditLogExts",
        method="GET",
        path="/auditlog-exts",
        first="v2.13.5",
        last="v2.15.2",
        versions=FROM_2_13,
        body_by_version=dict.fromkeys(FROM_2_13),
    )


def test_create_tag_takes_new_tag_from_2_15() -> None:
    history = compatibility.OPERATIONS["createTag"]

    assert history.body_by_version == {
        **dict.fromkeys(ALL[:-1], TAG_PROPERTIES),
        "v2.15.2": ("name",),
    }
    assert history.body_required == ALL
    assert history.changes == (
        Change(
            version="v2.15.2",
            kind="body schema",
            name="body",
            argument="body",
            before=(
                "Tag{artifact_id, id, immutable, name, pull_time, push_time, "
                "repository_id}"
            ),
            after="NewTag{name}",
        ),
    )


def test_stop_scan_needs_a_scan_type_body_from_2_11() -> None:
    history = compatibility.OPERATIONS["stopScanArtifact"]

    assert history.body_by_version == {
        "v2.10.3": None,
        **dict.fromkeys(FROM_2_11, ("scan_type",)),
    }
    assert history.body_required == FROM_2_11
    assert history.changes == (
        Change(
            version="v2.11.2",
            kind="body added",
            name="body",
            argument="body",
            before=None,
            after="ScanType{scan_type}, required",
        ),
    )


def test_scan_takes_an_optional_scan_type_body_from_2_11() -> None:
    history = compatibility.OPERATIONS["scanArtifact"]

    assert history.body_by_version == {
        "v2.10.3": None,
        **dict.fromkeys(FROM_2_11, ("scan_type",)),
    }
    assert history.body_required == ()
    assert [(c.version, c.kind, c.after) for c in history.changes] == [
        ("v2.11.2", "body added", "ScanType{scan_type}, optional")
    ]


def test_parameters_added_and_removed_name_the_method_argument() -> None:
    list_artifacts = compatibility.OPERATIONS["listArtifacts"].changes

    assert list_artifacts == (
        Change(
            version="v2.11.2",
            kind="parameter added",
            name="with_sbom_overview",
            argument="with_sbom_overview",
            before=None,
            after="query boolean, optional",
        ),
        Change(
            version="v2.13.5",
            kind="parameter removed",
            name="with_signature",
            argument="with_signature",
            before="query boolean, optional",
            after=None,
        ),
    )


def test_the_addition_path_parameter_gains_values() -> None:
    changes = compatibility.OPERATIONS["getAddition"].changes
    base = "string, one of build_history, values.yaml, readme.md, dependencies"

    assert [(c.version, c.kind, c.before, c.after) for c in changes] == [
        ("v2.11.2", "parameter type", base, f"{base}, sbom"),
        ("v2.13.5", "parameter type", f"{base}, sbom", f"{base}, sbom, license, files"),
    ]


def test_every_changed_argument_of_the_client_is_a_method_parameter() -> None:
    for operation_id, op in ops.OPERATIONS.items():
        api = getattr(namespaces, _class_of(op.namespace))
        parameters = inspect.signature(getattr(api, op.name)).parameters
        for change in compatibility.OPERATIONS[operation_id].changes:
            if change.argument is not None and change.kind != "parameter removed":
                assert change.argument in parameters, (operation_id, change)


def _class_of(namespace: str) -> str:
    cached = inspect.getattr_static(namespaces.HarborNamespaces, namespace)
    return str(inspect.signature(cached.func).return_annotation)


# -- what a Harbor reports -------------------------------------------------------------


@pytest.mark.parametrize(
    ("reported", "line"),
    [
        ("v2.15.2-080b0220", "v2.15.2"),
        ("v2.14.1-5dc4e3b1", "v2.14.4"),
        ("v2.11.0-1116c8c2", "v2.11.2"),
        ("2.13.0", "v2.13.5"),
        (" v2.10.3 ", "v2.10.3"),
        ("v2.16.0-abcdef12", None),
        ("v2.9.4", None),
        ("", None),
        ("dev", None),
    ],
)
def test_release_line_maps_a_reported_version_to_its_pin(
    reported: str, line: str | None
) -> None:
    assert compatibility.release_line(reported) == line


# -- the derivation --------------------------------------------------------------------


def test_the_committed_table_is_what_the_definitions_give(
    shapes_by_version: dict[str, dict[str, derivation.Shape]],
) -> None:
    table = derivation.derive(shapes_by_version)

    assert tuple(table.operations) == tuple(compatibility.OPERATIONS)
    for operation_id, history in table.operations.items():
        committed = compatibility.OPERATIONS[operation_id]
        assert (history.first, history.last) == (committed.first, committed.last)
        assert history.versions == committed.versions
        assert dict(history.body_by_version) == committed.body_by_version
        assert history.body_required == committed.body_required
        assert [c.__dict__ for c in history.changes] == [
            _fields(c) for c in committed.changes
        ]


def _fields(change: Change) -> dict[str, object]:
    return {name: getattr(change, name) for name in Change.__slots__}


def test_the_table_does_not_depend_on_the_order_of_the_definition(
    shapes_by_version: dict[str, dict[str, derivation.Shape]],
) -> None:
    shuffled = {}
    for version, found in shapes_by_version.items():
        items = list(found.items())
        random.Random(version).shuffle(items)
        shuffled[version] = dict(items)

    first = derivation.render_module(derivation.derive(shapes_by_version), "v2.15.2")
    second = derivation.render_module(derivation.derive(shuffled), "v2.15.2")

    assert first == second


def test_a_version_without_the_body_is_a_body_removed_change() -> None:
    with_body = derivation.Shape(
        "POST", "/x", {}, derivation.RequestBody("ScanType", True, ("scan_type",)), None
    )
    without = derivation.Shape("POST", "/x", {}, None, None)

    table = derivation.derive({"v1.0.0": {"op": with_body}, "v1.1.0": {"op": without}})

    assert table.operations["op"].changes == (
        derivation.Change(
            "v1.1.0",
            "body removed",
            "body",
            "body",
            "ScanType{scan_type}, required",
            None,
        ),
    )
    assert table.operations["op"].body_by_version == {
        "v1.0.0": ("scan_type",),
        "v1.1.0": None,
    }


def test_a_parameter_that_becomes_required_and_changes_type_is_two_changes() -> None:
    before = derivation.Parameter("query", "q", "string", False)
    after = derivation.Parameter("query", "q", "integer (int64)", True)
    old = derivation.Shape("GET", "/x", {("query", "q"): before}, None, "Project")
    new = derivation.Shape(
        "GET", "/y", {("query", "q"): after}, None, "array of Project"
    )

    changes = derivation.derive({"a": {"op": old}, "b": {"op": new}}).operations["op"]

    assert [(c.kind, c.before, c.after) for c in changes.changes] == [
        ("path", "GET /x", "GET /y"),
        ("parameter required", "optional", "required"),
        ("parameter type", "string", "integer (int64)"),
        ("response", "Project", "array of Project"),
    ]


# -- the module ------------------------------------------------------------------------


def test_importing_the_namespaces_leaves_the_table_unimported() -> None:
    code = (
        "import sys, harbor_client._generated.namespaces\n"
        "print('harbor_client._generated.compatibility' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert done.stdout.strip() == "False"


def test_the_table_imports_only_the_standard_library() -> None:
    code = (
        "import sys, harbor_client._generated\n"
        "before = set(sys.modules)\n"
        "import harbor_client._generated.compatibility\n"
        "print(sorted(set(sys.modules) - before))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert done.stdout.strip() == "['harbor_client._generated.compatibility']"
