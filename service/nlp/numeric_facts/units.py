"""Units and currencies: symbols, ISO 4217 codes, physical units, periods."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from service.nlp.numeric_facts.values import SCALES, VAGUE

CURRENCY_SYMBOLS = [
    ("US$", "USD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("NZ$", "NZD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    # Unicode's other currency signs, as each country's news writes its money ("₦800")
    ("₩", "KRW"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("₫", "VND"),
    ("₴", "UAH"),
    ("₵", "GHS"),
    ("₡", "CRC"),
]


# The one currency a bare word means in English news when several share it ("dollars").
_MOST_TRADED = {
    "dollar": "USD", "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR",
    "krona": "SEK", "krone": "NOK", "dinar": "KWD", "riyal": "SAR", "yuan": "CNY",
    "lira": "TRY", "ruble": "RUB", "shilling": "KES", "rial": "IRR", "dirham": "AED",
    "won": "KRW", "peseta": "ESP",
}  # fmt: skip
# Currency words that are also common English words, or not from CLDR's names.
_NOT_CURRENCY_WORDS = {
    "real", "reals", "mark", "marks", "rand", "rands", "sol", "soles", "dram", "drams",
    "funds", "value", "account", "rights", "code", "currency", "kip", "kips", "inti", "lati",
    "gold", "silver",
}  # fmt: skip
_ENGLISH_NAMES = {
    "sterling": "GBP", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB", "bucks": "USD",
    "quid": "GBP", "hk dollar": "HKD", "hk dollars": "HKD", "us dollar": "USD",
    "us dollars": "USD", "nz dollar": "NZD", "nz dollars": "NZD", "lire": "ITL",
    # Wire-service spellings: "1.50 stg a tonne", "45 mln dlrs", "200 mln D-marks"; the leu's
    # plural and the guilder, which CLDR shares between several currencies.
    "stg": "GBP", "dlrs": "USD", "dlr": "USD", "d - marks": "DEM", "d - mark": "DEM",
    "d marks": "DEM", "d mark": "DEM", "lei": "RON", "leu": "RON", "guilder": "NLG",
    "guilders": "NLG",
    # the real's plural, no English word ("1,240 reais a month"; "reals" only after a scale)
    "reais": "BRL",
    # The crowns of the Nordic and Czech currencies, as the wires write them in English
    # ("a 275 million Norwegian crown bond"); CLDR names them krone, krona, koruna.
    **{f"{country} {crown}": code
       for country, code in (("norwegian", "NOK"), ("swedish", "SEK"), ("danish", "DKK"),
                             ("czech", "CZK"), ("icelandic", "ISK"), ("slovak", "SKK"))
       for crown in ("crown", "crowns")},
}  # fmt: skip
# Currency words that are common English words too: money only after a scale ("340 mln
# marks", "1.5 billion rand"), where no other reading is left.
AFTER_A_SCALE = {"marks": "DEM", "mark": "DEM", "rand": "ZAR", "reals": "BRL"}
_SUBUNIT_WORDS = {"pence": "GBP", "cents": "USD", "cent": "USD", "p": "GBP"}


def _currency_words() -> dict[str, str]:
    """English currency names, singular and plural, and their last words when one currency
    is meant (babel's CLDR data): "australian dollars" -> AUD, "shekels" -> ILS, "dollars"
    -> USD."""
    from babel import Locale  # noqa: PLC0415
    from babel.numbers import get_currency_name  # noqa: PLC0415

    names: dict[str, str] = {}
    by_last: dict[str, set[str]] = {}
    for code, name in Locale("en").currencies.items():
        if "(" in name or not re.fullmatch(r"[A-WYZ][A-Z]{2}", code):
            continue  # "Russian Ruble (1991–1998)", gold and fund codes (XAU, XDR)
        for form in {name.lower(), get_currency_name(code, count=2, locale="en").lower()}:
            names.setdefault(form, code)
            last = form.split()[-1]
            by_last.setdefault(last, set()).add(code)
    for last, codes in by_last.items():
        singular = last[:-1] if last.endswith("s") else last
        code = _MOST_TRADED.get(singular) or (next(iter(codes)) if len(codes) == 1 else None)
        if code and last not in _NOT_CURRENCY_WORDS:
            names.setdefault(last, code)
    return {**names, **_ENGLISH_NAMES, **_SUBUNIT_WORDS}


CURRENCY_WORDS = _currency_words()
CURRENCY_CODES = set(CURRENCY_WORDS.values())


SUBUNITS = {"pence": 0.01, "cents": 0.01, "cent": 0.01, "p": 0.01}


PERIODS = {"year", "month", "week", "day", "hour", "minute", "second", "quarter", "annum"}
# Unit symbols as news writes them, glued to a number or after it: pint names them. Other
# short capitalised tokens pint would read as units are names in news ("5G" is no gauss, "EV"
# no exavolt, "PS" no petasiemens), and a lone "m", "b" or "k" is a scale.
_SYMBOL = re.compile(
    r"(?:[kMGT](?:W|Wh|Hz|B|V|J|N|bps|Pa)|m(?:A|Ah|g|l|L|m|s|W|V|Wh)|[μµ][mgls]|c[mlL]|k[mgLlJ]"
    r"|[kMGT]b(?:ps)?|nm|cc|Hz|Wh|W|V|Nm|lbs?|oz|ft|yd|mph|kph|km/h|m/s|rpm|psi|hp|dB|degC|degF"
    r"|g|L)"
)
# Symbols that are units only inside a compound or with a power ("m/s", "km2", "A/cm2").
_PART_SYMBOLS = {"A", "m", "s", "h", "km", "mi", "t"}
# English words pint knows as units that a news number counts as things ("five points").
_NOT_UNIT_WORDS = {
    "point", "line", "link", "hand", "chain", "bar", "turn", "drop", "cup", "shot", "sheet",
    "bit", "count", "are", "rod", "perch", "span", "barn", "pica", "pole", "mil", "thou",
    "quad", "gross", "score", "dozen", "percent", "bag", "block", "board", "cord", "pace",
    "fortnight", "pi", "rem", "rad", "ray", "sack", "step", "tex", "unit", "gal", "bolt",
    "league",  # "34 league games": the competition, not three miles
    "bu",  # "12 bus drivers": pint's plural of "bu" (bushel), which news writes out
}  # fmt: skip


_POWER = re.compile(r"\b(?:square|sq|cubic|cu)\b", re.IGNORECASE)
_TEMPERATURE = re.compile(
    r"(?:(?:degrees?|deg\.?|°)\s*(c|f|celsius|celcius|centigrade|fahrenheit|farenheit)"
    r"|(celsius|celcius|centigrade|fahrenheit|farenheit))",
    re.IGNORECASE,
)
# News spellings pint reads otherwise: "Nm" is a newton metre (pint: a "number meter").
_SPELLINGS = {
    "Nm": "newton-meter", "kph": "km/h", "kmph": "km/h", "km/hr": "km/h", "bhp": "hp",
    "mpg": "mi/gal", "HP": "hp", "PS": "metric horsepower", "deg": "degree", "°": "degree",
    "bp": "basis point", "bps": "basis point",  # finance's basis points; "BP" is a company
    "KB": "kB",  # "a 300 KB file": kilobytes, pint's kilobarns
}  # fmt: skip
# The same in any case ("MPG", "kwh", "25 kilos": pint reads "kilos" as kiloseconds).
_ANY_CASE = {
    "mpg": "mi/gal", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kilo": "kilogram",
    "kilos": "kilogram", "bpd": "barrel/day", "b/d": "barrel/day", "ha": "hectare",
    "hrs": "hour", "hr": "hour", "mins": "minute", "secs": "second", "kbps": "kbit/s",
    "mbps": "Mbps", "gbps": "Gbps", "tbps": "Tbps", "khz": "kHz", "mhz": "MHz", "ghz": "GHz",
    "mah": "mAh",  # "a 2.4ghz chip", "5000 mah": pint's millihertz and metre-ampere-hours
    "bcm": "cubic kilometer", "teu": "twenty foot equivalent unit",  # a billion m3 is a km3
    "teus": "twenty foot equivalent unit", "mb/d": "megabarrel/day", "mbd": "megabarrel/day",
    "lb.-ft": "lb-ft", "lbs.-ft": "lb-ft", "lb.-ft.": "lb-ft",  # torque as US car news writes it
}  # fmt: skip
# Only against the number: "a 12MP camera" (a spaced "MP" is a member of parliament).
# Symbols in lowercase glued to their number ("512mb", "16gb", "a 4,500mah battery", "a 65w
# charger", "a 500mw plant", "a 12mp camera"), as informal and lowercased text writes them:
# read as news means them (a plant's "mw" is megawatts, pint's milliwatts). Spaced, they are
# not units ("940 mb" is as often a storm's millibars, "5 w" no watt).
_GLUED_LOWER = {
    "kb": "kB", "mb": "MB", "gb": "GB", "tb": "TB", "mah": "mAh", "w": "W", "kw": "kW",
    "mw": "MW", "gw": "GW", "mp": "megapixel", "v": "V", "kv": "kV",
}  # fmt: skip
_GLUED_SPELLINGS = {"MP": "megapixel", "in": "inch", **_GLUED_LOWER}
# Products of units that news writes with a space: torque ("332 pound feet", "450 newton
# metres"); any other two unit words in a row are not one unit ("hp at", "yard yard").
_PRODUCTS = {frozenset({"pound", "foot"}), frozenset({"newton", "meter"})}
# A capital C or F against a number is a temperature ("30C", "98.6F"), not a coulomb or farad;
# spaced too ("12 C", "75 F").
_TEMPERATURE_LETTERS = {"C": "degC", "F": "degF"}
# One-letter symbols a unit even when spaced from the number ("a 65 W charger", "240 V"): no
# scale, initial or grade shares them ("A" is a grade, "m" millions, "K" thousands).
_SPACED_LETTERS = {"W", "V", "g", "J"}
# Symbols pint reads that news writes as the names of things: "3 TV networks" (no teravolt).
_NAMES_NOT_SYMBOLS = {"TV", "TVs"}
_NOT_UNITS = {"percent", "permille", "dozen", "gross", "count", "ppm", "dimensionless"}


@cache
def _registry():
    import pint  # noqa: PLC0415  loaded with the extractors, never by a warm start

    registry = pint.UnitRegistry()
    # Units of finance that pint lacks: "0.25 percentage points", "60 basis points".
    registry.define("percentage_point = 0.01")
    registry.define("basis_point = 0.0001")
    # Gas and shipping units pint lacks: "10 tcf" (a "trillion" unit, never read from a
    # spelled-out "trillion cubic feet", which stays the number and its cubic feet), "20m TEU".
    registry.define("tcf = 1e12 * foot ** 3")
    registry.define("twenty_foot_equivalent_unit = [shipping_container]")
    return registry


def _parse_units(spelling: str):
    """pint's ``parse_units``, which raises on no unit; a word of ASCII letters that no prefix,
    unit name and suffix of pint's spell is refused before pint parses it (most words that
    reach here are no unit, and pint's parser costs ~0.3 ms a word)."""
    if spelling.isascii() and spelling.isalpha() and not _may_be_unit_word(spelling):
        raise ValueError(f"no unit: {spelling!r}")
    return _registry().parse_units(spelling)


def _may_be_unit_word(word: str) -> bool:
    """Whether pint can read ``word`` as a prefix, a unit and a suffix, as its
    ``parse_unit_name`` splits a word (case-sensitively, a unit of one letter takes no
    suffix)."""
    if word == "dimensionless":  # pint's name for a pure number, in no list of units
        return True
    registry = _registry()
    units, prefixes = registry._units, registry._prefixes
    for suffix in registry._suffixes:
        if not word.endswith(suffix):
            continue
        base = word[: len(word) - len(suffix)]
        for cut in range(len(base) + 1):
            name = base[cut:]
            if base[:cut] in prefixes and not (suffix and len(name) == 1) and name in units:
                return True
    return False


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
    cleaned = text.strip().strip(".-–").replace("m.p.h", "mph").replace("gramme", "gram")
    if cleaned in _NAMES_NOT_SYMBOLS:
        return None
    if re.fullmatch(r"[A-Z]{2,}s", cleaned) and unit_name(cleaned[:-1], glued) is None:
        return None  # "18 Bitcoin ATMs", "two PCs": an acronym's plural, a noun (not "atm"s)
    cleaned = cleaned.replace("²", "2").replace("³", "3")  # "km²"
    if glued and cleaned in _GLUED_SPELLINGS:
        cleaned = _GLUED_SPELLINGS[cleaned]
    cleaned = _SPELLINGS.get(cleaned) or _ANY_CASE.get(cleaned.lower(), cleaned)
    cleaned = cleaned.replace(" per ", "/")
    if cleaned in _TEMPERATURE_LETTERS:
        cleaned = _TEMPERATURE_LETTERS[cleaned]
    temperature = _TEMPERATURE.fullmatch(cleaned)
    if temperature:  # "degrees Celsius", "° F", "deg C"
        scale = (temperature[1] or temperature[2]).lower()
        cleaned = "degC" if scale in ("c", "celsius", "celcius", "centigrade") else "degF"
    if not 0 < len(cleaned) <= 30 or not re.fullmatch(r"[A-Za-zμµ°²³/\- ]+[23]?", cleaned):
        return None
    if len(cleaned) <= 3 or not cleaned.islower():  # a symbol: "kW", "GHz", "mph", "A/cm2"
        if len(cleaned) == 1 and not glued and cleaned not in _SPACED_LETTERS:
            return None
        fixed = re.sub(r"(?i)hz$", "Hz", cleaned)  # "Ghz", "HZ"
        fixed = re.sub(r"(?<=[a-z])([23])$", r"**\1", fixed)  # "cm2"
        parts = fixed.split("/")  # "kV/cm", "A/cm2", "km2": each side a symbol
        bases = [re.sub(r"\*\*[23]$", "", p) for p in parts]
        symbols = _SYMBOL.fullmatch(fixed) or (
            (len(parts) > 1 or bases[0] != parts[0])
            and all(_SYMBOL.fullmatch(b) or b in _PART_SYMBOLS for b in bases)
        )
        # "Gb", "Mbps": bits, which pint spells "bit" ("b" is its barn).
        candidates = [re.sub(r"^([kMGT])b(ps)?$", r"\1bit/s" if "ps" in fixed else r"\1bit", fixed)]
        candidates = candidates if symbols else []
        if not candidates and len(cleaned) > 3:
            candidates = [cleaned.lower()]  # "FEET", "Miles"
        elif not candidates and cleaned.islower() and _whole_name(cleaned):
            candidates = [cleaned]  # "ton", "ohm": a unit's own short name, not a symbol
    else:
        candidates = [cleaned.lower()]
    if candidates and " " in candidates[0]:  # "square metres": pint wants the singular
        last = candidates[0].rsplit(" ", 1)
        candidates.append(f"{last[0]} {_singular_period(last[1])}")
    for candidate in candidates:
        words = candidate.replace("-", " ").split()
        if len(words) == 1 and words[0].rstrip("s") in _NOT_UNIT_WORDS:
            return None
        if len(words) == 1 and _prefix_symbol_word(candidate):
            continue
        spellings = [candidate.replace(" ", "_"), candidate]  # "cubic_foot", "square metre"
        if "-" in candidate:  # "light-years", "kilowatt-hour"; "pound-feet": a product
            spellings = [candidate.replace("-", "_"), "*".join(candidate.split("-"))]
        unit = None
        for spelling in spellings:
            try:
                unit = _parse_units(spelling.replace("²", "**2"))
            except Exception:
                continue
            if (
                spelling == candidate
                and " " in candidate
                and (
                    (len(unit._units) > 1 and frozenset(unit._units) not in _PRODUCTS)
                    or (max(unit._units.values()) > 1 and not _POWER.search(candidate))
                )
            ):
                unit = None  # words read as a product of units ("hp at", "yard yard"): none
                continue
            break
        if unit is None:
            continue
        if str(unit) not in _NOT_UNITS:  # pint's pure numbers
            return _split(unit)
    return None


def _prefix_symbol_word(word: str) -> bool:
    """A word pint reads only as a prefix symbol and a unit symbol ("acts": atto-carat,
    "pins": pico-inch), never how news spells a unit out ("kilometres" starts with "kilo")."""
    if len(word) <= 3 or not word.isalpha() or not word.islower():
        return False
    if word.isascii() and not _may_be_unit_word(word):
        return False  # pint would find no reading (its search, done faster)
    try:
        readings = _registry().parse_unit_name(word)
    except Exception:
        return False
    return bool(readings) and all(
        prefix and not word.startswith(prefix) for prefix, _, _ in readings
    )


def _whole_name(word: str) -> bool:
    """Whether pint reads a short word as the unit it spells out ("ton", "ohm", "amp"), not as
    a prefix and a symbol ("cm" is centi-metre, "pin" nothing)."""
    try:
        name = str(_parse_units(word))
    except Exception:
        return False
    return len(word) >= 3 and (name.startswith(word) or name.startswith(word.rstrip("s")))


def is_unit(token: Token) -> bool:
    """Whether a token names a unit (not a period word, a currency or a name)."""
    return (
        token.lower_ not in DURATIONS
        and token.lower_ not in CURRENCY_WORDS
        and unit_name(token.text) is not None
    )


DURATIONS = {f"{p}s" for p in PERIODS} | PERIODS | {"decade", "decades", "century", "centuries"}
# Nouns that name a measure rather than the thing measured: look through them ("numbers of X").


# The one-character signs of CURRENCY_SYMBOLS, as a character class.
_SIGNS = "".join(re.escape(sign) for sign, _ in CURRENCY_SYMBOLS if len(sign) == 1)
_SYMBOL_AMOUNT = re.compile(rf"(?:US|A|C|HK|NZ|NT)?[{_SIGNS}]\d[\d,.]*(?:bil|mil|bn|mn|m|k|tn|b)?$")


_GLUED_UNIT = re.compile(r"([-+]?\d[\d,]*(?:\.\d+)?)([A-Za-zμµ°/]+\d?)")
# Currency written before the number as a code or a local sign: "USD10m", "RM79", "$US160",
# "Y=28,030" (Reuters' yen). Three capitals count only when they are an ISO 4217 code.
_PREFIXES = {
    "RM": "MYR", "Rs": "INR", "Rs.": "INR", "Y=": "JPY", "$US": "USD", "S$": "SGD", "R$": "BRL",
    "RMB": "CNY", "Rp": "IDR", "Rp.": "IDR",
    "PS": "GBP",  # "£" as an ASCII transliteration writes it ("PS2.7m"), as NewsQuant's text
}  # fmt: skip
# "PS" is a pound sign only before an amount that is no console's name ("PS21,700", not "PS5").
_PS = r"PS(?=\d[\d,]*\.\d|\d[\d,]*(?:bn|mn|m|k)\b|\d\d)"
_CODE_AMOUNT = re.compile(
    r"^(?:(?:about|around|over|under|nearly|almost)\s+)?"
    rf"({_PS}|[A-Z]{{3}}|RM|Rs\.?|Rp\.?|Y=|\$US|S\$|R\$)\s?\d"
)
# The letters of a country written after a dollar sign, as the two-letter prefix reads
# before it ("$A" as "A$").
_DOLLAR_COUNTRIES = {
    "A": "AUD", "C": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD", "US": "USD", "NT": "TWD",
}  # fmt: skip
# Wires' short names of a dollar's country written after the amount ("$5 Cdn"); the others
# are the first words of a CLDR dollar's name ("$40 Canadian", "$75 U.S.", "$3m Hong Kong").
_DOLLAR_ABBREVIATIONS = {"CDN": "CAD", "AUST": "AUD"}
_COUNTRY_AFTER = re.compile(
    r"^\s*\$\s?\d[\d,.]*\s*(?:[mb]n|[mbk]|million|billion)?\s+"
    r"([A-Z][A-Za-z.]*(?:\s+[A-Z][a-z]+)?)\s*$"
)


def dollar_country(words: str) -> str | None:
    """The code of the dollar whose country ``words`` name after an amount ("Canadian",
    "U.S.", "Hong Kong", "Cdn"): CLDR's "<words> dollar", or a wire's short name."""
    bare = words.replace(".", "")
    if not bare[:1].isupper():
        return None
    return _DOLLAR_ABBREVIATIONS.get(bare.upper()) or CURRENCY_WORDS.get(f"{bare.lower()} dollar")


# The token after a "$" holding the dollar's country and the number: "$A8,800", "$NZ5m".
_COUNTRY_AFTER_SIGN = re.compile(
    rf"(?:{'|'.join(_DOLLAR_COUNTRIES)})\d[\d,]*(?:\.\d+)?(?:bn|mn|tn|m|k|b)?"
)


def country_after_sign(doc: Doc, i: int, text: str) -> bool:
    """Whether ``text``, at token ``i``, is a dollar's country and its number after a "$"
    ("$A8,800", "$US20m")."""
    return i > 0 and doc[i - 1].text == "$" and _COUNTRY_AFTER_SIGN.fullmatch(text) is not None


_NUMBERLIKE = re.compile(r"\W*\d|[A-Z]{1,3}\W?\d|(?i:sub|minus)-\d")
_PENCE = re.compile(r"\d+(?:\.\d+)?p$")
# A lowercase "c" glued to a number: cents ("fell 45c", "145.9c a litre") or, of the weather,
# degrees Celsius ("temperatures reach 41c", "it will be 34c"), as Australian news writes both.
_GLUED_C = re.compile(r"[-−]?\d+(?:\.\d+)?c$")
_WEATHER = {
    "temperature", "mercury", "heat", "heatwave", "hot", "warm", "cold", "cool", "weather",
    "forecast", "degree", "sweltering", "scorching", "freezing", "chilly", "balmy",
}  # fmt: skip


def glued_c(token: Token) -> str | None:
    """ "cent" or "celsius" for a number glued to a lowercase "c" ("45c", "34c"), None for any
    other token or a name's number, after its noun ("Section 3c", "the Psion series 3c"):
    Celsius in a sentence of the weather (a word of temperature, or the weather's "it" the
    subject of "be": "it will be 34c")."""
    if not _GLUED_C.fullmatch(token.text) or (
        token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN")
    ):
        return None
    sentence = token.sent  # its words near the number (a bounded window: linear in the text)
    near = token.doc[max(sentence.start, token.i - 25) : min(sentence.end, token.i + 25)]
    if any(t.lemma_.lower() in _WEATHER or t.lower_ in _WEATHER for t in near):
        return "celsius"
    head = token.head
    if head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return "celsius"
    return "cent"


# At most 9 digits: float(int(...)) of a longer run of digits can overflow.


_SYMBOLS = {s for s, _ in CURRENCY_SYMBOLS} | {"US", "A", "C", "HK", "NZ", "NT"}


def subunit_currency(adjective: str) -> str | None:
    """The currency whose cents an adjective names: "Canadian" (cents) -> CAD; None for a
    word no currency's name begins with that way ("Canadian dollar", CLDR)."""
    return CURRENCY_WORDS.get(f"{adjective.lower()} dollar") or CURRENCY_WORDS.get(
        f"{adjective.lower()} euro"
    )


def _currency(text: str, following: str) -> str | None:
    """ISO 4217 code from a symbol or code in the amount, or a currency name in or just after
    it ("10.5 million Australian dollars", "USD10m", "RM79")."""
    if _PENCE.match(text):
        return "GBP"
    if after := _SIGN_AFTER_AMOUNT.search(text):
        return SIGNS_AFTER[after[1]]  # "900 Ft", "150 kn"
    if _GLUED_C.match(text):
        return "USD"  # "fell 45c": cents, as a bare "cents" is
    # "HK $3.7 billion", "c $ 16.4 million"
    text = re.sub(r"\b(US|HK|A|C|NZ|NT|S|us|hk|c|nz) \$", lambda m: f"{m[1].upper()}$", text)
    code = _CODE_AMOUNT.search(text)
    if code:
        return _PREFIXES.get(code[1], code[1])
    # Australian and New Zealand wire style puts the country after the sign: "$A8,800",
    # "$AUD1.1 billion", "$NZ5m"
    country = re.search(r"\$\s?([A-Z]{1,3})\s?\d", text)
    if country and (country[1] in _DOLLAR_COUNTRIES or country[1] in CURRENCY_CODES):
        return _DOLLAR_COUNTRIES.get(country[1], country[1])
    after = _COUNTRY_AFTER.search(text)  # "$75 U.S.", "$40 Canadian": the country after it
    if after and (code := dollar_country(after[1])):
        return code
    dollars = re.search(r"\b([A-Za-z]{3})\$", text)  # "AUD$15", "Mex$ 10 million"
    if dollars and (dollars[1].upper() in CURRENCY_CODES or dollars[1].upper() == "MEX"):
        return "MXN" if dollars[1].upper() == "MEX" else dollars[1].upper()
    for symbol, code in CURRENCY_SYMBOLS:
        if symbol in text:
            return code
    written = re.search(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])", text)  # "500 USD", "115USD"
    if written and written[1] in CURRENCY_CODES:
        return written[1]
    # not a currency the amount is "per" ("149.20 per dollar": yen to the dollar)
    words = re.findall(r"[a-z]+", re.split(r"\bper\b", f"{text} {following}".lower())[0])[:8]
    for i, word in enumerate(words):
        if word in ("cent", "cents") and i and subunit_currency(words[i - 1]):
            return subunit_currency(words[i - 1])  # "65 Canadian cents": CAD
        for size in (3, 2):  # "hong kong dollars", "australian dollars"
            name = " ".join(words[i : i + size])
            if name in CURRENCY_WORDS:
                return CURRENCY_WORDS[name]
        if word in CURRENCY_WORDS and (word != "p" or word in text.lower().split()):
            return CURRENCY_WORDS[word]
        if word in AFTER_A_SCALE and i and words[i - 1] in SCALES:
            return AFTER_A_SCALE[word]
    return None


