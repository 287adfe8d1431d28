"""Harbor / AsyncHarbor: Harbor's rules applied once, for every operation.

These tests look at the wire through ``httpx.MockTransport``: each one names the
request the client must send, or what it must make of an answer.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from harbor_client import errors
from harbor_client.client import (
    ACCEPT_VULNERABILITIES,
    AsyncHarbor,
    Harbor,
    RetryPolicy,
)

BASE = "https://harbor.example.com"
FAST = RetryPolicy(retries=3, backoff=0.0, max_backoff=0.0)

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A transport that answers with ``handler`` and keeps every request."""

    def __init__(self, handler: Handler) -> None:
        self.requests: list[httpx.Request] = []
        self._handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._handler(request)

    def harbor(self, **kwargs: object) -> Harbor:
        kwargs.setdefault("retry", FAST)
        return Harbor(
            BASE,
            username="admin",
            password="Harbor12345",
            transport=httpx.MockTransport(self),
            **kwargs,  # type: ignore[arg-type]
        )

    def async_harbor(self, **kwargs: object) -> AsyncHarbor:
        kwargs.setdefault("retry", FAST)
        return AsyncHarbor(
            BASE,
            username="admin",
            password="Harbor12345",
            transport=httpx.MockTransport(self),
            **kwargs,  # type: ignore[arg-type]
        )


def json_response(status: int, body: object, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


PROJECT = {"project_id": 9, "name": "123", "metadata": {"public": "false"}}


def test_accepts_the_url_with_or_without_the_api_path() -> None:
    for url in (BASE, BASE + "/", BASE + "/api/v2.0", BASE + "/api/v2.0/"):
        with Harbor(url) as harbor:
            assert str(harbor.api_url) == BASE + "/api/v2.0"


def test_refuses_a_url_without_scheme_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no scheme"):
        Harbor("harbor.example.com")


def test_takes_url_and_credentials_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HARBOR_URL", BASE)
    monkeypatch.setenv("HARBOR_USERNAME", "robot$demo+ci")
    monkeypatch.setenv("HARBOR_PASSWORD", "S3cr3t/with+chars==")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="Pong", headers={"content-type": "text/plain"})

    with Harbor(transport=httpx.MockTransport(handler)) as harbor:
        assert harbor.ping.get() == "Pong"

    assert seen[0].url == BASE + "/api/v2.0/ping"
    # base64("robot$demo+ci:S3cr3t/with+chars==")
    assert seen[0].headers["authorization"] == (
        "Basic cm9ib3QkZGVtbytjaTpTM2NyM3Qvd2l0aCtjaGFycz09"
    )


def test_a_name_in_a_project_slot_sends_x_is_resource_name() -> None:
    # Casebook HC-16: "123" is the project named 123, not project id 123.
    recorder = Recorder(lambda r: json_response(200, PROJECT))
    with recorder.harbor() as harbor:
        project = harbor.projects.get("123")
        harbor.projects.get(9)

    assert project.project_id == 9
    by_name, by_id = recorder.requests
    assert by_name.url.path == "/api/v2.0/projects/123"
    assert by_name.headers["x-is-resource-name"] == "true"
    assert by_id.url.path == "/api/v2.0/projects/9"
    assert by_id.headers.get("x-is-resource-name", "false") == "false"


def test_repository_names_are_double_encoded_without_the_project_prefix() -> None:
    # Casebook HC-15.
    recorder = Recorder(lambda r: json_response(200, []))
    with recorder.harbor() as harbor:
        harbor.artifacts.list("demo", "team/sub/app")
        harbor.artifacts.list("demo", "demo/team/sub/app")
        harbor.artifacts.list("demo", "app")

    raw = [r.url.raw_path.split(b"?")[0] for r in recorder.requests]
    assert raw == [
        b"/api/v2.0/projects/demo/repositories/team%252Fsub%252Fapp/artifacts",
        b"/api/v2.0/projects/demo/repositories/team%252Fsub%252Fapp/artifacts",
        b"/api/v2.0/projects/demo/repositories/app/artifacts",
    ]


def test_a_repository_model_is_accepted_and_its_prefix_stripped() -> None:
    from harbor_client._generated.models.repository import Repository

    repository = Repository.from_dict(
        {"id": 4, "name": "demo/team/sub/app", "project_id": 3, "artifact_count": 1}
    )
    recorder = Recorder(lambda r: json_response(200, {"id": 4, "name": "x"}))
    with recorder.harbor() as harbor:
        harbor.repositories.get("demo", repository)  # type: ignore[arg-type]

    assert recorder.requests[0].url.raw_path == (
        b"/api/v2.0/projects/demo/repositories/team%252Fsub%252Fapp"
    )


