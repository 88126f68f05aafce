"""Numeric facts, round 19 of issue 13: the unit of a number (shared across a range or a
coordination, a currency in words, a measure in brackets), kinds of dev11 and of the tunable
sets where CQE was right and ours wrong, each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of, facts


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


@pytest.mark.parametrize(
    "text",
    [
        "Most 16 to 20 year olds feel strongly about crime.",
        "Most 16 to 20 year-olds feel strongly about crime.",
        "The poll found 18 to 24 year olds were keenest.",
    ],
)
def test_the_first_end_of_an_age_range_is_an_age(nlp, text):
    # "year olds" written once, after the second end, is both ends' unit
    found = [f for f in facts(nlp, text) if f.kind == "age"]
    assert len(found) == 2, found
    assert all(f.range is not None and f.range.kind == "interval" for f in found)


def test_a_period_before_an_age_is_no_age(nlp):
    # guard: "5 and 7 years ago" is a period, "10 year olds" an age after it
    found = facts(nlp, "Between 5 and 7 years ago, 10 year olds were tested.")
    assert [f.kind for f in found] == ["quantity", "quantity", "age"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The hiker fell 20ft (6m) down a slope.", "6m"),
        ("The wave was 30 feet (9m) and hit the town.", "9m"),
        ("The club built a 50m (164ft) pool.", "50m"),
    ],
)
def test_metres_in_brackets_beside_feet_are_metres(nlp, text, amount):
    # a conversion of a length: the glued "m" is metres, not millions
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.unit) == ("quantity", "meter")
    assert fact.value < 1000


def test_millions_in_brackets_beside_money_stay_millions(nlp):
    # guard: "£5m (9m euros)" converts money
    fact = fact_of(nlp, "The firm, worth £5m (9m euros), grew.", "9m euros")
    assert (fact.kind, fact.value) == ("money", 9_000_000)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Temperatures of between 30 and 35C are expected.", "degree_Celsius"),
        ("The walks are between 5 and 10km long.", "kilometer"),
    ],
)
def test_a_glued_unit_after_a_range_tagged_a_date_is_both_ends(nlp, text, unit):
    # the model tags "between 30 and 35C" a date: one range of the unit glued to its end
    found = facts(nlp, text)
    assert [(f.value, f.unit, f.range is not None) for f in found] == [
        (found[0].value, unit, True),
        (found[1].value, unit, True),
    ]
    assert found[0].value < found[1].value


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("It sold 2m or 3m copies.", "2m"),
        ("It sold 2m and 3m copies of the book.", "2m"),
    ],
)
def test_a_bare_count_listed_before_a_count_of_a_noun_counts_it(nlp, text, first):
    # "copies" written once, after the second number, is what both count
    assert fact_of(nlp, text, first).counted == "copies"


def test_a_count_with_a_verb_between_borrows_no_noun(nlp):
    # guard: "2 and then 3 goals" lists no bare numbers
    assert fact_of(nlp, "He scored 2 and then 3 goals.", "2").counted is None


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The peaks rise to about 12 to 13,000 feet in the north.", "about 12"),
        ("Between 15 and 20,000 people marched.", "15"),
        ("The town has 12 to 13,000 residents.", "12"),
    ],
)
def test_the_low_end_of_a_range_may_leave_its_thousands_out(nlp, text, low):
    # "12 to 13,000": as many digits as the high end's thousands, below them
    fact = fact_of(nlp, text, low)
    assert fact.range is not None
    assert fact.value >= 1000


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Between 5 and 10,000 people marched.", "5"),  # fewer digits: as written
        ("The camp held 20 to 30 refugees and 13,000 troops.", "20"),
    ],
)
def test_a_low_end_read_as_written(nlp, text, low):
    assert fact_of(nlp, text, low).value < 1000


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The intruder then jumped 30ft from a first floor window.", "30ft"),
        ("The athlete leapt 8 metres to win.", "8 metres"),
    ],
)
def test_a_length_jumped_is_no_rise(nlp, text, amount):
    # how far a body leapt, not an amount that went up
    assert fact_of(nlp, text, amount).direction is None


def test_an_amount_that_jumped_still_rose(nlp):
    # guard: "jumped 10%", "jumped 30 tonnes" are rises
    found = facts(nlp, "Shares jumped 10% and output jumped 30 tonnes.")
    assert [f.direction for f in found] == ["up", "up"]


@pytest.mark.parametrize(
    ("text", "amount", "direction"),
    [
        ("The club extended its lead by 5 points.", "5", "up"),
        ("The road was widened by 3 metres.", "3 metres", "up"),
        ("The council shortened the route by 2 miles.", "2 miles", "down"),
    ],
)
def test_verbs_of_length_move_their_amount_by(nlp, text, amount, direction):
    # siblings of "raised by", "cut by": the amount "by" which the thing grew or shrank
    assert fact_of(nlp, text, amount).direction == direction