def unit_at(doc: Doc, i: int, end: int) -> tuple[str, str | None, int, int] | None:
    """The unit written from token ``i`` (not past ``end``), as pint names it, with what it
    is per and its tokens [i, stop): "km/h" -> ("kilometer", "hour", i, i + 3); "cubic
    feet", "pound-feet", "mph" -> ("mile", "hour", ...); a period word ("months")."""
    if (
        i < min(end, len(doc))
        and doc[i].lower_ == "in"
        and i > 0
        and doc[i - 1].like_num
        and not doc[i - 1].whitespace_
        and not (i > 1 and doc[i - 2].text in ("-", "–"))  # a score run into "in": "3-1in"
    ):
        return "inch", None, i, i + 1  # "a 55in screen": glued to its number, "in" is inches
    if i >= min(end, len(doc)) or (doc[i].is_stop and doc[i].is_lower):  # "a year", "in"
        return None
    if marked := marked_unit(doc, i):
        return marked, None, i, i + 1
    if doc[i].text in _GLUED_LOWER and i > 0 and doc[i - 1].like_num and not doc[i - 1].whitespace_:
        return (*unit_name(doc[i].text, glued=True), i, i + 1)  # "512mb": the tokenizer split it
    if doc[i].lower_ in DURATIONS:
        return _singular_period(doc[i].lower_), None, i, i + 1
    if _period_after_modifier(doc, i):  # "2,766 flying hours", "60 working days"
        return _singular_period(doc[i + 1].lower_), None, i, i + 2
    for size in (3, 2, 1):  # "km / h", "cubic feet", "pound - feet", "km"
        stop = i + size
        if stop > min(end, len(doc)) or doc[stop - 1].is_punct:
            continue
        if any(t.like_num or t.is_space or (t.whitespace_ and t.i < stop - 1 and t.is_punct)
               or (t.is_stop and t.lower_ != "per") for t in doc[i + 1 : stop]):  # fmt: skip
            continue  # not "hp at", "degrees Celsius in"
        if size == 1 and _spaced_letter_no_unit(doc, i):
            continue
        found = unit_name("".join(t.text_with_ws for t in doc[i:stop]).strip())
        if found:
            return (*found, i, stop)
    return None


