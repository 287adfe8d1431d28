"""Stoplight Prism on 127.0.0.1, mocking Harbor's API from its Swagger definition.

Prism is an independent implementation of the definition: it checks every request
against the operation's parameters and body schema, and answers with data shaped by
the response schema. A request it rejects gets Prism's own 422 with the violations
in its body, or the operation's declared 400 with an ``sl-violations`` header that
lists them.

Prism is pinned in ``tests/prism/package.json`` and installed with
``npm ci --prefix tests/prism``. When it is missing the test is skipped on a
developer machine and fails in CI (the ``CI`` environment variable is set).
"""

from __future__ import annotations

import datetime
import json
import os
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import pytest
import yaml  # type: ignore[import-untyped]

__all__ = [
    "PRISM_BINARY",
    "PrismStartError",
    "RunningPrism",
    "load_definition",
    "start_prism",
    "violations",
]

PRISM_BINARY = Path(__file__).resolve().parents[1] / "prism/node_modules/.bin/prism"

#: How long Prism may take to answer after it was started, in seconds. It reads and
#: resolves the whole definition first, which takes a few seconds on a small machine.
START_TIMEOUT = 60.0


class PrismStartError(RuntimeError):
    """Prism exited or did not answer in time."""


def load_definition(path: Path) -> dict[str, Any]:
    """Harbor's Swagger 2.0 definition as plain JSON data."""
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def _json_ready(value: Any) -> Any:
    # YAML 1.1 reads an unquoted 2006-01-02T15:04:05Z as a datetime; JSON needs text.
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def served_definition(definition: dict[str, Any], directory: Path) -> Path:
    """Write the definition for Prism to serve, with its paths under ``basePath``.

    Prism 5 routes a Swagger 2.0 document by its ``paths`` alone and ignores
    ``basePath``, while the client sends every request below ``/api/v2.0``; moving
    the base path into the paths makes both agree. Nothing else is changed.
    """
    base = definition.get("basePath", "").rstrip("/")
    served = dict(definition)
    served.pop("basePath", None)
    served["paths"] = {base + path: item for path, item in definition["paths"].items()}
    target = directory / "harbor-definition.json"
    target.write_text(json.dumps(served, default=_json_ready), encoding="utf-8")
    return target


def prism_binary() -> Path:
    """The pinned Prism, or skip (fail in CI) with the command that installs it."""
    if os.access(PRISM_BINARY, os.X_OK):
        return PRISM_BINARY
    message = (
        f"{PRISM_BINARY} is missing: install the pinned Prism with "
        "npm ci --prefix tests/prism"
    )
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    """What Prism found wrong with the request, from its ``sl-violations`` header."""
    header = response.headers.get("sl-violations")
    if not header:
        return []
    found: list[dict[str, Any]] = json.loads(header)
    return found


class RunningPrism:
    """A started Prism process; stop it with :meth:`stop` or a ``with`` block."""

    def __init__(
        self, *, process: subprocess.Popen[bytes], port: int, log_path: Path
    ) -> None:
        self.process = process
        self.port = port
        self.log_path = log_path

    @property
    def url(self) -> str:
        """The server's origin, ``http://127.0.0.1:PORT`` (the API is below it)."""
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        """What Prism wrote so far (for assertion messages)."""
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        """Terminate the process and wait for it; safe to call twice."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def __enter__(self) -> RunningPrism:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"RunningPrism(url={self.url!r})"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_ready(prism: RunningPrism, probe: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    # trust_env=False: an HTTP_PROXY in the environment must not see loopback traffic.
    with httpx.Client(trust_env=False, timeout=2.0) as client:
        while time.monotonic() < deadline:
            if prism.process.poll() is not None:
                raise PrismStartError(
                    f"prism exited with {prism.process.returncode}:\n"
                    f"{prism.log()[-2000:]}"
                )
            try:
                client.get(prism.url + probe)
            except httpx.TransportError:
                time.sleep(0.1)
                continue
            return
    prism.stop()
    raise PrismStartError(
        f"prism did not answer within {START_TIMEOUT} s:\n{prism.log()[-2000:]}"
    )


def start_prism(
    definition: dict[str, Any], directory: Path, *, seed: str | None = None
) -> RunningPrism:
    """Serve ``definition`` with Prism on a free port and wait until it answers.

    Requests are validated (Prism's default in mock mode). Without ``seed`` the
    answers are the static examples Prism derives from each response schema: every
    property, one item per array. With a ``seed`` they are drawn from the schema
    (json-schema-faker): optional properties left out, unknown properties added,
    nullable ones null, arrays of any length; the seed makes a run repeatable.
    """
    binary = prism_binary()
    directory.mkdir(parents=True, exist_ok=True)
    document = served_definition(definition, directory)
    answers = [] if seed is None else ["--dynamic", "--seed", seed]
    probe = definition.get("basePath", "").rstrip("/") + "/ping"

    last_error: PrismStartError | None = None
    # The port is free when chosen but another process may take it before Prism
    # binds it; a few attempts make that race harmless.
    for attempt in range(3):
        port = _free_port()
        log_path = directory / f"prism-{port}.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [
                    str(binary),
                    "mock",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--verboseLevel",
                    "warn",
                    *answers,
                    str(document),
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
            )
        prism = RunningPrism(process=process, port=port, log_path=log_path)
        try:
            _wait_until_ready(prism, probe)
        except PrismStartError as error:
            prism.stop()
            last_error = error
            if "EADDRINUSE" not in prism.log() or attempt == 2:
                raise
            continue
        return prism
    assert last_error is not None
    raise last_error
