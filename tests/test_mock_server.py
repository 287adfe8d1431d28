"""Every operation of Harbor's definition, called through Harbor and AsyncHarbor
against Stoplight Prism serving that definition.

Prism is an implementation of the definition that shares nothing with the client: it
rejects a request whose path, query, headers or body do not match the operation
(its own 422 listing the violations, or the operation's declared 400 with an
``sl-violations`` header), and answers a valid one with data shaped by the first 2xx
response schema. So each test checks
both directions at once: the client writes what the definition asks for, and reads
what the definition promises into the method's declared type, keeping every value
(``to_dict()`` gives Prism's JSON back, date-times as the same instant).

The operations are read from the definition, not from the generated code, and mapped
to their methods through the ``OPERATIONS`` table (namespace and name): an operation
that a later definition adds is covered without editing this file. Arguments are
built from the parameter schemas, and a body from its schema through the generated
model's ``from_dict``, in two fillings, each sent to its own Prism:

* ``required``: the path parameters, the required query parameters, headers and
  body, a project given by name; answered with Prism's static examples;
* ``every``: every parameter the operation declares, a project given by its id;
  answered with data Prism draws from the schemas (seeded, so repeatable).
"""

from __future__ import annotations

import datetime
import inspect
import re
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from support.prism import RunningPrism, load_definition, start_prism, violations

from harbor_client import AsyncHarbor, Harbor
from harbor_client._generated import models
from harbor_client._generated.operations import OPERATIONS
from harbor_client._generated.types import File

SPEC_FILE = (
    Path(__file__).resolve().parents[2] / "shared/harbor-spec/swagger-v2.15.2.yaml"
)
DEFINITION = load_definition(SPEC_FILE)
METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

#: Headers the client sets itself, so the methods do not take them: a fresh
#: X-Request-Id on every call, and X-Is-Resource-Name from the type of the project
#: argument (a str is a name, an int an id).
SET_BY_CLIENT = {"X-Request-Id", "X-Is-Resource-Name"}

#: Values that read like Harbor's for path and query parameters of these names; any
#: other parameter gets a value built from its schema.
REALISTIC = {
    "project_name": "demo",
    "repository_name": "team/app",
    "reference": "sha256:" + "ab" * 32,
    "digest": "sha256:" + "cd" * 32,
    "tag_name": "v1.31",
    "meta_name": "auto_scan",
    "username": "alice",
    "groupname": "developers",
    "q": "name=~demo",
    "sort": "-creation_time",
    "from": "demo/base:latest",
}

#: The project argument in each filling: a name sends X-Is-Resource-Name: true, an id
#: false, and both must be accepted.
PROJECT = {"required": "demo", "every": 7}

DATE_TIME = "2025-11-03T08:15:42.117Z"


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    """The node a ``$ref`` points to (``#/definitions/X`` or ``#/parameters/X``)."""
    while "$ref" in node:
        _, section, name = node["$ref"].split("/")
        node = DEFINITION[section][name]
    return node


def _operations() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for item in DEFINITION["paths"].values():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = item[method]
    return found


OPERATIONS_IN_DEFINITION = _operations()
OPERATION_IDS = sorted(OPERATIONS_IN_DEFINITION)


def sample(schema: dict[str, Any], depth: int = 0) -> Any:
    """A valid JSON value of ``schema``, with every declared property filled in."""
    schema = _resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "date-time":
            return DATE_TIME
        if schema.get("format") == "uri":
            return "http://scanner.example:8080"
        return "value"
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(schema.get("items", {}), depth + 1)]
    properties = schema.get("properties")
    extra = schema.get("additionalProperties")
    if properties is not None and depth < 6:
        return {
            name: sample(prop, depth + 1)
            for name, prop in properties.items()
            if not prop.get("readOnly")
        }
    if isinstance(extra, dict) and extra:
        return {"key": sample(extra, depth + 1)}
    if kind == "object" or extra is not None:
        return {"key": "value"}
    # No type at all: any JSON value is valid.
    return "value"


