"""operations.py and namespaces.py cover Harbor's definition, with readable names.

The expected operations are read from Harbor's own definition (v2.15.2), not from
the generated code.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest
import yaml  # type: ignore[import-untyped]

from harbor_client._generated import namespaces
from harbor_client._generated import operations as ops
from harbor_client._generated.models import ProjectReq
from harbor_client._generated.namespaces import AsyncHarborNamespaces, HarborNamespaces
from harbor_client._generated.types import UNSET

SPEC = Path(__file__).resolve().parents[2] / "shared" / "harbor-spec"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def _definition() -> dict[str, Any]:
    text = (SPEC / "swagger-v2.15.2.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


DEFINITION = _definition()


def _operations() -> dict[str, dict[str, Any]]:
    found = {}
    for item in DEFINITION["paths"].values():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = item[method]
    return found


def _parameter_names(operation: dict[str, Any], where: str) -> set[str]:
    names = set()
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            parameter = DEFINITION["parameters"][parameter["$ref"].split("/")[-1]]
        if parameter["in"] == where:
            names.add(parameter["name"])
    return names


def _paged_in_definition() -> set[str]:
    paged = set()
    for operation_id, operation in _operations().items():
        schema = operation["responses"].get("200", {}).get("schema", {})
        if {"page", "page_size"} <= _parameter_names(operation, "query") and (
            schema.get("type") == "array"
        ):
            paged.add(operation_id)
    return paged


OPERATION_IDS = sorted(_operations())
PAGED = sorted(_paged_in_definition())


def _namespace_class(root: type, name: str) -> type:
    attribute = inspect.getattr_static(root, name)
    assert isinstance(attribute, functools.cached_property)
    returned = inspect.signature(attribute.func).return_annotation
    return cast(type, getattr(namespaces, returned))


class Recorder:
    """Stands in for Harbor: records what a namespace method hands over."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def _call(self, op: Any, args: dict[str, Any]) -> str:
        self.calls.append(("call", op, args))
        return "parsed"

    def _paginate(self, op: Any, args: dict[str, Any], **options: Any) -> str:
        self.calls.append(("paginate", op, args, options))
        return "paginator"


class AsyncRecorder(Recorder):
    async def _call(self, op: Any, args: dict[str, Any]) -> str:  # type: ignore[override]
        return super()._call(op, args)


# -- coverage of the definition ------------------------------------------------------


def test_there_is_one_record_per_operation_of_the_definition() -> None:
    assert sorted(ops.OPERATIONS) == OPERATION_IDS
    assert len(OPERATION_IDS) == 203


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_every_operation_has_a_method_on_both_namespaces(operation_id: str) -> None:
    op = ops.OPERATIONS[operation_id]

    sync_api = _namespace_class(HarborNamespaces, op.namespace)
    async_api = _namespace_class(AsyncHarborNamespaces, op.namespace)

    assert inspect.isfunction(getattr(sync_api, op.name))
    assert not inspect.iscoroutinefunction(getattr(sync_api, op.name))
    assert inspect.iscoroutinefunction(getattr(async_api, op.name))


def test_the_definition_has_forty_paged_operations() -> None:
    assert len(PAGED) == 40
    assert sorted(op.id for op in ops.OPERATIONS.values() if op.paged) == PAGED


@pytest.mark.parametrize("operation_id", PAGED)
def test_every_paged_operation_has_an_iterator_on_both_namespaces(
    operation_id: str,
) -> None:
    op = ops.OPERATIONS[operation_id]
    iterator = (
        "iter" + op.name.removeprefix("list")
        if op.name.startswith("list")
        else f"iter_{op.name}"
    )

    sync_params = inspect.signature(
        getattr(_namespace_class(HarborNamespaces, op.namespace), iterator)
    ).parameters
    async_params = inspect.signature(
        getattr(_namespace_class(AsyncHarborNamespaces, op.namespace), iterator)
    ).parameters

    assert {"page_size", "start_page", "max_items"} <= set(sync_params)
    assert "page" not in sync_params and "concurrency" not in sync_params
    assert {"page_size", "start_page", "max_items", "concurrency"} <= set(async_params)
    assert sync_params["page_size"].default == 100


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_a_method_takes_exactly_the_endpoints_arguments_the_client_does_not_set(
    operation_id: str,
) -> None:
    op = ops.OPERATIONS[operation_id]
    module = importlib.import_module(f"harbor_client._generated.{op.module}")
    endpoint = set(inspect.signature(module._get_kwargs).parameters)
    method = getattr(_namespace_class(HarborNamespaces, op.namespace), op.name)

    params = set(inspect.signature(method).parameters) - {"self"}

    assert params == endpoint - {"x_is_resource_name"}
    assert "x_request_id" not in endpoint


