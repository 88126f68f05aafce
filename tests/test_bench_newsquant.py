"""bench/newsquant.py's mapping of our facts to NewsQuant's conventions, on small sentences."""

import importlib.util
from pathlib import Path

import pytest

from service.nlp.numeric_facts import extract_numeric_facts

_SPEC = importlib.util.spec_from_file_location(
    "newsquant", Path(__file__).resolve().parent.parent / "bench" / "newsquant.py"
)
newsquant = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(newsquant)


def shaped(nlp, text: str) -> dict[float, dict]:
    doc = nlp(text)
    return {q["value"]: q for q in newsquant.ours_in_shape(extract_numeric_facts(doc), text, doc)}


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # NewsQuant marks a level reached after a rise "=" (9 of its 10 dev cases), one
        # reached after a fall "down" (6 of 8), with the change written or not
        ("Rates climbed to 6.7% from 6.29% last week.", 6.7, "="),
        ("Rates climbed to 6.7% from 6.29% last week.", 6.29, "="),
        ("The grid's frequency fell to 49.55 Hz on Monday.", 49.55, "down"),
        ("The S&P 500 rose 64.06 points to 4,577.10.", 4577.1, "="),
        ("Prices are expected to rise only to 1.9% next year.", 1.9, "="),
        ("Banks pulled the index 0.68 percent lower.", 0.68, "="),
        ("The Dax closed 16.29 points lower.", 16.29, "="),  # the count's noun between
        ("Shares fell 2% on Monday.", 2, "down"),
        ("Acme lost 3.1% to end at 1,210.50.", 1210.5, "down"),  # a level after a fall
        ("Acme gained 3.1% to end at 1,210.50.", 1210.5, "="),  # after a rise, NewsQuant: =
        ("Add that sum to the $16,420 he raised.", 16420, "="),  # a base, not a level
        ("The deal lifted revenue to a record $1.45bn.", 1.45e9, "="),
        ("The index fell 2% on Monday to 1,210.50.", 1210.5, "down"),
        ("The index fell by 2% to 1,210.50.", 1210.5, "down"),
        ("The index rose by 2% to 1,210.50.", 1210.5, "="),
        ("The town lies about 25 km (16 miles) away.", 25, "~"),
        ("The town lies about 25 km (16 miles) away.", 16, "="),  # NewsQuant: conversion "="
        ("The race covers more than 25 km (16 miles).", 16, ">"),  # a bound carries over
        ("Clinton's lead narrowed to 3 points.", 3, "down"),  # a count's level: its noun's
        ("Clinton's lead widened to 10 points.", 10, "="),
        ("Spending rose only 0.2 percent last month.", 0.2, "="),  # "only" as "just"
        ("He came in averaging 15.9 degrees.", 15.9, "~"),  # the verb: NewsQuant, CQE
        ("Homes stay an average of 70 days.", 70, "="),  # the noun: NewsQuant "="
        ("He succeeded only about 8 percent of the time.", 8, "~"),  # the qualifier wins
    ],
)
def test_changes_in_newsquant_conventions(nlp, text, value, change):
    assert shaped(nlp, text)[value]["change"] == change


def test_a_frequency_is_left_out(nlp):
    assert shaped(nlp, "He was convicted twice of fraud in 3 courts.").keys() == {3}


def test_a_number_in_words_hyphened_to_its_noun_is_left_out(nlp):
    assert shaped(nlp, "Capriati is a two-time champion with 3 titles.").keys() == {3}


def test_a_unit_of_measure_hyphened_to_a_number_in_words_is_kept(nlp):
    assert shaped(nlp, "The six-mile trip took 20 minutes.").keys() == {6, 20}


def test_a_particle_says_which_way_a_level_was_pushed(nlp):
    text = "The reform helped push down the jobless rate to 4.1%."
    assert shaped(nlp, text)[4.1]["change"] == "down"


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("unit", "units", True),  # a noun, not pint's micro-nit
        ("unit", "micronit", False),
        ("kilogram", "kilos", True),
        ("percentage", "percentage_point", True),  # NewsQuant's units have no percentage point
        ("pound sterling per asylum seeker", "GBP per seeker", True),
        ("dollar per barrel", "USD per share", False),
        ("dollar per gram", "USD", False),
        ("dinar", "KWD", True),  # a currency word that ends several CLDR names
        ("dinar", "USD", False),
        ("life", "lives", True),  # "125,000 lives": a plural in -ves
        ("olive", "olives", True),
    ],
)
def test_units_compared_as_the_scorer_does(gold, predicted, same):
    keys = newsquant.unit_key(gold), newsquant.unit_key(predicted)
    newsquant._pint_name("m")  # the registry the comparison of physical units needs
    assert newsquant.same_unit(*keys) == same
