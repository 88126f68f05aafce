"""Numeric facts: every number of the seed article, then each rule on a small hand-written text."""

import math
import time

import pytest

from service.nlp.numeric_facts import RangeLink, extract_numeric_facts, parse_number
from tests.numeric_helpers import by_text, fact_of, facts, only

# --- The seed article ----------------------------------------------------------------------

# (text, kind, value, qualifier, currency, rate, counted) for every fact, in text order.
SEED_FACTS = [
    ("thousands", "count", 1000, None, None, None, "troops"),
    ("hundreds", "count", 100, None, None, None, "armored vehicles"),
    ("first", "ordinal", 1, None, None, None, "tank army"),
    ("Twice", "frequency", 2, None, None, None, None),
    ("more than $ 2.5 billion", "money", 2.5e9, "more than", "USD", None, "military aid"),
    ("2014", "year", 2014, None, None, None, None),
    ("2022", "year", 2022, None, None, None, None),
    ("$ 250 million", "money", 250e6, None, "USD", "year", "security assistance initiative"),
    ("$ 300 million", "money", 300e6, None, "USD", "year", "security assistance initiative"),
    ("$ 75 million", "money", 75e6, None, "USD", None, "lethal assistance"),
    ("zero", "count", 0, None, None, None, "ambiguity"),
    ("Thousands", "count", 1000, None, None, None, "migrants"),
    ("about 15,000", "count", 15000, "about", None, None, "troops"),
    ("One", "count", 1, None, None, None, "possibility"),  # a count of a noun, as NewsQuant
    ("2014", "year", 2014, None, None, None, None),
]


@pytest.fixture(scope="module")
def seed_facts(nlp, seed_text):
    return seed_text, extract_numeric_facts(nlp(seed_text))


def test_seed_has_exactly_the_expected_facts(seed_facts):
    _, found = seed_facts
    got = [(f.text, f.kind, f.value, f.qualifier, f.currency, f.rate, f.counted) for f in found]
    assert got == SEED_FACTS


def test_seed_offsets_and_sentences(seed_facts, nlp, seed_text):
    text, found = seed_facts
    sentences = list(nlp(seed_text).sents)
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
        sentence = sentences[fact.sentence_index]
        assert sentence.start_char <= fact.start < sentence.end_char
    assert "Twice this week" in sentences[by_text(found, "Twice").sentence_index].text


def test_seed_bounds_and_vagueness(seed_facts):
    _, found = seed_facts
    aid = by_text(found, "more than $ 2.5 billion")
    assert (aid.bound, aid.approximate) == ("lower", False)
    troops = by_text(found, "about 15,000")
    assert (troops.bound, troops.approximate) == (None, True)
    assert by_text(found, "thousands").approximate
    assert by_text(found, "hundreds").approximate
    assert not by_text(found, "$ 75 million").approximate


def test_seed_change_range_links_both_ends(seed_facts):
    _, found = seed_facts
    start = found.index(by_text(found, "$ 250 million"))
    assert found[start].range == RangeLink("change", "from", start + 1)
    assert found[start + 1].range == RangeLink("change", "to", start)
    assert all(f.range is None for i, f in enumerate(found) if i not in (start, start + 1))


def test_seed_non_numbers_are_not_facts(seed_facts):
    text, found = seed_facts
    spans = " | ".join(f.text for f in found)
    for phrase in ("last year", "every day", "No one", "R-Ohio", "R-Neb", "April"):
        assert phrase in text
        assert phrase not in spans
    assert [f.text for f in found if f.kind == "count" and f.value == 1] == ["One"]


# --- Values ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.5 billion", 2.5e9),
        ("15,000", 15000),
        ("1.5m", 1.5e6),
        ("3.2bn", 3.2e9),
        ("two dozen", 24),
        ("three", 3),
        ("twenty-five", 25),
        ("a million", 1e6),
        ("76%", 76),
        ("50 per cent", 50),
        ("hundreds of thousands", 1e5),
        ("a third", 1 / 3),
        ("two and a half", 2.5),
        ("three hundred and forty-two", 342),
        ("17m/s", 17),
    ],
)
def test_parse_number(text, value):
    assert math.isclose(parse_number(text), value)


