"""Numbers as facts: value, unit or currency, qualifier, range, rate and what is counted.

Built on spaCy's numeric entity spans (MONEY, CARDINAL, QUANTITY, PERCENT, DATE, TIME,
ORDINAL) and the dependency parse: the span gives the number, the parse gives what it counts.
A token-level pass adds the amounts the small model misses ("4.3bn rupees", "£19 to £29").

Conventions (the gold set in tests/data follows them):
- ``bound``: "more than"/"over"/"at least" are lower bounds; "less than"/"under"/"up to"/
  "at most" and also "nearly"/"almost"/"close to" (which approach from below) upper bounds.
- Vague amounts ("thousands of", "dozens of") take their order of magnitude, approximate.
- A duration with a number ("three months", "a four-year deal") is a ``quantity`` whose
  unit is the period word; a date's day number is not a fact; "2012-13" is one year fact.
- A conversion in brackets ("$1.13bn (£600m)") counts what the amount before it counts.
- "one" is never a count (it is mostly a pronoun or determiner: "one possibility", "no one");
  "zero" is a count of 0 ("zero ambiguity").
- Linear in the text: ``doc.text`` is read once, and every look-around is bounded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.records import NumericFact, RangeLink

# qualifier -> (approximate, bound). "nearly"/"almost" approach from below: an upper bound.
QUALIFIERS = {
    "about": (True, None),
    "around": (True, None),
    "approximately": (True, None),
    "roughly": (True, None),
    "some": (True, None),
    "an estimated": (True, None),
    "nearly": (True, "upper"),
    "almost": (True, "upper"),
    "close to": (True, "upper"),
    "more than": (False, "lower"),
    "over": (False, "lower"),
    "at least": (False, "lower"),
    "just over": (True, "lower"),
    "upwards of": (False, "lower"),
    "in excess of": (False, "lower"),
    "less than": (False, "upper"),
    "under": (False, "upper"),
    "fewer than": (False, "upper"),
    "up to": (False, "upper"),
    "at most": (False, "upper"),
    "just under": (True, "upper"),
    "no more than": (False, "upper"),
}
_QUALIFIER_RE = re.compile(
    r"^(" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+",
    re.IGNORECASE,
)
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
}
WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a": 1,
    "an": 1,
    "half": 0.5,
    "third": 1 / 3,
    "quarter": 0.25,
}
# "thousands of troops": a vague amount, read as its order of magnitude.
VAGUE = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "tens": 10,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "last": None,
}
FREQUENCIES = {"once": 1, "twice": 2, "thrice": 3}
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
RATES = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
    "pa": "year",
}
PERIODS = {"year", "month", "week", "day", "hour", "minute", "second", "quarter", "annum"}
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
MEASURES = {
    "number", "numbers", "amount", "amounts", "total", "level", "levels", "figure", "figures",
    "share", "proportion", "percentage", "rise", "rises", "fall", "falls", "increase",
    "increases", "decrease", "decline", "drop", "jump", "cut", "cuts", "sum", "value", "tally",
}  # fmt: skip
# Nouns of a figure about something: look through them to it ("its estimate of oil demand").
ESTIMATES = {"estimate", "estimates", "forecast", "forecasts", "projection", "projections"}
# Nouns of what a thing costs: look through them to what is paid for ("a bill for back taxes").
PRICES = {"bill", "bills", "cost", "costs", "price", "prices", "charge", "charges"}
# Verbs of buying and valuing: their object, even a name, is what the amount pays for.
TRANSACTIONS = {"buy", "sell", "acquire", "purchase", "value", "bid", "offer", "price"}
_RELATIVE = {"that", "which", "who", "whom"}
_NAMES = {"ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LOC"}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
_ORDINAL_WORDS = {k: v for k, v in ORDINALS.items() if v}
_QUALIFIER_WORDS = {w for phrase in QUALIFIERS for w in phrase.split()} | {"a", "an", "the"}
# Denominators of fractions written in words ("a third", "two-thirds", "one-twentieth").
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
DENOMINATORS |= {f"{w}s": v for w, v in ORDINALS.items() if v and v > 4}
DENOMINATORS |= {w: v for w, v in ORDINALS.items() if v and v > 4}
DENOMINATORS |= {"twentieth": 20, "twentieths": 20, "hundredth": 100, "hundredths": 100}

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")
_SCALE_AFTER = re.compile(
    r"^\s*-?\s*(thousand|million|billion|trillion|mln|mn|bn|tn|m|b|k)\b(?!/)", re.IGNORECASE
)
_HAS_SCALE = re.compile(
    r"\d\s*-?\s*(thousand|million|billion|trillion|mln|mn|bn|tn|m|b|k)\b(?!/)", re.IGNORECASE
)
_GLUED = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)(bn|mn|m|k|tn|b)\.?$", re.IGNORECASE)
_RANGE_SPLIT = re.compile(r"\s+(?:to|and)\s+|\s*[-–—]\s*(?=[$£€¥\d])")
_BARE_AMOUNT = re.compile(r"(?:between\s+)?[\d.,]+(?:\s+(?:and|to)\s+[\d.,]+)?", re.IGNORECASE)
_PHONE = re.compile(r"\d{3}[-. ]\d{3}[-. ]?\d{3,4}")
_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(s|[-–/]\d{2}(?!\d))?(?![\d,])")
_SYMBOL_AMOUNT = re.compile(r"(?:US|A|C|HK|NZ)?[$£€¥₹₽]\d[\d,.]*(?:bn|mn|m|k|tn|b)?$")
_PENCE = re.compile(r"\d+(?:\.\d+)?p$")
# At most 9 digits: float(int(...)) of a longer run of digits can overflow.
_ORDINAL_DIGITS = re.compile(r"(\d{1,9})(?:st|nd|rd|th)$", re.IGNORECASE)
_AMOUNT_LABELS = ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")
_SYMBOLS = {s for s, _ in CURRENCY_SYMBOLS} | {"US", "A", "C", "HK", "NZ"}
_LEADING = {"only", "just", "the", "another", "all", "still", "even", "almost"}
_WORD_LIMIT = 40  # chars looked at around a number to see if it sits inside a word ("G7")


def parse_number(text: str) -> float | None:
    """Value of a number written in digits and/or words: "2.5 billion", "two dozen", "1.5m"."""
    lowered = text.lower().replace("per cent", "").replace("percent", "")
    match = _NUMBER.search(lowered)
    if match:
        if len(match[0]) > 100:  # no claim; and past 308 digits float() gives inf, not JSON
            return None
        value = float(match[0].replace(",", ""))
        scale = _SCALE_AFTER.match(lowered[match.end() :])
        return value * SCALES[scale[1].lower()] if scale else value
    words = re.findall(r"[a-z]+", lowered.replace("-", " "))
    total, current, seen = 0.0, 0.0, False
    for word in words[:20]:
        if word in VAGUE:
            # "hundreds of thousands": the magnitudes multiply.
            current, seen = max(current, 1.0) * VAGUE[word], True
        elif word in SCALES and len(word) > 2:
            current = max(current, 1.0) * SCALES[word]
            total, current, seen = total + current, 0.0, True
        elif word == "hundred":
            current, seen = max(current, 1.0) * 100, True
        elif word == "dozen" and seen:
            current *= 12
        elif word in DENOMINATORS and seen:  # "a third", "two-thirds", "one-twentieth"
            current /= DENOMINATORS[word]
        elif word in WORDS:
            current, seen = current + WORDS[word], True
    return total + current if seen else None


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


def _noun_phrase(noun: Token) -> str:
    """The noun with its compounds and adjectives, without determiners or possessives."""
    left = noun.i
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and not child.like_num:
            left = min(left, max(child.left_edge.i, noun.i - 8))
    tokens = [
        t
        for t in noun.doc[left : noun.i + 1]
        if t.dep_ not in ("det", "poss", "case", "nummod", "quantmod", "punct")
        and not t.like_num
        and not any(c.isdigit() for c in t.text)
        and t.ent_type_ not in ("DATE", "MONEY", "PERCENT", "CARDINAL")
        and t.text not in _SYMBOLS
        and t.lower_ not in SCALES
    ]
    return " ".join(t.text for t in tokens).strip("\"'“” ") or noun.text


def _pobj_after(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first preposition in ``preps`` attached to ``token``."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _is_thing(token: Token, span: Span) -> bool:
    """A common noun outside the fact that can be what is counted (not a unit, period, year)."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and not (span.start <= token.i < span.end)
        and not token.like_num
        and (token.lower_ not in UNITS or token.ent_type_ in _NAMES)  # "TB" the disease
        and token.lower_ not in DURATIONS
        and token.lower_ not in CURRENCY_WORDS
        and token.lower_ not in SCALES
        and token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY")
        and "%" not in token.text
    )


