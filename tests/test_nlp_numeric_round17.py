"""Numeric facts, round 17 of issue 13: kinds round 16 left (no new gold), each on a sentence
written for it."""

import pytest

from tests.numeric_helpers import fact_of


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The bill adds up to £185,000.", "£185,000"),
        ("The bill adds up to 185,000.", "185,000"),
        ("Costs added up to $5m last year.", "$5m"),
    ],
)
def test_adds_up_to_is_a_total_no_bound(nlp, text, amount):
    # "up" is the particle of "add up": the total, neither a bound nor a rise
    fact = fact_of(nlp, text, amount)
    assert (fact.qualifier, fact.bound, fact.direction) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "amount", "bound"),
    [
        ("The deal could cost up to £90m.", "up to £90m", "upper"),
        ("The losses add up to more than $2bn.", "more than $2bn", "lower"),
    ],
)
def test_up_to_elsewhere_stays_a_bound(nlp, text, amount, bound):
    # guards: "cost up to" is a bound; the qualifier after "add up to" still is
    assert fact_of(nlp, text, amount).bound == bound