def test_parse_number_of_no_number():
    assert parse_number("no digits here") is None


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "currency"),
    [
        ("The firm made £3.2bn last year.", "£3.2bn", 3.2e9, "GBP"),
        ("It raised $1.5m from investors.", "$1.5m", 1.5e6, "USD"),
        ("It raised US$40m from investors.", "US$40m", 40e6, "USD"),
        ("The deal was worth A$2bn to the miner.", "A$2bn", 2e9, "AUD"),
        ("The deal was worth C$2bn to the miner.", "C$2bn", 2e9, "CAD"),
        ("Sales reached €400m in Germany.", "€400m", 400e6, "EUR"),
        ("Profit fell to 2.9bn euros in 2004.", "2.9bn euros", 2.9e9, "EUR"),
        ("The film took 20bn yen in Japan.", "20bn yen", 20e9, "JPY"),
        ("Income was 4.3bn rupees last quarter.", "4.3bn rupees", 4.3e9, "INR"),
    ],
)
def test_money_values_and_currencies(nlp, text, fact_text, value, currency):
    fact = by_text(facts(nlp, text), fact_text)
    assert fact.kind == "money"
    assert math.isclose(fact.value, value)
    assert fact.currency == currency


def test_bare_amount_takes_the_currency_named_before_it(nlp):
    found = facts(nlp, "Net income was 4.3bn rupees ($98m; £52m), against 2.7bn a year earlier.")
    bare = by_text(found, "2.7bn")
    assert (bare.kind, bare.currency, bare.value) == ("money", "INR", 2.7e9)
    assert by_text(found, "$98m").currency == "USD"
    assert by_text(found, "£52m").currency == "GBP"
    assert bare.rate is None  # "a year earlier" is a comparison, not a rate


def test_percent(nlp):
    fact = by_text(facts(nlp, "Quarterly profits jumped 76% to $1.13bn."), "76%")
    assert (fact.kind, fact.value, fact.unit, fact.counted) == ("percent", 76, "%", "profits")
    fact = by_text(facts(nlp, "They have a 50 per cent chance of survival."), "50 per cent")
    assert (fact.kind, fact.value, fact.unit) == ("percent", 50, "%")


def test_quantities_carry_their_unit(nlp):
    found = facts(nlp, "India produces about 793,000 barrels of oil per day.")
    oil = by_text(found, "about 793,000 barrels")
    assert (oil.kind, oil.value, oil.unit, oil.rate, oil.counted) == (
        "quantity",
        793000,
        "barrel",
        "day",
        "oil",
    )
    race = by_text(facts(nlp, "He won the 4km race in Belfast."), "4km")
    assert (race.kind, race.value, race.unit) == ("quantity", 4, "kilometer")


def test_words_and_vague_amounts(nlp):
    found = facts(nlp, "Hundreds of servers and dozens of coders worked on it.")
    servers = by_text(found, "Hundreds")
    assert (servers.value, servers.approximate, servers.counted) == (100, True, "servers")
    coders = by_text(found, "dozens")
    assert (coders.value, coders.approximate, coders.counted) == (12, True, "coders")
    people = only(nlp, "With six million Americans using RSS readers, blogs boomed.")
    assert (people.value, people.counted, people.approximate) == (6e6, "Americans", False)


def test_frequency_ordinal_and_fraction(nlp):
    assert only(nlp, "The bombers flew twice over the border.").kind == "frequency"
    ordinal = only(nlp, "He was the 12th man to finish.")
    assert (ordinal.kind, ordinal.value, ordinal.counted) == ("ordinal", 12, "man")
    fraction = by_text(facts(nlp, "There were 400 entries, a third more than before."), "a third")
    assert (fraction.kind, round(fraction.value, 4)) == ("count", 0.3333)


# --- Qualifiers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier", "approximate", "bound"),
    [
        ("They sent about 500 troops to the border.", "about", True, None),
        ("They sent nearly 500 troops to the border.", "nearly", True, "upper"),
        ("They sent more than 500 troops to the border.", "more than", False, "lower"),
        ("They sent at least 500 troops to the border.", "at least", False, "lower"),
        ("They sent up to 500 troops to the border.", "up to", False, "upper"),
        ("They sent fewer than 500 troops to the border.", "fewer than", False, "upper"),
        ("They sent just over 500 troops to the border.", "just over", True, "lower"),
        ("They sent as many as 500 troops to the border.", "as many as", False, "upper"),
        ("They sent above 500 troops to the border.", "above", False, "lower"),
        ("They sent well over 500 troops to the border.", "well over", False, "lower"),
        ("They sent north of 500 troops to the border.", "north of", False, "lower"),
        ("They sent upward of 500 troops to the border.", "upward of", False, "lower"),
        ("They sent a maximum of 500 troops to the border.", "a maximum of", False, "upper"),
        ("They sent in the region of 500 troops to the border.", "in the region of", True, None),
        ("They sent circa 500 troops to the border.", "circa", True, None),
    ],
)
def test_qualifiers(nlp, text, qualifier, approximate, bound):
    fact = only(nlp, text)
    assert (fact.qualifier, fact.approximate, fact.bound) == (qualifier, approximate, bound)
    assert fact.text == f"{qualifier} 500"
    assert fact.counted == "troops"


