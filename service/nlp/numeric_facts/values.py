"""Numbers written in digits or words, with their scale: "2.5bn", "two dozen", "a third"."""

from __future__ import annotations

import re

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


_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")


_SCALE_AFTER = re.compile(
    r"^\s*-?\s*(thousand|million|billion|trillion|mln|mn|bn|tn|m|b|k)\b(?![/.]\w)", re.IGNORECASE
)


_HAS_SCALE = re.compile(
    r"\d\s*-?\s*(thousand|million|billion|trillion|mln|mn|bn|tn|m|b|k)\b(?![/.]\w)", re.IGNORECASE
)


_GLUED = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)(bn|mn|m|k|tn|b)\.?$", re.IGNORECASE)


# At most 9 digits: float(int(...)) of a longer run of digits can overflow.
_ORDINAL_DIGITS = re.compile(r"(\d{1,9})(?:st|nd|rd|th)$", re.IGNORECASE)


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
