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


@pytest.mark.parametrize(
    ("text", "amounts", "way"),
    [
        ("Profits rose by $3m to $40m last year.", ["$3m"], "up"),
        ("The plan would cut costs by $3m to $4m this year.", ["$3m", "$4m"], "down"),
        (
            "The plan would cut costs by $3m to $4m (£2m to £2.6m) - or between 5% and 7%.",
            ["$3m", "$4m", "£2m", "£2.6m", "5%", "7%"],
            "down",
        ),
        (
            "The new road will cut the trip by 3 to 4 miles (5 to 6 km).",
            ["3", "4 miles", "5", "6 km"],
            "down",
        ),
    ],
)
def test_an_amount_of_change_after_by_and_its_range_and_conversions_move(nlp, text, amounts, way):
    # the verb of "by" says the way, whatever the parse of "$3m" glued to its scale; a range's
    # two ends, its conversion in brackets and its restatement after "or" are one change
    found = {f.text: f for f in facts(nlp, text)}
    assert {a: found[a].direction for a in amounts} == dict.fromkeys(amounts, way), found


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Profits rose by $3m to $40m last year.", "$40m"),
        ("It rose 56% to 1.16bn euros ($1.5bn).", "$1.5bn"),
        ("Shares fell 3% to 5p (7 cents).", "7 cents"),
        ("He was beaten by 3 points.", "3"),
        ("The team lost by 3 points to 20 last night.", "3"),
    ],
)
def test_a_level_its_conversion_and_a_margin_stay_no_change(nlp, text, level):
    found = {f.text: f for f in facts(nlp, text)}
    assert found[level].direction is None


@pytest.mark.parametrize(
    "text",
    [
        "She dropped out of the Olympic marathon and 10,000m in Athens.",
        "Her 10,000m was the fastest of the year.",
    ],
)
def test_thousands_of_metres_with_a_comma_are_metres(nlp, text):
    # "10,000m" bare would be ten billion: a count that large is written in billions
    fact = next(f for f in facts(nlp, text) if f.text == "10,000m")
    assert (fact.kind, fact.unit, fact.value) == ("quantity", "meter", 10000.0)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("China has 1,300m people.", "1,300m"),
        ("The firm lost 1,200m last year.", "1,200m"),
        ("Sales were 5bn euros, after 4,500m in 2003.", "4,500m"),
    ],
)
def test_millions_with_a_comma_stay_millions(nlp, text, amount):
    fact = next(f for f in facts(nlp, text) if f.text == amount)
    assert fact.unit != "meter"
    assert fact.value > 1e9


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She won two Young Player of the Year awards.", 2.0),
        ("He holds two World Player of the Year titles.", 2.0),
        ("The firm earned four Queen's Award for Enterprise honours.", 4.0),
    ],
)
def test_a_lowercase_number_word_before_a_name_counts(nlp, text, value):
    # the model takes the name for the number's head; a name's own number word is capitalised
    assert [(f.kind, f.value) for f in facts(nlp, text)] == [("count", value)]


@pytest.mark.parametrize(
    "text", ["The rapper 50 Cent sang.", "The Four Tops sang in Detroit.", "Maroon 5 played."]
)
def test_a_names_number_stays_no_fact(nlp, text):
    assert [f for f in facts(nlp, text) if f.kind == "count"] == []


@pytest.mark.parametrize(
    "text",
    [
        "She went out to the top seed 1-6,4-6 in the third round.",
        "He won 6-3,7-5,6-4 on Sunday.",
    ],
)
def test_sets_of_a_score_written_with_no_space_are_no_count(nlp, text):
    assert [f for f in facts(nlp, text) if f.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "level", "way"),
    [
        ("With his ranking down at 168, he thought of quitting.", "168", "down"),
        ("With shares down at 45p, the firm is worth less.", "45p", "down"),
        ("With the pound up at $1.90, exporters suffered.", "$1.90", "up"),
    ],
)
def test_a_level_in_a_with_phrase_was_reached_its_way(nlp, text, level, way):
    # "with X down at N": the level X reached, as "X closed down at N" is; no change itself
    fact = next(f for f in facts(nlp, text) if f.text == level)
    assert (fact.reached_by, fact.direction) == (way, None)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("He sat with the ball down at 20 yards.", "20 yards"),
        ("He put the papers down at 10 o'clock and left with 12 others.", "12"),
    ],
)
def test_no_level_reached_without_a_with_phrase_of_a_level(nlp, text, level):
    fact = next(f for f in facts(nlp, text) if f.text == level)
    assert fact.reached_by is None


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Tickets cost $40 Canadian each at the door.", "$40 Canadian", "CAD"),
        ("The fund paid $2m Australian for the site.", "$2m Australian", "AUD"),
        ("Crude fell from $75 U.S. per barrel in October.", "$75 U.S.", "USD"),
    ],
)
def test_a_dollars_country_written_after_it_names_its_currency(nlp, text, amount, currency):
    found = {f.text: f for f in facts(nlp, text)}
    assert found[amount].currency == currency, found


@pytest.mark.parametrize(
    "text", ["The firm spent $5m. US troops left in May.", "It cost $30 in the U.S. market."]
)
def test_a_country_after_the_amount_in_another_phrase_is_not_its_currency(nlp, text):
    money = [f for f in facts(nlp, text) if f.kind == "money"]
    assert [(f.text[-1].isdigit() or f.text.endswith("m"), f.currency) for f in money] == [
        (True, "USD")
    ]


@pytest.mark.parametrize(
    ("text", "ends", "per"),
    [
        ("Oil fell from $75 a barrel to $45 in a year.", ("$75", "$45"), "barrel"),
        ("Fees rose from £20 a month to £25 last year.", ("£20", "£25"), "month"),
        ("Crude slid from $75 U.S. per barrel to $46 by May.", ("$75 U.S.", "$46"), "barrel"),
    ],
)
def test_a_change_from_a_rate_to_a_level_is_one_change(nlp, text, ends, per):
    # the first end's rate, written before "to", is the change's: both ends are per it
    found = {f.text: f for f in facts(nlp, text)}
    first, second = (found[e] for e in ends)
    assert (first.range.kind, first.range.role, second.range.role) == ("change", "from", "to")
    assert (first.rate, second.rate) == (per, per)


def test_a_rate_then_to_without_from_is_no_change(nlp):
    found = {f.text: f for f in facts(nlp, "It costs $75 a barrel to ship, and $45 to store.")}
    assert found["$75"].range is None
