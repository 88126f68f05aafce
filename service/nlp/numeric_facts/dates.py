"""Numbers inside date and time spans: years, ordinals, durations ("three months") and ages
("a 65-year-old")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.ages import AGED, OLDER
from service.nlp.numeric_facts.amounts import _amount_facts, _fact, _old_after
from service.nlp.numeric_facts.concept import concept_of
from service.nlp.numeric_facts.finding import _fraction
from service.nlp.numeric_facts.not_facts import _YEAR, MONTHS
from service.nlp.numeric_facts.qualifiers import QUALIFIERS, _qualifier, direction_by
from service.nlp.numeric_facts.rates import _rate
from service.nlp.numeric_facts.syntax import _noun_phrase
from service.nlp.numeric_facts.units import (
    PERIODS,
    _duration_unit,
    _singular_period,
    unit_at,
)
from service.nlp.numeric_facts.values import (
    _ORDINAL_DIGITS,
    _ORDINAL_WORDS,
    VAGUE,
    parse_number,
)
from service.nlp.records import NumericFact


def _age(token: Token, sentence: int, concept: str | None = None) -> NumericFact:
    """An age in years written as a bare number the model read as a date."""
    doc = token.doc
    end = token.idx + len(token)
    return _fact(
        "age", doc, token.idx, end, float(token.text), sentence, unit="year", concept=concept
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
                    float(ordinal or int(digits[1].replace(",", ""))),
                    sentence,
                    counted=_noun_phrase(head) if head.pos_ in ("NOUN", "PROPN") else None,
                )
            )
        elif (
            token.like_num
            and (measure := unit_at(doc, token.i + 1, min(token.i + 4, len(doc))))
            and measure[0] not in PERIODS
        ):  # "70 °F at noon" read as a time
            found = Span(doc, token.i, measure[3], label="QUANTITY")
            facts.extend(_amount_facts(doc, found, sentence))
        elif re.fullmatch(r"\d{1,3}", token.text) and (
            AGED.search(doc_text(doc)[max(0, token.idx - 24) : token.idx])
            or OLDER.match(doc_text(doc), token.idx + len(token))
        ):  # "the age of 60", "ages of 10 and 17", "45 or older" read as a date
            facts.append(_age(token, sentence))
        elif (
            len(span) == 1
            and re.fullmatch(r"\d{1,3}", token.text)
            and token.i > 0
            and token.i + 1 < len(doc)
            and doc[token.i - 1].text == ","
            and doc[token.i + 1].text in (",", ")")
            and token.i >= 2
            and doc[token.i - 2].pos_ == "PROPN"
        ):  # "Maddon, 66, has ...": an age read as a date
            name = [t for t in doc[max(0, token.i - 4) : token.i - 1] if t.pos_ == "PROPN"]
            facts.append(_age(token, sentence, " ".join(t.text for t in name) or None))
        elif (half := _half_period(doc, token)) is not None:
            facts.append(
                _fact("quantity", doc, token.idx, half.idx + len(half), 0.5, sentence,
                      unit=_singular_period(half.lower_))
            )  # fmt: skip
        elif token.like_num or lowered in VAGUE:
            unit = _duration_unit(doc, token)
            if unit is None or day:
                continue
            first = token  # "ninety five years": the whole number in words
            while first.i > span.start and doc[first.i - 1].is_alpha and doc[first.i - 1].like_num:
                first = doc[first.i - 1]
            if (
                first.i - 1 > span.start
                and doc[first.i - 1].text == "-"
                and doc[first.i - 2].is_alpha
                and doc[first.i - 2].like_num
            ):
                first = doc[first.i - 2]  # "twenty-eight-year-old": a number in words, hyphened
            value = parse_number(doc[first.i : token.i + 1].text)
            if value is None:
                continue
            start, qualifier = _qualifier(doc, first.idx, unit.idx)
            approximate, bound = QUALIFIERS.get(qualifier, (False, None))
            old = _old_after(doc, unit.i)
            last = doc[old] if old else unit
            if unit.i > token.i + 2:  # "40 to 50 hours": the first end is "40"
                old, last = None, token
            facts.append(
                _fact(
                    "age" if old else "quantity",
                    doc,
                    start,
                    last.idx + len(last),
                    value,
                    sentence,
                    unit=_singular_period(unit.lower_),
                    concept=concept_of(doc[token.i : last.i + 1], "quantity", True, None),
                    qualifier=qualifier,
                    approximate=approximate or lowered in VAGUE,
                    bound=bound,
                    rate=None if old else _rate(doc, doc[token.i : last.i + 1]),
                    # "life expectancy rose by two years", "cut journeys by 15 minutes"
                    direction=None if old else direction_by(doc[first.i : last.i + 1]),
                )
            )
    return facts


def _half_period(doc: Doc, token: Token) -> Token | None:
    """The period of "a half-hour", "half an hour", "a half-day": half of one period."""
    if token.lower_ != "half" or token.i + 2 >= len(doc):
        return None
    joint, period = doc[token.i + 1], doc[token.i + 2]
    if joint.text not in ("-", "a", "an") or period.lower_ not in PERIODS | {"decade", "century"}:
        return None  # "half a century" is fifty years
    return period
