"""The local Harbor's ``/v2/`` and ``/service/token`` answer as Harbor's do (V15-V23).

Every test drives a fresh local Harbor with raw httpx requests; the Harbors share
the session's registry process (the pytest plugin's ``local_harbor_registry``),
each in its own namespace. Without Debian's ``docker-registry`` these tests skip on
a developer machine and fail in CI, naming the package.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from support.distribution import registry_backend
from test_local_harbor import check_schemas, error_body, record_answers

from harbor_client.testing import LocalHarbor, RegistryBackend

ADMIN = ("admin", "Harbor12345")
GUEST = ("gus", "Guest12345")
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
IMAGE_CONFIG_TYPE = "application/vnd.oci.image.config.v1+json"
IMAGE_CONFIG = (
    b'{"architecture":"amd64","os":"linux","created":"2025-10-05T08:59:12.5Z",'
    b'"config":{"Entrypoint":["kubectl"]},"rootfs":{"type":"layers","diff_ids":[]}}'
)
KID = re.compile(r"([A-Z2-7]{4}:){11}[A-Z2-7]{4}")


@pytest.fixture
def backend(local_harbor_registry: RegistryBackend | None) -> RegistryBackend:
    backend: RegistryBackend = registry_backend(local_harbor_registry)
    return backend


@pytest.fixture
def harbor(backend: RegistryBackend) -> Iterator[LocalHarbor]:
    """A local Harbor with ``demo`` (private, gus a guest) and ``library`` (public)."""
    local = LocalHarbor(login_failure_delay=0.05, registry=backend)
    answered = record_answers(local)
    with local:
        local.add_user(*GUEST)
        local.add_project("demo", members={"gus": "guest"})
        yield local
    check_schemas(answered)


def digest_of(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=="))
    return decoded


def token_for(
    harbor: LocalHarbor, *scopes: str, auth: tuple[str, str] | None = ADMIN
) -> str:
    params = [("service", "harbor-registry"), *(("scope", s) for s in scopes)]
    answer = httpx.get(f"{harbor.url}/service/token", params=params, auth=auth)
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["token"]
    return token


def upload(
    harbor: LocalHarbor, repository: str, data: bytes, auth: tuple[str, str] = ADMIN
) -> str:
    """One blob, POST then PUT with the body, as basic auth allows on /v2/."""
    digest = digest_of(data)
    start = httpx.post(f"{harbor.url}/v2/{repository}/blobs/uploads/", auth=auth)
    assert start.status_code == 202, start.text
    done = httpx.put(
        f"{start.headers['location']}&digest={digest}", content=data, auth=auth
    )
    assert done.status_code == 201, done.text
    return digest


def push_image(
    harbor: LocalHarbor,
    repository: str,
    reference: str | None,
    *,
    layer: bytes = b"layer of bytes",
    subject: str | None = None,
    artifact_type: str | None = None,
    auth: tuple[str, str] = ADMIN,
) -> tuple[str, bytes]:
    """An image (config and one layer) put under ``reference`` (``None``: its own
    digest); its digest and body."""
    config = upload(harbor, repository, IMAGE_CONFIG, auth)
    blob = upload(harbor, repository, layer, auth)
    document: dict[str, Any] = {
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {
            "mediaType": IMAGE_CONFIG_TYPE,
            "digest": config,
            "size": len(IMAGE_CONFIG),
        },
        "layers": [
            {
                "mediaType": "application/vnd.oci.image.layer.v1.tar",
                "digest": blob,
                "size": len(layer),
            }
        ],
    }
    if artifact_type:
        document["artifactType"] = artifact_type
    if subject:
        document["subject"] = {"mediaType": OCI_MANIFEST, "digest": subject, "size": 1}
    body = json.dumps(document, separators=(",", ":")).encode()
    answer = httpx.put(
        f"{harbor.url}/v2/{repository}/manifests/{reference or digest_of(body)}",
        content=body,
        headers={"Content-Type": OCI_MANIFEST},
        auth=auth,
    )
    assert answer.status_code == 201, answer.text
    return digest_of(body), body


def realm(harbor: LocalHarbor) -> str:
    return f'Bearer realm="{harbor.url}/service/token",service="harbor-registry"'


# -- V15: the login probe and the token service ---------------------------------------


def test_v15_v2_without_authorization_is_a_bearer_challenge_without_scope(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.get(f"{harbor.url}/v2/")

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == realm(harbor)
    assert answer.headers["docker-distribution-api-version"] == "registry/2.0"
    assert answer.content == error_body("UNAUTHORIZED", "unauthorized: unauthorized")


def test_v15_v2_with_wrong_credentials_is_a_basic_challenge(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.get(f"{harbor.url}/v2/", auth=("admin", "wrong"))

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == 'Basic realm="harbor"'


def test_v15_v2_takes_basic_credentials_and_tokens(harbor: LocalHarbor) -> None:
    token = token_for(harbor)

    basic = httpx.get(f"{harbor.url}/v2/", auth=ADMIN)
    bearer = httpx.get(
        f"{harbor.url}/v2/", headers={"Authorization": f"Bearer {token}"}
    )

    assert (basic.status_code, basic.content) == (200, b"{}")
    assert (bearer.status_code, bearer.content) == (200, b"{}")


def test_v15_a_token_without_scope_names_the_user_and_no_access(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.get(
        f"{harbor.url}/service/token",
        params={
            "account": "admin",
            "client_id": "docker",
            "service": "harbor-registry",
        },
        auth=ADMIN,
    )

    body = answer.json()
    token = claims(body["token"])
    assert answer.headers["content-type"] == "application/json; charset=utf-8"
    assert list(body) == ["token", "access_token", "expires_in", "issued_at"]
    assert (body["access_token"], body["expires_in"]) == ("", 1800)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", body["issued_at"])
    assert {k: token[k] for k in ("iss", "sub", "aud", "access")} == {
        "iss": "harbor-token-issuer",
        "sub": "admin",
        "aud": "harbor-registry",
        "access": None,
    }
    assert token["exp"] - token["iat"] == 1800
    assert token["nbf"] == token["iat"]
    assert len(token["jti"]) == 16


def test_v15_the_token_header_is_rs256_with_a_libtrust_key_id(
    harbor: LocalHarbor,
) -> None:
    header = json.loads(
        base64.urlsafe_b64decode(token_for(harbor).split(".")[0] + "==")
    )

    assert (header["alg"], header["typ"]) == ("RS256", "JWT")
    assert KID.fullmatch(header["kid"])


def test_v15_wrong_credentials_without_scope_are_401_with_an_empty_body(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.get(
        f"{harbor.url}/service/token",
        params={"service": "harbor-registry"},
        auth=("admin", "wrong"),
    )

    assert (answer.status_code, answer.content) == (401, b"")
    assert "www-authenticate" not in answer.headers


def test_v15_an_unknown_service_is_a_400_in_plain_text(harbor: LocalHarbor) -> None:
    answer = httpx.get(
        f"{harbor.url}/service/token", params={"service": "registry.docker.io"}
    )

    assert answer.status_code == 400
    assert answer.headers["content-type"] == "text/plain; charset=utf-8"
    assert answer.text == "Unable to handle service: registry.docker.io"


def test_token_actions_are_what_the_caller_holds_not_what_it_asked_for(
    harbor: LocalHarbor,
) -> None:
    guest = claims(token_for(harbor, "repository:demo/app:pull,push", auth=GUEST))
    admin = claims(token_for(harbor, "repository:demo/app:pull"))

    assert guest["access"] == [
        {"type": "repository", "name": "demo/app", "actions": ["pull"]}
    ]
    assert admin["access"] == [
        {
            "type": "repository",
            "name": "demo/app",
            "actions": ["pull", "push", "delete"],
        }
    ]


def test_scopes_may_repeat_and_hold_several_separated_by_spaces(
    harbor: LocalHarbor,
) -> None:
    token = claims(
        token_for(
            harbor,
            "repository:demo/a:pull repository:library/b:pull",
            "repository:demo/c:push",
        )
    )

    assert [entry["name"] for entry in token["access"]] == [
        "demo/a",
        "library/b",
        "demo/c",
    ]


def test_unknown_projects_names_without_a_project_and_other_types_get_no_actions(
    harbor: LocalHarbor,
) -> None:
    token = claims(
        token_for(
            harbor,
            "repository:nope/app:pull",
            "repository:nginx:pull",
            "registry:catalog:*",
            "plugin:x:pull",
        )
    )
    guest = claims(token_for(harbor, "registry:catalog:*", auth=GUEST))

    assert [entry["actions"] for entry in token["access"]] == [[], [], ["*"], []]
    assert guest["access"] == [{"type": "registry", "name": "catalog", "actions": []}]


def test_an_anonymous_token_has_no_subject_and_pulls_public_projects_only(
    harbor: LocalHarbor,
) -> None:
    token = claims(
        token_for(
            harbor,
            "repository:library/app:pull,push",
            "repository:demo/app:pull",
            auth=None,
        )
    )

    assert "sub" not in token
    assert token["access"] == [
        {"type": "repository", "name": "library/app", "actions": ["pull"]},
        {"type": "repository", "name": "demo/app", "actions": []},
    ]


def test_wrong_credentials_with_a_scope_get_an_anonymous_token(
    harbor: LocalHarbor,
) -> None:
    token = claims(token_for(harbor, "repository:library/app:pull", auth=("x", "y")))

    assert "sub" not in token
    assert token["access"][0]["actions"] == ["pull"]


def test_the_token_lifetime_is_configurable(backend: RegistryBackend) -> None:
    with LocalHarbor(registry=backend, token_lifetime=120) as harbor:
        answer = httpx.get(
            f"{harbor.url}/service/token",
            params={"service": "harbor-registry"},
            auth=ADMIN,
        )

    token = claims(answer.json()["token"])
    assert answer.json()["expires_in"] == 120
    assert token["exp"] - token["iat"] == 120


def test_a_token_of_another_local_harbor_is_no_credential(
    harbor: LocalHarbor, backend: RegistryBackend
) -> None:
    with LocalHarbor(registry=backend) as other:
        foreign = token_for(other, "repository:library/app:pull")

    answer = httpx.get(
        f"{harbor.url}/v2/", headers={"Authorization": f"Bearer {foreign}"}
    )

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == 'Basic realm="harbor"'


def test_post_to_the_token_service_is_refused_so_clients_fall_back_to_get(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.post(f"{harbor.url}/service/token", data={"service": "x"})

    assert answer.status_code == 405


# -- V16: anonymous pull of a public repository ----------------------------------------


def test_v16_an_anonymous_pull_needs_a_token_even_from_a_public_project(
    harbor: LocalHarbor,
) -> None:
    digest, body = push_image(harbor, "library/nginx", "1.27")
    accept = {"Accept": OCI_MANIFEST}

    challenged = httpx.get(
        f"{harbor.url}/v2/library/nginx/manifests/1.27", headers=accept
    )
    token = token_for(harbor, "repository:library/nginx:pull", auth=None)
    pulled = httpx.get(
        f"{harbor.url}/v2/library/nginx/manifests/1.27",
        headers={**accept, "Authorization": f"Bearer {token}"},
    )

    assert challenged.status_code == 401
    assert challenged.headers["www-authenticate"] == (
        realm(harbor) + ',scope="repository:library/nginx:pull"'
    )
    assert challenged.content == error_body(
        "UNAUTHORIZED",
        "authorize header needed to send HEAD to repository: "
        "authorize header needed to send HEAD to repository",
    )
    assert pulled.status_code == 200
    assert pulled.content == body
    assert pulled.headers["content-type"] == OCI_MANIFEST
    assert pulled.headers["docker-content-digest"] == digest


def test_v16_a_manifest_matching_if_none_match_is_a_304(harbor: LocalHarbor) -> None:
    digest, _ = push_image(harbor, "library/nginx", "1.27")

    answer = httpx.get(
        f"{harbor.url}/v2/library/nginx/manifests/1.27",
        headers={"If-None-Match": f'"{digest}"'},
        auth=ADMIN,
    )

    assert (answer.status_code, answer.content) == (304, b"")


def test_an_anonymous_token_does_not_pull_from_a_private_project(
    harbor: LocalHarbor,
) -> None:
    push_image(harbor, "demo/app", "1.0")
    token = token_for(harbor, "repository:demo/app:pull", auth=None)

    answer = httpx.get(
        f"{harbor.url}/v2/demo/app/manifests/1.0",
        headers={"Authorization": f"Bearer {token}", "Accept": OCI_MANIFEST},
    )

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == 'Basic realm="harbor"'
    assert answer.json()["errors"][0]["message"] == (
        "unauthorized to access repository: demo/app, action: pull: "
        "unauthorized to access repository: demo/app, action: pull"
    )


# -- V17: push refused for lack of permission, basic auth directly ---------------------


def test_v17_a_token_without_push_is_refused_with_a_basic_challenge(
    harbor: LocalHarbor,
) -> None:
    token = token_for(harbor, "repository:demo/app:pull,push", auth=GUEST)

    answer = httpx.post(
        f"{harbor.url}/v2/demo/app/blobs/uploads/",
        headers={"Authorization": f"Bearer {token}"},
    )

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == 'Basic realm="harbor"'
    assert answer.headers["docker-distribution-api-version"] == "registry/2.0"
    assert answer.content == error_body(
        "UNAUTHORIZED",
        "unauthorized to access repository: demo/app, action: push: "
        "unauthorized to access repository: demo/app, action: push",
    )


def test_v17_a_push_without_authorization_is_challenged_for_pull_and_push(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.post(f"{harbor.url}/v2/demo/app/blobs/uploads/")

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == (
        realm(harbor) + ',scope="repository:demo/app:pull,push"'
    )


def test_a_push_to_a_project_that_does_not_exist_is_401_without_a_challenge(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.post(f"{harbor.url}/v2/nope/app/blobs/uploads/", auth=ADMIN)

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == ""
    assert answer.content == error_body(
        "UNAUTHORIZED", "project nope not found: project nope not found"
    )


# -- V18: the chunked upload, through the local Harbor's own origin --------------------


def test_v18_an_upload_session_lives_on_the_local_harbors_origin(
    harbor: LocalHarbor,
) -> None:
    data = b"0123456789" * 1000
    digest = digest_of(data)
    base = f"{harbor.url}/v2/demo/app/blobs/uploads/"

    started = httpx.post(base, auth=ADMIN)
    first = httpx.patch(
        started.headers["location"],
        content=data[:4000],
        headers={"Content-Type": "application/octet-stream"},
        auth=ADMIN,
    )
    second = httpx.patch(
        first.headers["location"],
        content=data[4000:],
        headers={"Content-Type": "application/octet-stream"},
        auth=ADMIN,
    )
    done = httpx.put(f"{second.headers['location']}&digest={digest}", auth=ADMIN)
    head = httpx.head(f"{harbor.url}/v2/demo/app/blobs/{digest}", auth=ADMIN)

    uuid = started.headers["docker-upload-uuid"]
    assert started.status_code == 202
    assert started.headers["range"] == "0-0"
    assert started.headers["location"].startswith(f"{base}{uuid}?_state=")
    assert (first.status_code, first.headers["range"]) == (202, "0-3999")
    assert (second.status_code, second.headers["range"]) == (202, "0-9999")
    assert done.status_code == 201
    assert done.headers["location"] == f"{harbor.url}/v2/demo/app/blobs/{digest}"
    assert done.headers["docker-content-digest"] == digest
    assert (head.status_code, head.headers["content-length"]) == (200, "10000")


def test_a_large_blob_streams_through_without_being_held_in_memory(
    harbor: LocalHarbor,
) -> None:
    chunk = bytes(range(256)) * 4096  # 1 MiB
    total = 48 * len(chunk)
    digest = "sha256:" + hashlib.sha256(chunk * 48).hexdigest()

    tracemalloc.start()
    try:
        started = httpx.post(f"{harbor.url}/v2/demo/big/blobs/uploads/", auth=ADMIN)
        done = httpx.put(
            f"{started.headers['location']}&digest={digest}",
            content=(chunk for _ in range(48)),
            headers={"Content-Length": str(total)},
            auth=ADMIN,
        )
        received = hashlib.sha256()
        with httpx.stream(
            "GET", f"{harbor.url}/v2/demo/big/blobs/{digest}", auth=ADMIN
        ) as download:
            for part in download.iter_raw():
                received.update(part)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert done.status_code == 201
    assert "sha256:" + received.hexdigest() == digest
    assert peak < 12 * 1024 * 1024, f"peak {peak} bytes for a {total}-byte blob"


# -- V19: cross-repository mount -------------------------------------------------------


def test_v19_a_mount_from_a_readable_repository_is_201(harbor: LocalHarbor) -> None:
    digest = upload(harbor, "library/base", b"shared layer")

    answer = httpx.post(
        f"{harbor.url}/v2/demo/app/blobs/uploads/",
        params={"mount": digest, "from": "library/base"},
        auth=ADMIN,
    )

    assert answer.status_code == 201
    assert answer.headers["location"] == f"{harbor.url}/v2/demo/app/blobs/{digest}"
    assert answer.headers["docker-content-digest"] == digest


def test_v19_a_mount_of_a_blob_the_source_lacks_is_an_upload_session(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.post(
        f"{harbor.url}/v2/demo/app/blobs/uploads/",
        params={"mount": digest_of(b"absent"), "from": "library/base"},
        auth=ADMIN,
    )

    assert answer.status_code == 202
    assert "/v2/demo/app/blobs/uploads/" in answer.headers["location"]


def test_v19_a_mount_without_pull_on_the_source_is_401(harbor: LocalHarbor) -> None:
    harbor.add_project("secret")
    harbor.add_project("mine", members={"gus": "developer"})
    digest = upload(harbor, "secret/base", b"private layer")

    answer = httpx.post(
        f"{harbor.url}/v2/mine/app/blobs/uploads/",
        params={"mount": digest, "from": "secret/base"},
        auth=GUEST,
    )

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == 'Basic realm="harbor"'
    assert answer.content == error_body(
        "UNAUTHORIZED",
        "unauthorized to access repository: secret/base, action: pull: "
        "unauthorized to access repository: secret/base, action: pull",
    )


# -- V20: manifests and what Harbor records of them ------------------------------------


def test_v20_a_manifest_put_by_tag_answers_with_its_digest(harbor: LocalHarbor) -> None:
    config = upload(harbor, "demo/app", IMAGE_CONFIG)
    body = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {"mediaType": IMAGE_CONFIG_TYPE, "digest": config, "size": 10},
            "layers": [],
        }
    ).encode()

    answer = httpx.put(
        f"{harbor.url}/v2/demo/app/manifests/1.0",
        content=body,
        headers={"Content-Type": OCI_MANIFEST},
        auth=ADMIN,
    )

    assert answer.status_code == 201
    assert answer.headers["docker-content-digest"] == digest_of(body)
    assert answer.headers["location"] == (
        f"{harbor.url}/v2/demo/app/manifests/{digest_of(body)}"
    )


def test_v20_a_manifest_without_content_type_is_manifest_invalid(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.put(
        f"{harbor.url}/v2/demo/app/manifests/1.0",
        content=b'{"schemaVersion":2}',
        auth=ADMIN,
    )

    assert answer.status_code == 400
    assert answer.json()["errors"][0]["code"] == "MANIFEST_INVALID"
    assert answer.json()["errors"][0]["message"].startswith(
        "unmarshal manifest failed: "
    )


def test_a_pushed_image_is_an_artifact_with_its_size_and_image_attributes(
    harbor: LocalHarbor,
) -> None:
    digest, body = push_image(harbor, "demo/tools/kubectl", "v1.31")

    answer = httpx.get(
        f"{harbor.url}/api/v2.0/projects/demo/repositories/tools%252Fkubectl/artifacts",
        auth=ADMIN,
    )

    (artifact,) = answer.json()
    assert {
        k: artifact[k]
        for k in ("digest", "type", "media_type", "manifest_media_type", "size")
    } == {
        "digest": digest,
        "type": "IMAGE",
        "media_type": IMAGE_CONFIG_TYPE,
        "manifest_media_type": OCI_MANIFEST,
        "size": len(body) + len(IMAGE_CONFIG) + len(b"layer of bytes"),
    }
    assert artifact["extra_attrs"] == {
        "architecture": "amd64",
        "author": "",
        "config": {"Entrypoint": ["kubectl"]},
        "created": "2025-10-05T08:59:12.5Z",
        "os": "linux",
    }
    assert [t["name"] for t in artifact["tags"]] == ["v1.31"]
    assert artifact["pull_time"] == "0001-01-01T00:00:00.000Z"


def test_a_pull_updates_the_pull_time_and_the_repository_pull_count(
    harbor: LocalHarbor,
) -> None:
    push_image(harbor, "demo/app", "1.0")

    httpx.get(
        f"{harbor.url}/v2/demo/app/manifests/1.0",
        headers={"Accept": OCI_MANIFEST},
        auth=ADMIN,
    )
    repository = httpx.get(
        f"{harbor.url}/api/v2.0/projects/demo/repositories/app", auth=ADMIN
    ).json()
    (artifact,) = httpx.get(
        f"{harbor.url}/api/v2.0/projects/demo/repositories/app/artifacts", auth=ADMIN
    ).json()

    assert repository["pull_count"] == 1
    assert artifact["pull_time"] != "0001-01-01T00:00:00.000Z"
    assert artifact["tags"][0]["pull_time"] != "0001-01-01T00:00:00.000Z"


def test_a_tag_pushed_again_moves_to_the_new_artifact(harbor: LocalHarbor) -> None:
    first, _ = push_image(harbor, "demo/app", "latest", layer=b"one")
    second, _ = push_image(harbor, "demo/app", "latest", layer=b"two")

    artifacts = httpx.get(
        f"{harbor.url}/api/v2.0/projects/demo/repositories/app/artifacts", auth=ADMIN
    ).json()

    assert {a["digest"]: a["tags"] for a in artifacts}[first] is None
    assert [t["name"] for t in {a["digest"]: a["tags"] for a in artifacts}[second]] == [
        "latest"
    ]


def test_an_index_references_its_children_with_their_platform(
    harbor: LocalHarbor,
) -> None:
    child, body = push_image(harbor, "demo/multi", None)
    index = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_INDEX,
            "manifests": [
                {
                    "mediaType": OCI_MANIFEST,
                    "digest": child,
                    "size": len(body),
                    "platform": {"architecture": "amd64", "os": "linux"},
                }
            ],
        }
    ).encode()
    httpx.put(
        f"{harbor.url}/v2/demo/multi/manifests/1.0",
        content=index,
        headers={"Content-Type": OCI_INDEX},
        auth=ADMIN,
    ).raise_for_status()

    artifact = httpx.get(
        f"{harbor.url}/api/v2.0/projects/demo/repositories/multi/artifacts/1.0",
        auth=ADMIN,
    ).json()
    refused = httpx.delete(f"{harbor.url}/v2/demo/multi/manifests/{child}", auth=ADMIN)

    assert artifact["type"] == "IMAGE"
    assert artifact["manifest_media_type"] == OCI_INDEX
    assert artifact["references"] == [
        {
            "child_digest": child,
            "child_id": artifact["id"] - 1,
            "parent_id": artifact["id"],
            "platform": {"architecture": "amd64", "os": "linux"},
        }
    ]
    assert refused.status_code == 412
    assert refused.content == error_body(
        "VIOLATE_FOREIGN_KEY_CONSTRAINT",
        "the deleting artifact is referenced by others",
    )


def test_a_manifest_with_a_subject_answers_oci_subject(harbor: LocalHarbor) -> None:
    subject, _ = push_image(harbor, "demo/app", "1.0")
    config = upload(harbor, "demo/app", b"{}")
    body = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "artifactType": "application/vnd.example.sbom",
            "config": {
                "mediaType": "application/vnd.oci.empty.v1+json",
                "digest": config,
                "size": 2,
            },
            "layers": [],
            "subject": {"mediaType": OCI_MANIFEST, "digest": subject, "size": 1},
        }
    ).encode()

    answer = httpx.put(
        f"{harbor.url}/v2/demo/app/manifests/{digest_of(body)}",
        content=body,
        headers={"Content-Type": OCI_MANIFEST},
        auth=ADMIN,
    )

    assert answer.status_code == 201
    assert answer.headers["oci-subject"] == subject


# -- V21: deletes and names ------------------------------------------------------------


def test_v21_deleting_a_manifest_by_tag_is_unsupported(harbor: LocalHarbor) -> None:
    push_image(harbor, "demo/app", "1.0")

    answer = httpx.delete(f"{harbor.url}/v2/demo/app/manifests/1.0", auth=ADMIN)

    assert answer.status_code == 400
    assert answer.content == error_body(
        "UNSUPPORTED", "unsupported digest 1.0: invalid checksum digest format"
    )


def test_v21_deleting_a_manifest_by_digest_is_202_and_the_artifact_is_gone(
    harbor: LocalHarbor,
) -> None:
    digest, _ = push_image(harbor, "demo/app", "1.0")

    answer = httpx.delete(f"{harbor.url}/v2/demo/app/manifests/{digest}", auth=ADMIN)
    repositories = httpx.get(
        f"{harbor.url}/api/v2.0/projects/demo/repositories", auth=ADMIN
    )

    assert (answer.status_code, answer.content) == (202, b"")
    assert repositories.json() == []


def test_v21_a_name_without_a_project_is_a_400_before_authentication(
    harbor: LocalHarbor,
) -> None:
    answer = httpx.get(f"{harbor.url}/v2/nginx/manifests/latest")

    assert answer.status_code == 400
    assert answer.content == error_body(
        "BAD_REQUEST", "bad request: invalid repository name: nginx"
    )


def test_v21_an_unknown_tag_is_harbors_not_found(harbor: LocalHarbor) -> None:
    push_image(harbor, "demo/app", "1.0")

    answer = httpx.get(
        f"{harbor.url}/v2/demo/app/manifests/nope",
        headers={"Accept": OCI_MANIFEST},
        auth=ADMIN,
    )

    assert answer.status_code == 404
    assert answer.content == error_body("NOT_FOUND", "artifact demo/app:nope not found")


# -- V22: tag list and catalog from the database ---------------------------------------


def test_v22_tags_come_sorted_from_harbors_database_with_a_link(
    harbor: LocalHarbor,
) -> None:
    for tag in ("1.1", "2.0", "1.0"):
        push_image(harbor, "demo/app", tag)

    first = httpx.get(f"{harbor.url}/v2/demo/app/tags/list?n=2", auth=ADMIN)
    rest = httpx.get(f"{harbor.url}/v2/demo/app/tags/list?n=2&last=1.1", auth=ADMIN)
    everything = httpx.get(f"{harbor.url}/v2/demo/app/tags/list", auth=ADMIN)

    assert first.headers["content-type"] == "application/json; charset=utf-8"
    assert first.content == b'{"name":"demo/app","tags":["1.0","1.1"]}\n'
    assert first.headers["link"] == '</v2/demo/app/tags/list?last=1.1&n=2>; rel="next"'
    assert rest.json() == {"name": "demo/app", "tags": ["2.0"]}
    assert "link" not in rest.headers
    assert everything.json()["tags"] == ["1.0", "1.1", "2.0"]


def test_v22_the_catalog_pages_for_an_administrator(harbor: LocalHarbor) -> None:
    push_image(harbor, "demo/app", "1.0")
    push_image(harbor, "library/base", "1.0")

    first = httpx.get(f"{harbor.url}/v2/_catalog?n=1", auth=ADMIN)
    bad_last = httpx.get(f"{harbor.url}/v2/_catalog?n=1&last=zzz", auth=ADMIN)
    as_guest = httpx.get(f"{harbor.url}/v2/_catalog", auth=GUEST)

    assert first.json() == {"repositories": ["demo/app"]}
    assert first.headers["link"] == '</v2/_catalog?last=demo%2Fapp&n=1>; rel="next"'
    assert bad_last.content == error_body(
        "BAD_REQUEST", "the last: zzz should be a valid repository name."
    )
    assert as_guest.status_code == 401
    assert as_guest.headers["www-authenticate"] == 'Basic realm="harbor"'
    assert as_guest.content == error_body(
        "UNAUTHORIZED",
        "unauthorized to list catalog: unauthorized to list catalog",
    )


# -- V23: referrers --------------------------------------------------------------------


def test_v23_referrers_filter_by_artifact_type_and_count_all(
    harbor: LocalHarbor,
) -> None:
    subject, _ = push_image(harbor, "demo/app", "1.0")
    sbom, sbom_body = push_image(
        harbor,
        "demo/app",
        None,
        layer=b"sbom",
        subject=subject,
        artifact_type="application/vnd.example.sbom",
    )
    push_image(
        harbor,
        "demo/app",
        None,
        layer=b"sig",
        subject=subject,
        artifact_type="application/vnd.example.signature",
    )

    answer = httpx.get(
        f"{harbor.url}/v2/demo/app/referrers/{subject}",
        params={"artifactType": "application/vnd.example.sbom"},
        auth=ADMIN,
    )
    by_tag = httpx.get(f"{harbor.url}/v2/demo/app/referrers/1.0", auth=ADMIN)

    assert answer.headers["content-type"] == OCI_INDEX
    assert answer.headers["oci-filters-applied"] == "artifactType"
    assert answer.headers["x-total-count"] == "2"
    assert answer.json() == {
        "schemaVersion": 2,
        "mediaType": OCI_INDEX,
        "manifests": [
            {
                "mediaType": OCI_MANIFEST,
                "digest": sbom,
                "size": len(sbom_body),
                "artifactType": "application/vnd.example.sbom",
            }
        ],
    }
    assert by_tag.content == error_body(
        "BAD_REQUEST", "unsupported digest 1.0: invalid checksum digest format"
    )


# -- one registry process, many Harbors ------------------------------------------------


def test_local_harbors_sharing_a_registry_do_not_see_each_others_content(
    harbor: LocalHarbor, backend: RegistryBackend
) -> None:
    digest = upload(harbor, "demo/app", b"only in the first")

    with LocalHarbor(registry=backend) as other:
        other.add_project("demo")
        answer = httpx.get(f"{other.url}/v2/demo/app/blobs/{digest}", auth=ADMIN)

    assert answer.status_code == 404
    assert "lh-" not in answer.text


# -- tokens and the projects they name -------------------------------------------------


def test_a_token_issued_before_its_project_was_made_is_ignored(
    harbor: LocalHarbor,
) -> None:
    harbor.store.delete_project(harbor.store.project_named("demo"))  # type: ignore[arg-type]
    old = token_for(harbor, "repository:demo/app:pull,push")
    harbor.add_project("demo", creation_time=datetime.now(UTC) + timedelta(seconds=5))

    answer = httpx.post(
        f"{harbor.url}/v2/demo/app/blobs/uploads/",
        headers={"Authorization": f"Bearer {old}"},
    )

    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == 'Basic realm="harbor"'


def test_a_robot_token_holds_the_robots_registry_permissions(
    harbor: LocalHarbor,
) -> None:
    robot = harbor.add_robot("ci", project="demo", access=["repository:pull"])

    token = claims(
        token_for(
            harbor,
            "repository:demo/app:pull,push",
            auth=(robot.full_name, robot.secret),
        )
    )

    assert token["sub"] == "robot$demo+ci"
    assert token["access"] == [
        {"type": "repository", "name": "demo/app", "actions": ["pull"]}
    ]


def test_a_copy_that_would_exceed_the_quota_is_refused(harbor: LocalHarbor) -> None:
    digest, _ = push_image(harbor, "demo/app", "1.0", layer=b"x" * 4096)
    target = harbor.add_project("small")
    target.storage_limit = 1024

    answer = httpx.post(
        f"{harbor.url}/api/v2.0/projects/small/repositories/app/artifacts",
        params={"from": f"demo/app@{digest}"},
        auth=ADMIN,
    )

    assert answer.status_code == 403
    assert answer.json()["errors"][0]["code"] == "DENIED"
    assert answer.json()["errors"][0]["message"].endswith(
        "will exceed the configured upper limit of 1.0 KiB."
    )


def test_a_push_to_a_read_only_harbor_is_refused_before_authentication(
    harbor: LocalHarbor,
) -> None:
    harbor.config.read_only = True

    answer = httpx.post(f"{harbor.url}/v2/demo/app/blobs/uploads/")

    assert answer.status_code == 403
    assert answer.content == error_body(
        "DENIED", "The system is in read only mode. Any modification is prohibited."
    )


def test_deleting_the_manifest_of_a_frozen_tag_is_a_412(harbor: LocalHarbor) -> None:
    digest, _ = push_image(harbor, "demo/app", "1.0")
    httpx.post(
        f"{harbor.url}/api/v2.0/projects/demo/immutabletagrules",
        json={
            "tag_selectors": [
                {"kind": "doublestar", "decoration": "matches", "pattern": "**"}
            ],
            "scope_selectors": {
                "repository": [
                    {"kind": "doublestar", "decoration": "repoMatches", "pattern": "**"}
                ]
            },
        },
        auth=ADMIN,
    ).raise_for_status()

    answer = httpx.delete(f"{harbor.url}/v2/demo/app/manifests/{digest}", auth=ADMIN)

    assert answer.status_code == 412
    assert answer.content == error_body(
        "PRECONDITION", "the tag 1.0 configured as immutable, cannot be deleted"
    )
