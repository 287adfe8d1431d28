"""No secret in any log line, repr, str or exception message, even at DEBUG.

Each test runs whole flows, successful and failing, with every logger (httpx,
httpcore, harbor_client) at DEBUG, collects everything a user could see, and looks
for each secret in every form it travels in: plain, base64 in a Basic header,
percent-encoded, and the tokens the servers issued.
"""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from support.distribution import start_registry
from support.token_server import ALICE, ROBOT, TokenServer

from harbor_client.auth import (
    BasicCredentials,
    OIDCCredentials,
    RegistryAuth,
    resolve,
)
from harbor_client.errors import HarborError

ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSIsImV4cCI6OTk5OTk5OTk5OX0.c2ln"


def forms(secret: str, username: str | None = None) -> set[str]:
    """The shapes a secret takes on its way: plain, quoted, inside Basic."""
    found = {secret, quote(secret, safe=""), json.dumps(secret)[1:-1]}
    if username is not None:
        found.add(base64.b64encode(f"{username}:{secret}".encode()).decode())
    return found


def assert_nothing_leaked(seen: list[str], secrets: set[str]) -> None:
    text = "\n".join(seen)
    # A count, not the list: a failing test must not print the secrets either.
    leaked = sum(1 for s in secrets if s and s in text)
    assert leaked == 0, f"{leaked} secret form(s) appear in logs, reprs or errors"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in ("", "httpx", "httpcore", "harbor_client", "harbor_client.auth"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


@pytest.mark.registry
def test_registry_flows_leak_no_secret(
    tmp_path: Path, debug_logs: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []
    with TokenServer(tmp_path / "tokens") as tokens:
        registry = start_registry(tmp_path / "registry", token_auth=tokens.token_auth())
        try:
            for username, password in (ALICE, ROBOT, (ROBOT[0], "wr0ng/secret+=")):
                credentials = BasicCredentials(username, password)
                auth = RegistryAuth(registry.url, credentials)
                seen += [repr(credentials), str(credentials), repr(auth)]
                with httpx.Client(auth=auth, trust_env=False) as client:
                    for method, path in (
                        ("GET", "/v2/"),
                        ("POST", "/v2/demo/app/blobs/uploads/"),
                        ("POST", "/v2/library/base/blobs/uploads/"),
                        ("GET", "/v2/private/x/manifests/latest"),
                    ):
                        try:
                            answer = client.request(method, registry.url + path)
                            seen.append(f"{answer!r} {answer.text}")
                        except HarborError as error:
                            seen += [str(error), repr(error), repr(error.args)]
                seen += [repr(slot.value) for slot in auth.cache._slots.values()]
        finally:
            registry.stop()
        issued = set(tokens.issued)

    seen += [record.getMessage() for record in debug_logs.records]
    seen.append(debug_logs.text)
    assert len(issued) >= 4
    assert any("refreshed token for scope" in line for line in seen)
    secrets = forms(ALICE[1], ALICE[0]) | forms(ROBOT[1], ROBOT[0]) | issued
    secrets |= forms("wr0ng/secret+=", ROBOT[0])
    assert_nothing_leaked(seen, secrets)


def test_rest_oidc_and_credential_sources_leak_no_secret(
    tmp_path: Path, debug_logs: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []
    robot_file = tmp_path / "robot.json"
    robot_file.write_text(json.dumps({"name": ROBOT[0], "secret": ROBOT[1]}))
    config = tmp_path / "docker"
    config.mkdir()
    (config / "config.json").write_text(
        json.dumps({"auths": {"harbor.example.com": {"auth": "bm90IGJhc2U2NCE="}}})
    )

    def harbor(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"errors": [{"code": "UNAUTHORIZED"}]})

    sources = [
        {"HARBOR_ROBOT_FILE": str(robot_file)},
        {"HARBOR_USERNAME": ALICE[0], "HARBOR_PASSWORD": ALICE[1]},
        {"HARBOR_OIDC_TOKEN": ID_TOKEN},
        {"DOCKER_CONFIG": str(config)},
        {"HARBOR_USERNAME": ALICE[0]},
    ]
    for environ in sources:
        try:
            resolved = resolve(
                "https://robot%24demo%2Bci:S3cr3t%2Fwith%2Bchars%3D%3D@h.example.com",
                environ=environ,
            )
            seen += [repr(resolved), str(resolved.credentials)]
            resolved = resolve("https://harbor.example.com", environ=environ)
            seen += [repr(resolved), str(resolved.credentials)]
            auth = resolved.credentials.api_auth(resolved.url)
            seen.append(repr(auth))
            client = httpx.Client(transport=httpx.MockTransport(harbor), auth=auth)
            seen.append(repr(client.get(f"{resolved.url}/api/v2.0/users/current")))
        except HarborError as error:
            seen += [str(error), repr(error)]

    oidc = OIDCCredentials(lambda: ID_TOKEN)
    seen += [repr(oidc), str(oidc)]

    seen += [record.getMessage() for record in debug_logs.records]
    seen.append(debug_logs.text)
    secrets = forms(ALICE[1], ALICE[0]) | forms(ROBOT[1], ROBOT[0]) | {ID_TOKEN}
    secrets.add(base64.b64decode("bm90IGJhc2U2NCE=").decode())
    assert_nothing_leaked(seen, secrets)
