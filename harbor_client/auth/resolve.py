"""Which credentials a ``Harbor`` object uses: one decision, made in one place.

:func:`resolve` takes what ``Harbor(url, username=..., password=..., credentials=...)``
was given and the environment, and tries these sources in order; the first that has
credentials wins:

1. ``credentials=``: a :class:`~harbor_client.auth.credentials.Credentials` object
   (for instance :class:`~harbor_client.auth.oidc.OIDCCredentials`).
2. ``username=`` and ``password=`` (a user, or a robot's full name and secret).
3. Userinfo in the URL, ``https://robot%24demo%2Bci:S3cr3t%2F...@harbor.example.com``:
   percent-decoded, with ``+`` kept as ``+`` (URL userinfo is not form encoding).
4. The environment, used only when ``HARBOR_URL`` is unset or names the same server:

   * ``HARBOR_USERNAME`` and ``HARBOR_PASSWORD``;
   * ``HARBOR_ROBOT_FILE``: the path of a robot credentials file
     (:mod:`harbor_client.auth.robot`);
   * ``HARBOR_OIDC_TOKEN``: an OIDC ID token, sent as Bearer (not refreshed: for
     refresh pass ``OIDCCredentials`` with a provider).

   Setting more than one of these is an error rather than a guess.
5. Docker's ``config.json`` for the server's host
   (:mod:`harbor_client.auth.docker_config`).
6. None: anonymous, which Harbor allows for public projects.

``HARBOR_URL`` is the server when ``url`` is not given.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import httpx

from .credentials import AnonymousCredentials, BasicCredentials, Credentials
from .docker_config import config_path, credentials_for_host
from .errors import CredentialsError
from .origin import Origin
from .robot import read_robot_file

__all__ = ["ENVIRONMENT_VARIABLES", "Resolved", "resolve"]

log = logging.getLogger("harbor_client.auth")

#: The environment variables :func:`resolve` reads.
ENVIRONMENT_VARIABLES = (
    "HARBOR_URL",
    "HARBOR_USERNAME",
    "HARBOR_PASSWORD",
    "HARBOR_ROBOT_FILE",
    "HARBOR_OIDC_TOKEN",
    "DOCKER_CONFIG",
)


@dataclass(frozen=True)
class Resolved:
    """The server's URL (without userinfo) and the credentials to use with it."""

    url: str
    credentials: Credentials


def resolve(
    url: str | None = None,
    *,
    username: str | None = None,
    password: str | None = None,
    credentials: Credentials | None = None,
    environ: Mapping[str, str] | None = None,
    docker_config: Path | None = None,
) -> Resolved:
    """The URL and credentials for a Harbor client; see the module docstring.

    Args:
        url: the server; ``HARBOR_URL`` when ``None``.
        username, password: explicit credentials; both or neither.
        credentials: an explicit credentials object; excludes username and password.
        environ: the environment to read (``os.environ`` by default).
        docker_config: a ``config.json`` to read instead of docker's own.

    Raises:
        ValueError: no URL, or contradicting arguments.
        CredentialsError: a source was chosen but could not be used (a missing robot
            file, a failing credential helper, half a username/password pair).
    """
    environ = os.environ if environ is None else environ
    env_url = environ.get("HARBOR_URL") or None
    url = url or env_url
    if not url:
        raise ValueError(
            "no Harbor URL: pass it to Harbor(url) or set the HARBOR_URL environment "
            "variable"
        )
    base, from_url = _split_userinfo(url)
    tried: list[str] = []

    if credentials is not None:
        if username is not None or password is not None:
            raise ValueError(
                "pass either credentials= or username=/password=, not both"
            )
        return Resolved(base, credentials)

    if username is not None or password is not None:
        if not username or password is None:
            raise CredentialsError(
                "arguments: username= and password= must be given together"
            )
        return Resolved(base, BasicCredentials(username, password, source="arguments"))
    tried.append("arguments")

    if from_url is not None:
        return Resolved(base, from_url)
    tried.append("URL")

    if env_url is None or Origin.of(env_url) == Origin.of(base):
        found = _from_environment(environ)
        if found is not None:
            return Resolved(base, found)
        tried.append("environment")
    else:
        log.debug("HARBOR_URL names another server: its credentials are not used")

    path = docker_config or config_path(environ)
    host = httpx.URL(base).netloc.decode("ascii")
    from_docker = credentials_for_host(host, path=path, environ=environ)
    if from_docker is not None:
        return Resolved(base, from_docker)
    tried.append(f"docker config {path}")

    return Resolved(
        base, AnonymousCredentials(source=f"no credentials (tried {', '.join(tried)})")
    )


def _split_userinfo(url: str) -> tuple[str, BasicCredentials | None]:
    """The URL without userinfo, and the credentials the userinfo held."""
    parsed = httpx.URL(url)
    raw = parsed.userinfo.decode("ascii")
    if not raw:
        return str(parsed), None
    user, sep, secret = raw.partition(":")
    base = str(parsed.copy_with(username=None, password=None))
    if not sep:
        raise CredentialsError(
            "the URL names a user but no password: write https://user:password@host "
            "(percent-encoded) or pass username= and password="
        )
    # unquote, not unquote_plus: in userinfo a + is a +, and %2B is one too.
    return base, BasicCredentials(unquote(user), unquote(secret), source="URL userinfo")


def _from_environment(environ: Mapping[str, str]) -> Credentials | None:
    username = environ.get("HARBOR_USERNAME") or None
    password = environ.get("HARBOR_PASSWORD") or None
    robot_file = environ.get("HARBOR_ROBOT_FILE") or None
    token = environ.get("HARBOR_OIDC_TOKEN") or None

    chosen = [
        name
        for name, value in (
            ("HARBOR_USERNAME/HARBOR_PASSWORD", username or password),
            ("HARBOR_ROBOT_FILE", robot_file),
            ("HARBOR_OIDC_TOKEN", token),
        )
        if value
    ]
    if len(chosen) > 1:
        raise CredentialsError(
            f"environment: {' and '.join(chosen)} are both set; set only one"
        )
    if username or password:
        if not (username and password):
            missing = "HARBOR_PASSWORD" if username else "HARBOR_USERNAME"
            raise CredentialsError(f"environment: {missing} is not set")
        return BasicCredentials(
            username, password, source="environment (HARBOR_USERNAME, HARBOR_PASSWORD)"
        )
    if robot_file:
        return read_robot_file(robot_file, source="HARBOR_ROBOT_FILE")
    if token:
        from .oidc import OIDCCredentials

        fixed = token.strip()
        return OIDCCredentials(lambda: fixed, source="environment (HARBOR_OIDC_TOKEN)")
    return None