# -- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation_id", "namespace", "name"),
    [
        ("listProjects", "projects", "list"),
        ("getProjectSummary", "projects", "get_summary"),
        ("headProject", "projects", "head"),
        ("getCurrentUserInfo", "users", "get_current"),
        ("ListRobot", "robots", "list"),
        ("GetRobotByID", "robots", "get"),
        ("CopyArtifact", "artifacts", "copy"),
        ("getPing", "ping", "get"),
        ("listProjectMembers", "members", "list"),
        ("ListImmuRules", "immutable_rules", "list"),
        ("getSystemCVEAllowlist", "cve_allowlist", "get"),
        ("ListWebhookPoliciesOfProject", "webhooks", "list_policies"),
        ("getRentenitionMetadata", "retention", "get_metadata"),
        ("searchUsers", "users", "search"),
        ("search", "search", "search"),
    ],
)
def test_methods_are_named_without_the_namespaces_noun(
    operation_id: str, namespace: str, name: str
) -> None:
    op = ops.OPERATIONS[operation_id]

    assert (op.namespace, op.name) == (namespace, name)


def test_namespaces_are_the_expected_nouns() -> None:
    names = {op.namespace for op in ops.OPERATIONS.values()}

    assert {"projects", "repositories", "artifacts", "robots", "members"} <= names
    assert {"users", "usergroups", "labels", "scanners", "webhooks", "quotas"} <= names
    assert {"registries", "replication", "retention", "gc", "purge"} <= names
    assert {"scan_all", "scan_exports", "system", "ldap", "oidc", "preheat"} <= names
    assert len(names) == 38


# -- the records -----------------------------------------------------------------------


def test_a_paged_list_record() -> None:
    assert ops.LIST_PROJECTS.paged is True
    assert ops.LIST_PROJECTS.method == "GET"
    assert ops.LIST_PROJECTS.path == "/projects"
    assert ops.LIST_PROJECTS.module == "api.project.list_projects"


def test_creates_are_the_201_answers_without_body() -> None:
    expected = set()
    for operation_id, operation in _operations().items():
        created = operation["responses"].get("201")
        if created is not None:
            if "$ref" in created:
                created = DEFINITION["responses"][created["$ref"].split("/")[-1]]
            if "schema" not in created:
                expected.add(operation_id)

    creates = {op.id for op in ops.OPERATIONS.values() if op.creates}

    assert creates == expected
    assert {"createProject", "createRegistry", "CreateLabel"} <= creates
    # A new robot's answer carries its secret: a body, not just a Location.
    assert ops.CREATE_ROBOT.creates is False


def test_project_slots_and_the_resource_name_header() -> None:
    assert ops.GET_PROJECT.project_param == "project_name_or_id"
    assert ops.GET_PROJECT.takes_resource_name_header is True
    assert ops.LIST_REPOSITORIES.project_param is None
    assert ops.LIST_PROJECTS.takes_resource_name_header is False


def test_repository_slots() -> None:
    assert ops.GET_REPOSITORY.repository_params == ("repository_name",)
    assert ops.LIST_ARTIFACTS.repository_params == ("repository_name",)
    assert ops.GET_PROJECT.repository_params == ()


def test_deprecated_operations_are_those_of_the_definition() -> None:
    deprecated = {i for i, o in _operations().items() if o.get("deprecated")}

    assert {op.id for op in ops.OPERATIONS.values() if op.deprecated} == deprecated
    assert deprecated == {
        "getLatestScheduledScanAllMetrics",
        "LastTrigger",
        "ListWebhookJobs",
    }


# -- what a method hands to the client ------------------------------------------------


def test_a_method_hands_its_arguments_and_record_to_call() -> None:
    harbor = Recorder()
    api = namespaces.ProjectApi(cast(Any, harbor))

    parsed: Any = api.get("demo")

    assert parsed == "parsed"

    assert harbor.calls == [("call", ops.GET_PROJECT, {"project_name_or_id": "demo"})]


def test_unset_options_are_handed_over_as_unset() -> None:
    harbor = Recorder()

    namespaces.ProjectApi(cast(Any, harbor)).list(name="demo")

    _, op, args = harbor.calls[0]
    assert op is ops.LIST_PROJECTS
    assert args["name"] == "demo"
    assert args["page"] is UNSET and args["with_detail"] is UNSET


