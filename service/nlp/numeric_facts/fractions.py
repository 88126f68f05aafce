"""Fractions and single units of a measure written in words: "a quarter of a century", "half a
mile", "slipped half a point", "gained a point", "rose a percentage point"."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.amounts import _fact
from service.nlp.numeric_facts.concept import concept_of
from service.nlp.numeric_facts.qualifiers import (
    DOWN_BY,
    DOWN_VERBS,
    QUALIFIERS,
    UP_BY,
    UP_VERBS,
    _qualifier,
)
from service.nlp.numeric_facts.units import (
    DURATIONS,
    _singular_period,
    subunit_currency,
    unit_name,
)
from service.nlp.numeric_facts.values import scaled
from service.nlp.records import NumericFact

# "(of) a century", "a mile" after a fraction; the measure is its last word
_OF_A = re.compile(r"(?:\s+of)?\s+an?\s+([a-z]+)\b")
_POINTS = {"point", "percentage point", "basis point"}
# "0.42 of a US cent", "half a cent": a fraction of a currency's cent or penny
# ("0.6 of a U.S. cent": the country's initials with their points)
_OF_A_SUBUNIT = re.compile(
    r"(?:\s+of)?\s+an?\s+(?:([A-Z][A-Za-z]*|(?:[A-Z]\.){2,3})\s+)?(cent|penny)\b"
)
# "0.25 of a per cent", "a quarter of a percentage point": a percent (as "half a per cent")
_OF_A_PERCENT = re.compile(
    r"(?:\s+of)?\s+an?\s+(per\s?cent|percent|percentage\s+point)\b", re.IGNORECASE
)
_FRACTIONS = r"(?:half|quarters?|thirds?|fifths?|tenths?)"
# "half a mile" held whole in the fact's text
_INSIDE = re.compile(rf"\b{_FRACTIONS}\s+an?\s+([a-z]+)$", re.IGNORECASE)


def fractions_of_units(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """A fraction of a unit or a period is that measure ("a quarter of a century": 0.25
    century, "half a mile": 0.5 mile); a fraction of a point said of a verb of change takes
    its direction ("slipped half a point")."""
    text = doc_text(doc)
    result = []
    for fact in facts:
        subunit = _OF_A_SUBUNIT.match(text, fact.end)
        if fact.kind == "count" and 0 < fact.value < 1 and fact.range is None and subunit:
            result.append(_of_a_subunit(doc, fact, subunit))
            continue
        percent = _OF_A_PERCENT.match(text, fact.end)
        if fact.kind == "count" and 0 < fact.value < 1 and fact.range is None and percent:
            noun = _token_at(doc, percent.start(1), percent[1].lower())
            way = fact.direction or (_way(noun) if noun is not None else None)
            result.append(
                replace(
                    fact,
                    kind="percent",
                    unit="%",
                    counted=None,
                    end=percent.end(),
                    text=text[fact.start : percent.end()],
                    direction=way,
                )
            )
            continue
        if fact.kind == "count" and 0 < fact.value < 1 and fact.range is None:
            inside = _INSIDE.search(fact.text)
            after = _OF_A.match(text, fact.end)
            word = inside[1] if inside else after[1] if after else None
            end = fact.end if inside else after.end() if after else fact.end
            unit = _measure(word) if word else None
            if unit is not None:
                start, bound, qualifier = fact.start, fact.bound, fact.qualifier
                over = re.match(r"(?i)(?:over|under)\s+(?=an?\s)", fact.text)
                if over and word.lower() in DURATIONS:  # "over a quarter of a century": when
                    start, bound, qualifier = fact.start + over.end(), None, None
                fact = replace(  # noqa: PLW2901
                    fact, kind="quantity", unit=unit, counted=None, start=start, end=end,
                    text=text[start:end], bound=bound, qualifier=qualifier,
                )  # fmt: skip
            elif fact.direction is None and (way := _by_a_fraction(doc, fact)):
                fact = replace(fact, direction=way)  # noqa: PLW2901  "fell by a third"
            elif fact.direction is None and fact.counted in _POINTS:
                noun = _token_at(doc, fact.end, fact.counted)
                way = _way(noun) if noun is not None else None
                fact = replace(fact, direction=way) if way else fact  # noqa: PLW2901
        result.append(fact)
    return result


def _of_a_subunit(doc: Doc, fact: NumericFact, subunit: re.Match) -> NumericFact:
    """ "was up 0.42 of a US cent", "fell half a US cent": money in the currency's cents,
    the way the verb moved it."""
    country = subunit[1].replace(".", "") if subunit[1] else None
    currency = (subunit_currency(country) if country else None) or (
        "GBP" if subunit[2] == "penny" else "USD"
    )
    noun = doc.char_span(subunit.start(2), subunit.end(2))
    way = fact.direction or (_way(noun[0]) if noun is not None and len(noun) == 1 else None)
    text = doc_text(doc)
    return replace(
        fact, kind="money", unit=subunit[2], currency=currency, value=scaled(fact.value, 0.01),
        counted=None, end=subunit.end(), text=text[fact.start : subunit.end()], direction=way,
    )  # fmt: skip


def _by_a_fraction(doc: Doc, fact: NumericFact) -> str | None:
    """ "profit fell by a third to £120m": a verb of change, "by" and the fraction, in words
    (the parse of such a line often hangs the fraction on the amount after it)."""
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "by":
        return None
    verb = doc[span.start - 2].lemma_
    if verb in UP_VERBS | UP_BY:
        return "up"
    if verb in DOWN_VERBS | DOWN_BY:
        return "down"
    return None


def _measure(word: str) -> str | None:
    """The unit a word names: a period ("century") or a unit of measure ("mile")."""
    lowered = word.lower()
    if lowered in DURATIONS:
        return _singular_period(lowered)
    if lowered in ("point", "percent"):
        return None  # a point counts; "percent" is no unit of a fraction
    found = unit_name(lowered)
    return found[0] if found else None


def _token_at(doc: Doc, start: int, counted: str) -> Token | None:
    """The last word of ``counted`` written from char ``start`` on (bounded)."""
    last = counted.rsplit(maxsplit=1)[-1]
    span = doc.char_span(start, min(len(doc_text(doc)), start + 40), alignment_mode="expand")
    tokens = span if span is not None else []
    return next((t for t in tokens if t.lower_ == last), None)


def _way(noun: Token) -> str | None:
    """ "slipped half a point", "gained a point": the way the verb whose measure it is moved."""
    verb = noun.head
    if verb.i == noun.i or noun.dep_ not in ("npadvmod", "dobj", "pobj"):
        return None
    if noun.dep_ == "pobj":
        if verb.lower_ != "by":
            return None
        verb = verb.head  # "rose by a point", "cut rates by half a point"
        if verb.lemma_ in UP_BY:
            return "up"
        if verb.lemma_ in DOWN_BY:
            return "down"
    if verb.lemma_ in UP_VERBS:
        return "up"
    if verb.lemma_ in DOWN_VERBS:
        return "down"
    return None


def single_points(doc: Doc, token: Token, sentence: int) -> NumericFact | None:
    """ "gained a point", "fell almost a point", "rose a percentage point", "won by a point":
    one point as a change, when a verb of change or "by" takes it (not "a point of view")."""
    if token.lower_ not in ("a", "an") or token.i + 1 >= len(doc):
        return None
    if token.i > 0 and re.fullmatch(_FRACTIONS + "|of", doc[token.i - 1].lower_):
        return None  # "half a point", "a quarter of a point": the fraction's
    words = doc[token.i + 1 : token.i + 3]
    two = " ".join(t.lower_ for t in words)
    noun = words[-1] if two in _POINTS else doc[token.i + 1]
    counted = two if two in _POINTS else noun.lower_
    if counted not in _POINTS or noun.head.i == noun.i:
        return None
    following = doc[noun.i + 1].lower_ if noun.i + 1 < len(doc) else ""
    way = _way(noun)
    if following == "of" or (
        way is None and not (noun.dep_ == "pobj" and noun.head.lower_ == "by")
    ):
        return None
    end = noun.idx + len(noun)
    start, qualifier = _qualifier(doc, token.idx, end)
    approximate, bound = QUALIFIERS.get(qualifier, (False, None))
    concept = concept_of(doc[token.i : noun.i + 1], "count", True, counted)
    return _fact(
        "count", doc, start, end, 1.0, sentence, counted=counted, direction=way,
        qualifier=qualifier, approximate=approximate, bound=bound, concept=concept,
    )  # fmt: skip