def test_qualified_money_text_includes_qualifier_and_symbol(nlp):
    fact = only(nlp, "China's banks hold at least $190bn of bad debt.")
    assert (fact.text, fact.qualifier, fact.bound, fact.counted) == (
        "at least $190bn",
        "at least",
        "lower",
        "bad debt",
    )


# --- Ranges and rates -----------------------------------------------------------------------


def test_interval_with_shared_scale_and_currency(nlp):
    found = facts(nlp, "The company will pay between $1bn and $3bn in Metlife stock.")
    low, high = (f for f in found if f.kind == "money")
    assert (low.value, high.value) == (1e9, 3e9)
    assert low.range == RangeLink("interval", "min", found.index(high))
    assert high.range == RangeLink("interval", "max", found.index(low))
    assert low.counted == high.counted == "Metlife stock"


def test_hyphen_range_shares_the_scale(nlp):
    found = [f for f in facts(nlp, "The bill will cost $250-300 million next year.") if f.range]
    assert [f.value for f in found] == [250e6, 300e6]
    assert {f.currency for f in found} == {"USD"}
    assert [f.range.role for f in found] == ["min", "max"]


def test_between_word_numbers_share_the_scale(nlp):
    found = facts(nlp, "The Library receives between three and four million requests each year.")
    assert [f.value for f in found] == [3e6, 4e6]
    assert [f.rate for f in found] == ["year", "year"]
    assert [f.counted for f in found] == ["requests", "requests"]


def test_change_from_to(nlp):
    found = facts(nlp, "The numbers of bot computers rose from 2,000 to 30,000 per day.")
    assert [(f.value, f.range.kind, f.range.role, f.rate) for f in found] == [
        (2000, "change", "from", "day"),
        (30000, "change", "to", "day"),
    ]
    assert found[0].counted == "bot computers"  # through "numbers of"


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Students pay fees of up to £3,000 a year.", "year"),
        ("Millions live on less than $2 a day.", "day"),
        ("The firm pays $5m annually to the fund.", "year"),
        ("Workers earn £300 per week in the plant.", "week"),
        ("The plant pays £50 an hour for overtime.", "hour"),
        ("The firm paid $5m to the fund.", None),
    ],
)
def test_rates(nlp, text, rate):
    money = [f for f in facts(nlp, text) if f.kind == "money"]
    assert len(money) == 1
    assert money[0].rate == rate


# --- What is counted ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact_text", "counted"),
    [
        ("Wimpey reported a 19% rise in profits to £450.7m.", "19%", "profits"),
        ("TimeWarner said fourth quarter sales rose 2% to $11.1bn.", "2%", "sales"),
        ("BMW sold nearly 95,000 cars in Asia last year.", "nearly 95,000", "cars"),
        ("Only 16% of women earn that much.", "Only 16%", "women"),
        ("It closed its $102.6bn (£53.51bn) debt restructuring offer.", "£53.51bn", None),
        (
            "A sharp rise in producer prices of 7.1% could stoke inflation.",
            "7.1%",
            "producer prices",
        ),
    ],
)
def test_counted(nlp, text, fact_text, counted):
    fact = by_text(facts(nlp, text), fact_text)
    if counted is None:
        assert fact.counted is not None  # a conversion in brackets counts what its amount counts
    else:
        assert fact.counted == counted


# --- Years and dates ------------------------------------------------------------------------


def test_years(nlp):
    found = facts(nlp, "Since 2014, and in the 2022 defense budget, spending rose.")
    assert [(f.kind, f.value) for f in found] == [("year", 2014), ("year", 2022)]


def test_season_is_one_year_fact(nlp):
    fact = only(nlp, "He left at the end of the 2012–13 season.")
    assert (fact.kind, fact.value, fact.text) == ("year", 2012, "2012–13")


def test_day_of_a_date_is_not_a_fact(nlp):
    found = facts(nlp, "The ban ended on 25 November 2021 and again on November 25.")
    assert [(f.kind, f.value) for f in found] == [("year", 2021)]


def test_decade_and_durations(nlp):
    found = facts(nlp, "Output has barely changed since the 1990s, after six months of talks.")
    assert (by_text(found, "1990s").kind, by_text(found, "1990s").value) == ("year", 1990)
    talks = by_text(found, "six months")
    assert (talks.kind, talks.value, talks.unit) == ("quantity", 6, "month")


# --- Things that are not facts --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Call 555-123-4567 for details.",
        "Rep. Mike Turner (R-Ohio) spoke.",
        "The Covid-19 crisis hit the G7 and F-16 makers.",
        "The meeting starts at 3pm, or 10:30 at the latest.",
        "No one really knows, and one of them said so.",
        "Combined forces are firing every day, as they did last year.",
    ],
)
def test_not_facts(nlp, text):
    assert [f for f in facts(nlp, text) if f.kind != "year"] == []


