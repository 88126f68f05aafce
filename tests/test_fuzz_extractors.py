"""Fuzzing the extractors and POST /v1/analyze with random and adversarial text.

Deterministic (derandomized) so CI sees the same examples every run. Checked on every input:
no exception, every span lies in the text and its ``text`` field is the text it spans,
numbers are finite, and the API answers valid JSON (no NaN/Infinity) and never 500.
"""

import json
import math
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from service.nlp.article import parse_record
from service.nlp.numeric_facts import extract_numeric_facts, parse_number
from service.nlp.pipeline import Analysis, analyze_texts

FUZZ = settings(
    derandomize=True,
    deadline=None,
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),  # more for a local fuzzing run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)

QUOTE_MARKS = ['"', "“", "”", "«", "»", "„", "‘", "’", "''", "'"]
FRAGMENTS = [
    *QUOTE_MARKS,
    " ",
    "\n",
    "\n\n",
    "\t",
    ",",
    ".",
    ":",
    "Kremlin spokesman Dmitry Peskov",
    " said ",
    "he said.",
    "according to",
    "as follows:",
    "Rep. Jim Jordan (R-Ohio)",
    "the U.S.",
    "Russia poses no threat to anyone",
    "about 15,000 troops",
    "$1.13bn (£600m)",
    "from 5% to 7.5%",
    "between 2,000 and 4,000",
    "a third",
    "twice",
    "1e999",
    "9" * 400,
    "$ 9,999,999,999,999,999 trillion",
    "£" + "9" * 320 + "bn",
    "0." + "0" * 400 + "1%",
    "999999999999999999999999 million million",
    "thousands of hundreds of millions of billions",
    "١٢٣",  # Arabic-Indic digits
    "بوتين قال",  # Arabic: "Putin said"
    "“שלום עולם”",  # Hebrew in curly quotes
    "\u202e",  # right-to-left override
    "👨‍👩‍👧‍👦",  # a ZWJ family
    "🇺🇦",
    "e\u0301\u0301\u0301",  # combining marks
    "\u200b",
    "\x00",
    "\x07",
    "\x1f",
    "\x85",
    "\u2028",
    "\ufeff",
]

fragments = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
texts = st.one_of(fragments, any_text, st.tuples(fragments, any_text).map("".join))


def _check_span(text: str, item: Any, field: str | None = "text") -> None:
    assert 0 <= item.start <= item.end <= len(text), item
    if field is not None:
        assert text[item.start : item.end] == getattr(item, field), item


def check_analysis(text: str, analysis: Analysis) -> None:
    """Every offset in the text, every ``text`` field equal to the text it spans."""
    for entity in analysis.entities:
        assert entity.mentions
        assert 0 <= entity.salience <= 1
        for mention in entity.mentions:
            _check_span(text, mention)
        for attribute in entity.attributes:
            _check_span(text, attribute)
    for quote in analysis.quotes:
        _check_span(text, quote)
        assert quote.kind in ("direct", "partial", "indirect"), quote
        assert not quote.fragments or quote.kind == "indirect", quote
        for fragment in quote.fragments:
            assert quote.start <= fragment.start <= fragment.end <= quote.end, quote
        if quote.cue is not None:
            _check_span(text, quote.cue, "verb")
        if quote.speaker is not None:
            _check_span(text, quote.speaker, None)
    facts = analysis.numeric_facts
    for fact in facts:
        _check_span(text, fact)
        assert isinstance(fact.value, float | int)
        assert math.isfinite(fact.value), fact
        if fact.range is not None:
            assert 0 <= fact.range.partner < len(facts)
            assert facts[fact.range.partner].range.partner == facts.index(fact)


def analyze(text: str) -> Analysis:
    (analysis,) = analyze_texts([text])
    check_analysis(text, analysis)
    return analysis


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def post_analyze(client, text: str) -> dict | None:
    """POST ``text``; the parsed body of a 200 (checked), None for a 400 on a blank text."""
    r = client.post("/v1/analyze", data=text.encode(), content_type="text/plain; charset=utf-8")
    if not parse_record(text).text.strip():
        assert r.status_code == 400
        return None
    assert r.status_code == 200, r.data[:500]
    body = json.loads(r.data, parse_constant=_reject_constant)
    document_text = body["document"]["text"]
    _check_offsets(document_text, body)
    return body


