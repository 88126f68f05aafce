"""Numeric facts: each rule on small texts, and every number of the seed article."""

import pytest

from service.nlp.numeric_facts import extract_numeric_facts, parse_number


def facts(nlp, text):
    found = extract_numeric_facts(nlp(text))
    for f in found:
        assert text[f.start : f.end] == f.text
    return found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.5 billion", 2.5e9),
        ("15,000", 15000),
        ("1.5m", 1.5e6),
        ("3.2bn", 3.2e9),
        ("two dozen", 24),
        ("a third", 1 / 3),
        ("twenty-five", 25),
        ("a million", 1e6),
        ("hundreds", 100),
        ("thousands", 1000),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_money_with_space_after_symbol_and_qualifier(nlp):
    (f,) = facts(nlp, "The United States has provided more than $ 2.5 billion in military aid.")
    assert (f.kind, f.value, f.currency, f.qualifier, f.bound) == (
        "money",
        2.5e9,
        "USD",
        "more than",
        "lower",
    )
    assert f.counted == "military aid"


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("Profits rose to £600m last year.", "GBP", 6e8),
        ("Sales hit €3.2bn in total.", "EUR", 3.2e9),
        ("The deal is worth 40 billion yen overall.", "JPY", 4e10),
    ],
)
def test_currencies(nlp, text, currency, value):
    money = [f for f in facts(nlp, text) if f.kind == "money"]
    assert [(f.currency, f.value) for f in money] == [(currency, pytest.approx(value))]


def test_change_range_with_rate(nlp):
    found = facts(
        nlp, "The budget increases the initiative from $ 250 million to $ 300 million a year."
    )
    money = [f for f in found if f.kind == "money"]
    assert [f.value for f in money] == [250e6, 300e6]
    assert [f.range.role for f in money] == ["from", "to"]
    assert found[money[0].range.partner] is money[1]
    assert {f.rate for f in money} == {"year"}
    assert {f.counted for f in money} == {"initiative"}


def test_interval(nlp):
    found = [f for f in facts(nlp, "Between 10 and 20 people died.") if f.kind == "count"]
    assert [(f.value, f.range.kind, f.range.role) for f in found] == [
        (10, "interval", "min"),
        (20, "interval", "max"),
    ]


def test_vague_amounts_and_counted(nlp):
    found = facts(nlp, "Moscow moved thousands of troops and hundreds of armored vehicles.")
    assert [(f.value, f.approximate, f.counted) for f in found] == [
        (1000, True, "troops"),
        (100, True, "armored vehicles"),
    ]


def test_percent_and_about(nlp):
    (p,) = [f for f in facts(nlp, "Profits jumped 76% in the quarter.") if f.kind == "percent"]
    assert (p.value, p.unit) == (76, "%")
    (c,) = facts(nlp, "Poland has sent about 15,000 troops.")
    assert (c.value, c.qualifier, c.approximate, c.counted) == (15000, "about", True, "troops")


def test_years_ordinals_frequencies(nlp):
    found = facts(nlp, "Twice this week, the first tank army moved, as it has since 2014.")
    assert [(f.kind, f.value) for f in found] == [("frequency", 2), ("ordinal", 1), ("year", 2014)]


def test_not_facts(nlp):
    text = "Call 555-123-4567 about Covid-19 and the G7, said Rep. Mike Turner (R-Ohio)."
    assert [f.kind for f in facts(nlp, text)] == []
    assert [f.kind for f in facts(nlp, "On November 25 no one came.")] == []


@pytest.mark.parametrize("text", ["", "9" * 20_000, "x" * 100_000, "$$$ £ € 1,,,2..3"])
def test_adversarial_never_crash(nlp, text):
    for f in facts(nlp, text):
        assert 0 <= f.start < f.end <= len(text)


def test_every_number_of_the_seed(nlp, seed_text):
    got = [
        (f.kind, f.text, f.value, f.currency, f.qualifier, f.rate, f.counted)
        for f in facts(nlp, seed_text)
    ]
    assert got == [
        ("count", "thousands", 1000, None, None, None, "troops"),
        ("count", "hundreds", 100, None, None, None, "armored vehicles"),
        ("ordinal", "first", 1, None, None, None, "tank army"),
        ("frequency", "Twice", 2, None, None, None, None),
        ("money", "more than $ 2.5 billion", 2.5e9, "USD", "more than", None, "military aid"),
        ("year", "2014", 2014, None, None, None, None),
        ("year", "2022", 2022, None, None, None, None),
        ("money", "$ 250 million", 250e6, "USD", None, "year", "security assistance initiative"),
        ("money", "$ 300 million", 300e6, "USD", None, "year", "security assistance initiative"),
        ("money", "$ 75 million", 75e6, "USD", None, None, "lethal assistance"),
        ("count", "zero", 0, None, None, None, "ambiguity"),
        ("count", "Thousands", 1000, None, None, None, "migrants"),
        ("count", "about 15,000", 15000, None, "about", None, "troops"),
        ("year", "2014", 2014, None, None, None, None),
    ]
