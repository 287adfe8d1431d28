"""Every script in examples/ runs to the end against the local Harbor."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs_against_the_local_harbor(script: Path) -> None:
    needs_registry = "registry=True" in script.read_text()
    if (
        needs_registry
        and not shutil.which("docker-registry")
        and not os.environ.get("CI")
    ):
        pytest.skip("needs Debian's docker-registry package (CI installs it)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HARBOR_")}
    done = subprocess.run(
        [sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip(), "an example says what it did"


def test_the_quickstart_shows_each_step() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HARBOR_")}
    script = Path(__file__).parents[1] / "examples" / "quickstart.py"
    out = subprocess.run(
        [sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout

    assert "Harbor v2.15.2-" in out
    assert "created project quickstart-" in out
    assert "4 projects in all" in out
    assert "typed error: NotFoundError ('NOT_FOUND',)" in out
    assert "deleted project quickstart-" in out
