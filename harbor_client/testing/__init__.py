"""A local Harbor on 127.0.0.1 for tests, demos and the quickstart.

:class:`LocalHarbor` serves Harbor's ``/api/v2.0`` over HTTP with the server's own
habits (pagination links, the ``q`` language, error bodies, anonymous fallback for
bad credentials, the session cookie and CSRF trap), its token service and, in front
of a real distribution registry (Debian's ``docker-registry``, see
:class:`RegistryBackend`), its ``/v2/``. :class:`HarborApp` is the same Harbor as a
request -> response function, for ``httpx.MockTransport``.
"""

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
