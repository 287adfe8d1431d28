"""Where credentials come from, and how they show (never the secret)."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import httpx
import pytest

from harbor_client.auth import (
    AnonymousCredentials,
    BasicCredentials,
    CredentialsError,
    OIDCCredentials,
    read_robot_file,
    resolve,
)
from harbor_client.auth.docker_config import credentials_for_host, normalise_host

HARBOR = "https://harbor.example.com"
ROBOT = ("robot$demo+ci", "S3cr3t/with+chars==")


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def header_of(credentials: object) -> str | None:
    """The Authorization value the credentials send on the REST API."""
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200)

    assert hasattr(credentials, "api_auth")
    auth = credentials.api_auth(HARBOR)
    httpx.Client(transport=httpx.MockTransport(handler), auth=auth).get(
        f"{HARBOR}/api/v2.0/projects"
    )
    return seen[0]


# -- what credentials show -------------------------------------------------------------


def test_repr_and_str_of_basic_credentials_hide_the_password() -> None:
    credentials = BasicCredentials(*ROBOT, source="robot file ci.json")

    assert repr(credentials) == (
        "BasicCredentials(username='robot$demo+ci', password=***, "
        "source='robot file ci.json')"
    )
    assert str(credentials) == "robot$demo+ci from robot file ci.json"


def test_repr_of_oidc_credentials_names_the_provider_only() -> None:
    def company_sso() -> str:
        return "eyJ.secret.token"

    credentials = OIDCCredentials(company_sso)

    assert repr(credentials) == (
        "OIDCCredentials(provider=test_repr_of_oidc_credentials_names_the_provider_only"
        ".<locals>.company_sso, source='OIDC token provider')"
    )


def test_a_username_with_a_colon_is_refused() -> None:
    with pytest.raises(CredentialsError, match="contains ':'"):
        BasicCredentials("a:b", "pw")


# -- resolve: arguments, URL, environment ----------------------------------------------


def test_arguments_win_over_the_environment() -> None:
    resolved = resolve(
        HARBOR,
        username="alice",
        password="pw1",
        environ={"HARBOR_USERNAME": "bob", "HARBOR_PASSWORD": "pw2"},
    )

    assert resolved.credentials.username == "alice"
    assert resolved.credentials.source == "arguments"


def test_a_username_without_a_password_is_an_error() -> None:
    with pytest.raises(CredentialsError, match="must be given together"):
        resolve(HARBOR, username="alice", environ={})


def test_credentials_object_and_username_together_is_an_error() -> None:
    with pytest.raises(ValueError, match="either credentials= or username="):
        resolve(HARBOR, username="a", credentials=AnonymousCredentials(), environ={})


def test_url_userinfo_is_percent_decoded_without_turning_plus_into_space() -> None:
    resolved = resolve(
        "https://robot%24demo%2Bci:S3cr3t%2Fwith%2Bchars%3D%3D@harbor.example.com",
        environ={},
    )

    assert resolved.url == "https://harbor.example.com"
    assert header_of(resolved.credentials) == (
        "Basic cm9ib3QkZGVtbytjaTpTM2NyM3Qvd2l0aCtjaGFycz09"
    )


def test_a_literal_plus_in_url_userinfo_stays_a_plus() -> None:
    resolved = resolve("https://robot$demo+ci:a+b@harbor.example.com", environ={})

    assert header_of(resolved.credentials) == basic("robot$demo+ci", "a+b")


def test_url_comes_from_harbor_url_when_not_given() -> None:
    resolved = resolve(
        environ={
            "HARBOR_URL": HARBOR,
            "HARBOR_USERNAME": "alice",
            "HARBOR_PASSWORD": "pw",
        }
    )

    assert resolved.url == HARBOR
    assert repr(resolved.credentials) == (
        "BasicCredentials(username='alice', password=***, "
        "source='environment (HARBOR_USERNAME, HARBOR_PASSWORD)')"
    )


def test_no_url_anywhere_is_an_error() -> None:
    with pytest.raises(ValueError, match="HARBOR_URL"):
        resolve(environ={})


def test_environment_credentials_are_not_sent_to_another_server(
    tmp_path: Path,
) -> None:
    resolved = resolve(
        "https://other.example.com",
        environ={
            "HARBOR_URL": HARBOR,
            "HARBOR_USERNAME": "alice",
            "HARBOR_PASSWORD": "pw",
            "DOCKER_CONFIG": str(tmp_path),
        },
    )

    assert isinstance(resolved.credentials, AnonymousCredentials)


def test_half_a_pair_in_the_environment_names_the_missing_variable() -> None:
    with pytest.raises(CredentialsError, match="HARBOR_PASSWORD is not set"):
        resolve(HARBOR, environ={"HARBOR_USERNAME": "alice"})


def test_two_kinds_of_environment_credentials_are_an_error() -> None:
    with pytest.raises(CredentialsError, match="are both set"):
        resolve(
            HARBOR,
            environ={
                "HARBOR_USERNAME": "a",
                "HARBOR_PASSWORD": "b",
                "HARBOR_OIDC_TOKEN": "t",
            },
        )


def test_oidc_token_from_the_environment_is_sent_as_bearer() -> None:
    resolved = resolve(HARBOR, environ={"HARBOR_OIDC_TOKEN": "id-token-1"})

    assert header_of(resolved.credentials) == "Bearer id-token-1"


def test_nothing_found_is_anonymous_and_says_what_was_tried(tmp_path: Path) -> None:
    resolved = resolve(HARBOR, environ={"DOCKER_CONFIG": str(tmp_path)})

    assert isinstance(resolved.credentials, AnonymousCredentials)
    assert resolved.credentials.source == (
        "no credentials (tried arguments, URL, environment, "
        f"docker config {tmp_path / 'config.json'})"
    )


# -- robot files -----------------------------------------------------------------------


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data))
    return path


def test_reads_the_robot_file_harbor_hands_out(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "robot.json",
        {
            "id": 5,
            "name": "robot$demo+ci",
            "secret": "S3cr3t/with+chars==",
            "creation_time": "2024-01-01T00:00:00Z",
            "expires_at": 1735689600,
        },
    )

    resolved = resolve(HARBOR, environ={"HARBOR_ROBOT_FILE": str(path)})

    assert header_of(resolved.credentials) == basic(*ROBOT)
    assert resolved.credentials.source == (
        f"robot file {path} (from HARBOR_ROBOT_FILE)"
    )


def test_reads_a_v1_robot_file_whose_secret_is_called_token(tmp_path: Path) -> None:
    path = write_json(tmp_path / "v1.json", {"name": "robot$ci", "token": "t0k"})

    assert header_of(read_robot_file(path)) == basic("robot$ci", "t0k")


def test_a_robot_file_without_a_secret_lists_its_keys_not_its_values(
    tmp_path: Path,
) -> None:
    path = write_json(tmp_path / "r.json", {"name": "robot$demo+ci", "id": 5})

    with pytest.raises(CredentialsError) as caught:
        read_robot_file(path)

    assert str(caught.value) == f"robot file {path} has no secret (its keys: id, name)"


def test_a_robot_file_that_is_not_json_does_not_echo_its_content(
    tmp_path: Path,
) -> None:
    path = tmp_path / "r.json"
    path.write_text("name=robot secret=S3cr3t/with+chars==")

    with pytest.raises(CredentialsError) as caught:
        read_robot_file(path)

    assert "is not JSON" in str(caught.value)
    assert "S3cr3t" not in str(caught.value)


def test_a_missing_robot_file_says_which_variable_named_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"

    with pytest.raises(CredentialsError) as caught:
        resolve(HARBOR, environ={"HARBOR_ROBOT_FILE": str(missing)})

    assert str(caught.value) == (
        f"robot file {missing} (from HARBOR_ROBOT_FILE) could not be read: "
        "No such file or directory"
    )


# -- docker config.json ----------------------------------------------------------------


def docker_config(directory: Path, data: object) -> dict[str, str]:
    directory.mkdir(parents=True, exist_ok=True)
    write_json(directory / "config.json", data)
    return {"DOCKER_CONFIG": str(directory), "PATH": os.environ.get("PATH", "")}


@pytest.mark.parametrize(
    "key",
    [
        "harbor.example.com",
        "https://harbor.example.com",
        "https://harbor.example.com/v2/",
        "HARBOR.example.com",
    ],
)
def test_reads_a_base64_auth_entry_under_any_spelling_of_the_host(
    tmp_path: Path, key: str
) -> None:
    auth = base64.b64encode(b"robot$demo+ci:S3cr3t/with+chars==").decode()
    environ = docker_config(tmp_path / "d", {"auths": {key: {"auth": auth}}})

    resolved = resolve(HARBOR, environ=environ)

    assert header_of(resolved.credentials) == basic(*ROBOT)
    assert resolved.credentials.source == (
        f"docker config {tmp_path / 'd' / 'config.json'} (auths: harbor.example.com)"
    )


def test_reads_username_and_password_fields_of_an_auths_entry(tmp_path: Path) -> None:
    environ = docker_config(
        tmp_path,
        {"auths": {"harbor.example.com": {"username": "alice", "password": "pw"}}},
    )

    assert header_of(resolve(HARBOR, environ=environ).credentials) == basic(
        "alice", "pw"
    )


def test_host_with_a_port_matches_only_that_port(tmp_path: Path) -> None:
    auth = base64.b64encode(b"alice:pw").decode()
    environ = docker_config(tmp_path, {"auths": {"127.0.0.1:5000": {"auth": auth}}})

    assert resolve("http://127.0.0.1:5000", environ=environ).credentials.username == (
        "alice"
    )
    assert (
        resolve("http://127.0.0.1:5001", environ=environ).credentials.username is None
    )


def test_a_broken_auth_field_is_an_error_without_its_content(tmp_path: Path) -> None:
    environ = docker_config(
        tmp_path, {"auths": {"harbor.example.com": {"auth": "not base64!"}}}
    )

    with pytest.raises(CredentialsError, match="'auth' is not base64 of user:password"):
        resolve(HARBOR, environ=environ)


def test_an_identity_token_entry_is_refused_with_an_explanation(tmp_path: Path) -> None:
    environ = docker_config(
        tmp_path, {"auths": {"harbor.example.com": {"identitytoken": "refresh-me"}}}
    )

    with pytest.raises(CredentialsError) as caught:
        resolve(HARBOR, environ=environ)

    assert "identity token" in str(caught.value)
    assert "refresh-me" not in str(caught.value)


def test_normalises_config_keys_to_host_and_port() -> None:
    assert [
        normalise_host(k)
        for k in (
            "https://Harbor.example.com:8443/v2/",
            "harbor.example.com",
            "http://h",
        )
    ] == ["harbor.example.com:8443", "harbor.example.com", "h"]


HELPER = """#!/bin/sh
# A docker credential helper for tests: answers for harbor.example.com only.
read -r host
printf '%s\\n' "$1 $host" >> "$(dirname "$0")/calls.log"
if [ "$host" = "harbor.example.com" ]; then
    printf '{"ServerURL":"%s","Username":"robot$demo+ci",' "$host"
    printf '"Secret":"S3cr3t/with+chars=="}'
    exit 0
