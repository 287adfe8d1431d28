"""Onboard a tenant: a project with a storage quota and a robot account to push with.

Runs against a local Harbor that it starts itself on 127.0.0.1, or against a real
Harbor when HARBOR_URL (with HARBOR_USERNAME and HARBOR_PASSWORD) is set:

    python examples/onboard_tenant.py [--project NAME] [--quota 10GiB]
        [--robot ci] [--days 90] [--docker-config DIR]

It creates the project with its quota, creates a project robot with pull, push and
list on its repositories, writes the robot's credentials into DIR/config.json the
way ``docker login`` does (mode 0600; a temporary folder, removed at the end,
unless --docker-config is given), and then logs in with what the file holds to show
the robot works: on the REST API and with a token from the registry's token service.
The robot's secret is never printed.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from harbor_client import Harbor, PreconditionFailedError
from harbor_client.auth import credentials_for_host
from harbor_client.auth.docker_config import normalise_host
from harbor_client.registry import EMPTY_DIGEST

_SIZE = re.compile(r"(?i)\s*(-1|\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?\s*")
_UNITS = {"": 1, "B": 1, "KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40}
_UNITS.update({"KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12})


def parse_size(text: str) -> int:
    """``10GiB`` -> 10737418240; ``-1`` is Harbor's "no limit"."""
    match = _SIZE.fullmatch(text)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 10GiB or -1)")
    number, unit = match.groups()
    if number == "-1":
        return -1
    return int(float(number) * _UNITS[(unit or "").upper()])


def show_size(size: int) -> str:
    if size < 0:
        return "unlimited"
    for unit in ("TiB", "GiB", "MiB", "KiB"):
        scale = _UNITS[unit.upper()]
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} B"


def create_project(harbor: Harbor, name: str, quota: int) -> int:
    project_id = harbor.projects.create(
        body={
            "project_name": name,
            "metadata": {"public": "false"},
            "storage_limit": quota,
        }
    )
    # The quota as Harbor stored it, read back from the project's summary.
    summary = harbor.projects.get_summary(name)
    hard = summary.quota.hard if summary.quota else None
    storage = hard.additional_properties.get("storage", quota) if hard else quota
    print(
        f"created project {name} (id {project_id}), "
        f"storage quota {show_size(int(storage))}"
    )
    return int(project_id) if project_id is not None else 0


def create_robot(harbor: Harbor, project: str, name: str, days: int) -> Any:
    """A project robot that may pull, push and list the project's repositories."""
    robot = harbor.robots.create(
        body={
            "name": name,
            "description": f"pushes to {project}",
            "level": "project",
            # Days, or -1 for a robot that never expires.
            "duration": days,
            "permissions": [
                {
                    "kind": "project",
                    "namespace": project,
                    "access": [
                        {"resource": "repository", "action": "pull"},
                        {"resource": "repository", "action": "push"},
                        {"resource": "repository", "action": "list"},
                    ],
                }
            ],
        }
    )
    # Harbor's answer names the robot with the instance's prefix (robot$ unless an
    # administrator changed it): the name to log in with is this one, never one
    # built by hand.
    # expires_at is Unix seconds, or -1 for never.
    expires = (
        f"expires {datetime.fromtimestamp(robot.expires_at, UTC):%Y-%m-%d}"
        if isinstance(robot.expires_at, int) and robot.expires_at >= 0
        else "never expires"
    )
    print(f"created robot {robot.name} (id {robot.id}), {expires}")
    return robot


