"""The project's corrections to Harbor's definition (spec/corrections.yaml).

Each correction is a list of asserted edits on the loaded Swagger 2.0 document. An
edit selects nodes by a path of steps and changes them; an edit that selects nothing,
or changes nothing where it selects, means the definition moved on and the
correction no longer describes it, so the build stops and names the correction
instead of producing a client that silently lost a fix.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

from .pointers import resolve

__all__ = [
    "Correction",
    "CorrectionError",
    "Edit",
    "apply_corrections",
    "load_corrections",
]

_ANY_CHILD = "*"
_ANY_DEPTH = "**"
_CORRECTION_FIELDS = {"id", "changes", "because", "evidence", "versions", "edits"}
_EDIT_FIELDS = {
    "at",
    "where",
    "equals",
    "set",
    "remove",
    "replace",
    "delete",
    "no_body",
}
_NO_VALUE: Any = object()

#: A step of an edit's path: a key, "*", "**", or the fields a child must have.
Step = str | Mapping[str, Any]


class CorrectionError(Exception):
    """A correction is malformed, no longer applies, or changes nothing."""


@dataclass(frozen=True)
class Edit:
    """One asserted change: select nodes with ``at``, then change each of them."""

    at: tuple[Step, ...]
    where: Mapping[str, Any] | None = None
    equals: Any = _NO_VALUE
    set: Mapping[str, Any] | None = None
    remove: tuple[str, ...] = ()
    replace: Any = _NO_VALUE
    delete: bool = False
    no_body: bool = False


@dataclass(frozen=True)
class Correction:
    """One entry of spec/corrections.yaml."""

    id: str
    changes: str
    because: str
    evidence: str
    #: Harbor tags the correction applies to; ``None`` for every pinned version.
    versions: tuple[str, ...] | None
    edits: tuple[Edit, ...]

    def applies_to(self, version: str) -> bool:
        return self.versions is None or version in self.versions


def load_corrections(
    path: Path, known_versions: Sequence[str] | None = None
) -> list[Correction]:
    """Read and check the corrections file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("corrections"), list):
        raise CorrectionError(f"{path}: expected a mapping with a 'corrections' list")
    corrections = [_parse_correction(entry) for entry in data["corrections"]]
    seen: set[str] = set()
    for correction in corrections:
        if correction.id in seen:
            raise CorrectionError(f"correction {correction.id!r} is listed twice")
        seen.add(correction.id)
        unknown = set(correction.versions or ()) - set(known_versions or ())
        if known_versions is not None and unknown:
            raise CorrectionError(
                f"correction {correction.id!r} names versions that are not pinned: "
                + ", ".join(sorted(unknown))
            )
    return corrections


def apply_corrections(
    document: Mapping[str, Any], corrections: Sequence[Correction], version: str
) -> tuple[dict[str, Any], list[str]]:
    """Apply the corrections meant for ``version`` to a copy of the document.

    Returns the corrected copy and the ids of the corrections applied, in order.
    """
    corrected = copy.deepcopy(dict(document))
    applied = []
    for correction in corrections:
        if not correction.applies_to(version):
            continue
        for number, edit in enumerate(correction.edits, start=1):
            _apply_edit(corrected, edit, f"correction {correction.id!r}, edit {number}")
        applied.append(correction.id)
    return corrected, applied


def _parse_correction(entry: Any) -> Correction:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise CorrectionError(f"a correction needs an 'id': {entry!r:.200}")
    name = entry["id"]
    unknown = set(entry) - _CORRECTION_FIELDS
    missing = _CORRECTION_FIELDS - set(entry)
    if unknown or missing:
        raise CorrectionError(
            f"correction {name!r}: unknown fields {sorted(unknown)}, "
            f"missing fields {sorted(missing)}"
        )
    versions = entry["versions"]
    if versions != "all" and not (
        isinstance(versions, list) and all(isinstance(v, str) for v in versions)
    ):
        raise CorrectionError(f"correction {name!r}: versions must be 'all' or a list")
    if not isinstance(entry["edits"], list) or not entry["edits"]:
        raise CorrectionError(f"correction {name!r}: edits must be a non-empty list")
    return Correction(
        id=name,
        changes=str(entry["changes"]).strip(),
        because=str(entry["because"]).strip(),
        evidence=str(entry["evidence"]).strip(),
        versions=None if versions == "all" else tuple(versions),
        edits=tuple(_parse_edit(name, raw) for raw in entry["edits"]),
    )