def _keyword(name: str) -> str:
    """A name as the generated methods spell it, reduced for comparison.

    The build step turns ``X-Scan-Data-Type`` into ``x_scan_data_type`` and the
    Python keyword ``from`` into ``from_``; letters and digits are what stay.
    """
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _body_value(method: Any, schema: dict[str, Any]) -> Any:
    """The body as the caller passes it: the generated model, read from a sample."""
    payload = sample(schema)
    annotation = str(inspect.signature(method).parameters["body"].annotation)
    model_name = annotation.split("|")[0].strip()
    model = getattr(models, model_name, None)
    if model is None:
        return payload
    return model.from_dict(payload)


def arguments(operation_id: str, method: Any, filling: str) -> dict[str, Any]:
    """Keyword arguments for ``method`` built from the operation's parameters."""
    operation = OPERATIONS_IN_DEFINITION[operation_id]
    accepted = {_keyword(name): name for name in inspect.signature(method).parameters}
    record = OPERATIONS[operation_id]
    args: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        parameter = _resolve(parameter)
        name = parameter["name"]
        if name in SET_BY_CLIENT:
            continue
        required = parameter.get("required", False) or parameter["in"] == "path"
        if not required and filling == "required":
            continue
        keyword = "body" if parameter["in"] == "body" else accepted.get(_keyword(name))
        assert keyword is not None and keyword in accepted.values(), (
            f"{record.namespace}.{record.name} has no argument for the "
            f"{parameter['in']} parameter {name!r} of {operation_id}"
        )
        if parameter["in"] == "body":
            args["body"] = _body_value(method, parameter["schema"])
        elif name == record.project_param:
            args[keyword] = PROJECT[filling]
        elif name in REALISTIC and "enum" not in parameter:
            args[keyword] = REALISTIC[name]
        elif parameter.get("type") == "array":
            args[keyword] = [sample(parameter.get("items", {}))]
        else:
            args[keyword] = sample(parameter)
    return args


@dataclass
class Exchanges:
    """The requests the client sent and the answers Prism gave, in order."""

    seen: list[httpx.Response] = field(default_factory=list)

    def clear(self) -> None:
        self.seen.clear()


class RecordingTransport(httpx.HTTPTransport):
    def __init__(self, exchanges: Exchanges) -> None:
        super().__init__()
        self.exchanges = exchanges

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.exchanges.seen.append(response)
        return response


class AsyncRecordingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, exchanges: Exchanges) -> None:
        super().__init__()
        self.exchanges = exchanges

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        await response.aread()
        self.exchanges.seen.append(response)
        return response


#: The Prism that answers each filling: the static examples (every property, one
#: item per array) for ``required``, answers drawn from the schemas with a fixed seed
#: (optional properties left out, unknown ones added, nullable ones null) for
#: ``every``. Each filling's requests are validated by either.
SEEDS = {"required": None, "every": "harbor-v2.15.2"}
FILLINGS = tuple(SEEDS)


@pytest.fixture(scope="session")
def prisms(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, RunningPrism]]:
    started: dict[str, RunningPrism] = {}
    try:
        for filling, seed in SEEDS.items():
            directory = tmp_path_factory.mktemp(f"prism-{filling}")
            started[filling] = start_prism(DEFINITION, directory, seed=seed)
        yield started
    finally:
        for running in started.values():
            running.stop()


@pytest.fixture(scope="session")
def exchanges() -> Exchanges:
    return Exchanges()


# Harbor's definition allows basic auth or anonymous access on every operation, so
# Prism accepts either; the client sends credentials as it would to Harbor.
USERNAME, PASSWORD = "admin", "Harbor12345"


@pytest.fixture(scope="session")
def harbors(
    prisms: dict[str, RunningPrism], exchanges: Exchanges
) -> Iterator[dict[str, Harbor]]:
    clients = {
        filling: Harbor(
            prism.url,
            transport=RecordingTransport(exchanges),
            username=USERNAME,
            password=PASSWORD,
        )
        for filling, prism in prisms.items()
    }
    yield clients
    for client in clients.values():
        client.close()


#: Operations whose 2xx answer Prism 5.16 cannot produce, with what it answers
#: instead. Both declare a file (``schema: {type: file}``): Prism turns that into a
#: binary string schema, then finds no serialiser for ``application/octet-stream``
#: (getCert) and renders an object for ``text/csv`` (downloadScanData), and answers
#: 500. The request is still validated first, so these count as accepted requests,
#: not as read answers; reading both answers is tested with httpx.MockTransport in
#: test_generated_models.
PRISM_CANNOT_ANSWER = {
    "downloadScanData": "Cannot serialise complex objects as text",
    "getCert": "Cannot find serializer for application/octet-stream",
}

