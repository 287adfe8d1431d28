"""The compatibility table: which pinned Harbor versions have each operation, and how
it changed from one to the next.

Every pinned definition is corrected as the client's own is (so the table describes
what the client sees) and reduced to what a call depends on: method and path, the
parameters, the request body and the name of the 2xx answer's schema. Consecutive
versions are compared by operationId, which Harbor keeps when an operation moves or
changes; a new operationId is a new operation (``listArtifactsOfProject`` next to
``listArtifacts``).

The versions are the pinned release tags, one per release line: an operation first
seen in v2.11.2 is in that release and may have come in an earlier patch of its line
(``listArtifactsOfProject`` came in v2.11.1).
"""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .pointers import resolve

__all__ = [
    "CHANGE_KINDS",
    "Change",
    "History",
    "RequestBody",
    "Shape",
    "Table",
    "derive",
    "render_module",
    "shapes",
]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
#: The generator's prefix for a parameter name that is no identifier (config default).
_FIELD_PREFIX = "field_"

#: What a :class:`Change` says changed, in the order changes of a version are listed.
CHANGE_KINDS = (
    "path",
    "parameter added",
    "parameter removed",
    "parameter required",
    "parameter type",
    "body added",
    "body removed",
    "body required",
    "body schema",
    "response",
)


@dataclass(frozen=True)
class Parameter:
    location: str
    name: str
    type: str
    required: bool

    def describe(self) -> str:
        need = "required" if self.required else "optional"
        return f"{self.location} {self.type}, {need}"


@dataclass(frozen=True)
class RequestBody:
    #: the model's name (``NewTag``), or the inline schema's type (``object``).
    schema: str
    required: bool
    #: the schema's property names, sorted; () for an array, a map or a string.
    properties: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.schema}{{{', '.join(self.properties)}}}"


@dataclass(frozen=True)
class Shape:
    """What a call of one operation in one version depends on."""

    method: str
    path: str
    #: by (location, name), in the order of the definition.
    parameters: Mapping[tuple[str, str], Parameter]
    body: RequestBody | None
    #: the 2xx answers' schema names joined by " | ", None when none has a body.
    response: str | None


@dataclass(frozen=True)
class Change:
    #: the first pinned version with the change.
    version: str
    #: one of CHANGE_KINDS.
    kind: str
    #: the parameter's name in the definition; "body"; "response"; "path".
    name: str
    #: the keyword of the namespace method that carries it (parameters and body).
    argument: str | None
    before: str | None
    after: str | None


@dataclass(frozen=True)
class History:
    """One operationId across the pinned versions."""

    id: str
    #: method and path in the last version that has it.
    method: str
    path: str
    versions: tuple[str, ...]
    #: property names of the body per version; None where it takes no body.
    body_by_version: Mapping[str, tuple[str, ...] | None]
    #: the versions in which the body is required.
    body_required: tuple[str, ...]
    changes: tuple[Change, ...]

    @property
    def first(self) -> str:
        return self.versions[0]

    @property
    def last(self) -> str:
        return self.versions[-1]


@dataclass(frozen=True)
class Table:
    versions: tuple[str, ...]
    #: by operationId, sorted.
    operations: Mapping[str, History] = field(default_factory=dict)

    @property
    def change_count(self) -> int:
        return sum(len(h.changes) for h in self.operations.values())

    def in_every_version(self, history: History) -> bool:
        return history.versions == self.versions


def shapes(document: Mapping[str, Any]) -> dict[str, Shape]:
    """The shape of every operation of a (corrected) Swagger 2.0 definition."""
    found = {}
    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method in _METHODS:
            if method not in item:
                continue
            raw = item[method]
            parameters = [
                _resolve(document, p) for p in [*shared, *raw.get("parameters", [])]
            ]
            found[raw["operationId"]] = Shape(
                method=method.upper(),
                path=path,
                parameters={
                    (p["in"], p["name"]): Parameter(
                        p["in"], p["name"], _type(p), bool(p.get("required", False))
                    )
                    for p in parameters
                    if p["in"] != "body"
                },
                body=next(
                    (_body(document, p) for p in parameters if p["in"] == "body"), None
                ),
                response=_response(document, raw),
            )
    return found


def derive(by_version: Mapping[str, Mapping[str, Shape]]) -> Table:
    """The table from the shapes of each version, given in release order."""
    versions = tuple(by_version)
    ids = sorted({i for found in by_version.values() for i in found})
    operations = {}
    for operation_id in ids:
        seen = [
            (v, by_version[v][operation_id])
            for v in versions
            if operation_id in by_version[v]
        ]
        changes = [
            change
            for (_, old), (version, new) in itertools.pairwise(seen)
            for change in _changes(version, old, new)
        ]
        last = seen[-1][1]
        operations[operation_id] = History(
            id=operation_id,
            method=last.method,
            path=last.path,
            versions=tuple(v for v, _ in seen),
            body_by_version={
                v: None if s.body is None else s.body.properties for v, s in seen
            },
            body_required=tuple(v for v, s in seen if s.body and s.body.required),
            changes=tuple(changes),
        )
    return Table(versions, operations)


