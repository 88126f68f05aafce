"""Numeric facts, second round of issue 13: each rule on a short hand-written sentence."""

import math

import pytest

from service.nlp.numeric_facts import extract_numeric_facts, parse_number
from tests.numeric_helpers import fact_of


@pytest.mark.parametrize(
    ("text", "fact_text", "unit", "rate"),
    [
        ("Temperatures reached 30C in London.", "30C", "degree_Celsius", None),
        ("The water froze at 12 C overnight.", "12 C", "degree_Celsius", None),
        ("The cargo ship carried 500 tons of grain.", "500 tons", "ton", None),
        ("They built five of the three-ton satellites.", "three-ton", "ton", None),
        ("Panthers roam home ranges of 190 km2.", "190 km2", "kilometer**2", None),
        ("The new engine makes 300 PS at full load.", "300 PS", "metric_horsepower", None),
        ("The plant makes 7nm chips for phones.", "7nm", "nanometer", None),
        ("Its broadband runs at 100 Mbps in town.", "100 Mbps", "megabit", "second"),
        ("The scooter has a 250cc engine.", "250cc", "cubic_centimeter", None),
        (
            "Samples held 37.8 microgrammes per gramme.",
            "37.8 microgrammes per gramme",
            "microgram",
            "gram",
        ),
        ("Turn the dial to 85° now.", "85°", "degree", None),
    ],
)
def test_units_news_writes(nlp, text, fact_text, unit, rate):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.unit, fact.rate) == ("quantity", unit, rate)


def test_an_entity_past_its_unit_is_cut_at_the_unit(nlp):
    assert fact_of(nlp, "The water froze at 12 C overnight.", "12 C").unit == "degree_Celsius"


@pytest.mark.parametrize(
    ("text", "fact_text", "bound"),
    [
        ("The set holds no less than 34 John Wayne films.", "no less than 34", "lower"),
        ("The club signed no fewer than 12 players.", "no fewer than 12", "lower"),
        ("Fees will be not more than £20 a month.", "not more than £20", "upper"),
    ],
)
def test_negated_bounds(nlp, text, fact_text, bound):
    assert fact_of(nlp, text, fact_text).bound == bound


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7 3/4", 7.75),
        ("1/4", 0.25),
        ("10½", 10.5),
        ("24/7", 24),  # no fraction
        ("23/32", 23 / 32),  # a bond price, not 2 and 3/32
        ("half a million", 5e5),
        ("a quarter million", 2.5e5),
        ("three quarters billion", 7.5e8),
        ("two and a half million", 2.5e6),
        ("two thirds of a million", 2e6 / 3),
    ],
)
def test_fractions_and_parts_of_a_scale(text, value):
    assert math.isclose(parse_number(text), value)


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "unit"),
    [
        ("Raceway Park is a 1/4 mile paved oval.", "1/4 mile", 0.25, "mile"),
        ("It takes more than 10 1/2 miles of cable.", "more than 10 1/2 miles", 10.5, "mile"),
        ("The bonds pay 7 3/4 % a year.", "7 3/4 %", 7.75, "%"),
    ],
)
def test_fractions_in_facts(nlp, text, fact_text, value, unit):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.value, fact.unit) == (value, unit)


def test_an_amount_read_as_a_date(nlp):
    fact = fact_of(
        nlp,
        "The firm was valued at two and a half billion dollars.",
        "two and a half billion dollars",
    )
    assert (fact.kind, fact.value, fact.currency) == ("money", 2.5e9, "USD")


@pytest.mark.parametrize(
    ("text", "fact_text", "unit"),
    [
        ("Most cases are found by around 3 years of age.", "around 3 years of age", "year"),
        ("Babies are weighed at 6 weeks of age.", "6 weeks of age", "week"),
        ("The patient is an 87 yo man.", "87 yo", "year"),
        ("The driver, aged 35, was arrested.", "35", "year"),
        ("She retired at the age of 60.", "60", "year"),
        ("He will be 35 by the end of the year.", "35", "year"),
        ("Life expectancy for men in Glasgow is around 73.", "around 73", "year"),
        ("Maddon, 66, has used the downtime well.", "66", "year"),
    ],
)
def test_ages_from_their_words(nlp, text, fact_text, unit):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.unit, fact.counted) == ("age", unit, None)


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("The temperature is around 73 today.", "around 73"),
        ("The score is 35 now.", "35"),
        ("He scored 35 points.", "35"),
    ],
)
def test_bare_numbers_that_are_no_ages(nlp, text, fact_text):
    assert fact_of(nlp, text, fact_text).kind == "count"


