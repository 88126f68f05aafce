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
