"""Numeric facts, second round of issue 13: each rule on a short hand-written sentence."""

import math

import pytest

from service.nlp.numeric_facts import NumericFact, extract_numeric_facts


def fact_of(nlp, text: str, fact_text: str) -> NumericFact:
    found = [f for f in extract_numeric_facts(nlp(text)) if f.text == fact_text]
    assert len(found) == 1, (fact_text, [f.text for f in extract_numeric_facts(nlp(text))])
    return found[0]


@pytest.mark.parametrize(
    ("text", "fact_text", "unit", "rate"),
    [
        ("Temperatures reached 30C in London.", "30C", "degree_Celsius", None),
        ("The water froze at 12 C overnight.", "12 C", "degree_Celsius", None),
        ("The cargo ship carried 500 tons of grain.", "500 tons", "ton", None),
        ("They built five of the three-ton satellites.", "three-ton", "ton", None),
        ("Panthers roam home ranges of 190 km2.", "190 km2", "kilometer**2", None),
        ("The new engine makes 300 PS at full load.", "300 PS", "metric_horsepower", None),
        ("The plant makes 7nm chips for phones.", "7nm", "nanometer", None),
        ("Its broadband runs at 100 Mbps in town.", "100 Mbps", "megabit", "second"),
        ("The scooter has a 250cc engine.", "250cc", "cubic_centimeter", None),
        (
            "Samples held 37.8 microgrammes per gramme.",
            "37.8 microgrammes per gramme",
            "microgram",
            "gram",
        ),
        ("Turn the dial to 85° now.", "85°", "degree", None),
    ],
)
def test_units_news_writes(nlp, text, fact_text, unit, rate):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.unit, fact.rate) == ("quantity", unit, rate)


def test_an_entity_past_its_unit_is_cut_at_the_unit(nlp):
    assert fact_of(nlp, "The water froze at 12 C overnight.", "12 C").unit == "degree_Celsius"


@pytest.mark.parametrize(
    ("text", "fact_text", "bound"),
    [
        ("The set holds no less than 34 John Wayne films.", "no less than 34", "lower"),
        ("The club signed no fewer than 12 players.", "no fewer than 12", "lower"),
        ("Fees will be not more than £20 a month.", "not more than £20", "upper"),
    ],
)
def test_negated_bounds(nlp, text, fact_text, bound):
    assert fact_of(nlp, text, fact_text).bound == bound