def _through_measure(noun: Token, span: Span) -> Token:
    """ "numbers of bot computers", "a rise in profits", "a bill for back taxes": the thing,
    not the measure or the price."""
    lowered = noun.lower_
    preps = (
        ("of", "in")
        if lowered in MEASURES
        else ("of", "for")
        if lowered in PRICES
        else ("of",)
        if lowered in ESTIMATES
        else ()
    )
    if preps:
        inner = _pobj_after(noun, preps)
        if inner is not None and _is_thing(inner, span):
            return inner
    return noun


def _number_root(span: Span) -> Token:
    """The span's syntactic root, climbing appositions to the amount they convert ("(£600m)")."""
    root = span.root
    for _ in range(4):
        head = root.head
        if (
            root.dep_ == "appos"
            and head is not root
            and (
                head.like_num
                or _GLUED.match(head.text)
                or head.lower_ in CURRENCY_WORDS
                or head.lower_ in UNITS
                or head.lower_ in SCALES
            )
        ):
            root = head
        else:
            break
    return root


def _noun_after(span: Span) -> Token | None:
    """The noun an amount premodifies, read off the word order: "$1bn (£520m) rescue deal"."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i, min(i + 12, len(doc))) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    elif i < len(doc) and doc[i].text == ")" and span.start > 0 and doc[span.start - 1].text == "(":
        return None  # a conversion in brackets: the amount before it says what is counted
    if i >= len(doc) or doc[i].lower_ in UNITS:
        return None
    if doc[i].pos_ not in ("NOUN", "ADJ") and not (
        doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound"
    ):
        return None
    noun = doc[i]
    for _ in range(6):
        if noun.pos_ == "NOUN" and noun.dep_ not in ("compound", "amod", "nmod"):
            break
        if noun.head.i <= noun.i:
            return None
        noun = noun.head
    return noun if noun.pos_ == "NOUN" and _is_thing(noun, span) else None


def _counted(span: Span, kind: str) -> str | None:
    """What the number counts or pays for, from the dependency parse."""
    root = _number_root(span)
    head = root.head
    # "15,000 troops", "zero ambiguity", "$102.6bn debt restructuring offer", "19% rise in X".
    if (
        root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod", "predet")
        and head is not root
        and _is_thing(head, span)
        and head.i > root.i
    ):
        return _noun_phrase(_through_measure(head, span))
    # "between 2,000 and 4,000 supporters": a later number in the span modifies the noun.
    for token in span:
        if token.dep_ == "nummod" and token.head.i >= span.end and _is_thing(token.head, span):
            return _noun_phrase(_through_measure(token.head, span))
    # "300p per share", "£20 a head": the unit priced, when it is not a period (a rate).
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ in ("per", "a", "an", "each")
        and doc[span.end + 1].pos_ == "NOUN"
        and kind == "money"
        and _is_thing(doc[span.end + 1], span)
    ):
        return doc[span.end + 1].text
    # "her £7.5m ($14.6m) sex discrimination case": a noun right after (misparsed as a sibling).
    noun = _noun_after(span)
    if noun is not None:
        return _noun_phrase(_through_measure(noun, span))
    # "hundreds of armored vehicles", "$ 2.5 billion in military aid", "for lethal assistance".
    anchors = [root, *(t for t in span if t is not root)]
    if root.lower_ in UNITS or root.lower_ in CURRENCY_WORDS:
        anchors.insert(0, root)
    for token in anchors:
        target = _pobj_after(token, ("of", "in", "for", "on"))
        if (
            target is not None
            and target.i >= span.end
            and _is_thing(target, span)
            and target.ent_type_ not in ("GPE", "LOC")  # "25% in London": a place, not a thing
        ):
            return _noun_phrase(_through_measure(target, span))
    doc = span.doc
    after = span.end
    while after < len(doc) and after < span.end + 3 and doc[after].pos_ == "ADV":
        after += 1
    if after < len(doc) and doc[after].lower_ in ("of", "in", "for"):
        objects = [
            c
            for c in doc[after].children
            if c.dep_ == "pobj" and _is_thing(c, span) and c.ent_type_ not in ("GPE", "LOC")
        ]
        if objects:
            return _noun_phrase(_through_measure(objects[0], span))
    # "more than half the surplus, 6.962 trillion yen": an amount in apposition to a noun.
    if (
        root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.i < span.start
        and span.doc[span.start - 1].text in (",", "-", "–")
        and _is_thing(head, span)
    ):
        return _noun_phrase(_through_measure(head, span))
    # "fees of up to £3,000", "producer prices of 7.1%": the noun the amount is "of".
    if root.dep_ == "pobj" and head.lower_ in ("of", "at") and _is_thing(head.head, span):
        owner = head.head
        if owner.lower_ not in MEASURES:
            return _noun_phrase(owner)
    # "a 19% rise in profits to £450.7m": the end point of a change noun.
    change = head.head
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("to", "from")
        and change.pos_ == "NOUN"
        and change.lower_ in MEASURES
    ):
        thing = _through_measure(head.head, span)
        if thing is not head.head:
            return _noun_phrase(thing)
    # "the schools, of which 40 will close": the antecedent of a partitive relative clause.
    clause = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl" and _of_which(clause):
        thing = clause.head
        return _noun_phrase(_through_measure(thing, span)) if _is_thing(thing, span) else None
    # "profits jumped 76% to $1.13bn", "BMW sold 95,000 cars, up 2.6%": the clause's noun.
    verb = root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        if verb.dep_ not in (
            *("pobj", "prep", "quantmod", "npadvmod", "advmod", "dobj", "attr", "acomp"),
        ):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return _clause_counted(verb, root, span, kind)


def _clause_counted(verb: Token, root: Token, span: Span, kind: str) -> str | None:
    """What an amount that is an argument of ``verb`` counts: its subject or object, or for a
    participle or relative clause, the noun the clause hangs on."""
    prep = root.head.lower_ if root.dep_ == "pobj" else None
    # "prices ranging from £19 to £29", "a deficit projected to peak at $427bn": the noun a
    # participle of range or change describes (not "people living on $2 a day").
    participle = verb.head if verb.dep_ == "xcomp" and verb.head.dep_ == "acl" else verb
    if participle.dep_ == "acl":
        if prep in ("from", "to", "at", "between", "by") and _is_thing(participle.head, span):
            return _noun_phrase(_through_measure(participle.head, span))
        return None
    # "the number of sham marriages, of which there are up to 15,000": the antecedent.
    clause = verb
    while clause.dep_ == "xcomp" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ == "relcl" and _is_thing(clause.head, span) and _of_which(clause):
        return _noun_phrase(_through_measure(clause.head, span))
    # "the oldest member is 114": a bare count said of a subject is an age or score, unless
    # the subject is a measure ("the number of victims is 300").
    if kind == "count" and root.dep_ == "attr" and verb.lemma_ == "be":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in MEASURES:
            return None
    if kind == "money":
        found = _paid_for(verb, prep, span)
        if found is not None:
            return _noun_phrase(_through_measure(found, span))
    # "raised its estimate of oil demand by 80,000 barrels", "drive the cost of the policy up
    # by £130m": a change to a measured object is a change to what it measures.
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in MEASURES | PRICES | ESTIMATES and prep == "by":
            return _noun_phrase(_through_measure(child, span))
    # Common nouns first; a name only for a percent change ("TB has increased by 25%").
    for pos in ("NOUN", "PROPN") if kind == "percent" else ("NOUN",):
        for dep in ("nsubj", "nsubjpass", "dobj"):
            for child in verb.children:
                if child.dep_ != dep or child.left_edge.i <= root.i <= child.right_edge.i:
                    continue
                if dep != "dobj" and child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    child = verb.head  # noqa: PLW2901  "a club that is growing by 13%"
                if child.pos_ == pos and _is_thing(child, span):
                    return _noun_phrase(_through_measure(child, span))
    # "it rose 5% to 2,000 jobs": the noun of the end point.
    target = _pobj_after(verb, ("to",)) if kind == "percent" else None
    if target is not None and any(c.like_num for c in target.children) and _is_thing(target, span):
        return _noun_phrase(target)
    return None


def _of_which(clause: Token) -> bool:
    """ "..., of which there are 300", "..., of whom 12 died": a partitive relative clause."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(c.lower_ in ("which", "whom") for c in child.children)
        for child in clause.children
    )


