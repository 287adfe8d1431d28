"""Tolerant reading, as properties: every model reachable from a response of Harbor's
definition reads what Harbor's server really sends, and writes it back unchanged.

Payloads are drawn from the response schemas of Harbor's own definition (v2.15.2):
objects with all their properties, non-empty arrays and maps, scalars by type and
format, date-times in the spellings Harbor writes, enum values from their lists.
Then each payload is changed the ways Harbor's Go server departs from its definition
(harbor-behavior.md 6.1 and 6.2), at one or more places picked at random:

``null_collection``
    a list or object property is ``null`` (go-swagger writes an empty slice or a nil
    pointer as null: ``Artifact.tags``, ``Project.current_user_role_ids``);
``omit_scalar``
    a scalar or date-time property is left out (omitempty drops 0, false and "");
``unknown_field``
    an object carries a field the definition does not know (a newer Harbor);
``unknown_enum``
    an enum value outside the declared list (a newer Harbor, or a value the
    definition forgot);
``scalar_in_free_form``
    a string, number or boolean where the definition declares a free-form object
    (``extra_attrs`` values are strings; ``Schedule.parameters`` holds
    ``{"dry_run": true}``; an internal configuration value is ``"db_auth"``);
``zero_time``
    a date-time is Go's zero time ``0001-01-01T00:00:00.000Z`` ("never").

Each model is also read as the definition describes it (``as_defined``, no change).
For each (model, change) pair: ``Model.from_dict(payload)`` raises nothing, and
``to_dict()`` gives back exactly the payload, with the two normalisations the models
document (harbor_client/_generated/models/__init__.py):

* a date-time is written as ``datetime.isoformat()`` of the value read: the same
  instant, ``+00:00`` for ``Z``, six fraction digits or none (Harbor's nanoseconds
  are cut to microseconds);
* Go's zero time reads as ``None`` and is written back as ``null``.

A null, an unknown field and an unknown enum value are written back as received.
"""

from __future__ import annotations

import copy
import datetime
import functools
import importlib
import re
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.prism import load_definition

from harbor_client import Harbor
from harbor_client._generated import models
from harbor_client._generated.operations import OPERATIONS

SPEC_FILE = (
    Path(__file__).resolve().parents[2] / "shared/harbor-spec/swagger-v2.15.2.yaml"
)
DEFINITION = load_definition(SPEC_FILE)
METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

MUTATIONS = (
    "null_collection",
    "omit_scalar",
    "unknown_field",
    "unknown_enum",
    "scalar_in_free_form",
    "zero_time",
)

#: The spellings of Go's zero time that Harbor writes: strfmt.DateTime with
#: milliseconds, and time.RFC3339 (preheat, token times).
ZERO_TIMES = ("0001-01-01T00:00:00.000Z", "0001-01-01T00:00:00Z")

#: Properties declared as a free-form object that Harbor fills with any JSON value;
#: the maps whose values are declared ``{type: object}`` are found in the schemas.
FREE_FORM_PROPERTIES = {
    # /internalconfig answers {"auth_mode": {"value": "db_auth", "editable": true}}.
    ("InternalConfigurationValue", "value"),
}

# Bounded so the whole module stays under a minute on a two-core machine.
PROPERTY_SETTINGS = settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

MAX_DEPTH = 6


# -- the definition -----------------------------------------------------------------


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = DEFINITION["definitions"][schema["$ref"].split("/")[-1]]
    return schema


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.split("/")[-1] if ref else None


def _response_schemas() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(operationId, status, schema) of every response that has a body."""
    for item in DEFINITION["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            for status, response in operation["responses"].items():
                if "$ref" in response:
                    response = DEFINITION["responses"][response["$ref"].split("/")[-1]]
                if "schema" in response:
                    yield operation["operationId"], str(status), response["schema"]


def _inline_model(operation_id: str) -> type[Any] | None:
    """The model the build step made of an operation's inline object response."""
    module = importlib.import_module(
        f"harbor_client._generated.{OPERATIONS[operation_id].module}"
    )
    returned = typing.get_type_hints(module._parse_response)["return"]
    for candidate in typing.get_args(returned):
        if attrs.has(candidate) and candidate is not models.Errors:
            return typing.cast(type[Any], candidate)
    return None