# How far back an opening quote is looked for (a bounded window keeps the pass linear).
_QUOTE_REACH = 80
# A year a quotation ends on ("in 2005\" said"): no length in feet or inches.
_YEARISH = re.compile(r"(?:1[89]|20)\d\d")
# Feet and inches marked by primes against the number ("an altitude of 30'", "a 10\" screen").
_PRIMES = {"'": "foot", "′": "foot", '"': "inch", "″": "inch", "''": "inch"}
# What follows a measure in metres written with a spaced "m" ("120 m tall", "30 m from the
# boat"); a noun after it is what millions count ("50 m customers").
_AFTER_METRES = {"ADJ", "ADV", "ADP", "PUNCT", "CCONJ"}
# What starts a clause after a quotation closing on a number ('we won by 12" and then he
# left', 'is number 10" before the game'), its opening quote in an earlier sentence: a measure
# in inches is followed by its noun or adjective ("a 10\" screen", "5' 10\" tall").
_CLAUSE_AFTER_QUOTE = {"VERB", "AUX", "PRON", "DET", "CCONJ", "SCONJ", "ADP"}


def marked_unit(doc: Doc, i: int) -> str | None:
    """A unit written as a mark news uses for it: a prime after a number ("30'" feet, '10"'
    inches; not a closing quote, the sentence's quotes of its kind before it odd or a clause
    going on after it), or a spaced
    "m" after a bare number before no noun and no "of" (metres: "120 m tall")."""
    if i == 0 or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", doc[i - 1].text):
        return None
    text = doc[i].text
    if text in _PRIMES and not doc[i - 1].whitespace_ and not _YEARISH.fullmatch(doc[i - 1].text):
        quote = ("'", "‘") if _PRIMES[text] == "foot" else ('"', "“", "''")
        before = doc[max(doc[i].sent.start, i - _QUOTE_REACH) : i - 1]
        if (
            _PRIMES[text] == "inch"  # a foot mark before "when" is feet ("at 30' when it hit")
            and i + 1 < len(doc)
            and doc[i + 1].pos_ in _CLAUSE_AFTER_QUOTE
            and not (i > 2 and doc[i - 2].text in ("'", "′"))  # "5' 10\" and 180 pounds"
        ):
            return None
        return None if sum(t.text in quote for t in before) % 2 else _PRIMES[text]
    if (
        text == "m"
        and doc[i - 1].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].pos_ in _AFTER_METRES
        and doc[i + 1].lower_ not in ("of", "-", "–")
        and doc[i - 1].ent_type_ != "MONEY"
        and not (
            i > 1
            and (
                doc[i - 2].text in _SYMBOLS
                or doc[i - 2].text in _PREFIXES
                or _code(doc[i - 2].text)
            )
        )
    ):
        return "meter"
    if (
        text in _TONNES
        and doc[i - 1].whitespace_
        and i + 2 < len(doc)
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].pos_ in ("NOUN", "PROPN", "ADJ")
    ):
        return _TONNES[text]  # "300 kt of copper", "5,000 t of grain": a mass of a material
    return None


