"""What the local Harbor knows: users, robots, projects, repositories, artifacts,
labels, immutable tag rules, blobs and the audit log.

Records are plain dataclasses whose attribute names are Harbor's column names, so
the list module can filter and sort them by the keys ``q`` and ``sort`` use. The
store hands out ids from one counter per table, as the database's sequences do, and
is guarded by the app's lock; nothing here is thread safe on its own.
"""

from __future__ import annotations

import hashlib
import itertools
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ._wire import now

#: Harbor's project roles (``src/common/const.go``).
PROJECT_ADMIN, DEVELOPER, GUEST, MAINTAINER, LIMITED_GUEST = 1, 2, 3, 4, 5
ROLES = {
    "projectAdmin": PROJECT_ADMIN,
    "developer": DEVELOPER,
    "guest": GUEST,
    "maintainer": MAINTAINER,
    "limitedGuest": LIMITED_GUEST,
}

ROLE_NAMES = {role: name for name, role in ROLES.items()}

#: the configuration item ``robot_name_prefix`` at its default
ROBOT_PREFIX = "robot$"
#: what a seeded robot may do in its project unless told otherwise
DEFAULT_ROBOT_ACCESS = ("repository:pull", "repository:push")

#: the media types of a report summary in ``scan_overview``
VULNERABILITY_REPORT_V11 = "application/vnd.security.vulnerability.report; version=1.1"
VULNERABILITY_REPORT_V10 = (
    "application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0"
)

IMAGE_ICON = "sha256:0048162a053eef4d4ce3fe7518615bef084403614f8bca43b40ae2e762e11e06"


@dataclass(eq=False, slots=True)
class User:
    user_id: int
    username: str
    password: str | None = field(repr=False)
    email: str = ""
    realname: str = ""
    comment: str = ""
    sysadmin_flag: bool = False
    deleted: bool = False
    creation_time: datetime = field(default_factory=now)
    update_time: datetime = field(default_factory=now)


@dataclass(frozen=True, slots=True)
class RobotPermission:
    """One entry of a robot's ``permissions``: what it may do in which namespace."""

    #: ``project`` or ``system``
    kind: str
    #: a project name, ``*`` for every project, or ``/`` for the system
    namespace: str
    #: ``resource:action`` strings, such as ``repository:pull``
    access: tuple[str, ...]

    def covers(self, project_name: str) -> bool:
        """Whether this entry applies in the project named ``project_name``."""
        return self.kind == "project" and self.namespace in ("*", project_name)


@dataclass(eq=False, slots=True)
class Robot:
    """A robot account; ``name`` is stored without the prefix, as in the database."""

    id: int
    name: str
    secret: str = field(repr=False)
    level: str = "system"
    #: the project of a project robot; ``None`` for a system robot
    project_id: int | None = None
    disable: bool = False
    #: Unix seconds, or -1 for never
    expires_at: int = -1
    #: in days, -1 for never
    duration: int = -1
    description: str = ""
    permissions: list[RobotPermission] = field(default_factory=list)
    creator_type: str = "local"
    creator_ref: int = 1
    creation_time: datetime = field(default_factory=now)
    update_time: datetime = field(default_factory=now)

    @property
    def full_name(self) -> str:
        """The name on the wire: the prefix, then ``<project>+<name>`` or ``<name>``."""
        return ROBOT_PREFIX + self.name

    def granted(self, project_name: str) -> set[str]:
        """The ``resource:action`` permissions it holds in a project."""
        return {
            access
            for permission in self.permissions
            if permission.covers(project_name)
            for access in permission.access
        }

    def system_granted(self) -> set[str]:
        """The ``resource:action`` permissions it holds at the system level."""
        return {
            access
            for permission in self.permissions
            if permission.kind == "system"
            for access in permission.access
        }