def _paid_for(verb: Token, prep: str | None, span: Span) -> Token | None:
    """What a sum pays for: the object bought or valued ("buy Guidant for $25.4bn", "value
    United at £800m"), or what a clause subject does ("owning 10 gadgets sets you back £7,455",
    "it could cost £80m to run a referendum")."""
    if prep in ("for", "at") and verb.lemma_ in TRANSACTIONS:
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and _is_thing(child, span):
                return child
    subject = next((c for c in verb.children if c.dep_ in ("csubj", "nsubj")), None)
    clause = None
    if subject is not None and subject.dep_ == "csubj":
        clause = subject
    elif subject is not None and subject.lower_ == "it":
        clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if clause is not None:
        for child in clause.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and _is_thing(child, span):
                return child
    return None


def _period(doc: Doc, i: int) -> str | None:
    """ "a year" / "per day" / "each week" / "annually" starting at token ``i``."""
    if i >= len(doc):
        return None
    word = doc[i].lower_
    if word in RATES:
        return RATES[word]
    if word in ("a", "an", "per", "each", "every") and i + 1 < len(doc):
        unit = doc[i + 1].lower_
        unit = unit[:-1] if unit.endswith("s") else unit
        after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        if unit in PERIODS and after not in ("earlier", "ago", "later", "before", "after"):
            return "year" if unit == "annum" else unit
    return None


