"""``/configurations``: the system settings an administrator reads and changes.

Each item comes back as ``{"value", "editable"}``. ``read_only`` switches read-only
mode, in which every write on the API and the registry is refused with 403
``DENIED`` except this very endpoint; ``token_expiration`` (minutes) is the lifetime
of registry tokens; ``storage_per_project`` the storage limit new projects get.
Items the local Harbor does not act on (LDAP, OIDC, UAA ...) are kept and shown
back as they were set.
"""

from __future__ import annotations

from typing import Any

from ._auth import require_sysadmin
from ._router import Call, Route
from ._wire import Response, bad_request, empty_response, json_response

#: the items with a behaviour here, and the type their value must have
_TYPES: dict[str, type] = {
    "auth_mode": str,
    "banner_message": str,
    "notification_enable": bool,
    "primary_auth_mode": bool,
    "project_creation_restriction": str,
    "quota_per_project_enable": bool,
    "read_only": bool,
    "robot_name_prefix": str,
    "robot_token_duration": int,
    "self_registration": bool,
    "session_timeout": int,
    "storage_per_project": int,
    "token_expiration": int,
}
#: secrets are written, never read back
_WRITE_ONLY = frozenset(
    {"ldap_search_password", "oidc_client_secret", "uaa_client_secret"}
)


def _values(call: Call) -> dict[str, Any]:
    config = call.config
    values: dict[str, Any] = {
        "auth_mode": config.auth_mode,
        "banner_message": config.banner_message,
        "notification_enable": True,
        "primary_auth_mode": False,
        "project_creation_restriction": config.project_creation_restriction,
        "quota_per_project_enable": True,
        "read_only": config.read_only,
        "robot_name_prefix": "robot$",
        "robot_token_duration": 30,
        "self_registration": config.self_registration,
        "session_timeout": 60,
        "storage_per_project": config.storage_per_project,
        "token_expiration": config.token_lifetime // 60,
    }
    values.update(config.other_settings)
    return values


def get_configurations(call: Call) -> Response:
    require_sysadmin(call.principal, "configuration:read")
    return json_response(
        {
            key: {"editable": key != "auth_mode", "value": value}
            for key, value in _values(call).items()
            if key not in _WRITE_ONLY
        }
    )


def update_configurations(call: Call) -> Response:
    require_sysadmin(call.principal, "configuration:update")
    config, body = call.config, call.body
    for key, value in body.items():
        expected = _TYPES.get(key)
        if expected is not None and not _is(value, expected):
            raise bad_request(f"invalid value of {key}: {value}")
    for key, value in body.items():
        if key == "read_only":
            config.read_only = value
        elif key == "token_expiration":
            if value <= 0:
                raise bad_request(
                    "token_expiration must be a positive number of minutes"
                )
            config.token_lifetime = value * 60
        elif key == "project_creation_restriction":
            if value not in ("everyone", "adminonly"):
                raise bad_request(f"invalid value of {key}: {value}")
            config.project_creation_restriction = value
        elif key == "self_registration":
            config.self_registration = value
        elif key == "banner_message":
            config.banner_message = value
        elif key == "storage_per_project":
            config.storage_per_project = value
        elif key == "auth_mode" and value != config.auth_mode:
            # Harbor refuses too once users other than the admin exist; the local
            # Harbor's auth mode is chosen when it is made (LocalHarbor(auth_mode=)).
            raise bad_request("the auth mode of the local Harbor cannot be changed")
        elif key not in _TYPES:
            config.other_settings[key] = value
    return empty_response(200)


def _is(value: Any, expected: type) -> bool:
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


ROUTES = (
    Route("GET", "/configurations", get_configurations),
    Route("PUT", "/configurations", update_configurations, body="configurations"),
)
