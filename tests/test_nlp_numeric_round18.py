"""Numeric facts, round 18 of issue 13: kinds of dev10 (drawn to NewsQuant's mix) and of the
tunable sets where CQE was right and ours wrong, each on a sentence written for it."""

import pytest

from tests.numeric_helpers import by_text, fact_of, facts


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


@pytest.mark.parametrize(
    ("text", "amount", "direction"),
    [
        ("Takings fell by 9.5 percent at Rivera's, 4.2 percent at Dunmore and 3.1 percent "
         "at Ellis Park.", "3.1 percent", "down"),
        ("Fees fell 6% at the first branch, 3% at the second and 2% at the third.", "2%",
         "down"),
        ("Rents climbed $40 in Leeds, $25 in York and $15 in Hull.", "$15", "up"),
    ],
)  # fmt: skip
def test_amounts_listed_after_a_change_move_the_same_way(nlp, text, amount, direction):
    # the verb is written once, before the first amount of the list
    assert fact_of(nlp, text, amount).direction == direction


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Profits dropped 8% at the bank, and 4% of staff were cut.", "4%"),
        ("Sales rose 5% in May, and 3% is expected in June.", "3%"),
        ("The index fell 2% to 5,300 and 400 jobs went.", "400"),
    ],
)
def test_an_amount_of_its_own_after_a_change_is_no_change(nlp, text, amount):
    # guards: a share "of" something, a subject of its own verb, a count of another thing
    assert fact_of(nlp, text, amount).direction is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The link runs 300 times faster than a 56kbps modem.", "56kbps"),
        ("Tickets are 20% cheaper than £40 at the door.", "£40"),
    ],
)
def test_a_comparative_with_its_own_amount_is_no_bound(nlp, text, amount):
    # a ratio or a difference to the amount, which is neither exceeded nor capped
    fact = fact_of(nlp, text, amount)
    assert (fact.qualifier, fact.bound) == (None, None)


@pytest.mark.parametrize(
    ("text", "amount", "value", "direction"),
    [
        ("The Fed made a cut of 0.75 of a per cent.", "0.75 of a per cent", 0.75, None),
        ("Yields rose 0.4 of a percentage point.", "0.4 of a percentage point", 0.4, "up"),
        ("The rate fell by a quarter of a percent.", "a quarter of a percent", 0.25, "down"),
    ],
)
def test_a_fraction_of_a_percent_is_a_percent(nlp, text, amount, value, direction):
    # as "half a per cent" is
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.unit, fact.value, fact.direction) == ("percent", "%", value, direction)


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [
        ("The captain retired in May and will turn 38 in October.", "38", 38),
        ("My aunt turned 70 last week.", "70", 70),
        ("He turns 45 next month.", "45", 45),
        ("She will be 52 next year, and still runs.", "52", 52),
    ],
)
def test_a_number_a_person_turns_is_an_age(nlp, text, amount, value):
    # the subject of a verb conjoined to the first; a time the model ran into the number
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.value, fact.unit) == ("age", value, "year")


def test_a_number_before_last_week_is_a_count(nlp):
    # the time after it is no part of the number
    fact = fact_of(nlp, "The shelter rehomed 60 last week.", "60")
    assert (fact.kind, fact.value) == ("count", 60)


def test_a_level_after_a_change_borrows_no_count_of_other_things(nlp):
    # past the change, the count written before it ("four currencies") is not what the
    # level counts
    text = "The basket, which tracks the rand against four currencies, fell 0.3% to 88.2."
    assert fact_of(nlp, text, "88.2").counted is None


def test_a_level_after_a_change_still_counts_an_index_s_points(nlp):
    # guard: round 9's "a close of 1,463.87 points ... climbed 0.1% to 1,333.18"
    text = "The index closed at 1,463.87 points on Monday and climbed 0.1% to 1,465.3 on Tuesday."
    assert fact_of(nlp, text, "1,465.3").counted == "points"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("They sold a billion-pound stake to a rival.", "billion-pound"),
        ("The council approved a two million pound upgrade.", "two million pound"),
    ],
)
def test_a_scaled_pound_before_its_noun_is_sterling(nlp, text, amount):
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.currency) == ("money", "GBP")


def test_a_pound_with_no_scale_before_its_noun_is_a_weight(nlp):
    # guard: "a 500-pound bomb" weighs that much
    fact = fact_of(nlp, "A 500-pound bomb hit the bridge.", "500-pound")
    assert (fact.kind, fact.unit, fact.currency) == ("quantity", "pound", None)


@pytest.mark.parametrize(
    ("text", "amount", "value", "bound"),
    [
        ("Free prescriptions for the over-60s will stay.", "over-60s", 60, "lower"),
        ("Most over 70s have had the jab.", "over 70s", 70, "lower"),
        ("He was picked for the under-19s squad.", "under-19s", 19, "upper"),
    ],
)
def test_an_age_group_is_an_age_bound(nlp, text, amount, value, bound):
    fact = fact_of(nlp, text, amount)
    assert (fact.kind, fact.value, fact.unit, fact.bound) == ("age", value, "year", bound)


def test_a_decade_is_no_age_group(nlp):
    # guard: "the 60s" with no "over"/"under" is a decade
    found = facts(nlp, "Songs of the 60s and 70s filled the bill.")
    assert not [f for f in found if f.kind == "age"]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Seats go for $7 or $8 a night.", ["$7", "$8"]),
        ("Lines offer 3Mbps or 4Mbps at most.", ["3Mbps", "4Mbps"]),
        ("The club may bid 30k or 45k for him.", ["30k", "45k"]),
    ],
)
def test_two_amounts_each_with_its_unit_after_or_are_two_facts(nlp, text, amounts):
    # alternatives, each written whole: two values, no range between them
    found = [f for f in facts(nlp, text) if f.text in amounts]
    assert [f.text for f in found] == amounts
    assert all(f.range is None for f in found)


def test_or_before_a_unit_written_once_is_a_range(nlp):
    # guard: "two or three gigs", "2 or 3 percent": one range
    fact = fact_of(nlp, "Inflation may reach 4 or 5 percent.", "4")
    assert fact.range is not None


@pytest.mark.parametrize(
    ("text", "ratio", "level"),
    [
        ("Sales rose threefold to $4bn.", ("threefold", 3), ("$4bn", 4e9)),
        ("Earnings rose fivefold to $2bn.", ("fivefold", 5), ("$2bn", 2e9)),
    ],
)
def test_a_fold_the_model_ran_into_its_level_is_a_ratio(nlp, text, ratio, level):
    # "threefold to $4bn" tagged as one amount: the ratio takes neither its scale nor currency
    found = facts(nlp, text)
    fold, reached = by_text(found, ratio[0]), by_text(found, level[0])
    assert (fold.kind, fold.value, fold.currency, fold.counted) == ("count", ratio[1], None, None)
    assert (reached.value, reached.currency, reached.reached_by) == (level[1], "USD", "up")