def _rate(doc: Doc, span: Span) -> str | None:
    """Per-period rate of the amount: "a year", "per day", "annually" after it or its clause."""
    end = span.end
    found = _period(doc, end)
    if found:
        return found
    # "793,000 barrels of oil per day": look past a short "of ..." complement.
    if end < len(doc) and doc[end].lower_ in ("of", "in", "for"):
        for i in range(end + 1, min(end + 6, len(doc))):
            if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
                break
            if doc[i].lower_ in ("a", "an", "per", "each", "every") and (found := _period(doc, i)):
                return found
    # "receives three million requests ... each year": a period modifier of the same verb.
    root = _number_root(span)
    verb = root.head if root.dep_ in ("dobj", "nsubj", "attr") else None
    if root.dep_ in ("nummod", "compound") and root.head.dep_ in ("dobj", "nsubj", "attr"):
        verb = root.head.head
    if verb is not None and verb.pos_ == "VERB":
        for child in verb.rights:
            if child.dep_ in ("npadvmod", "advmod") and child.i > span.end:
                start = child.left_edge.i
                if (found := _period(doc, start)) and child.lower_.rstrip("s") in (
                    *PERIODS,
                    *RATES,
                ):
                    return found
    return None


def _qualifier(doc: Doc, start: int, end: int) -> tuple[int, str | None]:
    """Start char of the fact (extended over a qualifier before it) and the qualifier."""
    inside = _QUALIFIER_RE.match(doc_text(doc)[start:end])
    if inside:
        return start, inside[1].lower()
    before = doc_text(doc)[max(0, start - 20) : start]
    for phrase in _QUALIFIERS_LONGEST_FIRST:
        match = re.search(rf"\b{re.escape(phrase)}\s+(?:an?\s+)?$", before, re.IGNORECASE)
        if match:
            return start - len(before) + match.start(), phrase
    return start, None


_QUALIFIERS_LONGEST_FIRST = sorted(QUALIFIERS, key=len, reverse=True)


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


def _fact(kind: str, doc: Doc, start: int, end: int, value: float, sentence: int, **extra):  # noqa: PLR0917
    """A fact with defaults for the fields a simple (non-amount) fact leaves empty."""
    fields = {
        "unit": None,
        "currency": None,
        "qualifier": None,
        "approximate": False,
        "bound": None,
        "range": None,
        "rate": None,
        "counted": None,
    }
    fields.update(extra)
    return NumericFact(
        kind=kind,
        text=doc_text(doc)[start:end],
        start=start,
        end=end,
        value=value,
        sentence_index=sentence,
        **fields,
    )


