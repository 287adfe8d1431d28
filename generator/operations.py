"""What each operation is, read from the converted definition and the generator.

For every operationId: the :class:`harbor_client._operation.Operation` record the
client works from, and the signature of its namespace methods. Argument names and
types are taken from openapi-python-client's own parse of the definition, the one
the endpoint modules were generated from, so a namespace method always matches the
``_get_kwargs`` it feeds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.strings import snake_case

from harbor_client._operation import Operation

from .naming import NameTable, NamingError, check_unique, iterator_name, load_names
from .pointers import resolve

__all__ = ["Argument", "Body", "Described", "describe"]

PROJECT_PARAM = "project_name_or_id"
REPOSITORY_PARAM = "repository_name"
RESOURCE_NAME_HEADER = "X-Is-Resource-Name"
#: Parameters the client sets itself; namespace methods never take them.
HIDDEN_HEADERS = {"X-Is-Resource-Name", "X-Request-Id"}
PAGE_PARAMS = ("page", "page_size")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Argument:
    """A parameter of a namespace method (and of the endpoint function)."""

    name: str
    annotation: str
    required: bool
    #: where Harbor reads it: "path", "query" or "header".
    location: str = "path"
    #: its name in Harbor's definition (``X-Accept-Vulnerabilities``).
    wire_name: str = ""
    description: str = ""


@dataclass(frozen=True)
class Body:
    annotation: str
    required: bool
    #: (class, module below models/) when the body is a model: a dict is converted.
    model: tuple[str, str] | None
    description: str = ""


@dataclass(frozen=True)
class Described:
    """One operation: its record and its namespace methods' signature."""

    operation: Operation
    constant: str
    class_name: str
    summary: str
    description: str
    path_params: tuple[Argument, ...]
    body: Body | None
    options: tuple[Argument, ...]
    returns: str
    #: the type of one item of a paged list.
    item: str | None
    #: import lines for the annotations, relative to the generated package.
    type_imports: frozenset[str]

    @property
    def iterator(self) -> str | None:
        return iterator_name(self.operation.name) if self.operation.paged else None