def _definitions_below(schema: dict[str, Any], found: set[str]) -> None:
    if isinstance(schema, dict):
        name = _ref_name(schema)
        if name is not None:
            if name not in found:
                found.add(name)
                _definitions_below(DEFINITION["definitions"][name], found)
            return
        for value in schema.values():
            _definitions_below(value, found)
    elif isinstance(schema, list):
        for value in schema:
            _definitions_below(value, found)


def _models_of_responses() -> dict[str, tuple[type[Any], dict[str, Any]]]:
    """Every model a response can hold, by name, with the schema it is read from."""
    names: set[str] = set()
    found: dict[str, tuple[type[Any], dict[str, Any]]] = {}
    for operation_id, _status, schema in _response_schemas():
        _definitions_below(schema, names)
        body = schema.get("items", schema) if schema.get("type") == "array" else schema
        if "$ref" not in body and body.get("type") == "object":
            model = _inline_model(operation_id)
            if model is not None:
                found[model.__name__] = (model, body)
    for name in names:
        model = getattr(models, name, None)
        # String aliases (EventType, NotifyType, ...) have no model.
        if model is not None:
            found[name] = (model, DEFINITION["definitions"][name])
    return dict(sorted(found.items()))


MODELS = _models_of_responses()


# -- payloads as Harbor's definition describes them ---------------------------------


def _is_free_form(schema: dict[str, Any]) -> bool:
    """``{type: object}`` and nothing else: any object, declared without shape."""
    return (
        schema.get("type") == "object"
        and "properties" not in schema
        and "additionalProperties" not in schema
    )


def _is_collection(schema: dict[str, Any]) -> bool:
    return schema.get("type") in ("array", "object") or "properties" in schema


