"""Bad requests against the real server (gunicorn + app): every answer is problem+json."""

import http.client
import json
import re
import shutil

import pytest

from service.app import DEFAULT_ANALYZE_MAX_BYTES as LIMIT
from tests.conftest import SEED_ID, SEEDS
from tests.servers import gunicorn, raw_request


@pytest.fixture(scope="module")
def port(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEEDS, corpus, dirs_exist_ok=True)
    with gunicorn(corpus) as port:
        yield port


def request(port, head: str, body: bytes = b""):
    return raw_request(port, head.replace("\n", "\r\n").encode("latin-1") + b"\r\n" + body)


def assert_problem(answer, status):
    code, headers, body = answer
    assert code == status, body[:300]
    assert headers["content-type"] == "application/problem+json"
    assert headers["x-content-type-options"] == "nosniff"
    problem = json.loads(body)
    assert problem["status"] == status
    assert problem["title"]
    return problem


def test_uri_too_long_is_414(port):
    assert_problem(request(port, f"GET /v1/documents?q={'a' * 5000} HTTP/1.1\nHost: t\n"), 414)


def test_too_many_header_fields_is_431(port):
    fields = "".join(f"X-Filler-{i}: 1\n" for i in range(80))
    assert_problem(request(port, f"GET /livez HTTP/1.1\nHost: t\n{fields}"), 431)


def test_header_field_too_large_is_431(port):
    assert_problem(request(port, f"GET /livez HTTP/1.1\nHost: t\nX-Big: {'b' * 9000}\n"), 431)


def test_garbage_request_line_is_400(port):
    assert_problem(request(port, "EHLO what is this\n"), 400)


def test_oversized_body_is_413(port):
    head = "POST /v1/analyze HTTP/1.1\nHost: t\nContent-Type: text/plain\n"
    assert_problem(request(port, head + f"Content-Length: {LIMIT + 1}\n", b"x" * (LIMIT + 1)), 413)


def test_oversized_chunked_body_is_413(port):
    head = "POST /v1/analyze HTTP/1.1\nHost: t\nContent-Type: text/plain\n"
    chunk = b"x" * 65536
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(LIMIT // len(chunk) + 1))
    problem = assert_problem(
        request(port, head + "Transfer-Encoding: chunked\n", body + b"0\r\n\r\n"), 413
    )
    assert problem["title"] == "Request Entity Too Large"


def test_small_chunked_body_is_analysed(port):
    head = "POST /v1/analyze HTTP/1.1\nHost: t\nContent-Type: text/plain\n"
    text = b"Poland sent about 15,000 troops."
    body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(text), text)
    code, _, answer = request(port, head + "Transfer-Encoding: chunked\nConnection: close\n", body)
    assert code == 200
    assert json.loads(answer)["numeric_facts"][0]["value"] == 15000


@pytest.mark.parametrize(
    ("content_type", "body", "status"),
    [
        ("application/json", b"[" * 1000 + b"]" * 1000, 400),
        ("application/json", b'{"text": ' + b"[" * 60_000 + b"]" * 60_000 + b"}", 400),
        ("application/json", b'{"text": "\xff\xfe"}', 400),
        ("text/plain", b"caf\xe9", 400),
        ("application/xml", b"<text>hi</text>", 415),
    ],
)
def test_bad_bodies(port, content_type, body, status):
    head = (
        f"POST /v1/analyze HTTP/1.1\nHost: t\nContent-Type: {content_type}\n"
        f"Content-Length: {len(body)}\n"
    )
    assert_problem(request(port, head, body), status)


@pytest.mark.parametrize(
    "query",
    ["page_size=100000000", "page_size=-1", "page_token=garbage!", "min_value=abc", "nope=1"],
)
def test_bad_queries_are_400(port, query):
    problem = assert_problem(
        request(port, f"GET /v1/numeric-facts?{query} HTTP/1.1\nHost: t\n"), 400
    )
    assert problem["errors"]


def test_headers_on_a_get(port):
    code, headers, _ = request(port, f"GET /v1/documents/{SEED_ID} HTTP/1.1\nHost: t\n")
    assert code == 200
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "public, no-cache"
    assert headers["etag"].startswith('"')
    assert not re.search(r"\d", headers.get("server", "")), "the Server header leaks a version"
    assert "access-control-allow-origin" not in headers


def test_connection_serves_the_next_request_after_a_413(port):
    """A body over the limit (1 MiB, as allowed before) is read and dropped: the keep-alive
    connection it came on answers the next request instead of closing under the client."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        for _ in range(2):
            connection.request(
                "POST", "/v1/analyze", b"x" * (1024 * 1024), {"Content-Type": "text/plain"}
            )
            response = connection.getresponse()
            response.read()
            assert response.status == 413
            assert not response.will_close
        connection.request("GET", "/livez")
        assert connection.getresponse().status == 200
    finally:
        connection.close()
