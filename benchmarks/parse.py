"""Reading a page of Harbor's JSON into models, against ``json.loads`` of the bytes.

Two pages of 100 items, as Harbor 2.15 sends them:

* artifacts (harbor-behavior.md V24, casebook HC-04): two tags, labels on every
  third artifact and ``null`` on the others, ``references`` and ``accessories``
  null, a scan overview under the v1.1 report type, ``extra_attrs`` with the image
  config, ``addition_links``, ``pull_time`` the zero time;
* projects (V1): ``metadata``, a CVE allowlist with zero times, and
  ``current_user_role_ids`` null where the caller has no role.

Each page is parsed by the generated endpoint module's ``_parse_response`` (the
path every ``Harbor`` call takes: ``response.json()`` then ``from_dict`` per item)
and by ``json.loads`` alone, in turn; the figure is the ratio of the two medians.

Run: ``python benchmarks/parse.py [--repeat N] [--profile]``; ``--profile`` also
prints where the model path spends its time, by function.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import time
import timeit
from collections.abc import Callable
from typing import Any

import httpx

from harbor_client._generated.api.artifact import list_artifacts
from harbor_client._generated.api.project import list_projects
from harbor_client._generated.client import Client

ITEMS = 100
TARGET = 3.0
ICON = "sha256:0048162a053eef4d4ce3fe7518615bef084403614f8bca43b40ae2e762e11e06"
VULNERABILITY_REPORT = "application/vnd.security.vulnerability.report; version=1.1"


def artifact(number: int) -> dict[str, Any]:
    digest = f"sha256:{number:064x}"
    links = "/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts"
    return {
        "accessories": None,
        "addition_links": {
            "build_history": {
                "absolute": False,
                "href": f"{links}/{digest}/additions/build_history",
            },
            "vulnerabilities": {
                "absolute": False,
                "href": f"{links}/{digest}/additions/vulnerabilities",
            },
        },
        "artifact_type": "application/vnd.oci.image.config.v1+json",
        "digest": digest,
        "extra_attrs": {
            "architecture": "amd64",
            "author": "",
            "config": {
                "Entrypoint": ["kubectl"],
                "Env": ["PATH=/usr/local/bin:/usr/bin:/bin"],
                "Labels": {"org.opencontainers.image.version": f"1.{number}"},
            },
            "created": "2025-10-05T08:59:12.5Z",
            "os": "linux",
        },
        "icon": ICON,
        "id": 100 + number,
        "labels": (
            [
                {
                    "color": "#0095D3",
                    "creation_time": "2025-09-01T10:00:00.000Z",
                    "description": "reviewed",
                    "id": 3,
                    "name": "reviewed",
                    "project_id": 9,
                    "scope": "p",
                    "update_time": "2025-09-01T10:00:00.000Z",
                }
            ]
            if number % 3 == 0
            else None
        ),
        "manifest_media_type": "application/vnd.oci.image.manifest.v1+json",
        "media_type": "application/vnd.oci.image.config.v1+json",
        "project_id": 9,
        "pull_time": "0001-01-01T00:00:00.000Z",
        "push_time": "2025-10-05T09:00:00.000Z",
        "references": None,
        "repository_id": 78,
        "repository_name": "demo/tools/kubectl",
        "scan_overview": {
            VULNERABILITY_REPORT: {
                "complete_percent": 100,
                "duration": 12,
                "end_time": "2025-10-05T09:00:12Z",
                "report_id": f"r{number}",
                "scan_status": "Success",
                "scanner": {
                    "name": "Trivy",
                    "vendor": "Aqua Security",
                    "version": "v0",
                },
                "severity": "High",
                "start_time": "2025-10-05T09:00:00Z",
                "summary": {
                    "fixable": 1,
                    "summary": {"High": 1, "Medium": 2},
                    "total": 3,
                },
            }
        },
        "size": 23456789 + number,
        "tags": [
            {
                "artifact_id": 100 + number,
                "id": 2 * number + tag,
                "immutable": False,
                "name": f"v1.{number}.{tag}",
                "pull_time": "0001-01-01T00:00:00.000Z",
                "push_time": "2025-10-05T09:00:00.000Z",
                "repository_id": 78,
            }
            for tag in range(2)
        ],
        "type": "IMAGE",
    }


def project(number: int) -> dict[str, Any]:
    has_role = number % 2 == 0
    item: dict[str, Any] = {
        "creation_time": "2025-11-03T08:15:42.117Z",
        "current_user_role_ids": [1] if has_role else None,
        "cve_allowlist": {
            "creation_time": "0001-01-01T00:00:00.000Z",
            "items": [],
            "project_id": number,
            "update_time": "0001-01-01T00:00:00.000Z",
        },
        "metadata": {"public": "true" if number % 3 == 0 else "false"},
        "name": f"demo-{number:03d}",
        "owner_id": 1,
        "owner_name": "admin",
        "project_id": number,
        "repo_count": number % 7,
        "update_time": "2025-11-03T08:15:42.117Z",
    }
    if has_role:
        item["current_user_role_id"] = 1
    return item


def page(items: list[dict[str, Any]]) -> bytes:
    # Harbor's Go encoder writes compact JSON.
    return json.dumps(items, separators=(",", ":")).encode()


def cpu_seconds(run: Callable[[], object], number: int) -> float:
    """CPU seconds for one run, timed over ``number`` runs.

    CPU time of this process, not wall time: on a shared machine other processes
    would otherwise decide the figure, and both sides of the ratio are CPU-bound.
    """
    timer = timeit.Timer(run, timer=time.process_time)
    return timer.timeit(number=number) / number


def ratio(
    module: Any, body: bytes, repeat: int, number: int
) -> tuple[float, float, int]:
    """(models seconds, json seconds, items parsed) for one page.

    The two are timed in turn, ``repeat`` rounds of ``number`` runs each, and each
    side keeps its median: a slow moment of the machine then falls on both sides
    rather than on one.
    """
    client = Client(base_url="http://harbor.test")
    response = httpx.Response(
        200, content=body, headers={"Content-Type": "application/json"}
    )
    parsed = module._parse_response(client=client, response=response)

    def models() -> object:
        return module._parse_response(client=client, response=response)

    def plain() -> object:
        return json.loads(body)

    model_times: list[float] = []
    json_times: list[float] = []
    for _ in range(repeat):
        model_times.append(cpu_seconds(models, number))
        json_times.append(cpu_seconds(plain, number))
    return (
        statistics.median(model_times),
        statistics.median(json_times),
        len(parsed),
    )


def profile(module: Any, body: bytes, runs: int = 200) -> None:
    """Print the functions the model path spends most of its own time in."""
    client = Client(base_url="http://harbor.test")
    response = httpx.Response(200, content=body)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        module._parse_response(client=client, response=response)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(12)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=15, help="rounds of timings; medians kept"
    )
    parser.add_argument("--number", type=int, default=50, help="runs per timing")
    parser.add_argument("--profile", action="store_true", help="profile both pages")
    options = parser.parse_args()

    artifacts = page([artifact(number) for number in range(ITEMS)])
    projects = page([project(number) for number in range(1, ITEMS + 1)])

    if options.profile:
        profile(list_artifacts, artifacts)
        profile(list_projects, projects)

    a_models, a_json, a_count = ratio(
        list_artifacts, artifacts, options.repeat, options.number
    )
    p_models, p_json, p_count = ratio(
        list_projects, projects, options.repeat, options.number
    )
    print(
        f"artifacts: {a_count} items, {len(artifacts)} bytes: models "
        f"{a_models * 1000:.2f} ms, json.loads {a_json * 1000:.2f} ms"
    )
    print(
        f"projects: {p_count} items, {len(projects)} bytes: models "
        f"{p_models * 1000:.2f} ms, json.loads {p_json * 1000:.2f} ms"
    )
    print(
        f"parse: artifacts {a_models / a_json:.1f} x json, projects "
        f"{p_models / p_json:.1f} x json (target <= {TARGET:g})"
    )


if __name__ == "__main__":
    main()