def test_offsets_are_into_the_text(nlp):
    text = "Poland sent about 15,000 troops; the US gave more than $ 2.5 billion in aid in 2014."
    found = facts(nlp, text)
    assert len(found) == 3
    for fact in found:
        assert text[fact.start : fact.end] == fact.text


# --- Robustness -----------------------------------------------------------------------------


def test_adversarial_text_is_handled_in_linear_time(nlp):
    nlp.max_length = max(nlp.max_length, 1_100_000)
    samples = ["9" * 10_000, "x1" * 50_000, "£1bn-" * 20_000, "$ " * 5_000 + "more than"]
    for text in samples:
        began = time.perf_counter()
        found = facts(nlp, text)
        assert time.perf_counter() - began < 30
        for fact in found:
            assert text[fact.start : fact.end] == fact.text
            assert fact.sentence_index >= 0


def test_empty_text(nlp):
    assert facts(nlp, "") == []


def test_conversions_in_brackets_count_what_the_amount_counts(nlp):
    found = facts(nlp, "EuroDisney will sell 253m euros (£175m; $328m) of new shares.")
    assert [(f.currency, f.value) for f in found] == [
        ("EUR", 253e6),
        ("GBP", 175e6),
        ("USD", 328e6),
    ]
    assert {f.counted for f in found} == {"new shares"}


def test_pence_and_price_per_unit(nlp):
    fact = only(nlp, "Reports have put the offer at 300p per share.")
    assert (fact.kind, fact.currency, fact.value, fact.counted) == ("money", "GBP", 3, "share")


def test_no_bound_from_a_preposition_before_an_article(nlp):
    fact = only(nlp, "He played over a 20-year career.")
    assert (fact.qualifier, fact.bound) == (None, None)


def test_qualifier_before_an_article(nlp):
    fact = only(nlp, "He has around an 80% kicking success rate.")
    assert (fact.text, fact.qualifier, fact.value) == ("around an 80%", "around", 80)


def test_pounds_of_weight_are_not_money(nlp):
    fact = only(nlp, "The baby weighed 8 pounds at birth.")
    assert fact.kind != "money"
    assert fact.currency is None


@pytest.mark.parametrize(
    "text",
    [
        "He was shot outside Hot 97 studios while 50 Cent was on air.",
        "She won for Million Dollar Baby.",
        "They beat the League Two side on Saturday.",
    ],
)
def test_numbers_inside_names_are_not_facts(nlp, text):
    assert facts(nlp, text) == []


def test_pounds_paid_are_money(nlp):
    fact = only(nlp, "He paid 8 pounds for the ticket.")
    assert (fact.kind, fact.currency, fact.value) == ("money", "GBP", 8)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("They paid 10m roubles for it.", "RUB"),
        ("They paid 2bn yuan for it.", "CNY"),
        ("They paid HK$5m for it.", "HKD"),
        ("They paid ¥500 for it.", "JPY"),
        ("They paid 5m dollars for it.", "USD"),
    ],
)
def test_more_currencies(nlp, text, currency):
    fact = only(nlp, text)
    assert (fact.kind, fact.currency) == ("money", currency)


# --- What is counted: clause-level rules ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact_text", "counted"),
    [
        # a price noun looks through to what is paid for
        ("The council sent a £2m bill for road repairs.", "£2m", "road repairs"),
        ("The price of copper rose to $3,000.", "$3,000", "copper"),
        ("The firm took a one-off charge of £40m.", "£40m", "charge"),
        # an amount in apposition to a noun, after its comma
        ("The ministry spent half the budget, £40m, on roads.", "£40m", "budget"),
        # what is bought or valued, even a name
        ("Oracle agreed to buy PeopleSoft for $10.3bn.", "$10.3bn", "PeopleSoft"),
        ("Analysts value the brewery at about £500m.", "about £500m", "brewery"),
        # what a clause subject does costs the sum, not the one who pays
        ("Repairing the bridge will cost the council £4m.", "£4m", "bridge"),
        ("It will cost £12m to rebuild the stadium.", "£12m", "stadium"),
        # a relative pronoun stands for its antecedent
        ("It is a market that is growing by 8% a year.", "8%", "market"),
        ("He listed the schools, of which 40 will close.", "40", "schools"),
        # a change to a measured object counts what it measures
        ("The bank cut its forecast of growth by 0.5%.", "0.5%", "growth"),
        # the end point of a change names what a bare percent counts
        ("It rose 5% to 2,000 jobs.", "5%", "jobs"),
        # "more than" in a copula clause: the subject
        ("Its share price was more than 300p.", "more than 300p", "share price"),
        # a date or name compound between an amount and its noun
        ("Chelsea made a £20m January bid for the striker.", "£20m", "bid"),
        # a unit word that is a name is a thing ("TB", not terabytes)
        ("Officials said TB has increased by 25% in London.", "25%", "TB"),
        # a fraction before a determiner
        ("Half the world's population lives in cities.", "Half", "population"),
    ],
)
def test_counted_from_the_clause(nlp, text, fact_text, counted):
    assert by_text(facts(nlp, text), fact_text).counted == counted


