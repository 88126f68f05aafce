"""Numeric facts, round r9b of issue 13: an audit of round r9's unit marks on unlabelled news
and sentences written in its styles. A relay's "4×100m" is no power of ten, and a double quote
closing a quotation on a number, a clause going on after it, is no inch mark. Each on a
sentence written for it."""

import pytest

from tests.numeric_helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "Britain won the 4×100m relay in 38.2 seconds.",
        "The team ran the 4 × 100 metres relay at the trials.",
        "She anchored the 4×1000m relay.",
    ],
)
def test_a_relay_times_a_hundred_is_no_power_of_ten(nlp, text):
    # "×100" would be ten to the power 0: scientific notation's exponent starts with no zero
    assert not any(f.value == 4.0 for f in facts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        'He said: "We played well. In the end we won by 12" and then he left.',
        'The coach told us: "Play hard. Our best player is number 10" before the game.',
        'Our best player always wears number 10" he said after the game.',
    ],
)
def test_a_quote_closing_on_a_number_before_a_clause_is_no_inch(nlp, text):
    # the opening quote is in an earlier sentence; what follows starts a clause
    assert not any(f.unit == "inch" for f in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ('The new model has a 65" screen and costs $999.', 65.0, "inch"),
        ("Police said the man was about 5' 10\" tall.", 5.0, "foot"),
        ("The drone hovered at 40' when the wind rose.", 40.0, "foot"),
        ("The mass of an electron is about 9.11×10^-31 kilograms.", 9.11e-31, "kilogram"),
        ("The reading was 3×108 m/s, the speed of light.", 3e8, "meter"),
    ],
)
def test_marks_and_powers_still_read(nlp, text, value, unit):
    assert any(f.value == pytest.approx(value) and f.unit == unit for f in facts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The fund bought $50 B-rated bonds last year.",
        "Tickets cost $15 K-pop fans said, too much.",
    ],
)
def test_a_capital_letter_before_a_hyphen_after_money_is_no_scale(nlp, text):
    # as the spaced F of "30 F-15 fighters" is no Fahrenheit: a name's letter, not billions
    assert any(f.kind == "money" and f.value in (50.0, 15.0) for f in facts(nlp, text))