def test_a_range_of_ages(nlp):
    found = extract_numeric_facts(nlp("He is about 40 - 50 years old."))
    assert [(f.kind, f.value, f.range.role) for f in found] == [
        ("age", 40, "min"),
        ("age", 50, "max"),
    ]


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "currency", "rate"),
    [
        ("In Tokyo, Sony lost 2.7 percent to Y=5,182.", "Y=5,182", 5182, "JPY", None),
        ("I would like to buy this item for USD 200.", "USD 200", 200, "USD", None),
        ("The repair cost 500 USD in the end.", "500 USD", 500, "USD", None),
        ("The ticket costs 115USD.", "115USD", 115, "USD", None),
        ("A higher $70-a-share price blocks the bid.", "$70", 70, "USD", "share"),
        ("It will pay a 12-cent-a-share dividend.", "12-cent", 0.12, "USD", "share"),
        ("Sony sold 6.65 billion pesetas of bonds.", "6.65 billion pesetas", 6.65e9, "ESP", None),
    ],
)
def test_currency_codes_and_prices_per_thing(nlp, text, fact_text, value, currency, rate):  # noqa: PLR0917
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.currency, fact.rate) == ("money", currency, rate)
    assert math.isclose(fact.value, value)


def test_a_word_that_is_a_currency_code_is_not_money(nlp):
    assert fact_of(nlp, "ALL 20 players were fit.", "20").kind == "count"


def test_times_is_how_often_not_a_thing_counted(nlp):
    fact = fact_of(nlp, "He has lost his pen 7 times since Monday.", "7")
    assert (fact.counted, fact.direction) == (None, None)


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("The S&P 500 rose 64.06 points to 4,577.10.", "4,577.10"),
        (
            "The TA-35 closed at 1,463.87 points, while the TA-125 climbed 0.1% to 1,333.18.",
            "1,333.18",
        ),
        (
            "The TA-25 ended at 1,463.78 points, while the TA-125 lost 1.1% to end at 1,334.20.",
            "1,334.20",
        ),
    ],
)
def test_an_index_level_counts_the_points_of_its_parallel(nlp, text, fact_text):
    assert fact_of(nlp, text, fact_text).counted == "points"


def test_a_price_level_does_not_count_a_noun_it_does_not_parallel(nlp):
    text = "The zero-coupon bonds were priced at 50.9375 to yield 15.06%."
    assert fact_of(nlp, text, "50.9375").counted != "coupon"  # not the "zero" before it


@pytest.mark.parametrize(
    "text",
    [
        "The exit lies on highway 35 near the lake.",
        "They lost Game 6 on Sunday.",
        "The team works on the Planet 9 project.",
        "The S P 500 is up about 15 percent.",
    ],
)
def test_numbers_that_name_their_noun_are_not_facts(nlp, text):
    assert [f.text for f in extract_numeric_facts(nlp(text)) if f.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [("The patient is a man of age 87.", "87"), ("Tesla delivered 63000 cars.", "63000")],
)
def test_numbers_after_a_noun_that_are_facts(nlp, text, fact_text):
    assert fact_of(nlp, text, fact_text)


@pytest.mark.parametrize(
    ("text", "fact_text", "concept"),
    [
        ("Amazon is growing fast: it is said to have 35m devices in use.", "35m", "Amazon"),
        ("They met Nissan, which is 43.4 percent-owned by Renault.", "43.4 percent", "Nissan"),
        ("The MacBook Pro 16 inch is worth exactly $2000.", "16 inch", "MacBook Pro"),
        ("The wreck lies in shallow water, just 47 feet deep.", "just 47 feet", "wreck"),
    ],
)
def test_concept_from_a_pronoun_a_relative_a_name_or_the_subject(nlp, text, fact_text, concept):
    assert fact_of(nlp, text, fact_text).concept == concept


