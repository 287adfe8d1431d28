"""The generated models and endpoint parsers read what Harbor really sends.

Inputs are the casebook's field failures (HC-01, HC-03) and the artifact body of
harbor-behavior.md's test vector V24, plus the corrections of spec/corrections.yaml
seen from the generated code.
"""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import httpx
import pytest

from harbor_client._generated.api.artifact import get_addition
from harbor_client._generated.api.ping import get_ping
from harbor_client._generated.api.project import get_project, head_project
from harbor_client._generated.api.scan_data_export import download_scan_data
from harbor_client._generated.api.webhookjob import list_webhook_jobs
from harbor_client._generated.client import Client
from harbor_client._generated.errors import UnexpectedStatus
from harbor_client._generated.models import (
    AdditionLinks,
    Artifact,
    CVEAllowlist,
    Errors,
    ExtraAttrs,
    GCHistory,
    InternalConfigurationValue,
    Project,
    RetentionRule,
    Schedule,
    ScheduleObj,
    ScheduleObjType,
    ScheduleParameters,
)
from harbor_client._generated.types import UNSET, File

UTC = datetime.UTC
DIGEST = "sha256:" + "ab" * 32

# HC-01: an artifact listed with with_tag=false and with_label=false.
HC01_ARTIFACT: dict[str, Any] = {
    "id": 7,
    "type": "IMAGE",
    "digest": DIGEST,
    "manifest_media_type": "application/vnd.oci.image.manifest.v1+json",
    "push_time": "2024-01-02T03:04:05.678Z",
    "pull_time": "0001-01-01T00:00:00.000Z",
    "extra_attrs": {"architecture": "amd64", "os": "linux"},
    "tags": None,
    "labels": None,
    "references": None,
    "accessories": None,
}

# HC-03: GET /system/gc, one entry; the variant has a schedule type no version lists.
HC03_GC_RUN: dict[str, Any] = {
    "id": 101,
    "job_name": "GARBAGE_COLLECTION",
    "job_kind": "SCHEDULE",
    "job_status": "Success",
    "job_parameters": '{"dry_run":false,"delete_untagged":false}',
    "schedule": {
        "type": "Schedule",
        "cron": "0 0 0 * * *",
        "next_scheduled_time": "0001-01-01T00:00:00.000Z",
    },
    "creation_time": "2024-02-01T00:00:03.435Z",
    "update_time": "2024-02-01T00:00:17.000Z",
}

# V24: an artifact of tools/kubectl with nulls, omissions and zero times.
V24_BODY = (
    '[{"accessories":null,"addition_links":{"build_history":{"absolute":false,'
    '"href":"/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts/'
    'sha256:<m>/additions/build_history"},"vulnerabilities":{"absolute":false,'
    '"href":"/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts/'
    'sha256:<m>/additions/vulnerabilities"}},'
    '"artifact_type":"application/vnd.oci.image.config.v1+json",'
    '"digest":"sha256:<m>","extra_attrs":{"architecture":"amd64","author":"",'
    '"config":{"Entrypoint":["kubectl"]},"created":"2025-10-05T08:59:12.5Z",'
    '"os":"linux"},"icon":"sha256:0048162a053eef4d4ce3fe7518615bef084403614f8bca43'
    'b40ae2e762e11e06","id":101,"labels":null,'
    '"manifest_media_type":"application/vnd.oci.image.manifest.v1+json",'
    '"media_type":"application/vnd.oci.image.config.v1+json","project_id":9,'
    '"pull_time":"0001-01-01T00:00:00.000Z","push_time":"2025-10-05T09:00:00.000Z",'
    '"references":null,"repository_id":78,"repository_name":"demo/tools/kubectl",'
    '"size":23456789,"tags":[{"artifact_id":101,"id":55,"immutable":false,'
    '"name":"v1.31","pull_time":"0001-01-01T00:00:00.000Z",'
    '"push_time":"2025-10-05T09:00:00.000Z","repository_id":78}],"type":"IMAGE"}]'
)


def answer(status: int, content: bytes = b"", content_type: str = "") -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    request = httpx.Request("GET", "http://127.0.0.1:1/api/v2.0/x")
    return httpx.Response(status, content=content, headers=headers, request=request)


