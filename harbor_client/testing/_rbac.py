"""Harbor's permission model: what each project role, robot and passer-by may do.

Permissions are ``resource:action`` strings in Harbor's own vocabulary
(``repository:pull``, ``artifact:delete``, ``member:create``), the same words a robot
account lists in its ``permissions``. A project role is a fixed set of them; a robot
holds what its permission entries name, for the projects their namespace covers; and
in a public project everybody, anonymous callers included, may read and pull.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ._store import DEVELOPER, GUEST, LIMITED_GUEST, MAINTAINER, PROJECT_ADMIN


def _expand(table: Mapping[str, str]) -> frozenset[str]:
    return frozenset(
        f"{resource}:{action}"
        for resource, actions in table.items()
        for action in actions.split()
    )


#: The project-level catalogue: every resource and action a project robot may be
#: given, and everything a project admin holds.
PROJECT_PERMISSIONS = _expand(
    {
        "accessory": "list",
        "artifact": "create delete list read",
        "artifact-addition": "read",
        "artifact-label": "create delete",
        "export-cve": "create read",
        "immutable-tag": "create delete list update",
        "label": "create delete list read update",
        "log": "list",
        "member": "create delete list read update",
        "metadata": "create delete list read update",
        "notification-policy": "create delete list read update",
        "preheat-policy": "create delete list read update",
        "project": "delete read update",
        "quota": "read",
        "repository": "delete list pull push read update",
        "robot": "create delete list read update",
        "sbom": "create read stop",
        "scan": "create read stop",
        "tag": "create delete list",
        "tag-retention": "create delete list operate read update",
    }
)

#: The system-level catalogue a system robot's ``kind: system`` entries draw on.
SYSTEM_PERMISSIONS = _expand(
    {
        "audit-log": "list",
        "catalog": "read",
        "configuration": "read update",
        "garbage-collection": "create list read stop update",
        "label": "create delete list read update",
        "project": "create list",
        "quota": "list read update",
        "registry": "create delete list read update",
        "replication": "create list read",
        "replication-policy": "create delete list read update",
        "robot": "create delete list read update",
        "scan-all": "create read stop update",
        "scanner": "create delete list read update",
        "user": "create delete list read update",
        "user-group": "create delete list read update",
    }
)

_GUEST = _expand(
    {
        "accessory": "list",
        "artifact": "list read",
        "artifact-addition": "read",
        "label": "list read",
        "log": "list",
        "member": "list read",
        "metadata": "list read",
        "project": "read",
        "quota": "read",
        "repository": "list pull read",
        "robot": "list read",
        "scan": "read",
        "sbom": "read",
        "tag": "list",
    }
)
_DEVELOPER = _GUEST | _expand(
    {
        "artifact": "create",
        "artifact-label": "create delete",
        "repository": "push update",
        "scan": "create",
        "sbom": "create",
        "tag": "create",
    }
)
_MAINTAINER = _DEVELOPER | _expand(
    {
        "artifact": "delete",
        "immutable-tag": "create delete list update",
        "label": "create delete update",
        "repository": "delete",
        "scan": "stop",
        "sbom": "stop",
        "tag": "delete",
        "tag-retention": "create delete list operate read update",
    }
)
_LIMITED_GUEST = _expand(
    {
        "accessory": "list",
        "artifact": "list read",
        "artifact-addition": "read",
        "metadata": "list read",
        "project": "read",
        "repository": "list pull read",
        "scan": "read",
        "tag": "list",
    }
)

#: what each project role holds (``src/common/rbac/project/rbac_role.go`` in spirit)
ROLE_PERMISSIONS: Mapping[int, frozenset[str]] = {
    PROJECT_ADMIN: PROJECT_PERMISSIONS,
    MAINTAINER: _MAINTAINER,
    DEVELOPER: _DEVELOPER,
    GUEST: _GUEST,
    LIMITED_GUEST: _LIMITED_GUEST,
}

#: what anyone, anonymous included, may do in a public project
PUBLIC_PERMISSIONS = _expand(
    {
        "accessory": "list",
        "artifact": "list read",
        "artifact-addition": "read",
        "label": "list read",
        "metadata": "list read",
        "project": "read",
        "repository": "list pull read",
        "scan": "read",
        "tag": "list",
    }
)

#: the registry actions a token can grant, in the order tokens list them
REGISTRY_ACTIONS = ("pull", "push", "delete")


def holds(granted: Iterable[str], permission: str) -> bool:
    """Whether ``granted`` includes ``permission``; ``resource:*`` holds them all."""
    resource = permission.partition(":")[0]
    wanted = {permission, f"{resource}:*"}
    return any(p in wanted for p in granted)
