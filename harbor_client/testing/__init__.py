"""A local Harbor on 127.0.0.1 for tests, demos and the quickstart.

:class:`LocalHarbor` serves Harbor's ``/api/v2.0`` over HTTP with the server's own
habits (pagination links, the ``q`` language, error bodies, anonymous fallback for
bad credentials, the session cookie and CSRF trap). :class:`HarborApp` is the same
Harbor as a pure request -> response function, for ``httpx.MockTransport``.
"""

from ._app import HarborApp, RecordedRequest
from ._config import HARBOR_VERSION, Configuration
from ._server import LocalHarbor
from ._store import (
    ROBOT_PREFIX,
    VULNERABILITY_REPORT_V10,
    VULNERABILITY_REPORT_V11,
    Artifact,
    Project,
    Repository,
    Robot,
    User,
)
from ._wire import Response

__all__ = [
    "HARBOR_VERSION",
    "ROBOT_PREFIX",
    "VULNERABILITY_REPORT_V10",
    "VULNERABILITY_REPORT_V11",
    "Artifact",
    "Configuration",
    "HarborApp",
    "LocalHarbor",
    "Project",
    "RecordedRequest",
    "Repository",
    "Response",
    "Robot",
    "User",
]
