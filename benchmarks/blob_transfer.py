"""Blob push and pull through the SDK, beside a raw httpx floor and skopeo.

For each size (64 MiB and 512 MiB; 2 GiB with ``--big``) the same file is moved
to and from a local distribution registry three ways:

* the SDK (``Registry.upload_blob`` of the path, ``Registry.download_blob``), run
  in a subprocess so that its peak RSS (``VmHWM``, else ``ru_maxrss``) is its own;
* the floor: raw httpx, in a subprocess as well: one POST, one streamed PATCH of
  the whole file hashed in the same pass, one PUT; a streamed GET hashed and
  written in the same pass;
* skopeo: ``copy`` of an OCI layout that holds the file as its only layer, and
  back out to a ``dir:``. (The layer is a stored gzip stream, so skopeo sees it
  as compressed and sends it as it is instead of compressing it first.)

The blob and the registry's storage live on ``/dev/shm`` unless ``--disk``: the
filesystem driver of the registry fsyncs the upload file at the end of every
request, so on a disk every PATCH of a chunked upload waits for the disk, and
the figures measure the disk's flush rather than the clients. ``--disk`` shows
that cost (it grows with the number of PATCHes: see ``--chunk-mib``).

The SDK runs with its default options unless ``--chunk-mib`` is given: a file
goes in PATCHes of up to 512 MiB read from the file while they are sent, so the
512 MiB blob takes one PATCH, as the floor does.

Ratios are throughput ratios: the SDK's throughput over the floor's (P push, Q
pull) and over skopeo's (A, B), each the median over ``--repeat`` runs of the
ratio within a run (the clients of one run go one after the other, in an order
that alternates between runs), so that load from other processes on a shared
machine cancels out as far as it can. The reported value is the smallest over
the sizes; the MB/s columns are medians too.

Run: ``python benchmarks/blob_transfer.py [--big] [--disk] [--repeat N]
[--chunk-mib N]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024


# Both the SDK and the floor run as `blob_transfer.py --worker ACTION ...` in a
# fresh subprocess each time, so that both pay the same cold start (a new
# connection, first page faults) and the SDK's peak memory is its own.


def worker(arguments: list[str]) -> None:
    action, url, repository, path, chunk_mib, digest = arguments
    if action.startswith("floor"):
        with httpx.Client(timeout=600, trust_env=False) as client:
            started = time.perf_counter()
            if action == "floor-push":
                digest = floor_push(client, url, repository, Path(path))
            else:
                floor_pull(client, url, repository, digest, Path(path))
            seconds = time.perf_counter() - started
        print(json.dumps({"seconds": seconds, "digest": digest, "peak_mib": 0}))
        return

    # The SDK of this checkout, whatever an editable install points at.
    sys.path.insert(0, str(ROOT))
    from harbor_client.registry import Registry, RegistryOptions

    options = RegistryOptions(chunk_size=int(chunk_mib) * MIB or None)
    with Registry.connect(url, options=options) as registry:
        started = time.perf_counter()
        if action == "push":
            blob = registry.upload_blob(repository, Path(path))
            digest = blob.digest
        else:
            registry.download_blob(repository, digest, Path(path))
        seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "digest": digest, "peak_mib": peak_mib()}))


def peak_mib() -> float:
    """This process's peak resident size.

    ``VmHWM`` where Linux has it: a child's ``ru_maxrss`` starts at the resident
    size of the parent that spawned it (the high-water mark survives ``exec``), so
    it would report this benchmark's own memory instead of the SDK's.
    """
    try:
        status = Path("/proc/self/status").read_text().split("VmHWM:")[1]
        return int(status.split()[0]) / 1024
    except (OSError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sdk(
    action: str, url: str, repository: str, path: Path, chunk: int, digest: str
) -> dict[str, Any]:
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--worker",
            action,
            url,
            repository,
            str(path),
            str(chunk),
            digest,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# The floor: raw httpx, one request per direction, hashing in the same pass.


def floor_push(client: httpx.Client, url: str, repository: str, path: Path) -> str:
    """POST, one PATCH streaming the whole file (hashed on the way), PUT."""
    hasher = hashlib.sha256()

    def body() -> Any:
        with path.open("rb") as file:
            while piece := file.read(MIB):
                hasher.update(piece)
                yield piece

    opened = client.post(f"{url}/v2/{repository}/blobs/uploads/")
    location = httpx.URL(url).join(opened.headers["location"])
    headers = {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(path.stat().st_size),
    }
    patched = client.patch(location, content=body(), headers=headers)
    patched.raise_for_status()
    location = httpx.URL(url).join(patched.headers["location"])
    digest = "sha256:" + hasher.hexdigest()
    committed = client.put(location.copy_merge_params({"digest": digest}))
    committed.raise_for_status()
    return digest


def floor_pull(
    client: httpx.Client, url: str, repository: str, digest: str, target: Path
) -> None:
    """One streamed GET, hashed and written in the same pass."""
    hasher = hashlib.sha256()
    blob_url = f"{url}/v2/{repository}/blobs/{digest}"
    with client.stream("GET", blob_url) as response, target.open("wb") as file:
        response.raise_for_status()
        for piece in response.iter_raw():
            hasher.update(piece)
            file.write(piece)
    assert "sha256:" + hasher.hexdigest() == digest


# skopeo: an OCI layout with the blob as its layer.


def oci_layout(folder: Path, blob: Path, digest: str) -> None:
    blobs = folder / "blobs" / "sha256"
    blobs.mkdir(parents=True)
    os.link(blob, blobs / digest.split(":")[1])
    config = json.dumps(
        {
            "architecture": "amd64",
            "os": "linux",
            "rootfs": {"type": "layers", "diff_ids": []},
        }
    ).encode()
    manifest = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": "sha256:" + hashlib.sha256(config).hexdigest(),
                "size": len(config),
            },
            "layers": [
                {
                    "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                    "digest": digest,
                    "size": blob.stat().st_size,
                }
            ],
        }
    ).encode()
    for data in (config, manifest):
        (blobs / hashlib.sha256(data).hexdigest()).write_bytes(data)
    (folder / "oci-layout").write_text('{"imageLayoutVersion":"1.0.0"}')
    index = {
        "schemaVersion": 2,
        "manifests": [
            {
                "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "digest": "sha256:" + hashlib.sha256(manifest).hexdigest(),
                "size": len(manifest),
                "annotations": {"org.opencontainers.image.ref.name": "bench"},
            }
        ],
    }
    (folder / "index.json").write_text(json.dumps(index))


def skopeo(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["skopeo", "--insecure-policy", *args], check=True, capture_output=True
    )
    return time.perf_counter() - started


def make_blob(path: Path, size: int) -> str:
    """A gzip stream of random bytes (stored blocks), about ``size`` bytes long."""
    compressor = zlib.compressobj(0, zlib.DEFLATED, 31)
    hasher = hashlib.sha256()
    with path.open("wb") as file:
        written = 0
        while written < size:
            piece = compressor.compress(os.urandom(4 * MIB))
            file.write(piece)
            hasher.update(piece)
            written += len(piece)
        tail = compressor.flush()
        file.write(tail)
        hasher.update(tail)
    return "sha256:" + hasher.hexdigest()


def start_registry(storage: Path) -> Any:
    """The test suite's local distribution registry (imported here, not at the top:
    the SDK worker subprocess loads this module too and must stay lean)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from support.distribution import start_registry as start

    return start(storage)


