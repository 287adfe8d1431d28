"""Who is calling, and what they may do: Harbor's authenticator chain and its RBAC.

A credential that does not check out is not an error: every authenticator that
fails simply yields nothing and the request goes on as anonymous. Only a handler
that needs a user answers 401, and a project the caller may not see answers 403
(or 401 to anonymous callers) whether it exists or not; only a system administrator
learns that a project is missing.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import time
from dataclasses import dataclass, field

from ._config import Configuration
from ._store import (
    DEVELOPER,
    GUEST,
    LIMITED_GUEST,
    MAINTAINER,
    PROJECT_ADMIN,
    Project,
    Robot,
    Store,
    User,
)
from ._wire import Request, forbidden, not_found, unauthorized

#: what each project role may do, in the terms the handlers ask about
_ROLE_ACTIONS: dict[int, frozenset[str]] = {
    PROJECT_ADMIN: frozenset({"read", "update", "delete", "member:list", "quota:read"}),
    MAINTAINER: frozenset({"read", "member:list", "quota:read"}),
    DEVELOPER: frozenset({"read", "member:list", "quota:read"}),
    GUEST: frozenset({"read", "member:list", "quota:read"}),
    LIMITED_GUEST: frozenset({"read"}),
}
#: what anyone, anonymous included, may do in a public project
_PUBLIC_ACTIONS = frozenset({"read"})


@dataclass(frozen=True, slots=True)
class Principal:
    """The security context of a request: a user, a robot, or nobody."""

    user: User | None = None
    robot: Robot | None = None

    @property
    def authenticated(self) -> bool:
        return self.user is not None or self.robot is not None

    @property
    def sysadmin(self) -> bool:
        return self.user is not None and self.user.sysadmin_flag

    @property
    def username(self) -> str:
        if self.user is not None:
            return self.user.username
        return self.robot.full_name if self.robot is not None else ""

    @property
    def context_name(self) -> str:
        """The name of Harbor's security context type, as error messages show it."""
        return "robot" if self.robot is not None else "local"


ANONYMOUS = Principal()


@dataclass
class Authenticator:
    """Harbor's chain: ID token, robot, then username and password; the first that
    checks out wins, and when none does the request is anonymous.

    ``failure_delay`` is how long a failed password login sleeps, and how long the
    username stays locked afterwards (Harbor: 1.5 s); during the lock even the right
    password fails, without a second sleep.
    """

    config: Configuration
    failure_delay: float = 1.5
    _locked_until: dict[str, float] = field(default_factory=dict)

    def authenticate(self, request: Request, store: Store) -> tuple[Principal, float]:
        """The principal, and how long the request must sleep for a failed login."""
        header = request.header("Authorization") or ""
        if "Bearer" in header:
            principal = self._id_token(header, request, store)
            if principal.authenticated:
                return principal, 0.0
        credentials = _basic_credentials(header)
        if credentials is None:
            return ANONYMOUS, 0.0
        username, password = credentials
        robot = _robot(store, username, password)
        if robot is not None:
            return Principal(robot=robot), 0.0
        return self._password(store, username, password)

    def _id_token(self, header: str, request: Request, store: Store) -> Principal:
        # Harbor takes whatever follows the literal "Bearer", and only accepts ID
        # tokens in oidc_auth mode, on the API and the token service.
        token = header[header.index("Bearer") + len("Bearer") :].strip()
        if self.config.auth_mode != "oidc_auth" or not request.path.startswith("/api"):
            return ANONYMOUS
        user_id = store.id_tokens.get(token)
        user = store.users.get(user_id) if user_id is not None else None
        return Principal(user=user) if user is not None else ANONYMOUS

    def _password(
        self, store: Store, username: str, password: str
    ) -> tuple[Principal, float]:
        if self._locked_until.get(username, 0.0) > time.monotonic():
            return ANONYMOUS, 0.0
        user = store.user_named(username)
        # In oidc_auth mode only the bootstrap administrator logs in with a password.
        if self.config.auth_mode == "oidc_auth" and (user is None or user.user_id != 1):
            user = None
        if user is not None and _same(user.password, password):
            return Principal(user=user), 0.0
        self._locked_until[username] = time.monotonic() + self.failure_delay
        return ANONYMOUS, self.failure_delay


def _basic_credentials(header: str) -> tuple[str, str] | None:
    """``http.Request.BasicAuth``: the scheme in any case, base64, the first colon."""
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, colon, password = decoded.partition(":")
    return (username, password) if colon else None


def _robot(store: Store, full_name: str, secret: str) -> Robot | None:
    robot = store.robot_named(full_name)
    if robot is None or robot.disable or not _same(robot.secret, secret):
        return None
    if robot.expires_at != -1 and robot.expires_at < time.time():
        return None
    return robot


def _same(stored: str | None, given: str) -> bool:
    return stored is not None and hmac.compare_digest(stored.encode(), given.encode())


# -- permissions --------------------------------------------------------------------


def roles_in(principal: Principal, project: Project) -> list[int]:
    """The caller's roles in a project; robots and anonymous callers have none."""
    if principal.user is None:
        return []
    role = project.members.get(principal.user.user_id)
    return [role] if role is not None else []


def can(principal: Principal, project: Project | None, action: str) -> bool:
    """Whether the caller may do ``action`` on ``project``.

    A system administrator may do anything, even on a project that does not exist;
    that is why only they get 404 for a missing project.
    """
    if principal.sysadmin:
        return True
    if project is None:
        return False
    if project.public and action in _PUBLIC_ACTIONS:
        return True
    if principal.robot is not None:
        # TODO: robots' permission lists (resource and action per namespace); a
        # system robot covers every project and a project robot its own, for reading.
        covers = principal.robot.project_id in (None, project.project_id)
        return covers and action == "read"
    return any(
        action in _ROLE_ACTIONS.get(role, ()) for role in roles_in(principal, project)
    )


def require_project(
    principal: Principal, store: Store, ref: str | int, action: str
) -> Project:
    """``RequireProjectAccess`` then the lookup: the project, or Harbor's refusal."""
    project = store.project(ref)
    if not can(principal, project, action):
        raise unauthorized() if not principal.authenticated else forbidden()
    if project is None:
        raise not_found(f"project {ref} not found")
    return project


def require_authenticated(principal: Principal) -> None:
    if not principal.authenticated:
        raise unauthorized()


def require_sysadmin(principal: Principal) -> None:
    """``RequireSystemAccess``: 401 for anonymous, 403 naming the caller otherwise."""
    require_authenticated(principal)
    if not principal.sysadmin:
        raise forbidden(principal.username)
