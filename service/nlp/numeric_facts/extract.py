"""The extractor: every numeric fact of a Doc, in text order, built from the other modules."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.ages import ages
from service.nlp.numeric_facts.amounts import _amount_facts, _fact
from service.nlp.numeric_facts.concept import concept_of
from service.nlp.numeric_facts.counted import _counted, _elided, elided_units
from service.nlp.numeric_facts.dates import _date_facts
from service.nlp.numeric_facts.finding import (
    _BARE_AMOUNT,
    _SMALL_PARTS,
    _amount_as_date,
    _fraction,
    _number_tokens,
    _vague_of,
    age_range_end,
    count_in_date,
    fraction_of_scale,
    name_cut,
)
from service.nlp.numeric_facts.fractions import fractions_of_units, single_points
from service.nlp.numeric_facts.home_currency import in_home_dollars
from service.nlp.numeric_facts.levels import reached_levels
from service.nlp.numeric_facts.not_facts import _AMOUNT_LABELS, _YEAR, MONTHS, _skip
from service.nlp.numeric_facts.qualifiers import QUALIFIERS, _qualifier, direction_of
from service.nlp.numeric_facts.ranges import (
    _conversions,
    _from_after_to,
    _inherit_currency,
    _link_ranges,
    _listed_units,
    _shared_concepts,
    _with_subunits,
)
from service.nlp.numeric_facts.syntax import _noun_phrase
from service.nlp.numeric_facts.units import (
    _unit_after,
    glued_c,
    glued_unit,
    unit_at,
    unit_name,
)
from service.nlp.numeric_facts.values import (
    _ORDINAL_DIGITS,
    _ORDINAL_WORDS,
    FREQUENCIES,
    SCALES,
    WORDS,
    is_cardinal,
)
from service.nlp.records import NumericFact, RangeLink
from service.nlp.tokens import parsed_text, positions, tokens

# A height as American news writes it: "6-foot-4" is six feet and four inches.
# "the over-60s", "53% of over 65s", "the under-21s": people of an age group, an age bound
_AGE_GROUP = re.compile(r"(?<![\w-])(over|under)[- ]?(\d{1,2})s\b", re.IGNORECASE)
# A number in scientific notation: "9.11×10^-31", "6.022 x 10^23", "1.99×10−30" (a
# minus sign, or any sign after a "×", marks the exponent; "3 x 10-30" is no power). An
# exponent after "×10" with no caret starts with no zero: "the 4×100m relay" is no 4×10⁰.
_SCIENTIFIC = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:×\s?10\s?(?:(?:\^|\*\*)\s?|(?=[-−+]?[1-9]))"
    r"|[x*]\s?10\s?(?:\^|\*\*)\s?)([-−+]?\d{1,3})(?![\d.,])"
)
_HEIGHT = re.compile(r"(?<![\w.-])(\d)-(?:foot|feet)-(\d{1,2})(?![\w.])", re.IGNORECASE)
# "14-of-22 shooting", "1,874-of-3,362 passes" (a career's tally, thousands with commas)
_OF_TALLY = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})*)-of-(\d{1,3}(?:,\d{3})*)(?![\w-])")
# the plural noun a tally counts, right after it ("passes", "attempts"; not "shooting")
_TALLIED = re.compile(r"\s+([a-z]{3,}s)\b")
# "0-to-60-mph", "a 10-to-15-minute walk": a range hyphened whole to its unit (one word)
_TO_RANGE = re.compile(r"(?<![\w.-])(\d+(?:\.\d+)?)-to-(\d+(?:\.\d+)?)-([A-Za-z/]+)(?![\w-])")
# "the 4x100m relay", "4 x 400 metres": a relay of four legs, each the distance written
_RELAY = re.compile(r"(?<![\w.-])[2-9]\s?[x×]\s?(\d{2,4})\s?(m|metres|meters)(?![\w-])", re.I)
# "6ft 5in", "5 feet 11 inches": a height in feet and inches, two facts (the model tags it one)
_FEET_INCHES = re.compile(
    r"(?<![\w.-])(\d\s?(?:ft|feet|foot))\s?(\d{1,2}\s?(?:in|ins|inch|inches))(?![\w])",
    re.IGNORECASE,
)


_PER_PERIOD = re.compile(
    r"[\d.,]+\s+(?:per|a|an|each|every)\s+(?:day|week|month|year|hour)\b(?!\s+(?:ago|earlier))"
)
_SCALED = re.compile(r"\d[\d,]*(?:\.\d+)?(?:bn|bln|mn|mln|tn|m|k)", re.IGNORECASE)
_ERA = re.compile(r"\b(?:A\.D\.|AD|B\.C\.?|BC|BCE)(?!\w)")
_AD = re.compile(r"\b(?:A\.D\.|AD)(?!\w)")


def _glued_measure_at_end(ent: Span) -> bool:
    """ "between 30 and 35C", "20 to 25km": numbers the model tagged a date whose last is
    glued to a unit of measure."""
    glued = glued_unit(ent[-1])
    if not glued or not unit_name(glued[2], glued=True):
        return False
    return _BARE_AMOUNT.fullmatch(f"{ent[:-1].text} {glued[1]}") is not None


def _years_only(text: str) -> bool:
    """Whether every number of a span is a year ("between 1990 and 2004")."""
    numbers = re.findall(r"[\d.,]+\d|\d", text)
    return bool(numbers) and all(_YEAR.fullmatch(n) for n in numbers)


def _measures(ent: Span) -> list[Span]:
    """ "a 4.3 second 40 yard dash", "12 ft 2 in": two amounts each with its unit in one
    entity, as two spans."""
    doc = ent.doc
    for i in range(ent.start + 2, ent.end):
        if (
            doc[i].text[0].isdigit()  # digits: not "three quarters billion"
            and doc[i - 2].text[0].isdigit()
            and doc[i - 1].is_alpha
            and unit_name(doc[i - 1].text)
        ):
            return [
                Span(doc, ent.start, i, label=ent.label_),
                Span(doc, i, ent.end, label=ent.label_),
            ]
    return [ent]


# A number no date holds: thousands grouped ("5,321") or decimals ("1,210.50").
_NO_DAY = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")


_BEFORE_A_YEAR = {"in", "by", "since", "until", "during", "of"}


def _two_numbers(ent: Span) -> list[Span]:
    """ "two eight-year-old girls": a count and a hyphenated amount the model took as one
    entity ("ten"), as two spans; "twenty-five", "two hundred-year-old" stay whole."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 1):
        if (
            doc[i + 1].text in ("-", "–")
            and doc[i - 1].whitespace_
            and is_cardinal(doc[i - 1].lower_)
            and is_cardinal(doc[i].lower_)
            and doc[i - 1].lower_ not in SCALES
            and doc[i].lower_ not in (*SCALES, "hundred")
        ):
            return [
                Span(doc, ent.start, i, label="CARDINAL"),
                Span(doc, i, ent.end, label=ent.label_),
            ]
    for i in range(ent.start + 1, ent.end):
        glued = glued_unit(doc[i - 1])
        if glued and unit_name(glued[2], glued=True) and re.match(r"\d", doc[i].text):
            # "640bhp 5.2 litre V10": an amount glued to its unit, then another amount
            return [
                Span(doc, ent.start, i, label=ent.label_),
                Span(doc, i, ent.end, label=ent.label_),
            ]
    for i in range(ent.start, ent.end - 1):
        if (
            re.fullmatch(r"1[89]\d\d|20\d\d", doc[i].text)
            and doc[i].whitespace_
            and doc[i + 1].text[:1].isdigit()
            and i > 0
            and (doc[i - 1].lower_ in _BEFORE_A_YEAR or doc[i - 1].lower_ in MONTHS)
        ):
            # "in 2004 73% of all e-mail": a year, then an amount the model ran into it
            return [
                Span(doc, ent.start, i + 1, label="DATE"),
                Span(doc, i + 1, ent.end, label="CARDINAL" if ent.label_ == "DATE" else ent.label_),
            ]
    if (
        ent.label_ == "DATE"
        and len(ent) > 2
        and re.fullmatch(r"\d{1,3}", ent[0].text)
        and ent[1].lower_ in ("next", "last", "this", "later", "earlier")
        and (ent.start == 0 or doc[ent.start - 1].lower_ not in ("on", "the", "of", "by"))
    ):
        # "turns 29 next month", "sold 40 last week": a number, then the time the model ran
        # into it
        return [
            Span(doc, ent.start, ent.start + 1, label="CARDINAL"),
            Span(doc, ent.start + 1, ent.end, label="DATE"),
        ]
    if ent.label_ == "DATE":
        for i in range(ent.start + 1, ent.end - 1):
            if doc[i].lower_ == "to" and _NO_DAY.fullmatch(ent[-1].text) and i + 2 == ent.end:
                # "fell 2% on Monday to 1,210.50": a day, then the level reached
                return [
                    Span(doc, ent.start, i, label="DATE"),
                    Span(doc, i + 1, ent.end, label="CARDINAL"),
                ]
    return [ent]


