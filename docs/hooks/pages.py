"""MkDocs hooks: the pages that are made from the repository instead of written.

* **Recipes**: one page per script in ``examples/``, titled by the first line of its
  docstring, with the rest of the docstring as the introduction and the script in
  full below it; a notebook there becomes a page of its cells. Adding a recipe is
  adding a file: nothing here or in ``mkdocs.yml`` changes.
* **Corrections, pins and the stamp**: ``<!-- render: corrections -->``,
  ``<!-- render: pins -->`` and ``<!-- render: stamp -->`` in a page are replaced by
  ``spec/corrections.yaml``, ``spec/pins.yaml`` and
  ``harbor_client/_generated/STAMP.json`` as Markdown, so the site says what the
  build step reads, never a copy that drifts.
* **Recipes list, namespaces, the local Harbor's operations**:
  ``<!-- render: recipes -->``, ``<!-- render: namespaces -->`` and
  ``<!-- render: local-harbor-operations -->`` list what the code has now.
* **The operations reference**: ``python -m generator`` writes
  ``docs/reference/operations/`` (and ``docs/versions.md``), one page per namespace.
  The navigation entry ``reference/operations/`` becomes those pages, and a link to
  the directory goes to its ``index.md``.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
RECIPES = "recipes"

#: Where ``python -m generator`` writes one page per namespace of Harbor.
OPERATIONS = "reference/operations/"

_RENDER = re.compile(r"^<!-- render: (?P<what>[a-z-]+) -->$", re.MULTILINE)
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")


# -- recipes ------------------------------------------------------------------


def recipe_scripts() -> list[Path]:
    """The examples: scripts and notebooks, in name order."""
    return sorted(
        p
        for p in EXAMPLES.iterdir()
        if p.suffix in (".py", ".ipynb") and not p.name.startswith(("_", "."))
    )


def recipe_page(example: Path) -> tuple[str, str]:
    """The title and Markdown of the recipe page of a script or notebook."""
    if example.suffix == ".ipynb":
        return _notebook_page(example)
    source = example.read_text(encoding="utf-8")
    docstring = ast.get_docstring(ast.parse(source)) or ""
    first, _, rest = docstring.partition("\n")
    title = first.strip().rstrip(".") or example.stem.replace("_", " ").capitalize()
    relative = example.relative_to(ROOT).as_posix()
    body = [
        f"# {title}",
        "",
        _docstring_prose(rest),
        "",
        "`tests/test_examples.py` runs it to the end against the local Harbor.",
        "",
        "## The script",
        "",
        f'```python title="{relative}"',
        source.rstrip("\n"),
        "```",
        "",
    ]
    return title, "\n".join(body)


def _notebook_page(notebook: Path) -> tuple[str, str]:
    """A notebook as a page: its Markdown cells, its code, and any saved output."""
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    relative = notebook.relative_to(ROOT).as_posix()
    title = notebook.stem.replace("_", " ").capitalize()
    parts: list[str] = []
    for cell in cells:
        text = "".join(cell.get("source", [])).strip("\n")
        if cell.get("cell_type") == "markdown":
            if not parts and text.startswith("# "):
                title = text.splitlines()[0][2:].strip()
            parts.append(text)
        elif cell.get("cell_type") == "code" and text:
            parts.append(f"```python\n{text}\n```")
            printed = "".join(
                "".join(output.get("text", []))
                for output in cell.get("outputs", [])
                if output.get("output_type") == "stream"
            )
            if printed.strip():
                parts.append(f"```text\n{printed.rstrip()}\n```")
    parts.append(f"The notebook is `{relative}` in the repository; open it in Jupyter.")
    if not parts[0].startswith("# "):
        parts.insert(0, f"# {title}")
    return title, "\n\n".join(parts) + "\n"


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
    lines = [
        f"- [{recipe_page(script)[0]}]({script.stem}.md)" for script in recipe_scripts()
    ]
    return "\n".join(lines) or "No recipes yet."


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


# -- the operations pages ---------------------------------------------------


def operation_pages(docs_dir: Path) -> list[str]:
    """The pages ``python -m generator`` wrote below reference/operations/.

    ``index.md`` first, then the namespaces in name order. MkDocs' navigation cannot
    name a directory, and the namespaces change with Harbor's definition.
    """
    folder = docs_dir / OPERATIONS
    pages = sorted(folder.glob("*.md"), key=lambda p: (p.name != "index.md", p.name))
    if not pages:
        raise FileNotFoundError(
            f"{folder} holds no pages: run python -m generator, which writes them"
        )
    return [p.relative_to(docs_dir).as_posix() for p in pages]


def _adjust_nav(nav: list[Any], docs_dir: Path) -> list[Any]:
    """The operations directory as its pages; the recipes section with its scripts."""
    adjusted: list[Any] = []
    for item in nav:
        if not isinstance(item, dict):
            adjusted.append(item)
            continue
        ((title, value),) = item.items()
        if value == OPERATIONS:
            value = operation_pages(docs_dir)
        elif isinstance(value, list):
            if value and value[0] == f"{RECIPES}/index.md":
                value = value + [
                    {recipe_page(s)[0]: f"{RECIPES}/{s.stem}.md"}
                    for s in recipe_scripts()
                ]
            value = _adjust_nav(value, docs_dir)
        adjusted.append({title: value})
    return adjusted


def _link_operations_index(markdown: str, page_uri: str) -> str:
    """A link to the operations directory goes to its index page."""
    depth = len(Path(page_uri).parent.parts)

    def replace(match: re.Match[str]) -> str:
        target = match.group("target")
        if "://" in target:
            return match.group(0)
        resolved = Path(page_uri).parent / target
        if _normal(resolved) != OPERATIONS.rstrip("/"):
            return match.group(0)
        return f"[{match.group('text')}]({'../' * depth}{OPERATIONS}index.md)"

    return _LINK.sub(replace, markdown)


def _normal(path: Path) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts)


# -- the hooks ----------------------------------------------------------------


def on_config(config: MkDocsConfig, **kwargs: Any) -> MkDocsConfig:
    autorefs = config.plugins.get("autorefs")
    if autorefs is not None:
        # Link API names only to the objects mkdocstrings renders, not to headings:
        # the operations pages have a heading "list" per namespace, and `list` in a
        # signature is the builtin.
        autorefs.scan_toc = False
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
    return _link_operations_index(markdown, page.file.src_uri)
