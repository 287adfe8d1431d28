"""The token flow against the real distribution registry and the test token service.

The registry (Debian's ``docker-registry``) runs with ``auth: token`` and trusts the
certificate of :class:`support.token_server.TokenServer`; uploads are done with plain
httpx requests through :class:`RegistryAuth`, so these tests check the auth layer
alone. They fail, not skip, when the binary is missing and ``CI`` is set.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from support.distribution import RunningRegistry, start_registry
from support.token_server import ALICE, ROBOT, TokenServer

from harbor_client.auth import (
    SCOPES_EXTENSION,
    AnonymousCredentials,
    BasicCredentials,
    RegistryAuth,
)
from harbor_client.errors import UnauthorizedError

pytestmark = pytest.mark.registry

DEMO = "repository:demo/app:pull,push"


class Setup:
    """A token server, a registry that trusts it, and clients for both."""

    def __init__(self, root: Path, **token_options: int) -> None:
        self.tokens = TokenServer(root / "tokens", **token_options).start()
        try:
            self.registry: RunningRegistry = start_registry(
                root / "registry", token_auth=self.tokens.token_auth()
            )
        except BaseException:
            self.tokens.stop()
            raise
        self.refusals = 0

    def client(self, credentials: tuple[str, str] | None = ALICE) -> httpx.Client:
        creds = (
            BasicCredentials(*credentials) if credentials else AnonymousCredentials()
        )
        return httpx.Client(
            auth=RegistryAuth(self.registry.url, creds),
            trust_env=False,
            timeout=30,
            event_hooks={"response": [self._count_refusals]},
        )

    def _count_refusals(self, response: httpx.Response) -> None:
        if (
            response.status_code == 401
            and response.request.url.path != "/service/token"
        ):
            self.refusals += 1

    def url(self, path: str) -> str:
        return f"{self.registry.url}{path}"

    def stop(self) -> None:
        self.registry.stop()
        self.tokens.stop()


@pytest.fixture
def setup_factory(tmp_path: Path) -> Iterator[Callable[..., Setup]]:
    started: list[Setup] = []

    def make(**token_options: int) -> Setup:
        setup = Setup(tmp_path / f"s{len(started)}", **token_options)
        started.append(setup)
        return setup

    yield make
    for setup in started:
        setup.stop()


@pytest.fixture
def setup(setup_factory: Callable[..., Setup]) -> Setup:
    return setup_factory()


def digest_of(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def push_blob(
    client: httpx.Client,
    setup: Setup,
    repository: str,
    data: bytes,
    *,
    chunk: int | None = None,
    between_chunks: float = 0.0,
) -> str:
    """POST, PATCH the chunks to the newest Location, PUT with the digest."""
    answer = client.post(setup.url(f"/v2/{repository}/blobs/uploads/"))
    assert answer.status_code == 202, answer.text
    location = answer.url.join(answer.headers["location"])
    size = chunk or len(data) or 1
    for start in range(0, len(data), size):
        if start and between_chunks:
            time.sleep(between_chunks)
        answer = client.patch(
            location,
            content=data[start : start + size],
            headers={"Content-Type": "application/octet-stream"},
        )
        assert answer.status_code == 202, answer.text
        location = answer.url.join(answer.headers["location"])
    digest = digest_of(data)
    answer = client.put(location.copy_add_param("digest", digest))
    assert answer.status_code == 201, answer.text
    return digest


def stored_digest(
    client: httpx.Client, setup: Setup, repository: str, digest: str
) -> str:
    answer = client.head(setup.url(f"/v2/{repository}/blobs/{digest}"))
    assert answer.status_code == 200, answer.status_code
    return answer.headers["docker-content-digest"]


def test_anonymous_pull_of_a_private_repository_is_refused(setup: Setup) -> None:
    with setup.client(None) as client, pytest.raises(UnauthorizedError) as caught:
        client.get(setup.url("/v2/demo/app/manifests/latest"))

    assert "no permission for repository demo/app, action pull" in str(caught.value)
    assert setup.tokens.counts() == {frozenset({"repository:demo/app:pull"}): 1}


def test_one_blob_push_makes_one_token_request(setup: Setup) -> None:
    with setup.client() as client:
        digest = push_blob(client, setup, "demo/app", b"one layer")
        assert stored_digest(client, setup, "demo/app", digest) == digest

    assert setup.tokens.counts() == {frozenset({DEMO}): 1}
    assert setup.refusals == 1  # the first POST, which brought the challenge


def test_three_blobs_to_one_repository_make_one_token_request(setup: Setup) -> None:
    with setup.client() as client:
        for n in range(3):
            push_blob(client, setup, "demo/app", f"layer {n}".encode(), chunk=4)

    assert setup.tokens.counts() == {frozenset({DEMO}): 1}


def test_mount_asks_for_both_repositories_in_one_token_request(setup: Setup) -> None:
    with setup.client() as client:
        digest = push_blob(client, setup, "library/base", b"base layer")
        answer = client.post(
            setup.url("/v2/demo/app/blobs/uploads/"),
            params={"mount": digest, "from": "library/base"},
            extensions={
                SCOPES_EXTENSION: [DEMO, "repository:library/base:pull"],
            },
        )

        assert answer.status_code == 201
        assert stored_digest(client, setup, "demo/app", digest) == digest
    assert setup.tokens.counts() == {
        frozenset({"repository:library/base:pull,push"}): 1,
        frozenset({DEMO, "repository:library/base:pull"}): 1,
    }


def test_robot_without_push_is_told_which_permission_is_missing(setup: Setup) -> None:
    with setup.client(ROBOT) as client, pytest.raises(UnauthorizedError) as caught:
        client.post(setup.url("/v2/library/base/blobs/uploads/"))

    assert "no permission for repository library/base, action push" in str(caught.value)
    assert "as robot$demo+ci from arguments" in str(caught.value)
    assert setup.tokens.total == 1


def test_a_three_second_token_is_really_refused_after_three_seconds(
    setup_factory: Callable[..., Setup],
) -> None:
    setup = setup_factory(expires_in=3, exp_offset=-60)
    with setup.client() as client:
        client.get(setup.url("/v2/demo/app/tags/list"))
    token = setup.tokens.issued[-1]
    url = setup.url("/v2/demo/app/tags/list")
    headers = {"Authorization": f"Bearer {token}"}

    with httpx.Client(trust_env=False) as raw:
        fresh = raw.get(url, headers=headers).status_code
        time.sleep(4.1)
        stale = raw.get(url, headers=headers)

    assert (fresh, stale.status_code) == (404, 401)  # 404: no such repository yet
    assert 'error="invalid_token"' in stale.headers["www-authenticate"]


def test_a_token_that_dies_early_is_replaced_and_the_same_patch_retried(
    setup_factory: Callable[..., Setup],
) -> None:
    # Advertised for 1800 s, refused by the registry after 3 s: only a 401 tells.
    setup = setup_factory(expires_in=1800, exp_offset=-1800 - 60 + 3)
    data = b"0123456789abcdef" * 4096
    with setup.client() as client:
        answer = client.post(setup.url("/v2/demo/app/blobs/uploads/"))
        location = answer.url.join(answer.headers["location"])
        answer = client.patch(location, content=data[:32768])
        location = answer.url.join(answer.headers["location"])
        time.sleep(4.1)
        answer = client.patch(location, content=data[32768:])
        assert answer.status_code == 202
        location = answer.url.join(answer.headers["location"])
        answer = client.put(location.copy_add_param("digest", digest_of(data)))

        assert answer.status_code == 201
        assert stored_digest(client, setup, "demo/app", digest_of(data)) == digest_of(
            data
        )
    assert setup.tokens.counts() == {frozenset({DEMO}): 2}
    assert setup.refusals == 2  # the challenge of the POST, and the dead token


def test_a_transfer_outlasting_ten_short_tokens_finishes(
    setup_factory: Callable[..., Setup],
) -> None:
    setup = setup_factory(expires_in=3, exp_offset=-60)
    data = bytes(range(256)) * 1024 * 2  # 512 KiB in 128 chunks of 4 KiB
    started = time.monotonic()
    with setup.client() as client:
        digest = push_blob(
            client, setup, "demo/app", data, chunk=4096, between_chunks=0.25
        )
        assert stored_digest(client, setup, "demo/app", digest) == digest
    elapsed = time.monotonic() - started

    fetched = setup.tokens.count(DEMO)
    print(
        f"transfer of {elapsed:.1f} s with 3 s tokens: {fetched} token requests, "
        f"{setup.refusals} refusals"
    )
    assert elapsed > 30
    assert setup.tokens.counts().keys() == {frozenset({DEMO})}
    # A token is used until a quarter of its 3 s is left, counted from issued_at,
    # which the server writes in whole seconds (up to 1 s before it was received):
    # between 1.25 s and 2.25 s of use per token. No request met a dead token.
    assert elapsed / 2.25 <= fetched <= elapsed / 1.25 + 2
    # The challenge of the first POST; more only if the machine stalled so long that
    # a request reached the registry after its token died (the flow retries those).
    assert 1 <= setup.refusals <= 3


async def test_async_client_pushes_with_the_same_flow(setup: Setup) -> None:
    auth = RegistryAuth(setup.registry.url, BasicCredentials(*ALICE))
    data = b"async layer"
    async with httpx.AsyncClient(auth=auth, trust_env=False) as client:
        answer = await client.post(setup.url("/v2/demo/app/blobs/uploads/"))
        location = answer.url.join(answer.headers["location"])
        answer = await client.patch(location, content=data)
        location = answer.url.join(answer.headers["location"])
        answer = await client.put(location.copy_add_param("digest", digest_of(data)))

    assert answer.status_code == 201
    assert setup.tokens.counts() == {frozenset({DEMO}): 1}
