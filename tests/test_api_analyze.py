import json

import pytest

TEXT = (
    "Kremlin spokesman Dmitry Peskov dismissed the concerns. “Russia poses no threat to "
    "anyone,” Peskov said. Poland has sent about 15,000 troops to the border."
)


def test_analyze_json(client):
    r = client.post("/v1/analyze", json={"text": TEXT, "title": "T"})
    assert r.status_code == 200
    body = r.get_json()
    assert body["document"]["id"] == "input"
    assert body["document"]["text"] == TEXT
    assert "person:dmitry-peskov" in [e["id"] for e in body["entities"]]
    (quote,) = body["quotes"]
    assert quote["speaker"]["entity_id"] == "person:dmitry-peskov"
    assert [f["value"] for f in body["numeric_facts"]] == [15000]


def test_analyze_direction_concept_and_units(client):
    text = "Tesla jumped 8.5% to $250. The train ran at 140 km/h, down 19 cents a ticket."
    facts = client.post("/v1/analyze", json={"text": text}).get_json()["numeric_facts"]
    shown = {f["text"]: f for f in facts}
    assert (shown["8.5%"]["direction"], shown["8.5%"]["concept"]) == ("up", "Tesla")
    assert shown["$250"]["direction"] is None  # a level reached, not a change
    speed = shown["140 km/h"]
    assert (speed["kind"], speed["unit"], speed["rate"]) == (
        "quantity",
        "kilometer",
        {"per": "hour"},
    )
    assert shown["19 cents"]["direction"] == "down"


def test_analyze_plain_text_same_result(client):
    as_json = client.post("/v1/analyze", json={"text": TEXT}).get_json()
    as_text = client.post("/v1/analyze", data=TEXT, content_type="text/plain; charset=utf-8")
    assert as_text.get_json() == as_json


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"text": ""}}, 400),
        ({"json": {"text": "   \n"}}, 400),
        ({"json": {"title": "no text"}}, 400),
        ({"json": {"text": "x", "extra": 1}}, 400),
        ({"json": ["text"]}, 400),
        ({"data": "{not json", "content_type": "application/json"}, 400),
        ({"data": b"\xff\xfe\xfa", "content_type": "text/plain"}, 400),
        ({"data": "[" * 1000 + "]" * 1000, "content_type": "application/json"}, 400),
        ({"data": "hello", "content_type": "application/xml"}, 415),
        ({"data": "hello"}, 415),
        ({"data": "x" * (1024 * 1024 + 1), "content_type": "text/plain"}, 413),
    ],
)
def test_analyze_bad_requests(client, kwargs, status):
    r = client.post("/v1/analyze", **kwargs)
    assert r.status_code == status
    assert r.mimetype == "application/problem+json"
    assert json.loads(r.data)["status"] == status


def test_analyze_get_is_405(client):
    r = client.get("/v1/analyze")
    assert r.status_code == 405
    assert "POST" in r.headers["Allow"]