def test_scan_overviews_are_asked_for_with_both_report_types() -> None:
    # Casebook HC-04: without the header, Harbor returns no scan_overview.
    recorder = Recorder(lambda r: json_response(200, []))
    with recorder.harbor() as harbor:
        harbor.artifacts.list("demo", "app", with_scan_overview=True)
        harbor.artifacts.list("demo", "app", x_accept_vulnerabilities="custom/type")

    first, second = recorder.requests
    assert first.headers["x-accept-vulnerabilities"] == ACCEPT_VULNERABILITIES
    assert ACCEPT_VULNERABILITIES.index("version=1.1") < ACCEPT_VULNERABILITIES.index(
        "version=1.0"
    )
    assert second.headers["x-accept-vulnerabilities"] == "custom/type"


def test_no_cookie_is_ever_sent_back() -> None:
    # Casebook HC-09: a replayed sid makes Harbor check CSRF on every write.
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(
                200,
                json=[],
                headers=[
                    ("set-cookie", "sid=abc; Path=/; HttpOnly"),
                    ("set-cookie", "_gorilla_csrf=xyz; Path=/; HttpOnly"),
                    ("x-harbor-csrf-token", "tok1"),
                ],
            )
        if "cookie" in request.headers:
            return json_response(
                403,
                {"errors": [{"code": "FORBIDDEN", "message": "CSRF token invalid"}]},
            )
        return httpx.Response(201, headers={"location": "/api/v2.0/projects/42"})

    recorder = Recorder(handler)
    with recorder.harbor() as harbor:
        harbor.projects.list()
        created = harbor.projects.create(
            body={"project_name": "demo2", "metadata": {"public": "false"}}
        )

    assert created == 42
    post = recorder.requests[1]
    assert "cookie" not in post.headers
    assert post.headers["authorization"].startswith("Basic ")


def test_a_create_returns_the_id_from_location() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(201, headers={"location": "/api/v2.0/projects/5"})
    )
    with recorder.harbor() as harbor:
        assert harbor.projects.create(body={"project_name": "demo"}) == 5


def test_every_request_carries_a_request_id_that_errors_name() -> None:
    recorder = Recorder(
        lambda r: json_response(
            404, {"errors": [{"code": "NOT_FOUND", "message": "project x not found"}]}
        )
    )
    with (
        recorder.harbor(request_id=lambda: "rid-1") as harbor,
        pytest.raises(errors.NotFoundError) as caught,
    ):
        harbor.projects.get("x")

    assert recorder.requests[0].headers["x-request-id"] == "rid-1"
    assert caught.value.request_id == "rid-1"
    assert caught.value.codes == ("NOT_FOUND",)
    assert "rid-1" in str(caught.value)
    assert "Harbor12345" not in str(caught.value)


def test_page_size_above_100_is_refused_before_any_request() -> None:
    recorder = Recorder(lambda r: json_response(200, []))
    with recorder.harbor() as harbor, pytest.raises(ValueError, match="page_size"):
        harbor.projects.list(page_size=101)

    assert recorder.requests == []


def test_idempotent_calls_are_retried_on_503_honouring_retry_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waits: list[float] = []
    monkeypatch.setattr("harbor_client.client.time.sleep", waits.append)
    answers = iter(
        [
            httpx.Response(503, headers={"retry-after": "2"}),
            httpx.Response(429, headers={"retry-after": "0"}),
            json_response(200, PROJECT),
        ]
    )
    recorder = Recorder(lambda r: next(answers))
    with recorder.harbor(retry=RetryPolicy(retries=3, max_backoff=5)) as harbor:
        assert harbor.projects.get(9).name == "123"

    assert len(recorder.requests) == 3
    assert waits == [2.0, 0.0]
    ids = {r.headers["x-request-id"] for r in recorder.requests}
    assert len(ids) == 1  # one call, one id, however many attempts


def test_a_post_is_never_sent_twice_after_an_answer() -> None:
    recorder = Recorder(lambda r: httpx.Response(503))
    with recorder.harbor() as harbor, pytest.raises(errors.ServerError):
        harbor.projects.create(body={"project_name": "demo"})

    assert len(recorder.requests) == 1