@pytest.mark.parametrize(
    ("text", "fact_text"),
    [
        ("The oldest resident is 104.", "104"),  # an age said of a subject
        ("Half of them live on less than $2 a day.", "less than $2"),  # an income, not people
        ("The pair contest the 60m final on Sunday.", "60m"),  # no comma: not an apposition
    ],
)
def test_counted_nothing(nlp, text, fact_text):
    assert by_text(facts(nlp, text), fact_text).counted is None


@pytest.mark.parametrize(
    ("text", "fact_text", "counted"),
    [
        ("Unison has 1.3 million members and the GMB has 600,000.", "600,000", "members"),
        ("Leeds built 400 homes and Bradford built 250.", "250", "homes"),
        ("Turnout was 61%, compared with 59% in 2001.", "59%", "Turnout"),
    ],
)
def test_elided_number_counts_what_the_number_before_counts(nlp, text, fact_text, counted):
    assert by_text(facts(nlp, text), fact_text).counted == counted


def test_from_after_to_shares_the_counted(nlp):
    found = facts(nlp, "Profits at the chain fell to £20m last year, from £31m in 2003.")
    assert by_text(found, "£20m").counted == by_text(found, "£31m").counted == "Profits"


# --- Issue 13: the NewsQuant error classes, each on a sentence written for the test ---------


@pytest.mark.parametrize(
    ("text", "fact_text", "value"),
    [
        ("The Nikkei closed at 27,349.19 on Friday.", "27,349.19", 27349.19),  # index level
        ("In 1989, 96 Liverpool fans died at Hillsborough.", "96", 96),  # before a name
        ("By noon the Dow was +0.2% and the Stoxx 50 -1.3%.", "+0.2%", 0.2),
        ("By noon the Dow was +0.2% and the Stoxx 50 -1.3%.", "-1.3%", -1.3),  # signed
        ("The team lost minus-5 yards on the play.", "minus-5 yards", -5),
        ("Inflation eased to 1.38pc in May.", "1.38pc", 1.38),
    ],
)
def test_plain_and_signed_numbers(nlp, text, fact_text, value):
    assert math.isclose(fact_of(nlp, text, fact_text).value, value)


@pytest.mark.parametrize(
    ("text", "fact_text", "kind", "value", "unit", "currency"),
    [
        ("The shop sold a 5kW heater.", "5kW", "quantity", 5, "kilowatt", None),
        ("It ships a 2.4Ghz router.", "2.4Ghz", "quantity", 2.4, "gigahertz", None),
        ("Inflation eased to 1.38pc in May.", "1.38pc", "percent", 1.38, "%", None),
        ("The meal costs RM79 in Penang.", "RM79", "money", 79, None, "MYR"),
        ("The fund raised USD10m last year.", "USD10m", "money", 10e6, None, "USD"),
        ("The fund raised EUR50m last year.", "EUR50m", "money", 50e6, None, "EUR"),
        ("Shares closed at Y=28,030 in Tokyo.", "Y=28,030", "money", 28030, None, "JPY"),
        ("It has a 6.1-inch screen.", "6.1-inch", "quantity", 6.1, "inch", None),
        ("It has a 2.4-liter engine.", "2.4-liter", "quantity", 2.4, "liter", None),
        ("The engine makes 185-hp at most.", "185-hp", "quantity", 185, "horsepower", None),
        ("He ran for 517 rushing yards.", "517 rushing yards", "quantity", 517, "yard", None),
        (
            "The deal is worth 10.5 million Australian dollars.",
            "10.5 million Australian dollars",
            "money",
            10.5e6,
            None,
            "AUD",
        ),
        (
            "It was 30 degrees Celsius in Madrid.",
            "30 degrees Celsius",
            "quantity",
            30,
            "degree_Celsius",
            None,
        ),
        (
            "The flat measures 45 square metres.",
            "45 square metres",
            "quantity",
            45,
            "meter**2",
            None,
        ),
    ],
)
def test_glued_hyphenated_and_named_units(nlp, text, fact_text, kind, value, unit, currency):  # noqa: PLR0917
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.unit, fact.currency) == (kind, unit, currency)
    assert math.isclose(fact.value, value)


