"""Numeric facts, round 16 of issue 13: error kinds found on dev9 (tests/data/numeric_dev9) and
rules widened to their siblings, each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of


@pytest.mark.parametrize(
    ("text", "amount", "value", "currency"),
    [
        ("Turnover in 2004 was 10bn euros.", "10bn euros", 1e10, "EUR"),
        ("Revenue was 10bn euros.", "10bn euros", 1e10, "EUR"),
        ("Its debt stood at 12bn.", "12bn", 1.2e10, None),
    ],
)
def test_a_number_glued_to_its_scale_is_no_date(nlp, text, amount, value, currency):
    # the model tags some "10bn" and "11bn" DATE (they look like "10th"): an amount all the same
    fact = fact_of(nlp, text, amount)
    assert (fact.value, fact.currency) == (value, currency)


def test_a_date_the_model_found_stays_a_date(nlp):
    fact = fact_of(nlp, "Turnover in 2004 was 10bn euros.", "2004")
    assert fact.kind == "year"
