"""Numbers linked to the quote they are said in, and to its speaker."""

from service.corpus.records import QuoteRecord, quote_around
from service.nlp.records import Quote, Speaker


def quote(n: int, start: int, end: int, speaker: str | None = None) -> QuoteRecord:
    who = Speaker(speaker, None, 0, 1, False, None) if speaker else None
    said = Quote("x" * (end - start), start, end, "direct", who, None)
    return QuoteRecord(f"d-q{n}", "d", 0, said)


def test_the_innermost_quote_holding_the_whole_number():
    quotes = [quote(1, 10, 100, "A"), quote(2, 40, 60, "B"), quote(3, 120, 130)]
    assert quote_around(quotes, 45, 50).id == "d-q2"
    assert quote_around(quotes, 20, 25).id == "d-q1"
    assert quote_around(quotes, 55, 65).id == "d-q1"  # crosses B's end: only A holds it
    assert quote_around(quotes, 95, 105) is None  # crosses A's end
    assert quote_around(quotes, 120, 130).id == "d-q3"  # the whole quote
    assert quote_around(quotes, 0, 5) is None
    assert quote_around([], 0, 5) is None


def test_posted_text_numbers_have_their_claimant(client):
    text = "Shares fell 3%. “We lost $2 million,” said Tom Jones, the chief executive."
    body = client.post("/v1/analyze", data=text, content_type="text/plain").get_json()
    facts = {f["text"]: f for f in body["numeric_facts"]}
    (said,) = body["quotes"]
    assert facts["$2 million"]["quote_id"] == said["id"]
    assert facts["$2 million"]["claimed_by"]["name"] == "Tom Jones"
    assert facts["3%"]["claimed_by"] is None
