"""The build: corrected definition -> generated package, and the check of a tree.

Everything is written into a staging directory first; the finished tree then takes
the place of ``harbor_client/_generated`` in two renames, so an interrupted build
leaves the committed tree as it was. The same inputs give the same bytes: nothing in
the output depends on time, hash seeds, the machine or the directory it is built in.
"""

from __future__ import annotations

import contextlib
import filecmp
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import convert, operations, render
from .corrections import apply_corrections, load_corrections
from .source import Definition
from .template_edits import derive_templates

__all__ = ["BuildError", "Timings", "build", "compare_trees", "generate_into"]

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
DEFAULT_OUTPUT = REPO / "harbor_client" / "_generated"
LINE_LENGTH = 88
#: Files and folders in an output tree that are not part of it.
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


class BuildError(Exception):
    """A step of the build failed."""


@dataclass
class Timings:
    """Wall time of each step, in seconds, in the order they ran."""

    steps: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.steps[name] = time.perf_counter() - start

    @property
    def total(self) -> float:
        return sum(self.steps.values())


def build(definition: Definition, output: Path = DEFAULT_OUTPUT) -> Timings:
    """Generate the package for ``definition`` and put it in place of ``output``."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-", dir=output.parent))
    try:
        timings = generate_into(definition, staging)
        _replace(staging, output)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return timings


def generate_into(definition: Definition, package_dir: Path) -> Timings:
    """Write the whole generated package into ``package_dir`` (emptied first)."""
    tools = _tool_versions()
    timings = Timings()
    with tempfile.TemporaryDirectory(prefix="harbor-build-") as scratch:
        work = Path(scratch)
        with timings.step("corrections"):
            corrections = load_corrections(SPEC / "corrections.yaml")
            corrected, applied = apply_corrections(
                definition.document, corrections, definition.harbor_version
            )
        with timings.step("swagger2openapi"):
            openapi = convert.convert(corrected, work)
        with timings.step("openapi-python-client"):
            templates = derive_templates(work / "templates")
            data = _generate(openapi, package_dir, templates, definition)
        with timings.step("operations and namespaces"):
            described = operations.describe(openapi, data)
            render.write_package_files(
                package_dir,
                described,
                harbor_version=definition.harbor_version,
                definition_sha256=definition.sha256,
                stamp={
                    "harbor_version": definition.harbor_version,
                    "definition_sha256": definition.sha256,
                    "corrections": applied,
                    **tools,
                },
            )
        with timings.step("ruff"):
            _format(package_dir)
    return timings


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """How ``actual`` differs from ``expected``, one line per file, sorted by path.

    ``missing``: only in ``expected``; ``extra``: only in ``actual``.
    """
    left, right = set(_files(expected)), set(_files(actual))
    problems = [f"missing: {p}" for p in sorted(left - right)]
    problems += [f"extra: {p}" for p in sorted(right - left)]
    problems += [
        f"differs: {p}"
        for p in sorted(left & right)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return sorted(problems, key=lambda line: line.split(": ", 1)[1])


def _files(root: Path) -> Iterator[str]:
    if not root.is_dir():
        return
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if path.is_file() and not IGNORED & set(relative.parts):
            yield relative.as_posix()


def _generate(
    openapi: dict[str, Any], package_dir: Path, templates: Path, definition: Definition
) -> GeneratorData:
    # The generator runs in this process rather than through its CLI so that the
    # parsed definition it generated from is at hand for operations.py and
    # namespaces.py: their signatures must be exactly those of the endpoint modules.
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        document_source=definition.origin,
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    data = GeneratorData.from_dict(openapi, config=config)
    if isinstance(data, GeneratorError):
        raise BuildError(f"openapi-python-client cannot read the definition: {data}")
    shutil.rmtree(package_dir, ignore_errors=True)
    project = Project(openapi=data, config=config, custom_template_path=templates)
    with contextlib.redirect_stdout(io.StringIO()):
        problems = list(project.build())
    # Any warning fails the build, as --fail-on-warning would: each one is an
    # endpoint or model that came out incomplete.
    if problems:
        details = "\n".join(f"{p.header}: {p.detail}" for p in problems)
        raise BuildError(f"openapi-python-client reported problems:\n{details}")
    return data


def _format(package_dir: Path) -> None:
    # --isolated: no ruff configuration from the directories above the output may
    # change the result; --no-cache: nothing but the package is left behind.
    common = ["--isolated", "--no-cache", "--target-version", "py311"]
    commands = [
        ["check", *common, "--fix-only", "--extend-select", "I", "--quiet"],
        ["format", *common, "--line-length", str(LINE_LENGTH), "--quiet"],
    ]
    for command in commands:
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "."],
            cwd=package_dir,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise BuildError(f"ruff {command[0]} failed: {done.stdout}{done.stderr}")


def _replace(staging: Path, output: Path) -> None:
    old = output.with_name(f".{output.name}-old-{os.getpid()}")
    if output.exists():
        output.rename(old)
    try:
        staging.rename(output)
    except OSError:
        if old.exists():
            old.rename(output)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _tool_versions() -> dict[str, str]:
    """Versions of the tools, checked against the pins in pyproject.toml."""
    pinned = _pinned_python_tools()
    found = {
        "openapi_python_client": installed_version("openapi-python-client"),
        "swagger2openapi": convert.swagger2openapi_version(),
        "ruff": installed_version("ruff"),
    }
    for name, wanted in pinned.items():
        if found[name] != wanted:
            raise BuildError(
                f"{name.replace('_', '-')} {found[name]} is installed, the build is "
                f"pinned to {wanted}: run pip install -e '.[dev]'"
            )
    return found


def _pinned_python_tools() -> dict[str, str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {}
    for requirement in project["project"]["optional-dependencies"]["dev"]:
        name, _, pinned = requirement.partition("==")
        if pinned:
            pins[name.strip().replace("-", "_")] = pinned.strip()
    return {k: v for k, v in pins.items() if k in {"openapi_python_client", "ruff"}}