def describe(openapi: dict[str, Any], data: GeneratorData) -> list[Described]:
    """Every operation of the definition, sorted by namespace and method name."""
    names = load_names()
    endpoints = {
        (endpoint.method.lower(), endpoint.path.get_untrusted_value()): (tag, endpoint)
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    described = []
    for path, method, raw in _operations(openapi):
        tag_dir, endpoint = endpoints[(method, path)]
        parameters = [_resolve(openapi, p) for p in raw.get("parameters", [])]
        described.append(
            _describe(
                openapi, path, method, raw, parameters, str(tag_dir), endpoint, names
            )
        )
    described.sort(key=lambda d: (d.operation.namespace, d.operation.name))
    _check_names(described)
    return described


def _operations(openapi: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in openapi["paths"].items():
        for method in _METHODS:
            if method in item:
                yield path, method, item[method]


def _describe(
    openapi: dict[str, Any],
    path: str,
    method: str,
    raw: dict[str, Any],
    parameters: list[dict[str, Any]],
    tag_dir: str,
    endpoint: Endpoint,
    names: NameTable,
) -> Described:
    tag = (raw.get("tags") or ["default"])[0]
    namespace = names.namespace(tag)
    query = {p["name"] for p in parameters if p["in"] == "query"}
    headers = {p["name"] for p in parameters if p["in"] == "header"}
    path_names = [p.python_name for p in endpoint.path_parameters]
    ok = _success(openapi, raw)
    paged = all(p in query for p in PAGE_PARAMS) and _is_array(ok.get("200"))
    creates = "201" in ok and not ok["201"].get("content")
    operation = Operation(
        id=raw["operationId"],
        method=method.upper(),
        path=path,
        tag=tag,
        namespace=namespace.attribute,
        name=names.method(raw["operationId"], tag),
        module=f"api.{tag_dir}.{endpoint.name}",
        paged=paged,
        creates=creates,
        project_param=PROJECT_PARAM if PROJECT_PARAM in path_names else None,
        takes_resource_name_header=RESOURCE_NAME_HEADER in headers,
        repository_params=tuple(n for n in path_names if n == REPOSITORY_PARAM),
        deprecated=bool(raw.get("deprecated", False)),
    )
    hidden = {
        prop.python_name
        for prop in endpoint.header_parameters
        if prop.name.get_untrusted_value() in HIDDEN_HEADERS
    }
    imports: set[str] = set()
    path_params = tuple(
        Argument(
            prop.python_name,
            "str | int" if prop.python_name == PROJECT_PARAM else _type(prop, imports),
            True,
            "path",
            prop.name.get_untrusted_value(),
            _description(parameters, "path", prop),
        )
        for prop in endpoint.path_parameters
    )
    options = tuple(
        Argument(
            prop.python_name,
            _type(prop, imports),
            prop.required,
            location,
            prop.name.get_untrusted_value(),
            _description(parameters, location, prop),
        )
        for location, props in (
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        )
        for prop in props
        if prop.python_name not in hidden
    )
    return Described(
        operation=operation,
        constant=snake_case(raw["operationId"]).upper(),
        class_name=namespace.class_name,
        summary=str(raw.get("summary") or ""),
        description=str(raw.get("description") or ""),
        path_params=path_params,
        body=_body(endpoint, imports, _resolve(openapi, raw.get("requestBody", {}))),
        options=options,
        returns="int | str | None" if creates else _returns(endpoint, imports),
        item=_item(endpoint, imports) if paged else None,
        type_imports=frozenset(imports),
    )


def _description(
    parameters: list[dict[str, Any]], location: str, prop: PropertyProtocol
) -> str:
    # The description of a parameter is the parameter's, not its schema's, and the
    # generator keeps only the schema's.
    name = prop.name.get_untrusted_value()
    for parameter in parameters:
        if (parameter["in"], parameter["name"]) == (location, name):
            return str(parameter.get("description") or "")
    return ""


def _resolve(openapi: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = resolve(openapi, node["$ref"])
    return node


def _success(openapi: dict[str, Any], raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        code: _resolve(openapi, response)
        for code, response in raw.get("responses", {}).items()
        if code.startswith("2")
    }


def _is_array(response: dict[str, Any] | None) -> bool:
    if not response:
        return False
    content = response.get("content", {}).get("application/json", {})
    return bool(content.get("schema", {}).get("type") == "array")


def _type(prop: PropertyProtocol, imports: set[str]) -> str:
    """The annotation of a property, noting the imports it needs."""
    imports.update(_imports_of(prop))
    return prop.get_type_string().as_unembedded_code()


def _imports_of(prop: PropertyProtocol) -> Iterator[str]:
    if isinstance(prop, ListProperty):
        yield from _imports_of(prop.inner_property)
    for line in [*prop.get_imports(prefix="."), *prop.get_lazy_imports(prefix=".")]:
        if line.startswith(("from .models.", "import datetime", "import uuid")):
            yield line
    if isinstance(prop, FileProperty):
        yield "from .types import File"


def _body(endpoint: Endpoint, imports: set[str], raw: dict[str, Any]) -> Body | None:
    if not endpoint.bodies:
        return None
    if len(endpoint.bodies) > 1:
        raise ValueError(f"{endpoint.name}: more than one kind of body")
    prop = endpoint.bodies[0].prop
    annotation = prop.get_type_string(no_optional=True).as_unembedded_code()
    imports.update(_imports_of(prop))
    model = None
    if isinstance(prop, ModelProperty):
        model = (prop.class_info.name, prop.class_info.module_name)
        annotation = f"{annotation} | dict[str, Any]"
    if not prop.required:
        annotation = f"{annotation} | Unset"
    return Body(annotation, prop.required, model, str(raw.get("description") or ""))


def _returns(endpoint: Endpoint, imports: set[str]) -> str:
    types: list[str] = []
    for response in endpoint.responses.patterns:
        low, _ = response.status_code.range or (0, 0)
        if not 200 <= low < 300:
            continue
        if response.source["return_type"] == "None":
            annotation = "None"
        else:
            annotation = _type(response.prop, imports)
        if annotation not in types:
            types.append(annotation)
    return " | ".join(types) or "None"


def _item(endpoint: Endpoint, imports: set[str]) -> str:
    for response in endpoint.responses.patterns:
        if response.status_code.range == (200, 200) and isinstance(
            response.prop, ListProperty
        ):
            return _type(response.prop.inner_property, imports)
    raise ValueError(f"{endpoint.name}: a paged operation without a list answer")


def _check_names(described: list[Described]) -> None:
    check_unique("constants", ((d.constant, d.operation.id) for d in described))
    namespaces: dict[str, list[tuple[str, str]]] = {}
    classes: dict[str, str] = {}
    for d in described:
        entry = namespaces.setdefault(d.operation.namespace, [])
        entry.append((d.operation.name, d.operation.id))
        if d.iterator:
            entry.append((d.iterator, d.operation.id))
        if (
            classes.setdefault(d.class_name, d.operation.namespace)
            != d.operation.namespace
        ):
            raise NamingError(f"two namespaces would be the class {d.class_name}")
    for namespace, entries in namespaces.items():
        check_unique(f"namespace {namespace}", entries)
