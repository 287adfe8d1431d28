"""Every Python sample of the documentation runs, against a local Harbor.

How a page's samples are run, which is how to write them:

* Every ```` ```python ```` block of a page under ``docs/`` runs, in page order, in one
  namespace that the page's blocks share, like cells of a notebook: a later block may
  use what an earlier one defined. Pages written by the build step
  (``docs/versions.md``, ``docs/reference/operations/``) are not read.
* Each page gets a fresh :class:`~harbor_client.testing.LocalHarbor` and finds these
  names already defined:

  - ``harbor``: a :class:`~harbor_client.Harbor` logged in to it as the
    administrator;
  - ``async_harbor``: the same as an :class:`~harbor_client.AsyncHarbor`;
  - ``local``: the ``LocalHarbor`` itself, for seeding (``local.add_project(...)``).

  A sample may open its own client as ``with Harbor() as harbor:``, as a reader
  would; after each block these names are the page's own again.

  ``HARBOR_URL``, ``HARBOR_USERNAME`` and ``HARBOR_PASSWORD`` name that server and its
  administrator, so a sample's ``Harbor()`` (credentials from the environment)
  connects to it. ``DOCKER_CONFIG`` points at an empty directory and the working
  directory is a fresh temporary one, so samples may write files.
* A page whose first lines hold ``<!-- samples: registry -->`` gets a local Harbor
  with its ``/v2/``, in front of a real distribution registry (Debian's
  ``docker-registry``), so ``harbor.registry`` pushes and pulls; ``REGISTRY_URL`` is
  that distribution registry's own URL, for samples of ``Registry.connect``. Such a
  page fails (not skips) when the binary is missing and ``CI`` is set. Other pages
  get a local Harbor without ``/v2/``, which starts faster.
* A block with a top-level ``await`` runs on the page's event loop, the loop
  ``async_harbor`` lives on. A block may also call ``asyncio.run`` itself.
* A ```` ```text title="Output" ```` block right after a sample is what the sample
  prints, exactly.
* ``<!-- not run: <reason> -->`` on the line before a block leaves it out, for a
  sample that needs what the local servers cannot give (a real Harbor behind a
  proxy, an OIDC provider). Keep these few; the reason is required.

The number of samples run is written at the end of the session. The site itself is
built by ``tests/test_docs_site.py``.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from harbor_client import AsyncHarbor, Harbor
from harbor_client.testing import LocalHarbor, RegistryUnavailable

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

#: Written by ``python -m generator``; their samples are not ours to run.
BUILD_STEP_PAGES = ("versions.md", "reference/operations/")

_FENCE = re.compile(r"^(?P<indent>\s*)```(?P<info>[^\n`]*)$")
_NOT_RUN = re.compile(r"^\s*<!--\s*not run:(?P<reason>.*?)-->\s*$")
_PAGE_NEEDS = re.compile(r"<!--\s*samples:(?P<needs>[^>]*)-->")


@dataclass
class Sample:
    """One ```` ```python ```` block of a page."""

    page: str
    line: int
    code: str
    skip_reason: str | None = None
    expected_output: str | None = None


@dataclass
class Page:
    """A page of the site and what its samples need."""

    path: str
    samples: list[Sample] = field(default_factory=list)
    needs: frozenset[str] = frozenset()


def _is_build_step_page(relative: str) -> bool:
    return any(
        relative.startswith(entry) if entry.endswith("/") else relative == entry
        for entry in BUILD_STEP_PAGES
    )


def read_page(path: Path) -> Page:
    """The samples of one Markdown page, with their skip markers and outputs."""
    relative = path.relative_to(DOCS).as_posix()
    text = path.read_text(encoding="utf-8")
    needs_match = _PAGE_NEEDS.search("\n".join(text.splitlines()[:5]))
    needs = (
        frozenset(needs_match.group("needs").split()) if needs_match else frozenset()
    )
    page = Page(relative, needs=needs)

    lines = text.splitlines()
    index = 0
    previous_sample: Sample | None = None
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None or not opening.group("info").strip():
            if lines[index].strip():
                previous_sample = None
            index += 1
            continue
        indent = opening.group("indent")
        info = opening.group("info").strip()
        start = index
        body: list[str] = []
        index += 1
        while index < len(lines) and lines[index].strip() != "```":
            body.append(lines[index][len(indent) :])
            index += 1
        index += 1  # the closing fence
        code = "\n".join(body) + "\n"
        language = info.split()[0]

        if language == "text" and 'title="Output"' in info:
            if previous_sample is None:
                raise AssertionError(
                    f"{relative}:{start + 1}: an Output block follows no sample"
                )
            previous_sample.expected_output = code
            previous_sample = None
            continue
        if language != "python":
            previous_sample = None
            continue

        reason = None
        before = lines[start - 1] if start else ""
        marker = _NOT_RUN.match(before)
        if marker is not None:
            reason = marker.group("reason").strip()
            if not reason:
                raise AssertionError(
                    f"{relative}:{start}: a not-run marker must say why"
                )
        sample = Sample(relative, start + 1, code, skip_reason=reason)
        page.samples.append(sample)
        previous_sample = sample
    return page


