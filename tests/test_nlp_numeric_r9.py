"""Numeric facts, round r9 of issue 13: unit symbols news writes spaced from or marked on their
number (a spaced "F", "KB", a spaced "m" before a dimension, feet and inches as primes, a
capital scale letter after money), and a conversion in brackets that carries its amount's
qualifier. Each on a sentence written for it."""

import pytest

from tests.numeric_helpers import facts, only


@pytest.mark.parametrize(
    "text",
    ["The thermometer showed 75 F in the shade.", "Overnight lows fell to 28 F."],
)
def test_a_spaced_capital_f_after_a_number_is_fahrenheit(nlp, text):
    # as a spaced "C" is Celsius ("12 C"): news writes no farads
    found = only(nlp, text)
    assert found.kind == "quantity"
    assert found.unit == "degree_Fahrenheit"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The attachment is only 300 KB in size.", "kilobyte"),
        ("Each photo takes about 900KB on the card.", "kilobyte"),
    ],
)
def test_kb_in_capitals_is_a_kilobyte(nlp, text, unit):
    # pint reads "KB" as a kilobarn; news means kilobytes
    assert only(nlp, text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The new tower will be 120 m tall.",
        "The whale surfaced about 30 m from the boat.",
        "The wall is 4 m high and 2 m thick.",
    ],
)
def test_a_spaced_m_before_a_dimension_or_a_place_is_metres(nlp, text):
    found = [f for f in facts(nlp, text) if f.kind == "quantity"]
    assert found
    assert all(f.unit == "meter" for f in found)
    assert len(found) == len(facts(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["The firm has 50 m customers in Asia.", "The club paid £30 m for the striker."],
)
def test_a_spaced_m_before_a_noun_or_after_money_stays_a_scale(nlp, text):
    assert all(f.unit != "meter" for f in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The plane was flying at an altitude of 30' when the engine failed.", "foot"),
        ('The new tablet has a 10" screen.', "inch"),
        ("The wave was 12' high.", "foot"),
    ],
)
def test_a_prime_after_a_number_is_feet_and_a_double_prime_inches(nlp, text, unit):
    assert only(nlp, text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "'He was out for 30' said the coach.",
        '"We need 10" the minister said.',
    ],
)
def test_a_closing_quote_after_a_number_is_no_unit(nlp, text):
    assert all(f.unit is None for f in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The start-up is now valued at $3 B.", 3e9),
        ("The deal was worth $450 M last year.", 4.5e8),
    ],
)
def test_a_capital_scale_letter_after_money_scales_it(nlp, text, value):
    # as "about 8 B people": a capital B, M or K spaced after an amount of money is its scale
    assert only(nlp, text).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("The top speed drops to just 87 mph (140 km/h) with the armour.", "140 km/h"),
        ("The bridge is only 30 feet (9 metres) wide.", "9 metres"),
    ],
)
def test_a_conversion_in_brackets_carries_its_amounts_qualifier(nlp, text, converted):
    # one quantity written twice: "just 87 mph (140 km/h)" is just 140 km/h too
    found = {f.text: f for f in facts(nlp, text)}
    amount = next(f for t, f in found.items() if t != converted)
    assert found[converted].qualifier == amount.qualifier
    assert amount.qualifier in ("just", "only")


def test_an_approximate_amounts_conversion_keeps_no_qualifier(nlp):
    # "about 100 km (60 miles)": the conversion is approximate as its amount (a field), but
    # "about" is not written before it (NewsQuant and our sets mark such conversions "=")
    found = {f.text: f for f in facts(nlp, "The town lies about 100 km (60 miles) south.")}
    assert found["60 miles"].approximate
    assert found["60 miles"].qualifier is None


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures are expected to reach 41c in Adelaide on Tuesday.",
        "The mercury hit 38c yesterday.",
        "Tomorrow it will be 34c in Sydney.",
    ],
)
def test_a_lowercase_c_glued_to_a_temperature_is_celsius(nlp, text):
    # a temperature word in the sentence, or the weather's "it will be": Celsius
    found = only(nlp, text)
    assert found.kind == "quantity"
    assert found.unit == "degree_Celsius"


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Shares in the miner fell 45c to $31.20.", "45c", 0.45),
        ("Unleaded petrol rose 3c to 145.9c a litre.", "145.9c", 1.459),
        ("The coffee costs 80c at the kiosk.", "80c", 0.8),
    ],
)
def test_a_lowercase_c_glued_to_an_amount_is_cents(nlp, text, written, value):
    # otherwise a "c" against a number is cents, as "180p" is pence
    found = next(f for f in facts(nlp, text) if f.text == written)
    assert found.kind == "money"
    assert found.unit == "cent"
    assert found.value == pytest.approx(value)


