"""Qualifiers before a number: approximate ("about") and bounds ("more than", "up to")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from service.nlp.entities import doc_text

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


_QUALIFIER_WORDS = {w for phrase in QUALIFIERS for w in phrase.split()} | {"a", "an", "the"}
# Denominators of fractions written in words ("a third", "two-thirds", "one-twentieth").


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
