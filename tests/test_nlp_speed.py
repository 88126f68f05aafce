"""Speed changes that must leave every result as it was: each shortcut agrees with the slow
path it skips."""

from __future__ import annotations

import re

import pytest
from spacy.attrs import DEP, LOWER

from service.nlp.numeric_facts import units
from service.nlp.tokens import (
    doc_text,
    lower_case_words,
    parsed_text,
    positions,
    positions_matching,
    word_positions,
)

# Units spelled out, symbols, prefixed and plural forms, words pint reads only through a prefix
# ("pins": pico-inch), and words that are no unit at all.
WORDS = [
    "km", "kilometres", "metres", "ms", "hp", "ton", "tons", "ohm", "pins", "acts", "das",
    "ks", "Hz", "GHz", "dimensionless", "inch", "feet", "mph", "mile", "government", "Blair",
    "said", "election", "people", "Labour", "quickly", "x", "s", "Kilometres",
]  # fmt: skip


def _pint_reads(word: str) -> bool:
    try:
        units._registry().parse_units(word)
    except Exception:
        return False
    return True


@pytest.mark.parametrize("word", WORDS)
def test_unit_word_precheck_refuses_only_what_pint_refuses(word):
    if not units._may_be_unit_word(word):
        assert not _pint_reads(word)


def test_unit_word_precheck_refuses_most_words():
    refused = [w for w in WORDS if not units._may_be_unit_word(w)]
    assert {"government", "Blair", "said", "election", "quickly"} <= set(refused)
    assert "kilometres" not in refused
    assert "pins" not in refused


def test_parse_units_answers_as_pint_does():
    for word in WORDS:
        try:
            expected = units._registry().parse_units(word)
        except Exception:
            expected = None
        try:
            found = units._parse_units(word)
        except Exception:
            found = None
        assert found == expected, word


def test_positions_agree_with_a_walk_of_the_doc(nlp):
    doc = nlp("Mr Smith said on Monday that Dr. Jones and MRS Brown would go. Jones said no.")
    titles = frozenset({"mr", "dr.", "mrs"})
    assert positions(doc, LOWER, titles) == [t.i for t in doc if t.lower_ in titles]
    assert positions(doc, DEP, frozenset({"nsubj"})) == [t.i for t in doc if t.dep_ == "nsubj"]
    assert positions(doc, LOWER, frozenset({"absent"})) == []


def test_positions_matching_agree_with_a_walk_of_the_doc(nlp):
    doc = nlp("Worlds 2013 came before Worlds 2022 and 2013 again; 1899 and 20133 are no years.")
    year = re.compile(r"^(?:1[89]|20)\d\d$")
    expected = [t.i for t in doc if year.match(t.text)]
    assert positions_matching(doc, year) == expected
    assert len(expected) == 4


def test_word_positions_and_lower_case_words_agree_with_a_walk_of_the_doc(nlp):
    doc = nlp("Jones said Smith, not JONES, was right; Smith's rival Jones said no. Mr Jones won.")
    for words in ({"Jones", "Smith"}, {"Jones"}, {"nobody"}, set()):
        assert word_positions(doc, words) == [t.i for t in doc if t.text in words]
    assert positions(doc, LOWER, frozenset()) == []
    assert lower_case_words(doc) == {t.text for t in doc if t.is_lower and t.is_alpha}
    doc = nlp("The 3rd man and the x-ray, not the X-RAY, of 2nd-rate films.")
    assert lower_case_words(doc, letters_only=False) == {t.text for t in doc if t.is_lower}
    assert lower_case_words(doc, letters_only=False) > lower_case_words(doc)


def test_parsed_text_is_a_cut_of_doc_text(nlp):
    doc = nlp("He ran\xa0the 100m in 9.8s.\xa0The £5m deal over\xa0 800m.")
    n = len(doc.text)
    assert "\xa0" in doc_text(doc)
    assert "\xa0" not in doc.text
    for start in range(n):
        for end in range(start, n + 3):
            assert parsed_text(doc, start, end) == doc.text[start:end]
    assert parsed_text(doc) == doc.text
