"""Numeric facts, round 10 of issue 13: the conventions bench/newsquant.py used to read off
the sentence's text, carried by the facts themselves, each on a sentence written for it."""

import pytest

from service.nlp.numeric_facts import NumericFact, extract_numeric_facts


def by_value(nlp, text: str) -> dict[float, NumericFact]:
    return {f.value: f for f in extract_numeric_facts(nlp(text))}


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Retail sales rose only 0.4 percent in March.", 0.4, "only"),
        ("Only 31 percent of voters backed the plan.", 31, "only"),
        ("The club has only 12 players fit for Saturday.", 12, "only"),
    ],
)
def test_only_qualifies_a_number_as_just_does(nlp, text, value, qualifier):
    fact = by_value(nlp, text)[value]
    assert (fact.qualifier, fact.approximate, fact.bound) == (qualifier, False, None)
    assert fact.text.lower().startswith("only ")


def test_only_keeps_its_direction(nlp):
    # "rose only 0.4 percent" is still a rise: "only" says it is small, not that it is none
    assert by_value(nlp, "Retail sales rose only 0.4 percent in March.")[0.4].direction == "up"


def test_the_only_ones_are_no_qualifier(nlp):
    fact = by_value(nlp, "She was one of the only three women on the board.")[3]
    assert fact.qualifier is None


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Summer rainfall in the valley is averaging 41 millimetres.", 41, "averaging"),
        ("Ticket sales averaged 2,300 a night over the tour.", 2300, "averaged"),
    ],
)
def test_the_verb_average_makes_its_amount_approximate(nlp, text, value, qualifier):
    fact = by_value(nlp, text)[value]
    assert (fact.qualifier, fact.approximate, fact.bound) == (qualifier, True, None)


def test_the_noun_average_names_the_figure_itself(nlp):
    fact = by_value(nlp, "Patients waited an average of 18 weeks for surgery.")[18]
    assert (fact.qualifier, fact.approximate) == (None, False)


def test_what_an_averaged_amount_counts_is_the_number_before_it(nlp):
    # the verb is the qualifier's, not the number's phrase: the elided noun is still found
    text = "Last season drew 3.1 million viewers, and the two before it averaged 2.8 million."
    fact = by_value(nlp, text)[2.8e6]
    assert (fact.qualifier, fact.counted) == ("averaged", "viewers")


def test_odd_after_a_number_is_its_approximating_qualifier(nlp):
    fact = by_value(nlp, "The 40-odd stalls in the market reopened on Friday.")[40]
    assert (fact.qualifier, fact.approximate, fact.bound) == ("odd", True, None)


def test_a_conversion_carries_its_amounts_approximation_without_a_qualifier(nlp):
    found = by_value(nlp, "The lake lies about 40 km (25 miles) north of the city.")
    assert (found[40].qualifier, found[40].approximate) == ("about", True)
    assert (found[25].qualifier, found[25].approximate) == (None, True)


@pytest.mark.parametrize(
    ("text", "value", "shown"),
    [
        ("The two-time winner returns to Augusta next week.", 2, "two-time"),
        ("She beat the 4-time champion in straight sets.", 4, "4-time"),
    ],
)
def test_n_times_before_a_noun_is_a_frequency(nlp, text, value, shown):
    fact = by_value(nlp, text)[value]
    assert (fact.kind, fact.text, fact.counted) == ("frequency", shown, None)


def test_times_as_a_multiple_stays_a_count(nlp):
    fact = by_value(nlp, "The rebuilt bridge carries 3 times the traffic.")[3]
    assert fact.kind != "frequency"