def _changes(version: str, old: Shape, new: Shape) -> Iterator[Change]:
    if (old.method, old.path) != (new.method, new.path):
        yield Change(
            version,
            "path",
            "path",
            None,
            f"{old.method} {old.path}",
            f"{new.method} {new.path}",
        )
    yield from _parameter_changes(version, old, new)
    yield from _body_changes(version, old.body, new.body)
    if old.response != new.response:
        yield Change(version, "response", "response", None, old.response, new.response)


def _parameter_changes(version: str, old: Shape, new: Shape) -> Iterator[Change]:
    found = []
    for key in sorted(set(old.parameters) | set(new.parameters)):
        before, after = old.parameters.get(key), new.parameters.get(key)
        argument = _argument(key[1])
        if before is None and after is not None:
            found.append(
                Change(
                    version, "parameter added", key[1], argument, None, after.describe()
                )
            )
        elif after is None and before is not None:
            found.append(
                Change(
                    version,
                    "parameter removed",
                    key[1],
                    argument,
                    before.describe(),
                    None,
                )
            )
        elif before is not None and after is not None:
            if before.required != after.required:
                found.append(
                    Change(
                        version,
                        "parameter required",
                        key[1],
                        argument,
                        _need(before.required),
                        _need(after.required),
                    )
                )
            if before.type != after.type:
                found.append(
                    Change(
                        version,
                        "parameter type",
                        key[1],
                        argument,
                        before.type,
                        after.type,
                    )
                )
    yield from sorted(found, key=lambda c: CHANGE_KINDS.index(c.kind))


def _body_changes(
    version: str, old: RequestBody | None, new: RequestBody | None
) -> Iterator[Change]:
    if old is None and new is None:
        return
    if old is None and new is not None:
        yield Change(
            version,
            "body added",
            "body",
            "body",
            None,
            f"{new.describe()}, {_need(new.required)}",
        )
    elif new is None and old is not None:
        yield Change(
            version,
            "body removed",
            "body",
            "body",
            f"{old.describe()}, {_need(old.required)}",
            None,
        )
    elif old is not None and new is not None:
        if old.required != new.required:
            yield Change(
                version,
                "body required",
                "body",
                "body",
                _need(old.required),
                _need(new.required),
            )
        if old.schema != new.schema:
            yield Change(
                version, "body schema", "body", "body", old.describe(), new.describe()
            )
        elif old.properties != new.properties:
            # The same model with other properties: the difference says more than
            # the two lists (Configurations has more than fifty).
            added = [f"+{p}" for p in new.properties if p not in old.properties]
            gone = [f"-{p}" for p in old.properties if p not in new.properties]
            difference = " ".join([new.schema, *added, *gone])
            yield Change(version, "body schema", "body", "body", old.schema, difference)


def _need(required: bool) -> str:
    return "required" if required else "optional"


def _argument(name: str) -> str:
    # The keyword openapi-python-client makes of a parameter name, so that a change
    # names the argument a namespace method takes (X-Accept-Vulnerabilities ->
    # x_accept_vulnerabilities).
    return str(PythonIdentifier(name, prefix=_FIELD_PREFIX))


def _resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        node = resolve(document, node["$ref"])
    return node


def _type(node: Mapping[str, Any]) -> str:
    """``string``, ``integer (int64)``, ``array of string``, ``string, one of a, b``."""
    kind = str(node.get("type", "any"))
    if kind == "array":
        text = f"array of {_type(node.get('items', {}))}"
    elif "format" in node:
        text = f"{kind} ({node['format']})"
    else:
        text = kind
    if "enum" in node:
        text += ", one of " + ", ".join(str(v) for v in node["enum"])
    return text