def write_docker_config(folder: Path, host: str, username: str, secret: str) -> Path:
    """Add ``auths[host]`` to ``folder/config.json``, as ``docker login`` would.

    Other entries of an existing file stay. The file is written beside itself and
    renamed into place, created with mode 0600 so the secret is never readable by
    others, not even for a moment.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.json"
    config: dict[str, Any] = {}
    if path.exists():
        config = json.loads(path.read_text(encoding="utf-8"))
    pair = f"{username}:{secret}".encode()
    config.setdefault("auths", {})[host] = {
        "auth": base64.b64encode(pair).decode("ascii")
    }

    partial = path.with_name(path.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(config, file, indent=2)
        file.write("\n")
    os.replace(partial, path)
    return path


def check_robot(url: str, host: str, config: Path, project: str) -> None:
    """Log in with what the docker config holds; fail loudly if Harbor refuses."""
    credentials = credentials_for_host(host, path=config)
    if credentials is None:
        raise SystemExit(f"{config} holds no credentials for {host}")
    with Harbor(url, credentials=credentials) as robot:
        try:
            user = robot.whoami()
        except PreconditionFailedError:
            # /users/current is for users: a robot gets 412, while bad credentials
            # would be anonymous and get 401. So 412 says "a robot, accepted".
            print(f"{credentials.username}: accepted as a robot (whoami answers 412)")
        else:
            raise SystemExit(
                f"{config} logs in as the user {user.username}, not a robot"
            )
        repositories = robot.repositories.list(project)
        print(
            f"{credentials.username}: lists {len(repositories)} repositories "
            f"in {project}"
        )
        # A registry token for pull on the project: HEAD of a blob that is not
        # there is a plain "no" once the token service has accepted the robot.
        probe = f"{project}/onboarding-check"
        robot.registry.blob_exists(probe, EMPTY_DIGEST)
        print(f"{credentials.username}: got a registry token for {probe}")


def onboard(
    harbor: Harbor,
    *,
    project: str,
    quota: int,
    robot_name: str,
    days: int,
    docker_config: Path,
) -> Path:
    create_project(harbor, project, quota)
    robot = create_robot(harbor, project, robot_name, days)

    host = normalise_host(str(harbor.url))
    path = write_docker_config(docker_config, host, robot.name, robot.secret)
    # The secret is shown once, in this answer; it now lives only in the file.
    print(f"wrote auths[{host}] to {path} (mode {path.stat().st_mode & 0o777:o})")

    check_robot(str(harbor.url), host, path, project)
    return path


# -- where the onboarding runs ---------------------------------------------------

LOCAL_PROJECT = "acme"


@contextlib.contextmanager
def connect() -> Iterator[tuple[Harbor, str | None]]:
    """A real Harbor from HARBOR_URL, or a local one; with a default project."""
    if os.environ.get("HARBOR_URL"):
        with Harbor() as harbor:
            harbor.whoami()  # bad credentials are anonymous on Harbor: check them
            yield harbor, None
        return

    from harbor_client.testing import LocalHarbor

    with (
        LocalHarbor(registry=True) as local,
        Harbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor,
    ):
        yield harbor, LOCAL_PROJECT


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--project",
        help=f"the new project (default: {LOCAL_PROJECT} on the local Harbor; "
        "required with HARBOR_URL)",
    )
    parser.add_argument(
        "--quota",
        type=parse_size,
        default=parse_size("10GiB"),
        help="storage quota, such as 500MiB or 10GiB; -1 for none (default: 10GiB)",
    )
    parser.add_argument("--robot", default="ci", help="the robot's name (default: ci)")
    parser.add_argument(
        "--days",
        type=int,
        default=90,
        help="days until the robot expires, -1 for never (default: 90)",
    )
    parser.add_argument(
        "--docker-config",
        type=Path,
        metavar="DIR",
        help="the folder of the config.json to write (default: a temporary folder, "
        "removed at the end)",
    )
    args = parser.parse_args(argv)
    if args.days == 0 or args.days < -1:
        parser.error("--days is a number of days, or -1 for never")

    with contextlib.ExitStack() as stack:
        harbor, default_project = stack.enter_context(connect())
        project = args.project or default_project
        if project is None:
            parser.error("--project is required with HARBOR_URL")
        folder = args.docker_config or Path(
            stack.enter_context(tempfile.TemporaryDirectory(prefix="docker-config-"))
        )
        onboard(
            harbor,
            project=project,
            quota=args.quota,
            robot_name=args.robot,
            days=args.days,
            docker_config=folder,
        )


if __name__ == "__main__":
    main()