@pytest.mark.parametrize(
    ("text", "fact_text", "unit", "rate"),
    [
        ("Crude was up 19 cents at $58.24 per barrel.", "$58.24", None, "barrel"),
        ("The train ran at 140 km/h.", "140 km/h", "kilometer", "hour"),
        ("The car reached 87 mph on the track.", "87 mph", "mile", "hour"),
        ("The Ford Ranger makes 275 pound-feet of torque.", "275 pound-feet", "pound*foot", None),
        ("Dried flower sells at under $10 per gram.", "under $10 per gram", None, "gram"),
        ("Fields reach 10 kV/cm in the cell.", "10 kV/cm", "kilovolt", "centimeter"),
        ("The labs run three thousand tests per day.", "three thousand", None, "day"),
        ("Prices rose 3.2 per cent in March.", "3.2 per cent", "%", None),  # not "per cent"
        ("The stock was offered at $2.50 a share.", "$2.50", None, "share"),
        ("He paid $5 a bottle of wine.", "$5", None, None),  # a bottle of something
        ("It gives 54GB of data for a month.", "54GB", "gigabyte", None),  # a duration
    ],
)
def test_rate_and_compound_units(nlp, text, fact_text, unit, rate):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.unit, fact.rate) == (unit, rate)


@pytest.mark.parametrize(
    ("text", "fact_text", "kind", "unit", "currency", "rate"),
    [
        ("Shares rose 5 pct on Monday.", "5 pct", "percent", "%", None, None),
        ("Profit fell 3.5 pc in the quarter.", "3.5 pc", "percent", "%", None, None),
        ("The ticket cost 25 Euros.", "25 Euros", "money", None, "EUR", None),
        ("He sent 20 Indian rupees home.", "20 Indian rupees", "money", None, "INR", None),
        ("It was worth 4 billion Mexican pesos.", "4 billion Mexican pesos", "money", None,
         "MXN", None),
        ("They paid 25 HK dollars for it.", "25 HK dollars", "money", None, "HKD", None),
        ("The fine was Rs 5,000 in all.", "Rs 5,000", "money", None, "INR", None),
        ("Rooms cost 25 GBP per night.", "25 GBP", "money", None, "GBP", "night"),
        ("The engine makes 332 pound feet of torque.", "332 pound feet", "quantity",
         "pound*foot", None, None),
        ("It delivers 450 newton metres of torque.", "450 newton metres", "quantity",
         "newton*meter", None, None),
        ("The farm covers 250 ha of land.", "250 ha", "quantity", "hectare", None, None),
        ("The park covers 30 km² of forest.", "30 km²", "quantity", "kilometer**2", None, None),
        ("The home uses 25 kwh a week.", "25 kwh", "quantity", "kilowatt_hour", None, "week"),
        ("He lost 25 kilos in a year.", "25 kilos", "quantity", "kilogram", None, None),
        ("It has a 12MP camera.", "12MP", "quantity", "megapixel", None, None),
        ("The field pumps 300,000 bpd of crude.", "300,000 bpd", "quantity", "barrel", None,
         "day"),
        ("Winds reached 25 m/s at sea.", "25 m/s", "quantity", "meter", None, "second"),
        ("The car does 45 MPG on the road.", "45 MPG", "quantity", "mile", None, "gallon"),
        ("The star is 4.2 light-years away.", "4.2 light-years", "quantity", "light_year", None,
         None),
    ],
)  # fmt: skip
def test_units_and_currencies_as_news_writes_them(nlp, text, fact_text, kind, unit, currency, rate):  # noqa: PLR0917
    fact = fact_of(nlp, text, fact_text)
    assert (fact.kind, fact.unit, fact.currency, fact.rate) == (kind, unit, currency, rate)


def test_nouns_are_not_units(nlp):
    assert facts(nlp, "The phone supports 5G networks.") == []


def test_ages_written_as_compounds_and_appositions(nlp):
    site = only(nlp, "Divers found a 2,900 year-old wreck off the coast.")
    assert (site.kind, site.value, site.unit) == ("age", 2900, "year")
    coach = fact_of(nlp, "Maddon, 66, has used the downtime well.", "66")
    assert (coach.kind, coach.unit, coach.concept) == ("age", "year", "Maddon")


def test_ages(nlp):
    boy = only(nlp, "A 15 year-old boy was arrested.")
    assert (boy.kind, boy.value, boy.unit, boy.concept) == ("age", 15, "year", "boy")
    chair = fact_of(nlp, "Anna Smith, 66, chairs the board.", "66")
    assert (chair.kind, chair.unit, chair.concept) == ("age", "year", "Anna Smith")


