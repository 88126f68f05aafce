"""Numeric facts, round 11 of issue 13: the kinds of sentence where CQE was right and ours
wrong in the audit without gold (bench/numeric_disagreements.py,
tests/data/numeric_disagreements.jsonl), each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of


@pytest.mark.parametrize(
    ("text", "number", "concept"),
    [
        ("The bakery chain has a workforce of 4,200 across the region.", "4,200", "workforce"),
        ("The port city has a population of 312,400.", "312,400", "population"),
        ("The family has a net worth of 2.45 billion, the list says.", "2.45 billion", "worth"),
        ("The regional activity index eased to 48.3 in March.", "48.3", "index"),
        ("The bund future was trading at 101.62 on Tuesday.", "101.62", "future"),
        ("Second-quarter unit sales totalled 412,000.", "412,000", "sales"),
    ],
)
def test_a_count_counts_nothing_that_it_is_the_size_or_level_of(nlp, text, number, concept):
    # the noun a bare number is the size or level of is what the number is about, not what
    # it counts: NewsQuant gives these no unit, and "a population" is not counted, people are
    fact = fact_of(nlp, text, number)
    assert fact.kind == "count"
    assert fact.counted is None
    assert concept in (fact.concept or "")


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The union has 48,000 members in the north.", "48,000", "members"),
        ("Police said the number of arrests was 214.", "214", "arrests"),
        ("The museum holds some of the 5,000 drawings he made.", "5,000", "drawings"),
        ("Two of the four ferries sailed on Sunday.", "Two", "ferries"),
    ],
)
def test_a_count_still_counts_the_noun_it_numbers(nlp, text, number, counted):
    assert counted in (fact_of(nlp, text, number).counted or "")


def test_money_keeps_the_noun_it_is_the_amount_of(nlp):
    # money is an amount of its noun ("fees of up to £3,000"): only bare counts changed
    text = "The council charged fees of up to £3,000."
    assert fact_of(nlp, text, "up to £3,000").counted == "fees"


def test_a_bare_amount_in_an_earlier_currency_is_that_moneys_noun(nlp):
    text = "Operating profit was 5.2bn rupees ($119m), against 3.8bn a year earlier."
    fact = fact_of(nlp, text, "3.8bn")
    assert (fact.kind, fact.currency, fact.counted) == ("money", "INR", "Operating profit")


def test_a_signed_percent_that_is_a_level_has_no_direction(nlp):
    # "-0.4%" said of a rate is its level; "Dow -0.4%" in a market table is a fall
    text = "Factory output showed a growth rate of -0.4% in the quarter."
    fact = fact_of(nlp, text, "-0.4%")
    assert (fact.value, fact.direction) == (-0.4, None)
    assert fact_of(nlp, "FTSE 100 -0.4%, DAX +0.2%.", "-0.4%").direction == "down"


def test_a_margin_behind_is_no_change(nlp):
    # the verb moves the team to fifth; "seven points behind" is how far off the leaders
    text = "Leeds will drop to fifth place in the league, seven points behind leaders Wigan."
    assert fact_of(nlp, text, "seven").direction is None


def test_an_amount_in_brackets_after_a_noun_restates_the_noun(nlp):
    # "[11 matches]" says how long the streak was; it is not what the verb moved
    text = (
        "In Madrid, she was coming off such a big winning streak [11 matches] and she was"
        " unstoppable."
    )
    fact = fact_of(nlp, text, "11")
    assert (fact.direction, fact.counted) == (None, "matches")


def test_a_bare_count_counts_no_place_or_event_it_is_in(nlp):
    text = (
        "The state cut the number of voting booths from 250 in the disputed race of 2010 to"
        " 40 this year."
    )
    assert fact_of(nlp, text, "250").counted in (None, "voting booths")
    text = "The group is investing 150 million in the Research Centre, its chairman said."
    assert fact_of(nlp, text, "150 million").counted is None


def test_a_fraction_takes_no_noun_from_the_whole_before_it(nlp):
    # NewsQuant: a share of a group written before it has no noun unit ("% -")
    text = "Of the 540 prisoners freed since May, almost half have returned to jail."
    fact = fact_of(nlp, text, "almost half")
    assert (fact.value, fact.counted) == (0.5, None)
    assert fact_of(nlp, text, "540").counted == "prisoners"


def test_conversions_after_a_rate_keep_the_bound_and_the_rate(nlp):
    text = "Counterfeit goods cost the region more than 90bn euros a year (£63bn; $118bn)."
    for number in ("£63bn", "$118bn"):
        fact = fact_of(nlp, text, number)
        assert (fact.bound, fact.rate) == ("lower", "year"), number


def test_a_verb_of_change_the_model_took_into_the_amount_is_left_out(nlp):
    fact = fact_of(nlp, "Honda saw profits fall 7% in 2003.", "7%")
    assert (fact.value, fact.direction) == (7, "down")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Sales of the console are set to exceed 4m units this year.", "exceed 4m"),
        ("Spending on the new stadium exceeded £90m.", "exceeded £90m"),
    ],
)
def test_exceed_is_a_lower_bound_as_exceeding_is(nlp, text, number):
    fact = fact_of(nlp, text, number)
    assert (fact.qualifier, fact.bound) == (number.split()[0], "lower")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Last season they lost by three points; this time it was by one.", "three"),
        (
            "He ended up losing the northern districts by 12 percentage points.",
            "12 percentage points",
        ),
    ],
)
def test_a_defeats_margin_is_no_fall(nlp, text, number):
    assert fact_of(nlp, text, number).direction is None


def test_money_sunk_into_something_is_spent_not_fallen(nlp):
    text = "The governor wants to sink $12 billion into the state's roads."
    assert fact_of(nlp, text, "$12 billion").direction is None
    assert fact_of(nlp, "The shares sank 12% on Monday.", "12%").direction == "down"


def test_a_code_after_a_glued_measure_is_a_name_not_a_currency(nlp):
    # "AMD" is the Armenian dram's code, and a chip maker after "1.8GHz"
    fact = fact_of(nlp, "The laptop has a 2.2GHz AMD Turion chip.", "2.2GHz")
    assert (fact.kind, fact.unit, fact.currency) == ("quantity", "gigahertz", None)


def test_lost_with_an_object_before_the_amount_is_still_a_fall(nlp):
    text = "So far this year, the fund has already lost its clients 14.2 percent."
    assert fact_of(nlp, text, "14.2 percent").direction == "down"


def test_the_article_a_before_a_dollar_sign_is_no_australian_dollar(nlp):
    text = "A $4.2 billion takeover announced on Monday would create the largest chain."
    fact = fact_of(nlp, text, "$4.2 billion")
    assert fact.currency == "USD"
    assert fact_of(nlp, "The deal is worth A$2.5 billion.", "A$2.5 billion").currency == "AUD"


def test_a_fraction_in_words_takes_no_unit_from_a_percent_before_it(nlp):
    text = "Debt was equal to 4.1 percent of output last year, down two-thirds from its peak."
    fact = fact_of(nlp, text, "two-thirds")
    assert (fact.kind, fact.unit) == ("count", None)
    # a bare number listed after a percent is in percent
    assert fact_of(nlp, "Turnout rose 5% in May and 3 in June.", "3").kind == "percent"
