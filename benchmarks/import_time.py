"""What importing the SDK and building a client costs, next to httpx and attrs alone.

Every sample is a fresh interpreter (``python -X importtime`` is not used: it slows the
imports it measures). Each one times, with ``time.process_time`` inside the process
(CPU time, which other processes on a shared machine disturb less than wall time),
either ``import httpx, attrs`` (the floor: what the SDK's two dependencies cost) or
``import harbor_client; harbor_client.Harbor("http://127.0.0.1:1")``, which imports
the client and the operation records and builds the client, but sends nothing. A
namespace's methods, and attrs with them, are imported the first time the namespace
is used, so the SDK's start can cost less than the floor; what the first use of
``harbor.projects`` adds is printed beside it. The kinds alternate so that a busy
machine slows all alike; the figure is the ratio of the medians.

Imports are measured as an installed package runs them, from bytecode caches: the
samples run without PYTHONDONTWRITEBYTECODE, and a first unmeasured run of each kind
writes the caches. Compiling the generated modules from source on every start would
measure the compiler instead.

Run: ``python benchmarks/import_time.py [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

TARGET = 1.15

BASELINE = "import httpx, attrs"
SDK = 'import harbor_client\nharbor_client.Harbor("http://127.0.0.1:1")'
# The same, and the first use of a namespace: its module, attrs, the types module.
FIRST_USE = SDK.replace("harbor_client.Harbor", "harbor = harbor_client.Harbor") + (
    "\nharbor.projects"
)
# The generated layer alone: what the build step's output adds to the floor.
GENERATED = "import httpx, attrs\nimport harbor_client._generated.namespaces"

TIMED = """
import time
start = time.process_time()
{code}
print(time.process_time() - start)
"""


def sample(code: str) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-c", TIMED.format(code=code)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="samples of each kind")
    args = parser.parse_args()

    kinds = {
        "floor": BASELINE,
        "sdk": SDK,
        "generated": GENERATED,
        "first use": FIRST_USE,
    }
    # One unmeasured run of each warms the file cache and writes the .pyc files.
    for code in kinds.values():
        sample(code)
    samples: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(args.runs):
        for kind, code in kinds.items():
            samples[kind].append(sample(code))

    median = {kind: statistics.median(values) for kind, values in samples.items()}
    floor, cost = median["floor"], median["sdk"]
    print(f"runs: {args.runs} fresh interpreters of each")
    print(f"import httpx, attrs: median {floor * 1000:.1f} ms")
    print(
        "generated namespaces and operations: "
        f"{(median['generated'] - floor) * 1000:+.1f} ms over that"
    )
    print(f"import harbor_client + Harbor(...): median {cost * 1000:.1f} ms")
    print(
        "and the first use of harbor.projects: "
        f"{(median['first use'] - cost) * 1000:+.1f} ms"
    )
    print(f"import_time: ratio {cost / floor:.2f} to httpx+attrs (target <= {TARGET})")


if __name__ == "__main__":
    main()
