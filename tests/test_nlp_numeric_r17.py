"""Numeric facts, round r17 of issue 13: money and rises in the styles of outlets other than
the BBC, where the audit's seventh batch (``bench/numeric_disagreements.py --batch 7``) and its
written sentences showed ours wrong, each fixed as a pattern of English news and tested on
sentences written for it, never the batch's own; each with a guard that the reading it widens
does not reach what it must not."""

import pytest

from tests.numeric_helpers import facts


def _of(nlp, text: str, value: float):
    return [f for f in facts(nlp, text) if f.value == value]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The city will borrow $2.5-billion over a decade for transit.", 2.5e9, "USD"),
        ("The insurer earned C$310-million, or 52 cents a share.", 310e6, "CAD"),
        ("The settlement is worth $40-million.", 40e6, "USD"),
    ],
)
def test_money_with_a_hyphened_scale_and_no_noun_after_is_an_amount(nlp, text, value, currency):
    # the Globe and Mail writes "$1.2-billion" whether or not a noun follows; without a noun
    # after it the hyphened scale was read as a name's part ("3-D") and the amount dropped
    (fact,) = _of(nlp, text, value)
    assert fact.currency == currency


def test_a_number_hyphened_to_a_scale_without_money_stays_out(nlp):
    # guard: no sign of money, "the 3-million mark" is no amount of money
    found = facts(nlp, "The tour passed the 3-D screening stage.")
    assert not [f for f in found if f.value == 3.0 and f.currency]


@pytest.mark.parametrize(
    "text",
    [
        "The province will spend $1.5-billion over three years on schools.",
        "The union is asking for 14% over three years.",
    ],
)
def test_over_periods_after_an_amount_is_the_span_it_is_spread_over(nlp, text):
    # "$X over N years": the time the amount is spread over, not "more than N years", even
    # when the parser hangs "over" on the number
    (fact,) = [f for f in facts(nlp, text) if f.unit == "year"]
    assert fact.bound is None, fact


@pytest.mark.parametrize(
    "text", ["She has coached the team for over 20 years.", "The repairs took over 12 hours."]
)
def test_over_periods_after_a_verb_or_preposition_stays_a_bound(nlp, text):
    # guard: no amount before "over": "more than"
    (fact,) = [f for f in facts(nlp, text) if f.unit in ("year", "hour")]
    assert fact.bound == "lower", fact


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("Polls show Clinton up by 10 points in New York.", 10.0, "up"),
        ("The latest survey has Sanders up by 6 points in Michigan.", 6.0, "up"),
    ],
)
def test_up_by_after_an_object_is_a_rise(nlp, text, value, direction):
    # "polls show X up by N points": the small clause's "up", tagged a particle, before "by"
    (fact,) = _of(nlp, text, value)
    assert fact.direction == direction


def test_by_after_a_passive_is_no_direction_of_its_own(nlp):
    # guard: "was backed up by 40 officers" is the passive's agent; "up" is no rise of it
    (fact,) = _of(nlp, "The team was backed up by 40 officers.", 40.0)
    assert fact.direction is None


@pytest.mark.parametrize(
    ("text", "value", "rate"),
    [
        ("Telstra raised its dividend to A$0.09 a share, up from A$0.08.", 0.08, "share"),
        ("Earnings were $3.10 a share, compared with $2.75 a year earlier.", 2.75, "share"),
        ("Brent rose $1.20 a barrel to settle at $78.40.", 78.4, "barrel"),
    ],
)
def test_a_price_compared_or_reached_takes_the_rate_written_once(nlp, text, value, rate):
    # the rate is written on the first price: the one it is compared with, or the level a
    # priced change reached, is a price of the same unit
    (fact,) = _of(nlp, text, value)
    assert fact.rate == rate, fact


def test_a_sum_after_a_price_with_no_comparison_keeps_no_rate(nlp):
    # guard: "$3 a share ..., and $40 million in fees": a sum listed, no comparison
    (fact,) = _of(nlp, "The firm paid $3 a share for the stake, and $40 million in fees.", 40e6)
    assert fact.rate is None


def test_an_hourly_rate_inside_the_money_entity(nlp):
    # "a $5-an-hour raise": the model's entity took in "-an-hour"; the rate is still read
    (fact,) = _of(nlp, "Teachers were offered a $5-an-hour raise.", 5.0)
    assert fact.rate == "hour"


def test_a_fraction_of_a_cent_with_the_country_in_initials(nlp):
    # "0.6 of a U.S. cent": North American papers write the country's initials with points
    (fact,) = [f for f in facts(nlp, "The loonie slipped 0.35 of a U.S. cent on Friday.")
               if f.unit == "cent"]  # fmt: skip
    assert fact.currency == "USD"
    assert fact.direction == "down"


def test_a_fraction_before_a_name_is_no_cent(nlp):
    # guard: "0.5 of a U.S. county" names no currency
    found = facts(nlp, "The storm hit 0.5 of a U.S. county.")
    assert not [f for f in found if f.unit == "cent"]
