"""examples/notebook.ipynb runs from top to bottom in a fresh kernel.

The notebook starts its own local Harbor on 127.0.0.1. It is executed here with
nbclient and an IPython kernel (``pip install nbclient ipykernel``); without them,
or without Debian's ``docker-registry`` for the push and pull, the tests are skipped
on a developer machine and fail in CI.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

NOTEBOOK = Path(__file__).parents[1] / "examples" / "notebook.ipynb"


def _require(module: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        message = f"{module} is missing: pip install nbclient ipykernel"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def _require_registry() -> None:
    if shutil.which("docker-registry"):
        return
    message = (
        "docker-registry is missing: the notebook skipped its push and pull "
        "(apt-get install -y docker-registry)"
    )
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def _read() -> Any:
    nbformat = _require("nbformat")
    return nbformat.read(NOTEBOOK, as_version=4)


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    """The text each code cell showed, by the cell's id."""
    nbclient = _require("nbclient")
    _require("ipykernel")
    notebook = _read()
    nbclient.NotebookClient(
        notebook,
        timeout=60,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    ).execute()
    shown = {}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        text = ""
        for output in cell.outputs:
            if output.output_type == "stream":
                text += output.text
            elif output.output_type in {"execute_result", "display_data"}:
                text += output.data.get("text/plain", "") + "\n"
        shown[cell.id] = text
    return shown


def test_the_notebook_is_committed_without_outputs() -> None:
    cells = [cell for cell in _read().cells if cell.cell_type == "code"]

    assert cells
    assert [cell.outputs for cell in cells] == [[] for _ in cells]
    assert [cell.execution_count for cell in cells] == [None for _ in cells]


def test_the_notebook_connects_to_the_local_harbor(outputs: dict[str, str]) -> None:
    first, second = outputs["connect"].splitlines()

    assert re.fullmatch(
        r"connected to http://127\.0\.0\.1:\d+/, Harbor v2\.15\.2-\w+", first
    ), first
    assert second in {"registry: yes", "registry: no (install docker-registry)"}


def test_the_notebook_onboards_a_project_with_a_quota_and_a_robot(
    outputs: dict[str, str],
) -> None:
    assert outputs["onboard"] == (
        "project acme (id 2), quota 10 GiB\nrobot robot$acme+ci: sees 0 repositories\n"
    )


def test_the_notebook_shows_a_model_as_the_fields_harbor_sent(
    outputs: dict[str, str],
) -> None:
    shown = outputs["model"]

    assert shown.startswith("{'project_id': 2,\n 'owner_id': 1,\n 'name': 'acme',")
    assert "'metadata': {'public': 'false'}" in shown
    assert "Unset" not in shown


def test_the_notebook_lists_repositories_two_at_a_time(outputs: dict[str, str]) -> None:
    assert outputs["iterate"] == (
        "acme/service-4 1\n"
        "acme/service-3 1\n"
        "acme/service-2 1\n"
        "acme/service-1 1\n"
        "acme/service-0 1\n"
        "5 repositories, read two at a time\n"
    )


def test_the_notebook_catches_a_typed_error(outputs: dict[str, str]) -> None:
    first, second = outputs["error"].splitlines()

    assert first == (
        "NotFoundError 404 ('NOT_FOUND',) ('project no-such-project not found',)"
    )
    assert re.fullmatch(r"request id: [0-9a-f-]{36}", second), second


def test_the_notebook_pushes_and_pulls_files_as_the_robot(
    outputs: dict[str, str],
) -> None:
    _require_registry()
    shown = re.sub(r"sha256:[0-9a-f]{12}", "<digest>", outputs["push-pull"])
    # The blobs of the refused push go up side by side: the 2-byte config may be
    # counted before the 16 KiB layer is refused, or not yet.
    shown = re.sub(r"current usage of [02] B ", "current usage of <0 or 2> B ", shown)

    assert shown == (
        "pushed <digest>, listed as application/vnd.example.files.v1\n"
        "  notes.txt: 14 bytes, identical: True\n"
        "  data.bin: 16384 bytes, identical: True\n"
        "ForbiddenError ('DENIED',) adding 16.0 KiB of storage resource, which when "
        "updated to current usage of <0 or 2> B will exceed the configured upper "
        "limit of 1.0 KiB.\n"
    )


def test_the_notebook_finds_old_artifacts_in_a_dry_run(outputs: dict[str, str]) -> None:
    shown = re.sub(r"@sha256:[0-9a-f]{12}", "@<digest>", outputs["cleanup"])

    assert shown == (
        "would delete acme/service-2@<digest>: 45 days old\n"
        "would delete acme/service-3@<digest>: 60 days old\n"
        "would delete acme/service-4@<digest>: 120 days old\n"
    )