@dataclass(eq=False, slots=True)
class Project:
    project_id: int
    name: str
    owner_id: int
    metadata: dict[str, str] = field(default_factory=dict)
    #: user id -> role id
    members: dict[int, int] = field(default_factory=dict)
    #: user id -> the id of that membership (``/members/{mid}``)
    member_ids: dict[int, int] = field(default_factory=dict)
    quota_id: int = 0
    cve_allowlist: list[str] = field(default_factory=list)
    #: the storage quota in bytes, -1 for unlimited
    storage_limit: int = -1
    quota_update_time: datetime = field(default_factory=now)
    registry_id: int = 0
    deleted: bool = False
    creation_time: datetime = field(default_factory=now)
    update_time: datetime = field(default_factory=now)

    @property
    def public(self) -> bool:
        """Whether anyone, anonymous callers included, may read and pull."""
        return self.metadata.get("public", "false").lower() in {"true", "1"}


@dataclass(eq=False, slots=True)
class Repository:
    repository_id: int
    project_id: int
    #: the full name, with the project: ``library/nginx``
    name: str
    description: str = ""
    pull_count: int = 0
    star_count: int = 0
    creation_time: datetime = field(default_factory=now)
    update_time: datetime = field(default_factory=now)

    @property
    def id(self) -> int:
        """The repository id under the name the API's JSON uses."""
        return self.repository_id


@dataclass(eq=False, slots=True)
class Tag:
    id: int
    name: str
    repository_id: int
    artifact_id: int
    push_time: datetime = field(default_factory=now)
    pull_time: datetime | None = None
    immutable: bool = False


@dataclass(eq=False, slots=True)
class Artifact:
    id: int
    project_id: int
    repository_id: int
    repository_name: str
    digest: str
    type: str = "IMAGE"
    media_type: str = "application/vnd.oci.image.config.v1+json"
    manifest_media_type: str = "application/vnd.oci.image.manifest.v1+json"
    artifact_type: str = "application/vnd.oci.image.config.v1+json"
    size: int = 0
    icon: str = ""
    push_time: datetime = field(default_factory=now)
    pull_time: datetime | None = None
    extra_attrs: dict[str, Any] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)
    tags: list[Tag] = field(default_factory=list)
    #: report media type -> the report summary Harbor shows in ``scan_overview``
    scan_overview: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: ids of the labels added to it
    labels: list[int] = field(default_factory=list)
    #: the digest its manifest's ``subject`` names, for the referrers API
    subject: str | None = None
    #: the digests of the manifests an index lists, in order
    children: list[str] = field(default_factory=list)
    #: the size of the manifest itself (the referrers API reports it)
    manifest_size: int = 0


@dataclass(eq=False, slots=True)
class Label:
    id: int
    name: str
    #: ``g`` (global) or ``p`` (project)
    scope: str
    project_id: int = 0
    description: str = ""
    color: str = ""
    deleted: bool = False
    creation_time: datetime = field(default_factory=now)
    update_time: datetime = field(default_factory=now)


@dataclass(eq=False, slots=True)
class ImmutableRule:
    """A project's immutable tag rule: tags matched by both selectors are frozen."""

    id: int
    project_id: int
    priority: int = 0
    disabled: bool = False
    action: str = "immutable"
    template: str = "immutable_template"
    #: ``{"kind": "doublestar", "decoration": "matches", "pattern": "v*"}`` entries
    tag_selectors: list[dict[str, str]] = field(default_factory=list)
    #: ``{"repository": [{"kind": ..., "decoration": "repoMatches", ...}]}``
    scope_selectors: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class AuditLog:
    """One entry of ``/auditlog-exts``: who did what to which resource."""

    id: int
    project_id: int
    username: str
    resource: str
    resource_type: str
    operation: str
    operation_description: str
    operation_result: bool = True
    op_time: datetime = field(default_factory=now)


