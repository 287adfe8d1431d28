"""``/users``: local users, the current user, and the search trap.

Creating users needs a system administrator, or anyone when self-registration is
on. Passwords follow Harbor's rule: 8 to 128 characters with an upper-case letter,
a lower-case letter and a digit.
"""

from __future__ import annotations

import re
from typing import Any

from . import _listing as listing
from ._auth import require_authenticated, require_sysadmin
from ._router import LISTING, PAGE, PAGE_SIZE, Call, Param, Route
from ._store import User
from ._wire import (
    ApiError,
    Response,
    bad_request,
    empty_response,
    forbidden,
    format_time,
    json_response,
    not_found,
    now,
)

_ILLEGAL_IN_USERNAME = re.compile(r'[,"~#$%]')
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_PASSWORD_RULE = (
    "the password must be 8-128 characters long with at least 1 uppercase letter, "
    "1 lowercase letter and 1 number"
)

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


def _good_password(password: Any) -> bool:
    return (
        isinstance(password, str)
        and 8 <= len(password) <= 128
        and any(c.isupper() for c in password)
        and any(c.islower() for c in password)
        and any(c.isdigit() for c in password)
    )


def create_user(call: Call) -> Response:
    principal, store, body = call.principal, call.store, call.body
    if not (call.config.self_registration and not principal.authenticated):
        require_sysadmin(principal, "user:create")
    username = body.get("username")
    if not isinstance(username, str) or not username.strip():
        raise bad_request("username is required")
    if _ILLEGAL_IN_USERNAME.search(username) or len(username) > 255:
        raise bad_request(f"username {username} contains illegal characters")
    email = str(body.get("email") or "")
    if email and not _EMAIL.fullmatch(email):
        raise bad_request(f"email {email} is invalid")
    if not _good_password(body.get("password")):
        raise bad_request(_PASSWORD_RULE)
    if store.user_named(username) is not None:
        raise ApiError(409, "CONFLICT", f"username {username} is already used")
    if email and any(u.email == email for u in store.users.values()):
        raise ApiError(409, "CONFLICT", f"email {email} is already used")
    user = store.add_user(
        username,
        body["password"],
        email=email,
        realname=str(body.get("realname") or ""),
        comment=str(body.get("comment") or ""),
    )
    store.log(None, principal.username or username, "create", "user", username,
              f"create user {username}")  # fmt: skip
    response = empty_response(201)
    response.headers.append(("Location", f"/api/v2.0/users/{user.user_id}"))
    return response


def _user_of(call: Call, *, self_allowed: bool) -> User:
    """``/users/{user_id}``: an administrator's, or the caller's own when allowed."""
    principal = call.principal
    require_authenticated(principal)
    raw = call.path["user_id"]
    user = call.store.users.get(int(raw)) if raw.isdigit() else None
    own = user is not None and principal.user is user
    if not (principal.sysadmin or (self_allowed and own)):
        raise forbidden(principal.username)
    if user is None:
        raise not_found(f"user {raw} not found")
    return user


def get_user(call: Call) -> Response:
    return json_response(render_user(_user_of(call, self_allowed=True)))


def update_user(call: Call) -> Response:
    user = _user_of(call, self_allowed=True)
    for key in ("email", "realname", "comment"):
        if key in call.body:
            setattr(user, key, str(call.body[key] or ""))
    user.update_time = now()
    return empty_response(200)


def set_sysadmin(call: Call) -> Response:
    user = _user_of(call, self_allowed=False)
    user.sysadmin_flag = bool(call.body.get("sysadmin_flag"))
    user.update_time = now()
    return empty_response(200)


def update_password(call: Call) -> Response:
    """The user's own change needs the old password; an administrator needs none."""
    user = _user_of(call, self_allowed=True)
    body = call.body
    own = not call.principal.sysadmin or call.principal.user is user
    if own and body.get("old_password") != user.password:
        raise forbidden("the old password is wrong")
    if not _good_password(body.get("new_password")):
        raise bad_request(_PASSWORD_RULE)
    user.password = body["new_password"]
    user.update_time = now()
    return empty_response(200)


def delete_user(call: Call) -> Response:
    user = _user_of(call, self_allowed=False)
    store = call.store
    if call.principal.user is user:
        raise forbidden("a user cannot delete itself")
    del store.users[user.user_id]
    for project in store.projects.values():
        store.remove_member(project, user.user_id)
    store.log(None, call.principal.username, "delete", "user", user.username,
              f"delete user {user.username}")  # fmt: skip
    return empty_response(200)


ROUTES = (
    Route("GET", "/users/current", current_user),
    Route("POST", "/users", create_user, body="userReq"),
    Route("GET", "/users/{user_id}", get_user),
    Route("PUT", "/users/{user_id}", update_user, body="profile"),
    Route("DELETE", "/users/{user_id}", delete_user),
    Route("PUT", "/users/{user_id}/sysadmin", set_sysadmin, body="sysadmin_flag"),
    Route("PUT", "/users/{user_id}/password", update_password, body="password"),
    Route("GET", "/users", list_users, query=LISTING),
    Route(
        "GET",
        "/users/search",
        search_users,
        query=(PAGE, PAGE_SIZE, Param("username", required=True)),
    ),
)