def documentation_pages() -> list[Page]:
    """Every page under docs/ that has samples, in path order."""
    pages = []
    for path in sorted(DOCS.rglob("*.md")):
        relative = path.relative_to(DOCS).as_posix()
        if _is_build_step_page(relative):
            continue
        page = read_page(path)
        if page.samples:
            pages.append(page)
    return pages


PAGES = documentation_pages()

_counts: dict[str, tuple[int, int]] = {}


@pytest.fixture(scope="module", autouse=True)
def report_sample_count(request: pytest.FixtureRequest) -> Iterator[None]:
    """Writes how many samples ran once the pages' tests are done."""
    yield
    if not _counts:
        return
    ran = sum(count for count, _ in _counts.values())
    left_out = sum(skipped for _, skipped in _counts.values())
    line = (
        f"documentation samples: {ran} run on {len(_counts)} pages, "
        f"{left_out} marked not run"
    )
    # Past pytest's capture, so that the count shows without -s.
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    disabled = (
        capture.global_and_fixture_disabled()
        if capture is not None
        else contextlib.nullcontext()
    )
    with disabled:
        print(f"\n{line}")


def _local_harbor(with_registry: bool) -> LocalHarbor:
    """A local Harbor, with ``/v2/`` when the page pushes and pulls."""
    if not with_registry:
        return LocalHarbor(registry=False)
    try:
        return LocalHarbor(registry=True)
    except RegistryUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(str(error), pytrace=False)
        pytest.skip(str(error))


def _run(
    sample: Sample, namespace: dict[str, Any], loop: asyncio.AbstractEventLoop
) -> str:
    """Run one sample in the page's namespace; what it printed."""
    # Line numbers of a traceback are the page's own.
    source = "\n" * sample.line + sample.code
    filename = f"docs/{sample.page}"
    code = compile(source, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        if code.co_flags & inspect.CO_COROUTINE:
            loop.run_until_complete(eval(code, namespace))
        else:
            exec(code, namespace)
    return printed.getvalue()


@pytest.mark.parametrize("page", PAGES, ids=[p.path for p in PAGES])
def test_every_sample_of_the_page_runs(
    page: Page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [n for n in os.environ if n.startswith("HARBOR_")]:
        monkeypatch.delenv(name)
    docker_config = tmp_path / "docker"
    docker_config.mkdir()
    monkeypatch.setenv("DOCKER_CONFIG", str(docker_config))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)

    loop = asyncio.new_event_loop()
    with contextlib.ExitStack() as stack:
        # Samples may set and delete variables themselves (HARBOR_ROBOT_FILE).
        environment = dict(os.environ)
        stack.callback(lambda: (os.environ.clear(), os.environ.update(environment)))
        local = stack.enter_context(_local_harbor("registry" in page.needs))
        monkeypatch.setenv("HARBOR_URL", local.url)
        monkeypatch.setenv("HARBOR_USERNAME", local.admin_username)
        monkeypatch.setenv("HARBOR_PASSWORD", local.admin_password)
        harbor = stack.enter_context(
            Harbor(
                local.url,
                username=local.admin_username,
                password=local.admin_password,
            )
        )
        async_harbor = AsyncHarbor(
            local.url, username=local.admin_username, password=local.admin_password
        )
        stack.callback(loop.close)
        stack.callback(lambda: loop.run_until_complete(async_harbor.aclose()))
        namespace: dict[str, Any] = {
            "__name__": f"docs.{page.path}",
            "harbor": harbor,
            "async_harbor": async_harbor,
            "local": local,
        }
        if local.backend is not None:
            monkeypatch.setenv("REGISTRY_URL", local.backend.url)
            namespace["REGISTRY_URL"] = local.backend.url
        given = {k: v for k, v in namespace.items() if k != "__name__"}

        ran = skipped = 0
        for sample in page.samples:
            if sample.skip_reason is not None:
                skipped += 1
                continue
            printed = _run(sample, namespace, loop)
            namespace.update(given)
            ran += 1
            if sample.expected_output is not None:
                assert printed == sample.expected_output, (
                    f"docs/{page.path}:{sample.line} printed something else"
                )
        _counts[page.path] = (ran, skipped)
    assert ran, f"docs/{page.path}: every sample is marked not run"
