"""Bulk export: every list as NDJSON and CSV holds exactly the items of its paginated walk."""

from __future__ import annotations

import csv
import io
import json
from types import SimpleNamespace

import marshmallow as ma
import pytest

from service.api import export
from tests.conftest import SEED_ID

NDJSON = {"Accept": "application/x-ndjson"}
CSV = {"Accept": "text/csv"}

# Every list endpoint, with and without filters and search.
LIST_URLS = [
    "/v1/documents",
    "/v1/documents?q=kremlin",
    f"/v1/documents/{SEED_ID}/entities",
    f"/v1/documents/{SEED_ID}/entities?type=person",
    "/v1/entities",
    "/v1/entities?type=place",
    "/v1/entities?q=peskov",
    "/v1/entities/person:dmitry-peskov/documents",
    f"/v1/documents/{SEED_ID}/quotes",
    "/v1/quotes",
    "/v1/quotes?q=threat",
    "/v1/quotes?speaker_gender=male&anonymous=false",
    "/v1/entities/person:dmitry-peskov/quotes",
    f"/v1/documents/{SEED_ID}/numeric-facts",
    f"/v1/documents/{SEED_ID}/numeric-facts?kind=money",
    "/v1/numeric-facts",
    "/v1/numeric-facts?min_value=100&kind=count",
    "/v1/entities/person:don-bacon/numeric-facts",
]


def walk(client, url: str, size: int = 7) -> list[dict]:
    """Every item of a list, page after page of JSON."""
    items, token = [], None
    while True:
        sep = "&" if "?" in url else "?"
        query = f"{sep}page_size={size}" + (f"&page_token={token}" if token else "")
        page = client.get(url + query).get_json()
        items += page["items"]
        token = page["next_page_token"]
        if not token:
            return items


def ndjson(client, url: str) -> list[dict]:
    response = client.get(url, headers=NDJSON)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == "application/x-ndjson"
    assert response.is_streamed
    text = response.get_data(as_text=True)
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def csv_rows(client, url: str) -> list[dict[str, str]]:
    response = client.get(url, headers=CSV)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True), newline="")))


def cell(item: dict, column: str) -> str:
    """What the CSV holds for ``column`` of a JSON item (the format the README describes)."""
    value = item
    for key in column.split("."):
        value = None if value is None else value[key]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(value)


def leaves(item: dict, prefix: str = "") -> set[str]:
    found = set()
    for key, value in item.items():
        if isinstance(value, dict):
            found |= leaves(value, f"{prefix}{key}.")
        elif value is not None:  # a null object: its columns are empty
            found.add(prefix + key)
    return found


