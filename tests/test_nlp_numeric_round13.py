"""Numeric facts, round 13 of issue 13: the kinds where CQE was right and ours wrong in the
audit's third batch (bench/numeric_disagreements.py --batch 3, batch 3 of
tests/data/numeric_disagreements.jsonl: real news pages of other outlets and BBC markets,
economy and sport), each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of, facts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Inflation has stayed above 3% for more than a year.", "above 3%"),
        ("Prices have held at $5 for almost two years.", "$5"),
        ("The index has been stuck near 7,000 for over a month.", "near 7,000"),
    ],
)
def test_a_duration_after_for_is_no_rate(nlp, text, number):
    # "for more than a year" says how long, not per what: "$5 a year" is a rate
    assert fact_of(nlp, text, number).rate is None


def test_a_period_after_a_short_complement_is_still_a_rate(nlp):
    fact = fact_of(nlp, "The field pumps 793,000 barrels of oil per day.", "793,000 barrels")
    assert fact.rate == "day"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The team relied on its level six spike and high combo damage.", "six"),
        ("The country stays under level four restrictions until May.", "four"),
        ("Phase two of the project starts next year.", "two"),
        ("The rider won stage three of the race in Spain.", "three"),
    ],
)
def test_a_number_word_that_names_its_level_or_phase_is_no_count(nlp, text, number):
    # "level six", "phase two": the number names the level, as "Game 6" and "highway 35"
    assert number not in [f.text for f in facts(nlp, text)]


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Last week 10 people were arrested.", "10", "people"),
        ("The company cut 40 jobs at each stage two years ago.", "40", "jobs"),
    ],
)
def test_a_count_after_a_period_or_stage_is_still_a_count(nlp, text, number, counted):
    assert fact_of(nlp, text, number).counted == counted


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("Dow +0.2%, Nasdaq -0.5% at midday.", "+0.2%", 0.2),
        ("Dow +0.2%, Nasdaq -0.5% at midday.", "-0.5%", -0.5),
        ("The Nikkei +1.1% and the Hang Seng -0.7% led Asia.", "+1.1%", 1.1),
        ("Apple +3% after earnings beat; Amazon -2%.", "-2%", -2),
    ],
)
def test_a_signed_percent_after_a_name_is_the_name_s_move(nlp, text, number, value):
    # a market line's "Dow +0.2%": not a number of the name, as "Hot 97" is
    fact = fact_of(nlp, text, number)
    assert (fact.kind, fact.value, fact.direction) == (
        "percent",
        value,
        "up" if value > 0 else "down",
    )


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("Revenue from China grew more than sixfold to $3.7 billion.", "more than sixfold", 6),
        ("Sales have risen 10-fold in five years.", "10-fold", 10),
        ("Profits have grown tenfold since 2015.", "tenfold", 10),
        ("Demand rose 2.5-fold last year.", "2.5-fold", 2.5),
    ],
)
def test_a_fold_is_a_ratio_counting_nothing(nlp, text, number, value):
    # NewsQuant marks "more than sixfold" 6, ">", with no unit, as "four times the number"
    fact = fact_of(nlp, text, number)
    assert (fact.kind, fact.value, fact.counted) == ("count", value, None)


def test_a_fold_keeps_its_bound(nlp):
    fact = fact_of(nlp, "Revenue grew more than sixfold to $3.7 billion.", "more than sixfold")
    assert fact.bound == "lower"


def test_a_word_ending_in_fold_is_no_ratio(nlp):
    assert [f.text for f in facts(nlp, "The manifold cracked and the scaffold fell.")] == []


def test_a_rate_the_model_tagged_with_a_date_after_it_is_found(nlp):
    # "30 a month last year": one DATE entity; the amount and its rate, then the date
    fact = fact_of(nlp, "Police recorded 41 thefts in May, against 30 a month last year.", "30")
    assert (fact.value, fact.rate) == (30, "month")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "We had 22 burglaries last week, compared with an average of 20 per week before.",
            "20",
        ),
        ("Police recorded 41 thefts in May, against 30 a month last year.", "30"),
    ],
)
def test_a_bare_number_compared_takes_the_noun_counted_before(nlp, text, number):
    # NewsQuant's dev: "an average of 20 per week" after "22 residential burglaries" is
    # burglaries per week
    fact = fact_of(nlp, text, number)
    assert fact.counted in ("burglaries", "thefts")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Its 0-to-60-mph time is 4.5 seconds.", "0", "60-mph", "mile"),
        ("It is a 10-to-15-minute walk from the station.", "10", "15-minute", "minute"),
    ],
)
def test_a_range_hyphened_to_its_unit_is_one_range(nlp, text, low, high, unit):
    # NewsQuant's dev: "that 0-to-60-mph time" is the range 0-60 miles per hour
    found = facts(nlp, text)
    first, second = (next(f for f in found if f.text == t) for t in (low, high))
    assert (first.unit, second.unit) == (unit, unit)
    assert first.range is not None
    assert found[first.range.partner] is second


def test_a_hyphened_pair_with_no_unit_is_no_range(nlp):
    assert [f.text for f in facts(nlp, "The bill passed on a 5-to-4-vote margin.")] == []


def test_a_period_after_the_amount_s_complement_is_still_its_rate(nlp):
    text = "Mexico does more than $1 billion in bilateral trade each day with the US."
    assert fact_of(nlp, text, "more than $1 billion").rate == "day"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        (
            "Netflix added 8.8 million subscribers, beating forecasts of 6 million.",
            "6 million",
            "subscribers",
        ),
        (
            "The carmaker sold 410,000 vehicles, short of analysts' estimates of 430,000.",
            "430,000",
            "vehicles",
        ),
    ],
)
def test_a_forecast_of_a_bare_number_counts_what_the_result_counts(nlp, text, number, counted):
    assert fact_of(nlp, text, number).counted == counted


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The job pays €30m a year after tax.", "€30m"),
        ("She earns £40,000 a year after tax and pension.", "£40,000"),
    ],
)
def test_a_year_after_tax_is_a_rate(nlp, text, number):
    assert fact_of(nlp, text, number).rate == "year"


def test_a_year_after_an_event_is_no_rate(nlp):
    fact = fact_of(nlp, "The firm paid $5m a year after the crash.", "$5m")
    assert fact.rate is None
