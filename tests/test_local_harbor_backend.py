"""The registry process behind the local Harbor: when it starts, stops, is shared,
and what ``/v2/`` says when there is none."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from support.distribution import registry_binary
from test_local_harbor import error_body

from harbor_client.testing import (
    LocalHarbor,
    RegistryBackend,
    RegistryUnavailable,
    _backend,
    _server,
)

ADMIN = ("admin", "Harbor12345")
MISSING = (
    "the local Harbor's /v2/ runs Debian's docker-registry binary, which is not "
    "installed: apt-get install -y docker-registry"
)


def children_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid``, read from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: split after it.
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def no_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine without Debian's docker-registry package."""
    monkeypatch.setattr(_server, "find_registry_binary", lambda: None)
    monkeypatch.setattr(_backend, "find_registry_binary", lambda: None)


@pytest.mark.usefixtures("no_binary")
def test_without_the_binary_v2_is_a_503_naming_the_debian_package() -> None:
    with LocalHarbor() as harbor:
        registry = httpx.get(f"{harbor.url}/v2/", auth=ADMIN)
        api = httpx.get(f"{harbor.url}/api/v2.0/projects", auth=ADMIN)

    assert not harbor.registry_available
    assert registry.status_code == 503
    assert registry.content == error_body("UNAVAILABLE", MISSING)
    assert [p["name"] for p in api.json()] == ["library"]


@pytest.mark.usefixtures("no_binary")
def test_asking_for_a_registry_without_the_binary_is_a_clear_error() -> None:
    with pytest.raises(RegistryUnavailable) as refused:
        LocalHarbor(registry=True)

    assert str(refused.value) == MISSING


@pytest.mark.usefixtures("no_binary")
def test_a_registry_backend_without_the_binary_is_the_same_error() -> None:
    with pytest.raises(RegistryUnavailable, match="apt-get install -y docker-registry"):
        RegistryBackend()


def test_a_local_harbor_starts_and_stops_its_own_registry_process() -> None:
    registry_binary()

    with LocalHarbor() as harbor:
        backend = harbor.backend
        assert backend is not None
        answer = httpx.get(f"{harbor.url}/v2/", auth=ADMIN)
        process = backend._process
        root = backend.root
        assert process is not None and root is not None
        assert process.poll() is None

    assert answer.status_code == 200
    assert process.poll() is not None
    assert not root.exists()


def test_a_local_harbor_that_never_serves_v2_starts_no_registry_process() -> None:
    registry_binary()

    with LocalHarbor() as harbor:
        httpx.get(f"{harbor.url}/api/v2.0/projects", auth=ADMIN).raise_for_status()
        backend = harbor.backend

    assert backend is not None
    assert backend._process is None


def test_a_shared_registry_outlives_the_local_harbors_that_use_it() -> None:
    registry_binary()

    with RegistryBackend() as backend:
        with LocalHarbor(registry=backend) as first:
            httpx.get(f"{first.url}/v2/", auth=ADMIN).raise_for_status()
        with LocalHarbor(registry=backend) as second:
            answer = httpx.get(f"{second.url}/v2/", auth=ADMIN)

        assert answer.status_code == 200
        assert backend._process is not None and backend._process.poll() is None


def test_a_registry_that_died_makes_v2_a_503() -> None:
    registry_binary()

    with LocalHarbor() as harbor:
        backend = harbor.backend
        assert backend is not None
        httpx.get(f"{harbor.url}/v2/demo/x/tags/list", auth=ADMIN)
        upload = httpx.post(f"{harbor.url}/v2/library/x/blobs/uploads/", auth=ADMIN)
        assert backend._process is not None
        backend._process.kill()
        backend._process.wait()
        answer = httpx.post(f"{harbor.url}/v2/library/x/blobs/uploads/", auth=ADMIN)

    assert upload.status_code == 202
    assert answer.status_code == 503
    assert answer.json()["errors"][0]["message"].startswith(
        "the registry behind the local Harbor did not answer: "
    )


def test_serve_prints_the_registry_and_stops_it_on_sigterm() -> None:
    registry_binary()
    process = subprocess.Popen(
        [sys.executable, "-m", "harbor_client.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().strip() for _ in range(5)]
        url = lines[1].removeprefix("URL: ")
        answer = httpx.get(f"{url}/v2/", auth=ADMIN)
        children = children_of(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=20)

    assert re.fullmatch(r"registry: 127\.0\.0\.1:\d+", lines[4])
    assert lines[4] == f"registry: {url.removeprefix('http://')}"
    assert answer.status_code == 200
    assert process.returncode == 0
    assert len(children) == 1
    assert not alive(children[0])


def test_the_url_of_a_backend_is_of_a_registry_that_answers() -> None:
    registry_binary()
    backend = RegistryBackend()

    with backend:
        answer = httpx.get(f"{backend.url}/v2/")

    assert (answer.status_code, answer.content) == (200, b"{}")
    with pytest.raises(RuntimeError, match="stopped"):
        backend.url  # noqa: B018
