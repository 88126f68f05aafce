"""bench/newsquant.py's mapping of our facts to NewsQuant's conventions, on small sentences."""

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "newsquant", Path(__file__).resolve().parent.parent / "bench" / "newsquant.py"
)
newsquant = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(newsquant)


def shaped(text: str) -> dict[float, dict]:
    """The sentence's facts as POST /v1/analyze gives them, in NewsQuant's shape."""
    (facts,) = newsquant.api_facts([text])
    return {q["value"]: q for q in newsquant.ours_in_shape(facts)}


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Shares fell 2% on Monday.", 2, "down"),  # direction
        ("Rates climbed to 6.7% from 6.29% last week.", 6.7, "="),  # a level: no direction
        ("The S&P 500 rose 64.06 points to 4,577.10.", 4577.1, "="),
        ("The race covers more than 25 km (16 miles).", 25, ">"),  # bound
        ("The race covers more than 25 km (16 miles).", 16, ">"),  # a bound carries over
        ("The town lies about 25 km (16 miles) away.", 25, "~"),  # approximate, qualified
        # approximate as its amount, with no words of its own: NewsQuant's conversion "="
        ("The town lies about 25 km (16 miles) away.", 16, "="),
        ("Millions of people voted.", 1e6, "="),  # a vague amount: its range says it
        ("Spending rose only 0.2 percent last month.", 0.2, "="),  # "only" as "just"
        ("Spending rose by just 0.2 percent last month.", 0.2, "="),
        ("He came in averaging 15.9 degrees.", 15.9, "~"),  # the verb: NewsQuant, CQE
        ("Homes stay an average of 70 days.", 70, "="),  # the noun: NewsQuant "="
        ("He succeeded only about 8 percent of the time.", 8, "~"),  # the nearest qualifier
        ("Sales rose nearly 5% in May.", 5, "~"),  # "nearly": "~" before its upper bound
        # NewsQuant's levels reached (the bench's docstring): by a fall "down", by a rise "="
        ("Acme lost 3.1% to end at 1,210.50.", 1210.5, "down"),
        ("Output fell to 49.5 units in May.", 49.5, "down"),
        # a difference we keep: a change written after its amount is one
        ("Banks pulled the index 0.68 percent lower.", 0.68, "down"),
    ],
)
def test_changes_from_the_api_fields(text, value, change):
    assert shaped(text)[value]["change"] == change


def test_a_frequency_is_left_out():
    assert shaped("He was convicted twice of fraud in 3 courts.").keys() == {3}


def test_a_period_hyphened_to_a_number_in_words_is_left_out():
    assert shaped("He signed a two-month contract for 3 games.").keys() == {3}


def test_a_unit_of_measure_hyphened_to_a_number_in_words_is_kept():
    assert shaped("The six-mile trip took 20 minutes.").keys() == {6, 20}


def test_units_from_the_api_fields():
    units = {v: q["unit"] for v, q in shaped("Acme paid $5 a share to 13,000 workers.").items()}
    assert units == {5: "USD per share", 13000: "workers"}
    assert shaped("The car did 140 km/h.")[140]["unit"] == "kilometer per hour"
    assert shaped("Coke costs 19 cents.")[19]["unit"] == "cent"  # the number shown


def test_a_range_is_one_quantity_in_text_order():
    (quantity,) = shaped("Prices rose from 13.5 to 14.0 euros.").values()
    assert quantity["range"] == (13.5, 14.0)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The fee was cut from 4.5% to 3%.", "down"),  # its level reached by a fall
        ("Prices rose from 13.5 to 14.0 euros.", "="),  # by a rise: "=", as a level
    ],
)
def test_a_change_from_to_is_mapped_as_its_level(text, change):
    (quantity,) = shaped(text).values()
    assert quantity["change"] == change


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
        ("pass", "passes", True),  # "-sses" loses "es", not "s"
        ("business", "businesses", True),
        ("fox", "foxes", True),  # "-xes" loses "es" however short the stem
        ("tax", "taxes", True),
        ("degree fahrenheit", "degree_Fahrenheit", True),  # not a degree times a delta
        ("degree celsius", "degree_Celsius", True),
        ("degree celsius", "degree_Fahrenheit", False),
        ("danish krone", "danish kroner", True),  # the plurals of krone and krona
        ("DKK", "danish kroner", True),
        ("swedish krona", "swedish kronor", True),
        ("danish krone", "norwegian kroner", False),
        ("japanese yen", "JPY=", True),  # Reuters' quote of a currency ("108.79 JPY=")
        ("romanian leu", "lei", True),
        ("pound sterling per tonne", "stg per metric ton", True),  # Reuters' sterling
    ],
)
def test_units_compared_as_the_scorer_does(gold, predicted, same):
    keys = newsquant.unit_key(gold), newsquant.unit_key(predicted)
    newsquant._pint_name("m")  # the registry the comparison of physical units needs
    assert newsquant.same_unit(*keys) == same


def test_a_fact_written_before_reached_by_was_kept_has_no_way():
    # JSON of facts saved before the field: a plain amount is "=", not a KeyError
    fact = {"qualifier": None, "bound": None, "approximate": False, "direction": None}
    assert newsquant._our_change(fact) == "="
    assert newsquant._our_change({**fact, "reached_by": "down"}) == "down"


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("percent", "percent"),  # a value of the currency table too: percent first
        ("percentage point", "percent"),
        ("United States dollar", "currency"),
        ("EUR", "currency"),
        ("fans", "noun counted"),
        ("kilometre per hour", "rate"),
        ("year", "time"),
        ("kilogram", "physical"),
        (None, "none"),
    ],
)
def test_a_gold_unit_is_classed_by_kind(unit, kind):
    newsquant._pint_name("m")
    assert newsquant.unit_class(unit) == kind


def test_class_totals_count_gold_and_matches(capsys):
    record = {"quantities": [
        {"value": 96, "value_str": "96", "change": "=", "normalized_unit": "fans",
         "referred_concepts": []},
        {"value": 5, "value_str": "5", "change": "up", "normalized_unit": "percent",
         "referred_concepts": []},
    ]}  # fmt: skip
    ours = newsquant.run_ours(["The 96 fans saw shares rise 5%."])
    newsquant.show_classes([record], {"ours": ours})
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[0]: line.split()[-3:] for line in lines if "(" not in line}
    assert rows["noun"] == ["1", "1", "1"]  # "noun counted": gold, value found, unit right
    assert rows["percent"] == ["1", "1", "1"]
    assert rows["up"] == ["1", "1", "1"]
    assert rows["="] == ["1", "1", "1"]
