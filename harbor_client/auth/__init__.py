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

from .challenge import Challenge, parse_challenges
from .credentials import AnonymousCredentials, ApiAuth, BasicCredentials, Credentials
from .docker_config import credentials_for_host
from .errors import BodyNotReplayableError, CredentialsError, InsecureTransportError
from .oidc import OIDCCredentials, TokenProvider
from .registry import RegistryAuth
from .replay import FileRange, ReplayableStream
from .resolve import Resolved, resolve
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
