"""``WWW-Authenticate`` challenges (RFC 9110 section 11.6.1).

A registry answers ``Bearer realm="...",service="...",scope="..."``; a cross-repository
mount puts two scopes, separated by a space, inside one quoted ``scope``; scopes and
realms may hold commas, so values must be read as quoted strings, not split on commas.
Harbor answers ``Basic realm="harbor"`` as soon as a request carried any
``Authorization`` header. Several challenges may share one header or come in several.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .scopes import Scope, parse_scopes

__all__ = ["Challenge", "parse_challenges"]

_TOKEN = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_SCHEME = re.compile(rf"[\s,]*({_TOKEN})")
_PARAM = re.compile(
    rf'[\s,]*({_TOKEN})\s*=\s*(?:"((?:[^"\\]|\\.)*)"|({_TOKEN}))', re.DOTALL
)
# token68, as in "Negotiate dGVzdA==": a value with no name.
_TOKEN68 = re.compile(r"\s+([A-Za-z0-9\-._~+/]+=*)\s*(?=,|$)")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Challenge:
    """One challenge: a scheme (lower case) and its parameters (keys lower case)."""

    scheme: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def realm(self) -> str | None:
        """The ``realm`` parameter: for ``Bearer``, the token service's URL."""
        return self.params.get("realm")

    @property
    def service(self) -> str | None:
        """The ``service`` parameter, the token's audience (``harbor-registry``)."""
        return self.params.get("service")

    @property
    def error(self) -> str | None:
        """``invalid_token``, ``insufficient_scope`` (RFC 6750), when given."""
        return self.params.get("error")

    @property
    def scopes(self) -> tuple[Scope, ...]:
        """The scopes named by ``scope``; malformed entries are skipped."""
        found: list[Scope] = []
        for part in self.params.get("scope", "").split():
            try:
                found.extend(parse_scopes(part))
            except ValueError:
                continue
        return tuple(found)


def parse_challenges(headers: Iterable[str] | str) -> tuple[Challenge, ...]:
    """Every challenge in one or more ``WWW-Authenticate`` values.

    Tolerant reading: a fragment that is not a challenge ends the parse of its header
    value instead of raising.
    """
    if isinstance(headers, str):
        headers = [headers]
    found: list[Challenge] = []
    for header in headers:
        found.extend(_parse_one(header))
    return tuple(found)


def _parse_one(header: str) -> list[Challenge]:
    found: list[Challenge] = []
    pos = 0
    while pos < len(header):
        scheme = _SCHEME.match(header, pos)
        if scheme is None:
            break
        pos = scheme.end()
        params: dict[str, str] = {}
        token68 = _TOKEN68.match(header, pos)
        if token68 is not None and "=" not in header[pos : token68.end()].rstrip("="):
            pos = token68.end()
        else:
            while True:
                param = _PARAM.match(header, pos)
                if param is None:
                    break
                key, quoted, bare = param.groups()
                params[key.lower()] = (
                    _ESCAPE.sub(r"\1", quoted) if quoted is not None else bare
                )
                pos = param.end()
        found.append(Challenge(scheme.group(1).lower(), params))
        rest = header[pos:].lstrip()
        if rest and not rest.startswith(","):
            break  # not a challenge: stop reading this value
    return found