CLIENT = Client(base_url="http://127.0.0.1:1/api/v2.0")


# -- HC-01: null where the definition declares an array -----------------------------


def test_null_lists_of_an_artifact_read_as_none() -> None:
    artifact = Artifact.from_dict(HC01_ARTIFACT)

    assert (artifact.tags, artifact.labels, artifact.references) == (None, None, None)
    assert artifact.accessories is None
    assert list(artifact.tags or []) == []


def test_null_lists_of_an_artifact_are_written_back_as_null() -> None:
    written = Artifact.from_dict(HC01_ARTIFACT).to_dict()

    assert [written[k] for k in ("tags", "labels", "references", "accessories")] == [
        None,
        None,
        None,
        None,
    ]


def test_an_artifact_with_tags_reads_them() -> None:
    body = dict(HC01_ARTIFACT, tags=[{"id": 1, "name": "v1", "immutable": False}])

    artifact = Artifact.from_dict(body)

    assert isinstance(artifact.tags, list)
    assert artifact.tags[0].name == "v1"
    assert artifact.tags[0].immutable is False


def test_a_missing_list_stays_unset() -> None:
    body = {k: v for k, v in HC01_ARTIFACT.items() if k != "tags"}

    assert Artifact.from_dict(body).tags is UNSET
    assert "tags" not in Artifact.from_dict(body).to_dict()


# -- HC-03: an enum value missing from the definition; Go's zero time ---------------


def test_a_listed_schedule_type_is_its_member() -> None:
    run = GCHistory.from_dict(HC03_GC_RUN)

    assert isinstance(run.schedule, ScheduleObj)
    assert run.schedule.type_ is ScheduleObjType.SCHEDULE
    assert run.schedule.type_.is_unknown is False


def test_an_unknown_schedule_type_keeps_its_value() -> None:
    body = copy.deepcopy(HC03_GC_RUN)
    body["schedule"]["type"] = "Fortnightly"

    schedule = GCHistory.from_dict(body).schedule

    assert isinstance(schedule, ScheduleObj)
    assert isinstance(schedule.type_, ScheduleObjType)
    assert str(schedule.type_) == "Fortnightly"
    assert schedule.type_.value == "Fortnightly"
    assert schedule.type_ == "Fortnightly"
    assert schedule.type_.is_unknown is True


def test_an_unknown_schedule_type_is_written_back_unchanged() -> None:
    body = copy.deepcopy(HC03_GC_RUN)
    body["schedule"]["type"] = "Fortnightly"

    written = GCHistory.from_dict(body).to_dict()

    assert written["schedule"]["type"] == "Fortnightly"
    assert json.loads(json.dumps(written))["schedule"]["type"] == "Fortnightly"


def test_unknown_values_are_not_listed_as_members() -> None:
    ScheduleObjType("Fortnightly")

    assert [m.value for m in ScheduleObjType] == [
        "Custom",
        "Daily",
        "Hourly",
        "Manual",
        "None",
        "Schedule",
        "Weekly",
    ]


def test_go_zero_time_reads_as_none() -> None:
    schedule = GCHistory.from_dict(HC03_GC_RUN).schedule

    assert isinstance(schedule, ScheduleObj)
    assert schedule.next_scheduled_time is None


@pytest.mark.parametrize(
    "zero",
    ["0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z", "0001-01-01T00:00:00+00:00"],
)
def test_every_spelling_of_go_zero_time_reads_as_none(zero: str) -> None:
    assert (
        ScheduleObj.from_dict({"next_scheduled_time": zero}).next_scheduled_time is None
    )


def test_job_parameters_stay_the_string_harbor_sends() -> None:
    run = GCHistory.from_dict(HC03_GC_RUN)

    assert run.job_parameters == '{"dry_run":false,"delete_untagged":false}'


def test_date_times_read_with_their_milliseconds_in_utc() -> None:
    run = GCHistory.from_dict(HC03_GC_RUN)

    assert run.creation_time == datetime.datetime(2024, 2, 1, 0, 0, 3, 435000, UTC)
    assert run.update_time == datetime.datetime(2024, 2, 1, 0, 0, 17, tzinfo=UTC)