# Tonnes by their symbols, spaced from the number and before "of" what they weigh ("2.5 Mt of
# coal"); pint reads "kt" as knots.
_TONNES = {"t": "metric_ton", "kt": "kilometric_ton", "Mt": "megametric_ton"}


def _spaced_letter_no_unit(doc: Doc, i: int) -> bool:
    """Whether a spaced one-letter symbol at ``i`` is no unit: a score ("3 V 2"), or after no
    written number ("Plan V")."""
    if doc[i].text.rstrip(".") in _TEMPERATURE_LETTERS:
        # "30 to 40 F-15 fighters", "158 F / A-18": a name's letter, no temperature
        return i + 1 < len(doc) and doc[i + 1].text in ("-", "–", "/")
    if doc[i].text.rstrip(".") not in _SPACED_LETTERS:
        return False
    return (i + 1 < len(doc) and doc[i + 1].like_num) or not (
        i > 0 and re.search(r"\d$", doc[i - 1].text)
    )


def glued_unit(token: Token) -> re.Match | None:
    """A number glued to its unit in one token ("5kW"), also with the full stop the tokenizer
    keeps after a capital at a sentence's end ("draws 65W.")."""
    return _GLUED_UNIT.fullmatch(token.text) or (
        token.is_sent_end and _GLUED_UNIT.fullmatch(token.text.removesuffix("."))
    )