# The words of a fraction ("a third", "a quarter of"), as ``_fraction`` reads them.
_FRACTION_WORDS = frozenset({"third", "quarter", "half", *_SMALL_PARTS})
# The words of the facts found word by word: "twice", "a point", "a third"
_TIMES_AND_PARTS = frozenset({*FREQUENCIES, "a", "an", *_FRACTION_WORDS})


def _counts_times(doc: Doc, token: Token, lowered: str) -> bool:
    """Whether a frequency word ("once", "twice") counts times where it stands."""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    # Not "once you have seen it", nor a comparison ("twice as loud"), nor "formerly"
    # ("he once worked there": before its verb).
    formerly = lowered == "once" and (
        (token.head.i > token.i and token.head.pos_ in ("VERB", "AUX"))
        or after in ("again", "more")  # "once again": an idiom, no count
        or (token.i > 0 and doc[token.i - 1].lower_ == "at")  # "all at once"
    )
    return after != "as" and not formerly


def _sign_after_a_verb(ent: Span) -> int | None:
    """The index of a currency sign inside a money span after a verb the span also holds
    ("2004/5 are £34bn"): where the amount starts."""
    for token in ent[1:]:
        if token.text in ("$", "£", "€", "¥") and token.nbor(-1).pos_ in ("AUX", "VERB"):
            return token.i
    return None


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

    for height in _HEIGHT.finditer(doc_text(doc)):  # "the 6-foot-4 linebacker"
        feet, inches = height.span(1), height.span(2)
        add(
            [
                _fact("quantity", doc, feet[0], height.start(2) - 1, float(height[1]),
                      sentence_of(feet[0]), unit="foot"),
                _fact("quantity", doc, inches[0], inches[1], float(height[2]),
                      sentence_of(feet[0]), unit="inch"),
            ]
        )  # fmt: skip
    for group in _AGE_GROUP.finditer(doc_text(doc)):
        word = group[1].lower()
        add(
            [
                _fact("age", doc, group.start(), group.end(), float(group[2]),
                      sentence_of(group.start()), unit="year", qualifier=word,
                      bound=QUALIFIERS[word][1]),
            ]
        )  # fmt: skip
    for tally in _OF_TALLY.finditer(doc_text(doc)):  # "on 14-of-22 shooting": 14 of 22
        sentence = sentence_of(tally.start())
        noun = _TALLIED.match(doc_text(doc), tally.end())
        counted = noun[1] if noun else None
        add(
            [
                _fact("count", doc, tally.start(i), tally.end(i),
                      float(tally[i].replace(",", "")), sentence, counted=counted)
                for i in (1, 2)
            ]
        )  # fmt: skip
    for hyphened in _TO_RANGE.finditer(doc_text(doc)):
        unit = unit_name(hyphened[3])
        if unit is None:
            continue  # "a 5-to-4-vote margin": a tally, no range of a unit
        sentence = sentence_of(hyphened.start())
        low, high = float(hyphened[1]), float(hyphened[2])
        span = doc.char_span(hyphened.start(), hyphened.end(), alignment_mode="expand")
        shared = {
            "unit": unit[0],
            "rate": unit[1],
            "concept": concept_of(span, "quantity", True, None),
        }
        add(
            [
                _fact("quantity", doc, hyphened.start(1), hyphened.end(1), low, sentence,
                      range=RangeLink("interval", "min", 1), **shared),
                _fact("quantity", doc, hyphened.start(2), hyphened.end(3), high, sentence,
                      range=RangeLink("interval", "max", 0), **shared),
            ]
        )  # fmt: skip
    for power in _SCIENTIFIC.finditer(doc_text(doc)):
        value = float(f"{power[1]}e{int(power[2].replace('−', '-'))}")  # exact as written
        span = doc.char_span(power.start(), power.end(), alignment_mode="expand")
        if span is None:
            continue
        found = unit_at(doc, span.end, span.end + 3)
        end = doc[found[3] - 1].idx + len(doc[found[3] - 1]) if found else power.end()
        start, qualifier = _qualifier(doc, power.start(), end)
        approximate, bound = QUALIFIERS.get(qualifier or "", (False, None))
        kind = "quantity" if found else "count"
        add(
            [
                _fact(kind, doc, start, end, value, sentence_of(power.start()),
                      unit=found[0] if found else None, rate=found[1] if found else None,
                      qualifier=qualifier, approximate=approximate, bound=bound,
                      concept=concept_of(span, kind, True, None)),
            ]
        )  # fmt: skip
    for relay in _RELAY.finditer(doc_text(doc)):
        span = doc.char_span(relay.start(), relay.end(), alignment_mode="expand")
        concept = concept_of(span, "quantity", True, None)
        add(
            [
                _fact("quantity", doc, relay.start(1), relay.end(2), float(relay[1]),
                      sentence_of(relay.start()), unit="meter", concept=concept),
            ]
        )  # fmt: skip
        for i in range(relay.start(), relay.end()):
            taken[i] = True  # the number of legs is no fact of its own
    for height in _FEET_INCHES.finditer(doc_text(doc)):
        sentence = sentence_of(height.start())
        feet, inches = height[1], height[2]
        add(
            [
                _fact("quantity", doc, height.start(1), height.end(1),
                      float(re.match(r"\d+", feet)[0]), sentence, unit="foot"),
                _fact("quantity", doc, height.start(2), height.end(2),
                      float(re.match(r"\d+", inches)[0]), sentence, unit="inch"),
            ]
        )  # fmt: skip
    for found in (part for ent in doc.ents for part in _two_numbers(ent)):
        if found.label_ not in (*_AMOUNT_LABELS, "DATE", "ORDINAL", "TIME"):
            continue
        if taken[found.start_char]:
            continue
        ent = found
        if ent.label_ == "DATE" and (counted := count_in_date(ent)) is not None:
            ent = counted  # "the last two mid-term elections": two elections
        if ent.label_ == "CARDINAL" and len(ent) == 1 and (vague := _vague_of(doc, ent[0], taken)):
            ent = vague  # "billions of euros": the currency the model left out
        if ent.label_ in ("CARDINAL", "DATE") and (whole := fraction_of_scale(doc, ent)):
            ent = whole  # "a quarter of a million students": one number, 250,000
        if ent.label_ == "CARDINAL" and (ages_to := age_range_end(doc, ent)) is not None:
            ent = ages_to  # "voters aged 18-24": the model's entity stops at the hyphen
        if ent.label_ == "CARDINAL" and (cut := name_cut(ent)) is not None:
            ent = cut  # "four Six Nations captains": four, not ten
        if (
            ent.label_ == "DATE"
            and (
                _BARE_AMOUNT.fullmatch(ent.text)
                or _amount_as_date(ent)
                # "20 per week", "30 a month last year": a rate (then a date), not a date
                or _PER_PERIOD.match(ent.text)
                # "was 10bn euros": a number glued to its scale is no date
                or _SCALED.fullmatch(ent.text)
                or (len(ent) == 1 and glued_c(ent[0]))  # "it will be 34c": no date
            )
            and not _years_only(ent.text)  # "between 1990 and 2004": two years, not an amount
        ):
            rate = (
                next(t.i for t in ent if t.lower_ in ("per", "a", "an", "each", "every"))
                if _PER_PERIOD.match(ent.text)
                else None
            )
            # "between 10 and 20"; "20 per week": the number, whose rate follows it
            ent = Span(doc, ent.start, rate or ent.end, label="CARDINAL")
        elif ent.label_ == "DATE" and len(ent) > 1 and _glued_measure_at_end(ent):
            # "between 30 and 35C": the model's date ends in a measure shared by both numbers
            ent = Span(doc, ent.start, ent.end, label="QUANTITY")
        elif (
            ent.label_ in ("DATE", "TIME")
            and (
                _NO_DAY.fullmatch(ent[-1].text)
                or (ent[-1].text.isdigit() and 31 < int(ent[-1].text) < 1000)  # "200m"
            )
            and not ent[-1].whitespace_
            and ent.end < len(doc)
            and doc[ent.end].text in ("m", "km")
        ):
            # "the Olympic 10,000m bronze", "won Olympic 200m gold": the model's date or time
            # ends in a distance (a number no date holds, glued to its unit)
            ent = Span(doc, ent.end - 1, ent.end + 1, label="CARDINAL")
        elif (
            ent.label_ == "QUANTITY"
            and len(ent) > 2
            and ent[0].pos_ == "PROPN"
            and ent[1].like_num
            and _unit_after(doc, ent.start + 2) == ent.end
        ):
            # "Olympic 100 metres champion", "the town of Moengo 56 miles east": the model ran
            # the name before the number into the measure; the name is no part of it
            ent = Span(doc, ent.start + 1, ent.end, label="QUANTITY")
        elif ent.label_ == "MONEY" and (sign := _sign_after_a_verb(ent)):
            # "for 2004/5 are £34bn": the model's span runs a year and a verb into the amount
            ent = Span(doc, sign, ent.end, label="MONEY")
        after = doc[ent.end].text if ent.end < len(doc) else ""
        # "A.D." before or after the number, "BC" after it ("B.C." before is British Columbia)
        before = parsed_text(doc, doc[max(0, ent.start - 3)].idx, ent.end_char)
        era = _AD.search(before) or _ERA.fullmatch(after)
        if ent.label_ in _AMOUNT_LABELS and era:
            # "between A.D. 1000 and 1260", "500 BC": years of an era
            years = [t for t in ent if re.fullmatch(r"\d{1,4}", t.text)]
            add([_fact("year", doc, t.idx, t.idx + len(t), float(t.text), sentence_of(t.idx))
                 for t in years])  # fmt: skip
            continue
        if _skip(doc, ent):
            for i in range(found.start_char, found.end_char):
                taken[i] = True  # not a fact, and not to be found again token by token
            continue
        sentence = sentence_of(ent.start_char)
        glued = ent.end < len(doc) and not ent[-1].whitespace_ and doc[ent.end].is_alpha
        if ent.label_ in ("DATE", "TIME") or (
            ent.label_ == "CARDINAL" and _YEAR.fullmatch(ent.text) and not glued  # "1500m"
        ):
            add(_date_facts(doc, ent, sentence))
        elif ent.label_ == "ORDINAL" or (
            len(ent) == 1 and ent.label_ == "CARDINAL" and _ORDINAL_DIGITS.match(ent.text.lower())
        ):  # "the 1,000th number one", tagged a cardinal
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
                    if head.pos_ in ("NOUN", "PROPN") and head.i != ent.root.i
                    else None
                )
                add(
                    [
                        _fact(
                            "ordinal",
                            doc,
                            ent.start_char,
                            ent.end_char,
                            float(value or int(digits[1].replace(",", ""))),
                            sentence,
                            counted=counted,
                        )
                    ]
                )
        else:
            for part in _measures(ent):
                add(_amount_facts(doc, part, sentence))
    for span in _number_tokens(doc, taken):
        if (ages_to := age_range_end(doc, span)) is not None:
            span = ages_to  # noqa: PLW2901  "among those ages 18-29": untagged, as above
        if not _skip(doc, span):
            add(_amount_facts(doc, span, sentence_of(span.start_char)))
    doc_tokens = tokens(doc)
    for token in (doc_tokens[i] for i in positions(doc, LOWER, _TIMES_AND_PARTS)):
        lowered = token.lower_
        if taken[token.idx] or (token.ent_type_ and lowered not in _FRACTION_WORDS):
            continue
        if lowered in FREQUENCIES and token.dep_ != "mark" and _counts_times(doc, token, lowered):
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
        elif lowered in ("a", "an") and (
            point := single_points(doc, token, sentence_of(token.idx))
        ):
            add([point])  # "gained a point", "fell almost a point"
        elif lowered in _FRACTION_WORDS and _fraction(doc, token):
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
                        WORDS.get(lowered) or 1 / _ORDINAL_WORDS[lowered],
                        sentence_of(token.idx),
                        qualifier=qualifier,
                        approximate=approximate,
                        bound=bound,
                        counted=_counted(span, "count"),
                        direction=direction_of(token, token.i + 1),  # "up by a third"
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
    listed = _listed_units(doc, _with_subunits(doc, ordered))
    linked = _conversions(doc, _link_ranges(doc, listed))
    facts = _inherit_currency(elided_units(doc, _elided(doc, _from_after_to(doc, linked))))
    facts = _times_over(doc, ages(doc, _shared_concepts(doc, fractions_of_units(doc, facts))))
    return _result_shares(doc, reached_levels(doc, in_home_dollars(doc_text(doc), facts)))


