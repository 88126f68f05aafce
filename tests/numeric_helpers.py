"""Helpers of the numeric-fact tests: the facts of a hand-written sentence, and one of them."""

from __future__ import annotations

from service.nlp.numeric_facts import NumericFact, extract_numeric_facts


def facts(nlp, text: str) -> list[NumericFact]:
    return extract_numeric_facts(nlp(text))


def by_text(found: list[NumericFact], text: str) -> NumericFact:
    """The one fact written ``text`` among ``found``."""
    matches = [f for f in found if f.text == text]
    assert len(matches) == 1, (text, [f.text for f in found])
    return matches[0]


def fact_of(nlp, text: str, fact_text: str) -> NumericFact:
    """The one fact written ``fact_text`` in the sentence ``text``."""
    return by_text(facts(nlp, text), fact_text)


def only(nlp, text: str) -> NumericFact:
    """The sentence's one fact."""
    found = facts(nlp, text)
    assert len(found) == 1, found
    return found[0]