def _check_offsets(text: str, node: Any) -> None:
    """Every object with integer start/end in the response lies in the document text."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            assert 0 <= node["start"] <= node["end"] <= len(text), node
            if isinstance(node.get("text"), str):
                assert text[node["start"] : node["end"]] == node["text"], node
        for value in node.values():
            _check_offsets(text, value)
    elif isinstance(node, list):
        for value in node:
            _check_offsets(text, value)


# --- Random and generated text ----------------------------------------------------------------


@FUZZ
@given(text=texts)
@example(text="")
@example(text='"“”«»„' * 50 + "''" * 50)
@example(text="He said “yes\n\n”no” «oui» „ja“ ''maybe'' \"" * 5)
@example(text="1e999 " + "9" * 400 + " $ 9,999,999,999,999,999 trillion and 10^400 people")
@example(text="The " + "9" * 400 + " million troops rose from 1e999% to " + "9" * 400 + "%.")
@example(text="“Peskov said” said Peskov: “”“”“” Peskov: “a” “b c d”")
@example(text="He said that “she told him that ” according to, who said that." * 20)
def test_extractors_on_generated_text(text):
    analyze(text)


@FUZZ
@given(text=texts.filter(lambda t: t.strip()))
def test_api_on_generated_text(client, text):
    post_analyze(client, text)


# --- Adversarial inputs ----------------------------------------------------------------------

RTL = (
    "قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا لا تشكل تهديدا لأحد. "
    "“אנחנו לא מאיימים על אף אחד,” אמר דובר הקרמלין. "
)
ADVERSARIAL = {
    "straight marks": '"' * 10_000,
    "curly marks": "“" * 5_000 + "”" * 5_000,
    "alternating curly": "“”" * 5_000,
    "guillemets": "«»" * 5_000,
    "low-high marks": "„“" * 5_000,
    "two apostrophes": "''" * 5_000,
    "single curly": "‘’" * 5_000,
    "spaced marks": '" ' * 5_000,
    "marks and words": 'He said "yes" “no” «non» ' * 400,
    "unbalanced": "He said “" + "word " * 2_000 + "\n\n" + "” she said." * 200,
    "rtl": RTL * 100,
    "rtl override": "\u202e" + "Peskov said “hello there friend.” " * 100,
    "emoji zwj": "👨‍👩‍👧‍👦🇺🇦🏳️‍🌈 " * 1_000 + "👩‍🚀" * 1_000,
    "combining marks": "Pe\u0301\u0301skov sa\u0301id “he\u0301llo wo\u0308rld again”. " * 300
    + "a"
    + "\u0301" * 5_000,
    "control chars": "".join(chr(c) for c in range(32)) * 100 + "Peskov\x00said\x00“hi”",
    "nul": "\x00" * 10_000,
    "no spaces": ("Peskovsaid“Russiaposesnothreat”,about15,000troops$1.13bn." * 3_000)[:100_000],
    "one long sentence": "Kremlin spokesman Dmitry Peskov and Rep. Jim Jordan and " * 400,
    "huge numbers": "1e999 " + "9" * 400 + " $ 9,999,999,999,999,999 trillion " * 200,
    "digits no spaces": "9" * 100_000,
    "only newlines": "\n" * 10_000 + "x",
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_extractors_on_adversarial_text(name):
    analyze(ADVERSARIAL[name])


@pytest.mark.parametrize("name", ["straight marks", "rtl", "huge numbers", "control chars"])
def test_api_on_adversarial_text(client, name):
    post_analyze(client, ADVERSARIAL[name])


def test_huge_numbers_are_finite(client):
    body = post_analyze(client, "It cost $ 9,999,999,999,999,999 trillion, or 1e999, or 10^400.")
    assert body["numeric_facts"]
    text = "The deficit reached £" + "9" * 400 + "bn, up " + "9" * 400 + "%."
    body = post_analyze(client, text)
    assert body["numeric_facts"]


@pytest.mark.slow
def test_api_on_a_megabyte_without_spaces(client, app):
    limit = app.config["MAX_CONTENT_LENGTH"]
    for unit in ("Peskov“said”$1bn", '"', "“”", "9"):
        text = (unit * limit).encode()[:limit].decode(errors="ignore")
        post_analyze(client, text)


def test_api_on_text_over_spacy_max_length(client, app):
    """Longer than spaCy accepts in one Doc (1,000,000 chars), within the request limit."""
    limit = app.config["MAX_CONTENT_LENGTH"]
    body = post_analyze(client, "x" * limit)
    assert len(body["document"]["text"]) == limit


# --- Regressions found by fuzzing -------------------------------------------------------------


def test_number_of_hundreds_of_digits_is_no_fact():
    """float() of 309+ digits is inf, which the API would write as the non-JSON Infinity."""
    assert parse_number("9" * 400) is None
    assert parse_number("9" * 400 + " trillion") is None
    assert parse_number("9" * 50) == float("9" * 50)
    analyze("There were " + "9" * 320 + " people, " + "9" * 250 + " trillion dollars.")


def test_ordinal_of_hundreds_of_digits(nlp):
    """An ORDINAL span like "999…9th" once raised OverflowError (int too large for a float)."""
    words = ["He", "came", "9" * 400 + "th", "in", "the", "race", "."]
    doc = nlp(Doc(nlp.vocab, words=words, spaces=[True] * 5 + [False] * 2))
    doc.ents = [Span(doc, 2, 3, label="ORDINAL")]
    assert extract_numeric_facts(doc) == []
    doc = nlp("He came 12th in the race.")
    doc.ents = [Span(doc, 2, 3, label="ORDINAL")]
    assert [(f.kind, f.value) for f in extract_numeric_facts(doc)] == [("ordinal", 12.0)]


@pytest.mark.parametrize(
    "text", ["Tweet", "Advertisement\n\nEmail", "\ufeff", "\ufeff\r\n", "\ufeff\r\nx"]
)
def test_api_on_text_with_no_article_text_is_empty_analysis(client, text):
    """Only boilerplate once raised BadFile (a 500): a valid text with nothing in it."""
    r = client.post("/v1/analyze", data=text.encode(), content_type="text/plain")
    assert r.status_code == 200
    body = r.get_json()
    assert (body["entities"], body["quotes"], body["numeric_facts"]) == ([], [], [])
    assert body["document"]["text"].strip() in ("", "x")


@pytest.mark.parametrize("text", ["   ", "\t\r\n", "\x1f\u2028\x85"])
def test_api_on_blank_text_is_400(client, text):
    r = client.post("/v1/analyze", data=text.encode(), content_type="text/plain")
    assert r.status_code == 400
    assert r.mimetype == "application/problem+json"
