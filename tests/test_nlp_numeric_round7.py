"""Numeric facts, seventh round of issue 13: kinds of errors found on US political news
(PolNeAR, tests/data/numeric_dev5: polls, money, votes, counts of people); each rule on a short
hand-written sentence."""

import pytest

from tests.numeric_helpers import fact_of, facts


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("Clinton holds an 8-point lead over Trump.", 8, "point"),
        ("The 15-member committee met on Monday.", 15, "member"),
        ("The 110-seat house sits in the capital.", 110, "seat"),
        ("It began as a 700-word column about a priest.", 700, "word"),
        ("A 5.1-magnitude earthquake hit the city.", 5.1, "magnitude"),
    ],
)
def test_digits_hyphened_to_the_noun_they_count_are_a_count(nlp, text, value, counted):
    (fact,) = facts(nlp, text)
    assert (fact.kind, fact.value, fact.counted) == ("count", value, counted)


@pytest.mark.parametrize(
    "text",
    [
        "The store has a 2-for-1 offer today.",
        "They watched a 3-D film with friends.",
        "He hit 3-pointers all night.",  # a noun named by its number, modifying nothing
    ],
)
def test_a_hyphened_phrase_or_name_is_still_no_count(nlp, text):
    assert facts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Shares of Acme rose 2% to $87.20 in afternoon trading.", "Shares"),
        ("The stock fell to $87.20 in afternoon trading in New York.", "stock"),
        ("Shares were at $87.20 in the morning session.", "Shares"),
    ],
)
def test_a_market_session_is_not_what_a_price_counts(nlp, text, counted):
    assert fact_of(nlp, text, "$87.20").counted == counted


def test_money_in_a_noun_still_counts_that_noun(nlp):
    fact = fact_of(nlp, "The agency gave $500 million in aid to the region.", "$500 million")
    assert fact.counted == "aid"


def test_an_amount_worth_counts_the_noun_it_is_worth(nlp):
    text = "Acme agreed to buy Widget, a British maker of sensors, in a deal worth £450m."
    assert fact_of(nlp, text, "£450m").counted == "deal"


@pytest.mark.parametrize(
    "text",
    [
        "His lead among voters is 64% to 27%, the poll found.",
        "The Senate voted 52 to 48 to pass the bill.",
    ],
)
def test_two_shares_set_against_each_other_are_no_range(nlp, text):
    found = facts(nlp, text)
    assert len(found) == 2
    assert [f.range for f in found] == [None, None]


def test_a_rising_range_is_still_a_range(nlp):
    first, second = facts(nlp, "The rate was 5% to 10% last year.")[:2]
    assert (first.range.partner, second.range.partner) == (1, 0)


def test_a_year_between_the_ends_of_from_to_keeps_the_range(nlp):
    found = [f for f in facts(nlp, "Revenue increased from $362 million in 2014 to $557 million.")
             if f.kind == "money"]  # fmt: skip
    assert [f.value for f in found] == [362e6, 557e6]
    assert (found[0].range.kind, found[0].range.role) == ("change", "from")


@pytest.mark.parametrize(
    "text", ["The law barred teenagers before they turned 18.", "When she turns 18, she can vote."]
)
def test_a_number_a_person_turns_is_an_age(nlp, text):
    fact = fact_of(nlp, text, "18")
    assert (fact.kind, fact.unit) == ("age", "year")


def test_a_profit_turned_is_no_age(nlp):
    assert fact_of(nlp, "The company turned a profit of 3 million.", "3 million").kind == "count"


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Children under age 14 were admitted free.", "upper"),
        ("Those over the age of 65 may vote by mail.", "lower"),
    ],
)
def test_a_bound_before_age_bounds_the_age(nlp, text, bound):
    (fact,) = facts(nlp, text)
    assert (fact.kind, fact.bound) == ("age", bound)


@pytest.mark.parametrize(
    "text",
    [
        "He fought the Republican establishment's Gang of Eight amnesty plan.",
        "Leaders of the Group of Seven met in Japan.",
    ],
)
def test_a_capitalised_number_word_after_of_in_a_name_is_no_count(nlp, text):
    assert facts(nlp, text) == []


def test_a_number_word_after_of_in_plain_words_is_a_count(nlp):
    assert fact_of(nlp, "A team of Five players won.", "Five").value == 5


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He left a half-hour before the vote.", "hour"),
        ("He waited half an hour for the bus.", "hour"),
        ("The talks lasted a half-day.", "day"),
    ],
)
def test_half_a_period_is_half_of_it(nlp, text, unit):
    (fact,) = facts(nlp, text)
    assert (fact.kind, fact.value, fact.unit) == ("quantity", 0.5, unit)


