"""Numeric facts, round 22 of issue 13: kinds of dev14 (a third of it Reuters) and of the
tunable sets where ours was wrong, each on a sentence written for it."""

import pytest

from tests.numeric_helpers import facts


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("The cheaper model comes with 256mb of memory.", "256mb", "megabyte"),
        ("a basic tablet with 32gb of storage for $199", "32gb", "gigabyte"),
        ("The console's 2tb drive holds about 400 games.", "2tb", "terabyte"),
        ("the new handset packs a 4,000mah battery", "4,000mah", "milliampere_hour"),
        ("It ships with a 45w fast charger.", "45w", "watt"),
        ("the wind farm will add 300mw to the grid", "300mw", "megawatt"),
        ("a 48mp main camera and a 90hz screen", "48mp", "megapixel"),
        ("The chip is clocked at 3.1ghz.", "3.1ghz", "gigahertz"),
        ("Its battery is rated at 3,200 mah.", "3,200 mah", "milliampere_hour"),
    ],
)
def test_a_lowercase_unit_symbol_glued_to_its_number_is_a_measure(nlp, text, written, unit):
    # lowercased or informal text: "256mb" (the tokenizer splits it), "45w", "300mw" (a
    # plant's megawatts, pint's milliwatts)
    found = {f.text: f for f in facts(nlp, text)}
    assert (found[written].kind, found[written].unit) == ("quantity", unit), found


@pytest.mark.parametrize(
    "text",
    ["Pressure in the eye of the storm dropped to 940 mb.", "They won 3 w and lost 2."],
)
def test_a_spaced_lowercase_symbol_is_no_unit(nlp, text):
    # spaced, "mb" is as often a storm's millibars, and a lone "w" a win
    found = facts(nlp, text)
    assert all(f.unit not in ("megabyte", "watt") for f in found), found


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("They anchored the 4x100m relay team to silver.", "100m", 100),
        ("She swam the second leg of the 4 x 200m freestyle.", "200m", 200),
        ("The men's 4x400 metres final is on Sunday.", "400 metres", 400),
    ],
)
def test_a_relay_is_its_legs_distance(nlp, text, written, value):
    # "4x100m": four legs of 100 metres each; the number of legs is no fact of its own
    found = facts(nlp, text)
    assert [(f.text, f.kind, f.value, f.unit) for f in found if f.kind != "ordinal"] == [
        (written, "quantity", value, "meter")
    ], found


@pytest.mark.parametrize(
    ("text", "written", "counted"),
    [
        ("The group owns 40 TV stations across the south.", "40", "TV stations"),
        ("She has fronted two TV shows this year.", "two", "TV shows"),
    ],
)
def test_tv_after_a_number_is_television_not_teravolts(nlp, text, written, counted):
    found = {f.text: f for f in facts(nlp, text)}
    assert (found[written].kind, found[written].counted) == ("count", counted), found
    assert all(f.unit != "teravolt" for f in found.values()), found


@pytest.mark.parametrize(
    "text",
    [
        "Viewers who stayed up past 11 p.m. watching saw the result.",
        "Polls open at 7 a.m. in most states.",
        "The index was 0.4% higher by 1130 gmt.",
    ],
)
def test_an_hour_of_the_clock_is_no_fact(nlp, text):
    # a time of day, spaced from its "p.m." or before a zone in lowercase, counts nothing
    found = facts(nlp, text)
    assert [f.kind for f in found] in ([], ["percent"]), found


@pytest.mark.parametrize(
    "text",
    [
        "The sequel opened at number three in the US box office chart.",
        "Their new single went in at number two.",
    ],
)
def test_a_chart_position_after_number_is_no_count(nlp, text):
    found = facts(nlp, text)
    assert [f for f in found if f.kind == "count"] == [], found


