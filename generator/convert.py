"""Swagger 2.0 to OpenAPI 3.0, with swagger2openapi from generator/node_modules.

openapi-python-client reads only OpenAPI 3, and no maintained converter exists in
Python. swagger2openapi runs with its default options: ``--refSiblings allOf`` makes
the generator drop models and endpoints, and ``--patch`` changes nothing for Harbor.
Input and output are JSON: its YAML reader rejects older Harbor definitions, and its
YAML writer leaves timestamps in examples unquoted.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

__all__ = ["ConversionError", "convert", "swagger2openapi_version"]

TOOLS = Path(__file__).resolve().parent
PACKAGE = TOOLS / "node_modules" / "swagger2openapi"
PINNED_VERSION = "7.0.8"


class ConversionError(Exception):
    """swagger2openapi is missing or failed."""


def swagger2openapi_version() -> str:
    manifest = PACKAGE / "package.json"
    if not manifest.is_file():
        raise ConversionError(
            "swagger2openapi is not installed; run `npm ci --prefix generator`"
        )
    version = str(json.loads(manifest.read_text(encoding="utf-8"))["version"])
    if version != PINNED_VERSION:
        raise ConversionError(
            f"generator/node_modules has swagger2openapi {version}, the build is "
            f"pinned to {PINNED_VERSION}; run `npm ci --prefix generator`"
        )
    return version


def convert(document: dict[str, Any], workdir: Path) -> dict[str, Any]:
    """The OpenAPI 3.0 form of a Swagger 2.0 document."""
    swagger2openapi_version()
    node = shutil.which("node")
    if node is None:
        raise ConversionError("node is not on PATH; the build needs node 20")
    source = workdir / "swagger.json"
    target = workdir / "openapi.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    command = [
        node,
        str(PACKAGE / "swagger2openapi.js"),
        str(source),
        "-o",
        str(target),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not target.is_file():
        raise ConversionError(
            f"swagger2openapi failed ({done.returncode}): {done.stderr.strip()[-2000:]}"
        )
    converted: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return converted
