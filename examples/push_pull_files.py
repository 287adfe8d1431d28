"""Push and pull files: plain files stored in Harbor as an OCI artifact.

Runs against a local Harbor that it starts itself on 127.0.0.1, or against a real
Harbor when HARBOR_URL (with HARBOR_USERNAME and HARBOR_PASSWORD) is set:

    python examples/push_pull_files.py [--project NAME] [--repository NAME]
        [--tag TAG] [--out DIR] [FILE ...]

It pushes the files (a small sample bundle when none are given) as one artifact with
an artifactType and annotations, finds the artifact in Harbor's artifact list, pulls
it into a folder (a temporary one unless --out is given) and checks that every file
came back byte for byte.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from harbor_client import Harbor
from harbor_client.registry import ArtifactFile

#: What the artifact is, in the form registries and ORAS expect: a vendor media type.
ARTIFACT_TYPE = "application/vnd.example.bundle.v1"


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return "sha256:" + digest.hexdigest()


def push_pull(
    harbor: Harbor,
    *,
    project: str,
    repository: str,
    tag: str,
    files: Sequence[ArtifactFile],
    out: Path,
) -> bool:
    """Push, find, pull and compare; whether every file came back unchanged."""
    reference = f"{project}/{repository}:{tag}"
    annotations = {
        "org.opencontainers.image.description": f"{len(files)} files",
        "org.opencontainers.image.source": "examples/push_pull_files.py",
        "org.opencontainers.image.version": tag,
    }
    pushed = harbor.registry.push_artifact(
        reference, files, artifact_type=ARTIFACT_TYPE, annotations=annotations
    )
    total = sum(Path(file.path).stat().st_size for file in files)
    print(f"pushed {reference}: {pushed.digest}, {len(files)} files, {total} bytes")

    # Harbor indexes what was pushed: the REST API now lists it, with the type and
    # annotations the manifest carries.
    listed = {
        artifact.digest: artifact
        for artifact in harbor.artifacts.iter(project, repository, with_tag=True)
    }
    artifact = listed.get(pushed.digest)
    if artifact is None:
        print(f"Harbor does not list {pushed.digest} in {project}/{repository}")
        return False
    tags = ", ".join(str(t.name) for t in artifact.tags or [])
    print(
        f"Harbor lists {artifact.repository_name}@{pushed.digest[:19]}: "
        f"type {artifact.type_}, artifactType {artifact.artifact_type}, tags {tags}"
    )
    stored = artifact.annotations.additional_properties if artifact.annotations else {}
    for key, value in sorted(stored.items()):
        print(f"  annotation {key} = {value}")

    # By digest: the content just checked, even if someone moves the tag meanwhile.
    pulled = harbor.registry.pull_artifact(
        f"{project}/{repository}@{pushed.digest}", out
    )
    print(f"pulled {len(pulled)} files into {out}")
    identical = True
    by_title = {file.name: Path(file.path) for file in files}
    for path in pulled:
        title = path.relative_to(out).as_posix()
        original = by_title.get(title)
        same = original is not None and file_digest(path) == file_digest(original)
        identical &= same
        verdict = "identical" if same else "DIFFERENT"
        print(f"  {title:<24} {path.stat().st_size:>8} bytes  {verdict}")
    if len(pulled) != len(files):
        identical = False
    print("every file came back unchanged" if identical else "the files differ")
    return identical


def sample_bundle(folder: Path) -> list[ArtifactFile]:
    """Three files, one in a subfolder, one large enough to be sent in chunks."""
    (folder / "model").mkdir(parents=True, exist_ok=True)
    notes = folder / "NOTES.md"
    notes.write_text("# Bundle\n\nA model, its settings and these notes.\n")
    settings = folder / "settings.json"
    settings.write_text('{"threshold": 0.8, "labels": ["cat", "dog"]}\n')
    weights = folder / "model" / "weights.bin"
    weights.write_bytes(hashlib.shake_256(b"weights").digest(3 * 2**20 + 17))
    return [
        ArtifactFile(notes, media_type="text/markdown"),
        ArtifactFile(settings, media_type="application/json"),
        # The title keeps the subfolder: the file comes back as model/weights.bin.
        ArtifactFile(weights, title="model/weights.bin"),
    ]


# -- where it runs ---------------------------------------------------------------

LOCAL_PROJECT = "team-a"


@contextlib.contextmanager
def connect() -> Iterator[tuple[Harbor, str | None]]:
    """A real Harbor from HARBOR_URL, or a local one with its registry."""
    if os.environ.get("HARBOR_URL"):
        with Harbor() as harbor:
            harbor.whoami()  # bad credentials are anonymous on Harbor: check them
            yield harbor, None
        return

    from harbor_client.testing import LocalHarbor

    with LocalHarbor(registry=True) as local:
        local.add_project(LOCAL_PROJECT)
        with Harbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            yield harbor, LOCAL_PROJECT


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE")
    parser.add_argument(
        "--project",
        help=f"an existing project (default: {LOCAL_PROJECT} on the local Harbor; "
        "required with HARBOR_URL)",
    )
    parser.add_argument("--repository", default="bundles/demo")
    parser.add_argument("--tag", default="v1")
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="where to pull the files (default: a temporary folder)",
    )
    args = parser.parse_args(argv)

    with contextlib.ExitStack() as stack:
        harbor, default_project = stack.enter_context(connect())
        project = args.project or default_project
        if project is None:
            parser.error("--project is required with HARBOR_URL")
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        files = [ArtifactFile(path) for path in args.files] or sample_bundle(
            scratch / "bundle"
        )
        ok = push_pull(
            harbor,
            project=project,
            repository=args.repository,
            tag=args.tag,
            files=files,
            out=args.out or scratch / "pulled",
        )
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