def test_a_count_the_model_read_as_a_date_counts_its_noun(nlp):
    fact = fact_of(nlp, "They did not show up during the last two mid-term elections.", "two")
    assert (fact.kind, fact.value, fact.counted) == ("count", 2, "mid-term elections")


def test_the_last_two_years_is_still_a_duration(nlp):
    (fact,) = facts(nlp, "He won the last two years.")
    assert (fact.kind, fact.unit) == ("quantity", "year")


def test_a_fraction_of_a_possessed_noun_counts_that_noun(nlp):
    fact = fact_of(nlp, "The region is home to nearly half the world’s population.", "nearly half")
    assert fact.counted == "population"


def test_a_count_before_a_possessive_counts_the_possessor(nlp):
    assert fact_of(nlp, "The 10 companies' shares fell.", "10").counted == "companies"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The race has left the RNC millions of dollars behind expectations.", "USD"),
        ("They have spent billions of euros on it.", "EUR"),
    ],
)
def test_a_vague_amount_of_a_currency_is_money(nlp, text, currency):
    fact = next(f for f in facts(nlp, text) if f.vague_range)
    assert (fact.kind, fact.currency) == ("money", currency)


def test_somewhere_between_is_an_approximate_range(nlp):
    found = facts(nlp, "Walker charges somewhere between $20,000 and $30,000 for speeches.")
    assert [(f.value, f.approximate) for f in found] == [(20000, True), (30000, True)]
    assert found[0].range.partner == 1


def test_somewhere_around_is_approximate(nlp):
    (fact,) = facts(nlp, "The bill would cost somewhere around $5 billion.")
    assert (fact.value, fact.approximate) == (5e9, True)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The war went on over a quarter of a century.", 0.25, "century"),
        ("It has been half a century since the war.", 0.5, "century"),
        ("He walked half a mile to the polls.", 0.5, "mile"),
    ],
)
def test_a_fraction_of_a_unit_is_that_measure(nlp, text, value, unit):
    (fact,) = facts(nlp, text)
    assert (fact.kind, fact.value, fact.unit, fact.bound) == ("quantity", value, unit, None)


@pytest.mark.parametrize(
    ("text", "value", "counted", "direction"),
    [
        ("Clinton gained a point in the poll.", 1, "point", "up"),
        ("The Treasury fell almost a point on Friday.", 1, "point", "down"),
        ("Rates rose a percentage point last year.", 1, "percentage point", "up"),
        ("Her lead slipped half a point.", 0.5, "point", "down"),
    ],
)
def test_a_point_taken_by_a_verb_of_change_is_one_point(nlp, text, value, counted, direction):
    (fact,) = facts(nlp, text)
    assert (fact.value, fact.counted, fact.direction) == (value, counted, direction)


def test_a_point_of_view_is_no_number(nlp):
    assert facts(nlp, "That was a point of view he held.") == []


def test_one_in_n_is_a_share_of_two_counts(nlp):
    found = facts(nlp, "One in five children lives in poverty.")
    assert [(f.value, f.counted) for f in found] == [(1, None), (5, "children")]


def test_one_of_them_is_still_the_pronoun(nlp):
    assert facts(nlp, "One of them left early.") == []


def test_pounds_a_thing_weighs_are_a_weight(nlp):
    found = facts(nlp, "The laptop weighs 2.8 pounds and costs $1,299.")
    assert [(f.kind, f.unit, f.currency) for f in found] == [
        ("quantity", "pound", None),
        ("money", None, "USD"),
    ]


def test_pounds_paid_are_still_money(nlp):
    assert fact_of(nlp, "He paid 8 pounds for the ticket.", "8 pounds").currency == "GBP"


@pytest.mark.parametrize(
    ("text", "direction"),
    [("Profit fell by a third to £120m.", "down"), ("Sales rose by a third last year.", "up")],
)
def test_a_change_by_a_fraction_has_the_verbs_direction(nlp, text, direction):
    fact = next(f for f in facts(nlp, text) if f.value < 1)
    assert (fact.value, fact.direction) == (pytest.approx(1 / 3), direction)


def test_by_a_third_party_is_no_fraction(nlp):
    (fact,) = facts(nlp, "The deal was reviewed by a third party.")
    assert fact.kind == "ordinal"


def test_an_elided_noun_is_that_of_a_count_of_the_same_order(nlp):
    text = (
        "The broadcast drew an average of 98 million viewers — trailing only the two finals "
        "before it, which averaged 104 million."
    )
    assert fact_of(nlp, text, "averaged 104 million").counted == "viewers"