def test_a_dict_body_becomes_the_model() -> None:
    harbor = Recorder()

    namespaces.ProjectApi(cast(Any, harbor)).create(
        body={"project_name": "demo", "metadata": {"public": "true"}}
    )

    body = harbor.calls[0][2]["body"]
    assert isinstance(body, ProjectReq)
    assert body.to_dict() == {"project_name": "demo", "metadata": {"public": "true"}}


def test_a_body_is_given_by_position_or_by_keyword() -> None:
    harbor = Recorder()
    api = namespaces.ProjectApi(cast(Any, harbor))

    api.create({"project_name": "demo"})
    api.create(body={"project_name": "demo"})

    bodies = [call[2]["body"] for call in harbor.calls]
    assert [type(b) for b in bodies] == [ProjectReq, ProjectReq]
    assert [b.to_dict() for b in bodies] == [{"project_name": "demo"}] * 2


def test_the_body_comes_after_the_path_parameters_and_before_the_options() -> None:
    create_tag = inspect.signature(namespaces.ArtifactApi.create_tag).parameters
    add_member = inspect.signature(namespaces.MemberApi.create).parameters

    assert [(n, p.kind.name) for n, p in create_tag.items()] == [
        ("self", "POSITIONAL_OR_KEYWORD"),
        ("project_name", "POSITIONAL_OR_KEYWORD"),
        ("repository_name", "POSITIONAL_OR_KEYWORD"),
        ("reference", "POSITIONAL_OR_KEYWORD"),
        ("body", "POSITIONAL_OR_KEYWORD"),
    ]
    assert create_tag["body"].default is inspect.Parameter.empty
    # An optional body defaults to UNSET; the options stay keyword-only.
    assert [(n, p.kind.name) for n, p in add_member.items()][1:] == [
        ("project_name_or_id", "POSITIONAL_OR_KEYWORD"),
        ("body", "POSITIONAL_OR_KEYWORD"),
    ]
    assert add_member["body"].default is UNSET
    create_project = inspect.signature(namespaces.ProjectApi.create).parameters
    assert create_project["x_resource_name_in_location"].kind.name == "KEYWORD_ONLY"


def test_an_iterator_hands_the_paging_options_to_paginate() -> None:
    harbor = Recorder()

    namespaces.ProjectApi(cast(Any, harbor)).iter(q="name=~demo", page_size=50)

    assert harbor.calls[0][1] is ops.LIST_PROJECTS
    assert "page" not in harbor.calls[0][2] and "page_size" not in harbor.calls[0][2]
    assert harbor.calls[0][2]["q"] == "name=~demo"
    assert harbor.calls[0][3] == {"page_size": 50, "start_page": 1, "max_items": None}


async def test_an_async_method_awaits_call() -> None:
    harbor = AsyncRecorder()

    parsed: Any = await namespaces.AsyncProjectApi(cast(Any, harbor)).get(7)

    assert parsed == "parsed"

    assert harbor.calls == [("call", ops.GET_PROJECT, {"project_name_or_id": 7})]


def test_an_async_iterator_hands_over_its_concurrency() -> None:
    harbor = AsyncRecorder()

    namespaces.AsyncRepositoryApi(cast(Any, harbor)).iter("demo", concurrency=4)

    assert harbor.calls[0][3] == {
        "page_size": 100,
        "start_page": 1,
        "max_items": None,
        "concurrency": 4,
    }


def test_importing_the_namespaces_imports_no_model_and_no_endpoint() -> None:
    code = (
        "import sys, harbor_client._generated.namespaces\n"
        "print(sorted(m for m in sys.modules if m.startswith("
        "('harbor_client._generated.models.', 'harbor_client._generated.api.'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert done.stdout.strip() == "[]"


def test_a_namespace_module_is_imported_when_its_namespace_is_first_used() -> None:
    code = (
        "import sys, harbor_client\n"
        "harbor = harbor_client.Harbor('http://127.0.0.1:1')\n"
        "def loaded():\n"
        "    prefix = 'harbor_client._generated.namespace.'\n"
        "    names = [m for m in sys.modules if m.startswith(prefix)]\n"
        "    return sorted(m[len(prefix) :] for m in names)\n"
        "print(loaded())\n"
        "harbor.projects\n"
        "print(loaded())\n"
        "from harbor_client._generated import namespaces\n"
        "print(namespaces.AsyncRobotApi.__module__, loaded())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert done.stdout.splitlines() == [
        "[]",
        "['projects']",
        "harbor_client._generated.namespace.robots ['projects', 'robots']",
    ]
