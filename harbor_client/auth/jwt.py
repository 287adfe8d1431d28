"""Reading a JWT's claims without verifying it.

The client never trusts these claims for security: the server verifies its own
tokens. It reads ``exp`` to refresh an OIDC ID token before it expires, and the
registry token's ``access`` claim to say which action a refused request lacked.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from .scopes import Scope

__all__ = ["granted_scopes", "unverified_claims"]


def unverified_claims(token: str) -> dict[str, Any] | None:
    """The payload of a JWT, or ``None`` when ``token`` is not one."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (ValueError, binascii.Error):
        return None
    return claims if isinstance(claims, dict) else None


def granted_scopes(token: str) -> tuple[Scope, ...] | None:
    """The scopes a registry token's ``access`` claim grants, if it can be read.

    Harbor writes ``"access": null`` for a token asked for without a scope: that is an
    empty grant, not an unreadable token.
    """
    claims = unverified_claims(token)
    if claims is None or "access" not in claims:
        return None
    entries = claims["access"] or []
    if not isinstance(entries, list):
        return None
    granted: list[Scope] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        actions = entry.get("actions") or []
        granted.append(
            Scope(
                str(entry.get("type", "")),
                str(entry.get("name", "")),
                frozenset(str(a) for a in actions if isinstance(a, str)),
            )
        )
    return tuple(granted)
