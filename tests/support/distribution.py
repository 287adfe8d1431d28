"""A real distribution registry (Debian's ``docker-registry``) on 127.0.0.1 for tests.

Each registry gets a free port, its own configuration file and its own filesystem
storage under the directory the test hands in, so tests never share content. Blob
and manifest deletion are enabled, because the client's delete calls are under test
too.

When the binary is missing the test is skipped on a developer machine and fails in
CI (the ``CI`` environment variable is set), so a broken CI image cannot pass by
skipping every test that talks to a real registry.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import pytest

__all__ = [
    "RegistryStartError",
    "RunningRegistry",
    "TokenAuthConfig",
    "registry_backend",
    "registry_binary",
    "require_binary",
    "skopeo_binary",
    "start_registry",
]

REGISTRY_BINARY = "/usr/bin/docker-registry"
SKOPEO_BINARY = "/usr/bin/skopeo"

#: How long a registry may take to answer ``/v2/`` after it was started, in seconds.
START_TIMEOUT = 20.0


class RegistryStartError(RuntimeError):
    """The registry process exited or did not answer ``/v2/`` in time."""


@dataclass(frozen=True)
class TokenAuthConfig:
    """The ``auth: token`` section: where clients get tokens and how they are checked.

    ``rootcertbundle`` is the PEM certificate whose private key signs the tokens.
    """

    realm: str
    service: str
    issuer: str
    rootcertbundle: Path


def require_binary(path: str, package: str) -> str:
    """The path of a binary the test needs; skip (or fail in CI) when it is missing."""
    found = path if os.access(path, os.X_OK) else shutil.which(Path(path).name)
    if found:
        return found
    message = (
        f"{path} is missing: install Debian's {package} package "
        f"(apt-get install -y {package})"
    )
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def registry_binary() -> str:
    """The ``docker-registry`` binary, or skip / fail as :func:`require_binary`."""
    return require_binary(REGISTRY_BINARY, "docker-registry")


def registry_backend(backend: Any) -> Any:
    """The plugin's ``local_harbor_registry`` backend; skip or fail without one.

    Skips (fails in CI) when the binary is missing, and fails when the binary is
    there but the plugin made no backend.
    """
    if backend is None:
        registry_binary()
        pytest.fail("the registry backend is missing although the binary is there")
    return backend


def skopeo_binary() -> str:
    """The ``skopeo`` binary, or skip / fail as :func:`require_binary`."""
    return require_binary(SKOPEO_BINARY, "skopeo")


class RunningRegistry:
    """A started registry process; stop it with :meth:`stop` or a ``with`` block."""

    def __init__(
        self,
        *,
        process: subprocess.Popen[bytes],
        port: int,
        root: Path,
        config_path: Path,
        log_path: Path,
    ) -> None:
        self.process = process
        self.port = port
        self.root = root
        self.config_path = config_path
        self.log_path = log_path

    @property
    def url(self) -> str:
        """The base URL, ``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def host(self) -> str:
        """``127.0.0.1:PORT``, the registry part of an image reference."""
        return f"127.0.0.1:{self.port}"

    def log(self) -> str:
        """What the registry wrote to its log so far (for assertion messages)."""
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

    def __enter__(self) -> RunningRegistry:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"RunningRegistry(url={self.url!r}, root={str(self.root)!r})"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _config(
    storage: Path, port: int, token_auth: TokenAuthConfig | None, relative_urls: bool
) -> dict[str, Any]:
    config: dict[str, Any] = {
        "version": 0.1,
        "log": {"level": "info", "formatter": "text"},
        "storage": {
            "filesystem": {"rootdirectory": str(storage)},
            "delete": {"enabled": True},
            # The purger walks the storage in the background; a test's registry lives
            # for seconds and must not touch files while the test inspects them.
            "maintenance": {"uploadpurging": {"enabled": False}},
        },
        "http": {
            "addr": f"127.0.0.1:{port}",
            "relativeurls": relative_urls,
            "headers": {"X-Content-Type-Options": ["nosniff"]},
        },
    }
    if token_auth is not None:
        config["auth"] = {
            "token": {
                "realm": token_auth.realm,
                "service": token_auth.service,
                "issuer": token_auth.issuer,
                "rootcertbundle": str(token_auth.rootcertbundle),
            }
        }
    return config


def _wait_until_ready(registry: RunningRegistry) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    # trust_env=False: an HTTP_PROXY in the environment must not see loopback traffic.
    with httpx.Client(trust_env=False, timeout=2.0) as client:
        while time.monotonic() < deadline:
            if registry.process.poll() is not None:
                raise RegistryStartError(
                    f"docker-registry exited with {registry.process.returncode}:\n"
                    f"{registry.log()[-2000:]}"
                )
            try:
                answer = client.get(f"{registry.url}/v2/")
            except httpx.TransportError:
                time.sleep(0.05)
                continue
            # 401 is the ready answer of a registry with token auth.
            if answer.status_code in (200, 401):
                return
            time.sleep(0.05)
    registry.stop()
    raise RegistryStartError(
        f"docker-registry did not answer /v2/ within {START_TIMEOUT} s:\n"
        f"{registry.log()[-2000:]}"
    )


def start_registry(
    root: Path,
    *,
    token_auth: TokenAuthConfig | None = None,
    relative_urls: bool = False,
) -> RunningRegistry:
    """Start a registry with its storage under ``root`` and wait until it answers.

    ``relative_urls`` makes it answer relative ``Location`` headers on uploads.
    """
    binary = registry_binary()
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    storage = root / "storage"
    storage.mkdir(exist_ok=True)

    last_error: RegistryStartError | None = None
    # The port is free when chosen but another process may take it before the
    # registry binds it; a few attempts make that race harmless.
    for attempt in range(3):
        port = _free_port()
        config_path = root / f"config-{port}.yml"
        # JSON is YAML too, and needs no third-party writer.
        config_path.write_text(
            json.dumps(_config(storage, port, token_auth, relative_urls), indent=2)
        )
        log_path = root / f"registry-{port}.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [binary, "serve", str(config_path)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
            )
        registry = RunningRegistry(
            process=process,
            port=port,
            root=root,
            config_path=config_path,
            log_path=log_path,
        )
        try:
            _wait_until_ready(registry)
        except RegistryStartError as error:
            registry.stop()
            last_error = error
            if "address already in use" not in registry.log() or attempt == 2:
                raise
            continue
        return registry
    assert last_error is not None
    raise last_error


@pytest.fixture
def distribution_registry(tmp_path: Path) -> Iterator[RunningRegistry]:
    """A registry without auth, for one test; import it into a conftest or test."""
    with start_registry(tmp_path / "registry") as registry:
        yield registry
