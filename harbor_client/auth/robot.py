"""Robot account credentials files, as Harbor hands them out.

Creating a robot (``POST /robots``, or the UI, whose "export to file" saves the same
answer) gives ``{"id", "name", "secret", "creation_time", "expires_at"}``; the name
already carries the instance's prefix (``robot$demo+ci``, or e.g. ``bot-demo+ci``), so
it is used as it is. Files of the v1 robot API, which called the secret ``token``, are
read too.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .credentials import BasicCredentials
from .errors import CredentialsError

__all__ = ["read_robot_file"]

_SECRET_KEYS = ("secret", "token", "password")
_NAME_KEYS = ("name", "username")


def read_robot_file(
    path: str | os.PathLike[str], *, source: str = ""
) -> BasicCredentials:
    """The robot's name and secret from a credentials file.

    ``source`` says how the file was found (``"HARBOR_ROBOT_FILE"``), for messages.
    """
    where = f"robot file {os.fspath(path)}" + (f" (from {source})" if source else "")
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CredentialsError(f"{where} could not be read: {exc.strerror}") from None
    try:
        data: Any = json.loads(text)
    except ValueError as exc:
        # The message of json's error gives a position, never the content.
        raise CredentialsError(f"{where} is not JSON: {exc}") from None
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict):
        raise CredentialsError(f"{where} does not hold a JSON object")
    name = _first_string(data, _NAME_KEYS)
    secret = _first_string(data, _SECRET_KEYS)
    if name is None or secret is None:
        missing = "name" if name is None else "secret"
        keys = ", ".join(sorted(str(k) for k in data)) or "none"
        raise CredentialsError(f"{where} has no {missing} (its keys: {keys})")
    return BasicCredentials(name, secret, source=where)


def _first_string(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value:
            return value
    return None
