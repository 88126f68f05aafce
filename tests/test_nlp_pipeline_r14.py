"""The lemmatizer cached by word and indexed by sets (service/nlp/lemma_cache.py) gives exactly
the lemmas of the model's own lemmatizer (round r14-perf)."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG

from service.nlp import MODEL_PACKAGE
from service.nlp.lemma_cache import CachedLemmatizer, cache_lemmas
from service.nlp.numeric_facts.finding import _amount_as_date
from service.nlp.pipeline import load_pipeline
from service.nlp.spans import COMMON_NOUNS
from tests.conftest import ROOT

BBC = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"

# Inflected words a rule turns into a known word ("mice", "written", "better", "books"), the
# same form as two parts of speech ("books", "flights"), words no rule knows ("Blairites",
# "tweeting"), numbers, abbreviations and whitespace.
WRITTEN = [
    "The mice were running faster than the cats; she has written two better books.",
    "He books flights and the books are flights of fancy, said the Blairites, tweeting.",
    "Shares rose 3.5% to £4.20 on Tuesday. Mr. Smith's firms' profits fell.\n\n  Then   what?",
    "The children's toys broke, and the worst-hit villages were the best-known ones.",
    "",
]


@pytest.fixture(scope="module")
def bare():
    return spacy.load(MODEL_PACKAGE)


@pytest.fixture(scope="module")
def cached():
    nlp = spacy.load(MODEL_PACKAGE)
    cache_lemmas(nlp)
    return nlp


def texts(seed_text: str) -> list[str]:
    found = [*WRITTEN, seed_text]
    if BBC.exists():  # real news when the corpora are checked out beside the project
        lines = BBC.read_text(encoding="utf-8").splitlines()[::150]
        found += [json.loads(line)["text"] for line in lines]
    return found


def test_the_cache_is_bounded_and_stays_right(bare, cached, monkeypatch):
    """A long-lived server fed ever new words keeps the cache within its bound, and a cache
    emptied for it gives the same lemmas."""
    lemmatizer = cached.get_pipe("lemmatizer")
    monkeypatch.setattr("service.nlp.lemma_cache.MAX_CACHED_LEMMAS", 10)
    columns = [LEMMA]
    for text in WRITTEN[:4] * 2:
        doc = cached(text)
        assert (doc.to_array(columns) == bare(text).to_array(columns)).all()
        assert len(lemmatizer.lemma_keys) <= 10 + len(doc)


def test_the_lemmas_equal_the_models(bare, cached, seed_text):
    assert isinstance(cached.get_pipe("lemmatizer"), CachedLemmatizer)
    columns = [TAG, POS, MORPH, LEMMA]
    for _ in range(2):  # the second time from the cache
        for text in texts(seed_text):
            assert (cached(text).to_array(columns) == bare(text).to_array(columns)).all(), text[:60]


def test_the_written_sentences_lemmas(cached):
    lemmas = [t.lemma_ for t in cached(WRITTEN[0])]
    assert lemmas[:6] == ["the", "mouse", "be", "run", "fast", "than"]
    assert {"book", "write", "well"} <= set(lemmas)


def test_its_word_index_holds_the_models_words_as_sets(bare, cached):
    model = bare.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    ours = cached.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(ours) == set(model)
    for pos in model:
        assert isinstance(ours[pos], frozenset)
        assert ours[pos] == frozenset(model[pos])
    for name in ("lemma_exc", "lemma_rules"):
        other = cached.get_pipe("lemmatizer").lookups.get_table(name)
        assert dict(other.items()) == dict(
            bare.get_pipe("lemmatizer").lookups.get_table(name).items()
        )


def test_the_pipeline_keeps_its_name_and_the_entity_repairs_read_its_nouns():
    nlp = load_pipeline()
    assert "lemmatizer" in nlp.pipe_names
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    assert {"mouse", "cat", "book"} <= COMMON_NOUNS


def test_another_lemmatizer_is_left_as_it_is():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    cache_lemmas(nlp)
    assert not isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)


@pytest.mark.parametrize(
    ("text", "end", "amount"),
    [
        ("5 billion dollars last year", 3, True),  # a currency word: an amount
        ("two and a half billion dollars", 6, True),
        ("5 billion last year", 2, True),  # a long scale
        ("in March 2005 alone", 3, False),  # a month: a date
        ("3 weeks later", 2, False),
        ("5 dollars a week", 4, False),  # a duration beside the currency: a date
    ],
)
def test_a_date_span_that_is_an_amount(text, end, amount):
    # the currency words are a dict: looked up by the span's words, as before by set
    doc = spacy.blank("en")(text)
    start = 1 if text.startswith("in ") else 0
    assert _amount_as_date(doc[start:end]) is amount
