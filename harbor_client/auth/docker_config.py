"""Credentials from Docker's ``config.json``, the way ``docker login`` stored them.

The file is ``$DOCKER_CONFIG/config.json``, or ``~/.docker/config.json``. For a
registry host it is read as docker reads it:

1. ``credHelpers[host]`` names a helper for that host;
2. otherwise ``credsStore`` names the helper for all hosts;
3. otherwise ``auths[host]`` holds ``auth`` (base64 of ``user:password``) or
   ``username`` and ``password``.

A helper is the program ``docker-credential-<name>``; ``docker-credential-<name> get``
reads the host on standard input and prints ``{"ServerURL", "Username", "Secret"}``.
When a helper has nothing for the host, the ``auths`` entry is still tried (tools
other than docker write both).

Keys of ``auths`` and ``credHelpers`` may be written with or without a scheme and path
(``harbor.example.com``, ``https://harbor.example.com/v2/``); they are compared by
host and port.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .credentials import BasicCredentials
from .errors import CredentialsError

__all__ = ["HELPER_TIMEOUT", "config_path", "credentials_for_host", "normalise_host"]

#: How long a credential helper may take, in seconds (some ask the user to unlock).
HELPER_TIMEOUT = 60.0

# The username docker's helpers return when the secret is an identity token.
_IDENTITY_TOKEN_USER = "<token>"

if TYPE_CHECKING:
    import subprocess

# subprocess and shutil are imported when a helper is asked: building a Harbor
# client that reads no docker config should not pay for them.
Runner = Callable[..., "subprocess.CompletedProcess[bytes]"]


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where docker keeps its ``config.json``: ``$DOCKER_CONFIG`` or ``~/.docker``."""
    environ = os.environ if environ is None else environ
    directory = environ.get("DOCKER_CONFIG")
    if directory:
        return Path(directory) / "config.json"
    home = environ.get("HOME")
    base = Path(home) if home else Path.home()
    return base / ".docker" / "config.json"


def normalise_host(key: str) -> str:
    """``https://Harbor.example.com:443/v2/`` -> ``harbor.example.com:443``."""
    key = key.strip()
    if "://" not in key:
        key = "//" + key
    netloc = urlsplit(key).netloc
    return netloc.rsplit("@", 1)[-1].lower()


def credentials_for_host(
    host: str,
    *,
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    run: Runner | None = None,
) -> BasicCredentials | None:
    """The credentials docker would use for ``host`` (``name[:port]``), or ``None``.

    ``None`` also when there is no config file. A file or helper that exists but
    cannot be used raises :class:`CredentialsError`.
    """
    environ = os.environ if environ is None else environ
    path = path or config_path(environ)
    if not path.is_file():
        return None
    config = _load(path)
    host = normalise_host(host)

    helper = _lookup(config.get("credHelpers"), host)
    kind = "credHelpers"
    if not isinstance(helper, str) or not helper:
        helper = config.get("credsStore")
        kind = "credsStore"
    if isinstance(helper, str) and helper:
        found = _ask_helper(
            helper, host, path=path, kind=kind, environ=environ, run=run
        )
        if found is not None:
            return found

    entry = _lookup(config.get("auths"), host)
    if isinstance(entry, dict):
        return _from_auths_entry(entry, host, path)
    return None


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise CredentialsError(
            f"docker config {path} could not be read: {exc.strerror}"
        ) from None
    except ValueError as exc:
        raise CredentialsError(f"docker config {path} is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise CredentialsError(f"docker config {path} does not hold a JSON object")
    return data


def _lookup(section: Any, host: str) -> Any:
    if not isinstance(section, dict):
        return None
    for key, value in section.items():
        if isinstance(key, str) and normalise_host(key) == host:
            return value
    return None


def _from_auths_entry(
    entry: dict[str, Any], host: str, path: Path
) -> BasicCredentials | None:
    where = f"docker config {path} (auths: {host})"
    username, password = entry.get("username"), entry.get("password")
    encoded = entry.get("auth")
    if isinstance(encoded, str) and encoded:
        try:
            pair = base64.b64decode(encoded, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            raise CredentialsError(
                f"{where}: 'auth' is not base64 of user:password"
            ) from None
        username, sep, password = pair.partition(":")
        if not sep:
            raise CredentialsError(
                f"{where}: 'auth' holds no ':' between user and password"
            )
    if (
        isinstance(username, str)
        and username
        and isinstance(password, str)
        and password
    ):
        return BasicCredentials(username, password, source=where)
    if entry.get("identitytoken"):
        raise _identity_token_error(where)
    return None


def _ask_helper(
    name: str,
    host: str,
    *,
    path: Path,
    kind: str,
    environ: Mapping[str, str],
    run: Runner | None,
) -> BasicCredentials | None:
    where = f"docker config {path} ({kind}: {name})"
    program = f"docker-credential-{name}"
    import shutil
    import subprocess

    executable = shutil.which(program, path=environ.get("PATH"))
    if executable is None:
        raise CredentialsError(f"{where}: {program} is not on PATH")
    try:
        done = (run or subprocess.run)(
            [executable, "get"],
            input=host.encode(),
            capture_output=True,
            timeout=HELPER_TIMEOUT,
            env=dict(environ),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise CredentialsError(
            f"{where}: {program} did not answer within {HELPER_TIMEOUT:.0f} s"
        ) from None
    except OSError as exc:
        raise CredentialsError(f"{where}: {program} could not run: {exc}") from None
    if done.returncode != 0:
        said = (done.stdout or done.stderr or b"").decode("utf-8", "replace").strip()
        if "credentials not found" in said.lower():
            return None
        # What a failing helper printed is not repeated: a half-broken helper may
        # have written part of a secret before it failed.
        raise CredentialsError(
            f"{where}: {program} get failed with exit status {done.returncode} "
            "(its output is not shown, as it may hold a secret; run "
            f"`echo HOST | {program} get` to see it)"
        )
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        raise CredentialsError(f"{where}: {program} did not print JSON") from None
    if not isinstance(answer, dict):
        raise CredentialsError(f"{where}: {program} did not print a JSON object")
    username, secret = answer.get("Username"), answer.get("Secret")
    if username == _IDENTITY_TOKEN_USER:
        raise _identity_token_error(where)
    if not (isinstance(username, str) and username and isinstance(secret, str)):
        raise CredentialsError(f"{where}: {program} printed no Username and Secret")
    return BasicCredentials(username, secret, source=where)


def _identity_token_error(where: str) -> CredentialsError:
    # TODO: the OAuth2 refresh-token grant (POST to the realm) would use an identity
    # token; Harbor's token service implements GET only, so it is not supported yet.
    return CredentialsError(
        f"{where} holds an identity token (an OAuth2 refresh token), which Harbor's "
        "token service does not accept: log in with a username and password, a CLI "
        "secret or a robot account"
    )