# -- V24: an artifact as Harbor lists it ---------------------------------------------


def test_v24_artifact_reads_every_field() -> None:
    [artifact] = [Artifact.from_dict(item) for item in json.loads(V24_BODY)]

    assert artifact.id == 101
    assert artifact.type_ == "IMAGE"
    assert artifact.size == 23456789
    assert artifact.push_time == datetime.datetime(2025, 10, 5, 9, 0, tzinfo=UTC)
    assert artifact.pull_time is None
    assert (artifact.labels, artifact.references, artifact.accessories) == (
        None,
        None,
        None,
    )
    assert isinstance(artifact.tags, list)
    assert [(t.name, t.id, t.pull_time) for t in artifact.tags] == [("v1.31", 55, None)]
    assert isinstance(artifact.extra_attrs, ExtraAttrs)
    assert artifact.extra_attrs["os"] == "linux"
    assert artifact.extra_attrs["created"] == "2025-10-05T08:59:12.5Z"
    assert artifact.extra_attrs["config"] == {"Entrypoint": ["kubectl"]}
    assert isinstance(artifact.addition_links, AdditionLinks)
    link = artifact.addition_links["build_history"]
    assert link.absolute is False
    assert link.href == (
        "/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts/"
        "sha256:<m>/additions/build_history"
    )


def test_v24_artifact_is_written_back_with_zero_times_as_null() -> None:
    [item] = json.loads(V24_BODY)
    expected = copy.deepcopy(item)
    expected["pull_time"] = None
    expected["tags"][0]["pull_time"] = None
    expected["push_time"] = "2025-10-05T09:00:00+00:00"
    expected["tags"][0]["push_time"] = "2025-10-05T09:00:00+00:00"

    assert Artifact.from_dict(item).to_dict() == expected


# -- null where the definition promises an object or a date-time ---------------------


def test_null_object_list_and_date_time_of_a_project_read_as_none() -> None:
    project = Project.from_dict(
        {
            "project_id": 3,
            "name": "demo",
            "metadata": None,
            "cve_allowlist": None,
            "creation_time": None,
            "current_user_role_ids": None,
        }
    )

    assert project.metadata is None
    assert project.cve_allowlist is None
    assert project.creation_time is None
    assert project.current_user_role_ids is None
    assert project.to_dict() == {
        "project_id": 3,
        "name": "demo",
        "metadata": None,
        "cve_allowlist": None,
        "creation_time": None,
        "current_user_role_ids": None,
    }


def test_zero_times_of_a_projects_cve_allowlist_read_as_none() -> None:
    project = Project.from_dict(
        {
            "project_id": 3,
            "cve_allowlist": {
                "id": 1,
                "items": [],
                "creation_time": "0001-01-01T00:00:00.000Z",
                "update_time": "0001-01-01T00:00:00.000Z",
            },
        }
    )

    assert isinstance(project.cve_allowlist, CVEAllowlist)
    assert project.cve_allowlist.creation_time is None
    assert project.cve_allowlist.items == []


def test_null_enum_reads_as_none() -> None:
    assert ScheduleObj.from_dict({"type": None}).type_ is None
    assert ScheduleObj.from_dict({"type": None}).to_dict() == {"type": None}


# -- free-form maps with scalar values -----------------------------------------------


def test_extra_attrs_with_string_values_round_trip() -> None:
    attrs = {"architecture": "amd64", "os": "linux", "author": ""}

    assert ExtraAttrs.from_dict(attrs)["os"] == "linux"
    assert ExtraAttrs.from_dict(attrs).to_dict() == attrs


def test_schedule_parameters_with_scalar_values_round_trip() -> None:
    body = {"id": 1, "parameters": {"dry_run": True, "workers": 1, "audit": "x"}}

    schedule = Schedule.from_dict(body)

    assert isinstance(schedule.parameters, ScheduleParameters)
    assert schedule.parameters["workers"] == 1
    assert schedule.to_dict() == body


def test_retention_rule_params_with_a_number_round_trip() -> None:
    body = {"id": 2, "template": "latestPushedK", "params": {"latestPushedK": 10}}

    assert RetentionRule.from_dict(body).to_dict() == body