def _is_date_time(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "string" and schema.get("format") == "date-time"


JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_./-", min_size=1, max_size=12)


@st.composite
def date_times(draw: st.DrawFn) -> str:
    """A date-time as Harbor writes one: UTC with milliseconds (strfmt.DateTime),
    whole seconds (time.RFC3339), nanoseconds (Go's time.Time), or an offset."""
    when = draw(
        st.datetimes(
            min_value=datetime.datetime(1970, 1, 1),
            max_value=datetime.datetime(2100, 1, 1),
        )
    )
    base = when.strftime("%Y-%m-%dT%H:%M:%S")
    fraction = draw(st.sampled_from(["", ".%03d", ".%09d", ".%d"]))
    if fraction == ".%03d":
        base += fraction % (when.microsecond // 1000)
    elif fraction == ".%09d":
        base += fraction % (when.microsecond * 1000 + draw(st.integers(0, 999)))
    elif fraction == ".%d":
        base += fraction % draw(st.integers(1, 9))
    return base + draw(st.sampled_from(["Z", "Z", "+08:00", "-05:30"]))


def payloads(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values of ``schema`` with every property present and no array or map empty."""
    schema = _resolve(schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        return date_times() if _is_date_time(schema) else st.text(max_size=16)
    if kind == "integer":
        return st.integers(-(2**63), 2**63 - 1)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if depth >= MAX_DEPTH:
        return st.just({}) if kind == "object" else st.just([])
    if kind == "array":
        return st.lists(
            payloads(schema.get("items", {}), depth + 1), min_size=1, max_size=2
        )
    properties = schema.get("properties")
    if properties is not None:
        return st.fixed_dictionaries(
            {name: payloads(prop, depth + 1) for name, prop in properties.items()}
        )
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        return st.dictionaries(KEYS, payloads(extra, depth + 1), min_size=1, max_size=2)
    if kind == "object" or extra is not None:
        return st.dictionaries(KEYS, JSON_SCALARS, min_size=1, max_size=2)
    return ANY_JSON


# -- where Harbor's answers depart from the definition ------------------------------

Path_ = tuple[str | int, ...]


def sites(
    value: Any, schema: dict[str, Any], owner: str | None = None, path: Path_ = ()
) -> Iterator[tuple[str, Path_, dict[str, Any]]]:
    """(mutation, path, schema there) of every place in ``value`` where a mutation
    can happen."""
    owner = _ref_name(schema) or owner
    schema = _resolve(schema)
    if _is_date_time(schema):
        yield "zero_time", path, schema
    if "enum" in schema and isinstance(value, str):
        yield "unknown_enum", path, schema
    if not isinstance(value, dict | list):
        return
    if schema.get("type") == "array" and isinstance(value, list):
        for index, item in enumerate(value):
            yield from sites(item, schema.get("items", {}), None, (*path, index))
        return
    properties = schema.get("properties")
    if properties is not None and isinstance(value, dict):
        yield "unknown_field", path, schema
        for name, prop in properties.items():
            if name not in value:
                continue
            inner = _resolve(prop)
            here = (*path, name)
            if _is_collection(inner):
                yield "null_collection", here, inner
            else:
                yield "omit_scalar", here, inner
            if (owner, name) in FREE_FORM_PROPERTIES:
                yield "scalar_in_free_form", here, inner
            yield from sites(value[name], prop, None, here)
        return
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra and isinstance(value, dict):
        for key, item in value.items():
            if _is_free_form(_resolve(extra)):
                yield "scalar_in_free_form", (*path, key), extra
            yield from sites(item, extra, None, (*path, key))


def _applicable(
    schema: dict[str, Any], owner: str | None = None, depth: int = 0
) -> set[str]:
    """The mutations that have a place in every payload of ``schema``.

    :func:`payloads` fills every property and every array and map, so a place the
    schema has is a place each payload has (above :data:`MAX_DEPTH`).
    """
    owner = _ref_name(schema) or owner
    schema = _resolve(schema)
    found: set[str] = set()
    if _is_date_time(schema):
        found.add("zero_time")
    if "enum" in schema and schema.get("type", "string") == "string":
        found.add("unknown_enum")
    if depth >= MAX_DEPTH:
        return found
    if schema.get("type") == "array":
        return found | _applicable(schema.get("items", {}), None, depth + 1)
    properties = schema.get("properties")
    if properties is not None:
        found.add("unknown_field")
        for name, prop in properties.items():
            inner = _resolve(prop)
            found.add("null_collection" if _is_collection(inner) else "omit_scalar")
            if (owner, name) in FREE_FORM_PROPERTIES:
                found.add("scalar_in_free_form")
            found |= _applicable(prop, None, depth + 1)
        return found
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        if _is_free_form(_resolve(extra)):
            found.add("scalar_in_free_form")
        found |= _applicable(extra, None, depth + 1)
    return found


def _parent(payload: Any, path: Path_) -> tuple[Any, str | int]:
    node = payload
    for step in path[:-1]:
        node = node[step]
    return node, path[-1]


def _outside(values: list[Any]) -> Callable[[str], bool]:
    return lambda text: text not in values


def _change(
    draw: st.DrawFn, payload: Any, path: Path_, mutation: str, schema: dict[str, Any]
) -> None:
    """Make ``mutation`` at ``path`` in ``payload`` (in place)."""
    if mutation == "unknown_field":
        node = payload
        for step in path:
            node = node[step]
        key = draw(KEYS.filter(_outside([*node, *schema.get("properties", {})])))
        node[key] = draw(ANY_JSON)
        return
    parent, last = _parent(payload, path)
    if mutation == "null_collection":
        parent[last] = None
    elif mutation == "omit_scalar":
        del parent[last]
    elif mutation == "unknown_enum":
        parent[last] = draw(
            st.text(min_size=1, max_size=12).filter(_outside(schema["enum"]))
        )
    elif mutation == "scalar_in_free_form":
        parent[last] = draw(st.text(max_size=12) | st.integers() | st.booleans())
    elif mutation == "zero_time":
        parent[last] = draw(st.sampled_from(ZERO_TIMES))
    else:
        raise AssertionError(f"no such mutation: {mutation}")


@st.composite
def harbor_answers(
    draw: st.DrawFn, schema: dict[str, Any], mutation: str, owner: str | None = None
) -> tuple[Any, list[Path_]]:
    """A payload of ``schema`` with ``mutation`` made at one or more places.

    ``owner`` is the name of the model ``schema`` describes, when the schema is that
    model's definition itself rather than a ``$ref`` to it. Returns the payload and
    the paths changed.
    """
    payload = draw(payloads(schema))
    places = {
        path: where
        for kind, path, where in sites(payload, schema, owner)
        if kind == mutation
    }
    chosen = draw(
        st.lists(
            st.sampled_from(sorted(places, key=repr)),
            min_size=1,
            max_size=3,
            unique=True,
        )
        if places
        else st.just([])
    )
    # Deepest first; a place above one already changed is left alone, so that
    # nulling or dropping a parent does not hide the change made below it.
    chosen.sort(key=len, reverse=True)
    done: list[Path_] = []
    for path in chosen:
        if any(below[: len(path)] == path for below in done):
            continue
        _change(draw, payload, path, mutation, places[path])
        done.append(path)
    return payload, done


# -- what the models must write back ------------------------------------------------

DATE_TIME = re.compile(
    r"(?P<date>\d{4}-\d\d-\d\d)T(?P<time>\d\d:\d\d:\d\d)(?:\.(?P<fraction>\d+))?"
    r"(?P<zone>Z|[+-]\d\d:\d\d)"
)


def written_date_time(text: str) -> str | None:
    """How a model writes back a date-time it read (``datetime.isoformat()``)."""
    match = DATE_TIME.fullmatch(text)
    assert match is not None, f"not a date-time Harbor writes: {text!r}"
    zero = match["date"] == "0001-01-01" and match["time"] == "00:00:00"
    if zero and int(match["fraction"] or "0") == 0:
        return None
    micro = int(((match["fraction"] or "") + "000000")[:6])
    zone = "+00:00" if match["zone"] == "Z" else match["zone"]
    fraction = f".{micro:06d}" if micro else ""
    return f"{match['date']}T{match['time']}{fraction}{zone}"


def written_back(value: Any, schema: dict[str, Any]) -> Any:
    """``value`` as ``to_dict()`` must give it back: date-times normalised, the rest
    (nulls, unknown fields, unknown enum values, free-form content) unchanged."""
    schema = _resolve(schema)
    if value is None:
        return None
    if _is_date_time(schema) and isinstance(value, str):
        return written_date_time(value)
    if isinstance(value, list) and schema.get("type") == "array":
        return [written_back(item, schema.get("items", {})) for item in value]
    if isinstance(value, dict):
        properties = schema.get("properties")
        if properties is not None:
            return {
                key: written_back(item, properties[key]) if key in properties else item
                for key, item in value.items()
            }
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return {key: written_back(item, extra) for key, item in value.items()}
    return value


# -- what was tried ------------------------------------------------------------------

#: model -> mutation -> places changed, over all examples.
TRIED: dict[str, Counter[str]] = {name: Counter() for name in MODELS}
#: names of every model class that some example was read into.
READ_INTO: set[str] = set()


def _model_classes(value: Any) -> Iterator[str]:
    if attrs.has(type(value)):
        yield type(value).__name__
        for attribute in attrs.fields(type(value)):
            yield from _model_classes(getattr(value, attribute.name))
    elif isinstance(value, list):
        for item in value:
            yield from _model_classes(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _model_classes(item)


CASES = [
    pytest.param(name, mutation, id=f"{name}-{mutation}")
    for name, (_model, schema) in MODELS.items()
    for mutation in ["as_defined", *sorted(_applicable(schema, name))]
]


@pytest.mark.parametrize(("name", "mutation"), CASES)
def test_a_model_reads_harbors_answer_and_writes_it_back(
    name: str, mutation: str
) -> None:
    model, schema = MODELS[name]

    @PROPERTY_SETTINGS
    @given(harbor_answers(schema, mutation, name))
    def reads_and_writes_back(answer: tuple[Any, list[Path_]]) -> None:
        payload, changed = answer
        expected = written_back(copy.deepcopy(payload), schema)

        parsed = model.from_dict(copy.deepcopy(payload))

        assert parsed.to_dict() == expected
        if changed:
            TRIED[name][mutation] += len(changed)
        READ_INTO.update(_model_classes(parsed))

    reads_and_writes_back()


def test_every_model_of_a_response_is_covered() -> None:
    # The roots are found in the definition: a model that a later definition adds
    # to a response is covered without editing this file.
    assert len(MODELS) == 126, sorted(MODELS)
    assert {"Artifact", "Project", "Tag", "Errors", "ScanOverview"} <= set(MODELS)


# -- through the client: list operations with Harbor's answers ----------------------

#: A sample of list operations across Harbor's areas, with the arguments of a call.
LISTS: dict[str, dict[str, Any]] = {
    "listProjects": {},
    "listRepositories": {"project_name": "demo"},
    "listArtifacts": {"project_name": "demo", "repository_name": "demo/team/app"},
    "listTags": {
        "project_name": "demo",
        "repository_name": "team/app",
        "reference": "latest",
    },
    "ListRobot": {},
    "listReplicationExecutions": {},
    "getGCHistory": {},
    "ListImmuRules": {"project_name_or_id": "demo"},
    "listRetentionExecutions": {"id": 3},
    "listAuditLogExts": {},
}


def _list_item_schema(operation_id: str) -> dict[str, Any]:
    for found, status, schema in _response_schemas():
        if found == operation_id and status == "200":
            assert schema["type"] == "array"
            return typing.cast(dict[str, Any], schema["items"])
    raise AssertionError(f"{operation_id} has no 200 answer")


@functools.cache
def _client_path_cases() -> list[Any]:
    return [
        pytest.param(operation_id, mutation, id=f"{operation_id}-{mutation}")
        for operation_id in LISTS
        for mutation in [
            "as_defined",
            *sorted(_applicable(_list_item_schema(operation_id))),
        ]
    ]


class PageServer:
    """An httpx handler that answers every request with the page it is given."""

    def __init__(self) -> None:
        self.page: list[Any] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json=self.page, headers={"X-Total-Count": str(len(self.page))}
        )


@pytest.mark.parametrize(("operation_id", "mutation"), _client_path_cases())
def test_a_list_operation_reads_a_page_of_harbors_answers(
    operation_id: str, mutation: str
) -> None:
    record = OPERATIONS[operation_id]
    item_schema = _list_item_schema(operation_id)
    server = PageServer()
    harbor = Harbor("http://harbor.test", transport=httpx.MockTransport(server))
    method: Callable[..., list[Any]] = getattr(
        getattr(harbor, record.namespace), record.name
    )

    @PROPERTY_SETTINGS
    @given(st.lists(harbor_answers(item_schema, mutation), min_size=1, max_size=3))
    def reads_the_page(answers: list[tuple[Any, list[Path_]]]) -> None:
        server.page = [payload for payload, _ in answers]
        expected = [
            written_back(copy.deepcopy(item), item_schema) for item in server.page
        ]

        parsed = method(**LISTS[operation_id])

        assert [item.to_dict() for item in parsed] == expected

    with harbor:
        reads_the_page()


def test_every_change_was_made_in_some_payload(request: pytest.FixtureRequest) -> None:
    """Each (model, change) case changed its payload somewhere: a property test that
    never made its change would pass without proving anything."""
    per_model = [
        item
        for item in request.session.items
        if item.name.startswith("test_a_model_reads_harbors_answer_and_writes_it_back")
    ]
    if len(per_model) != len(CASES):
        pytest.skip("only some of the per-model tests were selected in this run")
    never = [
        f"{name}-{mutation}"
        for name, mutation in (case.values for case in CASES)
        if mutation != "as_defined" and TRIED[str(name)][str(mutation)] == 0
    ]
    changes = sum(sum(counter.values()) for counter in TRIED.values())
    print(
        f"{len(MODELS)} response models, {len(CASES)} (model, change) cases, "
        f"{changes} places changed, {len(READ_INTO)} model classes read into"
    )
    for name, counter in TRIED.items():
        tried = (f"{kind} {count}" for kind, count in sorted(counter.items()) if count)
        print(f"  {name}: " + (", ".join(tried) or "as defined only"))

    assert never == []
