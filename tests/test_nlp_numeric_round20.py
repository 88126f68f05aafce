"""Numeric facts, round 20 of issue 13: kinds of dev12 (drawn to NewsQuant's mix) and of the
tunable sets where CQE's unit or change agreed with the gold and ours did not, each on a
sentence written for it."""

import pytest

from tests.numeric_helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "The senator, a one-time ally of the mayor, voted against the plan.",
        "Customers pay a one-time fee when they join.",
        "The one-time champion retired last year.",
    ],
)
def test_one_time_before_a_noun_is_no_count(nlp, text):
    # "one-time" is "former" or "single": no number of times, and no count of "time"
    assert facts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("She is a two-time champion.", ["frequency"]),
        ("The one-time payment was 500 dollars.", ["money"]),
        ("He tried one time and failed.", ["count"]),
    ],
)
def test_other_times_and_amounts_stay(nlp, text, kinds):
    assert [f.kind for f in facts(nlp, text)] == kinds