# Verbs of a contest's result, whose "N% to M%" after an object is each side's share.
_RESULT_VERBS = {"win", "lose", "beat", "defeat", "carry", "lead", "trail", "edge", "take"}


def _result_shares(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "she lost the state 36 percent to 51 percent", "won the district 58% to 40%": after a
    verb of a contest's result and its object, two percents joined by "to" are the two sides'
    shares (NewsQuant marks each, "="), no range from one to the other and no fall of "lost"."""
    shares = set()
    for i, (first, second) in enumerate(itertools.pairwise(facts)):
        if not (
            first.kind == second.kind == "percent"
            and first.range is not None
            and first.range.partner == i + 1
            and doc_text(doc)[first.end : second.start].strip().lower() == "to"
        ):
            continue
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        verb = _result_verb(span[-1]) if span is not None else None
        if verb is not None and any(
            c.dep_ == "dobj" and c.i < span.start and not c.like_num for c in verb.children
        ):
            shares |= {i, i + 1}
    return [
        replace(fact, range=None, direction=None) if i in shares else fact
        for i, fact in enumerate(facts)
    ]


def _result_verb(token: Token) -> Token | None:
    """The verb of a contest's result the percent hangs on ("lost ... 36 percent"), if any."""
    head = token.head
    if (
        token.dep_ in ("npadvmod", "dobj", "advmod", "pobj")
        and head.lemma_.lower() in _RESULT_VERBS
    ):
        return head
    return None


_TIMES = re.compile(r"-times?\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r" [A-Za-z]")


def _times_over(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """ "a two-time champion", "the 3-time winner": how many times, as "twice" is (kind
    ``frequency``), not a count of times. "a one-time ally" (a former one), "a one-time
    fee" (a single one): no number of anything, no fact."""
    text = doc_text(doc)
    result = []
    for fact in facts:
        times = _TIMES.match(text, fact.end)
        single = times and times[0].lower() == "-time" and fact.value == 1
        if single and fact.kind == "count" and _WORD_AFTER.match(text, times.end()):
            continue
        if times and fact.kind == "count" and not fact.range and fact.value >= 2:
            fact = replace(  # noqa: PLW2901
                fact, kind="frequency", counted=None, concept=None, end=times.end(),
                text=text[fact.start : times.end()],
            )  # fmt: skip
        result.append(fact)
    return result