@pytest.mark.parametrize(
    ("text", "fact_text", "direction"),
    [
        ("Crude was up 19 cents at $58.24 per barrel.", "19 cents", "up"),
        ("Crude was up 19 cents at $58.24 per barrel.", "$58.24", None),  # the level
        ("Core inflation rose 0.3% in June.", "0.3%", "up"),
        ("Shares of the bank fell 4.2% on Monday.", "4.2%", "down"),
        ("The index edged down 0.03% to a close of 1,463.87.", "0.03%", "down"),
        ("The index edged down 0.03% to a close of 1,463.87.", "1,463.87", None),
        ("The Dow lost 190 points, or 0.6%.", "190", "down"),
        ("The Dow lost 190 points, or 0.6%.", "0.6%", "down"),
        ("The sector ended 0.68 percent lower.", "0.68 percent", "down"),
        ("The firm cut prices by 5% in May.", "5%", "down"),
        ("The firm cut 2,000 jobs in May.", "2,000", "down"),  # the jobs fall by 2,000 (round 21)
        ("The fund raised USD10m last year.", "USD10m", None),
        ("Sales rose 60% to 3.9 million units, up from 2.4 million.", "3.9 million", None),
        ("The defense gave up 517 rushing yards.", "517 rushing yards", None),  # a phrasal verb
        ("The gap was $55.5bn, up 9% from May.", "$55.5bn", None),  # "up" is the 9%'s
        ("The gap was $55.5bn, up 9% from May.", "9%", "up"),
        ("Shares were down 3% at $5.20 in early trade.", "3%", "down"),
        ("Boeing lost a $23bn government contract.", "$23bn", None),  # the contract's value
        ("Retail sales dropped a revised 0.4 percent in June.", "0.4 percent", "down"),
    ],
)
def test_direction(nlp, text, fact_text, direction):
    assert fact_of(nlp, text, fact_text).direction == direction


@pytest.mark.parametrize(
    ("text", "values", "kind"),
    [
        ("Temperatures could rise by 1 to 1.5 degrees Celsius.", [1, 1.5], "interval"),
        ("The gap widened from 13.5 to 14.0 mm.", [13.5, 14.0], "change"),
        ("Staff work 40 to 50 hours a week.", [40, 50], "interval"),
        ("Sizes range from 450 sq ft up to 900 sq ft.", [450, 900], "change"),
    ],
)
def test_ranges_of_like_amounts(nlp, text, values, kind):
    found = [f for f in facts(nlp, text) if f.range]
    assert [f.value for f in found] == values
    assert {f.range.kind for f in found} == {kind}
    assert found[0].unit == found[1].unit is not None


def test_listed_amounts_are_not_a_range(nlp):
    found = facts(nlp, "The screens measure 6.1 inches and 6.7 inches.")
    assert [(f.value, f.range) for f in found] == [(6.1, None), (6.7, None)]


@pytest.mark.parametrize(
    ("text", "fact_text", "low", "high"),
    [
        ("The leak exposed millions of Americans.", "millions", 1e6, 1e7),
        ("Dozens of people were hurt.", "Dozens", 12, 120),
        ("The plume extends hundreds of miles.", "hundreds of miles", 100, 1000),
    ],
)
def test_vague_amounts_have_a_range(nlp, text, fact_text, low, high):
    fact = fact_of(nlp, text, fact_text)
    assert fact.approximate
    assert fact.vague_range == (low, high)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("There is one solution to the problem.", "solution"),
        ("It was one of the proudest moments of his life.", "proudest moments"),
    ],
)
def test_one_counting_a_noun_is_a_count(nlp, text, counted):
    fact = only(nlp, text)
    assert (fact.kind, fact.value, fact.counted) == ("count", 1, counted)


@pytest.mark.parametrize(
    ("text", "fact_text", "concept"),
    [
        ("GameTime Tickets sells seats for $6 each.", "$6", "GameTime Tickets"),
        ("The Ford Ranger makes 275 pound-feet of torque.", "275 pound-feet", "Ford Ranger"),
        ("Tesla jumped 8.5% and Starbucks gained 3.5%.", "8.5%", "Tesla"),
        ("Tesla jumped 8.5% and Starbucks gained 3.5%.", "3.5%", "Starbucks"),
        ("Ford, which has 13,000 workers, will close a plant.", "13,000", "Ford"),
        ("It has a top speed of 155 mph.", "155 mph", "top speed"),
        ("The shop sold a 5kW heater.", "5kW", "heater"),
        ("The aircraft is 72.7 metres long.", "72.7 metres", "aircraft"),
        ("The robots measure 15.5 cm (6.1 inches) across.", "6.1 inches", "robots"),
        ("British Airways said it will suspend 36,000 staff.", "36,000", "British Airways"),
        ("Homes from $750,000 to $1 million sell slowly.", "$750,000", "Homes"),
        ("Two of Johnson's deputies were fired.", "Two", "Johnson"),
        ("The total offense for the game was -5 yards.", "-5 yards", "total offense game"),
    ],
)
def test_concept(nlp, text, fact_text, concept):
    assert fact_of(nlp, text, fact_text).concept == concept


