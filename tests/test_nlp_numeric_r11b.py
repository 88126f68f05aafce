"""Numeric facts, round r11b of issue 13 (direction of change): each rule on a short
hand-written sentence."""

import pytest

from tests.numeric_helpers import fact_of


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("Over 20 years, prices doubled.", "20 years"),
        ("Over 10 years, the deficit would add up to $1 trillion.", "10 years"),
        ("In Spain, over three decades, the coast was built up.", "three decades"),
    ],
)
def test_a_fronted_over_a_span_of_time_is_no_bound(nlp, text, fact_text):
    """ "Over 20 years, prices doubled": a fronted "over" and its period set off by a comma
    is the span the change took, not "more than" (the parser hangs "over" on the number)."""
    fact = fact_of(nlp, text, fact_text)
    assert (fact.bound, fact.qualifier) == (None, None)


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("It took over 10 hours to finish.", "over 10 hours"),
        ("Over 10 years ago the plant closed.", "Over 10 years"),
        ("He has lived there for over 30 years, friends say.", "over 30 years"),
    ],
)
def test_over_a_period_not_fronted_stays_a_bound(nlp, text, fact_text):
    fact = fact_of(nlp, text, fact_text)
    assert fact.bound == "lower"
