"""Numbers as facts: value, unit or currency, qualifier, range, rate and what is counted.

Built on spaCy's numeric entity spans (MONEY, CARDINAL, QUANTITY, PERCENT, DATE, ORDINAL) and
the dependency parse: the span gives the number, the parse gives what it counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, slots=True)
class RangeLink:
    kind: str  # "change" (from/to) | "interval" (min/max)
    role: str  # "from" | "to" | "min" | "max"
    partner: int  # index, in the same returned list, of the other end


@dataclass(frozen=True, slots=True)
class NumericFact:
    kind: str  # money | count | percent | quantity | year | ordinal | frequency
    text: str
    start: int
    end: int
    value: float
    unit: str | None  # physical unit for quantity ("km", "tonnes"), "%" for percent
    currency: str | None  # ISO 4217, money only
    qualifier: str | None  # "about", "more than", "less than", "at least", "up to", ...
    approximate: bool
    bound: str | None  # "lower" | "upper" | None
    range: RangeLink | None
    rate: str | None  # per: "year", "day", ...
    counted: str | None  # "troops", "military aid"
    sentence_index: int


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
    "annual": "year",
}
PERIODS = {"year", "month", "week", "day", "hour", "minute", "second", "quarter", "annum"}

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")
_SCALE_AFTER = re.compile(
    r"^\s*-?\s*(thousand|million|billion|trillion|mln|mn|bn|tn|m|b|k)\b", re.IGNORECASE
)
_RANGE_SPLIT = re.compile(r"\s+(?:to|and)\s+|\s*[-–—]\s*(?=[$£€¥\d])")
_BARE_AMOUNT = re.compile(r"(?:between\s+)?[\d.,]+(?:\s+(?:and|to)\s+[\d.,]+)?", re.IGNORECASE)
_PHONE = re.compile(r"\d{3}[-. ]\d{3}[-. ]?\d{3,4}")
_NUMERIC_LABELS = ("MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE", "ORDINAL")


def parse_number(text: str) -> float | None:
    """Value of a number written in digits and/or words: "2.5 billion", "two dozen", "1.5m"."""
    lowered = text.lower().replace("per cent", "").replace("percent", "")
    match = _NUMBER.search(lowered)
    if match:
        value = float(match[0].replace(",", ""))
        scale = _SCALE_AFTER.match(lowered[match.end() :])
        return value * SCALES[scale[1].lower()] if scale else value
    words = re.findall(r"[a-z]+", lowered.replace("-", " "))
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in VAGUE:
            return float(VAGUE[word])
        if word in SCALES and len(word) > 2:
            current = max(current, 1.0) * SCALES[word]
            total, current, seen = total + current, 0.0, True
        elif word == "hundred":
            current, seen = max(current, 1.0) * 100, True
        elif word in ("dozen", "third", "quarter", "half") and seen:
            current *= WORDS[word]
        elif word in WORDS:
            current, seen = current + WORDS[word], True
    return total + current if seen else None


def _currency(text: str, following: str) -> str | None:
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
            left = min(left, child.left_edge.i if child.dep_ != "amod" else child.i)
    tokens = [
        t
        for t in noun.doc[left : noun.i + 1]
        if t.dep_ not in ("det", "poss", "case", "nummod", "quantmod") and not t.like_num
    ]
    return " ".join(t.text for t in tokens) or noun.text


def _pobj_after(token: Token, preps: tuple[str, ...]) -> Token | None:
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _counted(span: Span, kind: str) -> str | None:
    """What the number counts or pays for, from the dependency parse."""
    root = span.root
    doc = span.doc
    # "15,000 troops", "zero ambiguity": the number modifies a noun outside the span.
    if (
        root.dep_ in ("nummod", "quantmod", "amod", "compound")
        and root.head.pos_ in ("NOUN", "PROPN")
        and not (span.start <= root.head.i < span.end)
        and kind != "money"
    ):
        return _noun_phrase(root.head)
    # "hundreds of armored vehicles", "$ 2.5 billion in military aid", "for lethal assistance".
    for token in (root, *(t for t in span if t is not root)):
        target = _pobj_after(token, ("of", "in", "for", "on"))
        if target is not None and target.like_num is False:
            return _noun_phrase(target)
    after = span.end
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    if after < len(doc) and doc[after].lower_ in ("of", "in", "for", "on"):
        objects = [c for c in doc[after].children if c.dep_ == "pobj"]
        if objects:
            return _noun_phrase(objects[0])
    # "increases its assistance from $ 250 million to ...", "profits jumped 76%".
    head = root.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("pobj", "prep", "quantmod"):
        if head.head is head:
            break
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        for dep in ("dobj", "nsubj", "nsubjpass"):
            for child in head.children:
                if (
                    child.dep_ == dep
                    and child.pos_ in ("NOUN", "PROPN")
                    and not (span.start <= child.i < span.end)
                    and not child.like_num
                ):
                    return _noun_phrase(child)
    return None


def _rate(doc: Doc, end: int) -> str | None:
    """ "a year", "per day", "annually" right after the amount."""
    following = [t.lower_ for t in doc[end : end + 2]]
    if following and following[0] in RATES:
        return RATES[following[0]]
    if len(following) == 2 and following[0] in ("a", "an", "per", "each", "every"):
        unit = following[1].rstrip("s")
        if unit in PERIODS:
            return "year" if unit == "annum" else unit
    return None


def _qualifier(doc: Doc, span: Span) -> tuple[int, str | None]:
    """Start char of the fact (extended over a qualifier before it) and the qualifier."""
    inside = _QUALIFIER_RE.match(span.text)
    if inside:
        return span.start_char, inside[1].lower()
    before = doc.text[max(0, span.start_char - 20) : span.start_char]
    for phrase in sorted(QUALIFIERS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\s+$", before, re.IGNORECASE):
            return span.start_char - len(before) + before.lower().rindex(phrase), phrase
    return span.start_char, None


def _kind(label: str, text: str) -> str:
    return {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}.get(label, "count")


def _unit(label: str, span: Span) -> str | None:
    if label == "PERCENT":
        return "%"
    if label == "QUANTITY":
        words = [
            t.text
            for t in span
            if not t.like_num
            and t.lower_ not in SCALES
            and t.lower_ not in QUALIFIERS
            and t.is_alpha
        ]
        return words[-1] if words else None
    return None


def _year_facts(span: Span, sentence: int) -> list[NumericFact]:
    facts = []
    for match in re.finditer(r"\b(1[89]\d\d|20\d\d)(?:[-–/]\d{2})?\b", span.text):
        start = span.start_char + match.start()
        facts.append(
            NumericFact(
                "year",
                match[0],
                start,
                start + len(match[0]),
                float(match[1]),
                None,
                None,
                None,
                False,
                None,
                None,
                None,
                None,
                sentence,
            )
        )
    return facts


def _widen(span: Span) -> Span:
    """Take in a currency symbol just before and a scale suffix glued after ("$1.5" "m")."""
    doc, start, end = span.doc, span.start, span.end
    if start > 0 and doc[start - 1].text in {s for s, _ in CURRENCY_SYMBOLS}:
        start -= 1
    if end < len(doc) and doc[end].lower_ in SCALES and not doc[end - 1].whitespace_:
        end += 1
    if end < len(doc) and doc[end].text == "%" and not doc[end - 1].whitespace_:
        end += 1
    return Span(doc, start, end, label=span.label_)


def _amount_facts(doc: Doc, span: Span, sentence: int) -> list[NumericFact]:
    """One fact, or two linked facts for a range or change written in one span."""
    span = _widen(span)
    label = span.label_
    start, qualifier = _qualifier(doc, span)
    text_start = span.start_char
    body = doc.text[text_start : span.end_char]
    body_start = text_start
    if body.lower().startswith("between "):
        qualifier, body = None, body[8:]
        body_start += 8
    elif qualifier and body.lower().startswith(qualifier):
        body_start += len(qualifier)
        while body_start < span.end_char and doc.text[body_start].isspace():
            body_start += 1
    parts = _split_range(doc.text, body_start, span.end_char)
    following = doc.text[span.end_char : span.end_char + 30]
    currency = (
        _currency(doc.text[body_start : span.end_char], following) if label == "MONEY" else None
    )
    kind = _kind(label, body)
    approximate, bound = QUALIFIERS.get(qualifier, (False, None)) if qualifier else (False, None)
    counted = _counted(span, kind)
    rate = _rate(doc, span.end)
    facts = []
    last_text = doc.text[parts[-1][0] : parts[-1][1]]
    for i, (p_start, p_end) in enumerate(parts):
        text = doc.text[p_start:p_end]
        value = parse_number(text)
        if value is None:
            return []
        if len(parts) > 1 and i == 0 and not _SCALE_AFTER.search(text[-12:]):
            scale = re.search(r"(thousand|million|billion|trillion|bn|mn|m|k)\b", last_text)
            if scale and not re.search(r"[a-z]", text.lower()):
                value *= SCALES[scale[1].lower()]
        if currency and any(w in text.lower().split() for w in SUBUNITS):
            value *= 0.01
        vague = any(w in text.lower().split() for w in VAGUE)
        fact_start = start if i == 0 else p_start
        facts.append(
            NumericFact(
                kind=kind,
                text=doc.text[fact_start:p_end],
                start=fact_start,
                end=p_end,
                value=value,
                unit=_unit(label, span),
                currency=currency,
                qualifier=qualifier,
                approximate=approximate or vague,
                bound=bound,
                range=None,
                rate=rate,
                counted=counted,
                sentence_index=sentence,
            )
        )
    if len(facts) == 2:
        before = doc.text[max(0, start - 9) : start].lower().split()
        kind_of_range = "change" if before and before[-1] == "from" else "interval"
        start = span.start_char if body_start > span.start_char and not qualifier else start
        roles = ("from", "to") if kind_of_range == "change" else ("min", "max")
        facts = [
            replace(f, range=RangeLink(kind_of_range, roles[i], 1 - i)) for i, f in enumerate(facts)
        ]
    return facts


def _split_range(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Char spans of the ends of "X to Y" / "X-Y" / "X and Y", or the whole span."""
    chunk = text[start:end]
    match = _RANGE_SPLIT.search(chunk)
    if match and _NUMBER.search(chunk[: match.start()]) and _NUMBER.search(chunk[match.end() :]):
        return [(start, start + match.start()), (start + match.end(), end)]
    return [(start, end)]


