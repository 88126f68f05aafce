"""Numeric facts, round 12 of issue 13: the kinds where CQE was right and ours wrong in the
audit's second batch (bench/numeric_disagreements.py --focus, batch 2 of
tests/data/numeric_disagreements.jsonl), each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of, facts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Analysts say the jobless rate could be as high as 9 percent next year.", "9 percent"),
        ("Estimates of the damage run as high as $3bn.", "$3bn"),
    ],
)
def test_as_high_as_is_an_upper_bound_as_as_much_as_is(nlp, text, number):
    fact = fact_of(nlp, text, f"as high as {number}")
    assert (fact.qualifier, fact.bound) == ("as high as", "upper")
    assert fact.kind in ("percent", "money")


def test_reais_is_the_brazilian_real_with_no_scale_before_it(nlp):
    fact = fact_of(nlp, "The average salary there is 1,240 reais a month.", "1,240 reais")
    assert (fact.kind, fact.currency, fact.rate) == ("money", "BRL", "month")


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("The country imports millions of barrels of crude each year.", "millions of barrels",
         "barrel"),
        ("The storm closed hundreds of kilometres of road.", "hundreds of kilometres",
         "kilometer"),
    ],
)  # fmt: skip
def test_a_vague_amount_of_a_unit_of_measure_is_in_that_unit(nlp, text, number, unit):
    fact = fact_of(nlp, text, number)
    assert (fact.kind, fact.unit, fact.approximate) == ("quantity", unit, True)
    assert fact.vague_range is not None


def test_a_vague_count_of_people_stays_a_count(nlp):
    fact = fact_of(nlp, "Thousands of people marched on Sunday.", "Thousands")
    assert (fact.kind, fact.counted) == ("count", "people")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The news pushed the euro up to $1.1520 in early trading.", "$1.1520"),
        ("The cuts brought the deficit down to $4bn.", "$4bn"),
        ("The confidence balance rose to plus 14 in May.", "14"),
    ],
)
def test_a_level_a_verb_moved_something_to_is_no_change(nlp, text, number):
    # as "rose to $5": the level reached, not the amount of the move (nor a bound)
    fact = fact_of(nlp, text, number)
    assert (fact.direction, fact.bound) == (None, None)


def test_a_move_by_an_amount_after_a_verbs_object_keeps_its_direction(nlp):
    assert fact_of(nlp, "The offer pushed shares up 8p to 120p.", "8p").direction == "up"
    assert fact_of(nlp, "Shares could rise by up to 10% this year.", "up to 10%").bound == "upper"


@pytest.mark.parametrize(
    ("text", "low", "high", "rate"),
    [
        ("The band plays two or three gigs a month.", "two", "three", "month"),
        ("The agency expects to issue such warnings three to five times a year.", "three",
         "five", "year"),
    ],
)  # fmt: skip
def test_both_ends_of_a_range_take_the_rate_after_it(nlp, text, low, high, rate):
    found = facts(nlp, text)
    for number in (low, high):
        fact = next(f for f in found if f.text == number)
        assert fact.rate == rate, number
        assert fact.range is not None, number


def test_a_night_is_a_period_of_a_rate(nlp):
    fact = fact_of(nlp, "Nurses often work up to 12 hours a night.", "up to 12 hours")
    assert (fact.unit, fact.rate, fact.bound) == ("hour", "night", "upper")


@pytest.mark.parametrize(
    ("text", "number", "value", "direction"),
    [
        ("The Canadian dollar was down 0.35 of a US cent at 74.20 US cents.",
         "0.35 of a US cent", 0.0035, "down"),
        ("The kiwi rose half a US cent to 68.9 US cents.", "half a US cent", 0.005, "up"),
        ("The loonie gained a quarter of a cent on Friday.", "a quarter of a cent", 0.0025,
         "up"),
    ],
)  # fmt: skip
def test_a_fraction_of_a_cent_is_money_in_cents(nlp, text, number, value, direction):
    fact = fact_of(nlp, text, number)
    assert (fact.kind, fact.unit, fact.currency) == ("money", "cent", "USD")
    assert fact.value == pytest.approx(value)
    assert fact.direction == direction


def test_the_period_after_a_verb_is_its_objects_not_a_described_subjects(nlp):
    # "a 2 percent levy": the percent describes the levy; "annually" is the $40bn raised
    text = "A 2 percent levy on imports would raise $40 billion annually."
    assert fact_of(nlp, text, "2 percent").rate is None
    assert fact_of(nlp, text, "$40 billion").rate == "year"
    text = "The site receives three million requests each year."
    assert fact_of(nlp, text, "three million").rate == "year"


@pytest.mark.parametrize(
    "text",
    [
        "The rapper 50 Cent performed at the festival.",
        "She is one of the members of 50 Cent's G-Unit group.",
    ],
)
def test_fifty_cent_the_rapper_is_no_money(nlp, text):
    assert not [f for f in facts(nlp, text) if f.kind == "money"]


def test_a_sum_in_cents_is_still_money(nlp):
    fact = fact_of(nlp, "Shares rose 50 cents to $12.", "50 cents")
    assert (fact.kind, fact.unit, fact.direction) == ("money", "cent", "up")


def test_a_qualified_bare_number_before_a_percent_is_a_percent(nlp):
    # "about 40 to 45 percent": the first end is in the second's unit, its "about" aside
    found = facts(nlp, "Turnout was about 40 to 45 percent in the north.")
    low = next(f for f in found if f.text == "about 40")
    assert (low.kind, low.qualifier, low.range is not None) == ("percent", "about", True)


def test_upto_written_as_one_word_is_an_upper_bound(nlp):
    fact = fact_of(nlp, "Players can spend upto £50 a month on the game.", "upto £50")
    assert (fact.qualifier, fact.bound, fact.rate) == ("upto", "upper", "month")


@pytest.mark.parametrize(
    ("text", "number", "rate"),
    [
        ("The operator bills up to £3 for every one megabyte of data downloaded abroad.",
         "up to £3", "megabyte"),
        ("The new price is $3 per 1,000 cubic metres of gas.", "$3", "meter**3"),
        ("The region saw 12 deaths per 100,000 people last year.", "12", "people"),
    ],
)  # fmt: skip
def test_a_rate_per_a_number_of_units_is_per_that_unit(nlp, text, number, rate):
    assert fact_of(nlp, text, number).rate == rate


def test_league_is_a_competition_not_a_unit_of_length(nlp):
    fact = fact_of(nlp, "He has played in 34 league games this season.", "34")
    assert (fact.kind, fact.unit, fact.counted) == ("count", None, "league games")


def test_a_qualifier_before_a_sign_bounds_the_signed_number(nlp):
    fact = fact_of(nlp, "The sensor must be kept below minus 40C at night.", "below minus 40C")
    assert (fact.value, fact.qualifier, fact.bound) == (-40, "below", "upper")
    assert fact_of(nlp, "Temperatures fell to minus 5C overnight.", "minus 5C").value == -5
