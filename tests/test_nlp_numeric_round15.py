"""Numeric facts, round 15 of issue 13: the kinds where ours was wrong on units and changes
in markets, companies, tech and sport (tests/data/numeric_dev8), each on a sentence written
for it."""

import pytest

from tests.numeric_helpers import fact_of, facts


@pytest.mark.parametrize(
    ("text", "amount", "currency", "value"),
    [
        ("The miner paid a fine of $A12,400 last week.", "$A12,400", "AUD", 12400),
        ("Qantas lifted its profit to $A2.5bn.", "$A2.5bn", "AUD", 2.5e9),
        ("The deal values the firm at $AUD3.2 billion.", "$AUD3.2 billion", "AUD", 3.2e9),
        ("Wellington put in $NZ40m.", "$NZ40m", "NZD", 4e7),
        ("Exports fell to $US75m in May.", "$US75m", "USD", 7.5e7),
    ],
)
def test_a_dollars_country_after_its_sign(nlp, text, amount, currency, value):
    # Australian wire style: the country's letters after the "$", as "A$" puts them before
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.currency, fact.value) == ("money", currency, value)


def test_a_capital_letter_and_digits_alone_stay_no_money(nlp):
    assert not [f for f in facts(nlp, "Take the A40 road north.") if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [
        ("By 2010 40% of homes will own a flat-screen set.", "40%", 40),
        ("In 2003 12 miners died in the region.", "12", 12),
        ("During 1999 250 shops closed.", "250", 250),
    ],
)
def test_a_year_then_an_amount_are_two_facts(nlp, text, amount, value):
    # the model runs "2010 40%" into one entity; the year's number is not the amount's
    found = facts(nlp, text)
    assert [f.kind for f in found] == ["year", "percent" if "%" in amount else "count"]
    assert fact_of(nlp, text, amount).value == value


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The engine was designed over four years in Munich.", "four years"),
        ("The debt will be paid off over ten years.", "ten years"),
        ("Prices climbed 12% over two years.", "two years"),
        ("Over six months, the club sold its best players.", "six months"),
    ],
)
def test_over_a_span_of_time_is_no_bound(nlp, text, number):
    # the preposition of the time a thing took, not "more than"
    fact = fact_of(nlp, text, number)
    assert (fact.qualifier, fact.bound) == (None, None)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The talks lasted over two years.", "over two years"),
        ("He was jailed for over three years.", "over three years"),
        ("It took over 10 hours to put out the fire.", "over 10 hours"),
    ],
)
def test_over_a_number_of_periods_stays_more_than(nlp, text, number):
    assert fact_of(nlp, text, number).bound == "lower"


@pytest.mark.parametrize(
    ("text", "level", "way"),
    [
        ("The FTSE 100 lost 45.2 points to close at 4,820.1.", "4,820.1", "down"),
        ("The Kospi was down 12.4 points at 2,310.55 on Friday.", "2,310.55", "down"),
        ("The Nikkei rose 210 points to end at 21,300.", "21,300", "up"),
    ],
)
def test_an_index_change_in_points_then_its_level(nlp, text, level, way):
    # the change's noun "points" sits between the change and the level it reached
    assert fact_of(nlp, text, level).reached_by == way


def test_a_count_at_a_place_after_a_change_in_points_is_no_level(nlp):
    assert fact_of(nlp, "The party was down 3 points at 10 seats.", "10").reached_by is None


@pytest.mark.parametrize(
    ("text", "level", "way"),
    [
        ("Silver closed down at $24.10 an ounce in London.", "$24.10", "down"),
        ("The Dax ended higher at 5,210.4 on Friday.", "5,210.4", "up"),
        ("Inflation was down at 2.1% in May.", "2.1%", "down"),
    ],
)
def test_a_close_up_or_down_at_a_level(nlp, text, level, way):
    # no amount of change written: the particle says which way the level was reached
    fact = fact_of(nlp, text, level)
    assert (fact.direction, fact.reached_by) == (None, way)