def _date_facts(doc: Doc, span: Span, sentence: int) -> list[NumericFact]:
    """Years, ordinals ("the first day") and durations ("three months") inside a date span."""
    facts = []
    months = {t.i for t in span if t.lower_.rstrip(".") in MONTHS}
    for match in _YEAR.finditer(span.text):
        start = span.start_char + match.start()
        facts.append(_fact("year", doc, start, start + len(match[0]), float(match[1]), sentence))
    taken = {t.i for f in facts for t in span if f.start <= t.idx < f.end}
    for token in span:
        if token.i in taken or _fraction(doc, token):
            continue
        lowered = token.lower_
        ordinal = _ORDINAL_WORDS.get(lowered)
        digits = _ORDINAL_DIGITS.match(lowered)
        day = any(abs(token.i - m) <= 2 for m in months)  # "25 November", "the 3rd of May"
        if (ordinal or digits) and not day:
            head = token.head
            facts.append(
                _fact(
                    "ordinal",
                    doc,
                    token.idx,
                    token.idx + len(token),
                    float(ordinal or int(digits[1])),
                    sentence,
                    counted=_noun_phrase(head) if head.pos_ in ("NOUN", "PROPN") else None,
                )
            )
        elif token.like_num or lowered in VAGUE:
            unit = _duration_unit(doc, token)
            if unit is None or day:
                continue
            value = parse_number(token.text)
            if value is None:
                continue
            start, qualifier = _qualifier(doc, token.idx, unit.idx)
            approximate, bound = QUALIFIERS.get(qualifier, (False, None))
            facts.append(
                _fact(
                    "quantity",
                    doc,
                    start,
                    unit.idx + len(unit),
                    value,
                    sentence,
                    unit=unit.text,
                    qualifier=qualifier,
                    approximate=approximate or lowered in VAGUE,
                    bound=bound,
                )
            )
    return facts


def _duration_unit(doc: Doc, token: Token) -> Token | None:
    """The period word a number measures: "three months", "three-day", "four years"."""
    i = token.i + 1
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    if i < len(doc) and doc[i].lower_ in DURATIONS:
        return doc[i]
    return None


def _widen(span: Span) -> Span:
    """Take in a currency symbol before, and a scale, "%", currency or unit word after."""
    doc, start, end = span.doc, span.start, span.end
    label = span.label_
    while end - start > 1 and doc[start].lower_ in _LEADING and not doc[start + 1].is_punct:
        if doc[start].lower_ == "just" and doc[start + 1].lower_ in ("over", "under"):
            break
        start += 1
    if start > 0 and doc[start - 1].text in _SYMBOLS:
        start -= 1
        label = "MONEY"
    if (
        end < len(doc)
        and doc[end].lower_.rstrip(".") in SCALES
        and (not doc[end - 1].whitespace_ or len(doc[end].text) > 2)
    ):
        end += 1
    if end < len(doc) and doc[end].text == "%":
        end, label = end + 1, "PERCENT"
    if end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        end, label = end + 2, "PERCENT"
    if re.search(r"%|\bper ?cent\b", doc[start:end].text, re.IGNORECASE):
        label = "PERCENT"
    elif end < len(doc) and doc[end].lower_ in CURRENCY_WORDS and doc[end].lower_ != "p":
        if doc[end].lower_ not in ("pound", "pounds") or label == "MONEY" or _money_context(span):
            end, label = end + 1, "MONEY"
    elif end < len(doc) and doc[end].lower_ in UNITS and label != "MONEY":
        end, label = end + 1, "QUANTITY"
    elif any(t.lower_ in UNITS for t in doc[start:end]) and label == "CARDINAL":
        label = "QUANTITY"
    elif (
        label == "QUANTITY" and doc[end - 1].lower_ in ("pound", "pounds") and _money_context(span)
    ):
        label = "MONEY"  # "he paid 8 pounds"
    return Span(doc, start, end, label=label)


def _money_context(span: Span) -> bool:
    """ "pounds" is money, not weight, near money words."""
    sentence = span.sent
    window = span.doc[max(sentence.start, span.start - 6) : min(sentence.end, span.end + 6)]
    return any(t.lower_ in ("pay", "paid", "cost", "costs", "worth", "spent", "£") for t in window)


