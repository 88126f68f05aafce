"""Numeric facts, sixth round of issue 13: kinds of errors found on wire-service market news
(Reuters, tests/data/numeric_dev4); each rule on a short hand-written sentence."""

import pytest

from service.nlp.numeric_facts import extract_numeric_facts
from tests.numeric_helpers import fact_of, facts


@pytest.mark.parametrize(
    ("text", "fact_text", "value"),
    [
        ("Shares of Acme were up 4-1/2 at 30-5/8 on Friday.", "4-1/2", 4.5),
        ("Shares of Acme were up 4-1/2 at 30-5/8 on Friday.", "30-5/8", 30.625),
        ("Acme was up 4-1/2 at 30-5/8 Friday afternoon .", "30-5/8", 30.625),
        ("The bond future was trading at 107-11/32 , down 26/32 on the day.", "107-11/32",
         107.34375),
        ("The bond future was trading at 107-11/32 , down 26/32 on the day.", "26/32", 0.8125),
    ],
)  # fmt: skip
def test_prices_in_fractions_are_one_number_not_a_range(nlp, text, fact_text, value):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.value, fact.range) == (value, None)


def test_a_fraction_of_cents_is_the_change(nlp):
    fact = fact_of(nlp, "Wheat futures firmed 2-1/4 cents to $ 4.50 a bushel .", "2-1/4 cents")
    assert (fact.kind, fact.value, fact.unit, fact.direction) == ("money", 0.0225, "cent", "up")


def test_a_date_is_still_no_fraction(nlp):
    assert [f.value for f in facts(nlp, "Nothing was the same after 9/11 for them.")] == []


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "currency"),
    [
        ("Net profit was 1.2 bln French francs in the half.", "1.2 bln French francs", 1.2e9,
         "FRF"),
        ("The bank posted a profit of 1.069 billion lei .", "1.069 billion lei", 1.069e9, "RON"),
        ("Sellers marked up soymeal by 1.50 stg a tonne on Friday.", "1.50 stg", 1.5, "GBP"),
        ("DNIB also set a 110 million guilder bond .", "110 million guilder", 110e6, "NLG"),
        ("The contract was worth 45 million dlrs .", "45 million dlrs", 45e6, "USD"),
        ("The firm will issue 200 million D-marks of bonds .", "200 million D-marks", 200e6,
         "DEM"),
        ("Profit fell to 340 mln marks in 1995 .", "340 mln marks", 340e6, "DEM"),
        ("The bank's reserves rose 1.5 billion rand in July .", "1.5 billion rand", 1.5e9, "ZAR"),
    ],
)  # fmt: skip
def test_wire_service_scales_and_currencies(nlp, text, fact_text, value, currency):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.value, fact.currency) == ("money", value, currency)


def test_marks_without_a_scale_are_no_money(nlp):
    assert [f.kind for f in facts(nlp, "She scored 80 marks in the exam.")] == ["count"]


def test_a_price_of_one_unit_with_no_article(nlp):
    fact = fact_of(nlp, "October crude stood eight cents higher at $ 22.23 barrel .", "$ 22.23")
    assert (fact.currency, fact.rate) == ("USD", "barrel")


def test_a_bid_and_an_ask_are_two_prices(nlp):
    found = facts(nlp, "Gold closed at $ 387.00 / $ 387.50 an ounce in Hong Kong .")
    assert [(f.value, f.currency, f.rate, f.range) for f in found] == [
        (387.0, "USD", "ounce", None),
        (387.5, "USD", "ounce", None),
    ]


