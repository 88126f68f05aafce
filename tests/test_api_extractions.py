"""Entities, quotes and numeric facts over the seed corpus, through the HTTP API."""

import pytest

from service import create_app
from tests.conftest import SEED_ID


@pytest.fixture(scope="module")
def text(client_module):
    return client_module.get(f"/v1/documents/{SEED_ID}").get_json()["text"]


@pytest.fixture(scope="module")
def client_module(app):
    return app.test_client()


def all_items(client, url):
    items, token = [], None
    while True:
        sep = "&" if "?" in url else "?"
        page = client.get(
            url + (f"{sep}page_size=100&page_token={token}" if token else f"{sep}page_size=100")
        ).get_json()
        items += page["items"]
        token = page["next_page_token"]
        if not token:
            return items


def test_document_entities_offsets_and_order(client_module, text):
    entities = all_items(client_module, f"/v1/documents/{SEED_ID}/entities")
    assert entities, "the seed mentions many entities"
    saliences = [e["salience"] for e in entities]
    assert saliences == sorted(saliences, reverse=True)
    assert all(0 <= s <= 1 for s in saliences)
    for entity in entities:
        assert entity["id"].startswith(entity["type"] + ":")
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
        for t in entity["titles"]:
            assert text[t["start"] : t["end"]] == t["text"]


def test_entity_listing_filters_and_detail(client_module):
    people = all_items(client_module, "/v1/entities?type=person")
    assert people
    assert all(e["type"] == "person" for e in people)
    peskov = all_items(client_module, "/v1/entities?q=peskov")
    assert [e["id"] for e in peskov] == ["person:dmitry-peskov"]
    detail = client_module.get("/v1/entities/person:dmitry-peskov").get_json()
    assert detail["document_count"] == 1
    assert detail["mention_count"] == len(detail["documents"][0]["mentions"]) == 2
    assert detail["documents"][0]["id"] == SEED_ID
    assert client_module.get("/v1/entities?document=nope").get_json()["total_size"] == 0
    assert client_module.get("/v1/entities/person:nobody").status_code == 404
    assert client_module.get("/v1/entities?type=animal").status_code == 400


def test_quotes_endpoints(client_module, text):
    quotes = all_items(client_module, f"/v1/documents/{SEED_ID}/quotes")
    assert len(quotes) >= 12
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["document_id"] == SEED_ID
        assert q["kind"] in ("direct", "partial", "indirect")
        for f in q["fragments"]:
            assert q["kind"] == "indirect"
            assert q["start"] <= f["start"] < f["end"] <= q["end"]
        one = client_module.get(f"/v1/quotes/{q['id']}").get_json()
        assert one == q
    anonymous = all_items(client_module, "/v1/quotes?anonymous=true")
    assert anonymous
    assert all(q["speaker"]["anonymous"] for q in anonymous)
    assert all(q["speaker"]["entity_id"] is None for q in anonymous)
    by_peskov = all_items(client_module, "/v1/entities/person:dmitry-peskov/quotes")
    assert by_peskov
    listed = all_items(client_module, "/v1/quotes?speaker=person:dmitry-peskov")
    assert all(q.pop("match") is None for q in listed)
    assert by_peskov == listed
    assert all("Peskov" in q["speaker"]["name"] for q in by_peskov)
    hits = all_items(client_module, "/v1/quotes?q=ZERO%20AMBIGUITY")
    assert [q["speaker"]["entity_id"] for q in hits] == ["person:don-bacon"]
    assert client_module.get("/v1/quotes/nope").status_code == 404
    assert client_module.get("/v1/quotes?anonymous=maybe").status_code == 400


def test_gender_of_people_and_speakers(client_module):
    people = {e["id"]: e for e in all_items(client_module, "/v1/entities?type=person")}
    assert (
        people["person:dmitry-peskov"]["gender"],
        people["person:dmitry-peskov"]["gender_evidence"],
    ) == ("male", "text")
    assert all(e["gender"] is None for e in all_items(client_module, "/v1/entities?type=place"))
    in_doc = all_items(client_module, f"/v1/documents/{SEED_ID}/entities?type=person")
    assert {e["gender"] for e in in_doc} <= {"male", "female", None}
    assert any(e["gender_evidence"] == "name" for e in in_doc)
    male = all_items(client_module, "/v1/quotes?speaker_gender=male")
    assert male
    assert all(q["speaker"]["gender"] == "male" for q in male)
    unknown = all_items(client_module, "/v1/quotes?speaker_gender=unknown")
    assert all(q["speaker"] is None or q["speaker"]["gender"] is None for q in unknown)
    everything = all_items(client_module, "/v1/quotes")
    female = all_items(client_module, "/v1/quotes?speaker_gender=female")
    assert len(male) + len(female) + len(unknown) == len(everything)
    assert client_module.get("/v1/quotes?speaker_gender=other").status_code == 400


def test_quote_kind_filter(client_module):
    every = all_items(client_module, f"/v1/documents/{SEED_ID}/quotes")
    kinds = {q["kind"] for q in every}
    assert kinds == {"direct", "partial", "indirect"}

    def without_match(items):  # /v1/quotes items say where a search matched
        assert all(q.pop("match") is None for q in items)
        return items

    for kind in kinds:
        expected = [q for q in every if q["kind"] == kind]
        url = f"/v1/documents/{SEED_ID}/quotes?kind={kind}"
        assert all_items(client_module, url) == expected
        assert without_match(all_items(client_module, f"/v1/quotes?kind={kind}")) == expected
    two = without_match(all_items(client_module, "/v1/quotes?kind=direct&kind=indirect"))
    assert two == [q for q in every if q["kind"] != "partial"]
    reported = all_items(client_module, "/v1/entities/person:don-bacon/quotes?kind=indirect")
    assert [q["kind"] for q in reported] == ["indirect"]
    assert "zero ambiguity" in reported[0]["text"]
    assert all_items(client_module, "/v1/entities/person:don-bacon/quotes?kind=partial") == []
    for bad in ("kind=full", "kind=", "kind=direct&kind=direct&kind=direct&kind=direct"):
        assert client_module.get(f"/v1/quotes?{bad}").status_code == 400
        assert client_module.get(f"/v1/documents/{SEED_ID}/quotes?{bad}").status_code == 400