def test_a_number_of_things_is_still_counted(nlp):
    found = facts(nlp, "A number of 20 protesters were held.")
    assert [(f.text, f.kind) for f in found] == [("20", "count")], found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("She lowered the national record over 60m hurdles in Glasgow.", "60m"),
        ("He won two titles over 1500m last summer.", "1500m"),
        ("The European medallist over 3000m is unbeaten indoors.", "3000m"),
        ("He has been quickest over 200m freestyle all year.", "200m"),
    ],
)
def test_over_a_distance_raced_is_no_bound(nlp, text, written):
    # "over" is the preposition of the event's distance, not "more than"
    found = {f.text: f for f in facts(nlp, text)}
    assert (found[written].unit, found[written].bound) == ("meter", None), found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The new tower rises over 300m above the bay.", "over 300m"),
        ("The record was set by a crowd of over 60,000 fans.", "over 60,000"),
    ],
)
def test_over_a_length_or_count_not_raced_is_a_bound(nlp, text, written):
    found = {f.text: f for f in facts(nlp, text)}
    assert found[written].bound == "lower", found


@pytest.mark.parametrize(
    ("text", "written", "direction"),
    [
        ("Average life expectancy rose by three years over the period.", "three years", "up"),
        ("The upgrade will cut the commute by 12 minutes.", "12 minutes", "down"),
        ("Ministers extended the deadline by six weeks.", "six weeks", "up"),
        ("Waiting times fell by about 20 minutes.", "about 20 minutes", "down"),
    ],
)
def test_a_duration_after_by_takes_the_verbs_direction(nlp, text, written, direction):
    # a period is a change as an amount is when a verb of change moves it "by"
    found = {f.text: f for f in facts(nlp, text)}
    assert found[written].direction == direction, found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Prices rose by 5% in two years.", "two years"),
        ("The opening was delayed by three years.", "three years"),
        ("She has led the party for 10 years.", "10 years"),
    ],
)
def test_a_duration_not_moved_by_a_change_has_no_direction(nlp, text, written):
    found = {f.text: f for f in facts(nlp, text)}
    assert found[written].direction is None, found


@pytest.mark.parametrize(
    "text",
    [
        "Wales lost their opening group two match to Italy.",
        "She will start from lane four in the final.",
        "The winners go through to round three next month.",
    ],
)
def test_a_number_naming_its_group_round_or_lane_is_no_count(nlp, text):
    assert facts(nlp, text) == []


def test_a_group_of_a_number_still_counts(nlp):
    found = facts(nlp, "A group of five climbers reached the summit.")
    assert [(f.text, f.counted) for f in found] == [("five", "climbers")], found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Ministers want to lower the voting age to 16.", "16"),
        ("The state pension age will rise to 68 under the plan.", "68"),
        ("The minimum age was raised to 21 last year.", "21"),
    ],
)
def test_a_number_an_age_is_moved_to_is_an_age(nlp, text, written):
    found = {f.text: f for f in facts(nlp, text)}
    assert (found[written].kind, found[written].unit) == ("age", "year"), found


def test_a_number_another_noun_is_moved_to_is_no_age(nlp):
    found = facts(nlp, "The firm cut the number of staff to 200.")
    assert [(f.text, f.kind) for f in found] == [("200", "count")], found


@pytest.mark.parametrize(
    ("text", "written", "per"),
    [
        ("Crowds dipped to 31,000 a game after the price rise.", "31,000", "game"),
        ("The striker has scored two goals a match so far.", "two", "match"),
        ("He threw for 4,000 yards a season in college.", "4,000 yards", "season"),
    ],
)
def test_a_count_a_game_or_season_is_a_rate(nlp, text, written, per):
    found = {f.text: f for f in facts(nlp, text)}
    assert found[written].rate == per, found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("He added 3 assists, a game record for the club.", "3"),
        ("They won 3 games in a season twice.", "3"),
    ],
)
def test_a_game_that_is_no_denominator_makes_no_rate(nlp, text, written):
    found = {f.text: f for f in facts(nlp, text)}
    assert found[written].rate is None, found
