"""Local references (``#/definitions/Project``) inside one definition document."""

from __future__ import annotations

from typing import Any

__all__ = ["resolve"]


def resolve(document: Any, ref: str) -> Any:
    """The node a local ``$ref`` points to (JSON Pointer, RFC 6901)."""
    if not ref.startswith("#/"):
        raise ValueError(f"only local references can be resolved, not {ref!r}")
    node = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node