def test_numeric_fact_endpoints(client_module, text):
    facts = all_items(client_module, f"/v1/documents/{SEED_ID}/numeric-facts")
    for f in facts:
        assert text[f["start"] : f["end"]] == f["text"]
    money = all_items(client_module, "/v1/numeric-facts?kind=money&currency=USD")
    assert money
    assert all(f["money"]["currency"] == "USD" for f in money)
    big = all_items(client_module, "/v1/numeric-facts?kind=money&min_value=1000000000")
    assert [f["value"] for f in big] == [2.5e9]
    assert big[0]["qualifier"] == "more than"
    troops = all_items(client_module, "/v1/numeric-facts?counted=troops")
    assert 15000 in [f["value"] for f in troops]
    # A NUL ends an FTS5 query string: such a search is a plain scan, not a 500.
    nul = client_module.get("/v1/numeric-facts?counted=tro%00ops")
    assert (nul.status_code, nul.get_json()["items"]) == (200, [])
    changes = [f for f in money if f["range"]]
    assert {f["range"]["role"] for f in changes} == {"from", "to"}
    start = client_module.get(f"/v1/numeric-facts/{changes[0]['range']['start_id']}").get_json()
    assert start["value"] == 250e6
    assert client_module.get("/v1/numeric-facts?min_value=abc").status_code == 400
    assert client_module.get("/v1/numeric-facts?currency=usd").status_code == 400
    assert client_module.get("/v1/numeric-facts/nope").status_code == 404
    (thousands,) = [f for f in facts if f["text"] == "thousands"]
    assert thousands["range"] == {
        "kind": "vague",
        "role": None,
        "start_id": thousands["id"],
        "end_id": thousands["id"],
        "low": 1000.0,
        "high": 10000.0,
    }
    assert {"direction", "concept"} <= set(thousands)


def test_unknown_document_sub_resources_are_404(client_module):
    for sub in ("entities", "quotes", "numeric-facts"):
        assert client_module.get(f"/v1/documents/nope/{sub}").status_code == 404


def test_what_a_person_said_across_documents(make_corpus):
    """A document that calls him "Mourinho" only, or "Mr Mourinho", still files his quotes
    under the one person named in full elsewhere."""
    folder = make_corpus(
        {
            "a.txt": "Chelsea win\n\nChelsea boss Jose Mourinho praised his players on Sunday.",
            "b.txt": "Title race\n\n“We played very well today and deserved it,” Mourinho said.",
            "c.txt": "Cup draw\n\nMr Mourinho said: “The draw is hard but we are ready for it.”",
        }
    )
    app = create_app({"CORPUS_DIR": str(folder), "TESTING": True})
    client = app.test_client()
    person = client.get("/v1/entities/person:jose-mourinho").get_json()
    assert person["type"] == "person"
    assert {d["id"] for d in person["documents"]} == {"a", "b", "c"}
    quotes = all_items(client, "/v1/entities/person:jose-mourinho/quotes")
    assert {q["document_id"] for q in quotes} == {"b", "c"}
    assert all(q["speaker"]["entity_id"] == "person:jose-mourinho" for q in quotes)
    assert client.get("/v1/entities/organization:mourinho").status_code == 404


def test_numbers_linked_to_who_claims_them(make_corpus):
    """A number inside a quote is claimed by the quote's speaker; one in the article's own
    voice is claimed by no one. The speaker's numbers are listed across documents."""
    folder = make_corpus(
        {
            "a.txt": "Jobs\n\nThe factory employs 400 people. “Sales rose 12% last year and we "
            "will hire 50 engineers,” chief executive Jane Smith said on Monday.",
            "b.txt": "Plans\n\nJane Smith, the chief executive, said: “We expect to sell "
            "30,000 cars.” The plant opened in 1990.",
        }
    )
    app = create_app({"CORPUS_DIR": str(folder), "TESTING": True})
    client = app.test_client()
    facts = {f["text"]: f for f in all_items(client, "/v1/numeric-facts")}
    quotes = {q["id"]: q for q in all_items(client, "/v1/quotes")}
    for text in ("12%", "50", "30,000"):
        fact = facts[text]
        quote = quotes[fact["quote_id"]]
        assert quote["start"] <= fact["start"] < fact["end"] <= quote["end"]
        assert fact["claimed_by"] == {
            "name": "Jane Smith",
            "entity_id": "person:jane-smith",
            "anonymous": False,
        }
    for text in ("400", "1990"):
        assert facts[text]["quote_id"] is None
        assert facts[text]["claimed_by"] is None
    claimed = all_items(client, "/v1/entities/person:jane-smith/numeric-facts")
    assert [f["text"] for f in claimed] == ["12%", "50", "30,000"]
    assert all_items(client, "/v1/numeric-facts?claimed_by=person:jane-smith") == claimed
    page = client.get("/v1/numeric-facts?claimed_by=person:jane-smith&page_size=1").get_json()
    assert page["total_size"] == 3
    assert client.get("/v1/entities/person:nobody/numeric-facts").status_code == 404
    one = client.get(f"/v1/numeric-facts/{facts['12%']['id']}").get_json()
    assert one["claimed_by"]["entity_id"] == "person:jane-smith"
