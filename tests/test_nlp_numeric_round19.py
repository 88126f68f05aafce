"""Numeric facts, round 19 of issue 13: the unit of a number (shared across a range or a
coordination, a currency in words, a measure in brackets), kinds of dev11 and of the tunable
sets where CQE was right and ours wrong, each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The group is worth £9.1bn; 745bn Indian rupees.", "745bn Indian rupees", "INR"),
        (
            "The firm paid 4bn Mexican pesos; 2bn Swiss francs went to banks.",
            "4bn Mexican pesos",
            "MXN",
        ),
    ],
)
def test_a_currency_named_by_a_nationality_is_no_name(nlp, text, amount, currency):
    # the model tags "745bn Indian" an organisation: the nationality names the currency
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.currency) == ("money", currency)
