"""MkDocs hooks: the pages that are made from the repository instead of written.

* **Recipes**: one page per script in ``examples/``, titled by the first line of its
  docstring, with the rest of the docstring as the introduction and the script in
  full below it. Adding a recipe is adding a script: nothing here or in
  ``mkdocs.yml`` changes.
* **Corrections, pins and the stamp**: ``<!-- render: corrections -->``,
  ``<!-- render: pins -->`` and ``<!-- render: stamp -->`` in a page are replaced by
  ``spec/corrections.yaml``, ``spec/pins.yaml`` and
  ``harbor_client/_generated/STAMP.json`` as Markdown, so the site says what the
  build step reads, never a copy that drifts.
* **Pages of the build step**: ``python -m generator`` writes ``docs/versions.md``
  and ``docs/reference/operations/``. Until a checkout has them, their entries leave
  the navigation and a link to them keeps its text, so ``mkdocs build --strict``
  still passes; once they exist they are in the navigation, the operations
  directory expanded to its pages (``index.md`` first).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
RECIPES = "recipes"

#: Paths below docs/ that the build step writes (a trailing slash: a directory).
BUILD_STEP_PAGES = ("versions.md", "reference/operations/")

_RENDER = re.compile(r"^<!-- render: (?P<what>[a-z-]+) -->$", re.MULTILINE)
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")


# -- recipes ------------------------------------------------------------------


def recipe_scripts() -> list[Path]:
    """The example scripts, in name order."""
    return sorted(p for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


def recipe_page(script: Path) -> tuple[str, str]:
    """The title and Markdown of the recipe page of ``script``."""
    source = script.read_text(encoding="utf-8")
    docstring = ast.get_docstring(ast.parse(source)) or ""
    first, _, rest = docstring.partition("\n")
    title = first.strip().rstrip(".") or script.stem.replace("_", " ").capitalize()
    relative = script.relative_to(ROOT).as_posix()
    body = [
        f"# {title}",
        "",
        _docstring_prose(rest),
        "",
        f"The script is [`{relative}`](#the-script) in the repository; run it with",
        "",
        "```bash",
        f"python {relative}",
        "```",
        "",
        "Without `HARBOR_URL` it starts a local Harbor on 127.0.0.1 for the run, so",
        "it works anywhere; the test suite runs it that way.",
        "",
        "## The script",
        "",
        f'```python title="{relative}"',
        source.rstrip("\n"),
        "```",
        "",
    ]
    return title, "\n".join(body)


def _docstring_prose(text: str) -> str:
    # The docstrings show commands as reST literal blocks: "... set::" and an
    # indented line. In Markdown that is a fenced shell block.
    out: list[str] = []
    lines = text.strip("\n").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.rstrip().endswith("::"):
            out.append(line.rstrip()[:-1])
            index += 1
            block: list[str] = []
            while index < len(lines) and (
                not lines[index].strip() or lines[index].startswith("    ")
            ):
                block.append(lines[index][4:])
                index += 1
            out += ["", "```bash", *[b for b in block if b.strip()], "```", ""]
            continue
        out.append(line)
        index += 1
    return "\n".join(out).strip()


# -- what the build step reads ------------------------------------------------


def render_corrections() -> str:
    """``spec/corrections.yaml`` as one section per correction."""
    data = yaml.safe_load((ROOT / "spec" / "corrections.yaml").read_text())
    parts = []
    for entry in data.get("corrections") or []:
        versions = entry.get("versions", "all")
        if isinstance(versions, list):
            versions = ", ".join(f"`{v}`" for v in versions)
        parts.append(
            "\n".join(
                [
                    f"### `{entry['id']}`",
                    "",
                    _one_line(entry.get("changes", "")),
                    "",
                    f"**Why.** {_one_line(entry.get('because', ''))}",
                    "",
                    f"**Evidence.** {_one_line(entry.get('evidence', ''))}",
                    "",
                    f"**Harbor versions.** {versions}",
                    "",
                ]
            )
        )
    return "\n".join(parts)


def render_pins() -> str:
    """``spec/pins.yaml`` as a table of the Harbor releases the build step accepts."""
    data = yaml.safe_load((ROOT / "spec" / "pins.yaml").read_text())
    rows = [
        "| Harbor | commit | sha256 of `api/v2.0/swagger.yaml` |",
        "| --- | --- | --- |",
    ]
    for pin in data.get("pins") or []:
        rows.append(f"| `{pin['tag']}` | `{pin['commit'][:10]}` | `{pin['sha256']}` |")
    return "\n".join(rows)


def render_stamp() -> str:
    """``STAMP.json``: what the committed generated client was built from."""
    stamp = json.loads(
        (ROOT / "harbor_client" / "_generated" / "STAMP.json").read_text()
    )
    corrections = ", ".join(f"`{c}`" for c in stamp.get("corrections", []))
    return "\n".join(
        [
            "| | |",
            "| --- | --- |",
            f"| Harbor definition | `{stamp.get('harbor_version')}` |",
            f"| its sha256 | `{stamp.get('definition_sha256')}` |",
            f"| openapi-python-client | `{stamp.get('openapi_python_client')}` |",
            f"| swagger2openapi | `{stamp.get('swagger2openapi')}` |",
            f"| ruff | `{stamp.get('ruff')}` |",
            f"| corrections applied | {corrections} |",
        ]
    )


def render_recipes() -> str:
    """A list of the recipe pages, for ``recipes/index.md``."""
    lines = []
    for script in recipe_scripts():
        title, _ = recipe_page(script)
        summary = _first_paragraph(script)
        lines.append(f"- [{title}]({script.stem}.md): {summary}")
    return "\n".join(lines) or "No recipes yet."


def _first_paragraph(script: Path) -> str:
    docstring = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8")))
    _, _, rest = (docstring or "").partition("\n")
    paragraph = rest.strip().split("\n\n", 1)[0]
    return _one_line(paragraph.rstrip(":")).removesuffix(":")


def render_namespaces() -> str:
    """The namespaces of ``Harbor``, read from the generated ``HarborNamespaces``."""
    import functools
    import inspect
    import sys

    from harbor_client._generated.namespaces import HarborNamespaces

    module = sys.modules[HarborNamespaces.__module__]
    rows = ["| attribute | Harbor's tag | methods |", "| --- | --- | --- |"]
    for name, member in vars(HarborNamespaces).items():
        if not isinstance(member, functools.cached_property):
            continue
        api = getattr(module, str(inspect.signature(member.func).return_annotation))
        summary = (member.__doc__ or "").strip()
        tag = summary.removeprefix("Harbor's ").removesuffix(" operations.").strip("'")
        methods = [m for m in vars(api) if not m.startswith("_")]
        rows.append(f"| `harbor.{name}` | `{tag}` | {len(methods)} |")
    return "\n".join(rows)


def render_local_harbor_operations() -> str:
    """The operations the local Harbor serves, with the method that calls each."""
    from harbor_client._generated import operations
    from harbor_client._operation import Operation
    from harbor_client.testing import _app

    def shape(path: str) -> str:
        return re.sub(r"\{[^}]+\}", "{}", path.rstrip("/"))

    by_route = {
        (op.method, shape(op.path)): op
        for op in vars(operations).values()
        if isinstance(op, Operation)
    }
    rows = ["| request | method of `Harbor` |", "| --- | --- |"]
    for route in _app._ROUTES:
        op = by_route.get((route.method, shape(route.template)))
        call = f"`harbor.{op.namespace}.{op.name}()`" if op is not None else ""
        rows.append(f"| `{route.method} /api/v2.0{route.template}` | {call} |")
    return "\n".join(rows)


_RENDERERS = {
    "local-harbor-operations": render_local_harbor_operations,
    "namespaces": render_namespaces,
    "recipes": render_recipes,
    "corrections": render_corrections,
    "pins": render_pins,
    "stamp": render_stamp,
}


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


# -- pages the build step writes ---------------------------------------------


def _present(docs_dir: Path, entry: str) -> bool:
    path = docs_dir / entry
    if entry.endswith("/"):
        return path.is_dir() and any(path.rglob("*.md"))
    return path.is_file()


def _operation_pages(docs_dir: Path, entry: str) -> list[Any]:
    folder = docs_dir / entry
    pages = sorted(
        folder.rglob("*.md"), key=lambda p: (p.name != "index.md", p.as_posix())
    )
    return [p.relative_to(docs_dir).as_posix() for p in pages]


def _build_step_entry(value: Any) -> str | None:
    if isinstance(value, str) and value in BUILD_STEP_PAGES:
        return value
    return None


def _adjust_nav(nav: list[Any], docs_dir: Path) -> list[Any]:
    adjusted: list[Any] = []
    for item in nav:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            entry = _build_step_entry(value)
            if entry is not None:
                if not _present(docs_dir, entry):
                    continue
                if entry.endswith("/"):
                    value = _operation_pages(docs_dir, entry)
                adjusted.append({title: value})
                continue
            if isinstance(value, list):
                if value and value[0] == f"{RECIPES}/index.md":
                    value = value + [
                        {recipe_page(s)[0]: f"{RECIPES}/{s.stem}.md"}
                        for s in recipe_scripts()
                    ]
                adjusted.append({title: _adjust_nav(value, docs_dir)})
                continue
        elif _build_step_entry(item) is not None:
            entry = item
            if not _present(docs_dir, entry):
                continue
            if entry.endswith("/"):
                adjusted.extend(_operation_pages(docs_dir, entry))
                continue
        adjusted.append(item)
    return adjusted


def _linked_path(page_uri: str, target: str, docs_dir: Path) -> str | None:
    """The path below docs/ a relative link points at (``None``: not below it)."""
    if "://" in target or target.startswith(("#", "mailto:")):
        return None
    path = target.split("#", 1)[0]
    resolved = (docs_dir / Path(page_uri).parent / path).resolve()
    try:
        return resolved.relative_to(docs_dir.resolve()).as_posix()
    except ValueError:
        return None


def _link_target(page_uri: str, target: str, docs_dir: Path) -> str | None:
    """The build-step entry a relative link points at, if it points at one."""
    relative = _linked_path(page_uri, target, docs_dir)
    if relative is None:
        return None
    for entry in BUILD_STEP_PAGES:
        if entry.endswith("/"):
            if relative == entry.rstrip("/") or relative.startswith(entry):
                return entry
        elif relative == entry:
            return entry
    return None


def _fix_build_step_links(markdown: str, page_uri: str, docs_dir: Path) -> str:
    def replace(match: re.Match[str]) -> str:
        target = match.group("target")
        entry = _link_target(page_uri, target, docs_dir)
        if entry is None:
            return match.group(0)
        if not _present(docs_dir, entry):
            # Not built in this checkout: keep the words, say where they come from.
            return f"{match.group('text')} (written by `python -m generator`)"
        linked = _linked_path(page_uri, target, docs_dir)
        if entry.endswith("/") and linked == entry.rstrip("/"):
            # A link to the directory goes to its first page.
            first = _operation_pages(docs_dir, entry)[0]
            depth = len(Path(page_uri).parent.parts)
            return f"[{match.group('text')}]({'../' * depth}{first})"
        return match.group(0)

    return _LINK.sub(replace, markdown)


# -- the hooks ----------------------------------------------------------------


def on_config(config: MkDocsConfig, **kwargs: Any) -> MkDocsConfig:
    autorefs = config.plugins.get("autorefs")
    if autorefs is not None:
        # Link API names only to the objects mkdocstrings renders, not to headings:
        # the operations pages have a heading "list" per namespace, and `list` in a
        # signature is the builtin.
        autorefs.scan_toc = False  # type: ignore[attr-defined]
    if config.nav is not None:
        config.nav = _adjust_nav(config.nav, Path(config.docs_dir))
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for script in recipe_scripts():
        _, content = recipe_page(script)
        files.append(
            File.generated(config, f"{RECIPES}/{script.stem}.md", content=content)
        )
    return files


def on_page_markdown(
    markdown: str, *, page: Any, config: MkDocsConfig, **_: Any
) -> str:
    markdown = _RENDER.sub(lambda m: _RENDERERS[m.group("what")](), markdown)
    return _fix_build_step_links(markdown, page.file.src_uri, Path(config.docs_dir))
