"""``/ping``, ``/health`` and ``/systeminfo``: what a client probes first."""

from __future__ import annotations

from typing import Any

from ._router import Call, Route
from ._wire import Response, format_time, json_response, now

#: the components ``/health`` reports, in the order Harbor sorts them
HEALTH_COMPONENTS = (
    "core",
    "database",
    "jobservice",
    "portal",
    "redis",
    "registry",
    "registryctl",
)


def ping(call: Call) -> Response:
    # Exactly "Pong": no newline, and text/plain is the only type it produces.
    return Response(200, [("Content-Type", "text/plain")], b"Pong")


def health(call: Call) -> Response:
    """Always 200, even when a component is down: the status is in the body."""
    components: list[dict[str, Any]] = []
    for name in HEALTH_COMPONENTS:
        error = call.config.unhealthy_components.get(name)
        entry: dict[str, Any] = {"name": name, "status": "healthy"}
        if error is not None:
            entry.update(status="unhealthy", error=error)
        components.append(entry)
    healthy = all(c["status"] == "healthy" for c in components)
    return json_response(
        {"components": components, "status": "healthy" if healthy else "unhealthy"}
    )


def system_info(call: Call) -> Response:
    """Anonymous callers see five fields; the version needs a user (since 2.13)."""
    config = call.config
    info: dict[str, Any] = {
        "auth_mode": config.auth_mode,
        "banner_message": config.banner_message,
        "oidc_provider_name": config.oidc_provider_name,
        "primary_auth_mode": False,
        "self_registration": config.self_registration,
    }
    if call.principal.authenticated:
        info.update(
            current_time=format_time(now()),
            external_url=config.external_url,
            harbor_version=config.harbor_version,
            has_ca_root=False,
            notification_enable=True,
            project_creation_restriction=config.project_creation_restriction,
            read_only=config.read_only,
            registry_storage_provider_name="filesystem",
            registry_url=config.registry_url,
        )
    return json_response(info)


ROUTES = (
    Route("GET", "/ping", ping, produces="text/plain"),
    Route("GET", "/health", health),
    Route("GET", "/systeminfo", system_info),
)
