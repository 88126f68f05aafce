"""Numbers written in digits or words, with their scale: "2.5bn", "two dozen", "a third"."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from text_to_num import text2num

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,  # Reuters: "1.2 bln French francs"
    "bil": 1e9,  # Malaysian news: "RM1.2bil", "RM980mil"
    "mil": 1e6,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    # South Asian scales ("35 lakh rupees", "2 crore"), common in Indian and Pakistani news.
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}


# Words that are numbers outside text2num's cardinals ("a million", "two dozen", "a third").
WORDS = {"a": 1, "an": 1, "half": 0.5, "third": 1 / 3, "quarter": 0.25, "dozen": 12}
# "thousands of troops": a vague amount, read as its order of magnitude.


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


_ORDINAL_WORDS = {k: v for k, v in ORDINALS.items() if v}


FREQUENCIES = {"once": 1, "twice": 2, "thrice": 3}


# Denominators of fractions written in words ("a third", "two-thirds", "one-twentieth").
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}


DENOMINATORS |= {f"{w}s": v for w, v in ORDINALS.items() if v and v > 4}


DENOMINATORS |= {w: v for w, v in ORDINALS.items() if v and v > 4}


DENOMINATORS |= {"twentieth": 20, "twentieths": 20, "hundredth": 100, "hundredths": 100}


_FRACTION = re.compile(
    r"(?<![\d/.,])(?:(?P<whole>\d+)(?:\s+|-|(?=[½⅓⅔¼¾⅕⅛⅜⅝⅞])))?(?:(?P<num>\d+)/(?P<den>\d+)|(?P<vulgar>[½⅓⅔¼¾⅕⅛⅜⅝⅞]))(?![\d/])"
)
_DENOMINATOR_DIGITS = {2, 3, 4, 5, 8, 10, 16, 32, 64}


_PERCENT_TOKEN = re.compile(r"[-+−]?\d+(?:,\d{3})*(?:\.\d+)?pc")  # "1.38pc"
_PLAIN = re.compile(
    r"(?:[-+−]|(?i:minus|sub)-)?(?:\d{1,2}(?:,\d\d)+,\d{3}|\d+(?:,\d{3})*)(?:\.\d+)?"
)


# "12,34,567.89": the South Asian grouping (lakhs, then thousands), before the usual one.
_NUMBER = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")


_SCALE_AFTER = re.compile(
    # "£22 billions": the plural after digits is that many of the scale, not vague
    r"^\s*-?\s*(thousand|million|billion|trillion|lakhs?|crores?|mln|bln|bil|mil|mn|bn|tn|m|b|k)"
    r"(?:(?<=d)s|(?<=[^mbt]n)s)?\b(?![/.]\w)",
    re.IGNORECASE,
)


_HAS_SCALE = re.compile(
    r"\d\s*-?\s*(thousand|million|billion|trillion|lakhs?|crores?|mln|bln|bil|mil|mn|bn|tn|m|b|k)\b(?![/.]\w)",
    re.IGNORECASE,
)


_GLUED = re.compile(
    r"(\d+(?:,\d{3})*(?:\.\d+)?)(million|billion|trillion|bil|mil|bn|mn|m|k|tn|b)\.?$",
    re.IGNORECASE,
)


# "sixfold", "10-fold", "2.5-fold": a ratio, its number before "fold".
_FOLD = re.compile(r"(?<=[a-z0-9])-?fold\b")


_FOLD_WORD = re.compile(r"(?i)([a-z]+|\d+(?:\.\d+)?)fold")


def fold_number(word: str) -> bool:
    """ "sixfold", "tenfold", "10fold": one word naming a ratio (not "manifold", "scaffold")."""
    match = _FOLD_WORD.fullmatch(word)
    return match is not None and (match[1][0].isdigit() or is_cardinal(match[1].lower()))


# At most 9 digits: float(int(...)) of a longer run of digits can overflow. Thousands may be
# grouped with commas ("the 1,000th number one"): read the digits without them.
_ORDINAL_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3}){1,2}|\d{1,9})(?:st|nd|rd|th)$", re.IGNORECASE)


@cache
def is_cardinal(word: str) -> bool:
    """Whether text2num reads the word as (part of) a cardinal: "seven", "ninety", "hundred"."""
    if word in ("and", "a", "an") or word in VAGUE:
        return False
    try:
        text2num(word, "en")
    except ValueError:
        return word == "hundred"
    return True


def _cardinal(words: list[str]) -> float:
    """A run of cardinal words by text2num ("twenty five", "three hundred and forty two");
    a run it refuses ("nineteen eighty four") is the sum of its parts."""
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return float(sum(text2num(w, "en") if w != "hundred" else 100 for w in words))


def scaled(value: float, scale: float) -> float:
    """``value * scale`` without binary noise: 16.4 million is 16400000.0, not 16399999.99."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def _fraction_value(text: str) -> tuple[float, int, int] | None:
    """A number with a fraction in digits ("7 3/4", "1/4", "10½") and where it lies in the
    text; "24/7" and "9/11" are no fractions."""
    match = _FRACTION.search(text)
    if match is None:
        return None
    whole = float(match["whole"]) if match["whole"] else 0.0
    if match["vulgar"]:
        return whole + unicodedata.numeric(match["vulgar"]), match.start(), match.end()
    numerator, denominator = int(match["num"]), int(match["den"])
    if numerator >= denominator or denominator not in _DENOMINATOR_DIGITS:
        return None
    return whole + numerator / denominator, match.start(), match.end()


