"""Numeric facts, round 21 of issue 13: kinds of dev13 (drawn to NewsQuant's mix) and of the
tunable sets where CQE's unit or change agreed with the gold and ours did not, each on a
sentence written for it."""

import pytest

from tests.numeric_helpers import facts


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The song could become the 1,000th number one single.", "1,000th", 1000),
        ("He scored his 1,000th run for the county.", "1,000th", 1000),
        ("The record was the 500th number one.", "500th", 500),
    ],
)
def test_an_ordinal_with_grouped_thousands_is_an_ordinal(nlp, text, written, value):
    # the model tags "1,000th" a cardinal (or a date): its suffix makes it a rank, no count
    found = {f.text: f for f in facts(nlp, text)}
    assert (found[written].kind, found[written].value) == ("ordinal", value), found


@pytest.mark.parametrize(
    "text",
    [
        "Exports fell from 500 crates worth $2m to 400 crates worth $1.5m.",
        "Claims rose from 300 cases costing £4m to 450 cases costing £7m.",
    ],
)
def test_a_count_of_a_noun_is_no_end_of_a_price_range(nlp, text):
    # "£4m to 450 cases": the count after "to" numbers cases, no pounds of a range from £4m
    found = facts(nlp, text)
    assert [f.kind for f in found] == ["count", "money", "count", "money"], found
    assert all(f.range is None or found[f.range.partner].kind == f.kind for f in found), found


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Tickets went up from $5 to 6 last year.", "$5", "6"),
        ("Prices range from $250-300 million.", "$250", "300 million"),
    ],
)
def test_a_bare_end_of_a_price_range_takes_its_currency(nlp, text, low, high):
    found = {f.text: f for f in facts(nlp, text)}
    assert (found[low].kind, found[high].kind) == ("money", "money"), found
    assert found[high].currency == found[low].currency == "USD"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The firm plans to cut £2bn from its budget.", "£2bn"),
        ("The airline will cut 3,000 jobs next year.", "3,000"),
        ("The council slashed $40m from the schools budget.", "$40m"),
        ("Ministers want to trim £6bn in costs.", "£6bn"),
    ],
)
def test_the_amount_a_cut_takes_is_a_change_down(nlp, text, written):
    # what is cut falls by the amount: the budget by £2bn, the jobs by 3,000
    found = {f.text: f for f in facts(nlp, text)}
    assert found[written].direction == "down", found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The director cut a $5m deal with the studio.", "$5m"),  # a deal worth it
        ("The charity raised $10m last year.", "$10m"),  # money collected, no rise
        ("The firm cut prices to $5 last week.", "$5"),  # the level reached
    ],
)
def test_other_amounts_a_verb_of_change_takes_are_no_change(nlp, text, written):
    found = {f.text: f for f in facts(nlp, text)}
    assert found[written].direction is None, found


@pytest.mark.parametrize(
    ("text", "written", "currency"),
    [
        ("The tickets cost $40 Jamaican each.", "$40 Jamaican", "JMD"),
        ("The fare was $12 Fijian per person.", "$12 Fijian", "FJD"),
        ("The deal was worth $500m Hong Kong.", "$500m Hong Kong", "HKD"),
        ("Oil was priced at $75 U.S. per barrel.", "$75 U.S.", "USD"),
        ("He earned $5m Australian last year.", "$5m Australian", "AUD"),
        ("Bonds sold at $5 Cdn each.", "$5 Cdn", "CAD"),
        ("They bought a $10m Canadian mine.", "$10m", "USD"),  # the mine is Canadian
    ],
)
def test_a_dollars_country_after_the_amount_is_any_cldr_dollar(nlp, text, written, currency):
    # the country's adjective or name that CLDR calls "<it> dollar", not a list of a few
    found = {f.text: f for f in facts(nlp, text)}
    assert found[written].currency == currency, found


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Smartphones made up 117 million out of 833 million handsets.", "117 million"),
        ("Some 3 million out of 20 million adults cannot read.", "Some 3 million"),
        ("Sales were 2 million and 3 million units last year.", "2 million"),
    ],
)
def test_a_bare_count_shares_the_noun_of_the_count_it_is_listed_with(nlp, text, first):
    # "out of" gives a share of the second count's things; a scale word is no noun of its own
    found = facts(nlp, text)
    assert found[0].text == first, found
    assert found[0].counted == found[1].counted, found
    assert found[1].counted is not None


@pytest.mark.parametrize(
    "text",
    [
        "It was tough getting down to only 10 from the 301 submitted.",
        "Of the 1,200 surveyed, most said no.",
    ],
)
def test_a_participle_after_a_number_is_not_what_it_counts(nlp, text):
    # the model tags "submitted" a singular noun; a noun counted by 301 would be plural
    assert all(f.counted is None for f in facts(nlp, text)), facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("They opened a 300-bed hospital.", "bed"),
        ("The firm bought 40 seed companies.", "seed companies"),
        ("Police said 12 people were injured.", "people"),
    ],
)
def test_nouns_in_ed_and_plural_nouns_are_still_counted(nlp, text, counted):
    assert facts(nlp, text)[0].counted == counted