def test_a_count_of_things_after_up_at_is_no_level(nlp):
    assert fact_of(nlp, "Sales were up at 10 stores.", "10").reached_by is None


@pytest.mark.parametrize(
    ("text", "end", "way"),
    [
        ("Its bonus rate was cut from 3.5% to 3%.", "3%", "down"),
        ("Ticket prices rose from £40 to £55.", "£55", "up"),
    ],
)
def test_the_end_of_a_change_from_to_says_how_it_was_reached(nlp, text, end, way):
    # as "cut to 3%" does: the end is a level, reached that way
    fact = fact_of(nlp, text, end)
    assert (fact.direction, fact.reached_by) == (None, way)


def test_a_span_from_to_is_no_level_reached(nlp):
    assert fact_of(nlp, "Temperatures ranged from 10C to 15C.", "15C").reached_by is None


def test_a_count_in_brackets_after_a_bounded_measure_is_no_conversion(nlp):
    text = "The new link carries up to 10Gbps (40 times faster than an old line)."
    fact = fact_of(nlp, text, "40")
    assert (fact.bound, fact.approximate) == (None, False)


def test_a_conversion_in_brackets_keeps_its_amounts_bound(nlp):
    assert fact_of(nlp, "The deal cost more than $5m (£3m).", "£3m").bound == "lower"


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("She cleared a personal best of 4.55m in Glasgow.", "4.55m"),
        ("He won the title with a leap of 8.31m.", "8.31m"),
        ("The Welshman threw a season's best of 61.2m.", "61.2m"),
    ],
)
def test_an_athletes_mark_of_a_distance_is_metres(nlp, text, mark):
    fact = fact_of(nlp, text, mark)
    assert (fact.kind, fact.unit, fact.value) == ("quantity", "meter", float(mark[:-1]))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The channel drew a record of 8.1m viewers.", "8.1m"),
        ("The firm posted a best of 7.9m in profit.", "7.9m"),
    ],
)
def test_millions_after_of_stay_millions(nlp, text, amount):
    assert fact_of(nlp, text, amount).unit != "meter"


@pytest.mark.parametrize(
    ("text", "race"),
    [
        ("She won the 10K race in Dublin in 31 minutes.", "10K"),
        ("Thousands joined the 5k charity run on Sunday.", "5k"),
    ],
)
def test_a_race_named_by_its_kilometres(nlp, text, race):
    fact = fact_of(nlp, text, race)
    assert (fact.kind, fact.unit, fact.value) == ("quantity", "kilometer", float(race[:-1]))


def test_thousands_written_k_stay_thousands(nlp):
    fact = fact_of(nlp, "The singer has 10K followers online.", "10K")
    assert (fact.kind, fact.value) == ("count", 10000)


def test_a_race_distance_the_model_ran_into_a_date(nlp):
    # the model tags "Olympic 10,000" a date; "10,000" is no day or year, and "m" is glued
    fact = fact_of(nlp, "He won the Olympic 10,000m title in Athens.", "10,000m")
    assert (fact.kind, fact.unit, fact.value) == ("quantity", "meter", 10000)


@pytest.mark.parametrize(
    ("text", "amount", "unit", "per"),
    [
        ("The new SSD reads data at 5,500MB/s.", "5,500MB", "megabyte", "second"),
        ("The hybrid emits 95g/km of carbon dioxide.", "95g", "gram", "kilometer"),
        ("The cable carries 40Gb/s between the boxes.", "40Gb", "gigabit", "second"),
    ],
)
def test_a_glued_unit_then_a_slash_is_a_rate(nlp, text, amount, unit, per):
    fact = fact_of(nlp, text, amount)
    assert (fact.unit, fact.rate) == (unit, per)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The shares were changing hands near $50 on Friday.", "near $50"),
        ("House sales slid to a near 12-year low in March.", "near 12-year"),
    ],
)
def test_near_a_number_is_approximate_with_no_bound(nlp, text, amount):
    fact = fact_of(nlp, text, amount)
    assert (fact.qualifier, fact.approximate, fact.bound) == ("near", True, None)
