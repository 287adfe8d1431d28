"""Names on Harbor / AsyncHarbor: tag -> namespace, operationId -> method.

The rule: a method name is the operationId in snake_case without the words its
namespace already says (``getProjectSummary`` on ``projects`` -> ``get_summary``),
then without a dangling ``of``/``by``/``under`` and a trailing ``by_id``;
generator/names.yaml holds the words per tag and the few names the rule gets wrong.
Names must be unique in their namespace, iterators included, or the build stops
naming the clash.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from openapi_python_client.strings import pascal_case, snake_case

__all__ = ["NameTable", "NamingError", "check_unique", "iterator_name", "load_names"]

NAMES = Path(__file__).resolve().parent / "names.yaml"
_DANGLING = {"of", "by", "under", "for"}


class NamingError(Exception):
    """Two operations got the same name, or a name is not usable."""


@dataclass(frozen=True)
class Namespace:
    tag: str
    attribute: str
    #: phrases left out of method names, each as a tuple of words, longest first.
    strip: tuple[tuple[str, ...], ...]

    @property
    def class_name(self) -> str:
        return f"{pascal_case(self.tag)}Api"


@dataclass(frozen=True)
class NameTable:
    namespaces: Mapping[str, Namespace]
    overrides: Mapping[str, str]

    def namespace(self, tag: str) -> Namespace:
        found = self.namespaces.get(tag)
        if found is not None:
            return found
        words = tuple(snake_case(tag).split("_"))
        return Namespace(tag, snake_case(tag), (words,))

    def method(self, operation_id: str, tag: str) -> str:
        if operation_id in self.overrides:
            return self.overrides[operation_id]
        words = snake_case(operation_id).split("_")
        for phrase in self.namespace(tag).strip:
            words = _without(words, phrase)
        while words and words[-1] in _DANGLING:
            words.pop()
        if len(words) > 2 and words[-2:] == ["by", "id"]:
            words = words[:-2]
        # A name the namespace says entirely (search on search) stays whole.
        return "_".join(words) or snake_case(operation_id)


def load_names(path: Path = NAMES) -> NameTable:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    namespaces = {
        tag: Namespace(
            tag,
            entry["attribute"],
            tuple(
                sorted(
                    (tuple(phrase.split()) for phrase in entry.get("strip", [])),
                    key=len,
                    reverse=True,
                )
            ),
        )
        for tag, entry in data["namespaces"].items()
    }
    return NameTable(namespaces, dict(data.get("overrides") or {}))


def iterator_name(method: str) -> str:
    """``list`` -> ``iter``, ``list_tags`` -> ``iter_tags``, ``x`` -> ``iter_x``."""
    if method == "list":
        return "iter"
    if method.startswith("list_"):
        return "iter_" + method.removeprefix("list_")
    return "iter_" + method


def check_unique(scope: str, names: Iterable[tuple[str, str]]) -> None:
    """Stop on a name used twice in ``scope``; ``names`` are (name, operationId)."""
    seen: dict[str, str] = {}
    for name, operation_id in names:
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            raise NamingError(f"{scope}: {operation_id} would be named {name!r}")
        if name in seen:
            raise NamingError(
                f"{scope}: {seen[name]} and {operation_id} would both be named "
                f"{name!r}; add an override to generator/names.yaml"
            )
        seen[name] = operation_id


def _without(words: list[str], phrase: tuple[str, ...]) -> list[str]:
    size = len(phrase)
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size]) == phrase:
            return words[:start] + words[start + size :]
    return words
