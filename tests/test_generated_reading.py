"""How the generated models read JSON quickly without reading it differently.

The build step's template edits make ``from_dict`` cheap: the models a model is made
of are imported once per module instead of on every call, nullable scalars are read
as they come, Go's zero time is recognised without parsing it, and ``from_dict``
stores the attributes itself instead of going through attrs' ``__init__``. These
tests hold each shortcut to what it replaces (benchmarks/parse.py measures it).
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
import subprocess
import sys
from typing import Any

import attrs
import pytest

from harbor_client._generated import models
from harbor_client._generated.models import (
    CVEAllowlist,
    Errors,
    IsDefault,
    Project,
    ProjectMetadata,
    ScanType,
)
from harbor_client._generated.types import UNSET, parse_datetime

UTC = datetime.UTC


def _model_classes() -> list[type[Any]]:
    found = []
    for module_info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{module_info.name}")
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and value.__module__ == module.__name__
                and attrs.has(value)
            ):
                found.append(value)
    return sorted(found, key=lambda cls: cls.__name__)


MODEL_CLASSES = _model_classes()


def _in_a_fresh_interpreter(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# -- from_dict builds what the constructor builds ------------------------------------


def test_there_are_172_models_to_hold_to_it() -> None:
    assert len(MODEL_CLASSES) == 172


@pytest.mark.parametrize("model", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_no_model_has_a_validator_converter_or_init_hook_that_from_dict_skips(
    model: type[Any],
) -> None:
    assert [
        field.name
        for field in attrs.fields(model)
        if field.validator or field.converter or field.on_setattr
    ] == []
    assert not hasattr(model, "__attrs_pre_init__")
    assert not hasattr(model, "__attrs_post_init__")


@pytest.mark.parametrize("model", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_a_model_read_from_json_equals_the_one_its_constructor_builds_of_its_values(
    model: type[Any],
) -> None:
    # Four models have required fields, all strings named as in the JSON (NewTag,
    # ProjectScanner, ScannerRegistrationReq, ScannerRegistrationSettings).
    required = {
        field.name: f"{field.name}-1"
        for field in attrs.fields(model)
        if field.default is attrs.NOTHING
    }

    read = model.from_dict(required)

    # Reading an attribute that from_dict left unset raises AttributeError.
    values = {f.alias: getattr(read, f.name) for f in attrs.fields(model) if f.init}
    assert read == model(**values)
    assert read.additional_properties == {}


@pytest.mark.parametrize("model", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_a_model_read_from_json_keeps_an_unknown_field(model: type[Any]) -> None:
    required = {
        field.name: f"{field.name}-1"
        for field in attrs.fields(model)
        if field.default is attrs.NOTHING
    }
    # A map of models (ScanOverview, ResourceList's numbers) reads its values as
    # the map's type; an object is what every one of them accepts.
    read = model.from_dict({**required, "added_in_a_later_harbor": {}})

    assert "added_in_a_later_harbor" in read.additional_properties


def test_an_attribute_named_like_its_model_gets_its_own_value() -> None:
    errors = Errors.from_dict({"errors": [{"code": "NOT_FOUND", "message": "gone"}]})

    assert [(e.code, e.message) for e in errors.errors] == [("NOT_FOUND", "gone")]
    assert ScanType.from_dict({"scan_type": "sbom"}).scan_type == "sbom"
    assert IsDefault.from_dict({"is_default": True}).is_default is True


def test_a_read_model_takes_new_values_like_a_constructed_one() -> None:
    project = Project.from_dict({"name": "demo", "project_id": 7})

    project.name = "renamed"

    assert project.to_dict() == {"name": "renamed", "project_id": 7}


# -- nullable scalars and lists of scalars are read as they come -------------------


def test_a_nullable_scalar_reads_null_as_none_a_value_as_itself_absence_as_unset() -> (
    None
):
    metadata = ProjectMetadata.from_dict({"auto_scan": None, "severity": "high"})

    assert metadata.auto_scan is None
    assert metadata.severity == "high"
    assert metadata.prevent_vul is UNSET
    assert metadata.to_dict() == {"auto_scan": None, "severity": "high"}


def test_a_list_of_scalars_reads_null_as_none_and_a_list_as_itself() -> None:
    no_role = Project.from_dict({"current_user_role_ids": None})
    roles = Project.from_dict({"current_user_role_ids": [1, 3]})

    assert no_role.current_user_role_ids is None
    assert roles.current_user_role_ids == [1, 3]
    assert Project.from_dict({}).current_user_role_ids is UNSET


# -- Go's zero time ------------------------------------------------------------------


@pytest.mark.parametrize(
    "zero",
    [
        "0001-01-01T00:00:00.000Z",  # strfmt.DateTime, most models
        "0001-01-01T00:00:00Z",  # time.RFC3339, preheat executions
        "0001-01-01T00:00:00+00:00",
        "0001-01-01T00:00:00.000000000Z",  # a Go time.Time copied through JSON
        "0001-01-01T00:00:00+08:00",
        "0001-01-01 00:00:00",
    ],
)
def test_every_spelling_of_go_zero_time_is_none(zero: str) -> None:
    assert parse_datetime(zero) is None


def test_a_time_of_the_first_year_that_is_not_the_zero_time_is_kept() -> None:
    assert parse_datetime("0001-01-01T00:00:00.5Z") == datetime.datetime(
        1, 1, 1, 0, 0, 0, 500000, tzinfo=UTC
    )
    assert parse_datetime("0001-03-01T00:00:00Z") == datetime.datetime(
        1, 3, 1, tzinfo=UTC
    )


def test_a_time_harbor_writes_is_read_with_its_zone() -> None:
    assert parse_datetime("2025-11-03T08:15:42.117Z") == datetime.datetime(
        2025, 11, 3, 8, 15, 42, 117000, tzinfo=UTC
    )


@pytest.mark.parametrize("not_a_string", [20251103, None, ["2025-11-03"], {}])
def test_a_date_time_that_is_not_a_string_raises_type_error(
    not_a_string: Any,
) -> None:
    # A union of a date-time and another type tries the date-time first and goes
    # on when it raises TypeError.
    with pytest.raises(TypeError):
        parse_datetime(not_a_string)


def test_the_zero_times_of_a_projects_cve_allowlist_read_as_none() -> None:
    allowlist = CVEAllowlist.from_dict(
        {
            "creation_time": "0001-01-01T00:00:00.000Z",
            "items": [],
            "project_id": 7,
            "update_time": "0001-01-01T00:00:00.000Z",
        }
    )

    assert (allowlist.creation_time, allowlist.update_time) == (None, None)
    assert allowlist.items == []


# -- the models a model is made of are imported with its module ----------------------


def test_importing_a_model_imports_only_the_models_it_is_made_of() -> None:
    loaded = _in_a_fresh_interpreter(
        "import sys\n"
        "import harbor_client._generated.models.project\n"
        "prefix = 'harbor_client._generated.models.'\n"
        "print(' '.join(sorted(m[len(prefix):] for m in sys.modules"
        " if m.startswith(prefix))))\n"
    )

    assert loaded.split() == [
        "cve_allowlist",
        "cve_allowlist_item",
        "project",
        "project_metadata",
    ]


def test_building_a_client_imports_no_model() -> None:
    loaded = _in_a_fresh_interpreter(
        "import sys\n"
        "import harbor_client\n"
        "harbor_client.Harbor('http://127.0.0.1:1')\n"
        "print(sum(m.startswith('harbor_client._generated.models.')"
        " for m in sys.modules))\n"
    )

    assert loaded.strip() == "0"


def test_every_model_module_imports_first_whatever_cycles_it_is_in() -> None:
    # Each module is imported into an interpreter that has no model loaded, so a
    # cycle that only works in one order fails here.
    failed = _in_a_fresh_interpreter(
        "import importlib, pkgutil, sys\n"
        "import harbor_client._generated.models as models\n"
        "prefix = models.__name__ + '.'\n"
        "failed = []\n"
        "for info in pkgutil.iter_modules(models.__path__):\n"
        "    for name in [m for m in sys.modules if m.startswith(prefix)]:\n"
        "        del sys.modules[name]\n"
        "    try:\n"
        "        importlib.import_module(prefix + info.name)\n"
        "    except Exception as error:\n"
        "        failed.append(f'{info.name}: {error!r}')\n"
        "print('\\n'.join(failed))\n"
    )

    assert failed.strip() == ""
