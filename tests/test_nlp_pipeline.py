import json

import pytest
import spacy

from service.nlp import MODEL_PACKAGE, entities
from service.nlp.pipeline import (
    MAX_RUN,
    RUN_TOKEN,
    RunCappedTokenizer,
    analyze_doc,
    analyze_texts,
    drop_number_abbreviations,
    parse_texts,
    split_sections,
)
from tests.conftest import ROOT

BBC = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"


def bbc_texts(limit: int) -> list[str]:
    if not BBC.exists():
        pytest.skip("the BBC corpus is not checked out beside the project")
    with BBC.open() as f:
        return [json.loads(line)["text"] for line, _ in zip(f, range(limit), strict=False)]


@pytest.fixture(scope="module")
def stock_nlp():
    """The pipeline as built before long runs and long texts were special-cased (with the
    same tokenizer rules)."""
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("paragraph_breaks", before="parser")
    entities.add_entity_rules(nlp)
    drop_number_abbreviations(nlp)
    return nlp


def test_prose_gets_spacy_tokens(nlp, seed_text):
    assert isinstance(nlp.tokenizer, RunCappedTokenizer)
    stock = nlp.tokenizer.tokenizer
    for text in (seed_text, "A URL: https://example.com/a/b?c=d&e=f, then “quotes”!"):
        ours, theirs = nlp.tokenizer(text), stock(text)
        assert [(t.text, t.whitespace_, t.norm_) for t in ours] == [
            (t.text, t.whitespace_, t.norm_) for t in theirs
        ]


@pytest.mark.parametrize("run", ['"' * 1000, "''" * 500, "x" * (MAX_RUN + 1), "😀‍" * 400])
def test_long_run_is_cut_into_tokens(nlp, run):
    text = f"He said {run} to me.\n{run}"
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert max(len(t) for t in doc) == RUN_TOKEN
    assert [t.text for t in doc[:2]] == ["He", "said"]
    assert [t.text for t in doc[-len(run) // RUN_TOKEN - 4 :][:3]] == ["to", "me", "."]


def test_split_sections_joins_back_and_prefers_paragraph_breaks():
    text = ("One sentence. Another one here.\n" * 3 + "\n") * 40
    pieces = split_sections(text, 500)
    assert "".join(pieces) == text
    assert all(len(p) <= 500 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert split_sections("x" * 1200, 500) == ["x" * 500, "x" * 500, "x" * 200]
    assert split_sections("short", 500) == ["short"]


def test_ordinary_articles_unchanged(stock_nlp, seed_text):
    """The seed and BBC articles give the same extractions as the stock spaCy pipeline."""
    texts = [seed_text, *bbc_texts(12)]
    before = [analyze_doc(stock_nlp(t)) for t in texts]
    assert list(analyze_texts(texts)) == before


def test_sections_are_one_document():
    """Entities resolve, and quotes are attributed, across the sections of a long text."""
    text = (
        "Kremlin spokesman Dmitry Peskov dismissed the concerns on Monday.\n\n"
        + "Poland has sent about 15,000 troops to the border with Belarus.\n\n" * 8
        + "“Russia poses no threat to anyone at all,” Peskov said.\n\n"
        + "“We are a peaceful country and always have been.”"
    )
    (doc,) = parse_texts([text], section=300)
    assert doc.text == text
    analysis = analyze_doc(doc)
    (peskov,) = [e for e in analysis.entities if e.type == "person"]
    assert peskov.key == "person:dmitry-peskov"
    assert len(peskov.mentions) == 2
    assert [q.speaker.entity_key for q in analysis.quotes] == ["person:dmitry-peskov"] * 2
    facts = analysis.numeric_facts
    assert [f.value for f in facts] == [15000.0] * 8
    assert [f.sentence_index for f in facts] == sorted({f.sentence_index for f in facts})


def test_text_longer_than_spacy_max_length(nlp):
    text = "word" * (nlp.max_length // 4 + 1000)  # no spaces: cheap to parse
    (doc,) = parse_texts([text])
    assert doc.text == text
    mentions = [m for e in analyze_doc(doc).entities for m in e.mentions]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_batches_of_sections_give_one_doc_per_text_in_order():
    texts = [
        "Short one.",
        "A longer paragraph about the budget.\n\n" * 30,
        "Another short one.",
        "x",
        "The minister spoke.\n\n" * 50,
        "a\n" * 90,  # one token per char: sections of 180 chars are cut at 70 tokens
    ]
    docs = list(parse_texts(texts, batch_size=3, section=200, batch_tokens=70))
    assert [d.text for d in docs] == texts
    # The tensor, unread by the extractors, is dropped: it is most of a Doc's memory.
    assert all(d.tensor.size == 0 for d in docs)
    assert list(analyze_texts(texts)) == [analyze_doc(d) for d in docs]
