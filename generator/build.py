"""The build: corrected definition -> generated package, and the check of a tree.

Everything is written into a staging directory first; the finished tree then takes
the place of ``harbor_client/_generated`` in two renames, so an interrupted build
leaves the committed tree as it was. The same inputs give the same bytes: nothing in
the output depends on time, hash seeds, the machine or the directory it is built in.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import filecmp
import io
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import compatibility, convert, operations, reference, render
from .corrections import apply_corrections, load_corrections
from .source import Definition, PinnedSource
from .template_edits import derive_templates

__all__ = [
    "BuildError",
    "Timings",
    "build",
    "compare_docs",
    "compare_trees",
    "generate_into",
]

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec"
CORRECTIONS = SPEC / "corrections.yaml"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
DEFAULT_OUTPUT = REPO / "harbor_client" / "_generated"
DEFAULT_DOCS = REPO / "docs"
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


def build(
    definition: Definition,
    pinned: Sequence[PinnedSource],
    output: Path = DEFAULT_OUTPUT,
    docs: Path = DEFAULT_DOCS,
) -> Timings:
    """Generate the package for ``definition`` and put it in place of ``output``, and
    the reference pages in place of those in ``docs``."""
    output, docs = output.resolve(), docs.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    docs.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-", dir=output.parent))
    staged_docs = Path(tempfile.mkdtemp(prefix=".docs-", dir=docs))
    try:
        timings = generate_into(definition, pinned, staging, staged_docs)
        _replace(staging, output)
        (docs / reference.OPERATIONS_DIR).parent.mkdir(exist_ok=True)
        _replace(
            staged_docs / reference.OPERATIONS_DIR, docs / reference.OPERATIONS_DIR
        )
        os.replace(
            staged_docs / reference.VERSIONS_PAGE, docs / reference.VERSIONS_PAGE
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(staged_docs, ignore_errors=True)
    return timings


def generate_into(
    definition: Definition,
    pinned: Sequence[PinnedSource],
    package_dir: Path,
    docs_dir: Path,
) -> Timings:
    """Write the whole generated package into ``package_dir`` (emptied first), and the
    reference pages into ``docs_dir``.

    ``pinned`` says where to read the other pinned definitions, for the compatibility
    table; ``definition`` stands for its own version.
    """
    tools = _tool_versions()
    timings = Timings()
    with (
        tempfile.TemporaryDirectory(prefix="harbor-build-") as scratch,
        _second_process() as side,
    ):
        work = Path(scratch)
        with timings.step("corrections"):
            corrections = load_corrections(CORRECTIONS)
            corrected, applied = apply_corrections(
                definition.document, corrections, definition.harbor_version
            )
        # Reading, correcting and comparing the other pinned versions depends on
        # nothing else the build does, and takes seconds of YAML parsing: it runs
        # in a second process while this one generates the client.
        others = [side.submit(_shapes_of, found, CORRECTIONS) for found in pinned]
        with timings.step("swagger2openapi"):
            openapi = convert.convert(corrected, work)
        with timings.step("openapi-python-client"):
            templates = derive_templates(work / "templates")
            data = _generate(openapi, package_dir, templates, definition)
        with timings.step("compatibility table"):
            read = dict(future.result() for future in others)
            table = _table(definition, compatibility.shapes(corrected), read)
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
                    "compatibility": {
                        tag: (read[tag][0] if tag in read else definition.sha256)
                        for tag in table.versions
                    },
                    **tools,
                },
            )
            (package_dir / "compatibility.py").write_text(
                compatibility.render_module(table, definition.harbor_version),
                encoding="utf-8",
            )
        with timings.step("reference docs"):
            reference.write_docs(docs_dir, described, table, definition.harbor_version)
        with timings.step("ruff"):
            _format(package_dir)
    return timings


def _table(
    definition: Definition,
    own: dict[str, compatibility.Shape],
    read: Mapping[str, tuple[str, dict[str, compatibility.Shape]]],
) -> compatibility.Table:
    by_version = {tag: shapes for tag, (_, shapes) in read.items()}
    by_version[definition.harbor_version] = own
    order = sorted(by_version, key=_release_order)
    return compatibility.derive({tag: by_version[tag] for tag in order})


def _release_order(tag: str) -> tuple[int, ...]:
    return tuple(int(part) for part in tag.removeprefix("v").split("."))


def _shapes_of(
    found: PinnedSource, corrections_file: Path
) -> tuple[str, tuple[str, dict[str, compatibility.Shape]]]:
    """(tag, (sha256, shapes)) of one pinned version, corrected as the client's own
    definition is: the table describes what the client sees."""
    # The corrections are read here rather than sent: their "no value" marker is an
    # object whose identity does not survive pickling.
    corrections = load_corrections(corrections_file)
    definition = found.load()
    corrected, _ = apply_corrections(definition.document, corrections, found.pin.tag)
    return found.pin.tag, (definition.sha256, compatibility.shapes(corrected))


@contextlib.contextmanager
def _second_process() -> Iterator[concurrent.futures.Executor]:
    # fork where there is one: the child has the generator imported already.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        yield pool


def compare_docs(expected: Path, actual: Path) -> list[str]:
    """How the reference pages in the docs directory ``actual`` differ from
    ``expected``, in the form of :func:`compare_trees`, paths below the docs
    directory."""
    operations_dir = reference.OPERATIONS_DIR
    problems = [
        line.replace(": ", f": {operations_dir.as_posix()}/", 1)
        for line in compare_trees(expected / operations_dir, actual / operations_dir)
    ]
    page = reference.VERSIONS_PAGE
    if not (actual / page).is_file():
        problems.append(f"missing: {page.as_posix()}")
    elif not filecmp.cmp(expected / page, actual / page, shallow=False):
        problems.append(f"differs: {page.as_posix()}")
    return sorted(problems, key=lambda line: line.split(": ", 1)[1])


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
