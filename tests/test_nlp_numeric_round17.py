"""Numeric facts, round 17 of issue 13: kinds round 16 left (no new gold), each on a sentence
written for it."""

import pytest

from tests.numeric_helpers import by_text, fact_of, facts


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


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("The phone comes with a 65 W charger.", "65 W", "watt"),
        ("The mains supply is 240 V.", "240 V", "volt"),
        ("Each bar has 30 g of sugar.", "30 g", "gram"),
    ],
)
def test_a_spaced_one_letter_unit_symbol(nlp, text, amount, unit):
    # the model splits "65 W" from its number: the symbol is the unit all the same
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.unit) == ("quantity", unit)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("She got 5 A-levels.", "5"),
        ("It finished 3 V 2 after extra time.", "3"),
        ("He passed the 2 m mark.", "2"),
    ],
)
def test_a_spaced_letter_that_is_no_unit(nlp, text, amount):
    # guards: a grade, a score's "V", a lone "m" (a scale as often as metres) stay no unit
    assert fact_of(nlp, text, amount).unit is None


@pytest.mark.parametrize(
    ("text", "amount", "unit", "rate"),
    [
        ("Russia exported 150 bcm of gas.", "150 bcm", "kilometer**3", None),
        ("The field holds 10 tcf of gas.", "10 tcf", "tcf", None),
        ("The port handled 3.5m TEUs last year.", "3.5m TEUs", "twenty_foot_equivalent_unit", None),
        ("Output rose to 10 mb/d.", "10 mb/d", "megabarrel", "day"),
    ],
)
def test_gas_oil_and_shipping_units(nlp, text, amount, unit, rate):
    # a billion cubic metres is a cubic kilometre; "mb/d" is million barrels a day, no millibarn
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.unit, fact.rate) == ("quantity", unit, rate)


def test_spelled_out_million_barrels_keep_their_unit(nlp):
    # guard: the scale word stays in the value, the unit a barrel
    fact = fact_of(nlp, "Output was 9.8 million barrels per day.", "9.8 million barrels per day")
    assert (fact.value, fact.unit, fact.rate) == (9.8e6, "barrel", "day")


@pytest.mark.parametrize(
    ("text", "start", "end", "way"),
    [
        ("Unemployment rose from 11 percent in April to 19 percent in August.", "11 percent",
         "19 percent", "up"),
        ("Inflation eased from 4.1% in March, to 3.8% in June.", "4.1%", "3.8%", "down"),
        ("Sales fell from 500,000 in the first quarter to 420,000 in the second.", "500,000",
         "420,000", "down"),
    ],
)  # fmt: skip
def test_a_change_from_to_with_its_dates_between(nlp, text, start, end, way):
    # "in April" between the ends is when each was: still one change from the one to the other
    found = facts(nlp, text)
    first, second = by_text(found, start), by_text(found, end)
    assert (first.range.kind, first.range.role, second.range.role) == ("change", "from", "to")
    assert (first.reached_by, second.reached_by) == (None, way)


def test_from_and_to_places_are_no_change(nlp):
    # guard: places between the ends are no time
    found = facts(nlp, "Prices ranged from 5 in Paris to 9 in Rome.")
    assert all(f.range is None for f in found)


def test_a_number_with_a_symbol_of_its_own_borrows_no_unit(nlp):
    # "13 A" after "240 V and": its own symbol (amps), not the volts listed before it
    fact = fact_of(nlp, "The socket gives 240 V and 13 A.", "13 A")
    assert fact.unit != "volt"