@pytest.mark.parametrize(
    ("text", "fact_text", "direction"),
    [
        ("The index closed 2.73 points or 0.22 percent up at 1,196.35 .", "2.73", "up"),
        ("The index closed 2.73 points or 0.22 percent up at 1,196.35 .", "0.22 percent", "up"),
        ("The index closed 12 points down at 1,196.35 .", "12", "down"),
        ("The index was down 1.66 points and was off 1.26 for the week .", "1.26", "down"),
        ("Sizes start from 450 sq ft up to 900 sq ft .", "450 sq ft", None),
        ("The side lost to England by five wickets on Thursday .", "five", None),
        ("Sony lost 2.70 percent to Y=5,182 on Friday .", "2.70 percent", "down"),
    ],
)
def test_directions_of_wire_market_reports(nlp, text, fact_text, direction):
    assert fact_of(nlp, text, fact_text).direction == direction


@pytest.mark.parametrize(
    ("text", "fact_text", "expected"),
    [
        ("The dollar slipped to 108.40 yen from 108.45 .", "108.45", (108.45, "JPY", None)),
        ("Heating oil rose to 62.65 cents a gallon from 62.10 .", "62.10", (0.621, "USD", "cent")),
    ],
)
def test_an_earlier_level_after_from_is_in_the_later_ones_unit(nlp, text, fact_text, expected):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.value, fact.currency, fact.unit) == ("money", *expected)


def test_an_earlier_bare_level_of_a_volume(nlp):
    fact = fact_of(nlp, "Output rose to 1.2 mln barrels per day from 1.1 mln .", "1.1 mln")
    assert (fact.kind, fact.value, fact.unit, fact.rate) == ("quantity", 1.1e6, "barrel", "day")


def test_a_count_before_an_age_is_its_own_number(nlp):
    found = facts(nlp, "It is a scandal in which two eight-year-old girls were murdered.")
    assert [(f.text, f.kind, f.value) for f in found] == [
        ("two", "count", 2.0),
        ("eight-year-old", "age", 8.0),
    ]


def test_a_number_and_a_half_in_hyphens(nlp):
    fact = fact_of(nlp, "Distances : Three lengths , two-and-a-half lengths .", "two-and-a-half")
    assert fact.value == 2.5


def test_estimated_at_is_approximate(nlp):
    fact = fact_of(nlp, "The damage was estimated at $ 5 million .", "estimated at $ 5 million")
    assert (fact.value, fact.approximate, fact.bound) == (5e6, True, None)


@pytest.mark.parametrize(
    ("text", "fact_text", "direction"),
    [
        ("The firm raised its dividend 2 cents to 45 cents a share .", "2 cents", "up"),
        ("The bank cut its key rate 25 basis points to 5.25 percent .", "25 basis points",
         "down"),
        ("Acme raised its stake 5 percent this week .", "5 percent", "up"),
        ("The firm cut 2,000 jobs last year .", "2,000", "down"),  # what is cut (round 21)
    ],
)  # fmt: skip
def test_an_amount_after_the_object_of_a_verb_that_moves_it(nlp, text, fact_text, direction):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.direction, fact.range) == (direction, None)


@pytest.mark.parametrize(
    ("text", "fact_text", "value"),
    [
        ("Net profit rose to RM1.2bil from RM980mil .", "RM1.2bil", 1.2e9),
        ("Net profit rose to RM1.2bil from RM980mil .", "RM980mil", 9.8e8),
        ("Sales hit RM 1.2 bil last year .", "RM 1.2 bil", 1.2e9),
    ],
)
def test_malaysian_scales(nlp, text, fact_text, value):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.value, fact.currency) == (value, "MYR")


def test_torque_with_dots(nlp):
    fact = fact_of(nlp, "The GT puts out 634 lb.-ft. of torque .", "634 lb.-ft")
    assert (fact.kind, fact.unit) == ("quantity", "pound*foot")


def test_a_bound_the_model_tagged_a_date(nlp):
    fact = fact_of(nlp, "The number of cases climbed past 10,000 .", "past 10,000")
    assert (fact.value, fact.direction) == (10000, "up")


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "direction"),
    [
        ("Profits were up by a third .", "a third", 1 / 3, "up"),
        ("Costs were cut by a quarter , the firm said .", "a quarter", 0.25, "down"),
    ],
)
def test_a_fraction_a_thing_moved_by(nlp, text, fact_text, value, direction):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.value, fact.direction) == (value, direction)


