"""The registry bearer-token flow against a Harbor played by httpx.MockTransport.

The fake follows harbor-behavior.md sections 4, 4.1 and 5.2: a Bearer challenge for a
request without Authorization, ``Basic realm="harbor"`` for any request that had one,
401 (not 403) for a missing permission, tokens with ``"access_token": ""``. Time is a
virtual clock, so a 30-minute token can expire in a test that takes milliseconds.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from harbor_client.auth import (
    SCOPES_EXTENSION,
    AnonymousCredentials,
    BasicCredentials,
    BodyNotReplayableError,
    CredentialsError,
    FileRange,
    InsecureTransportError,
    RegistryAuth,
)
from harbor_client.errors import UnauthorizedError

HARBOR = "https://harbor.example.com"
REALM = f"{HARBOR}/service/token"
T0 = 1704067200.0  # 2024-01-01T00:00:00Z
ROBOT = ("robot$demo+ci", "S3cr3t/with+chars==")
ALICE = ("alice", "Al1ce-pa55word")


class VirtualClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fake_jwt(claims: dict[str, Any]) -> str:
    """A JWT-shaped token (unsigned: the fake server keeps its own records)."""

    def part(value: dict[str, Any]) -> str:
        raw = json.dumps(value).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.sig"


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy as sent: the flow sets headers on the same object when it retries."""
    return httpx.Request(
        request.method, request.url, headers=request.headers, content=request.read()
    )


@dataclass
class Issued:
    name: str
    user: str | None
    access: dict[str, set[str]]
    dies_at: float