def _schema_name(document: Mapping[str, Any], schema: Mapping[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = schema.get("type")
    if kind == "array":
        return f"array of {_schema_name(document, schema.get('items', {}))}"
    if kind == "object" or kind is None:
        values = schema.get("additionalProperties")
        if isinstance(values, Mapping) and not schema.get("properties"):
            return f"map of {_schema_name(document, values) if values else 'any'}"
        return "object"
    return str(kind)


def _body(document: Mapping[str, Any], parameter: Mapping[str, Any]) -> RequestBody:
    schema = parameter.get("schema", {})
    target = _resolve(document, schema)
    properties: Sequence[str] = ()
    if target.get("type", "object") == "object":
        properties = sorted(target.get("properties", {}))
    return RequestBody(
        _schema_name(document, schema),
        bool(parameter.get("required", False)),
        tuple(properties),
    )


def _response(document: Mapping[str, Any], raw: Mapping[str, Any]) -> str | None:
    names = []
    for code in sorted(c for c in raw.get("responses", {}) if str(c).startswith("2")):
        response = _resolve(document, raw["responses"][code])
        if "schema" in response:
            name = _schema_name(document, response["schema"])
            if name not in names:
                names.append(name)
    return " | ".join(names) or None


# -- the generated module -------------------------------------------------------------


def render_module(table: Table, harbor_version: str) -> str:
    """The source of harbor_client/_generated/compatibility.py."""
    origin = textwrap.fill(
        "Generated by ``python -m generator`` from the pinned definitions of Harbor "
        f"{', '.join(table.versions)}, each with the project's corrections (the "
        f"client is generated from {harbor_version}'s); do not edit. STAMP.json "
        "records their sha256.",
        width=80,
    )
    out = [_MODULE_HEAD.format(origin=origin)]
    out.append(f"VERSIONS: tuple[str, ...] = {table.versions!r}\n\n")
    out.append(_MODULE_TYPES)
    out.append(
        "\n#: Every operationId of any pinned version, sorted.\n"
        "OPERATIONS: dict[str, OperationHistory] = {\n"
    )
    for operation_id, history in table.operations.items():
        literal = _history_literal(history, table.versions)
        out.append(f"    {operation_id!r}: {literal},\n")
    out.append("}\n")
    out.append(_MODULE_FUNCTIONS)
    return "".join(out)


def _history_literal(history: History, versions: tuple[str, ...]) -> str:
    known = "VERSIONS" if history.versions == versions else repr(history.versions)
    fields = [
        f"id={history.id!r}",
        f"method={history.method!r}",
        f"path={history.path!r}",
        f"first={history.first!r}",
        f"last={history.last!r}",
        f"versions={known}",
        f"body_by_version={_bodies_literal(history, known)}",
    ]
    if history.body_required:
        fields.append(f"body_required={history.body_required!r}")
    if history.changes:
        changes = ", ".join(_change_literal(c) for c in history.changes)
        fields.append(f"changes=({changes},)")
    return "OperationHistory(" + ", ".join(fields) + ")"


def _bodies_literal(history: History, known: str) -> str:
    bodies = list(history.body_by_version.values())
    if any(body != bodies[0] for body in bodies):
        return repr(dict(history.body_by_version))
    # The same in every version (most are): one value for all, a tuple is immutable.
    return (
        f"dict.fromkeys({known})"
        if bodies[0] is None
        else (f"dict.fromkeys({known}, {bodies[0]!r})")
    )


def _change_literal(change: Change) -> str:
    return (
        f"Change(version={change.version!r}, kind={change.kind!r}, "
        f"name={change.name!r}, argument={change.argument!r}, "
        f"before={change.before!r}, after={change.after!r})"
    )


_MODULE_HEAD = '''"""Which Harbor versions have each operation, and how it changed.

{origin}

Operations are compared by operationId. The versions are the pinned release tags, one
per release line: an operation first seen in v2.11.2 is in that release and may have
come in an earlier patch of its line (``listArtifactsOfProject`` came in v2.11.1).
:func:`release_line` maps the version a Harbor reports to its pinned tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "OPERATIONS",
    "VERSIONS",
    "Change",
    "ChangeKind",
    "OperationHistory",
    "release_line",
]

#: The pinned Harbor versions, oldest first.
'''

_MODULE_TYPES = '''ChangeKind = Literal[
    "path",
    "parameter added",
    "parameter removed",
    "parameter required",
    "parameter type",
    "body added",
    "body removed",
    "body required",
    "body schema",
    "response",
]


@dataclass(frozen=True, slots=True)
class Change:
    """One difference of an operation from the pinned version before ``version``."""

    #: the first pinned version with the change.
    version: str
    kind: ChangeKind
    #: the parameter's name in Harbor's definition, or "body", "response", "path".
    name: str
    #: the keyword of the namespace method that carries it (parameters and body).
    argument: str | None
    #: what it was and what it became, for people: "query boolean, optional",
    #: "NewTag{name}" (a body's schema and its properties), "Registry
    #: +ca_certificate" (the same schema with other properties); None for what is
    #: not there.
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class OperationHistory:
    """One operationId across the pinned versions."""

    id: str
    #: method and path template (below /api/v2.0) in the last version that has it.
    method: str
    path: str
    #: the first and last pinned version that has it.
    first: str
    last: str
    #: every pinned version that has it, oldest first.
    versions: tuple[str, ...]
    #: property names of the request body's schema in each version of ``versions``,
    #: sorted; None where the operation takes no body.
    body_by_version: dict[str, tuple[str, ...] | None]
    #: the versions in which the body must be sent.
    body_required: tuple[str, ...] = ()
    #: what changed, oldest first.
    changes: tuple[Change, ...] = ()
'''

_MODULE_FUNCTIONS = '''

# The systeminfo format: VERSION file, "-", eight hex digits of the commit
# ("v2.15.2-080b0220"); release candidates and builds from main report their final
# version.
_VERSION = re.compile(r"^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-[0-9a-f]{8})?")


def release_line(harbor_version: str) -> str | None:
    """The pinned version of the release line of ``harbor_version``.

    ``"v2.14.1-5dc4e3b1"`` gives ``"v2.14.4"``; a version of a line that is not pinned,
    or text that is no version, gives None.
    """
    found = _VERSION.match(harbor_version.strip())
    if found is None:
        return None
    line = f"v{int(found.group(1))}.{int(found.group(2))}."
    return next((v for v in VERSIONS if v.startswith(line)), None)
'''
