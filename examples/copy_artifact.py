"""Copy an artifact between projects, by Harbor's copy API or through the registry.

Runs against a local Harbor that it starts itself on 127.0.0.1 (and pushes a small
artifact to), or against a real Harbor when HARBOR_URL (with HARBOR_USERNAME and
HARBOR_PASSWORD) is set:

    python examples/copy_artifact.py [--from PROJECT/REPOSITORY:TAG]
        [--to PROJECT/REPOSITORY] [--method api|registry]

``api`` asks Harbor to copy (``POST .../artifacts?from=...``): nothing passes
through this machine and the blobs are shared. ``registry`` copies with the OCI
distribution API: the manifest is read and written again and every blob mounted
from the source repository, which also works between two Harbors. Either way the
source and the target list the artifact under the same digest.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from harbor_client import Harbor
from harbor_client.registry import Reference


def split(reference: str) -> tuple[str, str]:
    """``team-a/tools/app`` -> (``team-a``, ``tools/app``)."""
    project, _, repository = reference.partition("/")
    if not project or not repository:
        raise SystemExit(f"{reference!r} is not PROJECT/REPOSITORY")
    return project, repository


def copy_artifact(harbor: Harbor, source: str, target: str, method: str) -> str:
    """Copy ``source`` (``project/repository:tag`` or ``@digest``) into ``target``;
    the digest both now list."""
    ref = Reference.parse(source)
    if ref.identifier is None:
        raise SystemExit(f"{source!r} names neither a tag nor a digest")
    source_project, source_repository = split(ref.repository)
    target_project, target_repository = split(target)
    # The digest, read before the copy: a tag may move while the copy runs.
    wanted = str(
        harbor.artifacts.get(source_project, source_repository, ref.identifier).digest
    )
    if method == "api":
        # Harbor copies inside its own storage; `from` names the source with its
        # project, and a tag or a digest.
        harbor.artifacts.copy(target_project, target_repository, from_=source)
        print(f"Harbor copied {source} to {target}")
    else:
        # The target keeps the source's tag, or gets none for a digest.
        destination = f"{target}:{ref.tag}" if ref.tag else f"{target}@{ref.digest}"
        copied = harbor.registry.copy(source, destination)
        print(f"copied {source} to {destination} through the registry")
        print(f"  manifest {copied.digest}, {copied.size} bytes")

    for project, repository in (
        (source_project, source_repository),
        (target_project, target_repository),
    ):
        listed = [
            artifact
            for artifact in harbor.artifacts.iter(project, repository, with_tag=True)
            if artifact.digest == wanted
        ]
        for artifact in listed:
            tags = ", ".join(str(t.name) for t in artifact.tags or []) or "untagged"
            print(f"  {project}/{repository:<20} {artifact.digest}  ({tags})")
        if not listed:
            raise SystemExit(f"{project}/{repository} does not list {wanted}")
    print(f"both repositories list {wanted[:19]}")
    return wanted


# -- where it runs ---------------------------------------------------------------

LOCAL_SOURCE = "team-a/app:1.0"
LOCAL_TARGET = "team-b/app"


def seed(harbor: Harbor, folder: Path) -> None:
    """Push a small artifact to copy: two files, one of them 1 MiB."""
    (folder / "app.conf").write_text("listen = 8080\n")
    (folder / "app.bin").write_bytes(bytes(range(256)) * 4096)
    harbor.registry.push_artifact(
        LOCAL_SOURCE,
        [folder / "app.conf", folder / "app.bin"],
        artifact_type="application/vnd.example.app.v1",
    )


@contextlib.contextmanager
def connect() -> Iterator[tuple[Harbor, bool]]:
    """A real Harbor from HARBOR_URL, or a local one (whether it is local)."""
    if os.environ.get("HARBOR_URL"):
        with Harbor() as harbor:
            harbor.whoami()  # bad credentials are anonymous on Harbor: check them
            yield harbor, False
        return

    from harbor_client.testing import LocalHarbor

    with LocalHarbor(registry=True) as local, tempfile.TemporaryDirectory() as folder:
        local.add_project("team-a")
        local.add_project("team-b")
        with Harbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            seed(harbor, Path(folder))
            yield harbor, True


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--from",
        dest="source",
        metavar="PROJECT/REPOSITORY:TAG",
        help=f"what to copy, by tag or @digest (default: {LOCAL_SOURCE} on the "
        "local Harbor; required with HARBOR_URL)",
    )
    parser.add_argument(
        "--to",
        dest="target",
        metavar="PROJECT/REPOSITORY",
        help=f"where to copy it (default: {LOCAL_TARGET} on the local Harbor)",
    )
    parser.add_argument("--method", choices=("api", "registry"), default="api")
    args = parser.parse_args(argv)
    with connect() as (harbor, local):
        source = args.source or (LOCAL_SOURCE if local else None)
        target = args.target or (LOCAL_TARGET if local else None)
        if source is None or target is None:
            parser.error("--from and --to are required with HARBOR_URL")
        copy_artifact(harbor, source, target, args.method)


if __name__ == "__main__":
    main()