def _steps(
    registry: Any,
    blob: Path,
    layout: Path,
    digest: str,
    work: Path,
    chunk: int,
) -> dict[str, Any]:
    """The six transfers of one run, each returning (seconds, peak RSS MiB or 0)."""
    url = registry.url
    reference = f"docker://{registry.host}/skopeo/blob:bench"

    def push_floor() -> tuple[float, float]:
        result = sdk("floor-push", url, "floor/blob", blob, chunk, "")
        assert result["digest"] == digest
        return float(result["seconds"]), 0.0

    def push_sdk() -> tuple[float, float]:
        result = sdk("push", url, "sdk/blob", blob, chunk, "")
        assert result["digest"] == digest
        return float(result["seconds"]), float(result["peak_mib"])

    def push_skopeo() -> tuple[float, float]:
        source = f"oci:{layout}:bench"
        return skopeo("copy", "--dest-tls-verify=false", source, reference), 0.0

    def pull_floor() -> tuple[float, float]:
        result = sdk("floor-pull", url, "floor/blob", work / "f.out", chunk, digest)
        (work / "f.out").unlink()
        return float(result["seconds"]), 0.0

    def pull_sdk() -> tuple[float, float]:
        result = sdk("pull", url, "sdk/blob", work / "s.out", chunk, digest)
        (work / "s.out").unlink()
        return float(result["seconds"]), float(result["peak_mib"])

    def pull_skopeo() -> tuple[float, float]:
        target = f"dir:{work / 'k.out'}"
        seconds = skopeo("copy", "--src-tls-verify=false", reference, target)
        shutil.rmtree(work / "k.out")
        return seconds, 0.0

    return {
        "floor_push": push_floor,
        "sdk_push": push_sdk,
        "skopeo_push": push_skopeo,
        "floor_pull": pull_floor,
        "sdk_pull": pull_sdk,
        "skopeo_pull": pull_skopeo,
    }