#: (operationId, face, filling) of every request Prism accepted.
ACCEPTED: set[tuple[str, str, str]] = set()
#: (operationId, face, filling) of every answer the client read into its type.
READ: set[tuple[str, str, str]] = set()


def _describe(exchanges: Exchanges) -> str:
    lines = []
    for response in exchanges.seen:
        request = response.request
        lines.append(f"{request.method} {request.url} -> {response.status_code}")
        for violation in violations(response):
            lines.append(f"  violation: {violation}")
        if not 200 <= response.status_code < 300:
            lines.append(f"  body: {response.text[:1000]}")
    return "\n".join(lines) or "no request was sent"


def _same_json(received: Any, written: Any) -> bool:
    """``written`` (a model's to_dict) says what ``received`` (Prism's JSON) said.

    The models' one normalisation of a value that is present: a date-time is written
    back as ``datetime.isoformat()``, the same instant in another spelling.
    """
    if isinstance(received, dict) and isinstance(written, dict):
        return received.keys() == written.keys() and all(
            _same_json(value, written[key]) for key, value in received.items()
        )
    if isinstance(received, list) and isinstance(written, list):
        return len(received) == len(written) and all(
            _same_json(a, b) for a, b in zip(received, written, strict=True)
        )
    if received == written:
        return True
    if isinstance(received, str) and isinstance(written, str):
        try:
            return _instant(received) == _instant(written)
        except ValueError:
            return False
    return False


def _instant(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text)


def _check_answer(method: Any, response: httpx.Response, parsed: Any) -> None:
    """The parsed value has the method's return type and keeps what Prism sent."""
    returns = str(inspect.signature(method).return_annotation)
    returns = returns.removeprefix("builtins.")
    if returns == "None":
        assert parsed is None
    elif returns == "int | str | None":
        assert parsed is None or isinstance(parsed, int | str)
    elif returns == "str":
        assert isinstance(parsed, str)
    elif returns == "File":
        assert isinstance(parsed, File)
        assert parsed.payload.read() == response.content
    elif returns == "Any":
        assert parsed == response.json()
    elif returns.startswith("list["):
        item_type = getattr(models, returns[len("list[") : -1], None)
        assert isinstance(parsed, list)
        if item_type is None:
            assert parsed == response.json()
        else:
            assert all(isinstance(item, item_type) for item in parsed)
            written = [item.to_dict() for item in parsed]
            assert _same_json(response.json(), written), written
    else:
        model = getattr(models, returns)
        assert isinstance(parsed, model), f"{parsed!r} is not a {returns}"
        written = parsed.to_dict()
        assert _same_json(response.json(), written), written


def _check(
    key: tuple[str, str, str],
    method: Any,
    exchanges: Exchanges,
    parsed: Any,
    error: BaseException | None,
) -> None:
    operation_id, face, filling = key
    assert len(exchanges.seen) == 1, _describe(exchanges)
    response = exchanges.seen[0]
    # Checked here because Prism does not: it accepts anonymous requests too.
    assert response.request.headers["authorization"].startswith("Basic ")
    assert response.request.headers["x-request-id"]
    if violations(response) or response.status_code in (400, 422):
        pytest.fail(
            f"Prism rejected {operation_id} ({face}, {filling}):\n"
            f"{_describe(exchanges)}",
            pytrace=False,
        )
    if operation_id in PRISM_CANNOT_ANSWER:
        assert response.status_code == 500, _describe(exchanges)
        assert response.json()["title"] == PRISM_CANNOT_ANSWER[operation_id]
        ACCEPTED.add(key)
        return
    if not 200 <= response.status_code < 300:
        pytest.fail(
            f"Prism did not answer {operation_id} ({face}, {filling}) with 2xx:\n"
            f"{_describe(exchanges)}",
            pytrace=False,
        )
    ACCEPTED.add(key)
    if error is not None:
        pytest.fail(
            f"{operation_id} ({face}, {filling}) raised on Prism's answer:\n"
            f"{_describe(exchanges)}\n" + "".join(traceback.format_exception(error)),
            pytrace=False,
        )
    _check_answer(method, response, parsed)
    READ.add(key)