@pytest.mark.parametrize(
    ("text", "fact_text", "kind", "value"),
    [
        ("Most of them were younger than three months old.", "younger than three months", "age", 3),
        ("All seventeen tests were successful.", "seventeen", "count", 17),
        (
            "Now, after ninety five years of age, views change.",
            "ninety five years of age",
            "age",
            95,
        ),
        ("He said that one of the computers broke.", "one", "count", 1),
    ],
)
def test_numbers_in_words_the_model_missed(nlp, text, fact_text, kind, value):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.value) == (kind, value)


def test_a_year_is_not_a_count_of_one(nlp):
    assert [f.text for f in extract_numeric_facts(nlp("A year ago petrol cost $2.11."))] == [
        "$2.11"
    ]


@pytest.mark.parametrize(
    ("text", "fact_text", "value"),
    [
        (
            "It only cost thirteen dollars and forty-five cents.",
            "thirteen dollars and forty-five cents",
            13.45,
        ),
        ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5),
    ],
)
def test_dollars_and_cents_are_one_amount(nlp, text, fact_text, value):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.currency, fact.unit) == ("money", "USD", None)
    assert math.isclose(fact.value, value)


def test_a_change_then_the_level_it_reached_is_no_range(nlp):
    found = extract_numeric_facts(nlp("Crude rose $1 to $58 on Monday."))
    assert [(f.text, f.direction, f.range) for f in found] == [
        ("$1", "up", None),
        ("$58", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "ranged"),
    [
        ("Inflation rose by 0.2% to 3.1% in May.", False),
        ("The budget would rise by $19bn to $419bn next year.", False),
        ("The economy is expected to grow by 2% to 3% this year.", True),
    ],
)
def test_by_a_change_to_a_level_or_a_range(nlp, text, ranged):
    found = extract_numeric_facts(nlp(text))
    assert len(found) == 2
    assert all(bool(f.range) == ranged for f in found)


def test_the_euro_zone_is_no_currency(nlp):
    fact = fact_of(nlp, "In contrast, the 12 Euro zone countries will grow slowly.", "12")
    assert (fact.kind, fact.currency) == ("count", None)


@pytest.mark.parametrize(
    ("text", "fact_text", "kind", "value"),
    [
        ("Idowu landed 17.30m at the British trials.", "17.30m", "quantity", 17.3),
        ("I'm 1.8m tall.", "1.8m", "quantity", 1.8),
        ("The firm sold 2.45m cars last year.", "2.45m", "count", 2.45e6),
    ],
)
def test_a_glued_m_is_metres_for_a_mark_or_a_dimension(nlp, text, fact_text, kind, value):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.value) == (kind, value)


def test_an_age_said_in_a_relative_clause(nlp):
    fact = fact_of(nlp, "The veteran lock, who is 36 at the end of February, will retire.", "36")
    assert (fact.kind, fact.unit) == ("age", "year")


def test_a_day_of_a_month_is_no_count(nlp):
    found = extract_numeric_facts(nlp("It aired 10 days after the 11 September attacks."))
    assert [f.text for f in found] == ["10 days"]


@pytest.mark.parametrize(
    ("text", "fact_text", "currency"),
    [
        ("The simulator costs c $ 16.4 million.", "c $ 16.4 million", "CAD"),
        ("Exports rose to hk $ 10.05 billion.", "hk $ 10.05 billion", "HKD"),
        ("It costs AUD$ 15 now.", "AUD$ 15", "AUD"),
        ("Sell a Mex$ 10 million forward contract.", "Mex$ 10 million", "MXN"),
    ],
)
def test_dollars_with_their_country(nlp, text, fact_text, currency):
    assert fact_of(nlp, text, fact_text).currency == currency


def test_scaled_values_are_exact(nlp):
    assert fact_of(nlp, "The simulator costs C$ 16.4 million.", "C$ 16.4 million").value == 16.4e6
    assert fact_of(nlp, "Crude rose 57 cents.", "57 cents").value == 0.57


def test_points_the_model_read_as_a_percent(nlp):
    fact = fact_of(nlp, "Prices fell as much as 1/4 point on Friday.", "as much as 1/4 point")
    assert (fact.kind, fact.unit, fact.counted) == ("count", None, "point")


def test_celcius_misspelt(nlp):
    assert fact_of(nlp, "It was 10.5 celcius outside.", "10.5 celcius").unit == "degree_Celsius"


