"""How a non-2xx answer becomes a typed error (harbor_client.errors)."""

from __future__ import annotations

import httpx
import pytest

from harbor_client import errors

NGINX_413 = (
    "<html><head><title>413 Request Entity Too Large</title></head><body><center>"
    "<h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center>"
    "</body></html>"
)


def _response(
    status: int,
    body: bytes | str = b"",
    *,
    content_type: str | None = None,
    method: str = "GET",
    url: str = "https://harbor.example.com/api/v2.0/projects",
    request_headers: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    all_headers = dict(headers or {})
    if content_type:
        all_headers["content-type"] = content_type
    request = httpx.Request(method, url, headers=request_headers)
    content = body.encode() if isinstance(body, str) else body
    return httpx.Response(status, headers=all_headers, content=content, request=request)


def test_harbor_error_body_gives_every_code_and_message() -> None:
    body = (
        '{"errors":[{"code":"CONFLICT","message":"The project named demo already '
        'exists"},{"code":"BAD_REQUEST","message":"second"}]}\n'
    )
    response = _response(409, body, content_type="application/json; charset=utf-8")

    error = errors.build_error(response)

    assert isinstance(error, errors.ConflictError)
    assert error.status_code == 409
    assert error.codes == ("CONFLICT", "BAD_REQUEST")
    assert error.messages == ("The project named demo already exists", "second")


def test_registry_error_keeps_detail() -> None:
    body = '{"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown","detail":"x"}]}'
    error = errors.build_error(_response(404, body, content_type="application/json"))

    assert isinstance(error, errors.NotFoundError)
    assert error.errors[0].detail == "x"


def test_proxy_413_html_body_is_a_typed_error_with_an_excerpt() -> None:
    # Casebook HC-05: nginx in front of Harbor refuses a large body with HTML.
    response = _response(
        413,
        NGINX_413,
        content_type="text/html",
        method="PUT",
        url="https://harbor.example.com/v2/demo/app/blobs/uploads/u1?_state=S0",
    )

    with pytest.raises(errors.RequestTooLargeError) as caught:
        errors.raise_for_response(response)

    error = caught.value
    assert error.status_code == 413
    assert error.errors == ()
    assert "413 Request Entity Too Large" in error.body_excerpt
    assert len(error.body_excerpt) <= errors.BODY_EXCERPT_LIMIT


def test_gateway_502_html_on_the_api_is_a_server_error() -> None:
    # Casebook HC-05, second exchange: POST /api/v2.0/projects -> 502 text/html.
    response = _response(
        502,
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
        content_type="text/html",
        method="POST",
    )

    error = errors.build_error(response)

    assert isinstance(error, errors.ServerError)
    assert error.status_code == 502
    assert error.errors == ()
    assert "502 Bad Gateway" in error.body_excerpt


def test_empty_body_and_unknown_status_still_give_an_error() -> None:
    error = errors.build_error(_response(520))

    assert isinstance(error, errors.ServerError)
    assert error.status_code == 520
    assert error.errors == ()
    assert error.body_excerpt == ""


def test_json_that_is_not_an_error_list_is_kept_as_an_excerpt() -> None:
    error = errors.build_error(
        _response(403, '{"redirect_location":"https://x/c/oidc/login"}')
    )

    assert isinstance(error, errors.ForbiddenError)
    assert error.errors == ()
    assert "redirect_location" in error.body_excerpt


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (412, errors.PreconditionFailedError),
        (422, errors.UnprocessableEntityError),
        (429, errors.TooManyRequestsError),
        (500, errors.ServerError),
        (503, errors.ServerError),
        (418, errors.HarborHTTPError),
    ],
)
def test_status_picks_the_exception_class(
    status: int, cls: type[errors.HarborHTTPError]
) -> None:
    error = errors.build_error(_response(status))

    assert type(error) is cls
    assert isinstance(error, errors.HarborError)


def test_message_names_method_url_codes_and_request_id_but_no_credentials() -> None:
    response = _response(
        404,
        '{"errors":[{"code":"NOT_FOUND","message":"project nope not found"}]}',
        content_type="application/json",
        url="https://admin:Secret123@harbor.example.com/api/v2.0/projects/nope",
        request_headers={"Authorization": "Basic YWRtaW46U2VjcmV0MTIz"},
        headers={"x-request-id": "req-42"},
    )

    text = str(errors.build_error(response))

    assert text == (
        "GET https://harbor.example.com/api/v2.0/projects/nope -> 404: "
        "NOT_FOUND: project nope not found (request id req-42)"
    )
    assert "Secret123" not in text
    assert "YWRtaW46" not in text


def test_success_does_not_raise() -> None:
    errors.raise_for_response(_response(200, "[]"))
    errors.raise_for_response(_response(201))


def test_a_presigned_query_never_reaches_the_message() -> None:
    # A blob GET redirected to object storage, which then refuses.
    response = _response(
        403,
        "<Error><Code>AccessDenied</Code></Error>",
        url="http://127.0.0.1:9000/bucket/blob?X-Amz-Credential=AKIAEXAMPLE"
        "&X-Amz-Security-Token=SESSIONTOKEN&X-Amz-Signature=SIGSECRET",
    )

    text = str(errors.build_error(response))

    assert text.startswith("GET http://127.0.0.1:9000/bucket/blob -> 403")
    for secret in ("AKIAEXAMPLE", "SESSIONTOKEN", "SIGSECRET"):
        assert secret not in text