def test_the_glued_m_of_a_race_is_metres(nlp):
    race = only(nlp, "She won the 60m at the indoor championships.")
    assert (race.kind, race.value, race.unit) == ("quantity", 60, "meter")
    people = only(nlp, "The country has 60m people.")
    assert (people.kind, people.value) == ("count", 60e6)


def test_a_conversion_in_brackets_is_qualified_as_its_amount(nlp):
    found = facts(
        nlp, "The engine makes just under 296 hp (224 kW) and moths fly over 100 km (60 miles)."
    )
    assert [(f.text, f.bound, f.qualifier) for f in found] == [
        ("just under 296 hp", "upper", "just under"),
        ("224 kW", "upper", None),  # the qualifier is what is written before it: none
        ("over 100 km", "lower", "over"),
        ("60 miles", "lower", None),
    ]


def test_unlike_amounts_do_not_share_a_concept(nlp):
    found = facts(nlp, "The heater uses 5 kW and 300 people bought one.")
    assert by_text(found, "5 kW").concept == "heater"
    assert by_text(found, "300").concept is None


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "unit"),
    [
        (
            "The air can dip to minus-130 degrees Fahrenheit.",
            "minus-130 degrees Fahrenheit",
            -130,
            "degree_Fahrenheit",
        ),
        ("The density fell from 1.3 A/cm2 overnight.", "1.3 A/cm2", 1.3, "ampere"),
    ],
)
def test_units_that_look_like_names_or_words(nlp, text, fact_text, value, unit):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.value, fact.unit) == (value, unit)


def test_dollar_us_amounts_in_an_interval(nlp):
    found = facts(nlp, "Guidance fell to between $US140 million and $US150 million.")
    assert [(f.value, f.currency, f.range.role) for f in found] == [
        (140e6, "USD", "min"),
        (150e6, "USD", "max"),
    ]


def test_a_prefix_bound(nlp):
    chip = only(nlp, "Chipmakers now produce sub-7 nanometer chips.")
    assert (chip.value, chip.unit, chip.qualifier, chip.bound) == (7, "nanometer", "sub-", "upper")


@pytest.mark.parametrize(
    ("text", "unit", "direction"),
    [
        ("The Fed raised rates by 0.25 percentage points.", "percentage_point", "up"),
        ("The yield fell 12 basis points on Monday.", "basis_point", "down"),
    ],
)
def test_points_of_finance_are_units(nlp, text, unit, direction):
    fact = only(nlp, text)
    assert (fact.kind, fact.unit, fact.direction) == ("quantity", unit, direction)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Rubio and Cruz got 11 and 8 percent respectively.", ["%", "%"]),
        ("They trailed by 5 and 10 percentage points.", ["percentage_point"] * 2),
        ("The firms cut 3, 5 and 7 percent of staff.", ["%", "%", "%"]),
        ("He has 3 children and 20% of the shares.", [None, "%"]),  # not a list
    ],
)
def test_a_listed_number_has_the_unit_of_the_last(nlp, text, units):
    assert [f.unit for f in facts(nlp, text)] == units


def test_a_level_at_after_a_change_in_points_counts_points(nlp):
    found = facts(nlp, "The index was down 1.66 points at 559.68 on Monday.")
    assert [(f.value, f.counted) for f in found] == [(1.66, "points"), (559.68, "points")]


@pytest.mark.parametrize(
    "text",
    [
        "He scored just before half-time.",
        "Ljungberg turned a half-chance wide.",
        "He once worked at the bank.",  # "formerly", not a frequency
    ],
)
def test_words_that_are_no_amounts(nlp, text):
    assert facts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "fact_text", "value", "unit"),
    [
        ("He ran in the men's 60m on Sunday.", "60m", 60, "meter"),
        ("I pulled a hamstring on my final 200m of the night.", "200m", 200, "meter"),
        ("She won the 400m title again.", "400m", 400, "meter"),
        ("The council's 60m budget was cut.", "60m", 60e6, None),
        ("The firm raised 60m in new funds.", "60m", 60e6, None),
    ],
)
def test_races_named_by_their_distance(nlp, text, fact_text, value, unit):
    fact = fact_of(nlp, text, fact_text)
    assert (fact.value, fact.unit) == (value, unit)
