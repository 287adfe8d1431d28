"""The pytest plugin of harbor_client: fixtures that start a local Harbor.

Registered through the ``pytest11`` entry point, so it loads in every pytest run of a
project that has harbor_client installed; it therefore only defines fixtures and
starts nothing until a test asks for one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from harbor_client.testing import LocalHarbor


@pytest.fixture
def local_harbor() -> Iterator[LocalHarbor]:
    """A fresh local Harbor on 127.0.0.1 for one test, stopped afterwards.

    Log in as ``local_harbor.admin_username`` / ``local_harbor.admin_password``; seed
    it with ``add_project``, ``add_user``, ``add_repository`` and ``add_artifact``.
    """
    from harbor_client.testing import LocalHarbor

    with LocalHarbor() as harbor:
        yield harbor
