"""One amount as facts: value, unit or currency, qualifier, direction, rate, counted, concept;
two linked facts for a range written in one span ("$250-300m", "between 3 and 4 million")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.concept import concept_of
from service.nlp.numeric_facts.counted import _counted
from service.nlp.numeric_facts.finding import (
    _widen,
)
from service.nlp.numeric_facts.qualifiers import (
    DOWN_VERBS,
    NO_CHANGE_BEFORE,
    QUALIFIERS,
    UP_VERBS,
    _qualifier,
    direction_after,
    direction_by,
    direction_of,
    moved_to,
    sign_before,
)
from service.nlp.numeric_facts.ranges import (
    _split_range,
    change_then_level,
    descending_split,
    elided_thousands,
    next_or,
)
from service.nlp.numeric_facts.rates import _rate
from service.nlp.numeric_facts.syntax import _number_root
from service.nlp.numeric_facts.units import (
    _GLUED_C,
    _PENCE,
    AFTER_A_SCALE,
    CURRENCY_WORDS,
    PERIODS,
    SUBUNITS,
    _currency,
    _unit,
    marked_unit,
    unit_in,
)
from service.nlp.numeric_facts.values import (
    _HAS_SCALE,
    SCALES,
    VAGUE,
    parse_number,
    scaled,
)
from service.nlp.records import NumericFact, RangeLink
from service.nlp.tokens import parsed_text

_SEVERAL = re.compile(r"(?i)(?:several|a\s+few)\s+(?=(?:hundred|thousand|million|billion)\b)")
_WHOLE_AND_SUBUNIT = re.compile(
    r"(.+?)\s+(?:dollars?|euros?|pounds?)\s+(?:and\s+)?(.+?)\s+(?:cents?|pence)$", re.IGNORECASE
)


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


# "200 megabytes of traffic or more", "5% or less": a bound written after the amount and its
# noun phrase (words only, no clause between).
_OR_MORE = re.compile(
    r"(?:\s+[A-Za-z'’-]+){0,4}?\s+or\s+(?:(more|higher|greater|bigger|larger)"
    r"|(less|fewer|lower|smaller))\b(?!\s+than\b)",
    re.IGNORECASE,
)
# "20 years or so", "300 staff or thereabouts": an approximation written after the amount.
_OR_SO = re.compile(r"(?:\s+[A-Za-z'’-]+){0,3}?\s+or\s+(so|thereabouts)\b", re.IGNORECASE)
# Words around a glued "m" that make it metres, not millions: "1.8m tall", "landed 17.30m".
_DIMENSIONS = {"tall", "long", "high", "wide", "deep", "away"}
# Races named by their distance: "the men's 60m final", "the 100m champion", "my final 200m".
_RACES = {
    "final", "finals", "race", "races", "hurdles", "relay", "freestyle", "backstroke", "sprint",
    "breaststroke", "butterfly", "medley", "dash", "champion", "title", "record", "heat", "heats",
    "titles", "gold", "silver", "bronze", "medal",
    "season", "event", "runner", "runners", "specialist", "world", "indoor", "best",
    "champions", "medallist", "medallists", "finalist", "hope", "hopes", "penalty", "kick",
    "putt", "swim",
}  # fmt: skip
_MONEY_BEFORE = re.compile(
    r"[$£€¥]|\b(?:euros?|dollars?|pounds?|yen|yuan|francs?|rupees?|sales|profits?|revenues?"
    r"|loss(?:es)?|lost|debts?|budget)\b",
    re.IGNORECASE,
)
_GLUED_M = re.compile(r"\d{1,2},?\d{1,3}m|\d{1,3}m")
# Races named by a distance in kilometres written "K": "a 10K race", "the 5k run".
_RUNS = {"race", "run", "walk", "road", "fun", "charity", "trail", "event", "course"}
# An athlete's mark a distance is "of": "a leap of 7.2m", "a personal best of 8.10m".
_MARKS = {"jump", "throw", "leap", "vault"}
_EXTENDS = {"stretch", "extend"}
_SPEEDS = {"fastest", "quickest", "slowest", "faster", "quicker", "slower", "time", "times"}
_BESTS = {"personal", "'s", "’s", "world", "career", "lifetime", "indoor", "outdoor"}
_ATHLETICS = {"jump", "leap", "clear", "throw", "land", "vault", "run", "swim", "sprint"}
_MOVED = {"race", "raced", "racing", "sprint", "sprinted", "swam"}  # verbs only of a distance
# A length in imperial units the metres in brackets convert, before or after: "jumped 30ft
# (10m)", "a 50m (164ft) pool".
_IMPERIAL = r"\d[\d.,]*\s*-?(?:ft|feet|foot|inch(?:es)?|in|yards?|yds|miles?)"
_LENGTH_BEFORE = re.compile(rf"{_IMPERIAL}\s*\(\s*$", re.IGNORECASE)
_LENGTH_AFTER = re.compile(rf"\s*\(\s*{_IMPERIAL}\b", re.IGNORECASE)


_LENGTHS = {"foot", "meter", "inch", "yard", "centimeter", "kilometer", "mile"}
_LEAPS = {"jump", "leap", "vault", "dive"}


def _jumped(root: Token) -> bool:
    """Whether the amount is how far a body jumped ("jumped 30ft", "leapt 8 metres")."""
    token = root
    for _ in range(3):
        if token.pos_ == "VERB":
            break
        token = token.head
    return token.pos_ == "VERB" and (
        token.lemma_ in _LEAPS or token.lower_ in ("leapt", "leaped", "dove")
    )


def _old_after(doc: Doc, i: int) -> int | None:
    """Index of "old" in "65-year-old" / "18 month-old" / "five years old" after token i."""
    j = i + 2 if i + 1 < len(doc) and doc[i + 1].text in ("-", "–") else i + 1
    return j if j < len(doc) and doc[j].lower_ in ("old", "olds") else None  # "20-year-olds"


def _thousands_of_metres(span: Span) -> bool:
    """ "the marathon and 10,000m": thousands glued to an "m" with a comma are metres, as
    "1500m" is, unless a noun they count follows ("1,300m people") or money came before in
    the sentence ("5bn euros, after 4,500m"): millions then."""
    doc = span.doc
    return bool(
        re.fullmatch(r"[1-9]\d?,\d{3}m", span.text)
        and not (span.end < len(doc) and doc[span.end].tag_ in ("NNS", "NNPS"))
        and not _MONEY_BEFORE.search(doc_text(doc)[span.sent.start_char : span.start_char])
    )


def _measured(span: Span) -> bool:
    """ "the 60m hurdles", "she is 1.8m tall", "Idowu landed 17.30m": a glued "m" that is
    metres (a race, a dimension, an athlete's mark), not millions ("60m people")."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in ("and", "or"):  # "the 800m and 1,500m titles"
        j = span.end + 1
        glued = j < len(doc) and _GLUED_M.fullmatch(doc[j].text)
        spaced = j + 1 < len(doc) and doc[j].like_num and doc[j + 1].text == "m"
        nxt = j + 1 if glued else j + 2 if spaced else None
        after = doc[nxt].lower_ if nxt is not None and nxt < len(doc) else after
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    owner = doc[span.start - 2].lower_ if span.start > 1 else ""
    return (
        before in ("the", "final")
        or (before in ("'s", "’s", "'") and owner in ("men", "women", "boys", "girls"))
        or (before == "over" and owner in _RACES)  # "a sprint over 60m": the distance run
        # "the fastest over 800m", "his time over 400m": the distance a speed is measured on
        or (before == "over" and owner in _SPEEDS)
        # "the queue stretched for nearly 200m": the length a thing extends for
        or (before == "for" and span.start > 1 and doc[span.start - 2].lemma_ in _EXTENDS)
        or after in _DIMENSIONS
        or _LENGTH_BEFORE.search(parsed_text(doc, max(0, span.start_char - 24), span.start_char))
        or _LENGTH_AFTER.match(parsed_text(doc, span.end_char, span.end_char + 30))
        # "move at 3.7m/h": a speed, metres an hour
        or re.match(r"/\s?(?:h|hr|s|sec|min)\b", parsed_text(doc, span.end_char, span.end_char + 6))
        or (
            after in _RACES and float(re.sub(r"^\D+", "", span.text)[:-1].replace(",", "")) <= 10000
        )
        or (span.root.head.lemma_ in _ATHLETICS and span.root.dep_ in ("dobj", "npadvmod"))
        # "cut inside and race 30m to score": the verb the parser took for a noun
        or before in _MOVED
        # "a season's best of 7.95m", "a throw of 65.3m"; not "a record of 7.95m viewers"
        or (
            before == "of"
            and (
                owner in _MARKS
                # "a personal best of 8.10m", "a world record of 4.91m"
                or (
                    owner in ("best", "record")
                    and span.start > 2
                    and doc[span.start - 3].lower_ in _BESTS
                )
            )
            and not (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"))
        )
    )


def _quoted_currency(kind: str, rate: str | None, owner: str | None) -> str | None:
    """An exchange rate's currency: the one whose price in another it is ("the rand weakened
    to 18.95 per dollar": rand), when the amount has no currency of its own."""
    if kind != "count" or rate is None or owner is None or rate.lower() not in CURRENCY_WORDS:
        return None
    words = owner.lower().split()
    name = " ".join(words[-2:]) if " ".join(words[-2:]) in CURRENCY_WORDS else words[-1]
    if name in ("cent", "cents", "penny", "pence"):
        return None
    return CURRENCY_WORDS.get(name) or AFTER_A_SCALE.get(name)  # "the rand": its name here


# A number in digits, then a scale in the plural: "£22 billions", "3 millions of euros" (that
# many of the scale, as "22 billion"; "billions" alone is vague).
_PLURAL_SCALE_AFTER_DIGITS = re.compile(r"(?i)\d\s*(?:thousands|millions|billions|trillions)\b")


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
        somewhere = re.search(r"(?i)\bsomewhere\s+$", text[max(0, body_start - 12) : body_start])
        # "somewhere between $20,000 and $30,000": an approximate range
        qualifier = "somewhere between" if somewhere else None
        body_start += 8
        start = body_start
    elif qualifier and body.lower().startswith(qualifier):
        body_start += len(qualifier)
        while body_start < span.end_char and text[body_start].isspace():
            body_start += 1
    parts = _split_range(text, body_start, span.end_char)
    # "6.1 inches and 6.7 inches": two amounts, a range only after "between".
    # "$ 387.00 / $ 387.50 an ounce": a bid and an ask, two prices; "$5 or $6": two prices.
    gap = text[parts[0][1] : parts[1][0]].strip() if len(parts) == 2 else ""
    listed = len(parts) == 2 and not between and gap in ("and", "/", "or")
    if listed and gap == "or" and next_or(*(text[a:b] for a, b in parts)):
        listed = False  # "two or three pounds": one range
    following = text[span.end_char : span.end_char + 30]
    currency = _currency(text[body_start : span.end_char], following) if label == "MONEY" else None
    kind = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}.get(label, "count")
    unit = _unit(label, span)
    if kind == "money" and currency is None and (measure := unit_in(span)):
        kind, unit = "quantity", measure[0]  # "carries 220 kV.": a unit the model took for money
    if (kind == "money" and currency is None) or (kind == "quantity" and unit is None):
        kind = "count"
    # "the 60m hurdles", "contest the 60m": a distance; "60m people" is a count of millions.
    # the number without its qualifier: "about 300m long" is metres as "300m long" is
    numeral = text[body_start : span.end_char]
    metres = kind == "count" and (
        (
            re.fullmatch(r"\d{1,2},?\d{1,3}(?:\.\d\d?)?m|\d(?:\.\d\d?)?m", numeral)
            and span.start > 0
            and _measured(span)
        )
        # "1500m will be her distance": four or five bare digits against an "m" are metres
        # (millions that many would be written in billions)
        or re.fullmatch(r"[1-9]\d{3,4}m", span.text)
        or _thousands_of_metres(span)
        # "120 m tall", "30 m from the boat": a spaced "m" before no noun
        or (span.text.endswith(" m") and marked_unit(doc, span.end - 1) == "meter")
    )
    if metres:
        kind, unit = "quantity", "meter"
    kilometres = (
        kind == "count"
        and re.fullmatch(r"\d{1,3}[Kk]", span.text)
        and span.end < len(doc)
        and doc[span.end].lemma_.lower() in _RUNS
    )
    if kilometres:  # "a 10K race", "the 5k run": a distance run, not thousands
        kind, unit = "quantity", "kilometer"
    if unit == "quarter" and re.search(r"(?i)[a-z]-quarters?\b", span.text):
        kind, unit = "count", None  # "three-quarters": a fraction, not three periods
    old = _old_after(doc, span.end - 1) if kind == "quantity" and unit in PERIODS else None
    if old is not None:  # "a 2,900 year-old site"
        kind, span = "age", Span(doc, span.start, old + 1, label=span.label_)
    approximate, bound = QUALIFIERS.get(qualifier, (False, None)) if qualifier else (False, None)
    if qualifier is None and span.text.lower().endswith("-odd"):
        qualifier, approximate = "odd", True  # "the 80-odd resorts": about 80
    if bound is None and (after_bound := _OR_MORE.match(text, span.end_char, span.end_char + 60)):
        bound = "lower" if after_bound[1] else "upper"
    if qualifier is None and (about := _OR_SO.match(text, span.end_char, span.end_char + 50)):
        qualifier, approximate = f"or {about[1].lower()}", True  # "$5m or so": about $5m
    plus = span.text.lower().endswith("-plus") or re.match(r"-?plus\b|\+", text[span.end_char :])
    if qualifier is None and bound is None and plus:
        qualifier, bound = "plus", "lower"  # "a 40-plus crowd", "300+ staff": more than
    counted = _counted(span, kind)
    per = unit_in(span) if kind == "quantity" else None
    rate = (per[1] if per else None) or _rate(doc, span)
    root = _number_root(span)
    direction = (
        direction_of(root, span.end) or direction_after(text, span.end_char) or direction_by(span)
    )
    if NO_CHANGE_BEFORE.search(text[max(0, span.start_char - 14) : span.start_char]) or moved_to(
        doc, start
    ):
        # "rose 56% to 1.16bn euros": the level reached is no change; nor is "lost her £7.5m
        # case", an amount describing the noun after it
        direction = None
    if direction and kind == "quantity" and unit in _LENGTHS and _jumped(root):
        direction = None  # "jumped 30ft from a window": a leap's length, no amount that rose
    concept = concept_of(span, kind, kind != "count" or unit is not None, counted)
    quoted = _quoted_currency(kind, rate, counted or concept)
    if quoted:
        kind, currency = "money", quoted  # "the yen firmed to 151.30 per dollar": yen
    # a sign after the qualifier ("below minus 223C"), not the dash of "sub-7"
    sign = 0 if qualifier and qualifier.endswith("-") else sign_before(text, body_start)
    signed = re.match(r"[-−+]|minus\b", text[body_start : span.end_char], re.IGNORECASE)
    if re.search(r"(?i)plus\s+or\s+$", text[max(0, body_start - 16) : body_start]):
        signed = None  # "plus or minus 3.1 points": a margin
    if signed and signed[0] != "+":
        sign = sign or -1  # the sign is inside the fact's text: negate, keep the start
    level = root.dep_ == "pobj" and root.head.lower_ in ("of", "at", "to")
    if signed and kind == "percent" and direction is None and not level:
        # "Dow +0.2%", "Stoxx 50 -1.3%"; not "a growth rate of -0.1%", a level
        direction = "up" if signed[0] == "+" else "down"
    facts = []
    last_text = doc_text(doc)[parts[-1][0] : parts[-1][1]]
    for i, (p_start, part_end) in enumerate(parts):
        # "$3m." ends a sentence; "$75 U.S." keeps its country's stop
        stop = doc_text(doc)[part_end - 1] == "." and not doc_text(doc)[:part_end].endswith("U.S.")
        p_end = part_end - 1 if stop else part_end
        text = doc_text(doc)[p_start:p_end]
        several = _SEVERAL.match(text)
        # "several thousand", "a few hundred": an order of magnitude, vague as "thousands"
        value = parse_number(text[several.end() :] if several else text)
        if value is None:
            return []
        if metres or kilometres:
            value = scaled(value, 1 / SCALES["m" if metres else "k"])
        # "rose threefold to $3bn" taken whole: a ratio, a count of nothing, then the level
        fold = len(parts) > 1 and i == 0 and text.lower().endswith("fold")
        if len(parts) > 1 and i == 0 and not _HAS_SCALE.search(text) and not fold:
            scale = re.search(r"(thousand|million|billion|trillion|bn|mn|m|k)\b", last_text)
            last = parse_number(last_text)
            if (
                scale
                and not re.search(r"(thousand|million|billion|trillion)", text.lower())
                and (last is None or value * SCALES[scale[1].lower()] <= last)
            ):
                value = scaled(value, SCALES[scale[1].lower()])  # "$250-300m", not "$200 to $4m"
            elif (
                not listed
                and not re.search(r"(?i)\bfrom\s+$", doc_text(doc)[max(0, p_start - 6) : p_start])
                and elided_thousands(text, last_text.split()[0] if last_text else "")
            ):
                value = scaled(value, 1000)  # "15 and 20,000 people"; "from 2 to 3,000" a change
        subunit = next((w for w in re.split(r"[\s-]+", text.lower()) if w in SUBUNITS), None)
        if subunit is None and i < len(parts) - 1 and re.fullmatch(r"[\d.,]+", text):
            # "25-45 cents an ounce": the bare first end is in the cents of the second
            subunit = next(
                (w for w in re.split(r"[\s-]+", last_text.lower()) if w in SUBUNITS), None
            )
        fact_unit = unit
        whole = _WHOLE_AND_SUBUNIT.match(text)
        if currency and subunit and whole:  # "3 dollars 50 cents": one amount, in dollars
            value = (parse_number(whole[1]) or 0) + scaled(parse_number(whole[2]) or 0, 0.01)
        elif (currency and subunit) or _PENCE.match(text) or (currency and _GLUED_C.match(text)):
            value = scaled(value, 0.01)
            cents = subunit in ("cent", "cents") or _GLUED_C.match(text)  # "45c"
            fact_unit = "cent" if cents else "penny"
        vague = bool(several) or any(w in re.findall(r"[a-z]+", text.lower()) for w in VAGUE)
        if vague and not several and _PLURAL_SCALE_AFTER_DIGITS.search(text):
            vague = False  # "£22 billions": 22 billion, a plural the writer gave the scale
        fact_start = start if i == 0 else p_start
        if i == 0 and sign:
            # the sign is before the number; a qualifier's start is already before both
            value, fact_start = -value, fact_start - (max(sign, 0) if start == body_start else 0)
        facts.append(
            _fact(
                "count" if fold else kind,
                doc,
                fact_start,
                p_end,
                value,
                sentence,
                unit=None if fold else fact_unit,
                currency=None if fold else currency,
                qualifier=qualifier,
                approximate=approximate or vague,
                bound=bound,
                rate=rate,
                counted=None if fold else counted,
                direction=direction,
                concept=concept,
                vague_range=(value, value * 10) if vague and len(parts) == 1 else None,
            )
        )
    verb = doc[span.start - 1] if span.start > 0 else None
    if verb is not None and verb.lower_ == "by" and span.start > 1:
        verb = doc[span.start - 2]  # "rose by 0.2% to 3.1%"
    # "adding $1.89 to $48.62": what was added, then the level reached
    moved = verb is not None and (
        verb.lemma_ in UP_VERBS | DOWN_VERBS | {"add"} or doc[span.start - 1].lower_ == "by"
    )
    if (
        len(facts) == 2
        and moved
        and doc_text(doc)[parts[0][1] : parts[1][0]].strip() == "to"
        and change_then_level(verb, facts[0].value, facts[1].value)
    ):
        # "rose $1 to $58": the change, then the level it reached
        change = {**dict.fromkeys(UP_VERBS | {"add"}, "up"), **dict.fromkeys(DOWN_VERBS, "down")}
        first = replace(facts[0], direction=change.get(verb.lemma_, facts[0].direction))
        # the qualifier before the change is the change's ("lost more than $2 to $43.25")
        level_vague = any(w in re.findall(r"[a-z]+", facts[1].text.lower()) for w in VAGUE)
        level = replace(
            facts[1], direction=None, qualifier=None, approximate=level_vague, bound=None
        )
        return [first, level]
    if len(facts) == 2 and not listed:
        before = doc_text(doc)[max(0, start - 9) : start].lower().split()
        change = bool(before) and before[-1] == "from"
        if not change and descending_split(facts[0], facts[1], before[-1] if before else ""):
            counted = facts[0].counted or facts[1].counted  # "52 to 48 votes": both votes
            return [replace(f, counted=f.counted or counted) for f in facts]  # no range
        roles = ("from", "to") if change else ("min", "max")
        link = "change" if change else "interval"
        facts = [replace(f, range=RangeLink(link, roles[i], 1 - i)) for i, f in enumerate(facts)]
    return facts
