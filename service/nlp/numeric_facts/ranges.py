"""Ranges and neighbouring amounts: "from X to Y", "between X and Y", conversions in brackets."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.qualifiers import (
    DOWN_BY,
    DOWN_VERBS,
    NO_CHANGE_BEFORE,
    UP_BY,
    UP_VERBS,
)
from service.nlp.numeric_facts.syntax import number_span
from service.nlp.numeric_facts.units import SUBUNITS
from service.nlp.numeric_facts.values import (
    _HAS_SCALE,
    _NUMBER,
    SCALES,
    is_cardinal,
    parse_number,
    scaled,
)
from service.nlp.records import NumericFact, RangeLink

# A dash between numbers is a range when spaced alike on both sides ("5-10", "5 - 10");
# "50 -1.3%" is a name's number and a signed one; "4-1/2" is a whole and a fraction.
_RANGE_SPLIT = re.compile(
    r"\s+(?:to|and(?!\s+an?\s+half\b))\s+|(?<=\S)[-–—](?=[$£€¥\d])(?!\d+/\d+(?![\d/]))"
    r"|\s+[-–—]\s+(?=[$£€¥\d])|\s*/\s*(?=[$£€¥])"  # "$ 387.00 / $ 387.50": bid and ask
    r"|\s+or\s+(?=[$£€¥])"  # "$5 or $6": two prices, each with its currency
)


# Two values of one unit written with a slash ("22/28 mpg" city and highway), not a fraction.
_PAIR = re.compile(r"(\d{2,3})/(\d{2,3})(?=\s*[A-Za-z])")
# A short phrase of time between the ends of "from X ... to Y" ("at 10.45pm last night").
_TIME_BETWEEN = re.compile(
    r"(?:(?:at|on|in|by|since|last|this|yesterday|night|morning|evening|week|month|year|"
    r"[\d.:]+\s*(?:am|pm)?|\w+day),?\s+){1,6}to"
)


def _dates_between(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from char ``start`` to ``end`` are a time the model tagged, with its
    preposition, then "to" ("from 11 percent in April to 19 percent", "in the first quarter
    to"): the ends of one change."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3 or len(span) > 8 or span[-1].lower_ != "to":
        return False
    words = [t for t in span[:-1] if not t.is_punct]
    return (
        len(words) > 1
        and words[0].lower_ in ("in", "at", "on", "during", "by", "for")
        and all(t.ent_type_ in ("DATE", "TIME") for t in words[1:])
    )


def _split_range(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Char spans of the ends of "X to Y" / "X-Y" / "X and Y", or the whole span."""
    chunk = text[start:end]
    pair = _PAIR.match(chunk)
    if pair and not (int(pair[1]) < int(pair[2]) <= 10):
        return [(start, start + pair.end(1)), (start + pair.start(2), end)]  # "22/28 mpg"
    if _one_number_in_words(chunk):
        return [(start, end)]  # "two hundred and thirty": one number, not two
    match = _RANGE_SPLIT.search(chunk)
    if match:
        left, right = chunk[: match.start()], chunk[match.end() :]
        if parse_number(left) is not None and parse_number(right) is not None:
            return [(start, start + match.start()), (start + match.end(), end)]
    either = _OR_NEXT.search(chunk)
    if either and all(parse_number(p) is not None for p in _OR_NEXT.split(chunk, maxsplit=1)):
        # "two or three pounds a month" in one span: two numbers (a range when the second is
        # the next, ``next_or``), never their sum
        return [(start, start + either.start()), (start + either.end(), end)]
    return [(start, end)]


# A number in words written the British way, "and" after its hundreds or thousands: "two
# hundred and thirty", "one thousand and five".
_SCALE_AND = re.compile(r"(?i)^(.*\b(hundred|thousand|million|billion))\s+and\s+([a-z][a-z -]*)$")
_SCALE_SIZES = {"hundred": 100, "thousand": 1_000, "million": 1e6, "billion": 1e9}