def _word_around(span: Span) -> str:
    text = span.doc.text
    start, end = span.start_char, span.end_char
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip(",.;:!?()[]\"“”'‘’")


def _skip(span: Span) -> bool:
    """Spans that are numbers but not facts: phone numbers, ids ("G7", "F-16"), "one"."""
    word = _word_around(span)
    if _PHONE.search(word) or (
        re.search(r"[A-Za-z]-?\d", word) and not re.match(r"^(?:US|A|C|HK|NZ)?[$£€¥]", word)
    ):
        return True
    if span.label_ == "CARDINAL" and len(span) == 1:
        token = span[0]
        if token.lower_ == "one":  # "one possibility", "no one": a determiner, not a claim
            return True
        if not token.like_num and token.lower_ not in VAGUE and token.lower_ not in WORDS:
            return True
    return False


def extract_numeric_facts(doc: Doc) -> list[NumericFact]:
    """Every numeric fact in ``doc``, in text order; ranges link their two ends."""
    starts = [s.start_char for s in doc.sents]
    facts: list[NumericFact] = []
    for found in doc.ents:
        if found.label_ not in _NUMERIC_LABELS or _skip(found):
            continue
        ent = found
        sentence = bisect_right(starts, ent.start_char) - 1
        if ent.label_ == "DATE" and _BARE_AMOUNT.fullmatch(ent.text):
            ent = Span(doc, ent.start, ent.end, label="CARDINAL")  # "between 10 and 20"
        if ent.label_ == "DATE" or (
            ent.label_ == "CARDINAL"
            and re.fullmatch(r"(1[89]\d\d|20\d\d)(?:[-–/]\d{2})?", ent.text)
        ):
            facts.extend(_year_facts(ent, sentence))
        elif ent.label_ == "ORDINAL":
            value = ORDINALS.get(ent.text.lower())
            digits = re.match(r"(\d+)(?:st|nd|rd|th)$", ent.text.lower())
            if value or digits:
                facts.append(
                    NumericFact(
                        "ordinal",
                        ent.text,
                        ent.start_char,
                        ent.end_char,
                        float(value or int(digits[1])),
                        None,
                        None,
                        None,
                        False,
                        None,
                        None,
                        None,
                        _counted(ent, "ordinal"),
                        sentence,
                    )
                )
        else:
            new = _amount_facts(doc, ent, sentence)
            offset = len(facts)
            facts.extend(
                replace(f, range=replace(f.range, partner=f.range.partner + offset))
                if f.range
                else f
                for f in new
            )
    for token in doc:
        if token.lower_ in FREQUENCIES and not token.ent_type_:
            sentence = bisect_right(starts, token.idx) - 1
            facts.append(
                NumericFact(
                    "frequency",
                    token.text,
                    token.idx,
                    token.idx + len(token),
                    float(FREQUENCIES[token.lower_]),
                    None,
                    None,
                    None,
                    False,
                    None,
                    None,
                    None,
                    None,
                    sentence,
                )
            )
    order = sorted(range(len(facts)), key=lambda i: facts[i].start)
    position = {old: new for new, old in enumerate(order)}
    return [
        replace(facts[i], range=replace(facts[i].range, partner=position[facts[i].range.partner]))
        if facts[i].range
        else facts[i]
        for i in order
    ]
