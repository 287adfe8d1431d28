"""Memory of a transfer does not grow with the blob: measured in a subprocess.

Each transfer runs in a fresh interpreter, whose peak RSS is then its own: the
baseline of Python, httpx and the SDK, plus what the transfer holds. The peak is
``VmHWM`` from ``/proc/self/status``: on Linux a child's ``ru_maxrss`` starts at
the parent's resident size when it was spawned (the high-water mark survives
``exec``), so under pytest it would report pytest's memory, not the transfer's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.distribution import RunningRegistry, start_registry

pytestmark = pytest.mark.registry

MIB = 1024 * 1024

TRANSFER = """
import json, resource, sys
from pathlib import Path
from harbor_client.registry import Registry, RegistryOptions
url, action, path, digest, chunk_mib = sys.argv[1:]
options = RegistryOptions(chunk_size=int(chunk_mib) * 1024 * 1024 or None)
with Registry.connect(url, options=options) as registry:
    if action == "push":
        digest = registry.upload_blob("memory/app", Path(path)).digest
    else:
        registry.download_blob("memory/app", digest, Path(path))
try:
    status = Path("/proc/self/status").read_text().split("VmHWM:")[1]
    peak = int(status.split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"digest": digest, "peak": peak}))
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningRegistry]:
    with start_registry(tmp_path_factory.mktemp("registry")) as registry:
        yield registry


def transfer(
    url: str, action: str, path: Path, digest: str = "", chunk_mib: int = 0
) -> dict[str, float]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            TRANSFER,
            url,
            action,
            str(path),
            digest,
            str(chunk_mib),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def blob(path: Path, size: int) -> Path:
    with path.open("wb") as file:
        for _ in range(size // MIB):
            file.write(os.urandom(MIB))
    return path


@pytest.mark.parametrize(
    "chunk_mib",
    [0, 4],
    ids=["one-streamed-patch", "patches-of-4-mib"],
)
def test_peak_memory_of_push_and_pull_is_the_same_for_8_and_128_mib(
    served: RunningRegistry, tmp_path: Path, chunk_mib: int
) -> None:
    # By default a file goes in one PATCH read from the file while it is sent
    # (128 MiB here); with chunk_size, in PATCHes of that size. Neither holds a
    # chunk: the pieces in flight are all the memory a push needs.
    peaks = {}
    for size in (8 * MIB, 128 * MIB):
        source = blob(tmp_path / f"in-{size}", size)
        pushed = transfer(served.url, "push", source, chunk_mib=chunk_mib)
        pulled = transfer(
            served.url, "pull", tmp_path / f"out-{size}", pushed["digest"]
        )
        assert (tmp_path / f"out-{size}").read_bytes() == source.read_bytes()
        peaks[size] = (pushed["peak"], pulled["peak"])
    small, large = peaks[8 * MIB], peaks[128 * MIB]
    # A 16-fold blob may cost a little allocator slack, never a copy of itself.
    assert large[0] - small[0] < 4, peaks
    assert large[1] - small[1] < 4, peaks
    assert max(large) < 80, peaks