def _one_number_in_words(chunk: str) -> bool:
    """ "two hundred and thirty": a number in words whose part after "and" is smaller than the
    scale before it (not "two hundred and three hundred", two numbers)."""
    match = _SCALE_AND.match(chunk.strip())
    if match is None or not all(is_cardinal(w) for w in match[3].replace("-", " ").split()):
        return False
    rest = parse_number(match[3])
    return rest is not None and 0 < rest < _SCALE_SIZES[match[2].lower()]


_OR_NEXT = re.compile(r"\s+or\s+(?=[a-z\d])", re.IGNORECASE)


def next_or(left: str, right: str) -> bool:
    """ "two or three X", "4 or 5 weeks": a whole number below 100, then "or", then the next
    (the reading ``_link_ranges`` gives two such facts)."""
    low, high = parse_number(left), parse_number(right)
    return (
        low is not None
        and high is not None
        and re.fullmatch(r"[-+−]?\d[\d.,]*|[a-z]+", left.strip(), re.IGNORECASE) is not None
        and float(low).is_integer()
        and 1 <= low < 100
        and high == low + 1
    )


def change_then_level(verb: Token | None, first: float, second: float) -> bool:
    """ "rose by 0.2% to 3.1%", "rose $1 to $58": a change, then the level it reached; not a
    range said of what is to come ("expected to grow by 2% to 3%")."""
    if verb is None:
        return False
    past = verb.tag_ in ("VBD", "VBN")
    return past or first >= second or (first > 0 and second / first >= 3)


def descending_split(first: NumericFact, second: NumericFact, opener: str) -> bool:
    """ "leads 64% to 27%", "the Senate voted 52 to 48": two shares or tallies set against each
    other, the larger first, not a range (NewsQuant writes a descending range of a measure,
    "1.3 A/cm2 to 0.03 A/cm2", so only percents and counts)."""
    return (
        first.kind in ("percent", "count")
        and opener not in ("from", "between")
        and first.value > second.value >= 0
    )


def _counts_a_noun(doc: Doc, fact: NumericFact) -> bool:
    """Whether the count ``fact`` numbers a noun written after it ("400 crates"): no bare end
    of a price range, whose currency it could take."""
    span = number_span(doc, fact.start, fact.end)
    if span is None or fact.kind != "count":
        return False
    root = span.root
    return root.dep_ == "nummod" and root.head.i >= span.end and root.head.pos_ == "NOUN"


def _harmonise(
    doc: Doc, first: NumericFact, second: NumericFact
) -> tuple[NumericFact, NumericFact]:
    """ "$250-300 million": the bare first end takes the second's scale, and the currency of
    whichever end names one (not a count of a noun: "from 500 crates worth $2m to 400
    crates")."""
    bare = re.fullmatch(
        r"[\d.,]+(?:\s*(?:thousand|million|billion|trillion|mln|bln|bn|m))?", first.text
    )
    if first.kind == "count" and second.kind in ("quantity", "age") and (not first.counted or bare):
        first = replace(first, kind=second.kind, unit=second.unit)  # "5-10W", "40 to 50 hours"
    elif (
        second.kind == "age"
        and first.kind in ("count", "quantity")
        and bare
        and first.unit in (None, second.unit)
    ):
        first = replace(first, kind="age", unit=second.unit)  # "16 to 20 year olds"
    elif second.kind == "count" and first.kind == "quantity" and not second.counted:
        second = replace(second, kind="quantity", unit=first.unit)  # "from 208 pounds to 193"
    if first.kind == "money" and second.kind == "count" and not _counts_a_noun(doc, second):
        second = replace(second, kind="money", currency=first.currency)
    elif second.kind == "money" and first.kind == "count" and not _counts_a_noun(doc, first):
        first = replace(first, kind="money", currency=second.currency)
    if first.end == second.start - 1 or first.end == second.start:
        scale = _HAS_SCALE.search(second.text)
        if scale and not _HAS_SCALE.search(first.text) and first.value < second.value:
            first = replace(first, value=scaled(first.value, SCALES[scale[1].lower()]))
    return first, second


