"""The typed models of Harbor's API, generated from its definition.

``from harbor_client.models import Project, Artifact`` imports only what it names:
the models load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    from ._generated import models

    value = getattr(models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._generated import models

    return sorted(getattr(models, "__all__", dir(models)))