def test_just_and_exactly_are_qualifiers(nlp):
    fact = fact_of(nlp, "China's economy grew by just 3% last year.", "just 3%")
    assert (fact.qualifier, fact.bound, fact.approximate, fact.direction) == (
        "just",
        None,
        False,
        "up",
    )


@pytest.mark.parametrize(
    ("text", "fact_text", "concept"),
    [
        ("Shares of Ross were down 2.3%, Burlington by 2.6%.", "2.6%", "Burlington"),
        ("The firm cut prices by 5% in May.", "5%", "prices"),
        ("It had a V8 engine with 450 hp.", "450 hp", "engine"),
    ],
)
def test_concept_before_by_and_with(nlp, text, fact_text, concept):
    assert fact_of(nlp, text, fact_text).concept == concept


def test_an_article_before_a_dollar_sign_is_no_country(nlp):
    fact = fact_of(nlp, "Roosevelt is a $ 9.33 billion asset group.", "$ 9.33 billion")
    assert fact.currency == "USD"


def test_the_age_of_a_name_leaves_out_a_day_before_it(nlp):
    text = "Police said that on Thursday , Rachel Legeard , 18 , went shopping ."
    assert fact_of(nlp, text, "18").concept == "Rachel Legeard"


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("''We have a bond,'' said Carla Cruz, 24.", "24"),
        ("In the primary, 74 percent of voters were 45 or older.", "45"),
        ("Those screened were at 35 or above.", "35"),
    ],
)
def test_more_ages(nlp, text, fact_text):
    assert fact_of(nlp, text, fact_text).kind == "age"


def test_an_entity_does_not_end_on_a_link_word(nlp):
    found = extract_numeric_facts(nlp("He is seen as honest, 64 percent to 56 percent."))
    assert [f.text for f in found] == ["64 percent", "56 percent"]


def test_pence_with_a_bound_are_money(nlp):
    fact = fact_of(nlp, "It was trading at more than 180p last year.", "more than 180p")
    assert (fact.kind, fact.currency, fact.unit, fact.value) == ("money", "GBP", "penny", 1.8)


def test_from_and_to_with_times_between(nlp):
    found = extract_numeric_facts(nlp("Prices rose from $5 on Monday to $7 on Friday."))
    assert [(f.value, f.range.role) for f in found] == [(5, "from"), (7, "to")]


def test_a_name_spaced_from_its_number(nlp):
    found = extract_numeric_facts(nlp("They bought thousands of COVID -19 tests."))
    assert [f.text for f in found] == ["thousands"]


def test_a_range_of_durations_has_its_rate(nlp):
    found = extract_numeric_facts(nlp("I work 40 to 50 hours a week, he said."))
    assert [(f.value, f.unit, f.rate) for f in found] == [
        (40, "hour", "week"),
        (50, "hour", "week"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The show is broadcast on Tuesdays from 2300 GMT.",
        "He was the hero of the Six Nations win over England.",
    ],
)
def test_times_of_day_and_number_words_in_names(nlp, text):
    assert extract_numeric_facts(nlp(text)) == []


def test_an_aside_after_a_spaced_dash_is_not_the_amount(nlp):
    found = extract_numeric_facts(nlp("She calls for $275 billion - half of what he wants."))
    assert [f.text for f in found] == ["$275 billion"]


def test_the_unit_noun_is_not_the_concept(nlp):
    found = extract_numeric_facts(nlp("It would have taken eight to 10 hours."))
    assert [f.concept for f in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "fact_text", "value"),
    [
        (
            "It only cost thirteen dollars forty-five cents.",
            "thirteen dollars forty-five cents",
            13.45,
        ),
        ("He sold his remaining one - third interest.", "one - third", 1 / 3),
    ],
)
def test_numbers_in_words_across_a_hyphen(nlp, text, fact_text, value):
    assert math.isclose(fact_of(nlp, text, fact_text).value, value)


# --- Round 4: rules from dev2 (BBC and PolNeAR news in NewsQuant's format) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "The British number two had been scheduled to play him.",  # a rank, in words
        "America is in for four years of Clinton once again setting policy.",  # an idiom
        "The rules changed all at once last week.",
    ],
)
def test_ranks_in_words_and_once_again_are_not_facts(nlp, text):
    found = {f.text for f in extract_numeric_facts(nlp(text))}
    assert not found & {"two", "once"}