def test_a_post_is_retried_when_the_connection_never_opened() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(201, headers={"location": "/api/v2.0/projects/7"})

    with Recorder(handler).harbor() as harbor:
        assert harbor.projects.create(body={"project_name": "demo"}) == 7
    assert len(calls) == 2


def test_a_post_is_not_retried_when_the_connection_broke_mid_way() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadError("connection reset", request=request)

    with (
        Recorder(handler).harbor() as harbor,
        pytest.raises(errors.TransportError, match="ReadError"),
    ):
        harbor.projects.create(body={"project_name": "demo"})
    assert len(calls) == 1


def test_retries_give_up_after_the_budget() -> None:
    recorder = Recorder(lambda r: httpx.Response(502, text="<html>bad gateway</html>"))
    with recorder.harbor() as harbor, pytest.raises(errors.ServerError) as caught:
        harbor.projects.get(1)

    assert len(recorder.requests) == 4
    assert caught.value.status_code == 502
    assert "bad gateway" in caught.value.body_excerpt


def test_html_error_and_non_iana_status_become_typed_errors() -> None:
    recorder = Recorder(lambda r: httpx.Response(520, text="<html>oops</html>"))
    with (
        recorder.harbor(retry=RetryPolicy(retries=0)) as harbor,
        pytest.raises(errors.ServerError) as caught,
    ):
        harbor.projects.get(1)
    assert caught.value.status_code == 520


def test_a_2xx_body_that_cannot_be_read_is_a_typed_error() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(
            200, content=b"{not json", headers={"content-type": "application/json"}
        )
    )
    with recorder.harbor() as harbor, pytest.raises(errors.HarborResponseError):
        harbor.projects.get(1)


def test_whoami_says_bad_credentials_are_not_accepted() -> None:
    recorder = Recorder(
        lambda r: json_response(
            401, {"errors": [{"code": "UNAUTHORIZED", "message": "unauthorized"}]}
        )
    )
    with recorder.harbor() as harbor, pytest.raises(errors.UnauthorizedError) as caught:
        harbor.whoami()

    assert "not accepted" in str(caught.value)
    assert recorder.requests[0].url.path == "/api/v2.0/users/current"


def test_the_sync_client_works_inside_a_running_event_loop() -> None:
    # A notebook runs cells inside an event loop; blocking calls must still work.
    recorder = Recorder(lambda r: json_response(200, PROJECT))

    async def cell() -> str | None:
        with recorder.harbor() as harbor:
            return harbor.projects.get(9).name

    assert asyncio.run(cell()) == "123"


def test_a_users_own_http_client_is_used_and_its_cookies_refused() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(
            200, json=PROJECT, headers={"set-cookie": "sid=abc; Path=/"}
        )
    )
    own = httpx.Client(transport=httpx.MockTransport(recorder))
    with Harbor(BASE, http_client=own, retry=FAST) as harbor:
        harbor.projects.get(9)
        harbor.projects.get(9)

    assert recorder.requests[0].url == BASE + "/api/v2.0/projects/9"
    assert "cookie" not in recorder.requests[1].headers
    assert not own.is_closed  # not ours to close
    own.close()


def test_verify_accepts_a_ca_bundle_path_and_an_ssl_context(tmp_path: Path) -> None:
    context = ssl.create_default_context()
    with Harbor(BASE, verify=context):
        pass
    with pytest.raises((FileNotFoundError, ssl.SSLError)):
        Harbor(BASE, verify=str(tmp_path / "missing.pem"))


async def test_async_client_applies_the_same_rules() -> None:
    recorder = Recorder(lambda r: json_response(200, PROJECT))
    async with recorder.async_harbor(request_id=lambda: "rid-async") as harbor:
        project = await harbor.projects.get("123")

    assert project.project_id == 9
    request = recorder.requests[0]
    assert request.headers["x-is-resource-name"] == "true"
    assert request.headers["x-request-id"] == "rid-async"


async def test_async_client_retries_and_raises_typed_errors() -> None:
    answers = iter(
        [
            httpx.Response(503),
            json_response(
                404, {"errors": [{"code": "NOT_FOUND", "message": "project x"}]}
            ),
        ]
    )
    recorder = Recorder(lambda r: next(answers))
    async with recorder.async_harbor() as harbor:
        with pytest.raises(errors.NotFoundError):
            await harbor.projects.get("x")
    assert len(recorder.requests) == 2


