"""What a demanding client found wrong serving a real corpus: each test failed before its fix."""

import json
import re
from pathlib import Path

import pytest

from service import create_app
from tests.conftest import SEED_ID
from tests.test_errors import assert_problem

TWO_ARTICLES = {
    "a.txt": "Budget talks\n\nThe weather was mild in London on Monday and crowds filled "
    "the parks.\n\nLater, Prime Minister Tony Blair said the economy was strong.\n",
    "b.txt": "A visit\n\nTony Blair visited Leeds on Tuesday, where Mr Blair met workers.\n",
}


def test_corpus_entity_titles_say_which_document_their_offsets_index(make_corpus):
    client = create_app({"CORPUS_DIR": str(make_corpus(TWO_ARTICLES))}).test_client()
    titles = client.get("/v1/entities/person:tony-blair").get_json()["titles"]
    listed = client.get("/v1/entities?q=blair").get_json()["items"]
    assert [e["titles"] for e in listed if e["id"] == "person:tony-blair"] == [titles]
    assert {t["value"] for t in titles} >= {"Prime Minister", "Mr"}
    for title in titles:
        text = client.get(f"/v1/documents/{title['document_id']}").get_json()["text"]
        assert text[title["start"] : title["end"]] == title["text"]


@pytest.mark.parametrize("field", ["text", "title"])
def test_analyze_lone_surrogate_is_400_not_500(client, field):
    body = json.dumps({"text": "Hello there.", field: "caf\ud800 is open."})  # ASCII escapes
    response = client.post("/v1/analyze", data=body, content_type="application/json")
    (error,) = assert_problem(response, 400)["errors"]
    assert error["field"] == field
    assert "surrogate" in error["message"]


def test_analyze_refuses_unknown_query_parameters(client):
    response = client.post("/v1/analyze?verbose=1", data="Hello.", content_type="text/plain")
    (error,) = assert_problem(response, 400)["errors"]
    assert (error["location"], error["field"]) == ("query", "verbose")


def test_analyze_body_that_is_no_object_says_so(client):
    body = assert_problem(client.post("/v1/analyze", json=["text"]), 400)
    assert "JSON object" in body["detail"]
    assert "errors" not in body


@pytest.mark.parametrize(
    "query", ["page_size=2&page_size=3", "q=kremlin&q=bacon", "anonymous=true&anonymous=false"]
)
def test_a_scalar_parameter_given_twice_is_400(client, query):
    path = "/v1/quotes" if "anonymous" in query else "/v1/documents"
    body = assert_problem(client.get(f"{path}?{query}"), 400)
    (error,) = body["errors"]
    assert error["field"] == query.split("=")[0]
    assert "more than once" in error["message"]


def test_repeated_parameter_order_cannot_change_a_memoised_answer(client):
    # The ETag and memo key sort the parameters; before, the first of a repeated scalar won,
    # so these two URLs shared one ETag but not one answer.
    first = client.get("/v1/quotes?page_size=3&page_size=2")
    second = client.get("/v1/quotes?page_size=2&page_size=3")
    assert first.status_code == second.status_code == 400


def test_list_parameters_still_repeat(client):
    response = client.get("/v1/quotes?kind=direct&kind=indirect")
    assert response.status_code == 200
    kinds = {q["kind"] for q in response.get_json()["items"]}
    assert kinds <= {"direct", "indirect"}


def test_weak_if_none_match_gives_304(client):
    etag = client.get(f"/v1/documents/{SEED_ID}").headers["ETag"]
    response = client.get(f"/v1/documents/{SEED_ID}", headers={"If-None-Match": f"W/{etag}"})
    assert response.status_code == 304


def test_bad_currency_says_what_is_expected(client):
    (error,) = assert_problem(client.get("/v1/numeric-facts?currency=usd"), 400)["errors"]
    assert "ISO 4217" in error["message"]
    assert "USD" in error["message"]


def test_comma_separated_kinds_are_explained(client):
    (error,) = assert_problem(client.get("/v1/quotes?kind=direct,indirect"), 400)["errors"]
    assert error["field"] == "kind"
    assert "kind=direct&kind=indirect" in error["message"]


def test_min_value_over_max_value_is_400(client):
    body = assert_problem(client.get("/v1/numeric-facts?min_value=5&max_value=1"), 400)
    assert {e["field"] for e in body["errors"]} == {"min_value"}


def test_empty_text_is_refused_without_the_internal_bound(client):
    (error,) = assert_problem(client.post("/v1/analyze", json={"text": ""}), 400)["errors"]
    assert "10485760" not in error["message"]


def test_405_names_the_allowed_methods(client):
    body = assert_problem(client.post("/v1/documents"), 405)
    assert "GET" in body["detail"]
    assert "POST" in body["detail"]