def test_a_third_party_is_no_fraction(nlp):
    assert [f.kind for f in facts(nlp, "The case was handled by a third party .")] == ["ordinal"]


def test_a_range_whose_first_end_has_only_a_scale(nlp):
    found = facts(nlp, "Output increased from 1.2 million to 1.5 million tonnes .")
    assert [(f.value, f.unit, f.range.role) for f in found] == [
        (1.2e6, "metric_ton", "from"),
        (1.5e6, "metric_ton", "to"),
    ]


def test_the_bare_first_end_of_a_range_in_cents(nlp):
    found = facts(nlp, "Premiums were steady at 10-20 cents an ounce .")
    assert [(f.value, f.unit, f.rate) for f in found] == [
        (0.1, "cent", "ounce"),
        (0.2, "cent", "ounce"),
    ]


@pytest.mark.parametrize(
    ("verb", "direction"),
    [
        ("strengthened", "up"),
        ("appreciated", "up"),
        ("bounced", "up"),
        ("depreciated", "down"),
        ("fell back", "down"),
        ("slipped back", "down"),
        ("picked up", "up"),
        ("sold off", "down"),
        ("knocked off", "down"),
    ],
)
def test_more_verbs_of_change(nlp, verb, direction):
    text = f"The index {verb} 2.5 percent on Monday ."
    assert fact_of(nlp, text, "2.5 percent").direction == direction


def test_a_reuters_quote_of_a_currency(nlp):
    fact = fact_of(nlp, "The dollar eased to 108.79 JPY= late on Friday .", "108.79 JPY=")
    assert (fact.kind, fact.currency) == ("money", "JPY")


def test_an_ordinal_after_an_adjective_is_no_fraction(nlp):
    text = "Woods won an unprecedented third successive U.S. Amateur Championship ."
    assert [f.value for f in facts(nlp, text) if f.kind != "ordinal"] == []


def test_a_number_and_a_half_tagged_as_a_date(nlp):
    fact = fact_of(nlp, "He won by two and a half lengths .", "two and a half")
    assert (fact.kind, fact.value, fact.counted) == ("count", 2.5, "lengths")


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "currency"),
    [
        ("TSMC reported revenue of NT$625 billion .", "NT$625 billion", 625e9, "TWD"),
        ("The state allocated Rp 5 trillion for roads .", "Rp 5 trillion", 5e12, "IDR"),
        ("The state allocated Rp5 trillion for roads .", "Rp5 trillion", 5e12, "IDR"),
    ],
)
def test_asian_currency_signs(nlp, text, fact_text, value, currency):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.value, fact.currency) == ("money", value, currency)


def test_parts_per_million_is_one_measure(nlp):
    fact = fact_of(nlp, "CO2 levels reached 420 parts per million in May .", "420")
    assert fact.counted == "parts per million"


def test_monthly_users_are_no_rate(nlp):
    found = facts(nlp, "The app has 1.2 billion monthly active users and earns $500 monthly .")
    assert [(f.value, f.rate) for f in found] == [(1.2e9, None), (500, "month")]


def test_an_amount_in_millions_ends_its_sentence(nlp):
    doc = nlp("It bought a British unit for £450m. Its shares fell 4.5% to $87.20 on Friday.")
    assert next(doc.sents).text == "It bought a British unit for £450m."
    by_text = {f.text: f for f in extract_numeric_facts(doc)}
    assert (by_text["£450m"].value, by_text["£450m"].currency) == (450_000_000, "GBP")
    assert by_text["4.5%"].concept == "shares"


def test_a_datelines_place_is_not_what_a_number_is_about(nlp):
    fact = fact_of(
        nlp,
        "NEW YORK (AP) — Acme Corp. said Tuesday it will cut about 1,200 jobs.",
        "about 1,200",
    )
    assert fact.concept == "Acme Corp."