def unit_in(span: Span) -> tuple[str, str | None, int, int] | None:
    """The unit written after the number of a span ("140 km/h", "5kW", "6.1-inch")."""
    doc, seen = span.doc, False
    for token in span:
        glued = glued_unit(token)
        if glued and glued[2] == "c" and glued_c(token) == "celsius":
            return (*unit_name("C", glued=True), token.i, token.i + 1)  # "reach 41c"
        if glued and (found := unit_name(glued[2], glued=True)):
            return (*found, token.i, token.i + 1)
        if (
            seen
            and token.lower_ in SCALES
            and (found := unit_at(doc, token.i, span.end))
            and found[3] - found[2] > 1
        ):
            return found  # "25 m/s": metres per second, not millions
        if (
            (token.like_num and not (seen and token.lower_ == "second"))  # "4.3 second"
            or token.lower_ in SCALES
            or token.lower_ in VAGUE
            or _NUMBERLIKE.match(token.text)  # "$5", "Y=28,030"; not "km2"
        ):
            seen = True
            continue
        if seen and token.lower_ in ("-", "–", "to", "and", "of"):
            continue  # "15 to 22 mph", "6.1-inch", "hundreds of miles"
        if seen and (found := unit_at(doc, token.i, span.end)):
            return found
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


# Words between a number and the period it counts: "60 working days", "five straight
# years", "2,766 flying hours", "10 trading sessions" is no period.
_PERIOD_MODIFIERS = {
    "working", "business", "trading", "calendar", "straight", "consecutive", "successive",
    "full", "flying", "school", "man", "solid", "extra", "additional", "more",
}  # fmt: skip


