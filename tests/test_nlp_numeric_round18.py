"""Numeric facts, round 18 of issue 13: kinds of dev10 (drawn to NewsQuant's mix) and of the
tunable sets where CQE was right and ours wrong, each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of


@pytest.mark.parametrize(
    ("text", "amount", "bound"),
    [
        ("No rival polled higher than 4% in the survey.", "higher than 4%", "lower"),
        ("Fares were lower than $3 a ride in March.", "lower than $3", "upper"),
        ("The hearing lasted longer than 6 hours.", "longer than 6 hours", "lower"),
        ("Visitors younger than 16 pay nothing.", "younger than 16", "upper"),
    ],
)
def test_a_comparative_than_before_an_amount_is_a_bound(nlp, text, amount, bound):
    # as "greater than": the amount is a bound of the thing compared
    fact = fact_of(nlp, text, amount)
    assert (fact.bound, fact.direction) == (bound, None)


@pytest.mark.parametrize(
    ("text", "amount", "direction"),
    [
        ("Exports were 6.2% higher than a year ago.", "6.2%", "up"),
        ("The stock closed 1.4% lower than on Friday.", "1.4%", "down"),
    ],
)
def test_an_amount_before_higher_than_stays_a_change(nlp, text, amount, direction):
    # guard: the amount written before "higher"/"lower" is the change, no bound
    fact = fact_of(nlp, text, amount)
    assert (fact.bound, fact.direction) == (None, direction)