@pytest.mark.parametrize("filling", FILLINGS)
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_prism_accepts_the_request_and_the_client_reads_the_answer_sync(
    operation_id: str, filling: str, harbors: dict[str, Harbor], exchanges: Exchanges
) -> None:
    record = OPERATIONS[operation_id]
    method = getattr(getattr(harbors[filling], record.namespace), record.name)
    args = arguments(operation_id, method, filling)

    exchanges.clear()
    parsed: Any = None
    error: BaseException | None = None
    try:
        parsed = method(**args)
    except Exception as exc:
        error = exc

    _check((operation_id, "sync", filling), method, exchanges, parsed, error)


@pytest.mark.parametrize("filling", FILLINGS)
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
async def test_prism_accepts_the_request_and_the_client_reads_the_answer_async(
    operation_id: str,
    filling: str,
    prisms: dict[str, RunningPrism],
    exchanges: Exchanges,
) -> None:
    record = OPERATIONS[operation_id]
    async with AsyncHarbor(
        prisms[filling].url,
        transport=AsyncRecordingTransport(exchanges),
        username=USERNAME,
        password=PASSWORD,
    ) as async_harbor:
        method = getattr(getattr(async_harbor, record.namespace), record.name)
        args = arguments(operation_id, method, filling)

        exchanges.clear()
        parsed: Any = None
        error: BaseException | None = None
        try:
            parsed = await method(**args)
        except Exception as exc:
            error = exc

    _check((operation_id, "async", filling), method, exchanges, parsed, error)


def test_the_definition_has_the_operations_of_harbor_v2_15_2() -> None:
    assert len(OPERATION_IDS) == 203


def _counts(found: set[tuple[str, str, str]]) -> str:
    return ", ".join(
        f"{face}/{filling} {sum(1 for key in found if key[1:] == (face, filling))}"
        f"/{len(OPERATION_IDS)}"
        for face in ("sync", "async")
        for filling in FILLINGS
    )


def test_every_operation_was_exercised_on_both_faces(
    request: pytest.FixtureRequest,
) -> None:
    per_operation = [
        item
        for item in request.session.items
        if item.name.startswith("test_prism_accepts_the_request_and_the_client_")
    ]
    if len(per_operation) != len(OPERATION_IDS) * 2 * len(FILLINGS):
        pytest.skip("only some of the per-operation tests were selected in this run")
    expected = {
        (operation_id, face, filling)
        for operation_id in OPERATION_IDS
        for face in ("sync", "async")
        for filling in FILLINGS
    }
    unanswerable = {key for key in expected if key[0] in PRISM_CANNOT_ANSWER}
    summary = f"requests accepted: {_counts(ACCEPTED)}; answers read: {_counts(READ)}"
    print(summary)

    assert expected == ACCEPTED, summary
    assert expected - READ == unanswerable, summary


def test_prism_rejects_a_query_parameter_of_the_wrong_type(
    prisms: dict[str, RunningPrism],
) -> None:
    prism = prisms["required"]
    # The oracle itself: a request that breaks the definition does not pass.
    with httpx.Client(trust_env=False) as client:
        answer = client.get(prism.url + "/api/v2.0/projects", params={"page": "two"})

    # No 4xx is declared for listProjects' parameters: Prism answers its own 422 and
    # lists the violations in the body instead of the sl-violations header.
    assert answer.status_code == 422
    assert [(v["location"], v["code"]) for v in answer.json()["validation"]] == [
        (["query", "page"], "type")
    ]


def test_prism_rejects_a_body_without_its_required_property(
    prisms: dict[str, RunningPrism],
) -> None:
    prism = prisms["required"]
    with httpx.Client(trust_env=False) as client:
        answer = client.post(
            prism.url + "/api/v2.0/projects/demo/repositories/app/artifacts/v1/tags",
            json={},
        )

    # createTag declares 400, which Prism answers in place of its own 422.
    assert answer.status_code == 400
    assert [(v["location"], v["code"]) for v in violations(answer)] == [
        (["request", "body"], "required")
    ]
