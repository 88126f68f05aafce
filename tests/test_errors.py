import pytest

from service import create_app
from tests.conftest import SEED_ID, SEEDS


def assert_problem(response, status):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["title"]
    assert body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("page_size=0", "page_size"),
        ("page_size=101", "page_size"),
        ("page_size=-3", "page_size"),
        ("page_size=abc", "page_size"),
        ("page_size=99999999999999999999999", "page_size"),
        ("page_token=%%%garbage", "page_token"),
        ("page_token=AAAAAAAAAAAAAAAA", "page_token"),
        ("bogus=1", "bogus"),
        ("q=", "q"),
    ],
)
def test_invalid_parameters_are_400_with_errors(client, query, field):
    body = assert_problem(client.get(f"/v1/documents?{query}"), 400)
    assert field in [e["field"] for e in body["errors"]]
    assert all(e["location"] == "query" for e in body["errors"])


def test_404_unknown_document_and_route(client):
    assert "nope" in assert_problem(client.get("/v1/documents/nope"), 404)["detail"]
    assert_problem(client.get("/v2/whatever"), 404)


def test_405_keeps_allow(client):
    response = client.delete(f"/v1/documents/{SEED_ID}")
    assert_problem(response, 405)
    assert "GET" in response.headers["Allow"]


def test_500_is_problem_json_without_trace():
    app = create_app({"CORPUS_DIR": str(SEEDS)})

    @app.route("/boom-for-test")
    def boom():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/boom-for-test")
    body = assert_problem(response, 500)
    assert "secret internals" not in response.get_data(as_text=True)
    assert body["title"] == "Internal Server Error"
