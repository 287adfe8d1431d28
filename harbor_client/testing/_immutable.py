"""Immutable tag rules: ``/projects/{p}/immutabletagrules`` and the refusals they cause.

A rule freezes every tag that its tag selectors and repository selectors both let
through (doublestar patterns: ``**`` crosses slashes, ``*`` does not, ``{a,b}`` is
either). A frozen tag cannot be moved by a push (412 ``PRECONDITION`` from the
registry's interceptor), nor deleted, nor its artifact deleted (412 from the API).
Repository patterns see the name without its project, as Harbor matches them.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from . import _listing as listing
from ._auth import require_project
from ._projects import project_ref
from ._router import IS_RESOURCE_NAME, LISTING, Call, Route
from ._store import Artifact, ImmutableRule, Project, Store
from ._wire import ApiError, Response, bad_request, empty_response, not_found

_TAG_DECORATIONS = {"matches": True, "excludes": False}
_REPOSITORY_DECORATIONS = {"repoMatches": True, "repoExcludes": False}

_RULE = listing.Model[ImmutableRule](
    columns=listing.columns(
        ("ID", "id", "int"),
        ("Priority", "priority", "int"),
        ("Disabled", "disabled", "bool"),
    ),
    default_order=(("id", False),),
)


@functools.lru_cache(maxsize=256)
def _doublestar(pattern: str) -> re.Pattern[str]:
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "{":
            end = pattern.find("}", i)
            if end == -1:
                out.append(re.escape(char))
            else:
                choices = pattern[i + 1 : end].split(",")
                out.append("(?:" + "|".join(re.escape(c) for c in choices) + ")")
                i = end + 1
                continue
        else:
            out.append(re.escape(char))
        i += 1
    return re.compile("".join(out))


def _passes(
    selectors: list[dict[str, str]], value: str, known: dict[str, bool]
) -> bool:
    for selector in selectors:
        wanted = known.get(selector.get("decoration", ""), True)
        matched = bool(_doublestar(selector.get("pattern", "")).fullmatch(value))
        if matched != wanted:
            return False
    return True


def is_immutable(store: Store, project: Project, repository: str, tag: str) -> bool:
    """Whether an enabled rule of ``project`` freezes ``repository``:``tag``.

    ``repository`` is the full name; rules match the part after the project.
    """
    inner = repository.partition("/")[2]
    for rule in store.immutable_rules.values():
        if rule.project_id != project.project_id or rule.disabled:
            continue
        scopes = rule.scope_selectors.get("repository", [])
        if _passes(scopes, inner, _REPOSITORY_DECORATIONS) and _passes(
            rule.tag_selectors, tag, _TAG_DECORATIONS
        ):
            return True
    return False


def frozen_tags(store: Store, artifact: Artifact) -> list[str]:
    """The names of an artifact's tags that a rule freezes."""
    project = store.projects[artifact.project_id]
    return [
        t.name
        for t in artifact.tags
        if is_immutable(store, project, artifact.repository_name, t.name)
    ]


def refuse_deleting(store: Store, artifact: Artifact) -> None:
    """412 when the artifact carries a frozen tag (delete of artifact or manifest)."""
    frozen = frozen_tags(store, artifact)
    if frozen:
        raise ApiError(
            412,
            "PRECONDITION",
            f"the tag {frozen[0]} configured as immutable, cannot be deleted",
        )


# -- /projects/{p}/immutabletagrules ---------------------------------------------------


def render_rule(rule: ImmutableRule) -> dict[str, Any]:
    data: dict[str, Any] = {
        "action": rule.action,
        "disabled": rule.disabled,
        "id": rule.id,
        "priority": rule.priority,
        "scope_selectors": rule.scope_selectors,
        "tag_selectors": rule.tag_selectors,
        "template": rule.template,
    }
    if rule.params:
        data["params"] = rule.params
    return data


def _selectors(value: Any, field: str) -> list[dict[str, str]]:
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        raise bad_request(f"{field} must be a list of selectors")
    return [
        {
            k: str(v)
            for k, v in s.items()
            if k in ("kind", "decoration", "pattern", "extras")
        }
        for s in value
    ]


def _apply(rule: ImmutableRule, body: dict[str, Any]) -> None:
    if "tag_selectors" in body:
        rule.tag_selectors = _selectors(body["tag_selectors"], "tag_selectors")
    if "scope_selectors" in body:
        scopes = body["scope_selectors"]
        if not isinstance(scopes, dict):
            raise bad_request("scope_selectors must map a scope to its selectors")
        rule.scope_selectors = {
            key: _selectors(value, f"scope_selectors.{key}")
            for key, value in scopes.items()
        }
    for key in ("priority", "disabled", "action", "template", "params"):
        if key in body and body[key] is not None:
            setattr(rule, key, body[key])
    if not rule.tag_selectors:
        raise bad_request("an immutable rule needs at least one tag selector")
    for selector in rule.tag_selectors:
        if selector.get("decoration") not in _TAG_DECORATIONS:
            raise bad_request(f"invalid tag decoration: {selector.get('decoration')}")
    for selector in rule.scope_selectors.get("repository", []):
        if selector.get("decoration") not in _REPOSITORY_DECORATIONS:
            raise bad_request(
                f"invalid repository decoration: {selector.get('decoration')}"
            )


def _rule_of(call: Call, project: Project) -> ImmutableRule:
    raw = call.path["immutable_rule_id"]
    rule = call.store.immutable_rules.get(int(raw)) if raw.isdigit() else None
    if rule is None or rule.project_id != project.project_id:
        raise not_found(f"immutable tag rule {raw} not found")
    return rule


def list_rules(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "immutable-tag:list"
    )
    query = listing.ListQuery.read(call.params)
    rules = [
        r
        for r in call.store.immutable_rules.values()
        if r.project_id == project.project_id
    ]
    ordered = _RULE.order(_RULE.select(rules, query.keywords), query.sorts)
    return listing.list_response(call.request, query, ordered, render_rule)


def create_rule(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "immutable-tag:create"
    )
    rule = ImmutableRule(id=0, project_id=project.project_id)
    _apply(rule, call.body)
    rule.id = call.store.next_id("immutable_rule")
    call.store.immutable_rules[rule.id] = rule
    response = empty_response(201)
    response.headers.append(
        (
            "Location",
            f"/api/v2.0/projects/{project.project_id}/immutabletagrules/{rule.id}",
        )
    )
    return response


def update_rule(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "immutable-tag:update"
    )
    _apply(_rule_of(call, project), call.body)
    return empty_response(200)


def delete_rule(call: Call) -> Response:
    project = require_project(
        call.principal, call.store, project_ref(call), "immutable-tag:delete"
    )
    del call.store.immutable_rules[_rule_of(call, project).id]
    return empty_response(200)


_BASE = "/projects/{project_name_or_id}/immutabletagrules"

ROUTES = (
    Route("GET", _BASE, list_rules, query=LISTING, headers=(IS_RESOURCE_NAME,)),
    Route(
        "POST", _BASE, create_rule, headers=(IS_RESOURCE_NAME,), body="ImmutableRule"
    ),
    Route(
        "PUT",
        _BASE + "/{immutable_rule_id}",
        update_rule,
        headers=(IS_RESOURCE_NAME,),
        body="ImmutableRule",
    ),
    Route(
        "DELETE",
        _BASE + "/{immutable_rule_id}",
        delete_rule,
        headers=(IS_RESOURCE_NAME,),
    ),
)
