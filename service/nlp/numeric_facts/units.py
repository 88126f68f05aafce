"""Units and currencies: symbols, ISO 4217 codes, physical units, periods."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

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
# Unit symbols as news writes them, glued to a number or after it: pint names them. Other
# short capitalised tokens pint would read as units are names in news ("5G" is no gauss, "EV"
# no exavolt, "PS" no petasiemens), and a lone "m", "b" or "k" is a scale.
_SYMBOL = re.compile(
    r"(?:[kMGT](?:W|Wh|Hz|B|V|J|N|bps|Pa)|m(?:A|Ah|g|l|L|m|s|W|V|Wh)|[μµ][mgls]|c[mlL]|k[mgLlJ]"
    r"|Hz|Wh|W|V|Nm|lbs?|oz|ft|yd|mph|kph|km/h|m/s|rpm|psi|hp|dB|°[CF]|g|L)"
)
# English words pint knows as units that a news number counts as things ("five points").
_NOT_UNIT_WORDS = {
    "point", "line", "link", "hand", "chain", "bar", "turn", "drop", "cup", "shot", "sheet",
    "bit", "count", "are", "rod", "perch", "span", "barn", "pica", "pole", "mil", "thou",
    "quad", "gross", "score", "dozen", "percent", "bag", "block", "board", "cord", "pace",
    "fortnight", "pi", "rem", "rad", "ray", "sack", "step", "tex", "unit", "gal", "bolt",
}  # fmt: skip


_NOT_UNITS = {"percent", "permille", "dozen", "gross", "count", "ppm", "dimensionless"}


@cache
def _registry():
    import pint  # noqa: PLC0415  loaded with the extractors, never by a warm start

    return pint.UnitRegistry()


def _split(unit) -> tuple[str, str | None]:
    """ "kilometer / hour" -> ("kilometer", "hour"); "mile_per_hour" -> ("mile", "hour")."""
    above = [(n, e) for n, e in unit._units.items() if e > 0]
    below = [(n, -e) for n, e in unit._units.items() if e < 0]
    if len(above) == 1 and not below and "_per_" in above[0][0]:
        name, per = above[0][0].split("_per_", 1)
        return name, per

    def joined(parts):
        return "*".join(n if e == 1 else f"{n}**{e:g}" for n, e in parts) or None

    return joined(above) or "count", joined(below)


@cache
def unit_name(text: str, glued: bool = False) -> tuple[str, str | None] | None:
    """pint's name of a unit as written and the unit it is per: "km/h" -> ("kilometer",
    "hour"), "mph" -> ("mile", "hour"), "Metres" -> ("meter", None); None when the text is
    no unit in news. ``glued``: written against the number ("10W"), where one letter may be
    a unit symbol."""
    cleaned = text.strip().rstrip(".").replace("m.p.h", "mph")
    if not 0 < len(cleaned) <= 30 or not re.fullmatch(r"[A-Za-zμµ°²³/\- ]+", cleaned):
        return None
    if len(cleaned) <= 3 or not cleaned[1:].islower():  # a symbol: "kW", "GHz", "mph"
        if len(cleaned) == 1 and not glued:
            return None
        fixed = re.sub(r"(?i)hz$", "Hz", cleaned)  # "Ghz", "HZ"
        candidates = [fixed] if _SYMBOL.fullmatch(fixed) else []
        if not candidates and len(cleaned) > 3:
            candidates = [cleaned.lower()]  # "FEET", "Miles"
    else:
        candidates = [cleaned.lower()]
    for candidate in candidates:
        words = candidate.replace("-", " ").split()
        if words and words[-1].rstrip("s") in _NOT_UNIT_WORDS:
            return None
        if "-" in candidate:  # "pound-feet", "lb-ft": a product of units
            candidate = "*".join(candidate.split("-"))  # noqa: PLW2901
        try:
            unit = _registry().parse_units(candidate.replace(" ", "_").replace("²", "**2"))
        except Exception:  # pint raises several kinds on a word it lacks
            continue
        if str(unit) not in _NOT_UNITS:  # pint's pure numbers
            return _split(unit)
    return None


def is_unit(token: Token) -> bool:
    """Whether a token names a unit (not a period word, a currency or a name)."""
    return (
        token.lower_ not in DURATIONS
        and token.lower_ not in CURRENCY_WORDS
        and unit_name(token.text) is not None
    )


DURATIONS = {f"{p}s" for p in PERIODS} | PERIODS | {"decade", "decades", "century", "centuries"}
# Nouns that name a measure rather than the thing measured: look through them ("numbers of X").


_SYMBOL_AMOUNT = re.compile(r"(?:US|A|C|HK|NZ)?[$£€¥₹₽]\d[\d,.]*(?:bn|mn|m|k|tn|b)?$")


_GLUED_UNIT = re.compile(r"([-+]?\d[\d,]*(?:\.\d+)?)([A-Za-zμµ°/]+\d?)")
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


def unit_at(doc: Doc, i: int, end: int) -> tuple[str, str | None, int, int] | None:
    """The unit written from token ``i`` (not past ``end``), as pint names it, with what it
    is per and its tokens [i, stop): "km/h" -> ("kilometer", "hour", i, i + 3); "cubic
    feet", "pound-feet", "mph" -> ("mile", "hour", ...); a period word ("months")."""
    if i >= min(end, len(doc)):
        return None
    if doc[i].lower_ in DURATIONS:
        return _singular_period(doc[i].lower_), None, i, i + 1
    for size in (3, 2, 1):  # "km / h", "cubic feet", "pound - feet", "km"
        stop = i + size
        if stop > min(end, len(doc)) or doc[stop - 1].is_punct:
            continue
        if any(t.like_num or t.is_space or (t.whitespace_ and t.i < stop - 1 and t.is_punct)
               for t in doc[i:stop]):  # fmt: skip
            continue
        found = unit_name("".join(t.text_with_ws for t in doc[i:stop]).strip())
        if found:
            return (*found, i, stop)
    return None


def unit_in(span: Span) -> tuple[str, str | None, int, int] | None:
    """The unit written after the number of a span ("140 km/h", "5kW", "6.1-inch")."""
    doc, seen = span.doc, False
    for token in span:
        glued = _GLUED_UNIT.fullmatch(token.text)
        if glued and (found := unit_name(glued[2], glued=True)):
            return (*found, token.i, token.i + 1)
        if token.like_num or token.lower_ in SCALES or token.text in ("-", "–"):
            seen = True
            continue
        if seen:
            return unit_at(doc, token.i, span.end)
    return None


def _singular_period(word: str) -> str:
    return {"centuries": "century"}.get(word, word[:-1] if word.endswith("s") else word)


def _unit(label: str, span: Span) -> str | None:
    """ "%" for a percent, pint's name of the unit for a quantity."""
    if label == "PERCENT":
        return "%"
    if label == "QUANTITY":
        found = unit_in(span)
        if found:
            return found[0]
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
