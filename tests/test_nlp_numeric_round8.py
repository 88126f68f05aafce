"""Numeric facts, eighth round of issue 13: kinds of errors found on BBC business, tech and
sport news (tests/data/numeric_dev6: markets, companies, tech specs and sport) and left from
earlier rounds; each rule on a short hand-written sentence."""

import pytest

from service.nlp.numeric_facts import NumericFact, extract_numeric_facts


def facts(nlp, text: str) -> list[NumericFact]:
    return extract_numeric_facts(nlp(text))


def fact_of(nlp, text: str, fact_text: str) -> NumericFact:
    found = [f for f in facts(nlp, text) if f.text == fact_text]
    assert len(found) == 1, (fact_text, [f.text for f in facts(nlp, text)])
    return found[0]


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "unit"),
    [
        ("The new chip draws 65W.", "65W", 65, "watt"),
        ("Its fastest charger delivers 250kW.", "250kW", 250, "kilowatt"),
        ("The spread narrowed 30bps over the week.", "30bps", 30, "basis_point"),
        ("The bank raised its rate by 25 bp on Thursday.", "25 bp", 25, "basis_point"),
    ],
)
def test_a_unit_glued_at_a_sentence_end_and_basis_points(nlp, text, fact_text, value, unit):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.value, fact.unit) == ("quantity", value, unit)


def test_a_company_named_bp_is_no_unit(nlp):
    fact = fact_of(nlp, "The 2 BP executives left the meeting early.", "2")
    assert (fact.kind, fact.unit) == ("count", None)


@pytest.mark.parametrize(
    ("text", "fact_text", "bound"),
    [
        ("Attacks of 200 megabytes of traffic or more were rare.", "200 megabytes", "lower"),
        ("Firms with 50 employees or fewer pay less tax.", "50", "upper"),
        ("The index may fall 5% or more this week.", "5%", "lower"),
    ],
)
def test_a_bound_written_after_the_amount(nlp, text, fact_text, bound):
    assert fact_of(nlp, text, fact_text).bound == bound


def test_an_amount_a_verb_sends_is_no_change(nlp):
    fact = fact_of(nlp, "Bigger attacks sending down 200 megabytes were rare.", "200 megabytes")
    assert fact.direction is None
    assert fact_of(nlp, "The news sent shares down 5% on Monday.", "5%").direction == "down"


@pytest.mark.parametrize(
    ("text", "fact_text", "rate"),
    [
        ("The minimum wage is $5.15 (£3.90) an hour.", "$5.15", "hour"),
        ("The minimum wage is $5.15 (£3.90) an hour.", "£3.90", "hour"),
        ("The lab needs 10 million euros (US$13 million) a year.", "US$13 million", "year"),
    ],
)
def test_a_rate_after_a_conversion_in_brackets_is_both_amounts(nlp, text, fact_text, rate):
    assert fact_of(nlp, text, fact_text).rate == rate


def test_a_conversion_before_a_comparison_is_no_rate(nlp):
    fact = fact_of(nlp, "Profit was $1.13bn (£600m) a year earlier.", "£600m")
    assert fact.rate is None


def test_up_to_after_a_moved_object_is_a_level_not_a_bound(nlp):
    fact = fact_of(nlp, "The attacks pushed claims up to $37bn.", "$37bn")
    assert (fact.bound, fact.qualifier, fact.direction) == (None, None, "up")
    assert fact_of(nlp, "It could cost up to £90.", "up to £90").bound == "upper"


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("Wales played four games and lost all four.", "four"),
        ("England lost five of their eight Tests.", "five"),
        ("England have now lost four in a row.", "four"),
    ],
)
def test_games_lost_out_of_a_tally_are_no_change(nlp, text, fact_text):
    found = [f for f in facts(nlp, text) if f.text == fact_text]
    assert found
    assert found[-1].direction is None


def test_an_amount_lost_is_still_a_fall(nlp):
    assert fact_of(nlp, "The Dow lost 190 points on Friday.", "190").direction == "down"
