"""Numeric facts, eighth round of issue 13: kinds of errors found on BBC business, tech and
sport news (tests/data/numeric_dev6: markets, companies, tech specs and sport) and left from
earlier rounds; each rule on a short hand-written sentence."""

import pytest

from tests.numeric_helpers import fact_of, facts


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
    # a level reached, as "rose to $37bn", has no direction (round 12; it was "up" here)
    assert (fact.bound, fact.qualifier, fact.direction) == (None, None, None)
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


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Tickets cost $25-$40 each.", 25, 40),
        ("Shares traded at £2.50-£3 last week.", 2.5, 3),
        ("The deal is worth $2bn-$3bn.", 2e9, 3e9),
    ],
)
def test_a_price_range_written_in_one_token_is_a_range(nlp, text, low, high):
    found = facts(nlp, text)
    assert [(f.kind, f.value) for f in found] == [("money", low), ("money", high)]
    assert found[0].range.partner == 1


@pytest.mark.parametrize(
    ("text", "fact_text", "rate"),
    [
        ("Oil slid 2% to $78.50/bbl.", "$78.50", "barrel"),
        ("Gold hit $2,050/oz on Friday.", "$2,050", "ounce"),
        ("It sold for $3.10/share.", "$3.10", "share"),
    ],
)
def test_a_price_per_unit_after_a_slash(nlp, text, fact_text, rate):
    assert fact_of(nlp, text, fact_text).rate == rate


def test_a_currency_named_before_an_amount_with_a_scale(nlp):
    fact = fact_of(
        nlp, "The deficit hit a record Australian dollar 29.4bn.", "Australian dollar 29.4bn"
    )
    assert (fact.kind, fact.currency, fact.value) == ("money", "AUD", 29.4e9)


def test_a_glued_m_before_a_season_is_metres(nlp):
    fact = fact_of(nlp, "She will start her 3,000m season in Boston.", "3,000m")
    assert (fact.kind, fact.value, fact.unit) == ("quantity", 3000, "meter")


def test_a_descending_pair_across_a_dash_is_no_range(nlp):
    text = "Butler clocked 22 minutes 45 seconds - 22secs behind the winner."
    assert all(f.range is None for f in facts(nlp, text))
    rising = facts(nlp, "The trip takes 3 hours - 5 hours.")
    assert rising[0].range is not None


def test_a_number_word_inside_a_named_event_is_no_count(nlp):
    assert facts(nlp, "Wales beat France 24-18 in the Six Nations.") == []


@pytest.mark.parametrize(
    ("text", "fact_text", "direction"),
    [
        ("Apple shares closed down $2.15, or 1.2%, at $178.42.", "1.2%", "down"),
        ("Gold rose $12.40, or 0.6%, to $1,987.30 an ounce.", "0.6%", "up"),
    ],
)
def test_a_change_restated_after_or_moves_the_same_way(nlp, text, fact_text, direction):
    assert fact_of(nlp, text, fact_text).direction == direction


def test_a_restated_amount_after_a_level_has_no_direction(nlp):
    assert fact_of(nlp, "He owns 20 cars or 5 houses.", "5").direction is None


@pytest.mark.parametrize(
    ("text", "kind", "unit", "direction"),
    [
        ("Clinton leads by 13 percentage points in Ohio and 7 in Florida.", "quantity",
         "percentage_point", None),
        ("Prices rose 5% in May and 3 in June.", "percent", "%", "up"),
    ],
)  # fmt: skip
def test_a_bare_number_listed_after_an_amount_takes_its_unit(nlp, text, kind, unit, direction):
    listed = facts(nlp, text)[1]
    assert (listed.kind, listed.unit, listed.direction) == (kind, unit, direction)


def test_a_bare_number_before_a_verb_keeps_no_unit(nlp):
    fact = fact_of(nlp, "The plane flew 30 miles, and 2 crashed.", "2")
    assert (fact.kind, fact.unit) == ("count", None)


@pytest.mark.parametrize(
    ("text", "feet", "inches"),
    [
        ("He is 6ft 5in tall.", "6ft", "5in"),
        ("The 5 feet 11 inches striker scored.", "5 feet", "11 inches"),
    ],
)
def test_a_height_in_feet_and_inches_is_two_quantities(nlp, text, feet, inches):
    assert fact_of(nlp, text, feet).unit == "foot"
    assert fact_of(nlp, text, inches).unit == "inch"


def test_a_capital_scale_letter_before_a_noun(nlp):
    fact = fact_of(nlp, "The current population is about 8 B people.", "about 8 B")
    assert (fact.value, fact.counted) == (8e9, "people")
    assert facts(nlp, "He chose plan B instead.") == []


def test_two_values_of_a_unit_across_a_slash(nlp):
    found = facts(nlp, "The EPA rates it at 22/28 mpg city/highway.")
    assert [(f.value, f.unit, f.rate, f.range) for f in found] == [
        (22, "mile", "gallon", None),
        (28, "mile", "gallon", None),
    ]
    assert fact_of(nlp, "It is a 3/4 inch bolt.", "a 3/4 inch").value == 0.75


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("England have lost two tighthead props.", "two"),
        ("We lost one lineout in the first half.", "one"),
    ],
)
def test_things_lost_are_no_fall(nlp, text, fact_text):
    assert fact_of(nlp, text, fact_text).direction is None


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [("Shares lost 3% on Monday.", "3%"), ("Gold lost 12 dollars an ounce.", "12 dollars")],
)
def test_an_amount_lost_is_a_fall(nlp, text, fact_text):
    assert fact_of(nlp, text, fact_text).direction == "down"


