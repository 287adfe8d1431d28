"""The registry behind the local Harbor's ``/v2/``: Debian's ``docker-registry``.

Harbor core is a proxy in front of a distribution registry that only core talks to:
core authenticates clients with its own token service and reaches the registry with
its own credentials. The local Harbor does the same with a real registry process on
its own 127.0.0.1 port, its own configuration and storage in a temporary directory,
and no authentication (only the local Harbor is meant to call it).

One backend can serve many local Harbors at once: each one keeps its repositories
under its own namespace there (``lh-1a2b3c4d/demo/app``), so their content never
meets. That lets a test suite start one registry process and a fresh Harbor per
test.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import weakref
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

logger = logging.getLogger("harbor_client.testing")

#: the Debian package that ships the registry
REGISTRY_PACKAGE = "docker-registry"
REGISTRY_BINARY = "/usr/bin/docker-registry"
#: how long the registry may take to answer ``/v2/`` once started, in seconds
START_TIMEOUT = 20.0


class RegistryUnavailable(RuntimeError):
    """The registry binary is missing, or the process did not come up."""


def find_registry_binary() -> str | None:
    """The ``docker-registry`` binary, or ``None`` when it is not installed."""
    if os.access(REGISTRY_BINARY, os.X_OK):
        return REGISTRY_BINARY
    return shutil.which("docker-registry")


def missing_binary_message() -> str:
    return (
        f"the local Harbor's /v2/ runs Debian's {REGISTRY_PACKAGE} binary, which is "
        f"not installed: apt-get install -y {REGISTRY_PACKAGE}"
    )


class RegistryBackend:
    """A ``docker-registry`` process on 127.0.0.1 for one or more local Harbors.

    ::

        with RegistryBackend() as backend:
            with LocalHarbor(registry=backend) as first, LocalHarbor(
                registry=backend
            ) as second:
                ...

    ``start()`` launches the process and returns at once; the first request waits
    until it answers. ``root`` holds the configuration, log and storage (a temporary
    directory, removed on :meth:`stop`, by default).
    """

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        binary = find_registry_binary()
        if binary is None:
            raise RegistryUnavailable(missing_binary_message())
        self.binary = binary
        self._own_root = root is None
        self.root = Path(root) if root is not None else None
        self._process: subprocess.Popen[bytes] | None = None
        self._port = 0
        self._ready = False
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self._stopped = False

    def __repr__(self) -> str:
        where = self._address if self._process is not None else "not running"
        return f"RegistryBackend({where})"

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` of the registry, started and answering.

        What is pushed there directly lives outside every local Harbor's namespace.
        """
        if self._stopped:
            raise RuntimeError("the registry backend is stopped")
        self.client()
        return self._address

    @property
    def _address(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def log_path(self) -> Path | None:
        """The registry's log file, once it has a directory."""
        return self.root / "registry.log" if self.root is not None else None

    def log(self) -> str:
        """What the registry wrote to its log so far."""
        path = self.log_path
        try:
            return path.read_text(errors="replace") if path is not None else ""
        except OSError:
            return ""

    # -- lifecycle

    def start(self) -> RegistryBackend:
        """Launch the process (without waiting for it); does nothing if running."""
        with self._lock:
            self._stopped = False
            if self._process is None:
                self._launch()
        return self

    def stop(self) -> None:
        """Stop the process and remove its temporary directory."""
        with self._lock:
            process, self._process = self._process, None
            client, self._client = self._client, None
            self._ready = False
            self._stopped = True
        if client is not None:
            client.close()
        if process is not None:
            _terminate(process)
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None
        if self._own_root and self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self) -> RegistryBackend:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def client(self) -> httpx.Client:
        """The HTTP client to the registry, once it answers (started if needed)."""
        self.start()
        with self._lock:
            if not self._ready:
                self._wait_until_ready()
                self._ready = True
            if self._client is None:
                limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
                self._client = httpx.Client(
                    base_url=self._address,
                    # Headers and body go out in two writes; with Nagle's algorithm
                    # the body would wait for the registry's delayed ACK (40 ms).
                    transport=httpx.HTTPTransport(
                        limits=limits,
                        socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
                    ),
                    # Never a proxy from the environment for loopback traffic.
                    trust_env=False,
                    timeout=httpx.Timeout(30.0, read=300.0, write=300.0),
                    follow_redirects=False,
                )
            return self._client

    def _launch(self) -> None:
        if self.root is None:
            self.root = Path(tempfile.mkdtemp(prefix="local-harbor-registry-"))
        self.root.mkdir(parents=True, exist_ok=True)
        storage = self.root / "storage"
        storage.mkdir(exist_ok=True)
        self._port = _free_port()
        config_path = self.root / "config.yml"
        # JSON is YAML too, and needs no writer beyond the standard library.
        config_path.write_text(json.dumps(_config(storage, self._port), indent=2))
        assert self.log_path is not None
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                [self.binary, "serve", str(config_path)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
            )
        # A process left running when the interpreter exits would outlive the test
        # run that started it.
        self._finalizer = weakref.finalize(self, _terminate, self._process)
        logger.debug("started %s on 127.0.0.1:%d", self.binary, self._port)

    def _wait_until_ready(self) -> None:
        process = self._process
        assert process is not None
        deadline = time.monotonic() + START_TIMEOUT
        with httpx.Client(trust_env=False, timeout=2.0) as probe:
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    raise RegistryUnavailable(
                        f"docker-registry exited with {process.returncode}:\n"
                        f"{self.log()[-2000:]}"
                    )
                try:
                    answer = probe.get(f"{self._address}/v2/")
                except httpx.TransportError:
                    time.sleep(0.02)
                    continue
                if answer.status_code == 200:
                    return
                time.sleep(0.02)
        raise RegistryUnavailable(
            f"docker-registry did not answer within {START_TIMEOUT} s:\n"
            f"{self.log()[-2000:]}"
        )


def _config(storage: Path, port: int) -> dict[str, Any]:
    return {
        "version": 0.1,
        "log": {"level": "warn", "formatter": "text", "accesslog": {"disabled": True}},
        "storage": {
            "filesystem": {"rootdirectory": str(storage)},
            "delete": {"enabled": True},
            # The purger walks the storage in the background; nothing here lives long
            # enough to leave stale uploads worth it.
            "maintenance": {"uploadpurging": {"enabled": False}},
        },
        "http": {
            "addr": f"127.0.0.1:{port}",
            # A fixed secret signs the upload state, so no warning at every start.
            "secret": os.urandom(16).hex(),
            "relativeurls": False,
        },
    }


def _free_port() -> int:
    # TODO: another process may take the port before the registry binds it; a
    # restart on "address already in use" would make that race harmless.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _terminate(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