def _period_after_modifier(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a word such as "working" before a period word ("days")."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in _PERIOD_MODIFIERS
        and doc[i + 1].lower_ in DURATIONS
        # not the ordinal of "two more second-half goals"
        and not (doc[i + 1].lower_ == "second" and i + 2 < len(doc) and doc[i + 2].text == "-")
    )


def _duration_unit(doc: Doc, token: Token) -> Token | None:
    """The period word a number measures: "three months", "three-day", "four years", "60
    working days"."""
    i = token.i + 1
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    if i < len(doc) and doc[i].lower_ in DURATIONS:
        return doc[i]
    if _period_after_modifier(doc, i):
        return doc[i + 1]
    # "40 to 50 hours", "40 or 50 years": the first end has the second's unit.
    if i + 2 < len(doc) and doc[i].lower_ in ("to", "and", "or", "-", "–") and doc[i + 1].like_num:
        return doc[i + 2] if doc[i + 2].lower_ in DURATIONS else None
    return None


# Currency signs written after the amount in their countries' news ("900 Ft", "2.50 zł",
# "150 kn"); "Ft" and "kn" (feet, knots) are money only near money words, as "pounds" is.
SIGNS_AFTER = {"zł": "PLN", "Kč": "CZK", "Ft": "HUF", "kn": "HRK"}
_SIGNS_ONLY_NEAR_MONEY = {"Ft", "kn"}
_SIGN_AFTER_AMOUNT = re.compile(rf"\d\s?({'|'.join(map(re.escape, SIGNS_AFTER))})$")