def measure(size: int, work: Path, repeat: int, chunk: int) -> dict[str, Any]:
    """Median times, and median ratios of runs taken side by side."""
    blob = work / f"blob-{size}"
    digest = make_blob(blob, size)
    layout = work / f"layout-{size}"
    oci_layout(layout, blob, digest)
    times: dict[str, list[float]] = {}
    peak = 0.0

    for run in range(repeat):
        # A fresh registry for every run: skopeo remembers in a blob-info cache
        # (for root under /var/lib/containers/cache) where it saw a blob, and would
        # mount it from there on the next run instead of sending it.
        storage = work / f"registry-{size}-{run}"
        with start_registry(storage) as registry:
            steps = _steps(registry, blob, layout, digest, work, chunk)
            # The machine is shared: rotate the order so that no client always
            # runs first (or last) in a run.
            for group in (
                ["floor_push", "sdk_push"],
                ["skopeo_push"],
                ["floor_pull", "sdk_pull"],
                ["skopeo_pull"],
            ):
                for name in reversed(group) if run % 2 else group:
                    seconds, peak_mib = steps[name]()
                    times.setdefault(name, []).append(seconds)
                    peak = max(peak, peak_mib)
        shutil.rmtree(storage)
    blob.unlink()
    shutil.rmtree(layout)

    def ratio(other: str, ours: str) -> float:
        pairs = zip(times[other], times[ours], strict=True)
        return statistics.median(theirs / mine for theirs, mine in pairs)

    medians: dict[str, Any] = {name: statistics.median(v) for name, v in times.items()}
    medians.update(
        P=ratio("floor_push", "sdk_push"),
        Q=ratio("floor_pull", "sdk_pull"),
        A=ratio("skopeo_push", "sdk_push"),
        B=ratio("skopeo_pull", "sdk_pull"),
        peak_mib=peak,
    )
    return medians


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big", action="store_true", help="add a 2 GiB case")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--chunk-mib",
        type=int,
        default=0,
        help="the SDK's chunk size (default: its own, 512 MiB PATCHes of a file)",
    )
    parser.add_argument(
        "--disk",
        action="store_true",
        help="keep the blob and the registry's storage on disk instead of /dev/shm",
    )
    args = parser.parse_args()

    sizes = [64 * MIB, 512 * MIB] + ([2048 * MIB] if args.big else [])
    rows = []
    memory = Path("/dev/shm")
    where = None if args.disk or not memory.is_dir() else memory
    with tempfile.TemporaryDirectory(prefix="blob-transfer-", dir=where) as scratch:
        for size in sizes:
            m = measure(size, Path(scratch), args.repeat, args.chunk_mib)
            p, q, a, b = m["P"], m["Q"], m["A"], m["B"]
            rows.append((p, q, a, b, m["peak_mib"]))
            rate = {name: size / 1e6 / m[name] for name in m if name.endswith("sh")}
            rate.update(
                {name: size / 1e6 / m[name] for name in m if name.endswith("ll")}
            )
            print(
                f"{size // MIB:5d} MiB"
                f"  push MB/s sdk {rate['sdk_push']:4.0f}"
                f" floor {rate['floor_push']:4.0f} skopeo {rate['skopeo_push']:4.0f}"
                f"  pull MB/s sdk {rate['sdk_pull']:4.0f}"
                f" floor {rate['floor_pull']:4.0f} skopeo {rate['skopeo_pull']:4.0f}"
                f"  P {p:.2f} Q {q:.2f} A {a:.2f} B {b:.2f}"
                f"  peak RSS {m['peak_mib']:.0f} MiB",
                flush=True,
            )
    p, q, a, b = (min(row[i] for row in rows) for i in range(4))
    peak = max(row[4] for row in rows)
    print(
        f"blob_transfer: push {p:.2f} of floor, pull {q:.2f} of floor, "
        f"vs skopeo push {a:.2f} pull {b:.2f}, peak RSS {peak:.0f} MiB "
        "(targets P,Q >= 0.9, A,B >= 1.0, M < 80)"
    )


if __name__ == "__main__":
    main()
