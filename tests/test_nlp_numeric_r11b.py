"""Numeric facts, round r11b of issue 13 (direction of change): each rule on a short
hand-written sentence."""

import pytest

from tests.numeric_helpers import by_text, fact_of, facts


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("Over 20 years, prices doubled.", "20 years"),
        ("Over 10 years, the deficit would add up to $1 trillion.", "10 years"),
        ("In Spain, over three decades, the coast was built up.", "three decades"),
    ],
)
def test_a_fronted_over_a_span_of_time_is_no_bound(nlp, text, fact_text):
    """ "Over 20 years, prices doubled": a fronted "over" and its period set off by a comma
    is the span the change took, not "more than" (the parser hangs "over" on the number)."""
    fact = fact_of(nlp, text, fact_text)
    assert (fact.bound, fact.qualifier) == (None, None)


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("It took over 10 hours to finish.", "over 10 hours"),
        ("Over 10 years ago the plant closed.", "Over 10 years"),
        ("He has lived there for over 30 years, friends say.", "over 30 years"),
    ],
)
def test_over_a_period_not_fronted_stays_a_bound(nlp, text, fact_text):
    fact = fact_of(nlp, text, fact_text)
    assert fact.bound == "lower"


@pytest.mark.parametrize(
    ("text", "start", "end", "way"),
    [
        (
            "The agency revised down its estimate, from 157,000 to 133,000.",
            "157,000",
            "133,000",
            "down",
        ),
        ("The firm marked down its forecast from 5% to 4%.", "5%", "4%", "down"),
        ("Analysts marked up the stock from $5 to $7.", "$5", "$7", "up"),
    ],
)
def test_a_particle_gives_the_way_of_a_change_from_to(nlp, text, start, end, way):
    """ "revised down its estimate from 157,000 to 133,000": a verb that is no verb of change
    on its own moves its "from"-"to" the way its particle says (the end reached, ``reached_by``)."""
    found = facts(nlp, text)
    first, last = by_text(found, start), by_text(found, end)
    assert first.range is not None
    assert first.range.kind == "change"
    assert last.reached_by == way


def test_a_particle_against_the_numbers_gives_no_way(nlp):
    """ "marked up from $7 to $5": the numbers go down, the particle up: no way is given."""
    assert fact_of(nlp, "Analysts marked up the stock from $7 to $5.", "$5").reached_by is None