def test_request_bodies_are_the_models_json() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(201, headers={"location": "/api/v2.0/projects/3"})
    )
    with recorder.harbor() as harbor:
        harbor.projects.create(
            body={"project_name": "demo", "metadata": {"public": "true"}}
        )

    sent = json.loads(recorder.requests[0].content)
    assert sent == {"project_name": "demo", "metadata": {"public": "true"}}
    assert recorder.requests[0].headers["content-type"] == "application/json"


@pytest.mark.parametrize("reference", ["..", ".", "", " "])
def test_a_dot_or_empty_path_value_is_refused_before_any_request(
    reference: str,
) -> None:
    # "..", collapsed by URL normalisation, would turn an artifact delete into
    # DELETE /projects/demo/repositories/app: the whole repository.
    recorder = Recorder(lambda r: httpx.Response(200))
    with recorder.harbor() as harbor, pytest.raises(ValueError, match="reference"):
        harbor.artifacts.delete("demo", "app", reference)

    assert recorder.requests == []


@pytest.mark.parametrize("value", [None, 3.5, True])
def test_a_path_value_of_the_wrong_type_is_refused(value: object) -> None:
    recorder = Recorder(lambda r: json_response(200, PROJECT))
    with recorder.harbor() as harbor, pytest.raises(TypeError, match="str or an int"):
        harbor.projects.get(value)  # type: ignore[arg-type]

    assert recorder.requests == []


def test_page_arguments_must_be_ints_and_q_a_string() -> None:
    from harbor_client import fuzzy

    recorder = Recorder(lambda r: json_response(200, []))
    with recorder.harbor() as harbor:
        with pytest.raises(TypeError, match="page_size must be an int"):
            harbor.projects.list(page_size="1000")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="page counts from 1"):
            harbor.projects.list(page=-1)
        with pytest.raises(TypeError, match="Q"):
            harbor.projects.list(q=fuzzy("dev"))  # type: ignore[arg-type]

    assert recorder.requests == []


def test_credentials_are_sent_on_a_users_own_http_client() -> None:
    recorder = Recorder(lambda r: json_response(200, PROJECT))
    own = httpx.Client(transport=httpx.MockTransport(recorder))
    with Harbor(BASE, username="admin", password="pw", http_client=own) as harbor:
        harbor.projects.get(9)
    own.close()

    assert recorder.requests[0].headers["authorization"] == "Basic YWRtaW46cHc="


def test_an_echoed_authorization_header_is_redacted_from_the_error() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, text=f"you sent {request.headers['authorization']}")

    with (
        Recorder(echo).harbor() as harbor,
        pytest.raises(errors.UnauthorizedError) as e,
    ):
        harbor.projects.get(1)

    assert "YWRtaW46SGFyYm9yMTIzNDU=" not in str(e.value)
    assert "YWRtaW46SGFyYm9yMTIzNDU=" not in e.value.body_excerpt
    assert "***" in e.value.body_excerpt


def test_a_closed_client_refuses_calls_with_a_typed_error() -> None:
    recorder = Recorder(lambda r: json_response(200, PROJECT))
    harbor = recorder.harbor()
    harbor.close()
    harbor.close()

    with pytest.raises(errors.ClientClosedError, match="closed"):
        harbor.projects.get(9)
    assert recorder.requests == []


def test_the_transport_serves_the_registry_too() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(200, json={"name": "demo/app", "tags": ["v1"]})
    )
    with recorder.harbor() as harbor:
        tags = list(harbor.registry.list_tags("demo/app"))

    assert tags == ["v1"]
    assert recorder.requests[0].url.path == "/v2/demo/app/tags/list"


def test_a_repository_that_strips_to_a_dot_segment_is_refused() -> None:
    # "demo/.." loses its project prefix and would become "..": DELETE of the
    # repository would reach the project.
    recorder = Recorder(lambda r: httpx.Response(200))
    with recorder.harbor() as harbor, pytest.raises(ValueError, match="names no"):
        harbor.repositories.delete("demo", "demo/..")

    assert recorder.requests == []


def test_a_password_in_a_url_without_scheme_is_not_repeated() -> None:
    with pytest.raises(ValueError) as caught:
        Harbor("admin:S3cretPass@harbor.example.com")

    assert "S3cretPass" not in str(caught.value)
    assert "***@harbor.example.com" in str(caught.value)
