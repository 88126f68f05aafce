"""Units and currencies: symbols, ISO 4217 codes, physical units, periods."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from service.nlp.numeric_facts.qualifiers import _QUALIFIER_WORDS
from service.nlp.numeric_facts.values import SCALES

CURRENCY_SYMBOLS = [
    ("US$", "USD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
]


CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "francs": "CHF",
    "franc": "CHF",
    "won": "KRW",
    "pence": "GBP",
    "cents": "USD",
    "p": "GBP",
}


SUBUNITS = {"pence": 0.01, "cents": 0.01, "p": 0.01}


PERIODS = {"year", "month", "week", "day", "hour", "minute", "second", "quarter", "annum"}
# Physical units that make a number a quantity ("4km", "84 million barrels", "38mph").


# Physical units that make a number a quantity ("4km", "84 million barrels", "38mph").
UNITS = {
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
    "metres", "meter", "meters", "cm", "mm", "ft", "feet", "foot", "inch", "inches", "yard",
    "yards", "m/s", "km/h", "kph", "mph", "kg", "kgs", "kilogram", "kilograms", "gram", "grams",
    "g", "lb", "lbs", "ounce", "ounces", "oz", "tonne", "tonnes", "ton", "tons", "barrel",
    "barrels", "bpd", "litre", "litres", "liter", "liters", "gallon", "gallons", "acre",
    "acres", "hectare", "hectares", "mw", "gw", "kw", "kwh", "mwh", "gwh", "watts", "volts",
    "gb", "mb", "tb", "kb", "mbps", "gbps", "ghz", "mhz", "degrees", "calories", "megapixel",
    "megapixels", "gigabytes", "megabytes", "terabytes", "gigabyte", "megabyte", "sq",
}  # fmt: skip


DURATIONS = {f"{p}s" for p in PERIODS} | PERIODS | {"decade", "decades", "century", "centuries"}
# Nouns that name a measure rather than the thing measured: look through them ("numbers of X").


_SYMBOL_AMOUNT = re.compile(r"(?:US|A|C|HK|NZ)?[$£€¥₹₽]\d[\d,.]*(?:bn|mn|m|k|tn|b)?$")


_PENCE = re.compile(r"\d+(?:\.\d+)?p$")
# At most 9 digits: float(int(...)) of a longer run of digits can overflow.


_SYMBOLS = {s for s, _ in CURRENCY_SYMBOLS} | {"US", "A", "C", "HK", "NZ"}


def _currency(text: str, following: str) -> str | None:
    """ISO 4217 code from a symbol in the amount or a currency word in or just after it."""
    if _PENCE.match(text):
        return "GBP"
    for symbol, code in CURRENCY_SYMBOLS:
        if symbol in text:
            return code
    for word in re.findall(r"[a-z]+", f"{text} {following}".lower())[:8]:
        if word in CURRENCY_WORDS and (word != "p" or word in text.lower().split()):
            return CURRENCY_WORDS[word]
    return None


def _unit(label: str, span: Span) -> str | None:
    """ "%" for a percent, the unit word for a quantity."""
    if label == "PERCENT":
        return "%"
    if label == "QUANTITY":
        for token in span:
            if token.lower_ in UNITS or token.lower_ in DURATIONS:
                return token.text
        words = [
            t.text
            for t in span
            if t.is_alpha and t.lower_ not in SCALES and t.lower_ not in _QUALIFIER_WORDS
        ]
        return words[-1] if words else None
    return None


def _duration_unit(doc: Doc, token: Token) -> Token | None:
    """The period word a number measures: "three months", "three-day", "four years"."""
    i = token.i + 1
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    if i < len(doc) and doc[i].lower_ in DURATIONS:
        return doc[i]
    return None


def _money_context(span: Span) -> bool:
    """ "pounds" is money, not weight, near money words."""
    sentence = span.sent
    window = span.doc[max(sentence.start, span.start - 6) : min(sentence.end, span.end + 6)]
    return any(t.lower_ in ("pay", "paid", "cost", "costs", "worth", "spent", "£") for t in window)