def test_unknown_route_points_to_the_docs(client):
    body = assert_problem(client.get("/v1/document"), 404)
    assert "/docs" in body["detail"]


def test_plain_text_in_the_charset_it_declares(client):
    text = "Café owners said prices rose 5% in Zürich."
    sent = client.post(
        "/v1/analyze", data=text.encode("latin-1"), content_type="text/plain; charset=ISO-8859-1"
    )
    assert sent.status_code == 200
    assert sent.get_json()["document"]["text"] == text
    unknown = client.post("/v1/analyze", data=b"x", content_type="text/plain; charset=klingon")
    assert "klingon" in assert_problem(unknown, 415)["detail"]


def test_every_query_parameter_and_offset_is_described(client):
    spec = client.get("/openapi.json").get_json()
    undocumented = [
        f"{method} {path} {p['name']}"
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if method != "parameters"
        for p in operation.get("parameters", [])
        if p["in"] == "query" and not p.get("description")
    ]
    assert undocumented == []
    schemas = spec["components"]["schemas"]
    for name in ("Speaker", "Cue", "Fragment", "Quote", "NumericFact"):
        for offset in ("start", "end"):
            assert schemas[name]["properties"][offset].get("description"), (name, offset)


def _readme_gets():
    """Each `$ curl` GET of the README's examples: its URL, headers and the answer shown."""
    lines = (Path(__file__).resolve().parent.parent / "README.md").read_text().splitlines()
    for at, line in enumerate(lines):
        if not line.startswith("$ curl") or "--data" in line or line.endswith("\\"):
            continue
        url = re.search(r"localhost:8000(/[^\s']*)", line).group(1)
        headers = dict(h.split(": ", 1) for h in re.findall(r"-H '([^']+)'", line))
        shown = []
        for after in lines[at + 1 :]:
            if after.startswith(("$ ", "```")) or not after:
                break
            shown.append(after)
        yield pytest.param(url, headers, "\n".join(shown), id=url)


@pytest.mark.parametrize(("url", "headers", "shown"), list(_readme_gets()))
def test_readme_examples_answer_what_they_show(client, url, headers, shown):
    if "<etag" in headers.get("If-None-Match", ""):
        headers["If-None-Match"] = client.get(url).headers["ETag"]
    response = client.get(url, headers=headers)
    status = re.search(r'"status": (\d+)|HTTP/1.1 (\d+)', shown)
    assert response.status_code == int(next(filter(None, status.groups())) if status else 200)
    if response.status_code != 200:
        return
    first_id = re.compile(r'\{"items":\[\{"id":"([^"]+)"|\{"id":"([^"]+)"')
    if shown_id := first_id.match(shown):
        served_id = first_id.match(response.get_data(as_text=True))
        assert served_id.group(shown_id.lastindex) == shown_id.group(shown_id.lastindex)
    if total := re.search(r'"total_size":(\d+)', shown):
        assert response.get_json()["total_size"] == int(total.group(1))


@pytest.mark.parametrize(
    "query", ["/v1/quotes?speaker=Dmitry%20Peskov", "/v1/numeric-facts?claimed_by=peskov"]
)
def test_a_name_where_an_entity_id_is_expected_gets_a_hint(client, query):
    (error,) = assert_problem(client.get(query), 400)["errors"]
    assert "/v1/entities?q=" in error["message"]


def test_entity_id_filters_still_work(client):
    quotes = client.get("/v1/quotes?speaker=person:dmitry-peskov").get_json()
    assert quotes["total_size"] > 0
    assert {q["speaker"]["entity_id"] for q in quotes["items"]} == {"person:dmitry-peskov"}


def test_413_says_the_limit(client):
    limit = client.application.config["MAX_CONTENT_LENGTH"]
    response = client.post("/v1/analyze", data="x" * (limit + 1), content_type="text/plain")
    assert f"{limit} bytes" in assert_problem(response, 413)["detail"]


def test_fields_always_sent_are_required_in_the_spec(client):
    """Generated clients type a field that is not required as optional: say which are not."""
    schemas = client.get("/openapi.json").get_json()["components"]["schemas"]
    document = client.get(f"/v1/documents/{SEED_ID}").get_json()
    problem = client.get("/v1/documents?page_size=0").get_json()
    for name, sent in [
        ("Document", document),
        ("Source", document["source"]),
        ("ParameterError", problem["errors"][0]),
    ]:
        assert set(sent) <= set(schemas[name]["required"]), name
    assert {"type", "title", "status"} <= set(schemas["Problem"]["required"])


def test_json_after_a_utf8_byte_order_mark_is_read(client):
    body = b"\xef\xbb\xbf" + json.dumps({"text": "Hello world."}).encode()
    response = client.post("/v1/analyze", data=body, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json()["document"]["text"] == "Hello world."