fi
if [ "$host" = "broken.example.com" ]; then
    echo "keychain is locked" >&2
    exit 3
fi
echo "credentials not found in native keychain"
exit 1
"""


@pytest.fixture
def helper_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "bin"
    directory.mkdir()
    script = directory / "docker-credential-test"
    script.write_text(HELPER)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return directory


def with_helper(environ: dict[str, str], helper_dir: Path) -> dict[str, str]:
    return {**environ, "PATH": f"{helper_dir}{os.pathsep}{environ['PATH']}"}


def test_cred_helpers_entry_runs_the_helper_with_the_host_on_stdin(
    tmp_path: Path, helper_dir: Path
) -> None:
    environ = with_helper(
        docker_config(tmp_path / "d", {"credHelpers": {"harbor.example.com": "test"}}),
        helper_dir,
    )

    resolved = resolve(HARBOR, environ=environ)

    assert header_of(resolved.credentials) == basic(*ROBOT)
    assert (helper_dir / "calls.log").read_text() == "get harbor.example.com\n"
    assert resolved.credentials.source.endswith("(credHelpers: test)")


def test_creds_store_is_the_helper_for_every_host(
    tmp_path: Path, helper_dir: Path
) -> None:
    environ = with_helper(
        docker_config(tmp_path / "d", {"credsStore": "test"}), helper_dir
    )

    resolved = resolve(HARBOR, environ=environ)

    assert resolved.credentials.username == "robot$demo+ci"
    assert resolved.credentials.source.endswith("(credsStore: test)")


def test_helper_without_credentials_falls_back_to_the_auths_entry(
    tmp_path: Path, helper_dir: Path
) -> None:
    auth = base64.b64encode(b"alice:pw").decode()
    environ = with_helper(
        docker_config(
            tmp_path / "d",
            {"credsStore": "test", "auths": {"other.example.com": {"auth": auth}}},
        ),
        helper_dir,
    )

    resolved = resolve("https://other.example.com", environ=environ)

    assert header_of(resolved.credentials) == basic("alice", "pw")


def test_a_failing_helper_is_an_error_that_repeats_none_of_its_output(
    tmp_path: Path, helper_dir: Path
) -> None:
    environ = with_helper(
        docker_config(tmp_path / "d", {"credHelpers": {"broken.example.com": "test"}}),
        helper_dir,
    )

    with pytest.raises(CredentialsError) as caught:
        resolve("https://broken.example.com", environ=environ)

    # A helper that fails half-way may have printed part of a secret.
    assert str(caught.value) == (
        f"docker config {tmp_path / 'd' / 'config.json'} (credHelpers: test): "
        "docker-credential-test get failed with exit status 3 (its output is not "
        "shown, as it may hold a secret; run `echo HOST | docker-credential-test "
        "get` to see it)"
    )
    assert "keychain is locked" not in str(caught.value)


def test_a_helper_missing_from_path_is_an_error(tmp_path: Path) -> None:
    environ = docker_config(
        tmp_path / "d", {"credHelpers": {"harbor.example.com": "nope"}}
    )

    with pytest.raises(CredentialsError, match="docker-credential-nope is not on PATH"):
        credentials_for_host("harbor.example.com", environ=environ)


def test_docker_config_defaults_to_the_home_directory(tmp_path: Path) -> None:
    auth = base64.b64encode(b"alice:pw").decode()
    docker_config(
        tmp_path / ".docker", {"auths": {"harbor.example.com": {"auth": auth}}}
    )

    resolved = resolve(HARBOR, environ={"HOME": str(tmp_path)})

    assert resolved.credentials.username == "alice"
