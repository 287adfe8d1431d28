"""A local Harbor on 127.0.0.1 for tests, demos and the quickstart.

:class:`LocalHarbor` serves Harbor's ``/api/v2.0`` over HTTP with the server's own
habits (pagination links, the ``q`` language, error bodies, anonymous fallback for
bad credentials, the session cookie and CSRF trap), its token service and, in front
of a real distribution registry (Debian's ``docker-registry``, see
:class:`RegistryBackend`), its ``/v2/``. :class:`HarborApp` is the same Harbor as a
request -> response function, for ``httpx.MockTransport``.

What it serves: projects (with metadata, members and summaries), users, robot
accounts (v2), repositories, artifacts and tags (read from what was really pushed),
labels, storage quotas, immutable tag rules, read-only mode, configurations, the
audit log (``/auditlog-exts``), copies of artifacts, ``/service/token`` and ``/v2/``
(pushes, pulls, mounts, tag lists, the catalog, referrers), ping, health and
systeminfo. What it does not: scanning and SBOMs, replication and registries,
proxy-cache projects, retention, garbage collection (so deleted artifacts keep
counting against the quota), webhooks, preheat, LDAP, UAA and user groups,
accessories (an artifact with a ``subject`` is listed as an artifact of its own),
pull-time policies (content trust, vulnerability prevention), and TLS.

The names below are imported on first use: the pytest plugin lives in this package
and loads in every test run of a project that installs harbor_client, so importing
the package costs nothing until a test asks for a local Harbor.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import HarborApp, RecordedRequest
    from ._backend import REGISTRY_PACKAGE, RegistryBackend, RegistryUnavailable
    from ._config import HARBOR_VERSION, Configuration
    from ._server import LocalHarbor
    from ._store import (
        ROBOT_PREFIX,
        VULNERABILITY_REPORT_V10,
        VULNERABILITY_REPORT_V11,
        Artifact,
        AuditLog,
        ImmutableRule,
        Label,
        Project,
        Repository,
        Robot,
        RobotPermission,
        Tag,
        User,
    )
    from ._wire import Response

_HOMES = {
    "HarborApp": "_app",
    "RecordedRequest": "_app",
    "REGISTRY_PACKAGE": "_backend",
    "RegistryBackend": "_backend",
    "RegistryUnavailable": "_backend",
    "HARBOR_VERSION": "_config",
    "Configuration": "_config",
    "LocalHarbor": "_server",
    "ROBOT_PREFIX": "_store",
    "VULNERABILITY_REPORT_V10": "_store",
    "VULNERABILITY_REPORT_V11": "_store",
    "Artifact": "_store",
    "AuditLog": "_store",
    "ImmutableRule": "_store",
    "Label": "_store",
    "Project": "_store",
    "Repository": "_store",
    "Robot": "_store",
    "RobotPermission": "_store",
    "Tag": "_store",
    "User": "_store",
    "Response": "_wire",
}

__all__ = [
    "HARBOR_VERSION",
    "REGISTRY_PACKAGE",
    "ROBOT_PREFIX",
    "VULNERABILITY_REPORT_V10",
    "VULNERABILITY_REPORT_V11",
    "Artifact",
    "AuditLog",
    "Configuration",
    "HarborApp",
    "ImmutableRule",
    "Label",
    "LocalHarbor",
    "Project",
    "RecordedRequest",
    "RegistryBackend",
    "RegistryUnavailable",
    "Repository",
    "Response",
    "Robot",
    "RobotPermission",
    "Tag",
    "User",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
