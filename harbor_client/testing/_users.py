"""``/users``: the current user, the administrators' list, and the search trap."""

from __future__ import annotations

from typing import Any

from . import _listing as listing
from ._auth import require_authenticated, require_sysadmin
from ._router import LISTING, PAGE, PAGE_SIZE, Call, Param, Route
from ._store import User
from ._wire import ApiError, Response, format_time, json_response

USER = listing.Model[User](
    columns=listing.columns(
        ("UserID", "user_id", "int"),
        ("Username", "username", "str"),
        ("Email", "email", "str"),
        ("Realname", "realname", "str"),
        ("Comment", "comment", "str"),
        ("Deleted", "deleted", "bool"),
        ("SysAdminFlag", "sysadmin_flag", "bool"),
        ("CreationTime", "creation_time", "time"),
        ("UpdateTime", "update_time", "time"),
    ),
    default_order=(("username", False),),
)


def render_user(user: User) -> dict[str, Any]:
    """``UserResp``: empty strings omitted, the two flags always present."""
    data: dict[str, Any] = {
        "admin_role_in_auth": False,
        "creation_time": format_time(user.creation_time),
        "sysadmin_flag": user.sysadmin_flag,
        "update_time": format_time(user.update_time),
        "user_id": user.user_id,
        "username": user.username,
    }
    for key in ("email", "realname", "comment"):
        if getattr(user, key):
            data[key] = getattr(user, key)
    return data


def current_user(call: Call) -> Response:
    """200 for a user, 401 for anonymous, 412 for a robot (whose secret was valid)."""
    principal = call.principal
    require_authenticated(principal)
    if principal.user is None:
        raise ApiError(
            412,
            "PRECONDITION",
            "get current user not available for security context: "
            + principal.context_name,
        )
    return json_response(render_user(principal.user))


def list_users(call: Call) -> Response:
    require_sysadmin(call.principal)
    query = listing.ListQuery.read(call.params)
    for key in ("username", "email"):
        if value := call.request.query_value(key):
            query.keywords[key] = listing.Fuzzy(value)
    users = USER.order(
        USER.select(call.store.users.values(), query.keywords), query.sorts
    )
    return listing.list_response(call.request, query, users, render_user)


def search_users(call: Call) -> Response:
    """The trap: ``page`` is ignored, yet ``Link`` still promises a next page.

    Harbor runs ``LIKE ... ORDER BY length(username), username LIMIT page_size`` with
    no OFFSET, but counts every match and builds its links from the requested page,
    so a client that follows ``next`` gets the same rows forever.
    """
    require_authenticated(call.principal)
    query = listing.ListQuery.read(call.params)
    needle = call.params["username"].lower()
    matches = sorted(
        (u for u in call.store.users.values() if needle in u.username.lower()),
        key=lambda u: (len(u.username), u.username),
    )
    rows = matches if query.page_size <= 0 else matches[: query.page_size]
    items = [{"user_id": u.user_id, "username": u.username} for u in rows]
    return listing.page_response(call.request, items, len(matches), query)


ROUTES = (
    Route("GET", "/users/current", current_user),
    Route("GET", "/users", list_users, query=LISTING),
    Route(
        "GET",
        "/users/search",
        search_users,
        query=(PAGE, PAGE_SIZE, Param("username", required=True)),
    ),
)