def test_a_names_number_glued_to_a_c_is_no_cent(nlp):
    assert all(f.unit != "cent" for f in facts(nlp, "The claim falls under Section 3c of the act."))


@pytest.mark.parametrize(
    "text",
    ["valery ivankov , 41 , was arrested on friday .", "police said maria lopez, 29, had fled."],
)
def test_an_age_after_a_lowercased_name(nlp, text):
    # NewsQuant holds whole sentences in lowercase, where the model tags a name a noun
    found = only(nlp, text)
    assert found.kind == "age"


def test_a_number_after_a_lowercased_noun_with_a_determiner_is_no_age(nlp):
    assert only(nlp, "the fund , 12 , was closed .").kind != "age"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The mass of an electron is about 9.11×10^-31 kilograms.", 9.11e-31, "kilogram"),
        ("The sun's mass is roughly 1.99×10−30 kilograms.", 1.99e-30, "kilogram"),
        ("The star lies some 4.2 x 10^13 km away.", 4.2e13, "kilometer"),
    ],
)
def test_a_number_in_scientific_notation_is_one_value(nlp, text, value, unit):
    found = only(nlp, text)
    assert found.value == pytest.approx(value)
    assert found.unit == unit
    assert found.approximate


def test_a_product_of_two_numbers_is_no_power(nlp):
    assert [f.value for f in facts(nlp, "The room is 3 x 10 metres.")] != [3e10]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The index nudged up 0.4% in early trade.", "up"),
        ("The pound drifted down 0.3% against the euro.", "down"),
        ("Oil prices crawled up 1.2% on Friday.", "up"),
    ],
)
def test_a_slow_moves_particle_gives_the_change_its_direction(nlp, text, direction):
    # siblings of "edged up", "inched down": the particle of a verb of slow movement
    assert only(nlp, text).direction == direction


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("The phone costs ₩1,200,000 in Seoul.", "KRW", 1.2e6),
        ("A loaf of bread costs ₦800 in Lagos.", "NGN", 800),
        ("A flat costs ₪1.2m in Tel Aviv.", "ILS", 1.2e6),
        ("The fine was ₺2,000.", "TRY", 2000),
    ],
)
def test_other_currency_signs_are_money(nlp, text, currency, value):
    found = only(nlp, text)
    assert found.kind == "money"
    assert found.currency == currency
    assert found.value == pytest.approx(value)


def test_a_quote_closing_on_a_year_is_no_inch(nlp):
    found = facts(nlp, 'Profits will be strong in 2005" the chief executive said.')
    assert all(f.unit != "inch" for f in found)


def test_a_spaced_m_after_a_prefixed_currency_stays_a_scale(nlp):
    assert all(f.unit != "meter" for f in facts(nlp, "The deal is worth Rs 50 m in all."))


def test_a_models_number_glued_to_a_c_is_no_cent(nlp):
    assert all(f.unit != "cent" for f in facts(nlp, "The Psion series 3c was a hit."))


def test_a_spaced_f_of_a_planes_name_is_no_fahrenheit(nlp):
    found = facts(nlp, "The air force sent 30 F-15 fighters and 12 F / A-18 jets.")
    assert all(f.unit != "degree_Fahrenheit" for f in found)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The concert ticket cost me 150 kn, which is a bit pricey.", "HRK"),
        ("A beer costs 900 Ft in Budapest.", "HUF"),
        ("The fare is 2.50 zł in Warsaw.", "PLN"),
        ("Lunch cost 150 Kč in Prague.", "CZK"),
    ],
)
def test_a_currency_sign_written_after_the_amount(nlp, text, currency):
    found = only(nlp, text)
    assert found.kind == "money"
    assert found.currency == currency


def test_kn_away_from_money_is_knots(nlp):
    assert only(nlp, "The ship sailed at a speed of 25 kn.").kind != "money"