def test_an_elided_noun_is_still_the_nearest_counts(nlp):
    text = "Amicus has 1.2 million members and the TGWU has 800,000."
    assert fact_of(nlp, text, "800,000").counted == "members"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("After The Debate, Sarah Palin Unleashed 4 Words On Her Critics.", "Words"),
        ("Trump Unveils 10-Point Plan To Fix Veterans Affairs", "Point"),
    ],
)
def test_a_number_in_a_headline_is_no_name(nlp, text, counted):
    (fact,) = facts(nlp, text)
    assert fact.counted == counted


@pytest.mark.parametrize(
    "text",
    [
        "They watched the Six Nations on Hot 97 radio.",
        "Leaders of the Group of Seven met in Japan.",
    ],
)
def test_names_in_a_plain_sentence_stay_names(nlp, text):
    assert facts(nlp, text) == []


def test_two_shares_joined_by_a_dash_larger_first_are_no_range(nlp):
    found = facts(nlp, "By 58%-33%, those surveyed said the funding should stay.")
    assert [(f.value, f.range) for f in found] == [(58, None), (33, None)]


@pytest.mark.parametrize(
    ("text", "fact_text", "bound"),
    [
        ("Sanders won 84 percent of young voters under 29 in Iowa.", "under 29", "upper"),
        ("The rule covers adults over 65 who live alone.", "over 65", "lower"),
    ],
)
def test_a_bound_on_people_is_on_their_age(nlp, text, fact_text, bound):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.unit, fact.bound) == ("age", "year", bound)


def test_a_bound_on_things_is_no_age(nlp):
    fact = fact_of(nlp, "The shop keeps its prices under 20 euros.", "under 20 euros")
    assert fact.kind == "money"


def test_a_reuters_dateline_day_is_no_number(nlp):
    assert facts(nlp, "PARIS, Aug 31 (Reuters) - The leader voiced support.") == []


def test_a_scale_word_glued_to_the_number_is_money(nlp):
    (fact,) = facts(nlp, "She collected $112million last year.")
    assert (fact.value, fact.currency) == (112e6, "USD")


def test_a_capitalised_first_word_after_a_quote_is_no_name(nlp):
    (fact,) = facts(nlp, "“With millions of people coming into the party, I am right.”")
    assert (fact.vague_range, fact.counted) == ((1e6, 1e7), "people")


@pytest.mark.parametrize(
    "text",
    [
        "Wealthy donors handed over $25 million last month.",
        "They had to fork over $500 to the city.",
    ],
)
def test_over_as_a_verbs_particle_is_no_bound(nlp, text):
    (fact,) = facts(nlp, text)
    assert (fact.kind, fact.bound) == ("money", None)


def test_over_before_an_amount_is_still_a_bound(nlp):
    (fact,) = facts(nlp, "The group spent over $25 million last month.")
    assert fact.bound == "lower"


def test_the_first_of_two_durations_joined_by_or_has_the_period(nlp):
    found = facts(nlp, "It happened 40 or 50 years ago.")
    assert [(f.value, f.unit) for f in found] == [(40, "year"), (50, "year")]


def test_two_tallies_compared_both_count_the_noun(nlp):
    found = facts(nlp, "The tally stood at 212,205 to 210,424 votes on Tuesday.")
    assert [(f.value, f.counted, f.range) for f in found] == [
        (212205, "votes", None),
        (210424, "votes", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The channels BBC1 and ITV1 lost viewers in January.",
        "She spoke on ITV1's morning show.",
    ],
)
def test_three_capitals_and_a_digit_are_a_name_unless_a_currency_code(nlp, text):
    assert facts(nlp, text) == []


def test_a_currency_code_glued_to_its_amount_is_money(nlp):
    (fact,) = facts(nlp, "It paid USD10m for the unit.")
    assert (fact.value, fact.currency) == (10e6, "USD")


def test_a_names_number_in_a_headline_stays_a_name(nlp):
    found = facts(nlp, "This iPhone 12 Mini Deal Gets You 54GB Of Data For A Month.")
    assert [f.text for f in found] == ["54GB"]


def test_a_number_word_inside_a_longer_hyphenated_word_is_no_crash(nlp):
    # The number's span ("second") is only the end of the word: no "<digits>-noun" follows it.
    text = (
        "Most phones show 15-frame-a-second video, which looks jerky; "
        "the new chip allows 30-frame-a-second video."
    )
    assert all(f.text != "second" for f in facts(nlp, text))