def test_a_number_before_a_plural_name_counts_it(nlp):
    fact = fact_of(nlp, "The letter was signed by 200 House Republicans on Monday.", "200")
    assert (fact.kind, fact.value, fact.counted) == ("count", 200, "House Republicans")


def test_n_odd_is_about_n(nlp):
    fact = fact_of(nlp, "Ten of the 80-odd resorts were damaged.", "80-odd")
    assert (fact.value, fact.approximate, fact.counted) == (80, True, "resorts")


def test_plural_year_olds_are_ages(nlp):
    facts = extract_numeric_facts(nlp("Most 16 to 20-year-olds feel strongly about crime."))
    assert [(f.kind, f.value) for f in facts] == [("age", 16), ("age", 20)]


def test_a_fraction_in_quarters_is_no_period(nlp):
    fact = fact_of(nlp, "In many firms up to three-quarters fell into it.", "up to three-quarters")
    assert (fact.kind, fact.value, fact.unit, fact.bound) == ("count", 0.75, None, "upper")


@pytest.mark.parametrize(
    ("text", "fact_text", "kind", "value"),
    [
        ("She was praised for taking 800m and 1,500m gold.", "800m", "quantity", 800),
        ("She was praised for taking 800m and 1,500m gold.", "1,500m", "quantity", 1500),
        ("The firm made 800m and 1,500m profits.", "1,500m", "count", 1.5e9),
    ],
)
def test_distances_of_races_in_metres(nlp, text, fact_text, kind, value):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "fact_text", "direction"),
    [
        ("The news sent shares in Acme up 8.5p, or 8.1%, to 113.5p.", "8.5p", "up"),
        ("The news sent shares in Acme up 8.5p, or 8.1%, to 113.5p.", "8.1%", "up"),
        ("The news sent shares in Acme up 8.5p, or 8.1%, to 113.5p.", "113.5p", None),
        ("Debt, which is rising at 15% a year, worries the Bank.", "15%", "up"),
        ("Shares closed at 15% of their peak.", "15%", None),
        ("Brent crude rose, adding $1.89 to $48.62 at the close.", "$1.89", "up"),
        ("Brent crude rose, adding $1.89 to $48.62 at the close.", "$48.62", None),
    ],
)
def test_directions_of_sent_up_rising_at_and_adding(nlp, text, fact_text, direction):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.direction, fact.range) == (direction, None)


def test_closer_to_is_approximate(nlp):
    fact = fact_of(nlp, "The actual number is closer to 15 percent.", "closer to 15 percent")
    assert (fact.value, fact.approximate, fact.bound) == (15, True, None)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The war began after 9/11 and the shop is open 24/7.", []),
        ("Rates rose by 3/4 point.", [0.75]),
    ],
)
def test_slashed_numbers_are_fractions_only_when_they_can_be(nlp, text, values):
    assert [f.value for f in extract_numeric_facts(nlp(text))] == values


@pytest.mark.parametrize(
    ("text", "fact_text", "unit", "counted"),
    [
        ("All three acts confer cash penalties.", "three", None, "acts"),  # not atto-carats
        ("The gang stole 40 pins from the shop.", "40", None, "pins"),  # not pico-inches
        ("He ran 5 kilometres on Monday.", "5 kilometres", "kilometer", None),
        ("The farm makes 2 megawatts at noon.", "2 megawatts", "megawatt", None),
    ],
)
def test_words_read_as_prefix_and_symbol_are_no_units(nlp, text, fact_text, unit, counted):
    fact = fact_of(nlp, text, fact_text)
    assert fact.unit == unit
    assert counted is None or fact.counted == counted


def test_a_ratio_counts_nothing(nlp):
    fact = fact_of(nlp, "DVDs that hold six times more data mean better games.", "six")
    assert (fact.value, fact.counted) == (6, None)


def test_every_amount_of_a_conversion_in_brackets_has_its_bound(nlp):
    text = "The engine produces just under 296 hp (224 kW / 300 PS) and 450 Nm of torque."
    bounds = {f.text: f.bound for f in extract_numeric_facts(nlp(text))}
    assert bounds == {"just under 296 hp": "upper", "224 kW": "upper", "300 PS": "upper",
                      "450 Nm": None}  # fmt: skip
