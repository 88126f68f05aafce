"""Numeric facts, seventh round of issue 13: kinds of errors found on US political news
(PolNeAR, tests/data/numeric_dev5: polls, money, votes, counts of people); each rule on a short
hand-written sentence."""

import pytest

from service.nlp.numeric_facts import NumericFact, extract_numeric_facts


def facts(nlp, text: str) -> list[NumericFact]:
    return extract_numeric_facts(nlp(text))


def fact_of(nlp, text: str, fact_text: str) -> NumericFact:
    found = [f for f in facts(nlp, text) if f.text == fact_text]
    assert len(found) == 1, (fact_text, [f.text for f in facts(nlp, text)])
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("Clinton holds an 8-point lead over Trump.", 8, "point"),
        ("The 15-member committee met on Monday.", 15, "member"),
        ("The 110-seat house sits in the capital.", 110, "seat"),
        ("It began as a 700-word column about a priest.", 700, "word"),
        ("A 5.1-magnitude earthquake hit the city.", 5.1, "magnitude"),
    ],
)
def test_digits_hyphened_to_the_noun_they_count_are_a_count(nlp, text, value, counted):
    (fact,) = facts(nlp, text)
    assert (fact.kind, fact.value, fact.counted) == ("count", value, counted)


@pytest.mark.parametrize(
    "text", ["The store has a 2-for-1 offer today.", "They watched a 3-D film with friends."]
)
def test_a_hyphened_phrase_or_name_is_still_no_count(nlp, text):
    assert facts(nlp, text) == []