@pytest.mark.parametrize("value", ["db_auth", 30, False, ["a"], {"k": "v"}])
def test_a_configuration_value_of_any_type_round_trips(value: Any) -> None:
    body = {"value": value, "editable": True}

    assert InternalConfigurationValue.from_dict(body).value == value
    assert InternalConfigurationValue.from_dict(body).to_dict() == body


# -- answers that are not what the definition declares --------------------------------


def test_a_status_outside_http_status_is_kept_as_an_int() -> None:
    response = get_project._build_response(
        client=CLIENT, response=answer(520, b"<html>origin down</html>", "text/html")
    )

    assert response.status_code == 520
    assert type(response.status_code) is int
    assert response.parsed is None


def test_an_html_error_page_on_a_declared_error_status_parses_to_none() -> None:
    body = b"<html><body>502 Bad Gateway</body></html>"

    parsed = get_project._parse_response(
        client=CLIENT, response=answer(500, body, "text/html")
    )

    assert parsed is None


def test_an_empty_error_body_parses_to_none() -> None:
    assert get_project._parse_response(client=CLIENT, response=answer(500)) is None


def test_harbors_error_body_still_parses() -> None:
    body = b'{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized"}]}'

    parsed = get_project._parse_response(
        client=CLIENT, response=answer(401, body, "application/json")
    )

    assert isinstance(parsed, Errors)
    assert parsed.to_dict() == {
        "errors": [{"code": "UNAUTHORIZED", "message": "unauthorized"}]
    }


def test_a_head_answer_without_body_parses_to_none() -> None:
    assert head_project._parse_response(client=CLIENT, response=answer(404)) is None


def test_the_cve_export_download_is_bytes() -> None:
    csv = b"CVE,Severity\nCVE-2024-0001,High\n"

    parsed = download_scan_data._parse_response(
        client=CLIENT, response=answer(200, csv, "text/csv")
    )

    assert isinstance(parsed, File)
    assert parsed.payload.read() == csv


def test_a_markdown_addition_is_bytes() -> None:
    readme = b"# kubectl\n\nA chart.\n"

    parsed = get_addition._parse_response(
        client=CLIENT, response=answer(200, readme, "text/markdown; charset=utf-8")
    )

    assert isinstance(parsed, File)
    assert parsed.payload.read() == readme


def test_ping_is_text() -> None:
    parsed = get_ping._parse_response(
        client=CLIENT, response=answer(200, b"Pong", "text/plain")
    )

    assert parsed == "Pong"


def test_webhook_job_statuses_are_sent_comma_separated() -> None:
    kwargs = list_webhook_jobs._get_kwargs("demo", policy_id=4, status="Success,Error")

    assert kwargs["params"]["status"] == "Success,Error"
    assert kwargs["url"] == "/projects/demo/webhook/jobs"


def test_an_unexpected_status_does_not_put_the_body_in_the_message() -> None:
    strict = Client(base_url="http://127.0.0.1:1", raise_on_unexpected_status=True)
    secret = b'{"name":"robot$ci","secret":"s3cr3t-value"}'

    with pytest.raises(UnexpectedStatus) as raised:
        get_project._parse_response(client=strict, response=answer(299, secret))

    assert str(raised.value) == "Unexpected status code: 299"
    assert raised.value.content == secret


# How a model reads when printed


def test_a_model_shows_the_fields_harbor_sent_and_leaves_out_the_rest() -> None:
    project = Project.from_dict(
        {
            "project_id": 3,
            "name": "demo",
            "creation_time": "0001-01-01T00:00:00.000Z",
            "metadata": {"public": "true"},
            "togglable": False,
            "owner_name": "",
            "from_a_later_harbor": 1,
        }
    )

    # The zero time reads as None, and None, False and "" are shown: only
    # what Harbor left out is left out.
    assert repr(project) == (
        "Project(project_id=3, name='demo', creation_time=None, owner_name='', "
        "togglable=False, metadata=ProjectMetadata(public='true'), "
        "additional_properties={'from_a_later_harbor': 1})"
    )


def test_an_unset_field_prints_as_unset() -> None:
    assert repr(Project().owner_id) == "UNSET"
    assert repr(Project()) == "Project()"
