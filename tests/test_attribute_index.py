"""The attribute ruler matched with arrays (service/nlp/attribute_index.py) gives exactly the
matches of spaCy's Matcher, hence the same POS, morphology and lemmas."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG

from service.nlp import MODEL_PACKAGE
from service.nlp.attribute_index import ArrayMatcher, match_attributes_by_array
from tests.conftest import ROOT

BBC = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"

# Sentences for the ruler's rarer patterns: two-token ones ("gon na", "let 's", "y' all",
# "ai n't"), regular expressions ("nothin'"), dependencies ("it" as subject and object,
# "there is"), whitespace tokens.
WRITTEN = [
    "I'm gonna tell you, y'all ain't seen nothin' yet. Let's go, c'mon.",
    "It rained. They saw it and gave it to me; I said it was over.\n\n  Then   what?",
    "There is a problem, but there are two of them. Do you have it? He did.",
    "Whether or not she left, that was that: this and those, which were fine.",
    "",
]


@pytest.fixture(scope="module")
def bare():
    return spacy.load(MODEL_PACKAGE)


def texts(seed_text: str) -> list[str]:
    found = [*WRITTEN, seed_text]
    if BBC.exists():  # real news when the corpora are checked out beside the project
        lines = BBC.read_text(encoding="utf-8").splitlines()[::45]
        found += [json.loads(line)["text"] for line in lines]
    return found


def test_matches_equal_the_matchers(bare, seed_text):
    ruler = bare.get_pipe("attribute_ruler")
    by_array = ArrayMatcher(ruler)
    with bare.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        for doc in bare.pipe(texts(seed_text)):
            assert by_array(doc) == sorted(set(ruler.match(doc))), doc.text[:60]


def test_the_pipeline_annotates_as_the_model_does(bare, seed_text):
    ours = spacy.load(MODEL_PACKAGE)
    match_attributes_by_array(ours)
    assert isinstance(ours.get_pipe("attribute_ruler").match, ArrayMatcher)
    columns = [TAG, POS, MORPH, LEMMA]
    for text in [*WRITTEN, seed_text]:
        assert (ours(text).to_array(columns) == bare(text).to_array(columns)).all()


def test_a_pattern_it_cannot_read_keeps_the_matcher(bare):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "Mr", "LENGTH": 2}]], {"LEMMA": "mister"})
    match_attributes_by_array(nlp)
    assert not isinstance(ruler.match, ArrayMatcher)
    assert nlp("Mr Smith")[0].lemma_ == "mister"
