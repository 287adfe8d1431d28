"""A griffe extension: the docstrings' reST habits, rendered as Markdown.

The hand-written layer writes its docstrings for ``help()`` and IDE hovers, in the
reST dialect of the Python world: ``:class:`Paginator``` roles, ``::`` before an
indented block, ``>>>`` sessions and an ``Example:`` heading. mkdocstrings reads
Markdown with Google-style sections, where a role would show as literal text and a
``>>>`` line as a nested quote. This extension rewrites each docstring once, after the
package is loaded, so the source keeps reading well in a terminal:

* a role becomes a code span linked to the object's API page when that object is
  rendered somewhere on the site (an *optional* autorefs link: a name that is not
  rendered, such as a private helper or an httpx class, stays a plain code span and
  does not fail ``mkdocs build --strict``);
* a ``>>>`` session becomes a ``pycon`` fenced block;
* a paragraph ending in ``::`` ends in ``:`` and its indented block stays code;
* ``Example:`` becomes ``Examples:``, the Google section mkdocstrings knows;
* an argument line naming two (``username, password: ...``) becomes one entry per
  name with the same description, which is what griffe can match to a signature.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

# :class:`~a.b.C`, :meth:`C.m`, :func:`!f` ...; the role name itself is dropped.
_ROLE = re.compile(
    r":(?:py:)?(?:class|meth|func|mod|attr|data|exc|obj|const):`([^`]+)`"
)
_SESSION_START = re.compile(r"^(\s*)>>> ")
_EXAMPLES = re.compile(r"^(\s*)Examples?:\s*$")


def _target_and_title(text: str) -> tuple[str, str]:
    """``~a.b.C`` -> (``a.b.C``, ``C``); ``Explicit title <a.b.C>`` is kept apart."""
    explicit = re.fullmatch(r"(.+?)\s*<([^>]+)>", text)
    if explicit:
        return explicit.group(2), explicit.group(1)
    target = text.lstrip("!")
    if target.startswith("~"):
        target = target[1:]
        return target, target.rsplit(".", 1)[-1]
    return target, target


def _resolve(scope: griffe.Object, target: str) -> str | None:
    """The full path of ``target`` as seen from ``scope``, or ``None``."""
    if target.startswith("harbor_client."):
        return target
    head, _, rest = target.partition(".")
    current: griffe.Object | None = scope
    while current is not None:
        try:
            found = current.resolve(head)
        except (griffe.NameResolutionError, griffe.AliasResolutionError):
            current = current.parent
            continue
        if not found.startswith("harbor_client"):
            return None  # httpx, the standard library: no page of ours
        return f"{found}.{rest}" if rest else found
    return None


def _link_roles(scope: griffe.Object, text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        target, title = _target_and_title(match.group(1))
        title = title.rstrip("()")
        path = _resolve(scope, target.rstrip("()"))
        code = f"<code>{title}</code>"
        if path is None:
            return f"`{title}`"
        return f'<autoref identifier="{path}" optional>{code}</autoref>'

    return _ROLE.sub(replace, text)


def _fence_sessions(text: str) -> str:
    """Wrap each run of ``>>>`` lines (with their output) in a ``pycon`` fence."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    in_fence = False
    examples_indent: int | None = None
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        heading = _EXAMPLES.match(line)
        if heading is not None:
            examples_indent = len(heading.group(1))
        elif (
            line.strip()
            and examples_indent is not None
            and len(line) - len(line.lstrip()) <= examples_indent
        ):
            examples_indent = None
        # Inside an Examples section griffe reads the session itself.
        in_examples = examples_indent is not None
        start = None if in_fence or in_examples else _SESSION_START.match(line)
        if start is None:
            out.append(line)
            index += 1
            continue
        indent = start.group(1)
        if out and out[-1].strip():
            out.append("")
        out.append(f"{indent}```pycon")
        while index < len(lines) and lines[index].strip():
            out.append(lines[index])
            index += 1
        out.append(f"{indent}```")
    return "\n".join(out)


def _literal_blocks(text: str) -> str:
    # "as follows::" then an indented block: Markdown needs only the blank line,
    # which reST requires too, so the block is already code; drop the second colon.
    return re.sub(r"(\S)::[ \t]*$", r"\1:", text, flags=re.MULTILINE)


def _example_heading(text: str) -> str:
    return re.sub(r"^(\s*)Example:[ \t]*$", r"\1Examples:", text, flags=re.MULTILINE)


_SECTION = re.compile(r"^(\s*)(Args|Arguments|Parameters|Attributes):\s*$")
_SHARED_ITEM = re.compile(r"^(\s+)(\w+(?:,\s*\w+)+):(.*)$")


def _split_shared_items(text: str) -> str:
    """``a, b: text`` in an argument section -> ``a: text`` and ``b: text``."""
    lines = text.split("\n")
    out: list[str] = []
    section_indent: int | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        heading = _SECTION.match(line)
        if heading is not None:
            section_indent = len(heading.group(1))
            out.append(line)
            index += 1
            continue
        outdented = len(line) - len(line.lstrip()) <= (section_indent or 0)
        if line.strip() and section_indent is not None and outdented:
            section_indent = None
        shared = _SHARED_ITEM.match(line) if section_indent is not None else None
        if shared is None:
            out.append(line)
            index += 1
            continue
        indent, names, first = shared.groups()
        block = [first]
        index += 1
        while index < len(lines) and (
            lines[index].startswith(indent + " ") or not lines[index].strip()
        ):
            if not lines[index].strip() and (
                index + 1 >= len(lines) or not lines[index + 1].startswith(indent + " ")
            ):
                break
            block.append("\n" + lines[index])
            index += 1
        for name in (n.strip() for n in names.split(",")):
            out.append(f"{indent}{name}:{''.join(block)}")
    return "\n".join(out)


def markdown_docstring(scope: griffe.Object, text: str) -> str:
    """The docstring ``text`` of ``scope`` rewritten for mkdocstrings."""
    text = _split_shared_items(text)
    text = _literal_blocks(text)
    text = text.replace("\n::\n", "\n\n")
    text = _fence_sessions(text)
    text = _example_heading(text)
    return _link_roles(scope, text)


def _walk(obj: griffe.Object) -> Any:
    yield obj
    for member in obj.members.values():
        if member.is_alias:
            continue
        yield from _walk(member)  # type: ignore[arg-type]


class ReSTToMarkdown(griffe.Extension):
    """Rewrites every docstring of the package once it is fully loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for obj in _walk(pkg):
            if obj.docstring is not None:
                obj.docstring.value = markdown_docstring(obj, obj.docstring.value)
