"""The build step: corrections, template edits, sources, determinism and --check.

Harbor's definitions are read from ../shared/harbor-spec beside the repository. The
download paths are tested against a server started here on 127.0.0.1; nothing else
is contacted. A full generation takes five to ten seconds, so only five tests run one.
"""

from __future__ import annotations

import copy
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

from generator import build, source
from generator.corrections import (
    Correction,
    CorrectionError,
    Edit,
    apply_corrections,
    load_corrections,
)
from generator.template_edits import TemplateEdit, TemplateError, derive_templates

REPO = Path(__file__).resolve().parents[1]
SPECS = REPO.parent / "shared" / "harbor-spec"
VERSIONS = ["v2.10.3", "v2.11.2", "v2.12.4", "v2.13.5", "v2.14.4", "v2.15.2"]
LATEST = SPECS / "swagger-v2.15.2.yaml"
COMMITTED = REPO / "harbor_client" / "_generated"
COMMITTED_DOCS = REPO / "docs"
PINS = source.load_pins(REPO / "spec" / "pins.yaml")
CORRECTIONS = load_corrections(REPO / "spec" / "corrections.yaml", PINS.tags)


@pytest.fixture(scope="session")
def _cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache-home")


@pytest.fixture(autouse=True)
def _cache_outside_home(_cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Loaded definitions are cached for the session, not in the user's home."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(_cache_home))


def definition(version: str) -> source.Definition:
    return source.from_file(SPECS / f"swagger-{version}.yaml", PINS)


def run_generator(
    *args: str, seed: str = "0", cache: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


class _Files(http.server.BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}

    def do_GET(self) -> None:
        body = self.files.get(self.path)
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served() -> Iterator[tuple[str, dict[str, bytes]]]:
    """A file server on 127.0.0.1: (base URL, path -> bytes to fill in)."""
    files: dict[str, bytes] = {}
    handler = type("Handler", (_Files,), {"files": files})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", files
    finally:
        server.shutdown()
        server.server_close()


# -- the pins ------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_a_pinned_file_is_recognised_by_its_sha256(version: str) -> None:
    found = definition(version)

    assert found.harbor_version == version
    assert found.sha256 == PINS.by_tag(version).sha256


def test_the_pins_are_those_of_the_shared_definitions() -> None:
    assert PINS.tags == VERSIONS
    assert PINS.by_tag("v2.15.2").sha256 == (
        "9be2b505d4c6baba40e6d646eac2b0aa4ff11f938727ae1eaa491ca01ebf71c7"
    )
    assert PINS.by_tag("v2.15.2").url == (
        "https://raw.githubusercontent.com/goharbor/harbor/v2.15.2/api/v2.0/swagger.yaml"
    )


def test_an_unpinned_definition_needs_its_version_named(tmp_path: Path) -> None:
    changed = tmp_path / "swagger.yaml"
    changed.write_bytes(LATEST.read_bytes().replace(b"Harbor API", b"Local API", 1))

    with pytest.raises(source.SourceError, match="none of the pinned definitions"):
        source.from_file(changed, PINS)
    assert source.from_file(changed, PINS, "v2.15.2").harbor_version == "v2.15.2"


def test_a_pinned_file_given_as_another_version_is_refused() -> None:
    with pytest.raises(source.SourceError, match=r"is Harbor v2\.15\.2's definition"):
        source.from_file(LATEST, PINS, "v2.14.4")


def test_the_other_pinned_versions_are_read_beside_the_given_one() -> None:
    found = source.pinned_sources(PINS, SPECS, besides="v2.15.2")

    assert [s.pin.tag for s in found] == VERSIONS[:-1]
    assert [s.path for s in found] == [
        SPECS / f"swagger-{v}.yaml" for v in VERSIONS[:-1]
    ]
    assert found[0].load().harbor_version == "v2.10.3"


def test_a_pinned_version_without_a_file_is_downloaded_from_the_mirror(
    tmp_path: Path, served: tuple[str, dict[str, bytes]]
) -> None:
    base, files = served
    for version in VERSIONS[1:]:
        shutil.copy(SPECS / f"swagger-{version}.yaml", tmp_path)
    files["/mirror/v2.10.3/swagger.yaml"] = (
        SPECS / "swagger-v2.10.3.yaml"
    ).read_bytes()

    found = source.pinned_sources(
        PINS, tmp_path, f"{base}/mirror/{{tag}}/swagger.yaml", besides="v2.15.2"
    )
    loaded = found[0].load()

    assert (found[0].path, found[0].url) == (
        None,
        f"{base}/mirror/v2.10.3/swagger.yaml",
    )
    assert loaded.sha256 == PINS.by_tag("v2.10.3").sha256
    assert loaded.document["info"]["version"] == "2.0"


def test_a_pinned_definition_is_read_again_from_its_cached_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh = yaml.load(
        (SPECS / "swagger-v2.13.5.yaml").read_bytes(), Loader=yaml.CSafeLoader
    )

    first = definition("v2.13.5")
    cached = (
        tmp_path
        / source.CACHE_DIR
        / ("v2.13.5-" + PINS.by_tag("v2.13.5").content_sha256 + ".json")
    )
    again = definition("v2.13.5")

    assert cached.is_file()
    assert first.document == again.document == fresh
    # The key order is the definition's: it is the order of the models' fields.
    assert list(again.document["definitions"]["Artifact"]["properties"]) == list(
        fresh["definitions"]["Artifact"]["properties"]
    )


def test_a_cached_copy_that_is_not_the_pinned_content_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pin = PINS.by_tag("v2.11.2")
    cached = tmp_path / source.CACHE_DIR / f"v2.11.2-{pin.content_sha256}.json"
    cached.parent.mkdir(parents=True)
    cached.write_text('{"swagger": "2.0", "paths": {}}')

    loaded = definition("v2.11.2")

    assert "/projects" in loaded.document["paths"]
    assert source.content_sha256(json.loads(cached.read_text())) == pin.content_sha256


def test_a_file_beside_the_given_one_must_be_the_pinned_file(tmp_path: Path) -> None:
    changed = tmp_path / "swagger-v2.12.4.yaml"
    original = (SPECS / "swagger-v2.12.4.yaml").read_bytes()
    changed.write_bytes(original.replace(b"Harbor API", b"Local API", 1))

    found = source.pinned_sources(PINS, tmp_path, besides="v2.15.2")

    assert [s.pin.tag for s in found if s.path is not None] == ["v2.12.4"]
    with pytest.raises(
        source.SourceError, match=r"is not the pinned Harbor v2\.12\.4 definition"
    ):
        found[2].load()


# -- the corrections -------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_every_correction_meant_for_a_version_applies_to_it(version: str) -> None:
    original = definition(version).document

    corrected, applied = apply_corrections(original, CORRECTIONS, version)

    assert applied == [c.id for c in CORRECTIONS if c.applies_to(version)]
    text = json.dumps(corrected)
    assert "x-isnullable" not in text
    assert "#/parameters/requestId" not in text
    assert corrected["definitions"]["ExtraAttrs"]["additionalProperties"] == {}
    assert (
        "type"
        not in corrected["definitions"]["ReplicationFilter"]["properties"]["value"]
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_each_correction_changes_the_definition(version: str) -> None:
    original = definition(version).document

    for correction in CORRECTIONS:
        if correction.applies_to(version):
            corrected, _ = apply_corrections(original, [correction], version)
            assert corrected != original, correction.id


def test_the_replication_filter_correction_stops_at_2_15() -> None:
    applies = [
        v for v in VERSIONS if _by_id("replication-filter-value-any").applies_to(v)
    ]

    assert applies == VERSIONS[:-1]


def test_the_corrections_leave_the_loaded_definition_alone() -> None:
    original = definition("v2.15.2").document
    before = copy.deepcopy(original)

    apply_corrections(original, CORRECTIONS, "v2.15.2")

    assert original == before


def test_a_correction_that_no_longer_applies_fails_naming_it() -> None:
    document = definition("v2.15.2").document
    additions = "/projects/{project_name}/repositories/{repository_name}/artifacts"
    del document["paths"][additions + "/{reference}/additions/{addition}"]

    with pytest.raises(CorrectionError, match="'addition-is-bytes', edit 1 no longer"):
        apply_corrections(document, CORRECTIONS, "v2.15.2")


def test_a_correction_that_changes_nothing_fails_naming_it() -> None:
    corrected, _ = apply_corrections(
        definition("v2.15.2").document, CORRECTIONS, "v2.15.2"
    )

    with pytest.raises(
        CorrectionError, match="'addition-is-bytes', edit 1 changes nothing"
    ):
        apply_corrections(corrected, [_by_id("addition-is-bytes")], "v2.15.2")


def test_an_edit_that_changes_nothing_where_it_matches_fails() -> None:
    already = Correction(
        id="already-nullable",
        changes="",
        because="",
        evidence="",
        versions=None,
        edits=(Edit(at=("definitions", "A"), set={"x-nullable": True}),),
    )
    document = {"definitions": {"A": {"type": "string", "x-nullable": True}}}

    with pytest.raises(CorrectionError, match="'already-nullable', edit 1 changes"):
        apply_corrections(document, [already], "v2.15.2")


def test_corrections_may_only_name_pinned_versions(tmp_path: Path) -> None:
    data = yaml.safe_load((REPO / "spec" / "corrections.yaml").read_text())
    data["corrections"][0]["versions"] = ["v2.9.0"]
    path = tmp_path / "corrections.yaml"
    path.write_text(yaml.safe_dump(data))

    with pytest.raises(CorrectionError, match=r"not pinned: v2\.9\.0"):
        load_corrections(path, PINS.tags)


def test_every_correction_says_why() -> None:
    for correction in CORRECTIONS:
        assert correction.changes and correction.because and correction.evidence


def _by_id(correction_id: str) -> Correction:
    return next(c for c in CORRECTIONS if c.id == correction_id)


# -- the templates ---------------------------------------------------------------------


def test_every_template_edit_matches_the_pinned_generator(tmp_path: Path) -> None:
    derived = derive_templates(tmp_path)

    assert "def _missing_" in (derived / "str_enum.py.jinja").read_text()
    assert (derived / "models_init.py.jinja").is_file()


def test_a_template_edit_that_no_longer_matches_fails_naming_the_template(
    tmp_path: Path,
) -> None:
    stale = TemplateEdit("str_enum.py.jinja", "a fix", find="class Gone:", replace="")

    with pytest.raises(TemplateError, match=r"str_enum\.py\.jinja .* finds it 0 times"):
        derive_templates(tmp_path, (stale,))


# -- whole builds (slow: about three seconds each) -------------------------------------


def test_regeneration_is_byte_identical_across_hash_seeds_places_and_caches(
    tmp_path: Path,
) -> None:
    # The first run reads every definition's YAML and fills the cache, the second
    # reads the cached JSON.
    first, second, cache = tmp_path / "one", tmp_path / "b" / "c", tmp_path / "cache"

    runs = [
        run_generator(
            "--spec",
            str(LATEST),
            "--output",
            str(place / "_generated"),
            "--docs",
            str(place / "docs"),
            seed=seed,
            cache=cache,
        )
        for place, seed in ((first, "1"), (second, "2"))
    ]

    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    assert build.compare_trees(first / "_generated", second / "_generated") == []
    assert build.compare_docs(first / "docs", second / "docs") == []
    assert len(list((first / "_generated").rglob("*.py"))) > 380
    assert (first / "_generated" / "compatibility.py").is_file()
    assert len(list((cache / source.CACHE_DIR).glob("v2.*.json"))) == 6
    assert len(list((first / "docs" / "reference" / "operations").glob("*.md"))) == 39


def test_check_names_changed_missing_and_extra_files(tmp_path: Path) -> None:
    copied = tmp_path / "_generated"
    shutil.copytree(COMMITTED, copied, ignore=shutil.ignore_patterns("__pycache__"))
    project = copied / "models" / "project.py"
    project.write_text(project.read_text() + "# edited by hand\n")
    (copied / "api" / "ping" / "get_ping.py").unlink()
    (copied / "api" / "ping" / "extra.py").write_text("")
    docs = tmp_path / "docs"
    pages = docs / "reference" / "operations"
    shutil.copytree(COMMITTED_DOCS / "reference" / "operations", pages)
    (pages / "ping.md").unlink()
    (pages / "old.md").write_text("# old\n")
    (docs / "versions.md").write_text("# edited by hand\n")

    done = run_generator(
        "--spec", str(LATEST), "--output", str(copied), "--docs", str(docs), "--check"
    )

    assert done.returncode == 1
    assert "  extra: api/ping/extra.py\n" in done.stderr
    assert "  missing: api/ping/get_ping.py\n" in done.stderr
    assert "  differs: models/project.py\n" in done.stderr
    assert project.read_text().endswith("# edited by hand\n")
    assert "  extra: reference/operations/old.md\n" in done.stderr
    assert "  missing: reference/operations/ping.md\n" in done.stderr
    assert "  differs: versions.md\n" in done.stderr
    assert "  differs: reference/operations/projects.md" not in done.stderr


def test_harbor_version_downloads_the_pinned_file(
    served: tuple[str, dict[str, bytes]],
) -> None:
    base, files = served
    files["/v2.15.2/swagger.yaml"] = LATEST.read_bytes()

    done = run_generator(
        "--harbor-version",
        "v2.15.2",
        "--pinned-url",
        f"{base}/v2.15.2/swagger.yaml",
        "--spec-dir",
        str(SPECS),
        "--check",
    )

    assert done.returncode == 0, done.stderr
    assert "is up to date" in done.stderr


def test_harbor_version_refuses_a_download_with_another_sha256(
    served: tuple[str, dict[str, bytes]],
) -> None:
    base, files = served
    tampered = LATEST.read_bytes().replace(b"Harbor API", b"Harbor API!", 1)
    files["/swagger.yaml"] = tampered

    done = run_generator(
        "--harbor-version", "v2.15.2", "--pinned-url", f"{base}/swagger.yaml"
    )

    assert done.returncode == 1
    assert (
        f"sha256 {hashlib.sha256(tampered).hexdigest()}, expected "
        "9be2b505d4c6baba40e6d646eac2b0aa4ff11f938727ae1eaa491ca01ebf71c7; refusing"
    ) in done.stderr


def test_from_url_recognises_the_json_a_running_harbor_serves(
    served: tuple[str, dict[str, bytes]],
) -> None:
    base, files = served
    # Harbor's portal serves the definition converted to JSON at image build time.
    document = yaml.safe_load(LATEST.read_text(encoding="utf-8"))
    files["/swagger.json"] = json.dumps(document, indent=2).encode()

    done = run_generator(
        "--from-url", f"{base}/swagger.json", "--spec-dir", str(SPECS), "--check"
    )

    assert done.returncode == 0, done.stderr
    assert "Harbor v2.15.2 definition from" in done.stderr


def test_from_url_of_an_unknown_definition_asks_for_its_version(
    served: tuple[str, dict[str, bytes]],
) -> None:
    base, files = served
    files["/swagger.json"] = json.dumps({"swagger": "2.0", "paths": {}}).encode()

    done = run_generator("--from-url", f"{base}/swagger.json")

    assert done.returncode == 1
    assert "name its Harbor version with --harbor-version" in done.stderr


def test_a_download_that_fails_is_reported(
    served: tuple[str, dict[str, bytes]],
) -> None:
    base, _ = served

    done = run_generator("--from-url", f"{base}/missing.json")

    assert done.returncode == 1
    assert "cannot download the definition" in done.stderr
