"""Numeric facts, round 9 of issue 13: NewsQuant's conventions for levels reached, each rule
on a sentence written for it."""

import pytest

from service.nlp.numeric_facts import NumericFact, extract_numeric_facts


def facts(nlp, text: str) -> list[NumericFact]:
    return extract_numeric_facts(nlp(text))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The index fell 2% on Monday to 1,210.50.", 1210.5),
        ("The Nikkei gained 1.1% on Friday to 28,441.", 28441),
        ("Gold slipped on Tuesday to 1,802.35 dollars an ounce.", 1802.35),
    ],
)
def test_a_level_reached_after_a_day_is_no_date(nlp, text, level):
    # The model tags "Monday to 1,210.50" one DATE: a day, then the level the index reached.
    found = facts(nlp, text)
    assert level in [f.value for f in found]
    assert all(f.kind != "year" for f in found)


@pytest.mark.parametrize(
    "text",
    ["The talks run from Monday to Friday.", "The fair is open Monday to 5 June."],
)
def test_a_span_of_days_stays_a_date(nlp, text):
    assert [f for f in facts(nlp, text) if f.kind not in ("year", "date")] == []


@pytest.mark.parametrize(
    ("text", "fact_text", "approximate", "bound"),
    [
        # CQE's published bounds (its number_lookup.py), as NewsQuant's authors read them
        ("Turnout was barely 40 percent.", "barely 40 percent", True, None),
        ("Sales grew barely 2% last year.", "barely 2%", True, None),
        ("The bill covers contracts exceeding $5m.", "exceeding $5m", False, "lower"),
        ("Winds exceeding 100 mph hit the coast.", "exceeding 100 mph", False, "lower"),
    ],
)
def test_barely_and_exceeding_qualify_an_amount(nlp, text, fact_text, approximate, bound):
    fact = next(f for f in facts(nlp, text) if f.text == fact_text)
    assert (fact.approximate, fact.bound) == (approximate, bound)
