"""The configuration of a local Harbor: what ``/systeminfo`` reports and obeys."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

#: the version a local Harbor reports: the release this SDK is generated for, with
#: the commit of that release tag, in Harbor's ``<VERSION>-<8-hex commit>`` form
HARBOR_VERSION = "v2.15.2-080b0220"


@dataclass
class Configuration:
    """Settings a test may change; the defaults are those of a fresh installation."""

    external_url: str = "http://127.0.0.1"
    harbor_version: str = HARBOR_VERSION
    #: ``db_auth`` or ``oidc_auth`` (which enables ID tokens, see ``add_oidc_token``)
    auth_mode: str = "db_auth"
    #: ``everyone`` or ``adminonly``
    project_creation_restriction: str = "everyone"
    self_registration: bool = False
    read_only: bool = False
    #: how long a registry token lives, in seconds (``token_expiration`` in minutes)
    token_lifetime: int = 1800
    #: the storage limit of a new project in bytes, -1 for none
    storage_per_project: int = -1
    #: configuration items kept as they were set, without a behaviour here
    other_settings: dict[str, Any] = field(default_factory=dict)
    oidc_provider_name: str = ""
    banner_message: str = ""
    #: component name -> the error ``/health`` reports for it
    unhealthy_components: dict[str, str] = field(default_factory=dict)

    @property
    def registry_url(self) -> str:
        """``external_url`` without its scheme, as Harbor reports it."""
        return urlsplit(self.external_url).netloc
