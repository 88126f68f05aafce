"""The extractor: every numeric fact of a Doc, built from the other modules."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.concept import concept_of
from service.nlp.numeric_facts.counted import _counted, _elided
from service.nlp.numeric_facts.finding import (
    _AMOUNT_LABELS,
    _BARE_AMOUNT,
    _YEAR,
    MONTHS,
    _fraction,
    _number_tokens,
    _skip,
    _widen,
)
from service.nlp.numeric_facts.qualifiers import QUALIFIERS, _qualifier, direction_of, sign_before
from service.nlp.numeric_facts.ranges import (
    _conversions,
    _from_after_to,
    _inherit_currency,
    _link_ranges,
    _shared_concepts,
    _split_range,
)
from service.nlp.numeric_facts.rates import _rate
from service.nlp.numeric_facts.syntax import _noun_phrase, _number_root
from service.nlp.numeric_facts.units import (
    _PENCE,
    PERIODS,
    SUBUNITS,
    _currency,
    _duration_unit,
    _singular_period,
    _unit,
    unit_at,
    unit_in,
)
from service.nlp.numeric_facts.values import (
    _HAS_SCALE,
    _ORDINAL_DIGITS,
    _ORDINAL_WORDS,
    FREQUENCIES,
    SCALES,
    VAGUE,
    WORDS,
    parse_number,
)
from service.nlp.records import NumericFact, RangeLink


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
        "direction": None,
        "concept": None,
        "vague_range": None,
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
        elif (
            token.like_num
            and (measure := unit_at(doc, token.i + 1, min(token.i + 4, len(doc))))
            and measure[0] not in PERIODS
        ):  # "70 °F at noon" read as a time
            found = Span(doc, token.i, measure[3], label="QUANTITY")
            facts.extend(_amount_facts(doc, found, sentence))
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
            facts.append(
                _fact(
                    "age",
                    doc,
                    token.idx,
                    token.idx + len(token),
                    float(token.text),
                    sentence,
                    unit="year",
                    concept=" ".join(t.text for t in name) or None,
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
                )
            )
    return facts


def _old_after(doc: Doc, i: int) -> int | None:
    """Index of "old" in "65-year-old" / "18 month-old" / "five years old" after token i."""
    j = i + 2 if i + 1 < len(doc) and doc[i + 1].text in ("-", "–") else i + 1
    return j if j < len(doc) and doc[j].lower_ == "old" else None


def _ages(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "Maddon, 66, has ...": a bare whole number between commas after a person's name is
    the person's age."""
    result = []
    for fact in facts:
        span = doc.char_span(fact.start, fact.end)
        if (
            fact.kind == "count"
            and span is not None
            and len(span) == 1
            and span.start >= 2
            and span.end < len(doc)
            and re.fullmatch(r"\d{1,3}", fact.text)
            and fact.value <= 130
            and doc[span.start - 1].text == ","
            and doc[span.end].text in (",", ")")
            and doc[span.start - 2].pos_ == "PROPN"
        ):
            person = doc[span.start - 2]
            name = [t for t in doc[max(0, person.i - 3) : person.i + 1] if t.pos_ == "PROPN"]
            fact = replace(  # noqa: PLW2901
                fact, kind="age", unit="year", counted=None, concept=" ".join(t.text for t in name)
            )
        result.append(fact)
    return result