def _amount_facts(doc: Doc, span: Span, sentence: int) -> list[NumericFact]:
    """One fact, or two linked facts for a range or change written in one span."""
    span = _widen(span)
    label = span.label_
    start, qualifier = _qualifier(doc, span.start_char, span.end_char)
    text = doc_text(doc)
    body_start = span.start_char
    body = text[body_start : span.end_char]
    if body.lower().startswith("between "):
        qualifier = None
        body_start += 8
        start = body_start
    elif qualifier and body.lower().startswith(qualifier):
        body_start += len(qualifier)
        while body_start < span.end_char and text[body_start].isspace():
            body_start += 1
    parts = _split_range(text, body_start, span.end_char)
    following = text[span.end_char : span.end_char + 30]
    currency = _currency(text[body_start : span.end_char], following) if label == "MONEY" else None
    kind = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}.get(label, "count")
    unit = _unit(label, span)
    if (kind == "money" and currency is None) or (kind == "quantity" and unit is None):
        kind = "count"
    approximate, bound = QUALIFIERS.get(qualifier, (False, None)) if qualifier else (False, None)
    counted = _counted(span, kind)
    rate = _rate(doc, span)
    facts = []
    last_text = doc_text(doc)[parts[-1][0] : parts[-1][1]]
    for i, (p_start, part_end) in enumerate(parts):
        p_end = (
            part_end - 1 if doc_text(doc)[part_end - 1] == "." else part_end
        )  # "$3m." ends a sentence
        text = doc_text(doc)[p_start:p_end]
        value = parse_number(text)
        if value is None:
            return []
        if len(parts) > 1 and i == 0 and not _HAS_SCALE.search(text):
            scale = re.search(r"(thousand|million|billion|trillion|bn|mn|m|k)\b", last_text)
            if scale and not re.search(r"(thousand|million|billion|trillion)", text.lower()):
                value *= SCALES[scale[1].lower()]
        if (currency and any(w in text.lower().split() for w in SUBUNITS)) or _PENCE.match(text):
            value *= 0.01
        vague = any(w in re.findall(r"[a-z]+", text.lower()) for w in VAGUE)
        fact_start = start if i == 0 else p_start
        facts.append(
            _fact(
                kind,
                doc,
                fact_start,
                p_end,
                value,
                sentence,
                unit=unit,
                currency=currency,
                qualifier=qualifier,
                approximate=approximate or vague,
                bound=bound,
                rate=rate,
                counted=counted,
            )
        )
    if len(facts) == 2:
        before = doc_text(doc)[max(0, start - 9) : start].lower().split()
        change = bool(before) and before[-1] == "from"
        roles = ("from", "to") if change else ("min", "max")
        link = "change" if change else "interval"
        facts = [replace(f, range=RangeLink(link, roles[i], 1 - i)) for i, f in enumerate(facts)]
    return facts


