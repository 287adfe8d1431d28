"""Every public name of the hand-written layer has a docstring.

The API reference of the site is made from docstrings, and ``help()`` shows them: a
public class, function, method or property without one is a hole in both.

Public means: a module of ``harbor_client`` whose dotted path has no part starting
with ``_`` (so not ``_generated``, not ``testing/_app``), the names in its
``__all__`` (or, without one, the names it defines that do not start with ``_``),
and the methods and properties those classes define themselves. An override
without a docstring of its own counts as documented when the method it overrides
has one, as ``inspect.getdoc`` (and ``help()``) shows that one.

``harbor_client.testing`` is listed but not asserted here (its docstrings belong to
the local Harbor's own work). Run this file as a script to print what is missing:
``python tests/test_docs_docstrings.py``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import harbor_client

#: Packages whose names are listed by the script but not asserted by the test.
NOT_ASSERTED = ("harbor_client.testing",)


def public_modules() -> Iterator[ModuleType]:
    """``harbor_client`` and every public module below it, imported."""
    yield harbor_client
    for info in pkgutil.walk_packages(harbor_client.__path__, "harbor_client."):
        if any(part.startswith("_") for part in info.name.split(".")[1:]):
            continue
        yield importlib.import_module(info.name)


def _exported(module: ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is not None:
        return list(names)
    return [
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == module.__name__
    ]


def _documented_member(cls: type, name: str, member: Any) -> bool:
    if isinstance(member, staticmethod | classmethod):
        member = member.__func__
    if getattr(member, "__doc__", None):
        return True
    for base in cls.__mro__[1:]:
        inherited = vars(base).get(name)
        if inherited is not None and getattr(inherited, "__doc__", None):
            return True
    return False


def undocumented() -> list[str]:
    """Dotted names of the public objects that have no docstring."""
    missing: list[str] = []
    seen: set[int] = set()
    for module in public_modules():
        if not (module.__doc__ or "").strip():
            missing.append(module.__name__)
        for name in _exported(module):
            obj = getattr(module, name)
            if not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue  # constants and aliases carry #: comments instead
            if id(obj) in seen:
                continue
            if getattr(obj, "__module__", "").startswith("harbor_client._generated"):
                continue  # re-exported generated models: documented from Harbor's
                # definition by the build step, not by hand
            seen.add(id(obj))
            where = f"{module.__name__}.{name}"
            if not inspect.getdoc(obj):
                missing.append(where)
            if not inspect.isclass(obj):
                continue
            for member_name, member in vars(obj).items():
                if member_name.startswith("_"):
                    continue
                function = getattr(member, "__func__", member)
                if not (inspect.isfunction(function) or isinstance(member, property)):
                    continue
                if not _documented_member(obj, member_name, member):
                    missing.append(f"{where}.{member_name}")
    return missing


def test_every_public_name_of_the_hand_written_layer_has_a_docstring() -> None:
    missing = [name for name in undocumented() if not name.startswith(NOT_ASSERTED)]

    assert missing == []


if __name__ == "__main__":
    names = undocumented()
    for name in names:
        print(name)
    asserted = [n for n in names if not n.startswith(NOT_ASSERTED)]
    print(f"{len(names)} public names without a docstring ({len(asserted)} asserted)")
    sys.exit(1 if asserted else 0)
