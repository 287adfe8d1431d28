"""What each example in examples/ does against the local Harbor, line by line.

Every example runs as a user would run it, as a subprocess without HARBOR_*
variables, so it starts and seeds its own local Harbor on 127.0.0.1.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parents[1] / "examples"


@functools.cache
def run_example(name: str, *args: str, check: bool = True) -> str:
    """The standard output of ``python examples/<name>.py <args>``.

    Each run starts from the same seeded local Harbor, so one run per command line
    serves every test that reads it.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("HARBOR_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def lines(output: str) -> list[str]:
    return [line.rstrip() for line in output.splitlines()]


# -- vulnerability_report.py


def test_vulnerability_report_prints_one_row_per_artifact_and_the_totals() -> None:
    out = lines(run_example("vulnerability_report"))

    assert out[0] == "vulnerabilities in project payments"
    assert re.split(r"\s+", out[1]) == [
        "ARTIFACT",
        "STATUS",
        "REPORT",
        "CRITICAL",
        "HIGH",
        "MEDIUM",
        "LOW",
        "UNKNOWN",
        "TOTAL",
        "FIXABLE",
    ]
    rows = [re.split(r"\s+", line) for line in out[2:-1]]
    names = [row[0].partition("@")[0] for row in rows]
    assert names == [
        "payments/api:1.4.2",
        "payments/api:1.5.0",
        "payments/web/frontend:main",
        "payments/worker:2023.11",
        "payments/worker:2024.02",
    ]
    assert out[-1] == (
        "5 artifacts: 4 scanned, 1 not scanned; 18 vulnerabilities, 9 fixable"
    )


def test_vulnerability_report_counts_severities_of_a_v11_report() -> None:
    rows = lines(run_example("vulnerability_report"))[2:-1]

    assert re.split(r"\s+", rows[0])[1:] == [
        "Success",
        "v1.1",
        "1",
        "2",
        "4",
        "3",
        "0",
        "10",
        "6",
    ]


def test_vulnerability_report_reads_the_v11_report_when_both_are_present() -> None:
    rows = lines(run_example("vulnerability_report"))[2:-1]

    # The v1.0 report of this artifact says 9 High; the v1.1 one 2 Low.
    assert re.split(r"\s+", rows[1])[1:] == [
        "Success",
        "v1.1",
        "0",
        "0",
        "0",
        "2",
        "0",
        "2",
        "2",
    ]


def test_vulnerability_report_falls_back_to_a_v10_only_report() -> None:
    rows = lines(run_example("vulnerability_report"))[2:-1]

    assert re.split(r"\s+", rows[3])[1:] == [
        "Success",
        "v1.0",
        "0",
        "0",
        "5",
        "0",
        "1",
        "6",
        "1",
    ]


def test_vulnerability_report_shows_an_artifact_without_overview_as_not_scanned() -> (
    None
):
    rows = lines(run_example("vulnerability_report"))[2:-1]

    assert re.split(r"\s+", rows[2])[1:] == ["not", "scanned"]


def test_vulnerability_report_shows_a_failed_scan_without_counts() -> None:
    rows = lines(run_example("vulnerability_report"))[2:-1]

    assert re.split(r"\s+", rows[4])[1:] == ["Error", "v1.1", "no", "summary"]


# -- async_fanout.py


def test_async_fanout_prints_each_project_and_the_totals() -> None:
    out = lines(run_example("async_fanout"))

    assert out[0] == "6 projects, at most 8 listings at once"
    assert [re.split(r"\s+", line.strip()) for line in out[1:7]] == [
        ["library", "0", "repositories", "0", "artifacts", "0.0", "MiB"],
        ["monorepo", "250", "repositories", "250", "artifacts", "250.0", "MiB"],
        ["team-1", "3", "repositories", "6", "artifacts", "0.6", "MiB"],
        ["team-2", "6", "repositories", "12", "artifacts", "2.3", "MiB"],
        ["team-3", "9", "repositories", "18", "artifacts", "5.3", "MiB"],
        ["team-4", "12", "repositories", "24", "artifacts", "9.4", "MiB"],
    ]
    assert out[7] == ("total: 6 projects, 280 repositories, 310 artifacts, 267.6 MiB")


def test_async_fanout_never_runs_more_listings_than_the_limit() -> None:
    out = lines(run_example("async_fanout", "--concurrency", "3"))

    assert out[0] == "6 projects, at most 3 listings at once"
    peak = re.fullmatch(r"peak listings in flight: (\d+) \(limit 3\)", out[-1])
    assert peak is not None, out[-1]
    assert 1 <= int(peak.group(1)) <= 3


def test_async_fanout_totals_do_not_depend_on_the_page_concurrency() -> None:
    one_by_one = lines(run_example("async_fanout", "--page-concurrency", "1"))
    parallel = lines(run_example("async_fanout", "--page-concurrency", "8"))

    assert one_by_one[:8] == parallel[:8]