def _split_range(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Char spans of the ends of "X to Y" / "X-Y" / "X and Y", or the whole span."""
    chunk = text[start:end]
    match = _RANGE_SPLIT.search(chunk)
    if match:
        left, right = chunk[: match.start()], chunk[match.end() :]
        if parse_number(left) is not None and parse_number(right) is not None:
            return [(start, start + match.start()), (start + match.end(), end)]
    return [(start, end)]


def _word_around(doc: Doc, start: int, end: int) -> str:
    """The whitespace-delimited word holding chars ``start:end`` (bounded, so linear)."""
    text = doc_text(doc)
    low, high = max(0, start - _WORD_LIMIT), min(len(text), end + _WORD_LIMIT)
    while start > low and not text[start - 1].isspace():
        start -= 1
    while end < high and not text[end].isspace():
        end += 1
    return text[start:end].strip(",.;:!?()[]\"“”'‘’")


def _skip(doc: Doc, span: Span) -> bool:
    """Spans that are numbers but not facts: phone numbers, ids ("G7", "F-16"), times, "one"."""
    word = _word_around(doc, span.start_char, span.end_char)
    if _PHONE.search(word) or re.search(r"\d:\d|\d\s*(?:am|pm)$|#\d", word, re.IGNORECASE):
        return True
    if re.search(r"[A-Za-z]-?\d", word) and not re.match(r"^(?:US|A|C|HK|NZ)?[$£€¥]|^\d", word):
        return True
    if re.search(r"\d[A-Za-z]+\d|\d-[A-Za-z]", word) or word.count("-") > 2:
        return True
    if span.label_ in _AMOUNT_LABELS and _in_name(doc, span):
        return True
    if len(span) == 1:
        token = span[0]
        if token.lower_ == "one":  # "one possibility", "no one": a determiner, not a claim
            return True
        if not token.like_num and token.lower_ not in VAGUE and token.lower_ not in WORDS:
            return not (
                _GLUED.match(token.text)
                or _PENCE.match(token.text)
                or _SYMBOL_AMOUNT.match(token.text)
            )
    return False


def _in_name(doc: Doc, span: Span) -> bool:
    """Numbers inside names: "50 Cent", "Hot 97", "League Two", "Million Dollar Baby"."""
    for token in span:
        if (
            token.is_alpha
            and token.is_title
            and not token.is_sent_start
            and token.lower_ not in SCALES
            and token.lower_ not in CURRENCY_WORDS
            and token.lower_ not in WORDS
            and token.lower_ not in VAGUE
            and token.lower_ not in _QUALIFIER_WORDS
        ):
            return True
    if span.label_ != "CARDINAL" or len(span) > 1 or span.start == 0:
        return False
    before = doc[span.start - 1]
    after = doc[span.end] if span.end < len(doc) else None
    # A bare number right after a name ("Hot 97", "League Two"), or before one ("50 Cent").
    return (
        before.pos_ == "PROPN" and (before.is_title or before.is_upper) and before.is_alpha
    ) or (
        after is not None
        and after.is_title
        and after.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT")
    )


def _number_tokens(doc: Doc, taken: list[bool]) -> list[Span]:
    """Numbers the entity recogniser missed ("4.3bn rupees", "£19 to £29"), as 1-token spans."""
    found = []
    for token in doc:
        if taken[token.idx] if token.idx < len(taken) else True:
            continue
        text = token.text
        if _PENCE.match(text) or _SYMBOL_AMOUNT.match(text):
            found.append(Span(doc, token.i, token.i + 1, label="MONEY"))
            continue
        if not (_GLUED.match(text) or re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", text)):
            continue
        if len(text) > 30 or _YEAR.fullmatch(text) or token.ent_type_ in ("DATE", "TIME"):
            continue
        previous = doc[token.i - 1] if token.i > 0 else None
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        money = previous is not None and previous.text in _SYMBOLS
        scaled = bool(_GLUED.match(text)) or (
            following is not None and following.lower_ in SCALES and len(following) > 2
        )
        worded = following is not None and (
            following.lower_ in CURRENCY_WORDS or following.lower_ in UNITS
        )
        if money or scaled or worded:
            label = "MONEY" if money else "CARDINAL"
            found.append(Span(doc, token.i, token.i + 1, label=label))
    return found


def _fraction(doc: Doc, token: Token) -> bool:
    """ "a third more", "a quarter of": a fraction, not an ordinal."""
    return (
        token.lower_ in ("third", "quarter", "half")
        and token.i > 0
        and doc[token.i - 1].lower_ in ("a", "one")
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ in ("of", "more", "less", "fewer")
    )


def _harmonise(first: NumericFact, second: NumericFact) -> tuple[NumericFact, NumericFact]:
    """ "$250-300 million": the bare first end takes the second's scale, and the currency of
    whichever end names one."""
    if first.kind == "money" and second.kind == "count":
        second = replace(second, kind="money", currency=first.currency)
    elif second.kind == "money" and first.kind == "count":
        first = replace(first, kind="money", currency=second.currency)
    if first.end == second.start - 1 or first.end == second.start:
        scale = _HAS_SCALE.search(second.text)
        if scale and not _HAS_SCALE.search(first.text) and first.value < second.value:
            first = replace(first, value=first.value * SCALES[scale[1].lower()])
    return first, second


def _link_ranges(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """Link neighbouring amounts written "from X to Y" / "between X and Y" (separate spans)."""
    facts = list(facts)
    for i in range(len(facts) - 1):
        first, second = facts[i], facts[i + 1]
        if first.range or second.range or first.sentence_index != second.sentence_index:
            continue
        first, second = _harmonise(first, second)
        if first.kind != second.kind or first.kind not in ("money", "count", "percent", "quantity"):
            continue
        gap = doc_text(doc)[first.end : second.start].strip().lower()
        before = doc_text(doc)[max(0, first.start - 9) : first.start].lower().split()
        opener = before[-1] if before else ""
        if gap == "to" and opener == "from":
            link, roles = "change", ("from", "to")
        elif (gap == "and" and opener == "between") or (gap in ("to", "-", "–") and opener):
            link, roles = "interval", ("min", "max")
        else:
            continue
        if gap == "to" and opener not in ("from", "between") and not _NUMBER.search(first.text):
            continue
        shared = {"counted": first.counted or second.counted, "rate": first.rate or second.rate}
        facts[i] = replace(first, range=RangeLink(link, roles[0], i + 1), **shared)
        facts[i + 1] = replace(second, range=RangeLink(link, roles[1], i), **shared)
    return facts


def extract_numeric_facts(doc: Doc) -> list[NumericFact]:
    """Every numeric fact in ``doc``, in text order; ranges link their two ends."""
    starts = [s.start_char for s in doc.sents]
    facts: list[NumericFact] = []
    taken = [False] * (len(doc_text(doc)) + 1)

    def add(new: list[NumericFact]) -> None:
        offset = len(facts)
        for fact in new:
            if fact.range:
                fact = replace(fact, range=replace(fact.range, partner=fact.range.partner + offset))  # noqa: PLW2901
            facts.append(fact)
            for i in range(fact.start, fact.end):
                taken[i] = True

    def sentence_of(char: int) -> int:
        return max(0, bisect_right(starts, char) - 1)

    for found in doc.ents:
        if found.label_ not in (*_AMOUNT_LABELS, "DATE", "ORDINAL", "TIME"):
            continue
        if _skip(doc, found):
            continue
        ent = found
        sentence = sentence_of(ent.start_char)
        if ent.label_ == "DATE" and _BARE_AMOUNT.fullmatch(ent.text):
            ent = Span(doc, ent.start, ent.end, label="CARDINAL")  # "between 10 and 20"
        if ent.label_ in ("DATE", "TIME") or (
            ent.label_ == "CARDINAL" and _YEAR.fullmatch(ent.text)
        ):
            add(_date_facts(doc, ent, sentence))
        elif ent.label_ == "ORDINAL":
            lowered = ent.text.lower()
            value = _ORDINAL_WORDS.get(lowered.split("-")[0])
            digits = _ORDINAL_DIGITS.match(lowered)
            if len(ent) == 1 and _fraction(doc, ent[0]):
                continue  # "a third more": picked up below as a fraction
            if value or digits:
                head = ent.root.head
                if head.pos_ == "ADJ" and head.head.pos_ in ("NOUN", "PROPN"):
                    head = head.head  # "the second-largest brewer"
                counted = (
                    _noun_phrase(head)
                    if head.pos_ in ("NOUN", "PROPN") and head is not ent.root
                    else None
                )
                add(
                    [
                        _fact(
                            "ordinal",
                            doc,
                            ent.start_char,
                            ent.end_char,
                            float(value or int(digits[1])),
                            sentence,
                            counted=counted,
                        )
                    ]
                )
        else:
            add(_amount_facts(doc, ent, sentence))
    for span in _number_tokens(doc, taken):
        if not _skip(doc, span):
            add(_amount_facts(doc, span, sentence_of(span.start_char)))
    for token in doc:
        lowered = token.lower_
        if taken[token.idx] or (token.ent_type_ and lowered not in ("third", "quarter", "half")):
            continue
        if lowered in FREQUENCIES:
            add(
                [
                    _fact(
                        "frequency",
                        doc,
                        token.idx,
                        token.idx + len(token),
                        float(FREQUENCIES[lowered]),
                        sentence_of(token.idx),
                    )
                ]
            )
        elif _fraction(doc, token):
            start, qualifier = _qualifier(doc, doc[token.i - 1].idx, token.idx + len(token))
            approximate, bound = QUALIFIERS.get(qualifier, (False, None))
            span = doc[token.i - 1 : token.i + 1]
            add(
                [
                    _fact(
                        "count",
                        doc,
                        start,
                        token.idx + len(token),
                        WORDS[lowered],
                        sentence_of(token.idx),
                        qualifier=qualifier,
                        approximate=approximate,
                        bound=bound,
                        counted=_counted(span, "count"),
                    )
                ]
            )
    order = sorted(range(len(facts)), key=lambda i: facts[i].start)
    position = {old: new for new, old in enumerate(order)}
    ordered = [
        replace(facts[i], range=replace(facts[i].range, partner=position[facts[i].range.partner]))
        if facts[i].range
        else facts[i]
        for i in order
    ]
    linked = _conversions(doc, _link_ranges(doc, ordered))
    return _inherit_currency(_elided(doc, _from_after_to(doc, linked)))


def _from_after_to(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "earnings slid to $1.1bn (£581m), from $1.4bn": the "from" end of a change written
    after its "to" end counts what the "to" end counts, wherever the parser hung it."""
    text = doc_text(doc)
    result = list(facts)
    for i, fact in enumerate(result):
        if fact.range or text[max(0, fact.start - 6) : fact.start].lower().split()[-1:] != ["from"]:
            continue
        for earlier in reversed(result[max(0, i - 3) : i]):
            before = text[max(0, earlier.start - 4) : earlier.start].lower().split()
            if (
                earlier.sentence_index == fact.sentence_index
                and earlier.kind == fact.kind
                and before[-1:] == ["to"]
                and earlier.counted
                and not earlier.range
            ):
                result[i] = replace(fact, counted=earlier.counted)
                break
    return result


def _elided(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "Amicus has 1.2 million members and the TGWU has 800,000": a bare number whose noun is
    left out counts what the number before it in the sentence counts. Not ages or scores
    ("the oldest member is 114", "died at 50", "Scrushy, 52"), which are never elided."""
    result = list(facts)
    for i, fact in enumerate(result):
        if fact.counted or fact.kind not in ("count", "percent") or i == 0:
            continue
        span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "conj", "npadvmod", "nummod"):
            continue
        compared = root.head.lower_ == "with" and root.head.head.lemma_ == "compare"
        if (root.dep_ == "pobj" and root.head.lower_ not in ("to", "than") and not compared) or (
            root.dep_ == "nummod" and not root.head.like_num
        ):
            continue
        earlier = result[i - 1]
        proportion = earlier.kind == "percent" or (earlier.kind == "count" and earlier.value < 1)
        if (
            earlier.sentence_index == fact.sentence_index
            and earlier.counted
            and (earlier.kind == fact.kind == "count" or (fact.kind == "percent" and proportion))
        ):
            result[i] = replace(fact, counted=earlier.counted)
    return result


def _conversions(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "$1.13bn (£600m; €700m)": a conversion in brackets counts what the amount counts."""
    text = doc_text(doc)
    result = list(facts)
    for i in range(1, len(result)):
        previous, fact = result[i - 1], result[i]
        gap = text[previous.end : fact.start]
        if (
            previous.kind == fact.kind == "money"
            and fact.sentence_index == previous.sentence_index
            and re.fullmatch(r"\s*[(;,]\s*", gap)
            and previous.counted
        ):
            result[i] = replace(fact, counted=previous.counted)
    return result


def _inherit_currency(facts: list[NumericFact]) -> list[NumericFact]:
    """A bare scaled amount after money in the same sentence is in that money's currency.

    "4.3bn rupees ($98m; £52m), against 2.7bn a year earlier": the first currency named
    before the bare amount, not the conversions in brackets.
    """
    currency, counted, sentence = None, None, -1
    result = []
    for fact in facts:
        if fact.sentence_index != sentence:
            currency, counted, sentence = None, None, fact.sentence_index
        if fact.kind == "money" and currency is None:
            currency, counted = fact.currency, fact.counted
        elif (
            fact.kind == "count"
            and currency
            and fact.counted in (None, counted)
            and _HAS_SCALE.search(fact.text)
            and not fact.approximate
            and not fact.range
        ):
            fact = replace(fact, kind="money", currency=currency)  # noqa: PLW2901
        result.append(fact)
    return result