def _amount_facts(doc: Doc, span: Span, sentence: int) -> list[NumericFact]:
    """One fact, or two linked facts for a range or change written in one span."""
    span = _widen(span)
    label = span.label_
    start, qualifier = _qualifier(doc, span.start_char, span.end_char)
    text = doc_text(doc)
    body_start = span.start_char
    body = text[body_start : span.end_char]
    between = body.lower().startswith("between ") or text[
        max(0, body_start - 8) : body_start
    ].lower().endswith("between ")
    if body.lower().startswith("between "):
        qualifier = None
        body_start += 8
        start = body_start
    elif qualifier and body.lower().startswith(qualifier):
        body_start += len(qualifier)
        while body_start < span.end_char and text[body_start].isspace():
            body_start += 1
    parts = _split_range(text, body_start, span.end_char)
    # "6.1 inches and 6.7 inches": two amounts, a range only after "between".
    listed = len(parts) == 2 and not between and text[parts[0][1] : parts[1][0]].strip() == "and"
    following = text[span.end_char : span.end_char + 30]
    currency = _currency(text[body_start : span.end_char], following) if label == "MONEY" else None
    kind = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}.get(label, "count")
    unit = _unit(label, span)
    if (kind == "money" and currency is None) or (kind == "quantity" and unit is None):
        kind = "count"
    # "the 60m hurdles", "contest the 60m": a distance; "60m people" is a count of millions.
    metres = (
        kind == "count"
        and re.fullmatch(r"\d{1,5}m", span.text)
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
    )
    if metres:
        kind, unit = "quantity", "meter"
    old = _old_after(doc, span.end - 1) if kind == "quantity" and unit in PERIODS else None
    if old is not None:  # "a 2,900 year-old site"
        kind, span = "age", Span(doc, span.start, old + 1, label=span.label_)
    approximate, bound = QUALIFIERS.get(qualifier, (False, None)) if qualifier else (False, None)
    counted = _counted(span, kind)
    per = unit_in(span) if kind == "quantity" else None
    rate = (per[1] if per else None) or _rate(doc, span)
    root = _number_root(span)
    direction = direction_of(root)
    concept = concept_of(span, kind, kind != "count" or unit is not None, counted)
    sign = 0 if qualifier else sign_before(text, body_start)
    signed = re.match(r"[-−+]|minus\b", text[body_start : span.end_char], re.IGNORECASE)
    if signed and signed[0] != "+":
        sign = sign or -1  # the sign is inside the fact's text: negate, keep the start
    if signed and kind == "percent" and direction is None:
        direction = "up" if signed[0] == "+" else "down"  # "Dow +0.2%", "Stoxx 50 -1.3%"
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
        if metres:
            value /= SCALES["m"]
        if len(parts) > 1 and i == 0 and not _HAS_SCALE.search(text):
            scale = re.search(r"(thousand|million|billion|trillion|bn|mn|m|k)\b", last_text)
            last = parse_number(last_text)
            if (
                scale
                and not re.search(r"(thousand|million|billion|trillion)", text.lower())
                and (last is None or value * SCALES[scale[1].lower()] <= last)
            ):
                value *= SCALES[scale[1].lower()]  # "$250-300m", not "$200 to $4m"
        subunit = next((w for w in text.lower().split() if w in SUBUNITS), None)
        fact_unit = unit
        if (currency and subunit) or _PENCE.match(text):
            value *= 0.01
            fact_unit = "penny" if subunit in ("pence", None, "p") else "cent"
        vague = any(w in re.findall(r"[a-z]+", text.lower()) for w in VAGUE)
        fact_start = start if i == 0 else p_start
        if i == 0 and sign:
            value, fact_start = -value, fact_start - max(sign, 0)
        facts.append(
            _fact(
                kind,
                doc,
                fact_start,
                p_end,
                value,
                sentence,
                unit=fact_unit,
                currency=currency,
                qualifier=qualifier,
                approximate=approximate or vague,
                bound=bound,
                rate=rate,
                counted=counted,
                direction=direction,
                concept=concept,
                vague_range=(value, value * 10) if vague and len(parts) == 1 else None,
            )
        )
    if len(facts) == 2 and not listed:
        before = doc_text(doc)[max(0, start - 9) : start].lower().split()
        change = bool(before) and before[-1] == "from"
        roles = ("from", "to") if change else ("min", "max")
        link = "change" if change else "interval"
        facts = [replace(f, range=RangeLink(link, roles[i], 1 - i)) for i, f in enumerate(facts)]
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
            for i in range(found.start_char, found.end_char):
                taken[i] = True  # not a fact, and not to be found again token by token
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
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        # Not "once you have seen it", nor a comparison ("twice as loud").
        if lowered in FREQUENCIES and token.dep_ != "mark" and after != "as":
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
    facts = _inherit_currency(_elided(doc, _from_after_to(doc, linked)))
    return _ages(doc, _shared_concepts(doc, facts))