def parse_number(text: str) -> float | None:
    """Value of a number written in digits and/or words: "2.5 billion", "two dozen", "1.5m",
    "7 3/4", "half a million"."""
    lowered = text.lower().replace("per cent", "").replace("percent", "")
    lowered = _FOLD.sub("", lowered)  # "sixfold", "10-fold": the ratio's number
    fraction = _fraction_value(lowered)
    match = _NUMBER.search(lowered)
    if fraction or match:
        if fraction:
            value, end = fraction[0], fraction[2]
        elif len(match[0]) > 100:  # no claim; and past 308 digits float() gives inf, not JSON
            return None
        else:
            value, end = float(match[0].replace(",", "")), match.end()
        scale = _SCALE_AFTER.match(lowered[end:])
        return scaled(value, SCALES[scale[1].lower()]) if scale else value
    # "two and a half million": the half is added before the scale multiplies.
    lowered = re.sub(r"\band[- ]an?[- ]half\b", " andahalf ", lowered)
    words = re.findall(r"[a-z]+", lowered.replace("-", " "))[:20]
    total, current, seen, run, part = 0.0, 0.0, False, [], False
    for word in [*words, ""]:
        if word and is_cardinal(word) and word not in SCALES:
            run.append(word)  # "three hundred and forty two": read by text2num below
            continue
        if run:
            current, seen, run = current + _cardinal(run), True, []
        if word in VAGUE:
            # "hundreds of thousands": the magnitudes multiply.
            current, seen = max(current, 1.0) * VAGUE[word], True
        elif word in SCALES and len(word) > 2:
            current = scaled(current if part or current else 1.0, SCALES[word])
            total, current, seen, part = total + current, 0.0, True, False
        elif word == "andahalf" and seen:
            current += 0.5
        elif word == "dozen" and seen:
            current *= 12
        elif word in DENOMINATORS and seen:  # "a third", "two-thirds of a million"
            current, part = current / DENOMINATORS[word], True
        elif word in ("a", "an") and part:
            continue  # "half a million": the "a" is the million's
        elif word in WORDS:
            part = word in ("half", "quarter", "third")  # "half million", "a quarter million"
            current, seen = (WORDS[word] if part else current + WORDS[word]), True
    return total + current if seen else None
