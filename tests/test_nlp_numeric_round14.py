"""Numeric facts, round 14 of issue 13: NewsQuant's reading of a level reached by a change,
and the kinds where ours was wrong on a fresh outlet (tests/data/numeric_dev7: ABC news),
each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of, facts


@pytest.mark.parametrize(
    ("text", "level", "way"),
    [
        ("Acme shares tumbled 6.2% to $14.10 in early trade.", "$14.10", "down"),
        ("The FTSE 100 closed down 0.8% at 7,512.30 points.", "7,512.30", "down"),
        ("The Hang Seng lost 1.4% to end at 19,020.55 on Friday.", "19,020.55", "down"),
        ("Copper prices rose 3 cents to $4.12 a pound.", "$4.12", "up"),
        ("Unemployment fell to 4.9% in March.", "4.9%", "down"),
        (
            "The lake can sink down to minus-12 degrees Celsius in winter.",
            "minus-12 degrees Celsius",
            "down",
        ),
        ("The council cut its budget to £40m this year.", "£40m", "down"),
    ],
)
def test_a_level_says_which_way_it_was_reached(nlp, text, level, way):
    fact = fact_of(nlp, text, level)
    # the level is no change itself; how it was reached is its own field
    assert (fact.direction, fact.reached_by) == (None, way)


def test_a_level_reached_carries_over_to_its_conversion(nlp):
    fact = fact_of(nlp, "Sales fell 12% to 2.5bn euros ($2.7bn) last year.", "$2.7bn")
    assert (fact.direction, fact.reached_by) == (None, "down")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The firm holds 12% of the market, worth $4bn.", "$4bn"),
        ("Tickets cost $40 and sold out in an hour.", "$40"),
        ("Sales rose 5% in a year when rivals lost 12%.", "12%"),
        ("Up to 300 people may lose their jobs.", "Up to 300"),
        # "came down to": was decided by, not fell to
        ("The final came down to two penalty kicks in the rain.", "two"),
    ],
)
def test_an_amount_not_reached_by_a_change_has_no_way(nlp, text, number):
    assert fact_of(nlp, text, number).reached_by is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The files were read over a two-week period.", "two-week"),
        ("Talks ran over a three-day summit in Rome.", "three-day"),
    ],
)
def test_over_a_period_in_words_is_no_bound(nlp, text, number):
    # "over a 20-year career" with digits was already a preposition, not "more than"
    fact = fact_of(nlp, text, number)
    assert (fact.bound, fact.qualifier) == (None, None)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Over a million people voted.", "Over a million"),
        ("He played over a dozen games.", "over a dozen"),
    ],
)
def test_over_a_number_is_still_a_bound(nlp, text, number):
    assert fact_of(nlp, text, number).bound == "lower"


@pytest.mark.parametrize(
    ("text", "number", "low"),
    [
        ("Several thousand nurses marched to the capital.", "Several thousand", 1000),
        ("A few hundred fans waited outside.", "A few hundred", 100),
        ("Several hundred thousand people fled the floods.", "Several hundred thousand", 1e5),
    ],
)
def test_several_or_a_few_before_a_scale_is_vague(nlp, text, number, low):
    # an order of magnitude, as "thousands of": not 1,000 exactly, nor 101 for "a few hundred"
    fact = fact_of(nlp, text, number)
    assert (fact.value, fact.approximate, fact.vague_range) == (low, True, (low, low * 10))


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        (
            "Seven people have died on Queensland roads, five in Victoria, three in Tasmania.",
            "five",
            "people",
        ),
        ("Six cars were stolen on Sydney streets, two in Newcastle.", "two", "cars"),
    ],
)
def test_a_bare_count_set_beside_a_count_counts_its_noun(nlp, text, number, counted):
    # the parser hangs "five in Victoria" on "roads" as an apposition: still a list of counts
    assert fact_of(nlp, text, number).counted == counted


@pytest.mark.parametrize(
    ("text", "number", "age"),
    [
        ("Twenty-eight-year-old Anna Berg was charged on Monday.", "Twenty-eight", 28),
        ("Police said the forty-six-year-old man was released.", "forty-six", 46),
    ],
)
def test_an_age_in_hyphened_number_words(nlp, text, age, number):
    # the hyphen inside "twenty-eight" is part of the number, not a third joint of a code
    (fact,) = [f for f in facts(nlp, text) if f.text.lower().startswith(number.lower())]
    assert (fact.kind, fact.value) == ("age", age)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The relay was won by Kenya in three races over 100 metres.", "100 metres"),
        ("The heats over 200 metres start at noon.", "200 metres"),
    ],
)
def test_the_distance_a_race_is_run_over_is_no_bound(nlp, text, number):
    fact = fact_of(nlp, text, number)
    assert (fact.bound, fact.qualifier, fact.value) == (None, None, float(number.split()[0]))


def test_over_before_a_count_after_races_is_still_a_bound(nlp):
    assert fact_of(nlp, "The races drew over 100 runners.", "over 100").bound == "lower"


def test_a_glued_m_after_a_race_run_over_is_metres(nlp):
    # "the men's 60m" already read as metres; "a sprint over 60m" was 60 million
    fact = fact_of(nlp, "She set a record in the sprint over 60m.", "60m")
    assert (fact.kind, fact.unit, fact.value) == ("quantity", "meter", 60)


@pytest.mark.parametrize(
    "text",
    [
        "India were 4 for 212 at stumps on the first day.",
        "Pakistan will resume at 3 for 88 on Sunday morning.",
    ],
)
def test_a_cricket_total_is_no_count(nlp, text):
    # wickets for runs: a state of play, as a score is
    assert [f.value for f in facts(nlp, text) if f.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Tickets sold at 2 for 5 dollars.", [2, 5]),
        ("The vote was 5 for, 3 against.", [5, 3]),
    ],
)
def test_n_for_m_that_is_no_cricket_total_stays(nlp, text, values):
    assert [f.value for f in facts(nlp, text)] == values


@pytest.mark.parametrize(
    "text", ["Labour contested over 600 seats.", "The party contested over 600 seats in May."]
)
def test_over_after_contested_before_a_count_is_still_a_bound(nlp, text):
    fact = fact_of(nlp, text, "over 600")
    assert (fact.bound, fact.qualifier) == ("lower", "over")


def test_over_after_raced_before_a_length_is_the_distance(nlp):
    fact = fact_of(nlp, "She raced over 400 metres in the heats.", "400 metres")
    assert (fact.bound, fact.qualifier) == (None, None)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Chelsea lost to two late goals.", "two"),
        ("Sales were down 3% at 10 stores.", "10"),
    ],
)
def test_a_count_after_lost_to_or_a_change_at_is_no_level(nlp, text, number):
    assert fact_of(nlp, text, number).reached_by is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The index closed down 2% at 1,463.", "1,463"),
        ("The FTSE 100 closed down 2% at 1,463 points.", "1,463"),
    ],
)
def test_an_index_level_after_a_change_at_is_still_a_level(nlp, text, level):
    assert fact_of(nlp, text, level).reached_by == "down"


def test_a_glued_m_opening_the_text_does_not_read_the_last_word(nlp):
    from service.nlp.numeric_facts.amounts import _measured  # noqa: PLC0415

    doc = nlp("60m people watched the final")
    assert not _measured(doc[0:1])