class Store:
    """Every record of the local Harbor, with the seeding operations tests use."""

    def __init__(self, *, admin_password: str, library: bool = True) -> None:
        self.users: dict[int, User] = {}
        self.robots: dict[int, Robot] = {}
        self.projects: dict[int, Project] = {}
        self._project_names: dict[str, Project] = {}
        self.repositories: dict[int, Repository] = {}
        self.artifacts: dict[int, Artifact] = {}
        self.labels: dict[int, Label] = {}
        self.immutable_rules: dict[int, ImmutableRule] = {}
        self.audit_logs: dict[int, AuditLog] = {}
        #: project id -> {blob digest: size}: what counts against its storage quota
        self.project_blobs: dict[int, dict[str, int]] = {}
        #: every blob that reached the registry, digest -> size
        self.blob_sizes: dict[str, int] = {}
        #: accepted OIDC ID tokens -> user id
        self.id_tokens: dict[str, int] = {}
        tables = (
            "user", "robot", "project", "repository", "artifact", "tag", "member",
            "quota", "label", "immutable_rule", "audit_log",
        )  # fmt: skip
        self._ids = {name: itertools.count(1) for name in tables}
        # The bootstrap administrator is user 1, as on a fresh installation.
        self.add_user(
            "admin",
            admin_password,
            sysadmin=True,
            email="admin@example.com",
            realname="system admin",
            comment="admin user",
        )
        if library:
            self.add_project("library", public=True)

    def next_id(self, table: str) -> int:
        return next(self._ids[table])

    # -- users and robots

    def add_user(
        self,
        username: str,
        password: str | None,
        *,
        sysadmin: bool = False,
        email: str | None = None,
        realname: str | None = None,
        comment: str = "",
    ) -> User:
        if self.user_named(username) is not None:
            raise ValueError(f"a user named {username!r} already exists")
        user = User(
            user_id=self.next_id("user"),
            username=username,
            password=password,
            email=email if email is not None else f"{username}@example.com",
            realname=realname if realname is not None else username,
            comment=comment,
            sysadmin_flag=sysadmin,
        )
        self.users[user.user_id] = user
        return user

    def user_named(self, username: str) -> User | None:
        return next((u for u in self.users.values() if u.username == username), None)

    def add_robot(
        self,
        name: str,
        *,
        project: str | None = None,
        secret: str | None = None,
        disabled: bool = False,
        expires_at: int = -1,
        access: Sequence[str] = DEFAULT_ROBOT_ACCESS,
        permissions: Sequence[RobotPermission] | None = None,
        description: str = "",
    ) -> Robot:
        """A robot; ``access`` applies to its project (every project, ``*``, for a
        system robot) unless ``permissions`` spells the entries out."""
        owner = self.project_named(project) if project is not None else None
        if project is not None and owner is None:
            raise ValueError(f"no project named {project!r}")
        if permissions is None:
            permissions = [RobotPermission("project", project or "*", tuple(access))]
        robot = Robot(
            id=self.next_id("robot"),
            name=f"{project}+{name}" if owner is not None else name,
            secret=secret if secret is not None else secrets.token_hex(16),
            level="project" if owner is not None else "system",
            project_id=owner.project_id if owner is not None else None,
            disable=disabled,
            expires_at=expires_at,
            permissions=list(permissions),
            description=description,
        )
        self.robots[robot.id] = robot
        return robot

    def robot_named(self, full_name: str) -> Robot | None:
        if not full_name.startswith(ROBOT_PREFIX):
            return None
        stored = full_name[len(ROBOT_PREFIX) :]
        return next((r for r in self.robots.values() if r.name == stored), None)

    # -- projects

    def add_project(
        self,
        name: str,
        *,
        public: bool = False,
        owner: str = "admin",
        members: Mapping[str, int | str] | None = None,
        metadata: Mapping[str, str] | None = None,
        storage_limit: int = -1,
        creation_time: datetime | None = None,
    ) -> Project:
        owner_user = self.user_named(owner)
        if owner_user is None:
            raise ValueError(f"no user named {owner!r}")
        if self.project_named(name) is not None:
            raise ValueError(f"a project named {name!r} already exists")
        moment = creation_time or now()
        project = Project(
            project_id=self.next_id("project"),
            name=name,
            owner_id=owner_user.user_id,
            metadata={"public": "true" if public else "false", **(metadata or {})},
            storage_limit=storage_limit,
            quota_id=self.next_id("quota"),
            creation_time=moment,
            update_time=moment,
        )
        # The creator becomes the project's admin, as Harbor does on create.
        self.set_member(project, owner_user, PROJECT_ADMIN)
        for username, role in (members or {}).items():
            user = self.user_named(username)
            if user is None:
                raise ValueError(f"no user named {username!r}")
            if isinstance(role, str) and role not in ROLES:
                raise ValueError(f"unknown role {role!r}; known: {', '.join(ROLES)}")
            self.set_member(
                project, user, ROLES[role] if isinstance(role, str) else role
            )
        self.projects[project.project_id] = project
        self._project_names[name] = project
        self.project_blobs[project.project_id] = {}
        return project

    def set_member(self, project: Project, user: User, role: int) -> int:
        """Give ``user`` ``role`` in ``project``; the membership's id."""
        project.members[user.user_id] = role
        if user.user_id not in project.member_ids:
            project.member_ids[user.user_id] = self.next_id("member")
        return project.member_ids[user.user_id]

    def remove_member(self, project: Project, user_id: int) -> None:
        project.members.pop(user_id, None)
        project.member_ids.pop(user_id, None)

    def project_named(self, name: str) -> Project | None:
        return self._project_names.get(name)

    def project(self, name_or_id: str | int) -> Project | None:
        """By id for an ``int``, by name for a ``str``."""
        if isinstance(name_or_id, int):
            return self.projects.get(name_or_id)
        return self.project_named(name_or_id)

    def repositories_of(self, project: Project) -> list[Repository]:
        return [
            r for r in self.repositories.values() if r.project_id == project.project_id
        ]

    def delete_project(self, project: Project) -> None:
        """The project and what only it owns: robots, labels, rules, blobs."""
        pid = project.project_id
        del self.projects[pid]
        del self._project_names[project.name]
        self.project_blobs.pop(pid, None)
        for table in (self.robots, self.labels, self.immutable_rules):
            for key in [k for k, r in table.items() if r.project_id == pid]:
                del table[key]

    def storage_used(self, project: Project) -> int:
        """Bytes of the blobs the project holds, as its quota counts them."""
        return sum(self.project_blobs.get(project.project_id, {}).values())

    def associate_blob(self, project: Project, digest: str, size: int) -> int:
        """Count a blob against the project once; the bytes it added (0 if known)."""
        held = self.project_blobs.setdefault(project.project_id, {})
        if digest in held:
            return 0
        held[digest] = size
        return size

    def log(
        self,
        project: Project | None,
        username: str,
        operation: str,
        resource_type: str,
        resource: str,
        description: str,
    ) -> AuditLog:
        """Append an audit log entry (``/auditlog-exts``)."""
        entry = AuditLog(
            id=self.next_id("audit_log"),
            project_id=project.project_id if project is not None else 0,
            username=username,
            resource=resource,
            resource_type=resource_type,
            operation=operation,
            operation_description=description,
        )
        self.audit_logs[entry.id] = entry
        return entry

    # -- repositories and artifacts

    def add_repository(
        self,
        project: str,
        name: str,
        *,
        description: str = "",
        pull_count: int = 0,
        creation_time: datetime | None = None,
    ) -> Repository:
        """A repository ``name`` inside ``project``; ``name`` is without the project."""
        owner = self.project_named(project)
        if owner is None:
            raise ValueError(f"no project named {project!r}")
        full_name = f"{project}/{name}"
        if self.repository_named(full_name) is not None:
            raise ValueError(f"a repository named {full_name!r} already exists")
        moment = creation_time or now()
        repository = Repository(
            repository_id=self.next_id("repository"),
            project_id=owner.project_id,
            name=full_name,
            description=description,
            pull_count=pull_count,
            creation_time=moment,
            update_time=moment,
        )
        self.repositories[repository.repository_id] = repository
        return repository

    def repository_named(self, full_name: str) -> Repository | None:
        return next(
            (r for r in self.repositories.values() if r.name == full_name), None
        )

    def add_artifact(
        self,
        project: str,
        repository: str,
        *,
        tags: Sequence[str] = (),
        digest: str | None = None,
        size: int = 0,
        push_time: datetime | None = None,
        extra_attrs: Mapping[str, Any] | None = None,
        scan_overview: Mapping[str, Mapping[str, Any]] | None = None,
        **fields: Any,
    ) -> Artifact:
        """An artifact in ``project``/``repository``, creating the repository if needed.

        ``digest`` defaults to one derived from the artifact's id, so every artifact of
        a test has a distinct, valid ``sha256:`` digest. Other ``fields`` are set on the
        record as given (``type``, ``media_type``, ``artifact_type`` ...).
        """
        full_name = f"{project}/{repository}"
        repo = self.repository_named(full_name) or self.add_repository(
            project, repository
        )
        artifact_id = self.next_id("artifact")
        moment = push_time or now()
        artifact = Artifact(
            id=artifact_id,
            project_id=repo.project_id,
            repository_id=repo.repository_id,
            repository_name=full_name,
            digest=digest or _digest_for(full_name, artifact_id),
            size=size,
            push_time=moment,
            extra_attrs=dict(extra_attrs or {}),
            scan_overview={k: dict(v) for k, v in (scan_overview or {}).items()},
            **fields,
        )
        if artifact.type == "IMAGE" and not artifact.icon:
            artifact.icon = IMAGE_ICON
        artifact.tags = [
            Tag(
                id=self.next_id("tag"),
                name=tag,
                repository_id=repo.repository_id,
                artifact_id=artifact_id,
                push_time=moment,
            )
            for tag in tags
        ]
        self.artifacts[artifact_id] = artifact
        repo.update_time = max(repo.update_time, moment)
        # A seeded artifact's bytes count against the quota as a pushed one's would.
        owner = self.projects[repo.project_id]
        self.associate_blob(owner, artifact.digest, size)
        return artifact

    def artifacts_of(self, repository: Repository) -> list[Artifact]:
        return [
            a
            for a in self.artifacts.values()
            if a.repository_id == repository.repository_id
        ]

    def artifact_in(self, repository: Repository, reference: str) -> Artifact | None:
        """The artifact a tag or digest names in a repository."""
        for artifact in self.artifacts_of(repository):
            if artifact.digest == reference or any(
                t.name == reference for t in artifact.tags
            ):
                return artifact
        return None

    def tag_artifact(self, artifact: Artifact, name: str) -> Tag:
        """Put tag ``name`` on ``artifact``, taking it off any other artifact of the
        repository (a tag names one artifact)."""
        repository = self.repositories[artifact.repository_id]
        for other in self.artifacts_of(repository):
            for tag in other.tags:
                if tag.name != name:
                    continue
                if other is artifact:
                    tag.push_time = now()
                    return tag
                other.tags.remove(tag)
        tag = Tag(
            id=self.next_id("tag"),
            name=name,
            repository_id=artifact.repository_id,
            artifact_id=artifact.id,
        )
        artifact.tags.append(tag)
        return tag

    def delete_artifact(self, artifact: Artifact) -> None:
        """Remove it, and its repository once that holds nothing more, as Harbor does.

        The blobs stay counted against the quota: Harbor frees them only when its
        garbage collection runs.
        """
        del self.artifacts[artifact.id]
        repository = self.repositories.get(artifact.repository_id)
        if repository is not None and not self.artifacts_of(repository):
            del self.repositories[repository.repository_id]


def _digest_for(repository: str, artifact_id: int) -> str:
    return (
        "sha256:" + hashlib.sha256(f"{repository}@{artifact_id}".encode()).hexdigest()
    )