@dataclass
class FakeHarbor:
    """Harbor's /v2/ and /service/token as a MockTransport handler."""

    clock: VirtualClock
    expires_in: int = 1800
    #: Server-side lifetime of a token when it differs from the advertised one.
    dies_after: float | None = None
    #: Challenge a dead token with Bearer error="invalid_token" (distribution and
    #: HC-12) instead of Harbor's Basic realm="harbor".
    invalid_token_challenge: bool = False
    users: dict[str, str] = field(default_factory=lambda: dict([ROBOT, ALICE]))
    grants: dict[str | None, dict[str, set[str]]] = field(
        default_factory=lambda: {
            ROBOT[0]: {"demo/app": {"pull", "push"}, "library/base": {"pull"}},
            ALICE[0]: {"demo/app": {"pull"}},
            None: {"library/base": {"pull"}},
        }
    )
    token_requests: list[httpx.Request] = field(default_factory=list)
    registry_requests: list[httpx.Request] = field(default_factory=list)
    tokens: dict[str, Issued] = field(default_factory=dict)
    uploads: int = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/service/token":
            self.token_requests.append(snapshot(request))
            return self._token(request)
        self.registry_requests.append(snapshot(request))
        return self._registry(request)

    # what a test looks at

    def bearer_of(self, request: httpx.Request) -> str | None:
        """T1, T2, ... for the token the request carried."""
        value = request.headers.get("authorization", "").removeprefix("Bearer ")
        issued = self.tokens.get(value)
        return issued.name if issued else None

    def scopes_asked(self, index: int = -1) -> list[str]:
        return self.token_requests[index].url.params.get_list("scope")

    def sent(self, method: str) -> list[httpx.Request]:
        return [r for r in self.registry_requests if r.method == method]

    # the token service

    def _user(self, request: httpx.Request) -> str | None:
        header = request.headers.get("authorization", "")
        if not header.startswith("Basic "):
            return None
        name, _, password = base64.b64decode(header[6:]).decode().partition(":")
        return name if self.users.get(name) == password else None

    def _token(self, request: httpx.Request) -> httpx.Response:
        user = self._user(request)
        scopes = [s for v in request.url.params.get_list("scope") for s in v.split()]
        if user is None and not scopes:
            return httpx.Response(401)
        access: dict[str, set[str]] = {}
        for scope in scopes:
            _, name, actions = scope.split(":")
            held = self.grants.get(user, {}).get(name, set())
            access[name] = access.get(name, set()) | (set(actions.split(",")) & held)
        name = f"T{len(self.tokens) + 1}"
        value = fake_jwt(
            {
                "jti": name,
                "access": [
                    {"type": "repository", "name": n, "actions": sorted(a)}
                    for n, a in access.items()
                ]
                or None,
            }
        )
        life = self.dies_after if self.dies_after is not None else self.expires_in
        self.tokens[value] = Issued(name, user, access, self.clock.now + life)
        issued_at = datetime.fromtimestamp(self.clock.now, UTC)
        return httpx.Response(
            200,
            json={
                "token": value,
                "access_token": "",
                "expires_in": self.expires_in,
                "issued_at": issued_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
        )

    # the registry

    def _needed(self, request: httpx.Request) -> tuple[str, str]:
        match = re.match(r"^/v2/(.+)/(manifests|blobs|tags)/", request.url.path)
        assert match, request.url.path
        action = "pull" if request.method in ("GET", "HEAD") else "push"
        return match[1], action

    def _registry(self, request: httpx.Request) -> httpx.Response:
        name, action = self._needed(request)
        header = request.headers.get("authorization")
        if header is None:
            scope = f"repository:{name}:{'pull' if action == 'pull' else 'pull,push'}"
            mount_from = request.url.params.get("from")
            if mount_from:
                scope += f" repository:{mount_from}:pull"
            return self._challenge(
                f'Bearer realm="{REALM}",service="harbor-registry",scope="{scope}"'
            )
        if header.startswith("Basic "):
            user = self._user(request)
            held = self.grants.get(user, {}).get(name, set()) if user else set()
        else:
            issued = self.tokens.get(header.removeprefix("Bearer "))
            if issued is None or self.clock.now >= issued.dies_at:
                if self.invalid_token_challenge:
                    return self._challenge(
                        f'Bearer realm="{REALM}",service="harbor-registry",'
                        f'scope="repository:{name}:pull,push",error="invalid_token"'
                    )
                return self._challenge('Basic realm="harbor"')
            held = issued.access.get(name, set())
        if action not in held:
            return self._challenge(
                'Basic realm="harbor"',
                f"unauthorized to access repository: {name}, action: {action}",
            )
        return self._serve(request, name, header)

    def _serve(self, request: httpx.Request, name: str, header: str) -> httpx.Response:
        path = request.url.path
        if request.method == "POST":
            source = request.url.params.get("from")
            if source:
                issued = self.tokens.get(header.removeprefix("Bearer "))
                if issued is None or "pull" not in issued.access.get(source, set()):
                    return self._challenge(
                        'Basic realm="harbor"',
                        f"unauthorized to access repository: {source}, action: pull",
                    )
                return httpx.Response(201, headers={"Location": f"/v2/{name}/blobs/x"})
            self.uploads += 1
            location = f"{HARBOR}/v2/{name}/blobs/uploads/u{self.uploads}?_state=S0"
            return httpx.Response(202, headers={"Location": location, "Range": "0-0"})
        if request.method == "PATCH":
            step = int(request.url.params["_state"][1:]) + 1
            location = request.url.copy_set_param("_state", f"S{step}")
            return httpx.Response(202, headers={"Location": str(location)})
        if request.method == "PUT" and "/blobs/uploads/" in path:
            return httpx.Response(201, headers={"Location": f"/v2/{name}/blobs/d"})
        return httpx.Response(200, json={"schemaVersion": 2})

    def _challenge(self, header: str, message: str = "unauthorized") -> httpx.Response:
        return httpx.Response(
            401,
            headers={
                "WWW-Authenticate": header,
                "Docker-Distribution-Api-Version": "registry/2.0",
            },
            json={"errors": [{"code": "UNAUTHORIZED", "message": message}]},
        )


class WireTransport(httpx.BaseTransport):
    """Like MockTransport, but consumes the body as a network transport does.

    MockTransport calls ``request.read()``, which swaps a one-shot body for bytes and
    so would hide the very case under test.
    """

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        body = b"".join(request.stream)
        return self.handler(
            httpx.Request(
                request.method, request.url, headers=request.headers, content=body
            )
        )


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def harbor(clock: VirtualClock) -> FakeHarbor:
    return FakeHarbor(clock)


def client_for(
    harbor: FakeHarbor | Callable[[httpx.Request], httpx.Response],
    credentials: Any = ROBOT,
    *,
    clock: Callable[[], float] | None = None,
    registry: str = HARBOR,
    wire: bool = False,
    **options: Any,
) -> tuple[httpx.Client, RegistryAuth]:
    if isinstance(credentials, tuple):
        credentials = BasicCredentials(*credentials)
    auth = RegistryAuth(
        registry,
        credentials,
        clock=clock or getattr(harbor, "clock", None) or (lambda: T0),
    )
    transport = WireTransport(harbor) if wire else httpx.MockTransport(harbor)
    client = httpx.Client(transport=transport, auth=auth, **options)
    return client, auth


@pytest.fixture
def robot_client(harbor: FakeHarbor) -> Iterator[httpx.Client]:
    client, _ = client_for(harbor)
    with client:
        yield client


# -- HC-10: robot names survive every encoding layer ----------------------------------


def test_token_request_sends_the_robot_name_and_secret_byte_exact(
    harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    robot_client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    token_request = harbor.token_requests[0]
    assert token_request.headers["authorization"] == (
        "Basic cm9ib3QkZGVtbytjaTpTM2NyM3Qvd2l0aCtjaGFycz09"
    )
    assert base64.b64decode("cm9ib3QkZGVtbytjaTpTM2NyM3Qvd2l0aCtjaGFycz09") == (
        b"robot$demo+ci:S3cr3t/with+chars=="
    )


def test_account_parameter_encodes_the_plus_as_percent_2b(
    harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    robot_client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    query = harbor.token_requests[0].url.query.decode()
    assert query == (
        "account=robot%24demo%2Bci&service=harbor-registry"
        "&scope=repository%3Ademo%2Fapp%3Apull"
    )
    assert harbor.token_requests[0].url.params["account"] == "robot$demo+ci"


def test_robot_name_with_another_prefix_is_sent_as_given(harbor: FakeHarbor) -> None:
    harbor.users["bot-demo+ci"] = ROBOT[1]
    harbor.grants["bot-demo+ci"] = harbor.grants[ROBOT[0]]
    client, _ = client_for(harbor, ("bot-demo+ci", ROBOT[1]))

    client.get(f"{HARBOR}/v2/library/base/manifests/1.0")

    header = harbor.token_requests[0].headers["authorization"]
    assert base64.b64decode(header.removeprefix("Basic ")) == (
        b"bot-demo+ci:S3cr3t/with+chars=="
    )


# -- HC-11: "access_token": "" next to the real token ---------------------------------


def token_answer(body: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/service/token":
            return httpx.Response(200, json=body)
        if "authorization" not in request.headers:
            return httpx.Response(
                401,
                headers={
                    "WWW-Authenticate": f'Bearer realm="{REALM}",'
                    'service="harbor-registry",scope="repository:demo/app:pull"'
                },
            )
        return httpx.Response(200, text=request.headers["authorization"])

    handler.seen = seen  # type: ignore[attr-defined]
    return handler


def test_sends_the_token_field_not_the_empty_access_token() -> None:
    handler = token_answer(
        {
            "token": "JWT-A",
            "access_token": "",
            "expires_in": 1800,
            "issued_at": "2024-04-05T07:41:16Z",
        }
    )
    client, _ = client_for(handler)

    answer = client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    assert answer.text == "Bearer JWT-A"


def test_falls_back_to_access_token_when_token_is_absent() -> None:
    handler = token_answer({"access_token": "JWT-B", "expires_in": 300})
    client, _ = client_for(handler)

    answer = client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    assert answer.text == "Bearer JWT-B"


def cached_token(auth: RegistryAuth) -> Any:
    tokens = [slot.value for slot in auth.cache._slots.values()]
    assert len(tokens) == 1
    return tokens[0]


def test_expiry_is_issued_at_plus_expires_in() -> None:
    issued_at = datetime(2024, 4, 5, 7, 41, 16, tzinfo=UTC).timestamp()
    handler = token_answer(
        {"token": "JWT-A", "access_token": "", "expires_in": 1800,
         "issued_at": "2024-04-05T07:41:16Z"}
    )  # fmt: skip
    client, auth = client_for(handler, clock=lambda: issued_at + 2)

    client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    assert cached_token(auth).expires_at == issued_at + 1800


def test_expiry_counts_from_receipt_when_issued_at_is_missing() -> None:
    handler = token_answer({"token": "JWT-A", "expires_in": 1800})
    client, auth = client_for(handler, clock=lambda: T0)

    client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    assert cached_token(auth).expires_at == T0 + 1800


def test_expiry_defaults_to_60_seconds_when_expires_in_is_missing() -> None:
    handler = token_answer({"token": "JWT-A", "issued_at": "2024-01-01T00:00:00Z"})
    client, auth = client_for(handler, clock=lambda: T0 + 1)

    client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    assert cached_token(auth).expires_at == T0 + 60


def test_answer_without_any_token_is_an_error_not_an_empty_bearer() -> None:
    handler = token_answer({"token": "", "access_token": "", "expires_in": 1800})
    client, _ = client_for(handler)

    with pytest.raises(Exception, match="answered without a token"):
        client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")
    assert all(
        r.headers.get("authorization") != "Bearer "
        for r in handler.seen  # type: ignore[attr-defined]
    )


# -- the challenge, the cache and Harbor's switch to Basic ----------------------------


def test_later_requests_reuse_the_token_without_a_challenge(
    harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    robot_client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")
    robot_client.get(f"{HARBOR}/v2/demo/app/manifests/2.0")

    assert len(harbor.token_requests) == 1
    assert [
        r.headers.get("authorization") is None for r in harbor.registry_requests
    ] == [
        True,
        False,
        False,
    ]


def test_a_push_token_serves_the_pulls_of_the_same_repository(
    harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    robot_client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")
    robot_client.head(f"{HARBOR}/v2/demo/app/blobs/sha256:aa")

    assert [r.url.params.get_list("scope") for r in harbor.token_requests] == [
        ["repository:demo/app:pull,push"]
    ]


def test_remembers_the_bearer_realm_when_harbor_answers_basic(
    clock: VirtualClock, harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    robot_client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")
    clock.advance(1000)
    harbor.tokens.clear()  # Harbor restarted with a new key: T1 is unknown now

    answer = robot_client.get(f"{HARBOR}/v2/demo/app/manifests/2.0")

    assert answer.status_code == 200
    assert len(harbor.token_requests) == 2
    last = harbor.registry_requests[-2:]
    assert [r.headers["authorization"].split()[0] for r in last] == ["Bearer", "Bearer"]


def test_declared_scopes_are_asked_for_in_one_token_request(
    harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    robot_client.get(
        f"{HARBOR}/v2/demo/app/manifests/1.0",
        extensions={SCOPES_EXTENSION: ["repository:demo/app:pull,push"]},
    )
    robot_client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    assert harbor.scopes_asked(0) == ["repository:demo/app:pull,push"]
    assert len(harbor.token_requests) == 1


def test_mount_asks_for_both_repositories_in_one_token_request(
    harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    answer = robot_client.post(
        f"{HARBOR}/v2/demo/app/blobs/uploads/",
        params={"mount": "sha256:aa", "from": "library/base"},
    )

    assert answer.status_code == 201
    assert harbor.scopes_asked() == [
        "repository:demo/app:pull,push",
        "repository:library/base:pull",
    ]
    assert len(harbor.token_requests) == 1


def test_mount_without_pull_on_the_source_names_the_missing_permission(
    harbor: FakeHarbor,
) -> None:
    harbor.grants[ROBOT[0]].pop("library/base")
    client, _ = client_for(harbor)

    with pytest.raises(UnauthorizedError) as caught:
        client.post(
            f"{HARBOR}/v2/demo/app/blobs/uploads/",
            params={"mount": "sha256:aa", "from": "library/base"},
        )

    assert "no permission for repository library/base, action pull" in str(caught.value)
    assert len(harbor.token_requests) == 1


def test_missing_push_permission_is_an_error_after_one_token(
    harbor: FakeHarbor,
) -> None:
    client, _ = client_for(harbor, ALICE)

    with pytest.raises(UnauthorizedError) as caught:
        client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")

    message = str(caught.value)
    assert "no permission for repository demo/app, action push (as alice" in message
    assert "unauthorized to access repository: demo/app, action: push" in message
    assert len(harbor.token_requests) == 1
    sent = [
        p.headers.get("authorization", "none").split()[0] for p in harbor.sent("POST")
    ]
    assert sent == ["none", "Bearer", "Basic"]  # Basic is Harbor's last resort on /v2/


def test_a_new_scope_in_the_challenge_gets_one_more_token() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.path == "/service/token":
            scopes = request.url.params.get_list("scope")
            return httpx.Response(200, json={"token": "+".join(scopes)})
        token = request.headers.get("authorization", "")
        if "repository:demo/sig:pull" in token:
            return httpx.Response(200)
        scope = "repository:demo/app:pull" if not token else "repository:demo/sig:pull"
        error = ',error="insufficient_scope"' if token else ""
        return httpx.Response(
            401,
            headers={
                "WWW-Authenticate": f'Bearer realm="{REALM}",service="s",'
                f'scope="{scope}"{error}'
            },
        )

    client, _ = client_for(handler)

    assert client.get(f"{HARBOR}/v2/demo/app/manifests/1.0").status_code == 200
    asked = [r.url.params.get_list("scope") for r in calls if "token" in r.url.path]
    assert asked == [
        ["repository:demo/app:pull"],
        ["repository:demo/app:pull", "repository:demo/sig:pull"],
    ]


def test_anonymous_pull_asks_for_a_token_without_credentials(
    harbor: FakeHarbor,
) -> None:
    client, _ = client_for(harbor, AnonymousCredentials())

    answer = client.get(f"{HARBOR}/v2/library/base/manifests/1.0")

    assert answer.status_code == 200
    assert "authorization" not in harbor.token_requests[0].headers
    assert "account" not in harbor.token_requests[0].url.params


def test_anonymous_pull_of_a_private_repository_is_refused(harbor: FakeHarbor) -> None:
    client, _ = client_for(harbor, AnonymousCredentials())

    with pytest.raises(UnauthorizedError, match="repository demo/app, action pull"):
        client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")


def v2_ping(harbor: FakeHarbor) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/":
            harbor.registry_requests.append(request)
            if request.headers.get("authorization", "").startswith("Bearer "):
                return httpx.Response(200)
            return harbor._challenge(
                f'Bearer realm="{REALM}",service="harbor-registry"'
            )
        return harbor(request)

    return handler


def test_login_check_asks_the_realm_without_a_scope(harbor: FakeHarbor) -> None:
    client, _ = client_for(v2_ping(harbor), clock=harbor.clock)

    assert client.get(f"{HARBOR}/v2/").status_code == 200
    assert harbor.token_requests[0].url.params.get_list("scope") == []


def test_refused_login_names_the_user_and_source_but_not_the_secret(
    harbor: FakeHarbor,
) -> None:
    client, _ = client_for(v2_ping(harbor), ("robot$demo+ci", "wrong-secret"))

    with pytest.raises(CredentialsError) as caught:
        client.get(f"{HARBOR}/v2/")

    assert str(caught.value) == (
        "the token service https://harbor.example.com/service/token refused the "
        "credentials (robot$demo+ci from arguments)"
    )


def test_basic_challenge_is_answered_with_basic_credentials() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        if request.headers.get("authorization", "").startswith("Basic "):
            return httpx.Response(200)
        return httpx.Response(401, headers={"WWW-Authenticate": 'Basic realm="r"'})

    client, _ = client_for(handler, ALICE, registry="http://127.0.0.1:5000")
    client.get("http://127.0.0.1:5000/v2/demo/app/tags/list")
    client.get("http://127.0.0.1:5000/v2/demo/app/tags/list")

    basic = "Basic " + base64.b64encode(b"alice:Al1ce-pa55word").decode()
    assert seen == [None, basic, basic]


def test_a_401_without_a_usable_challenge_is_left_to_the_caller() -> None:
    # Harbor answers a push to a missing project with an empty WWW-Authenticate.
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401,
            headers={"WWW-Authenticate": ""},
            json={
                "errors": [{"code": "UNAUTHORIZED", "message": "project x not found"}]
            },
        )

    client, _ = client_for(handler, AnonymousCredentials())

    assert client.post(f"{HARBOR}/v2/x/app/blobs/uploads/").status_code == 401


def test_logs_each_token_refresh_with_its_scope(
    harbor: FakeHarbor,
    robot_client: httpx.Client,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="harbor_client.auth")

    robot_client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")

    assert [
        r.getMessage() for r in caplog.records if r.name == "harbor_client.auth"
    ] == ["refreshed token for scope repository:demo/app:pull,push"]


# -- HC-12: the token expires in the middle of a chunked upload -----------------------

CHUNK = b"x" * 1024


def chunked_upload(
    client: httpx.Client,
    clock: VirtualClock,
    *,
    chunks: int,
    seconds_per_chunk: float,
    body: Callable[[int], Any] = lambda i: CHUNK,
) -> httpx.Response:
    """POST, PATCH each chunk to the newest Location, PUT with the digest."""
    answer = client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")
    location = answer.headers["location"]
    for index in range(chunks):
        clock.advance(seconds_per_chunk)
        answer = client.patch(location, content=body(index))
        assert answer.status_code == 202
        location = answer.headers["location"]
    return client.put(location, params={"digest": "sha256:d"})


def test_refreshes_the_token_before_it_expires_during_an_upload(
    clock: VirtualClock, harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    answer = chunked_upload(robot_client, clock, chunks=4, seconds_per_chunk=500)

    assert answer.status_code == 201
    assert len(harbor.token_requests) == 2
    assert harbor.uploads == 1
    assert [harbor.bearer_of(r) for r in harbor.registry_requests] == [
        None, "T1", "T1", "T1", "T1", "T2", "T2",
    ]  # fmt: skip


@pytest.mark.parametrize("invalid_token_challenge", [True, False])
def test_retries_the_same_patch_when_the_server_drops_the_token_early(
    clock: VirtualClock, harbor: FakeHarbor, invalid_token_challenge: bool
) -> None:
    # The server says 3600 s but forgets the token after 1800 s: only the 401 tells.
    harbor.expires_in, harbor.dies_after = 3600, 1800
    harbor.invalid_token_challenge = invalid_token_challenge
    client, _ = client_for(harbor)

    answer = chunked_upload(
        client, clock, chunks=4, seconds_per_chunk=600, body=lambda i: bytes([i]) * 10
    )

    assert answer.status_code == 201
    assert len(harbor.token_requests) == 2
    assert harbor.uploads == 1
    assert [harbor.bearer_of(p) for p in harbor.sent("POST")] == [None, "T1"]
    patches = harbor.sent("PATCH")
    assert [
        (harbor.bearer_of(p), p.url.params["_state"], p.content) for p in patches
    ] == [
        ("T1", "S0", b"\x00" * 10),
        ("T1", "S1", b"\x01" * 10),
        ("T1", "S2", b"\x02" * 10),
        ("T2", "S2", b"\x02" * 10),
        ("T2", "S3", b"\x03" * 10),
    ]
    assert harbor.bearer_of(harbor.sent("PUT")[0]) == "T2"


def test_a_file_range_body_is_sent_again_in_full(
    clock: VirtualClock, harbor: FakeHarbor, tmp_path: Any
) -> None:
    harbor.expires_in, harbor.dies_after = 3600, 100
    blob = tmp_path / "blob"
    blob.write_bytes(b"0123456789" * 100)
    client, _ = client_for(harbor, wire=True)
    location = client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/").headers["location"]
    clock.advance(200)

    request = httpx.Request(
        "PATCH",
        location,
        stream=FileRange(blob, 10, 500),
        headers={"Content-Length": "500"},
    )
    answer = client.send(request)

    assert answer.status_code == 202
    assert [p.content for p in harbor.sent("PATCH")] == [
        (b"0123456789" * 51)[10:510]
    ] * 2


def test_a_one_shot_body_is_not_sent_again(
    clock: VirtualClock, harbor: FakeHarbor
) -> None:
    harbor.expires_in, harbor.dies_after = 3600, 100
    client, _ = client_for(harbor, wire=True)
    location = client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/").headers["location"]
    clock.advance(200)

    with pytest.raises(BodyNotReplayableError, match="can be read only once"):
        client.patch(location, content=iter([b"chunk"]))
    assert len(harbor.sent("PATCH")) == 1


def test_gives_up_after_two_401s_despite_fresh_tokens(
    clock: VirtualClock, harbor: FakeHarbor
) -> None:
    harbor.expires_in, harbor.dies_after = 3600, 0  # every token is dead on arrival
    harbor.invalid_token_challenge = True
    client, _ = client_for(harbor)

    with pytest.raises(UnauthorizedError):
        client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")

    assert len(harbor.token_requests) == 2
    assert [harbor.bearer_of(p) for p in harbor.sent("POST")] == [None, "T1", "T2"]


# -- HC-24 and HC-25: where the credentials may go ------------------------------------


def object_store(harbor: FakeHarbor) -> Callable[[httpx.Request], httpx.Response]:
    store_url = (
        "https://bucket.s3.example.net/docker/registry/v2/blobs/sha256/aa/data"
        "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=s"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "bucket.s3.example.net":
            harbor.registry_requests.append(request)
            if "authorization" in request.headers:
                return httpx.Response(
                    400, text="<Error><Code>InvalidArgument</Code></Error>"
                )
            return httpx.Response(200, content=b"b" * 2048)
        if "/blobs/sha256:" in request.url.path and "authorization" in request.headers:
            harbor.registry_requests.append(request)
            return httpx.Response(307, headers={"Location": store_url})
        return harbor(request)

    return handler


def test_redirect_to_object_storage_carries_no_authorization(
    harbor: FakeHarbor,
) -> None:
    client, _ = client_for(
        object_store(harbor), clock=harbor.clock, follow_redirects=True
    )

    answer = client.get(f"{HARBOR}/v2/demo/app/blobs/sha256:aa")

    assert answer.status_code == 200
    assert answer.content == b"b" * 2048
    hop = harbor.registry_requests[-1]
    assert hop.url.host == "bucket.s3.example.net"
    assert "authorization" not in hop.headers


def test_following_the_redirect_by_hand_adds_no_authorization(
    harbor: FakeHarbor,
) -> None:
    client, _ = client_for(object_store(harbor), clock=harbor.clock)

    redirect = client.get(f"{HARBOR}/v2/demo/app/blobs/sha256:aa")
    assert redirect.status_code == 307 and redirect.next_request is not None
    answer = client.send(redirect.next_request)

    assert answer.status_code == 200
    assert "authorization" not in harbor.registry_requests[-1].headers


def test_same_origin_redirect_keeps_the_token(harbor: FakeHarbor) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/demo/app/manifests/old":
            if "authorization" not in request.headers:
                return harbor(request)
            return httpx.Response(307, headers={"Location": "/v2/demo/app/manifests/1"})
        return harbor(request)

    client, _ = client_for(handler, clock=harbor.clock, follow_redirects=True)

    assert client.get(f"{HARBOR}/v2/demo/app/manifests/old").status_code == 200
    assert harbor.bearer_of(harbor.registry_requests[-1]) == "T1"


def test_refuses_an_http_upload_location_when_the_registry_is_https(
    harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    robot_client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")
    sent = len(harbor.registry_requests)

    with pytest.raises(InsecureTransportError, match="X-Forwarded-Proto"):
        robot_client.patch(
            "http://harbor.example.com/v2/demo/app/blobs/uploads/u1?_state=S0",
            content=CHUNK,
        )
    assert len(harbor.registry_requests) == sent


def test_plain_http_registry_on_loopback_is_not_a_downgrade() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202)

    client, _ = client_for(handler, registry="http://localhost:5000")

    assert (
        client.patch("http://localhost:5000/v2/demo/app/blobs/uploads/u1").status_code
        == 202
    )


def test_another_host_gets_no_credentials(harbor: FakeHarbor) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "uploads.example.net":
            seen.append(request)
            return httpx.Response(202)
        return harbor(request)

    client, _ = client_for(handler, clock=harbor.clock)
    client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")

    client.patch("https://uploads.example.net/u1?sig=abc", content=CHUNK)

    assert "authorization" not in seen[0].headers


def test_refuses_an_http_realm_for_an_https_registry() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path != "/service/token", "credentials went to http"
        return httpx.Response(
            401,
            headers={
                "WWW-Authenticate": 'Bearer realm="http://harbor.example.com/service/'
                'token",service="harbor-registry"'
            },
        )

    client, _ = client_for(handler)

    with pytest.raises(InsecureTransportError):
        client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")


# -- the cache ----------------------------------------------------------------------


def test_a_refused_token_is_not_offered_to_later_requests(
    clock: VirtualClock, harbor: FakeHarbor
) -> None:
    harbor.expires_in, harbor.dies_after = 3600, 100
    client, _ = client_for(harbor)
    client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")  # T1, for pull,push
    clock.advance(200)

    client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")  # T1 refused; T2 for pull
    client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")

    assert [harbor.bearer_of(r) for r in harbor.registry_requests] == [
        None, "T1", "T1", "T2", "T3",
    ]  # fmt: skip


def test_a_token_repr_shows_its_scopes_and_expiry_but_not_its_value(
    harbor: FakeHarbor, robot_client: httpx.Client
) -> None:
    robot_client.post(f"{HARBOR}/v2/demo/app/blobs/uploads/")
    (token,) = [s.value for s in robot_client.auth.cache._slots.values()]  # type: ignore[union-attr]

    assert repr(token) == (
        "BearerToken(value=***, scopes='repository:demo/app:pull,push', "
        f"expires_at={T0 + 1800})"
    )


def test_issued_at_in_our_future_counts_from_receipt() -> None:
    # A server clock ahead of ours would otherwise keep the token past its real end.
    handler = token_answer(
        {"token": "JWT-A", "expires_in": 1800, "issued_at": "2024-01-01T00:10:00Z"}
    )
    client, auth = client_for(handler, clock=lambda: T0)

    client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    assert cached_token(auth).expires_at == T0 + 1800


def test_a_token_for_no_scope_grants_nothing() -> None:
    handler = token_answer({"token": fake_jwt({"access": None}), "expires_in": 1800})
    client, auth = client_for(handler)

    client.get(f"{HARBOR}/v2/demo/app/manifests/1.0")

    assert cached_token(auth).granted == ()
