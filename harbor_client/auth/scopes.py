"""Registry scopes (``repository:demo/app:pull,push``) and how a request declares them.

A scope names a resource and the actions wanted on it. The registry names the scope a
request needs in its ``WWW-Authenticate`` challenge, but only for the request that was
refused; knowing it up front saves that refused round trip, and some requests need
more than the challenge says. So a request may declare its scopes in the request
extension :data:`SCOPES_EXTENSION`::

    request = client.build_request(
        "POST", f"/v2/demo/app/blobs/uploads/?mount={digest}&from=library/base",
        extensions={SCOPES_EXTENSION: ("repository:demo/app:pull,push",
                                       "repository:library/base:pull")},
    )

The value is an iterable of scope strings or :class:`Scope` objects; a single string
may hold several scopes separated by spaces. Declared scopes are added to the ones
inferred from the request's path and method (:func:`inferred_scopes`) and to the ones
any challenge names; the token is asked for all of them at once, which is what a
cross-repository mount needs (both repositories in one token).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

__all__ = [
    "SCOPES_EXTENSION",
    "Scope",
    "declared_scopes",
    "format_scopes",
    "inferred_scopes",
    "merge_scopes",
    "parse_scopes",
]

#: The request extension in which a request declares the scopes it needs.
SCOPES_EXTENSION = "harbor_scopes"

# Actions in the order people write them; any others follow alphabetically.
_ACTION_ORDER = {"pull": 0, "push": 1, "delete": 2, "*": 3}

# /v2/<name>/<route>: the name is everything before the last route keyword, because
# repository names contain slashes and the routes' last segment never does.
_REPOSITORY_PATH = re.compile(
    r"^/v2/(?P<name>.+)/(?:manifests/[^/]+|blobs/uploads/[^/]*|blobs/[^/]+"
    r"|tags/list|referrers/[^/]+)$"
)


@dataclass(frozen=True, slots=True)
class Scope:
    """One scope: a resource type, its name and a set of actions."""

    type: str
    name: str
    actions: frozenset[str]

    @classmethod
    def parse(cls, text: str) -> Scope:
        """Read ``type:name:actions``.

        The name is everything between the first and the last colon, as Harbor and
        distribution split it, so a name with a port (``host:5000/x``) survives.
        """
        kind, sep, rest = text.partition(":")
        name, sep2, actions = rest.rpartition(":")
        if not (sep and sep2 and kind and name):
            raise ValueError(f"not a scope (type:name:actions): {text!r}")
        return cls(kind, name, frozenset(a for a in actions.split(",") if a))

    @classmethod
    def repository(cls, name: str, *actions: str) -> Scope:
        """``repository:<name>:<actions>``."""
        return cls("repository", name, frozenset(actions))

    @property
    def resource(self) -> tuple[str, str]:
        """``(type, name)``, what two scopes must share to be merged."""
        return (self.type, self.name)

    def covers(self, other: Scope) -> bool:
        """Whether a token for this scope also serves ``other``."""
        if self.resource != other.resource:
            return False
        return "*" in self.actions or other.actions <= self.actions

    def __str__(self) -> str:
        actions = sorted(self.actions, key=lambda a: (_ACTION_ORDER.get(a, 9), a))
        return f"{self.type}:{self.name}:{','.join(actions)}"


def parse_scopes(values: Iterable[str | Scope] | str) -> tuple[Scope, ...]:
    """Scopes from strings (each may hold several, space separated) or Scope objects."""
    if isinstance(values, str):
        values = [values]
    found: list[Scope] = []
    for value in values:
        if isinstance(value, Scope):
            found.append(value)
        else:
            found.extend(Scope.parse(part) for part in value.split())
    return tuple(found)


def merge_scopes(*groups: Iterable[Scope]) -> tuple[Scope, ...]:
    """One scope per resource, with the union of its actions, in first-seen order.

    The order is kept because some registries read only the first scope of a token
    request, and the first one a caller names is the one its request acts on.
    """
    merged: dict[tuple[str, str], frozenset[str]] = {}
    for group in groups:
        for scope in group:
            merged[scope.resource] = merged.get(scope.resource, frozenset()) | (
                scope.actions
            )
    return tuple(Scope(kind, name, actions) for (kind, name), actions in merged.items())


def format_scopes(scopes: Iterable[Scope]) -> str:
    """Scopes as they appear in a log line: space separated."""
    return " ".join(str(scope) for scope in scopes) or "(no scope)"


def declared_scopes(request: httpx.Request) -> tuple[Scope, ...]:
    """The scopes a request declared in :data:`SCOPES_EXTENSION`."""
    value = request.extensions.get(SCOPES_EXTENSION)
    if not value:
        return ()
    return parse_scopes(value)


def inferred_scopes(request: httpx.Request) -> tuple[Scope, ...]:
    """The scopes the distribution API asks for this method and path.

    Reads pull, writes pull and push (as docker asks), DELETE asks delete; a mount
    (``?mount=...&from=<repo>``) also needs pull on the source repository. ``/v2/``
    itself needs no scope; the catalog needs ``registry:catalog:*``.
    """
    path = request.url.path
    if path == "/v2/_catalog":
        return (Scope("registry", "catalog", frozenset({"*"})),)
    match = _REPOSITORY_PATH.match(path)
    if match is None:
        return ()
    method = request.method.upper()
    if method in ("GET", "HEAD"):
        actions = frozenset({"pull"})
    elif method == "DELETE":
        actions = frozenset({"delete"})
    else:
        actions = frozenset({"pull", "push"})
    scopes = [Scope("repository", match["name"], actions)]
    source = request.url.params.get("from")
    if method == "POST" and source and request.url.params.get("mount"):
        scopes.append(Scope.repository(source, "pull"))
    return tuple(scopes)
