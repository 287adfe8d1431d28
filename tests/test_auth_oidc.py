"""OIDC ID tokens on the REST API and the token realm; where REST credentials go."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from harbor_client.auth import (
    BasicCredentials,
    CredentialsError,
    InsecureTransportError,
    OIDCCredentials,
    RegistryAuth,
)

HARBOR = "https://harbor.example.com"
T0 = 1704067200.0


class VirtualClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


def id_token(name: str, *, iat: float, lifetime: float = 300) -> str:
    """An ID-token-shaped JWT (the client reads exp and iat, never verifies)."""
    claims = {"sub": name, "iat": int(iat), "exp": int(iat + lifetime)}
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=")
    return f"eyJhbGciOiJSUzI1NiJ9.{payload.decode()}.sig"


class Provider:
    """Hands out id-1, id-2, ... as JWTs issued at the clock's time."""

    def __init__(self, clock: VirtualClock, lifetime: float = 300) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self) -> str:
        with self.lock:
            self.calls += 1
            return id_token(
                f"id-{self.calls}", iat=self.clock(), lifetime=self.lifetime
            )


def subject(header: str | None) -> str | None:
    if not header:
        return None
    payload = header.removeprefix("Bearer ").split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return str(claims["sub"])


class Api:
    """Harbor's /api/v2.0, accepting a set of ID tokens by subject."""

    def __init__(self, accepted: set[str] | None = None) -> None:
        self.accepted = accepted
        self.seen: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        who = subject(request.headers.get("authorization"))
        self.seen.append(who)
        if self.accepted is not None and who not in self.accepted:
            return httpx.Response(401, json={"errors": [{"code": "UNAUTHORIZED"}]})
        return httpx.Response(200, json={"username": who})


def api_client(credentials: OIDCCredentials, api: Api) -> httpx.Client:
    return httpx.Client(
        transport=httpx.MockTransport(api), auth=credentials.api_auth(HARBOR)
    )


def test_id_token_is_sent_as_bearer_with_a_capital_b() -> None:
    clock = VirtualClock()
    credentials = OIDCCredentials(Provider(clock), clock=clock)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200)

    httpx.Client(
        transport=httpx.MockTransport(handler), auth=credentials.api_auth(HARBOR)
    ).get(f"{HARBOR}/api/v2.0/users/current")

    assert seen[0].startswith("Bearer eyJ")


def test_id_token_is_reused_until_its_exp_comes_near() -> None:
    clock = VirtualClock()
    provider = Provider(clock, lifetime=300)
    api = Api()
    client = api_client(OIDCCredentials(provider, clock=clock), api)

    for offset in (0, 100, 200, 239):
        clock.now = T0 + offset
        client.get(f"{HARBOR}/api/v2.0/projects")
    clock.now = T0 + 241  # less than the 60 s margin left before exp
    client.get(f"{HARBOR}/api/v2.0/projects")

    assert api.seen == ["id-1", "id-1", "id-1", "id-1", "id-2"]
    assert provider.calls == 2


def test_a_401_gets_one_new_id_token_and_one_retry() -> None:
    clock = VirtualClock()
    provider = Provider(clock)
    api = Api(accepted={"id-2"})  # id-1 was revoked before its exp
    client = api_client(OIDCCredentials(provider, clock=clock), api)

    answer = client.get(f"{HARBOR}/api/v2.0/projects")

    assert answer.status_code == 200
    assert api.seen == ["id-1", "id-2"]


def test_a_second_401_is_returned_without_a_loop() -> None:
    clock = VirtualClock()
    provider = Provider(clock)
    api = Api(accepted=set())
    client = api_client(OIDCCredentials(provider, clock=clock), api)

    answer = client.get(f"{HARBOR}/api/v2.0/projects")

    assert answer.status_code == 401
    assert api.seen == ["id-1", "id-2"]


def test_a_basic_401_is_not_retried() -> None:
    # Harbor locks a username for 1.5 s after a failed password; retrying only hurts.
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(401)

    auth = BasicCredentials("alice", "wrong").api_auth(HARBOR)
    httpx.Client(transport=httpx.MockTransport(handler), auth=auth).get(
        f"{HARBOR}/api/v2.0/users/current"
    )

    assert len(seen) == 1


async def test_an_async_provider_is_awaited_on_the_async_client() -> None:
    clock = VirtualClock()
    calls = 0

    async def provider() -> str:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        return id_token("async-1", iat=clock())

    api = Api()
    auth = OIDCCredentials(provider, clock=clock).api_auth(HARBOR)
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(api), auth=auth
    ) as client:
        await asyncio.gather(
            *(client.get(f"{HARBOR}/api/v2.0/projects") for _ in range(8))
        )

    assert api.seen == ["async-1"] * 8
    assert calls == 1


def test_an_async_provider_on_the_sync_client_is_a_clear_error() -> None:
    async def provider() -> str:
        return "never"

    client = api_client(OIDCCredentials(provider), Api())

    with pytest.raises(CredentialsError, match="async token provider needs the async"):
        client.get(f"{HARBOR}/api/v2.0/projects")


def test_a_provider_that_returns_no_token_is_a_clear_error() -> None:
    client = api_client(OIDCCredentials(lambda: "", source="my provider"), Api())

    with pytest.raises(CredentialsError, match="my provider returned str instead"):
        client.get(f"{HARBOR}/api/v2.0/projects")


def test_threads_share_one_provider_call() -> None:
    clock = VirtualClock()

    class SlowProvider(Provider):
        def __call__(self) -> str:
            time.sleep(0.2)
            return super().__call__()

    provider = SlowProvider(clock)
    client = api_client(OIDCCredentials(provider, clock=clock), Api())
    start = threading.Barrier(8)

    def call(_: int) -> int:
        start.wait()
        return client.get(f"{HARBOR}/api/v2.0/projects").status_code

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(call, range(8))) == [200] * 8
    assert provider.calls == 1


def test_the_token_realm_gets_the_id_token_as_bearer() -> None:
    clock = VirtualClock()
    realm_saw: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/service/token":
            realm_saw.append(subject(request.headers.get("authorization")))
            return httpx.Response(200, json={"token": "registry-token"})
        if request.headers.get("authorization") == "Bearer registry-token":
            return httpx.Response(200)
        return httpx.Response(
            401,
            headers={
                "WWW-Authenticate": f'Bearer realm="{HARBOR}/service/token",'
                'service="harbor-registry"'
            },
        )

    auth = RegistryAuth(HARBOR, OIDCCredentials(Provider(clock), clock=clock))
    client = httpx.Client(transport=httpx.MockTransport(handler), auth=auth)

    assert client.get(f"{HARBOR}/v2/demo/app/manifests/1").status_code == 200
    assert realm_saw == ["id-1"]


def test_rest_credentials_are_not_sent_to_another_origin() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200)

    auth = BasicCredentials("alice", "pw").api_auth(HARBOR)
    client = httpx.Client(transport=httpx.MockTransport(handler), auth=auth)
    client.get(f"{HARBOR}/api/v2.0/projects")
    client.get("https://elsewhere.example.net/api/v2.0/projects")

    assert seen[0] is not None and seen[1] is None


def test_rest_credentials_never_go_over_http_to_an_https_server() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("sent over http")

    auth = BasicCredentials("alice", "pw").api_auth(HARBOR)
    client = httpx.Client(transport=httpx.MockTransport(handler), auth=auth)

    with pytest.raises(InsecureTransportError):
        client.get("http://harbor.example.com/api/v2.0/projects")