def test_a_bare_number_after_but_takes_the_unit_before(nlp):
    fact = fact_of(nlp, "He was 22secs behind the winner but four ahead of Yelling.", "four")
    assert (fact.kind, fact.unit) == ("quantity", "second")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Over the past three or four years lenders grew.", 3, 4),
        ("Taxes on the top 2 or 3 percent rose.", 2, 3),
    ],
)
def test_two_consecutive_numbers_with_or_are_a_range(nlp, text, low, high):
    first, second = facts(nlp, text)
    assert (first.value, second.value, first.range.partner, second.range.partner) == (
        low,
        high,
        1,
        0,
    )


def test_two_numbers_apart_with_or_are_no_range(nlp):
    assert all(f.range is None for f in facts(nlp, "It takes 4 or 6 days."))


def test_two_amounts_the_model_tagged_one_are_split_after_a_glued_unit(nlp):
    text = "Drivers enjoy the 640bhp 5.2 litre V10 engine."
    assert fact_of(nlp, text, "640bhp").unit == "horsepower"
    assert fact_of(nlp, text, "5.2 litre").unit == "liter"


@pytest.mark.parametrize("text", ["It shoots 4K video at 60 frames.", "They sell 8K TVs now."])
def test_a_resolutions_name_is_no_count(nlp, text):
    assert not [f for f in facts(nlp, text) if f.value in (4000, 8000)]
    assert fact_of(nlp, "He paid $4K for it.", "$4K").value == 4000


@pytest.mark.parametrize(
    ("text", "fact_text", "value"),
    [("Costs rose by a fifth.", "a fifth", 0.2), ("A tenth of the staff left.", "A tenth", 0.1)],
)
def test_a_fifth_or_a_tenth_is_a_fraction(nlp, text, fact_text, value):
    assert fact_of(nlp, text, fact_text).value == pytest.approx(value)
    assert fact_of(nlp, "She finished a fifth time.", "fifth").kind == "ordinal"


def test_a_size_the_model_tagged_money_keeps_its_unit(nlp):
    fact = fact_of(nlp, "It comes with a 1TB SSD and 16GB of RAM.", "1TB")
    assert (fact.kind, fact.unit, fact.currency) == ("quantity", "terabyte", None)


@pytest.mark.parametrize(
    ("text", "fact_text", "currency", "direction"),
    [
        ("The rand weakened 1.1% to 18.95 per dollar.", "18.95 per dollar", "ZAR", None),
        ("The Swiss franc was at 0.88 per dollar.", "0.88 per dollar", "CHF", None),
    ],
)
def test_an_exchange_rate_is_in_the_currency_quoted(nlp, text, fact_text, currency, direction):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.currency, fact.rate, fact.direction) == (
        "money",
        currency,
        "dollar",
        direction,
    )


def test_an_amount_per_dollar_of_something_else_is_no_money(nlp):
    fact = fact_of(nlp, "The tax is 10 per dollar of income.", "10 per dollar")
    assert (fact.kind, fact.currency) == ("count", None)


def test_a_golf_score_against_par_is_no_bound_nor_range(nlp):
    found = facts(nlp, "She shot a 5-under 67 on Sunday.")
    assert [(f.value, f.bound, f.range) for f in found] == [(5, None, None), (67, None, None)]


@pytest.mark.parametrize(
    ("text", "fact_text", "value"),
    [
        ("The package was worth up to PS2.7m.", "up to PS2.7m", 2.7e6),
        ("Tickets cost PS45 each.", "PS45", 45),
        ("They paid HK $216,925 (PS21,700) for flights.", "PS21,700", 21700),
    ],
)
def test_a_pound_sign_transliterated_ps(nlp, text, fact_text, value):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.currency, fact.value) == ("money", "GBP", value)


def test_a_console_name_and_metric_horsepower_are_no_pounds(nlp):
    assert facts(nlp, "He bought a PS5 and a PS4.") == []
    assert fact_of(nlp, "The car makes 300 PS.", "300 PS").unit == "metric_horsepower"


def test_a_dollars_country_spaced_from_its_sign(nlp):
    text = "They paid HK $216,925 (PS21,700) for flights."
    assert fact_of(nlp, text, "HK $216,925").currency == "HKD"
    assert fact_of(nlp, "A $5 note.", "$5").currency == "USD"


def test_a_batting_average_without_its_zero(nlp):
    fact = fact_of(nlp, "Ohtani is hitting .304 with 44 homers.", ".304")
    assert (fact.kind, fact.value) == ("count", 0.304)


def test_a_tally_written_with_hyphens_is_two_counts(nlp):
    found = facts(nlp, "James scored 35 points on 14-of-22 shooting.")
    assert [(f.text, f.value) for f in found] == [("35", 35), ("14", 14), ("22", 22)]


@pytest.mark.parametrize(
    ("text", "fact_text", "direction"),
    [
        ("The stock was higher by 3% at midday.", "3%", "up"),
        ("Bonds were lower by 2 points.", "2", "down"),
        ("Output expanded at a 2.1% annual rate.", "2.1%", "up"),
    ],
)
def test_a_direction_word_before_by_and_a_pace_of_change(nlp, text, fact_text, direction):
    assert fact_of(nlp, text, fact_text).direction == direction


@pytest.mark.parametrize(
    ("text", "fact_text"), [("He won by 3 points.", "3"), ("It was sold at a 5% rate.", "5%")]
)
def test_a_margin_or_a_rate_with_no_change_has_no_direction(nlp, text, fact_text):
    assert fact_of(nlp, text, fact_text).direction is None
