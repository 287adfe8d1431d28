"""Credentials, and the registry's bearer-token flow.

* :func:`resolve`: which URL and credentials a client uses (arguments, URL userinfo,
  environment, robot file, Docker's ``config.json`` and credential helpers).
* :class:`BasicCredentials` (users and robot accounts), :class:`OIDCCredentials` (an
  ID token from a provider, refreshed), :class:`AnonymousCredentials`; each gives an
  ``httpx.Auth`` for the REST API with :meth:`Credentials.api_auth`.
* :class:`RegistryAuth`: the ``/v2/`` token flow, with per-scope caching, refresh,
  and single flight across threads and tasks. Requests declare scopes in the
  extension :data:`SCOPES_EXTENSION`.
* :class:`FileRange`: a request body that can be sent again after a token refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Eager: a Harbor resolves its credentials when it is built, and the submodule's name
# is also the function's, which a lazy lookup would shadow with the module.
from .resolve import Resolved, resolve

if TYPE_CHECKING:
    from .challenge import Challenge, parse_challenges
    from .credentials import (
        AnonymousCredentials,
        ApiAuth,
        BasicCredentials,
        Credentials,
    )
    from .docker_config import credentials_for_host
    from .errors import BodyNotReplayableError, CredentialsError, InsecureTransportError
    from .oidc import OIDCCredentials, TokenProvider
    from .registry import RegistryAuth
    from .replay import FileRange, ReplayableStream
    from .robot import read_robot_file
    from .scopes import SCOPES_EXTENSION, Scope
    from .tokens import BearerToken, TokenCache

__all__ = [
    "SCOPES_EXTENSION",
    "AnonymousCredentials",
    "ApiAuth",
    "BasicCredentials",
    "BearerToken",
    "BodyNotReplayableError",
    "Challenge",
    "Credentials",
    "CredentialsError",
    "FileRange",
    "InsecureTransportError",
    "OIDCCredentials",
    "RegistryAuth",
    "ReplayableStream",
    "Resolved",
    "Scope",
    "TokenCache",
    "TokenProvider",
    "credentials_for_host",
    "parse_challenges",
    "read_robot_file",
    "resolve",
]


# Submodules load on first use: building a Harbor needs only a few of them, and the
# registry's token flow is not needed until the registry is.
_WHERE = {
    "Challenge": "challenge",
    "parse_challenges": "challenge",
    "AnonymousCredentials": "credentials",
    "ApiAuth": "credentials",
    "BasicCredentials": "credentials",
    "Credentials": "credentials",
    "credentials_for_host": "docker_config",
    "BodyNotReplayableError": "errors",
    "CredentialsError": "errors",
    "InsecureTransportError": "errors",
    "OIDCCredentials": "oidc",
    "TokenProvider": "oidc",
    "RegistryAuth": "registry",
    "FileRange": "replay",
    "ReplayableStream": "replay",
    "read_robot_file": "robot",
    "SCOPES_EXTENSION": "scopes",
    "Scope": "scopes",
    "BearerToken": "tokens",
    "TokenCache": "tokens",
}


def __getattr__(name: str) -> Any:
    module_name = _WHERE.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value
