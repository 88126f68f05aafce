"""Numeric facts, round 9 of issue 13: NewsQuant's conventions for levels reached, each rule
on a sentence written for it."""

import pytest

from service.nlp.numeric_facts import NumericFact
from tests.numeric_helpers import facts


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


def _by_text(nlp, text: str) -> dict[str, NumericFact]:
    return {f.text: f for f in facts(nlp, text)}


def test_a_level_reached_and_its_conversions_are_no_change(nlp):
    # The parser hangs "euros" on the verb, as it would an amount of change.
    found = _by_text(nlp, "Brewer profits rose 56% to 1.16bn euros ($1.5bn; £800m) last year.")
    assert found["56%"].direction == "up"
    assert [found[t].direction for t in ("1.16bn euros", "$1.5bn", "£800m")] == [None] * 3


def test_a_change_converted_in_brackets_keeps_its_direction(nlp):
    found = _by_text(nlp, "Profits rose £2bn ($3.7bn) to £4.6bn.")
    assert (found["£2bn"].direction, found["$3.7bn"].direction) == ("up", "up")
    assert found["£4.6bn"].direction is None


def test_a_bound_before_a_change_is_not_the_levels(nlp):
    found = _by_text(nlp, "Crude lost more than $2 to $43.25, its lowest close since May.")
    assert (found["more than $2"].bound, found["more than $2"].direction) == ("lower", "down")
    level = found["$43.25"]
    assert (level.qualifier, level.bound, level.approximate, level.direction) == (
        None,
        None,
        False,
        None,
    )


def test_an_approximate_change_leaves_its_level_exact(nlp):
    found = _by_text(nlp, "Oil rose about $1 to $58 a barrel.")
    assert found["about $1"].approximate
    assert not found["$58"].approximate


def test_a_currency_sign_cut_from_its_amount_is_no_fact(nlp):
    # The model tags "a record $" one amount and "1.3666" another.
    found = facts(nlp, "The dollar slid to a record $1.3666 versus the euro on Thursday.")
    assert [(f.text, f.value, f.currency) for f in found] == [("$1.3666", 1.3666, "USD")]


@pytest.mark.parametrize(
    ("text", "fact_text", "currency"),
    [
        ("Bombardier lost 65 Canadian cents on the news.", "65 Canadian cents", "CAD"),
        ("The shares rose 12 Australian cents.", "12 Australian cents", "AUD"),
        ("The shares rose 12 US cents.", "12 US cents", "USD"),
    ],
)
def test_cents_of_a_currency_named_by_its_adjective(nlp, text, fact_text, currency):
    # "Canadian" before "cents" was read as a name the number belongs to ("Hot 97").
    fact = next(f for f in facts(nlp, text) if f.text == fact_text)
    assert (fact.value, fact.unit, fact.currency) == (
        0.12 if "12" in text else 0.65,
        "cent",
        currency,
    )


def test_an_earlier_level_counted_as_the_subject_takes_the_later_ones_unit(nlp):
    # The bare "53" counted the clause's subject ("length"), so it kept no unit.
    text = "Prices fell, while the length of time it takes to sell a home rose to 81 days from 53."
    fact = next(f for f in facts(nlp, text) if f.value == 53)
    assert (fact.kind, fact.unit) == ("quantity", "day")


def test_an_amount_after_a_possessive_describes_a_noun_and_is_no_change(nlp):
    text = "A former executive has lost her £7.5m ($14.6m) sex discrimination case."
    assert [f.direction for f in facts(nlp, text)] == [None, None]


def test_a_change_bounded_by_up_to_keeps_its_direction(nlp):
    fact = facts(nlp, "Prices could fall by up to 5% next year.")[0]
    assert (fact.bound, fact.direction) == ("upper", "down")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("DNIB issued a 275 million Norwegian crown bond on Friday.", "NOK"),
        ("Volvo earned 3.4 billion Swedish crowns in the quarter.", "SEK"),
        ("The koruna-denominated issue raised 2 billion Czech crowns.", "CZK"),
    ],
)
def test_crowns_as_the_wires_write_them(nlp, text, currency):
    money = [f for f in facts(nlp, text) if f.kind == "money"]
    assert [f.currency for f in money] == [currency]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The co-pilot had logged 2,766 flying hours with EgyptAir.", 2766, "hour"),
        ("The project took 60 working days.", 60, "day"),  # was no fact at all
        ("He worked there for five straight years.", 5, "year"),
        ("Shares rose for three consecutive months.", 3, "month"),
    ],
)
def test_a_period_after_a_word_that_qualifies_it(nlp, text, value, unit):
    fact = next(f for f in facts(nlp, text) if f.value == value)
    assert (fact.kind, fact.unit) == ("quantity", unit)


def test_an_ordinal_second_after_more_is_no_period(nlp):
    found = facts(nlp, "They scored two more second-half goals.")
    assert [(f.value, f.unit) for f in found if f.value == 2] == [(2, None)]
