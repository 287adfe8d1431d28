"""Who is calling, and what they may do: Harbor's authenticator chain and its RBAC.

A credential that does not check out is not an error: every authenticator that
fails simply yields nothing and the request goes on as anonymous. Only a handler
that needs a user answers 401, and a project the caller may not see answers 403
(or 401 to anonymous callers) whether it exists or not; only a system administrator
learns that a project is missing.

On ``/v2/`` a registry token from ``/service/token`` is a credential of its own: it
carries no user's rights, only the actions written into it, per project.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ._config import Configuration
from ._rbac import (
    PUBLIC_PERMISSIONS,
    REGISTRY_ACTIONS,
    ROLE_PERMISSIONS,
    SYSTEM_PERMISSIONS,
    holds,
)
from ._store import Project, Robot, Store, User
from ._wire import Request, forbidden, not_found, unauthorized


@dataclass(frozen=True, slots=True)
class TokenGrant:
    """What a verified registry token allows: its ``sub`` and ``access`` claims."""

    subject: str
    issued_at: int
    #: (type, name, actions) per ``access`` entry
    access: tuple[tuple[str, str, tuple[str, ...]], ...]

    def actions_in(self, project: Project) -> tuple[str, ...]:
        """The repository actions it grants in ``project``.

        Harbor keys a token's access by project name only, so pull on
        ``library/a`` allows pull on ``library/b`` too. A token issued before the
        project was created is ignored (v2.15), so a project deleted and made again
        under the same name is not open to tokens of the old one.
        """
        if self.issued_at < int(project.creation_time.timestamp()):
            return ()
        granted: set[str] = set()
        for kind, name, actions in self.access:
            if kind == "repository" and name.partition("/")[0] == project.name:
                granted.update(actions)
        return tuple(a for a in REGISTRY_ACTIONS if a in granted)


@dataclass(frozen=True, slots=True)
class Principal:
    """The security context of a request: a user, a robot, a token, or nobody."""

    user: User | None = None
    robot: Robot | None = None
    token: TokenGrant | None = None

    @property
    def authenticated(self) -> bool:
        if self.token is not None:
            return bool(self.token.subject)
        return self.user is not None or self.robot is not None

    @property
    def sysadmin(self) -> bool:
        return self.user is not None and self.user.sysadmin_flag

    @property
    def username(self) -> str:
        if self.user is not None:
            return self.user.username
        if self.robot is not None:
            return self.robot.full_name
        return self.token.subject if self.token is not None else ""

    @property
    def context_name(self) -> str:
        """The name of Harbor's security context type, as error messages show it."""
        if self.token is not None:
            return "v2token"
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
    #: checks a registry token's signature and times; ``None`` when it does not
    registry_tokens: Callable[[str], TokenGrant | None] | None = None
    _locked_until: dict[str, float] = field(default_factory=dict)

    def authenticate(self, request: Request, store: Store) -> tuple[Principal, float]:
        """The principal, and how long the request must sleep for a failed login."""
        header = request.header("Authorization") or ""
        if "Bearer" in header:
            bearer = header[header.index("Bearer") + len("Bearer") :].strip()
            # Registry tokens count only on /v2; elsewhere they are no credential.
            if request.path.startswith("/v2") and self.registry_tokens is not None:
                grant = self.registry_tokens(bearer)
                if grant is not None:
                    return Principal(token=grant), 0.0
            principal = self._id_token(bearer, request, store)
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

    def _id_token(self, token: str, request: Request, store: Store) -> Principal:
        # Harbor takes whatever follows the literal "Bearer", and only accepts ID
        # tokens in oidc_auth mode, on the API and the token service.
        if self.config.auth_mode != "oidc_auth" or not request.path.startswith(
            ("/api", "/service/token")
        ):
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


def can(principal: Principal, project: Project | None, permission: str) -> bool:
    """Whether the caller holds ``permission`` (``resource:action``) in ``project``.

    A system administrator may do anything, even on a project that does not exist;
    that is why only they get 404 for a missing project.
    """
    if principal.sysadmin:
        return True
    if project is None:
        return False
    if project.public and permission in PUBLIC_PERMISSIONS:
        return True
    if principal.robot is not None:
        granted = principal.robot.granted(project.name)
        # A robot sees the projects its permissions cover, whatever they allow.
        if permission == "project:read" and granted:
            return True
        return holds(granted, permission)
    if principal.token is not None:
        actions = principal.token.actions_in(project)
        return permission.startswith("repository:") and (
            permission.partition(":")[2] in actions
        )
    return any(
        permission in ROLE_PERMISSIONS.get(role, ())
        for role in roles_in(principal, project)
    )


def can_system(principal: Principal, permission: str) -> bool:
    """Whether the caller holds a system-level ``permission`` (a system robot may)."""
    if principal.sysadmin:
        return True
    if principal.robot is not None and permission in SYSTEM_PERMISSIONS:
        return holds(principal.robot.system_granted(), permission)
    return False


def registry_actions(principal: Principal, project: Project) -> tuple[str, ...]:
    """What the caller may do on the repositories of ``project`` through ``/v2/``."""
    return tuple(
        action
        for action in REGISTRY_ACTIONS
        if can(principal, project, f"repository:{action}")
    )


def require_project(
    principal: Principal, store: Store, ref: str | int, permission: str
) -> Project:
    """``RequireProjectAccess`` then the lookup: the project, or Harbor's refusal."""
    project = store.project(ref)
    if not can(principal, project, permission):
        raise unauthorized() if not principal.authenticated else forbidden()
    if project is None:
        raise not_found(f"project {ref} not found")
    return project


def require_authenticated(principal: Principal) -> None:
    if not principal.authenticated:
        raise unauthorized()


def require_sysadmin(principal: Principal, permission: str = "") -> None:
    """``RequireSystemAccess``: 401 for anonymous, 403 naming the caller otherwise.

    A system robot passes when it holds ``permission``.
    """
    require_authenticated(principal)
    if not (principal.sysadmin or (permission and can_system(principal, permission))):
        raise forbidden(principal.username)
