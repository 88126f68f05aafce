"""Numeric facts, round r17b of issue 13: kinds of dev15 (a fifteenth set drawn to NewsQuant's
mix, a third of it Reuters and PolNeAR), each fixed as a pattern of English news and tested on
sentences written for it, never dev15's own; each with a guard that the reading it widens does
not reach what it must not."""

import pytest

from tests.numeric_helpers import facts


def _of(nlp, text: str, value: float):
    return [f for f in facts(nlp, text) if f.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the shooting started at about 0400 local time.",
        "Troops crossed the border at 0915 local time on Friday.",
        "The ferry sank at around 0130 local time.",
    ],
)
def test_a_four_figure_clock_before_local_time_is_a_time_of_day(nlp, text):
    # "at about 0200 local time": a 24-hour clock, as "2300 GMT" is; no amount
    assert not [f for f in facts(nlp, text) if f.value in (400.0, 915.0, 130.0)]


def test_an_amount_before_local_time_words_stays_an_amount(nlp):
    # guard: four figures a clock could read, but "local" before a noun other than "time"
    (fact,) = _of(nlp, "About 1200 local people signed the petition.", 1200.0)
    assert fact.kind == "count"


@pytest.mark.parametrize(
    "text",
    [
        "She lost the county 41 percent to 55 percent in the primary.",
        "He won the district 58 percent to 40 percent.",
    ],
)
def test_a_result_of_two_shares_is_two_percents_and_no_range(nlp, text):
    # "lost the state 36 percent to 51 percent": each side's share, not a range nor a fall
    found = [f for f in facts(nlp, text) if f.unit == "%"]
    assert len(found) == 2, found
    assert all(f.range is None and f.direction is None for f in found), found


def test_a_rise_from_to_in_percent_stays_a_range(nlp):
    # guard: "rose from 41 percent to 55 percent": the one share's from-to
    found = [f for f in facts(nlp, "Turnout rose from 41 percent to 55 percent.") if f.unit == "%"]
    assert any(f.range is not None for f in found), found
