"""Quickstart: the first calls of harbor_client.

Runs against a local Harbor that it starts itself on 127.0.0.1, or against a real
Harbor when HARBOR_URL (with HARBOR_USERNAME and HARBOR_PASSWORD) is set:

    python examples/quickstart.py

It prints the server version, creates a project, lists projects page by page, shows
a typed error, and deletes what it created.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

from harbor_client import Harbor, NotFoundError


def quickstart(harbor: Harbor) -> None:
    info = harbor.system.get_info()
    print(f"connected to {harbor.url}, Harbor {info.harbor_version}")

    name = f"quickstart-{uuid.uuid4().hex[:8]}"
    project_id = harbor.projects.create(
        body={"project_name": name, "metadata": {"public": "false"}}
    )
    print(f"created project {name} (id {project_id})")
    try:
        # The iterator asks for one page at a time and stops after the last one.
        projects = harbor.projects.iter(page_size=2)
        for number, project in enumerate(projects, start=1):
            print(f"  {number:3}. {project.name}")
        print(f"{projects.total_count} projects in all")

        try:
            harbor.projects.get(name + "-missing")
        except NotFoundError as error:
            print(
                f"typed error: {type(error).__name__} {error.codes}: {error.messages}"
            )
    finally:
        harbor.projects.delete(name)
        print(f"deleted project {name}")


@contextlib.contextmanager
def connect() -> Iterator[Harbor]:
    """A real Harbor from HARBOR_URL, or a local one started for this run."""
    if os.environ.get("HARBOR_URL"):
        with Harbor() as harbor:
            harbor.whoami()  # bad credentials are anonymous on Harbor: check them
            yield harbor
        return

    from harbor_client.testing import LocalHarbor

    with LocalHarbor() as local:
        local.add_project("team-a")
        local.add_project("team-b", public=True)
        with Harbor(
            local.url, username=local.admin_username, password=local.admin_password
        ) as harbor:
            yield harbor


if __name__ == "__main__":
    with connect() as harbor:
        quickstart(harbor)