def _parse_edit(name: str, raw: Any) -> Edit:
    if not isinstance(raw, dict) or not isinstance(raw.get("at"), list):
        raise CorrectionError(f"correction {name!r}: an edit needs an 'at' list")
    unknown = set(raw) - _EDIT_FIELDS
    if unknown:
        raise CorrectionError(f"correction {name!r}: unknown edit fields {unknown}")
    edit = Edit(
        at=tuple(raw["at"]),
        where=raw.get("where"),
        equals=raw.get("equals", _NO_VALUE),
        set=raw.get("set"),
        remove=tuple(raw.get("remove", ())),
        replace=raw.get("replace", _NO_VALUE),
        delete=bool(raw.get("delete", False)),
        no_body=bool(raw.get("no_body", False)),
    )
    exclusive = [
        edit.replace is not _NO_VALUE,
        edit.delete,
        edit.no_body,
        bool(edit.set or edit.remove),
    ]
    if sum(exclusive) != 1:
        raise CorrectionError(
            f"correction {name!r}: an edit does either set/remove, replace, delete "
            "or no_body"
        )
    return edit


# A selected node: the container that holds it, its key or index there, the node.
_Match = tuple[Any, Any, Any]


def _apply_edit(root: dict[str, Any], edit: Edit, label: str) -> None:
    matches = [m for m in _select(root, edit.at) if _accepts(edit, m[2])]
    if not matches:
        raise CorrectionError(
            f"{label} no longer applies: nothing matches {list(edit.at)}"
            + (f" where {edit.where}" if edit.where else "")
            + (f" equal to {edit.equals}" if edit.equals is not _NO_VALUE else "")
        )
    # Deleting list items from the back keeps the indexes of the others valid.
    if edit.delete:
        matches.sort(key=lambda m: m[1] if isinstance(m[1], int) else -1, reverse=True)
    changed = False
    for container, key, node in matches:
        changed |= _change(root, edit, container, key, node, label)
    if not changed:
        raise CorrectionError(f"{label} changes nothing at {list(edit.at)}")


def _accepts(edit: Edit, node: Any) -> bool:
    if edit.equals is not _NO_VALUE and node != edit.equals:
        return False
    return edit.where is None or _has_fields(node, edit.where)


def _change(
    root: dict[str, Any], edit: Edit, container: Any, key: Any, node: Any, label: str
) -> bool:
    if container is None:
        raise CorrectionError(f"{label}: the document root cannot be replaced")
    if edit.delete:
        del container[key]
        return True
    if edit.replace is not _NO_VALUE:
        container[key] = copy.deepcopy(edit.replace)
        return bool(node != edit.replace)
    if edit.no_body:
        return _drop_body(root, container, key, node)
    if not isinstance(node, dict):
        raise CorrectionError(
            f"{label}: set/remove needs a mapping, found {node!r:.80}"
        )
    changed = False
    for field, value in (edit.set or {}).items():
        changed |= node.get(field, _NO_VALUE) != value
        node[field] = copy.deepcopy(value)
    for field in edit.remove:
        changed |= node.pop(field, _NO_VALUE) is not _NO_VALUE
    return changed


def _drop_body(root: dict[str, Any], container: Any, key: Any, node: Any) -> bool:
    response = resolve(root, node["$ref"]) if "$ref" in node else node
    if "schema" not in response:
        return False
    container[key] = {k: copy.deepcopy(v) for k, v in response.items() if k != "schema"}
    return True


def _select(root: Any, steps: Sequence[Step]) -> list[_Match]:
    current: list[_Match] = [(None, None, root)]
    for step in steps:
        following: list[_Match] = []
        for match in current:
            if step == _ANY_DEPTH:
                following.extend(_self_and_below(match))
            elif step == _ANY_CHILD:
                following.extend(_children(match[2]))
            elif isinstance(step, Mapping):
                following.extend(
                    c for c in _children(match[2]) if _has_fields(c[2], step)
                )
            elif isinstance(match[2], dict) and step in match[2]:
                following.append((match[2], step, match[2][step]))
        current = following
    return current


def _children(node: Any) -> Iterator[_Match]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key, value
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield node, index, value


def _self_and_below(match: _Match) -> Iterator[_Match]:
    yield match
    for child in _children(match[2]):
        yield from _self_and_below(child)


def _has_fields(node: Any, fields: Mapping[str, Any]) -> bool:
    return isinstance(node, dict) and all(
        k in node and node[k] == v for k, v in fields.items()
    )