def sign_after(span: Span, end: int) -> bool:
    """Whether token ``end``, after an amount, is a currency sign written after it."""
    doc = span.doc
    if end >= len(doc) or doc[end].text not in SIGNS_AFTER or span[-1].whitespace_ == "":
        return False
    return doc[end].text not in _SIGNS_ONLY_NEAR_MONEY or _money_context(span)


def _money_context(span: Span) -> bool:
    """ "pounds" is money, not weight, near money words."""
    sentence = span.sent
    before = span.doc[max(sentence.start, span.start - 3) : span.start]
    if any(t.lemma_ == "weigh" for t in before):
        return False  # "the laptop weighs 2.8 pounds and costs $1,299": a weight
    window = span.doc[max(sentence.start, span.start - 6) : min(sentence.end, span.end + 6)]
    return any(t.lower_ in ("pay", "paid", "cost", "costs", "worth", "spent", "£") for t in window)


# An ISO 4217 code, not any three capitals: "USD10m", not "BBC1" or "ITV1".
_CODE_TOKEN = re.compile(
    r"(?:(?:"
    + "|".join(sorted(c for c in CURRENCY_CODES if re.fullmatch(r"[A-Z]{3}", c)))
    + rf")|{_PS}|RM|Rs|Rp|Y=|S\$|R\$)\d[\d,]*(?:\.\d+)?(?:bil|mil|bn|mn|m|k|tn|b)?"
)
# ISO 4217 codes that are English words in capitals ("ALL 20 players").
_WORD_CODES = {"ALL", "TOP", "CUP", "MOP", "BAM", "GEL", "MAD", "PEN", "SOS", "TRY", "AED"}


def _code(word: str) -> bool:
    """An ISO 4217 code written as a word beside a number ("USD 200", "500 EUR")."""
    return len(word) == 3 and word.isupper() and word in CURRENCY_CODES and word not in _WORD_CODES


def _unit_after(doc: Doc, end: int) -> int | None:
    """End token of a unit written right after token ``end`` ("km/h", "-inch"), if any."""
    start = end + 1 if end < len(doc) and doc[end].text in ("-", "–") else end
    found = unit_at(doc, start, start + 3)
    return found[3] if found else None