_LIST_GAPS = {",", "and", "or", ", and", "to", "-", "–"}


def _unqualified(fact: NumericFact) -> str:
    """The fact's text without its qualifier: "8" of "about 8" (in "about 8 to 10 percent")."""
    if fact.qualifier and fact.text.lower().startswith(fact.qualifier):
        return fact.text[len(fact.qualifier) :].strip()
    return fact.text


def _shares_counted(doc: Doc, first: NumericFact, second: NumericFact) -> bool:
    """ "2m or 3m copies", "4,000 and 5,000 jobs", "117 million out of 833 million handsets": a
    bare count listed before a count of a noun, or given as its share, counts that noun too."""
    return (
        first.kind == second.kind == "count"
        and first.counted is None
        and second.counted is not None
        and not first.range
        and not second.range
        and first.sentence_index == second.sentence_index
        and re.fullmatch(
            r"[-+−]?\d[\d.,]*(?:m|bn|k|\s(?:thousand|million|billion))?", _unqualified(first)
        )
        is not None
        and doc_text(doc)[first.end : second.start].strip().lower()
        in ("and", "or", ", or", "out of")
    )


def _listed_units(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "11 and 8 percent", "by 5 and 10 percentage points", "3, 5 and 7 percent", "between 2
    and 3 percent": a bare number listed before an amount with a unit has that unit."""
    facts = list(facts)
    for i in range(len(facts) - 2, -1, -1):  # from the right: "3, 5 and 7 percent"
        first, second = facts[i], facts[i + 1]
        if _shares_counted(doc, first, second):
            facts[i] = replace(first, counted=second.counted)
            continue
        if (
            first.kind != "count"
            or second.kind not in ("percent", "quantity", "money")
            or first.range
            or second.range
            or first.sentence_index != second.sentence_index
            or not re.fullmatch(r"[-+−]?\d[\d.,]*", _unqualified(first))
            or doc_text(doc)[first.end : second.start].strip().lower() not in _LIST_GAPS
        ):
            continue
        facts[i] = replace(
            first,
            kind=second.kind,
            unit=second.unit,
            currency=second.currency,
            rate=first.rate or second.rate,
            counted=second.counted,
        )
    return facts


_RATE_THEN_TO = re.compile(r"(?:a|an|per|each)\s+[a-z]+(?:\s+[a-z]+)?\s+to", re.IGNORECASE)


def _link_ranges(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """Link neighbouring amounts written "from X to Y" / "between X and Y" (separate spans)."""
    facts = list(facts)
    for i in range(len(facts) - 1):
        j = i + 1
        if j + 1 < len(facts) and (
            facts[j].kind == "year"
            or (
                facts[j].kind == "ordinal" and _dates_between(doc, facts[i].end, facts[j + 1].start)
            )
        ):
            # "from $362 million in 2014 to $557 million", "in the first quarter to": the
            # year or the ordinal is the gap's
            j += 1
        first, second = facts[i], facts[j]
        if first.range or second.range or first.sentence_index != second.sentence_index:
            continue
        if first.text.lower().endswith("fold"):
            continue  # "grew sixfold to $3.7bn": a ratio and the level it reached
        first, second = _harmonise(doc, first, second)
        if first.kind == second.kind == "quantity" and first.unit != second.unit:
            continue  # "6-foot-4": feet and inches, no range
        if first.kind != second.kind or first.kind not in (
            "money",
            "count",
            "percent",
            "quantity",
            "age",
        ):
            continue
        gap = doc_text(doc)[first.end : second.start].strip().lower()
        before = doc_text(doc)[max(0, first.start - 9) : first.start].lower().split()
        opener = before[-1] if before else ""
        if opener == "from" and (
            _TIME_BETWEEN.fullmatch(gap) or _dates_between(doc, first.end, second.start)
        ):
            gap = "to"  # "from $36,040 at 10.45pm last night to $34,935", "in April to"
        if gap == "" and second.qualifier == "up to" and opener == "from":
            gap = "to"  # "from 450 sq ft up to 900 sq ft"
        if opener == "from" and first.rate and _RATE_THEN_TO.fullmatch(gap):
            gap = "to"  # "from $75 per barrel to $45.88": the first end's rate, then "to"
        alike = first.kind in ("percent", "quantity", "money", "age") and (
            first.unit,
            first.currency,
        ) == (
            second.unit,
            second.currency,
        )
        if gap == "to" and opener == "from":
            link, roles = "change", ("from", "to")
        elif gap == "to" and (opener == "by" or (first.direction and not second.direction)):
            verb = _token_before(doc, first.start, skip="by")
            if change_then_level(verb, first.value, second.value):
                continue  # "rose $1 to $58", "rise by $19bn to $419bn": a change, its level
            link, roles = "interval", ("min", "max")
        elif (
            gap == "to"
            and (verb := _verb_moving(doc, first)) is not None
            and change_then_level(verb, first.value, second.value)
        ):
            # "raised its dividend 2 cents to 45 cents": the change of the verb's object
            way = "up" if verb.lemma_ in UP_VERBS | UP_BY else "down"
            facts[i] = replace(first, direction=first.direction or way)
            continue
        elif (gap == "and" and opener == "between") or (
            gap in ("to", "-", "–") and (opener or alike)
        ):
            if gap in ("to", "-", "–") and descending_split(first, second, opener):
                # "leads 64% to 27%", "212,205 to 210,424 votes": two shares compared, no
                # range; both count what either says
                counted = first.counted or second.counted
                facts[i], facts[j] = (
                    replace(f, counted=f.counted or counted) for f in (first, second)
                )
                continue
            if gap in ("-", "–") and first.value > second.value:
                continue  # "45 seconds - 22secs behind": a dash before an aside, no range
            link, roles = "interval", ("min", "max")
        elif (
            gap == "or"
            # "1Mbps or 2Mbps": each with its unit, two values; "2 or 3 percent" one range
            and re.fullmatch(r"[-+−]?\d[\d.,]*|[a-z]+", _unqualified(first).strip(), re.IGNORECASE)
            and float(first.value).is_integer()
            and 1 <= first.value < 100
            and second.value == first.value + 1
        ):
            link, roles = "interval", ("min", "max")  # "three or four years", "2 or 3 percent"
        else:
            continue
        if (
            gap == "to"
            and opener not in ("from", "between")
            and not _NUMBER.search(first.text)
            and not alike
        ):
            continue
        shared = {
            "counted": first.counted or second.counted,
            "rate": first.rate or second.rate,
            "concept": first.concept or second.concept,
        }
        if link == "interval":
            first = _elided_thousands(first, second)
        facts[i] = replace(first, range=RangeLink(link, roles[0], j), **shared)
        facts[j] = replace(second, range=RangeLink(link, roles[1], i), **shared)
    return facts


def _elided_thousands(first: NumericFact, second: NumericFact) -> NumericFact:
    """The low end of a range with its thousands left out, as ``elided_thousands``."""
    low, high = _unqualified(first), _unqualified(second).split()
    if high and first.value == parse_number(low) and elided_thousands(low, high[0]):
        return replace(first, value=first.value * 1000)
    return first


def elided_thousands(low: str, high: str) -> bool:
    """ "about 13 to 14,000 feet", "12 to 13,000 residents": a bare low end of as many digits
    as the high end's thousands, and below them, is thousands too (its ",000" left out); not
    "5 to 10,000" (fewer digits: read as written)."""
    written = re.fullmatch(r"(\d{1,3}),000", high.rstrip(",.;"))
    bare = re.fullmatch(r"\d{1,3}", low.strip())
    return bool(
        written and bare and len(bare[0]) == len(written[1]) and int(bare[0]) < int(written[1])
    )


def _verb_moving(doc: Doc, fact: NumericFact) -> Token | None:
    """The verb of change whose amount ``fact`` is, written after the verb's object ("raised
    its dividend 2 cents", "cut the rate 25 basis points")."""
    span = number_span(doc, fact.start, fact.end)
    if span is None:
        return None
    root = span.root
    if root.dep_ == "nummod" and root.head.i >= span.end - 1:
        root = root.head  # "2 cents": the noun the number counts
    verb = root.head
    moving = UP_VERBS | DOWN_VERBS | UP_BY | DOWN_BY
    if root.dep_ in ("npadvmod", "dobj") and verb.pos_ == "VERB" and verb.lemma_ in moving:
        return verb if verb.i < span.start else None
    return None


def _token_before(doc: Doc, char: int, skip: str) -> Token | None:
    """The token before char offset ``char``, past one word ``skip`` ("rose by 5%" -> rose)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    if i > 0 and doc[i].lower_ == skip:
        i -= 1
    return doc[i] if i >= 0 else None


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
            if earlier.sentence_index != fact.sentence_index or before[-1:] != ["to"]:
                continue
            if earlier.range:
                continue
            if earlier.kind == fact.kind and earlier.counted:
                result[i] = replace(fact, counted=earlier.counted)
                break
            if (
                fact.kind == "count"
                # none, or the clause's subject ("the length of time ... rose to 81 days from 53")
                and (
                    fact.counted in (None, earlier.counted)
                    or fact.counted in (earlier.concept or "").split()
                )
                and earlier.kind in ("money", "quantity")
                and (bare := re.fullmatch(r"[\d.,]+(?:\s*([a-z]+))?", fact.text))
                and (bare[1] is None or bare[1] in SCALES)
            ):
                # "slipped to 108.40 yen from 108.45", "to 62.65 cents from 62.10": the
                # bare earlier level is in the later one's unit
                value = (
                    scaled(fact.value, SUBUNITS[earlier.unit])
                    if earlier.unit in SUBUNITS
                    else fact.value
                )
                result[i] = replace(
                    fact, kind=earlier.kind, value=value, unit=earlier.unit,
                    currency=earlier.currency, rate=earlier.rate,
                )  # fmt: skip
                break
    return result


def _shared_concepts(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "15.5 cm (6.1 inches) and 23.5 cm", "24 hours, 39 minutes": an amount restating or
    listed with the one before it, with no concept of its own, is about the same thing."""
    text = doc_text(doc)
    result = list(facts)
    for i in range(1, len(result)):
        previous, fact = result[i - 1], result[i]
        gap = text[previous.end : fact.start]
        if (
            fact.concept is None
            and previous.concept
            and fact.sentence_index == previous.sentence_index
            and fact.kind == previous.kind
            and fact.kind not in ("year", "ordinal")
            and (fact.kind != "count" or fact.counted == previous.counted)
            and re.fullmatch(r"\s*\)?\s*(?:[(;,/]|and|or|,\s*and)?\s*", gap)
        ):
            result[i] = replace(fact, concept=previous.concept)
    return result


def _conversions(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "$1.13bn (£600m; €700m)": a conversion in brackets counts what the amount counts."""
    text = doc_text(doc)
    result = list(facts)
    rate = None  # the rate of the amount a run of conversions converts
    for i in range(1, len(result)):
        previous, fact = result[i - 1], result[i]
        gap = text[previous.end : fact.start]
        opened = _OPENING.fullmatch(gap)
        if opened and previous.kind == fact.kind == "money":
            rate = previous.rate or (opened[1] and opened[1].split()[-1].lower())
        elif gap.strip() not in ("/", ";"):
            rate = None
        if (
            rate
            and fact.kind == "money"
            and fact.rate is None
            and fact.sentence_index == previous.sentence_index
        ):
            # "more than 90bn euros a year (£63bn; $118bn)": each conversion a year too
            result[i] = fact = replace(fact, rate=rate)
        if (
            previous.kind == fact.kind == "money"
            and fact.sentence_index == previous.sentence_index
            and (re.fullmatch(r"\s*[(;,]\s*", gap) or opened)
            and previous.counted
        ):
            result[i] = replace(fact, counted=previous.counted)
    result = _converted_qualifiers(doc, _listed_directions(doc, _restated_directions(doc, result)))
    moved = _ranges_move_together(_converted_directions(doc, _ranges_move_together(result)))
    return _ranges_move_together(_restated_directions(doc, moved))


def _ranges_move_together(facts: list[NumericFact]) -> list[NumericFact]:
    """ "cut its profits by $3.8m to $4.9m": the two ends of a range are one amount of change,
    moved the way either end is found to move."""
    result = list(facts)
    for i, fact in enumerate(result):
        link = fact.range
        if link is None or link.kind != "interval" or fact.direction is not None:
            continue
        partner = result[link.partner] if 0 <= link.partner < len(result) else None
        if partner is not None and partner.direction and partner.reached_by is None:
            result[i] = replace(fact, direction=partner.direction)
    return result


def _converted_directions(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "cut by $3.8m (£2m)", "fell 5 miles (8 km)": a conversion in brackets of an amount of
    change moved the same way (a level's conversions are no change: ``reached_by`` left)."""
    text = doc_text(doc)
    result = list(facts)
    for i in range(1, len(result)):
        previous, fact = result[i - 1], result[i]
        link = previous.range
        # where the amount begins: a range's first end ("by $3.8m to $4.9m (£2m ...)")
        start = result[link.partner].start if link and link.role == "max" else previous.start
        if (
            previous.direction
            and fact.direction is None
            and fact.reached_by is None
            and fact.kind == previous.kind
            and fact.sentence_index == previous.sentence_index
            and _OPENING.fullmatch(text[previous.end : fact.start])
            and not NO_CHANGE_BEFORE.search(text[max(0, start - 8) : start])
        ):
            result[i] = replace(fact, direction=previous.direction)
    return result


# The opening of a conversion in brackets, after the amount's rate if it has one: " (",
# " a year (".
_OPENING = re.compile(r"\s*((?:a|an|per|each)\s+[a-z]+\s*)?\(\s*", re.IGNORECASE)


_OR_RESTATED = re.compile(r"\s*\)?\s*[,\-–]?\s*or\s+(?:between\s+)?", re.IGNORECASE)


def _restated_directions(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "closed down $2.15, or 1.2%, at $178.42": an amount of change restated in another
    measure after "or" moved the same way."""
    text = doc_text(doc)
    result = list(facts)
    for i in range(1, len(result)):
        previous, fact = result[i - 1], result[i]
        if (
            previous.direction
            and fact.direction is None
            and fact.sentence_index == previous.sentence_index
            and fact.kind != previous.kind
            and fact.kind in ("percent", "money", "quantity", "count")
            # "closed down $2.15, or 1.2%", "by $3.8m (£2m) - or between 6.6% and 8.6%"
            and _OR_RESTATED.fullmatch(text[previous.end : fact.start])
        ):
            result[i] = replace(fact, direction=previous.direction)
    return result


# The gap between two amounts of one list after a verb of change: a place or a thing the
# first moved at ("at Trump Taj Mahal, ", " in London and "), or none (", ", " and ").
_LIST_GAP = re.compile(
    r"(?:\s+(?:at|in|for|on|among|across)\s+[^,;:()\d]{1,40}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)",
    re.IGNORECASE,
)
_NO_LIST = {"year", "ordinal"}  # facts a list's gap may hold: "at the second and 3 percent"


def _listed_directions(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "Revenue fell by 17.7 percent at A, 5.5 percent at B and 5.0 percent at C": the amounts
    listed after a change, in its unit and with no verb of their own, moved the same way."""
    text = doc_text(doc)
    result = list(facts)
    previous = None  # the last amount, years and ordinals passed over
    for i, fact in enumerate(result):
        if fact.kind in _NO_LIST:
            continue
        if (
            previous is not None
            and previous.direction
            and fact.direction is None
            and fact.range is None
            and fact.reached_by is None
            and fact.kind == previous.kind
            and (fact.unit, fact.currency) == (previous.unit, previous.currency)
            and fact.sentence_index == previous.sentence_index
            and _LIST_GAP.fullmatch(_without_ordinals(text, result, previous.end, fact.start))
            and _no_verb_of_its_own(doc, previous.end, fact.end)
        ):
            result[i] = replace(fact, direction=previous.direction)
        previous = result[i]
    return result


def _without_ordinals(text: str, facts: list[NumericFact], start: int, end: int) -> str:
    """The text between ``start`` and ``end`` with the ordinals and years in it as words."""
    gap = text[start:end]
    for fact in facts:
        if fact.kind in _NO_LIST and start <= fact.start and fact.end <= end:
            offset = fact.start - start
            gap = (
                gap[:offset] + "x" * (fact.end - fact.start) + gap[offset + fact.end - fact.start :]
            )
    return gap


def _no_verb_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """Whether no verb is written between ``start`` and ``end`` and the amount ending at
    ``end`` is neither a subject nor a share "of" something ("and 4% of staff were cut")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    last = span[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return last.dep_ not in ("nsubj", "nsubjpass") and (after is None or after.lower_ != "of")


# Qualifiers saying an amount is exact, which no other field of a fact carries.
_EXACT = {"exactly", "just", "only"}


def _converted_qualifiers(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "just under 296 hp (224 kW / 300 PS)", "more than 100 km (60 miles)": a conversion
    in brackets is approximate, bounded and directed as the amount it converts (its
    ``qualifier`` stays the words written before it: none), and exact as it: "drops to just
    87 mph (140 km/h)" is just 140 km/h, its qualifier "just" (one quantity written twice,
    no second fact with a change of its own)."""
    text = doc_text(doc)
    result = list(facts)
    source = None  # the qualified amount a run of conversions converts
    level = None  # a level reached ("to 1.16bn euros") a run of conversions converts
    for i in range(1, len(result)):
        previous, fact = result[i - 1], result[i]
        gap = text[previous.end : fact.start]
        if _OPENING.fullmatch(gap) and previous.qualifier is not None:
            source = previous  # "more than 90bn euros a year (£63bn; $118bn)" too
            if fact.kind == "count" and previous.kind != "count":
                source = None  # "up to 1.25gbps (2,000 times faster ...)": a comparison, no
                # conversion: a measure converts to a measure
        elif gap.strip() not in ("/", ";") or source is None:
            source = None  # "(224 kW / 300 PS)": the conversion's second amount too
        if gap.strip() == "(" and NO_CHANGE_BEFORE.search(
            text[max(0, previous.start - 8) : previous.start]
        ):
            level = previous
        elif gap.strip() not in ("/", ";"):
            level = None
        if level is not None and fact.direction and not fact.range:
            # "rose 56% to 1.16bn euros ($1.5bn; £800m)": the conversions of a level are no
            # change either
            result[i] = fact = replace(fact, direction=None)
        if (
            source is not None
            and fact.sentence_index == source.sentence_index
            and fact.qualifier is None
            and not fact.range
        ):
            result[i] = replace(
                fact,
                approximate=source.approximate,
                bound=source.bound,
                direction=fact.direction or source.direction,
                qualifier=source.qualifier if source.qualifier in _EXACT else None,
            )
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
            # the money's own noun, as an elided amount of it ("net income ... against 2.7bn")
            fact = replace(fact, kind="money", currency=currency, counted=fact.counted or counted)  # noqa: PLW2901
        result.append(fact)
    return result


def _with_subunits(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "thirteen dollars and forty-five cents", "3 dollars 50 cents": one amount."""
    text = doc_text(doc)
    result: list[NumericFact] = []
    for fact in facts:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.kind == fact.kind == "money"
            and previous.unit is None
            and fact.unit in ("cent", "penny")
            and not previous.range
            and not fact.range
            and re.fullmatch(r"\s*(?:and\s+)?", text[previous.end : fact.start])
        ):
            result[-1] = replace(
                previous,
                value=previous.value + fact.value,
                end=fact.end,
                text=text[previous.start : fact.end],
            )
            continue
        result.append(fact)
    return result
