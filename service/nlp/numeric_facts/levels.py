"""Which way a level was reached: "fell 2% to 1,463.78" and "fell to 49.55 Hz" reached their
level down, "rose to $5" up. The level itself is no change (its ``direction`` stays None);
``reached_by`` says how the thing it measures got there."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from service.nlp.numeric_facts.qualifiers import (
    DOWN_BY,
    DOWN_VERBS,
    UP_BY,
    UP_PARTICLE_VERBS,
    UP_VERBS,
)
from service.nlp.records import NumericFact
from service.nlp.tokens import doc_text

# Between a change and the level it reached: "rose 2% to $5", "ended down 1% at 1,463.78",
# "lost 1.1% to end at 1,334.20", "up 8.5p, or 8.1%, to 113.5p"; an index's change in points
# holds its noun ("lost 45.2 points to close at 4,820.1", "down 1.66 points at 559.68").
_CHANGE_TO_LEVEL = re.compile(
    r"(?i)(?:\s+(?:points?|pts\.?))?\s*,?\s*(to|at|(?:to\s+)?(?:end|close|finish|settle)\s+at)\s*"
)
# Between a level and its conversion: "to 1.16bn euros ($1.5bn; £800m)".
_CONVERSION = re.compile(r"\s*[(/;]\s*")


def _verb_way(doc: Doc, fact: NumericFact) -> str | None:
    """ "fell to 49.55 Hz", "dip down to minus-130": the way of the verb of change whose "to"
    the level is the object of, when no amount of change is written."""
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    way = doc[span.start - 2] if span.start > 1 else None
    if way is not None and doc[span.start - 1].lower_ == "at" and way.lower_ in _WAY_AT:
        # a measure after "with ... down at" is where a thing lies ("the ball down at 20 yards")
        settled = way.head.lemma_ in _SETTLED or (
            fact.kind != "quantity" and _with_before(doc, way.i)
        )
        if settled and not (fact.kind == "count" and _noun_after(doc, span)):
            return _WAY_AT[way.lower_]  # "gold closed down at $387.00", "ended higher at 5,210"
        return None
    if doc[span.start - 1].lower_ != "to":
        return None
    if fact.kind == "age" and _noun_after(doc, span):
        return None  # "lost his place to 18-year-old Aiden McGeady": the person's age, no level
    to = doc[span.start - 1]
    before = doc[to.i - 1] if to.i > 0 else None
    if before is not None and before.lower_ == "down" and before.dep_ in ("prt", "advmod"):
        if before.head.lemma_ == "come" and fact.kind == "count" and _noun_after(doc, span):
            return None  # "came down to two tie-breaks": was decided by, no level
        return "down"  # "dip down to"; "up to" is a bound
    verb = to.head
    if verb.lemma_ in _NOT_LEVELLED and fact.kind == "count":
        return None  # "lost to two late goals", "added to 12 stores": no level
    if verb.lemma_ in UP_VERBS | UP_BY:  # "rose to $5", "raised it to 4%"
        return "up"
    if verb.lemma_ in DOWN_VERBS | DOWN_BY:
        return "down"
    return None


def _with_before(doc: Doc, i: int) -> bool:
    """ "with his ranking down at 168", "with shares down at 45p": the way word ``i`` ends a
    short "with" phrase naming what moved (no verb of its own, as "closed down at" has)."""
    for token in reversed(doc[max(0, i - 4) : i]):
        if token.lower_ == "with":
            return True
        if token.is_punct or token.pos_ in ("AUX", "ADP", "SCONJ"):
            return False
    return False


# A market's close with no amount of change: "closed down at $387.00", "ended higher at".
_WAY_AT = {"down": "down", "lower": "down", "up": "up", "higher": "up"}
_SETTLED = frozenset({"close", "end", "finish", "settle", "trade", "open", "be"})


def _from_way(doc: Doc, start: NumericFact) -> str | None:
    """The way of the verb of change whose "from" the start of a change follows ("fell from
    $5 to $4": down)."""
    span = doc.char_span(start.start, start.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "from":
        return None
    verb = doc[span.start - 1].head
    if verb.lemma_ in UP_VERBS | UP_BY:
        return "up"
    if verb.lemma_ in DOWN_VERBS | DOWN_BY:
        return "down"
    return _particle_way(doc, verb)


def _particle_way(doc: Doc, verb: Token) -> str | None:
    """ "revised down its estimate from 157,000 to 133,000", "marked up the stock from $5":
    the way of a verb's particle "down" or "up" written right after it (the caller checks the
    numbers move that way); not a verb whose "up" is no rise ("turned up", "signed up")."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(doc):
        return None
    particle = doc[verb.i + 1]
    if particle.head.i != verb.i or particle.dep_ not in ("prt", "prep", "advmod"):
        return None
    if particle.lower_ == "down":
        return "down"
    if particle.lower_ == "up" and verb.lemma_ not in UP_PARTICLE_VERBS:
        return "up"
    return None


# Verbs whose "to" a count follows without being a level: "lost to two late goals", "added to
# its 12 stores" (a quantity, percent or money is one: "lost 2% to $5", "added to 4%").
_NOT_LEVELLED = frozenset({"lose", "add"})
# The nouns of an index's level: "closed down 2% at 1,463 points".
_LEVEL_NOUNS = frozenset({"points", "point", "pts"})


def _counted_at(doc: Doc, fact: NumericFact) -> bool:
    """ "down 3% at 10 stores": a count of things after a bare "at" is where, not a level
    ("closed down 2% at 1,463" and "at 1,463 points" are levels)."""
    if fact.kind != "count":
        return False
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    return span is not None and _noun_after(doc, span) and doc[span.end].lower_ not in _LEVEL_NOUNS


def _noun_after(doc: Doc, span) -> bool:
    """The count's noun written right after it ("two tie-breaks", "12 senators")."""
    return span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")


def reached_levels(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """Each level a change reached, with the change's way as ``reached_by``; its conversions
    in brackets too."""
    text = doc_text(doc)
    result = list(facts)
    for i, fact in enumerate(result):
        if fact.range and fact.range.kind == "change" and fact.range.role == "to":
            start = result[fact.range.partner]
            moved = (
                "down" if fact.value < start.value else "up" if fact.value > start.value else None
            )
            if (start.unit, start.currency) == (fact.unit, fact.currency) and moved == _from_way(
                doc, start
            ):
                # "cut from 2.5% to 2%", "rose from $5 to $6": the end a change reached (not
                # "ranged from 10C to 15C")
                result[i] = replace(fact, reached_by=moved)
            continue
        if fact.direction or fact.range or fact.bound or fact.kind in ("year", "ordinal"):
            continue
        previous = result[i - 1] if i else None
        same = previous is not None and previous.sentence_index == fact.sentence_index
        gap = text[previous.end : fact.start] if same else ""
        if (
            same
            and previous.direction
            and (to := _CHANGE_TO_LEVEL.fullmatch(gap))
            and not (to[1].lower() == "at" and _counted_at(doc, fact))
        ):
            way = previous.direction
        elif same and previous.reached_by and _CONVERSION.fullmatch(gap):
            way = previous.reached_by
        else:
            way = _verb_way(doc, fact)
        if way:
            result[i] = replace(fact, reached_by=way)
    return _rates_carried(text, result)


# Between a price per unit and the price it is compared with: "US$1.46 a share, up from
# US$1.01", "7.05p a share, compared with 6.8p".
_RATE_WORDS = re.compile(r"^\s*(?:a|an|per|each)\s+[A-Za-z]+\b")  # the rate after the first
_COMPARED = re.compile(r"(?i)\s*,?\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+")


def _rates_carried(text: str, facts: list[NumericFact]) -> list[NumericFact]:
    """ "a dividend of US$1.46 a share, up from US$1.01", "rallied $2 a barrel to $81.40": a
    sum of the same currency it is compared with or a level the priced change reached is a
    price of the same unit (the rate is written once)."""
    result = list(facts)
    for i in range(1, len(result)):
        previous, fact = result[i - 1], result[i]
        if (
            fact.kind != "money"
            or previous.kind != "money"
            or fact.rate
            or not previous.rate
            or fact.range
            or fact.currency != previous.currency
            or fact.unit != previous.unit
            or previous.sentence_index != fact.sentence_index
        ):
            continue
        gap = _RATE_WORDS.sub("", text[previous.end : fact.start], count=1)
        if _COMPARED.fullmatch(gap) or (previous.direction and _CHANGE_TO_LEVEL.fullmatch(gap)):
            result[i] = replace(fact, rate=previous.rate)
    return result