def check_same(client, url: str) -> list[dict]:
    """The NDJSON and CSV exports of ``url`` against its JSON walk; returns the items."""
    items = walk(client, url)
    assert ndjson(client, url) == items, url
    rows = csv_rows(client, url)
    assert len(rows) == len(items), url
    for item, row in zip(items, rows, strict=True):
        assert leaves(item) <= set(row), url  # no field left out
        assert row == {column: cell(item, column) for column in row}, url
    return items


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of 3: every export crosses several keyset batches."""
    monkeypatch.setattr(export, "BATCH", 3)


@pytest.mark.parametrize("url", LIST_URLS)
def test_exports_hold_the_items_of_the_paginated_walk(client, small_batches, url):
    items = check_same(client, url)
    assert items or url.endswith("numeric-facts"), url


def test_the_seed_has_something_to_export(client):
    assert len(ndjson(client, "/v1/quotes")) > 10
    assert ndjson(client, "/v1/entities/person:don-bacon/numeric-facts")


def test_content_negotiation_tags_and_headers(client):
    url = "/v1/quotes"
    plain = client.get(url)
    assert plain.mimetype == "application/json"
    assert client.get(url, headers={"Accept": "*/*"}).mimetype == "application/json"
    assert client.get(url, headers={"Accept": "text/html"}).mimetype == "application/json"
    preferred = {"Accept": "text/csv;q=0.5, application/x-ndjson"}
    assert client.get(url, headers=preferred).mimetype == "application/x-ndjson"
    tags = {plain.headers["ETag"]}
    for headers in (NDJSON, CSV):
        response = client.get(url, headers=headers)
        assert response.headers["Vary"] == "Accept"
        tags.add(response.headers["ETag"])
        again = client.get(url, headers={**headers, "If-None-Match": response.headers["ETag"]})
        assert again.status_code == 304
        assert client.head(url, headers=headers).status_code == 200
    assert len(tags) == 3  # one representation each
    # The same request gives the same bytes (and tag): determinism holds for exports.
    first, second = (client.get(url, headers=CSV) for _ in range(2))
    assert first.data == second.data
    assert first.headers["ETag"] == second.headers["ETag"]
    # Not a list: JSON whatever the Accept.
    one = client.get(f"/v1/documents/{SEED_ID}", headers=NDJSON)
    assert one.mimetype == "application/json"
    assert "Vary" not in one.headers


def test_page_size_does_not_apply_and_a_token_resumes(client):
    everything = ndjson(client, "/v1/quotes")
    assert ndjson(client, "/v1/quotes?page_size=2") == everything
    token = client.get("/v1/quotes?page_size=5").get_json()["next_page_token"]
    assert ndjson(client, f"/v1/quotes?page_size=5&page_token={token}") == everything[5:]


def test_invalid_exports_are_problems(client):
    bad = client.get("/v1/quotes?nope=1", headers=CSV)
    assert bad.status_code == 400
    assert bad.mimetype == "application/problem+json"
    assert client.get("/v1/documents/nope/quotes", headers=NDJSON).status_code == 404
    token = client.get("/v1/quotes?page_size=5").get_json()["next_page_token"]
    other = client.get(f"/v1/quotes?kind=full&page_token={token}", headers=NDJSON)
    assert other.status_code == 400


def test_empty_exports_have_a_header_only(client):
    assert ndjson(client, "/v1/quotes?q=zzzzqqq") == []
    response = client.get("/v1/quotes?q=zzzzqqq", headers=CSV)
    header = response.get_data(as_text=True)
    assert header.startswith("id,document_id,text,")
    assert header.count("\r\n") == 1


def test_formula_cells_are_guarded():
    assert export._cell("=1+2") == "'=1+2"
    assert export._cell("-3 dead") == "'-3 dead"
    assert export._cell(-3.5) == "-3.5"
    assert export._cell(None) == ""
    assert export._cell([{"start": 1}]) == '[{"start":1}]'


def test_exports_are_documented(app):
    spec = app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    lists = 0
    for path, item in spec["paths"].items():
        ok = item.get("get", {}).get("responses", {}).get("200", {})
        content = ok.get("content", {})
        if "next_page_token" not in json.dumps(content.get("application/json", {})):
            schema = content.get("application/json", {}).get("schema", {})
            ref = schema.get("$ref", "")
            page = spec["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
            if "next_page_token" not in page.get("properties", {}):
                assert "application/x-ndjson" not in content, path
                continue
        lists += 1
        assert {"application/json", "application/x-ndjson", "text/csv"} <= set(content), path
    assert lists == 10


class Inner(ma.Schema):
    n = ma.fields.Integer()
    flag = ma.fields.Boolean(allow_none=True)


class Outer(ma.Schema):
    name = ma.fields.String()
    key = ma.fields.String(attribute="deep.key", data_key="the_key")
    value = ma.fields.Float(allow_none=True)
    inner = ma.fields.Nested(Inner, allow_none=True)
    many = ma.fields.List(ma.fields.Nested(Inner))
    words = ma.fields.List(ma.fields.String(), allow_none=True)


@pytest.mark.parametrize(
    "obj",
    [
        {"name": "a", "deep": {"key": "k"}, "value": 1, "inner": {"n": 2.0, "flag": 1}},
        {"name": 3, "deep": None, "value": None, "inner": None, "many": [{"n": 1}], "words": None},
        {"deep": {}, "many": [], "words": ["x", None, 5]},
        SimpleNamespace(name="o", deep=SimpleNamespace(key="k"), value=2.5, inner=None, many=[]),
    ],
)
def test_the_export_dumper_dumps_as_marshmallow(obj):
    assert export.dumper(Outer())(obj) == Outer().dump(obj)


def test_the_export_dumper_refuses_fields_it_does_not_know():
    class Odd(ma.Schema):
        when = ma.fields.DateTime()

    with pytest.raises(TypeError, match="DateTime"):
        export.dumper(Odd())
