"""The documentation site: it builds offline with warnings as errors, and the pages
made from the repository say what the repository holds.

The site is built once for the module, with ``mkdocs build --strict`` into a temporary
directory, the command the README names. MkDocs, Material and mkdocstrings are the
``docs`` extra (``pip install -e '.[docs]'``); without them these tests skip, and
fail when ``CI`` is set.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _require_mkdocs() -> None:
    try:
        import material  # noqa: F401
        import mkdocs  # noqa: F401
        import mkdocstrings_handlers.python  # noqa: F401
    except ImportError as error:
        message = f"{error.name} is missing: pip install -e '.[docs]'"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the repository, into a fresh directory."""
    _require_mkdocs()
    site = tmp_path_factory.mktemp("site")
    mkdocs = shutil.which("mkdocs")
    command = [mkdocs] if mkdocs else [sys.executable, "-m", "mkdocs"]
    # Material's notice about its successor is not a warning of this site.
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [*command, "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    done.site = site  # type: ignore[attr-defined]
    return done


@pytest.fixture(scope="module")
def site(build: subprocess.CompletedProcess[str]) -> Path:
    assert build.returncode == 0, build.stdout + build.stderr
    return build.site  # type: ignore[attr-defined, no-any-return]


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def test_the_site_builds_offline_with_warnings_as_errors(
    build: subprocess.CompletedProcess[str],
) -> None:
    assert build.returncode == 0, build.stdout + build.stderr
    assert "WARNING" not in build.stderr, build.stderr


def test_every_example_has_a_recipe_page_showing_it(site: Path) -> None:
    examples = sorted([*EXAMPLES.glob("*.py"), *EXAMPLES.glob("*.ipynb")])
    assert examples

    for example in examples:
        page = site / "recipes" / example.stem / "index.html"
        assert page.is_file(), example.name
        if example.suffix == ".py":
            assert f"examples/{example.name}" in _text(page)


def test_the_recipes_index_links_every_recipe(site: Path) -> None:
    index = _text(site / "recipes" / "index.html")

    for example in [*EXAMPLES.glob("*.py"), *EXAMPLES.glob("*.ipynb")]:
        assert f'href="{example.stem}/"' in index, example.name


def test_every_correction_of_the_definition_is_on_the_regenerating_page(
    site: Path,
) -> None:
    corrections = yaml.safe_load((ROOT / "spec" / "corrections.yaml").read_text())
    ids = [entry["id"] for entry in corrections["corrections"]]
    page = _text(site / "regenerating" / "index.html")

    headings = re.findall(r"<h3 id=\"([^\"]+)\"", page)
    assert headings == ids


def test_every_pinned_harbor_release_is_on_the_versions_page(site: Path) -> None:
    pins = yaml.safe_load((ROOT / "spec" / "pins.yaml").read_text())
    page = _text(site / "harbor-versions" / "index.html")

    for pin in pins["pins"]:
        assert f"<code>{pin['sha256']}</code>" in page, pin["tag"]


def test_the_stamp_of_the_generated_client_is_on_the_versions_page(
    site: Path,
) -> None:
    stamp_file = ROOT / "harbor_client" / "_generated" / "STAMP.json"
    stamp = json.loads(stamp_file.read_text())
    page = _text(site / "harbor-versions" / "index.html")

    assert f"<code>{stamp['definition_sha256']}</code>" in page


def test_the_build_steps_pages_are_in_the_site(site: Path) -> None:
    assert (site / "versions" / "index.html").is_file()
    operations = sorted((ROOT / "docs" / "reference" / "operations").glob("*.md"))
    assert operations
    for page in operations:
        built = (
            site / "reference" / "operations" / "index.html"
            if page.stem == "index"
            else site / "reference" / "operations" / page.stem / "index.html"
        )
        assert built.is_file(), page.name


def test_api_names_in_docstrings_link_to_their_reference(site: Path) -> None:
    # PageCursor's docstring names PaginationError with a reST role.
    page = _text(site / "reference" / "pagination" / "index.html")

    assert 'href="#harbor_client.pagination.PaginationError"' in page
    assert ":class:" not in page


def test_docstring_sessions_are_code_not_quotes(site: Path) -> None:
    page = _text(site / "reference" / "client" / "index.html")

    assert "&gt;&gt;&gt;" in page  # the prompt of Harbor's example, as code
    assert "<blockquote>" not in page
    assert "```" not in page
