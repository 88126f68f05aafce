"""Numeric facts, round 23 of issue 13: NewsQuant's conventions read from its tunable dev
(an elided count takes its parallel count's noun), each on a sentence written for it."""

import pytest

from tests.numeric_helpers import fact_of, facts


@pytest.mark.parametrize(
    ("text", "written", "counted"),
    [
        ("The army sent 300 tanks to the border, including 40 from the reserve.", "40", "tanks"),
        ("The league has 20 clubs, including 12 in the north.", "12", "clubs"),
        ("The charity placed 60 volunteers in Kenya, with 25 more in Uganda.", "25", "volunteers"),
        ("The firm cut 5,000 jobs last year, with about 900 of those in France.", "about 900",
         "jobs"),
        ("The airline bought 80 jets in May and kept 30 of them in storage.", "30", "jets"),
        ("The navy has 50 ships, with 12 more in port and up to 8 more on order.", "12", "ships"),
        ("The navy has 50 ships, with 12 more in port and up to 8 more on order.", "up to 8",
         "ships"),
    ],
)  # fmt: skip
def test_a_part_of_a_count_counts_its_noun(nlp, text, written, counted):
    # "including 40", "with 25 more", "900 of those": a part of, or an addition to, the
    # count before, whose noun it leaves out (NewsQuant: "3.9 million headsets up from 2.4
    # million" counts headsets twice)
    assert fact_of(nlp, text, written).counted == counted


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Turnout rose to 62%, with 3 more polling stations opened in the city.", "3"),
        ("The club signed 4 players, including 2 goalkeepers.", "2"),
    ],
)
def test_a_part_with_a_noun_of_its_own_keeps_it(nlp, text, written):
    found = fact_of(nlp, text, written)
    assert found.counted is not None
    assert found.counted.split()[-1] in ("stations", "goalkeepers")


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Smith completed 1,204-of-2,118 passes.", [(1204, "passes"), (2118, "passes")]),
        ("She made 20-of-35 attempts from the field.", [(20, "attempts"), (35, "attempts")]),
        ("James scored 35 points on 14-of-22 shooting.", [(14, None), (22, None)]),
    ],
)  # fmt: skip
def test_a_hyphened_tally_keeps_its_thousands_and_counts_the_plural_after_it(nlp, text, tally):
    # "1,204-of-2,118" was read 204 and 2; the plural noun after a tally is what it counts,
    # a singular ("shooting") is the activity, not the thing counted
    found = [(f.value, f.counted) for f in facts(nlp, text) if f.counted != "points"]
    assert found == tally


@pytest.mark.parametrize(
    ("text", "written", "counted"),
    [
        ("It has a 2.0-liter turbocharged four-cylinder engine that makes 250 hp.", "250 hp",
         "turbocharged engine"),
        ("Two six-storey blocks were demolished.", "Two", "blocks"),
        ("She won 12 first-place votes.", "12", "votes"),
        ("They named 20 mid-term candidates.", "20", "mid-term candidates"),
        ("The 200 state-owned firms cut staff.", "200", "state-owned firms"),
    ],
)  # fmt: skip
def test_a_word_hyphened_to_another_number_is_no_part_of_the_noun(nlp, text, written, counted):
    # "liter" of "2.0-liter" and "cylinder" of "four-cylinder" are other facts' units and
    # nouns; the phrase read "liter turbocharged -cylinder engine"
    assert fact_of(nlp, text, written).counted == counted


def test_another_bare_number_after_a_measure_is_in_its_unit(nlp):
    # "only another 14 to go": more of the unit just written (NewsQuant gives an elided unit
    # its unit: "minus-1.4 degree ... and 2.1" is 2.1 degree)
    found = fact_of(nlp, "I ran 12 miles this morning - only another 14 to go.", "14")
    assert (found.kind, found.unit) == ("quantity", "mile")


def test_another_number_with_a_noun_of_its_own_keeps_it(nlp):
    found = fact_of(nlp, "He lost 5 kg in May and another 3 people joined the club.", "3")
    assert (found.kind, found.unit, found.counted) == ("count", None, "people")


def test_more_of_a_noun_written_after_is_no_elided_count(nlp):
    # "10 more of the triple-decker aircraft": its noun is written, after "of"
    text = "The airline ordered 10 jets, with an option to buy 10 more of the larger aircraft."
    found = [f for f in facts(nlp, text) if f.start > text.index("buy")]
    assert [f.value for f in found] == [10]
    assert found[0].counted in (None, "larger aircraft")


@pytest.mark.parametrize(
    "text", ["The region has a life expectancy of 70 for men.", "Cats have a lifespan of 15."]
)
def test_a_bare_number_a_life_expectancy_is_of_is_an_age(nlp, text):
    # NewsQuant: "life expectancy for men in Glasgow is around 73" is 73 years of age
    (found,) = facts(nlp, text)
    assert (found.kind, found.unit) == ("age", "year")
