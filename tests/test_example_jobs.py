"""What each example in examples/ does against the local Harbor, line by line.

Every example runs as a user would run it, as a subprocess without HARBOR_*
variables, so it starts and seeds its own local Harbor on 127.0.0.1.
"""

from __future__ import annotations

import base64
import functools
import importlib.util
import json
import os
import re
import stat
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest
from support.distribution import registry_binary

from harbor_client import Harbor
from harbor_client.testing import LocalHarbor

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


def load_example(name: str) -> ModuleType:
    """``examples/<name>.py`` as a module, to call its functions in this process."""
    spec = importlib.util.spec_from_file_location(
        f"example_{name}", EXAMPLES / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered first: dataclasses look their module up while the class is built.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def registry() -> None:
    """The examples that push start the local Harbor's registry: Debian's
    docker-registry must be installed (skipped without it, failed in CI)."""
    registry_binary()


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


# -- cleanup_old_artifacts.py

CLEANUP_HEADER = re.compile(
    r"dry run: artifacts pushed before \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(30 days\), "
    r"keeping the newest 3 of each repository"
)


def decisions(output: str) -> list[tuple[str, str, str]]:
    """(action, artifact with its tags, age) of every decision line."""
    found = []
    for line in lines(output):
        match = re.fullmatch(
            r"  (keep|would delete|deleted|not deleted) +(\S+) \(([^)]*)\): "
            r"(?:pushed \d{4}-\d\d-\d\d, (\d+) days ago: .*|.*)",
            line,
        )
        if match:
            action, artifact, tags, age = match.groups()
            found.append((action, f"{artifact.partition('@')[0]}:{tags}", age or ""))
    return found


def test_cleanup_is_a_dry_run_by_default() -> None:
    out = lines(run_example("cleanup_old_artifacts"))

    assert CLEANUP_HEADER.fullmatch(out[0]), out[0]
    assert out[-2:] == [
        "would delete 4 of 13 artifacts (7.0 MiB) in 2 repositories",
        "nothing was deleted; run again with --apply to delete them",
    ]


def test_cleanup_deletes_old_artifacts_beyond_the_newest_three() -> None:
    found = decisions(run_example("cleanup_old_artifacts"))

    assert found == [
        ("keep", "team-a/app:0.3", "40"),
        ("would delete", "team-a/app:0.2", "50"),
        ("would delete", "team-a/app:0.1", "90"),
        ("would delete", "team-a/app:0.0", "200"),
        ("keep", "team-a/tools/cli:0.1", "100"),
        ("keep", "team-a/tools/cli:0.0", "120"),
        ("would delete", "team-b/batch:0.0", "35"),
    ]


def test_cleanup_says_why_an_old_artifact_stays_or_goes() -> None:
    out = run_example("cleanup_old_artifacts")

    assert (
        "(0.3): pushed " in out
        and ", 40 days ago: older than 30 days but among the newest 3\n" in out
    )
    assert ", 35 days ago: older than 30 days and not among the newest 3\n" in out


def test_cleanup_takes_the_age_and_the_number_kept_from_its_flags() -> None:
    out = run_example(
        "cleanup_old_artifacts",
        "--older-than",
        "100",
        "--keep",
        "0",
        "--project",
        "team-a",
    )

    assert decisions(out) == [
        ("would delete", "team-a/app:0.0", "200"),
        ("would delete", "team-a/tools/cli:0.1", "100"),
        ("would delete", "team-a/tools/cli:0.0", "120"),
    ]
    assert "would delete 3 of 8 artifacts (4.0 MiB) in 2 repositories" in out


def test_cleanup_with_apply_deletes_and_counts_what_it_deleted() -> None:
    out = run_example("cleanup_old_artifacts", "--apply")

    assert [action for action, _, _ in decisions(out)] == [
        "keep",
        "deleted",
        "deleted",
        "deleted",
        "keep",
        "keep",
        "deleted",
    ]
    assert lines(out)[-1] == "deleted 4 of 13 artifacts (7.0 MiB) in 2 repositories"


def test_cleanup_with_apply_leaves_the_newest_and_the_young_artifacts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    example = load_example("cleanup_old_artifacts")
    with LocalHarbor(registry=False) as local:
        example.seed(local)
        with Harbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            example.cleanup(harbor, None, older_than=30, keep=3, apply=True)
            left = {
                repository: [
                    tag.name
                    for artifact in harbor.artifacts.iter(project, repository)
                    for tag in artifact.tags or []
                ]
                for project, repository in example.LOCAL_ARTIFACTS
            }

    # Tags count up from the oldest artifact: 0.0 is the oldest of each repository.
    assert left == {
        "app": ["0.5", "0.4", "0.3"],
        "tools/cli": ["0.1", "0.0"],
        "batch": ["0.4", "0.3", "0.2", "0.1"],
    }
    assert "deleted 4 of 13 artifacts (7.0 MiB) in 2 repositories" in (
        capsys.readouterr().out
    )


def test_cleanup_asks_the_server_only_for_artifacts_pushed_before_the_cutoff(
    capsys: pytest.CaptureFixture[str],
) -> None:
    example = load_example("cleanup_old_artifacts")
    with LocalHarbor(registry=False) as local:
        example.seed(local)
        with Harbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            example.cleanup(harbor, ["team-b"], older_than=30, keep=3, apply=False)

    queries = [
        parse_qs(request.query)
        for request in local.requests
        if request.path == "/api/v2.0/projects/team-b/repositories/batch/artifacts"
    ]
    assert [query.get("page_size") for query in queries] == [["3"], ["100"]]
    newest, old = queries
    assert newest["sort"] == old["sort"] == ["-push_time,-id"]
    assert "q" not in newest
    assert re.fullmatch(
        r"push_time=\[~\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\]", old["q"][0]
    ), old["q"]
    assert "would delete 1 of 5 artifacts (1.0 MiB) in 1 repositories" in (
        capsys.readouterr().out
    )


# -- onboard_tenant.py


@dataclass(frozen=True)
class Onboarding:
    out: list[str]
    folder: Path
    config: dict[str, Any]

    @property
    def auth(self) -> tuple[str, str, str]:
        """The host of the one ``auths`` entry, and the username and secret in it."""
        [(host, entry)] = self.config["auths"].items()
        username, _, secret = base64.b64decode(entry["auth"]).decode().partition(":")
        return host, username, secret


@pytest.fixture(scope="module")
def onboarding(tmp_path_factory: pytest.TempPathFactory) -> Onboarding:
    registry_binary()
    folder = tmp_path_factory.mktemp("docker-config")
    out = lines(run_example("onboard_tenant", "--docker-config", str(folder)))
    config = json.loads((folder / "config.json").read_text())
    return Onboarding(out, folder, config)


def test_onboarding_creates_the_project_with_its_quota(
    onboarding: Onboarding,
) -> None:
    assert onboarding.out[0] == "created project acme (id 2), storage quota 10 GiB"


def test_onboarding_creates_the_robot_under_the_name_harbor_returns(
    onboarding: Onboarding,
) -> None:
    line = onboarding.out[1]

    found = re.fullmatch(
        r"created robot robot\$acme\+ci \(id \d+\), expires (\d{4}-\d\d-\d\d)", line
    )
    assert found is not None, line
    expires = datetime.now(UTC) + timedelta(days=90)
    # Around midnight the run and the test may see different days.
    assert found.group(1) in {
        f"{expires:%Y-%m-%d}",
        f"{expires - timedelta(days=1):%Y-%m-%d}",
    }


def test_onboarding_writes_the_robot_into_a_docker_config(
    onboarding: Onboarding,
) -> None:
    host, username, secret = onboarding.auth
    path = onboarding.folder / "config.json"

    assert re.fullmatch(r"127\.0\.0\.1:\d+", host)
    assert list(onboarding.config["auths"][host]) == ["auth"]
    assert username == "robot$acme+ci"
    assert len(secret) >= 8
    assert onboarding.out[2] == f"wrote auths[{host}] to {path} (mode 600)"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_onboarding_never_prints_the_robot_secret(onboarding: Onboarding) -> None:
    _, _, secret = onboarding.auth

    assert secret not in "\n".join(onboarding.out)


def test_onboarding_proves_the_robot_logs_in_with_the_written_config(
    onboarding: Onboarding,
) -> None:
    assert onboarding.out[3:] == [
        "robot$acme+ci: accepted as a robot (whoami answers 412)",
        "robot$acme+ci: lists 0 repositories in acme",
        "robot$acme+ci: got a registry token for acme/onboarding-check",
    ]


def test_onboarding_keeps_the_other_entries_of_an_existing_docker_config(
    tmp_path: Path,
) -> None:
    example = load_example("onboard_tenant")
    (tmp_path / "config.json").write_text(
        json.dumps({"auths": {"other.example": {"auth": "b3RoZXI6c2VjcmV0"}}})
    )

    example.write_docker_config(tmp_path, "harbor.example", "robot$a+ci", "S3cr3t+/")

    config = json.loads((tmp_path / "config.json").read_text())
    assert config == {
        "auths": {
            "other.example": {"auth": "b3RoZXI6c2VjcmV0"},
            "harbor.example": {
                "auth": base64.b64encode(b"robot$a+ci:S3cr3t+/").decode()
            },
        }
    }
    assert stat.S_IMODE((tmp_path / "config.json").stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.json"]


def test_onboarding_reads_quotas_with_binary_units() -> None:
    example = load_example("onboard_tenant")

    assert [
        example.parse_size(text) for text in ("10GiB", "500 MiB", "1TB", "-1", "42")
    ] == [10 * 2**30, 500 * 2**20, 10**12, -1, 42]
    assert [example.show_size(size) for size in (10 * 2**30, 1536, -1, 12)] == [
        "10 GiB",
        "1.5 KiB",
        "unlimited",
        "12 B",
    ]


# -- push_pull_files.py


@pytest.fixture(scope="module")
def pushed_and_pulled() -> list[str]:
    registry_binary()
    return lines(run_example("push_pull_files"))


def test_push_pull_pushes_the_sample_bundle_as_one_artifact(
    pushed_and_pulled: list[str],
) -> None:
    assert re.fullmatch(
        r"pushed team-a/bundles/demo:v1: sha256:[0-9a-f]{64}, 3 files, 3145839 bytes",
        pushed_and_pulled[0],
    ), pushed_and_pulled[0]


def test_push_pull_finds_the_artifact_in_harbors_list(
    pushed_and_pulled: list[str],
) -> None:
    digest = pushed_and_pulled[0].split(": ")[1].split(",")[0]

    assert pushed_and_pulled[1:5] == [
        f"Harbor lists team-a/bundles/demo@{digest[:19]}: type UNKNOWN, "
        "artifactType application/vnd.example.bundle.v1, tags v1",
        "  annotation org.opencontainers.image.description = 3 files",
        "  annotation org.opencontainers.image.source = examples/push_pull_files.py",
        "  annotation org.opencontainers.image.version = v1",
    ]


def test_push_pull_gets_every_file_back_byte_for_byte(
    pushed_and_pulled: list[str],
) -> None:
    assert re.fullmatch(r"pulled 3 files into \S+/pulled", pushed_and_pulled[5])
    assert [re.split(r"\s+", line.strip()) for line in pushed_and_pulled[6:9]] == [
        ["NOTES.md", "49", "bytes", "identical"],
        ["settings.json", "45", "bytes", "identical"],
        ["model/weights.bin", "3145745", "bytes", "identical"],
    ]
    assert pushed_and_pulled[9:] == ["every file came back unchanged"]


@pytest.mark.usefixtures("registry")
def test_push_pull_pushes_the_files_it_is_given(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("first\n")
    (tmp_path / "b.txt").write_text("second file\n")

    out = lines(
        run_example(
            "push_pull_files",
            "--repository",
            "given",
            "--tag",
            "2.0",
            "--out",
            str(tmp_path / "out"),
            str(tmp_path / "a.txt"),
            str(tmp_path / "b.txt"),
        )
    )

    assert re.fullmatch(
        r"pushed team-a/given:2\.0: sha256:[0-9a-f]{64}, 2 files, 18 bytes", out[0]
    )
    assert (tmp_path / "out" / "a.txt").read_text() == "first\n"
    assert (tmp_path / "out" / "b.txt").read_text() == "second file\n"
    assert out[-1] == "every file came back unchanged"


# -- copy_artifact.py


def copied(output: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The lines, and (repository, digest, tags) of each repository listed."""
    listed = [
        (match[1], match[2], match[3])
        for match in re.finditer(
            r"^  (\S+) +(sha256:[0-9a-f]{64})  \(([^)]*)\)$", output, re.MULTILINE
        )
    ]
    return lines(output), listed


@pytest.mark.usefixtures("registry")
def test_copy_by_harbors_api_lists_the_same_digest_in_both_projects() -> None:
    out, listed = copied(run_example("copy_artifact"))

    assert out[0] == "Harbor copied team-a/app:1.0 to team-b/app"
    assert [(repository, tags) for repository, _, tags in listed] == [
        ("team-a/app", "1.0"),
        ("team-b/app", "1.0"),
    ]
    source_digest, target_digest = (digest for _, digest, _ in listed)
    assert source_digest == target_digest
    assert out[-1] == f"both repositories list {source_digest[:19]}"


@pytest.mark.usefixtures("registry")
def test_copy_through_the_registry_lists_the_same_digest_in_both_projects() -> None:
    out, listed = copied(
        run_example("copy_artifact", "--method", "registry", "--to", "team-b/mirror")
    )

    assert out[0] == ("copied team-a/app:1.0 to team-b/mirror:1.0 through the registry")
    assert re.fullmatch(r"  manifest sha256:[0-9a-f]{64}, \d+ bytes", out[1])
    assert [(repository, tags) for repository, _, tags in listed] == [
        ("team-a/app", "1.0"),
        ("team-b/mirror", "1.0"),
    ]
    assert len({digest for _, digest, _ in listed}) == 1
    assert out[1].split()[1] == f"{listed[0][1]},"


# -- against the Harbor that HARBOR_URL names


def run_against(
    local: LocalHarbor, name: str, *args: str, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``examples/<name>.py`` with HARBOR_URL and the credentials of ``local``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HARBOR_")}
    env.update(
        HARBOR_URL=local.url,
        HARBOR_USERNAME=local.admin_username,
        HARBOR_PASSWORD=password or local.admin_password,
    )
    return subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_vulnerability_report_runs_against_the_harbor_of_harbor_url() -> None:
    example = load_example("vulnerability_report")
    with LocalHarbor(registry=False) as local:
        example.seed(local)
        done = run_against(local, "vulnerability_report", "--project", "payments")

    assert done.returncode == 0, done.stderr
    assert lines(done.stdout)[-1] == (
        "5 artifacts: 4 scanned, 1 not scanned; 18 vulnerabilities, 9 fixable"
    )


def test_cleanup_with_apply_deletes_on_the_harbor_of_harbor_url() -> None:
    example = load_example("cleanup_old_artifacts")
    with LocalHarbor(registry=False) as local:
        example.seed(local)
        done = run_against(
            local, "cleanup_old_artifacts", "--project", "team-b", "--apply"
        )
        left = sorted(
            tag.name
            for artifact in local.store.artifacts.values()
            if artifact.repository_name == "team-b/batch"
            for tag in artifact.tags
        )

    assert done.returncode == 0, done.stderr
    assert left == ["0.1", "0.2", "0.3", "0.4"]


def test_an_example_needs_its_project_named_with_harbor_url() -> None:
    with LocalHarbor(registry=False) as local:
        done = run_against(local, "onboard_tenant")

    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].endswith(
        "error: --project is required with HARBOR_URL"
    )
    assert not [p for p in local.store.projects.values() if p.name != "library"]


def test_an_example_stops_on_refused_credentials_without_showing_them() -> None:
    with LocalHarbor(registry=False, login_failure_delay=0) as local:
        done = run_against(
            local, "vulnerability_report", "--project", "x", password="Wr0ng-s3cret"
        )

    assert done.returncode == 1
    assert "UnauthorizedError" in done.stderr
    assert "Wr0ng-s3cret" not in done.stdout + done.stderr


@pytest.mark.usefixtures("registry")
def test_copy_by_digest_through_the_registry_leaves_the_target_untagged() -> None:
    _, listed = copied(run_example("copy_artifact"))
    digest = listed[0][1]

    out, listed = copied(
        run_example(
            "copy_artifact",
            "--from",
            f"team-a/app@{digest}",
            "--to",
            "team-b/pinned",
            "--method",
            "registry",
        )
    )

    assert out[0] == (
        f"copied team-a/app@{digest} to team-b/pinned@{digest} through the registry"
    )
    assert listed == [
        ("team-a/app", digest, "1.0"),
        ("team-b/pinned", digest, "untagged"),
    ]


@pytest.mark.usefixtures("registry")
def test_copy_refuses_a_source_without_tag_or_digest() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HARBOR_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "copy_artifact.py"), "--from", "team-a/app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 1
    assert done.stderr.strip() == "'team-a/app' names neither a tag nor a digest"


def test_cleanup_goes_on_when_harbor_refuses_to_delete_an_immutable_tag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    example = load_example("cleanup_old_artifacts")
    with LocalHarbor(registry=False) as local:
        example.seed(local)
        with Harbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            harbor.immutable_rules.create(
                "team-a",
                body={
                    "action": "immutable",
                    "template": "immutable_template",
                    "tag_selectors": [
                        {
                            "kind": "doublestar",
                            "decoration": "matches",
                            "pattern": "0.1",
                        }
                    ],
                    "scope_selectors": {
                        "repository": [
                            {
                                "kind": "doublestar",
                                "decoration": "repoMatches",
                                "pattern": "app",
                            }
                        ]
                    },
                },
            )
            example.cleanup(harbor, None, older_than=30, keep=3, apply=True)

    out = lines(capsys.readouterr().out)
    assert [(action, name) for action, name, _ in decisions("\n".join(out))] == [
        ("keep", "team-a/app:0.3"),
        ("deleted", "team-a/app:0.2"),
        ("not deleted", "team-a/app:0.1"),
        ("deleted", "team-a/app:0.0"),
        ("keep", "team-a/tools/cli:0.1"),
        ("keep", "team-a/tools/cli:0.0"),
        ("deleted", "team-b/batch:0.0"),
    ]
    assert out[3].endswith(": PreconditionFailedError ('PRECONDITION',)")
    assert out[-2:] == [
        "deleted 3 of 13 artifacts (5.0 MiB) in 2 repositories",
        "1 could not be deleted",
    ]
