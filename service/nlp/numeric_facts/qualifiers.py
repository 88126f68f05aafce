"""Qualifiers before a number: approximate ("about") and bounds ("more than", "up to")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.tree import children
from service.nlp.numeric_facts.units import CURRENCY_WORDS, DURATIONS, unit_name
from service.nlp.numeric_facts.values import DENOMINATORS, is_cardinal

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
    "closer to": (True, None),  # "the actual number is closer to 15 percent"
    "near": (True, None),  # "trading near $50", "a near 10-year low": either side of it
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
    "upto": (False, "upper"),  # "play upto eight hours": written as one word
    "at most": (False, "upper"),
    "just under": (True, "upper"),
    "no more than": (False, "upper"),
    "not more than": (False, "upper"),
    "no less than": (False, "lower"),
    "no fewer than": (False, "lower"),
    "not less than": (False, "lower"),
    "above": (False, "lower"),
    "greater than": (False, "lower"),
    "as few as": (False, "lower"),
    "below": (False, "upper"),
    "as many as": (False, "upper"),
    "as much as": (False, "upper"),
    "as high as": (False, "upper"),  # "could be as high as 42 percent": as "as much as"
    "as little as": (False, "lower"),  # the least it may be, as "as few as"
    "smaller than": (False, "upper"),
    "bigger than": (False, "lower"),
    "larger than": (False, "lower"),
    "sub-": (False, "upper"),  # "sub-7 nanometer chips"
    "well over": (False, "lower"),
    "well above": (False, "lower"),
    "a little over": (True, "lower"),
    "slightly more than": (True, "lower"),
    "just above": (True, "lower"),
    "north of": (False, "lower"),
    "upward of": (False, "lower"),
    "a minimum of": (False, "lower"),
    "well under": (False, "upper"),
    "well below": (False, "upper"),
    "a little under": (True, "upper"),
    "slightly less than": (True, "upper"),
    "just below": (True, "upper"),
    "short of": (False, "upper"),
    "shy of": (False, "upper"),
    "a maximum of": (False, "upper"),
    "in the region of": (True, None),
    "somewhere": (True, None),  # "somewhere near 5,000"
    "somewhere between": (True, None),  # "charges somewhere between $20,000 and $30,000"
    "somewhere around": (True, None),
    "on the order of": (True, None),
    "approx.": (True, None),
    "approx": (True, None),
    "circa": (True, None),
    "estimated": (True, None),
    "estimated at": (True, None),  # "inflation, estimated at 20 percent"
    "exactly": (False, None),
    "just": (False, None),  # "grew by just 3%": said to be no more
    "only": (False, None),  # "rose only 0.2 percent": as "just" (not "the only two")
    # The verb "average" before its amount: a typical value, not each one ("averaging 15.9
    # degrees"; CQE's bounds table: "~"). The noun ("an average of 70 days") names the
    # figure itself.
    "averaging": (True, None),
    "averaged": (True, None),
    # From CQE's published bounds (number_lookup.py), as NewsQuant's authors read them
    "barely": (True, None),  # "turnout was barely 40 percent": CQE's "~"
    "exceeding": (False, "lower"),  # "contracts exceeding $5m"
    # the verb's other forms, as CQE reads it by its lemma: "is set to exceed 25bn"
    "exceed": (False, "lower"),
    "exceeds": (False, "lower"),
    "exceeded": (False, "lower"),
    # the siblings of the words above ("north of", "close to", "slightly more than", "a
    # little over"), each read as its sibling is
    "south of": (False, "upper"),
    "close on": (True, "upper"),
    "more or less": (True, None),
    "the best part of": (True, "upper"),
    "slightly over": (True, "lower"),
    "slightly above": (True, "lower"),
    "a little more than": (True, "lower"),
    "just more than": (True, "lower"),
    "slightly under": (True, "upper"),
    "slightly below": (True, "upper"),
    "a little less than": (True, "upper"),
    "just less than": (True, "upper"),
    # comparatives before their amount, as "greater than" ("scored higher than 3%", "priced
    # lower than $5", "older than 65"); CQE's table reads "higher" ">" and "lower" "<"
    "higher than": (False, "lower"),
    "lower than": (False, "upper"),
    "longer than": (False, "lower"),
    "shorter than": (False, "upper"),
    "older than": (False, "lower"),
    "younger than": (False, "upper"),
    "faster than": (False, "lower"),
    "slower than": (False, "upper"),
    "heavier than": (False, "lower"),
    "cheaper than": (False, "upper"),
}


_QUALIFIER_RE = re.compile(
    r"^("
    + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
    + r")(?:(?<=-)|\s+)",
    re.IGNORECASE,
)


_LONGER = {q: [other for other in QUALIFIERS if other.endswith(f" {q}")] for q in QUALIFIERS}
_QUALIFIER_WORDS = {w for phrase in QUALIFIERS for w in phrase.split()} | {"a", "an", "the"}
# Denominators of fractions written in words ("a third", "two-thirds", "one-twentieth").


def _qualifier(doc: Doc, start: int, end: int) -> tuple[int, str | None]:
    """Start char of the fact (extended over a qualifier before it) and the qualifier."""
    inside = _QUALIFIER_RE.match(doc_text(doc)[start:end])
    before = doc_text(doc)[max(0, start - 20) : start]
    if inside:
        word = inside[1].lower()
        if (
            (word == "up to" and _verb_particle(doc, start))
            or (word == "about" and _verbs_preposition(doc, start))
            or (
                word == "over"
                and (
                    _over_particle(doc, start)
                    or _raced_over(doc, before, start + len(inside[0]))
                    or _over_a_time(doc, start)
                )
            )
        ):
            # "turned up to one gig", "handed over $5m", "three races over 100 metres", "care
            # about two things"
            return start + len(inside[0]), None
        for longer in _LONGER[word]:  # "not more than" when the entity holds "more than"
            if before.lower().endswith(longer[: -len(word)]):
                return start - len(longer) + len(word), longer
        return start, word
    match = _QUALIFIER_BEFORE.search(before)
    if match is None and (sign := re.search(r"(?i)(?:\bminus[- ]?|\bplus |[-−+])$", before)):
        match = _QUALIFIER_BEFORE.search(before[: sign.start()])  # "below minus 223C"
    if match and re.search(r"\d-$", before[: match.start()]):
        match = None  # "a 5-under 67": a golf score against par, no bound
    if (
        match
        and match[1].lower() in ("over", "under", "above", "below")
        and re.search(r"\s(?:a|an)\s+$", match[0], re.IGNORECASE)
        and (
            re.match(r"[\d$£€¥]", doc_text(doc)[start:end])
            or _word_hyphened(doc_text(doc)[start : end + 20])
        )
    ):
        # "over a 20-year career", "over a two-week period": a preposition and its noun
        # phrase, no bound
        match = None
    if match and match[1].lower() == "over" and _raced_over(doc, before[: match.start()], start):
        match = None  # "three races over 100 metres": the distance raced, no bound
    if (
        match
        and match[1].lower() == "up to"
        and _verb_particle(doc, start - len(before) + match.start())
    ):
        match = None  # "turned up to one gig": the verb's particle, no bound
    if (
        match
        and match[1].lower() == "over"
        and _over_particle(doc, start - len(before) + match.start())
    ):
        match = None  # "handed over $25 million": the verb's particle, no bound
    if (
        match
        and match[1].lower() == "over"
        and _over_a_time(doc, start - len(before) + match.start())
    ):
        match = None  # "developed over four years": the time it took, no bound
    if (
        match
        and match[1].lower() == "about"
        and _verbs_preposition(doc, start - len(before) + match.start())
    ):
        match = None  # "they care about two things": what they care about, no approximation
    if (
        match
        and match[1].lower() == "only"
        and re.search(r"\b(?:the|its|his|her|their|our|my|your)\s+$", before[: match.start()], re.I)
    ):
        match = None  # "the only two players": which ones, not how many
    if (
        match
        and match[1].lower() in _COMPARATIVES
        and re.search(
            r"(?:\btimes|fold|%|\bper\s*cent|\bpercent|\d)\s*$",
            doc_text(doc)[
                max(0, start - len(before) + match.start() - 12) : start
                - len(before)
                + match.start()
            ],
            re.IGNORECASE,
        )
    ):
        match = None  # "2,000 times faster than a 512kbps line": a ratio to it, no bound
    if match:
        return start - len(before) + match.start(), match[1].lower()
    return start, None


# The comparatives "than" makes a bound of ("higher than 3%"), unless an amount says how
# much ("2,000 times faster than", "10% cheaper than").
_COMPARATIVES = {q for q in QUALIFIERS if q.endswith(" than") and q.split()[0].endswith("er")}


# Verbs whose particle "up" makes "up to" no bound: "turned up to one gig", "signed up to
# two clubs"; not "could cost up to £90", nor "went up to 5%" (NewsQuant marks "inching back
# up to 4.8 percent" a bound).
UP_PARTICLE_VERBS = {
    "turn", "show", "sign", "live", "own", "face", "catch", "measure", "open", "line", "wake",
}  # fmt: skip


# Verbs whose particle "over" gives something, no bound: "handed over $25 million".
_OVER_PARTICLE_VERBS = {"hand", "fork", "turn", "shell", "cough", "sign", "give"}


def _over_particle(doc: Doc, char: int) -> bool:
    """Whether "over" at ``char`` follows a verb it is the particle of ("forked over $5")."""
    word = doc.char_span(char, char + 4) if char >= 0 else None
    return (
        word is not None
        and len(word) == 1
        and word[0].i > 0
        and doc[word[0].i - 1].lemma_.lower() in _OVER_PARTICLE_VERBS
    )


def _verbs_preposition(doc: Doc, char: int) -> bool:
    """Whether the word at ``char`` is a preposition the parser hangs on a verb, not on the
    number after it ("care about two things"; "cost about $5m" hangs it on the number)."""
    word = doc.char_span(char, char + 5) if char >= 0 else None
    return (
        word is not None
        and len(word) == 1
        and word[0].dep_ == "prep"
        and word[0].head.lemma_ in _ABOUT_VERBS
        # the thing talked about, counted ("two things"): not "paid about 80p"
        and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in children(word[0]))
    )


# Verbs whose complement is "about" a thing ("care about two things", "talked about three
# options"): that "about" is no approximation.
_ABOUT_VERBS = {
    "care", "talk", "know", "think", "worry", "speak", "hear", "ask", "learn", "write",
    "complain", "argue", "read", "forget", "joke", "dream", "wonder", "tell", "teach", "boast",
}  # fmt: skip


def _over_a_time(doc: Doc, char: int) -> bool:
    """Whether "over" at ``char`` is the preposition of a span of time ("developed over four
    years", "a pay rise over two years", "Over five years, ..."): the time it took, not "more
    than" (which the parser hangs on the number: "took over 10 hours", "for over 30 years")."""
    word = doc.char_span(char, char + 4) if char >= 0 else None
    if word is not None and len(word) == 1 and _fronted_over_a_time(doc, word[0]):
        return True
    if word is not None and len(word) == 1 and _over_a_time_after_an_amount(doc, word[0]):
        return True
    if word is None or len(word) != 1 or word[0].dep_ != "prep":
        return False
    period = next((c for c in children(word[0]) if c.dep_ == "pobj"), None)
    return (
        period is not None
        and period.lower_ in DURATIONS
        and any(c.dep_ == "nummod" and c.like_num for c in children(period))
    )


def _over_a_time_after_an_amount(doc: Doc, over: Token) -> bool:
    """ "will spend $1.2-billion over three years", "offering $30 billion over 10 years": "over"
    right after an amount, before a number of periods, is the span the amount is spread over,
    even when the parser hangs "over" on the number as "more than" would be ("took over 10
    hours", "for over 30 years": a verb or a preposition before it, no amount)."""
    if over.dep_ != "quantmod" or over.i == 0:
        return False
    number, before = over.head, doc[over.i - 1]
    period = number.head if number.dep_ == "nummod" else None
    amount = before.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or (
        before.like_num and before.dep_ != "quantmod"
    )
    return (
        amount
        and number.i == over.i + 1
        and period is not None
        and period.i == number.i + 1
        and period.lower_ in DURATIONS
    )


def _fronted_over_a_time(doc: Doc, over: Token) -> bool:
    """ "Over 20 years, prices doubled": "over" opening its clause (the sentence's start or
    after a comma) with a number of periods set off by a comma is the span a thing took, even
    when the parser hangs "over" on the number ("Over 10 years ago" and "took over 10 hours"
    stay "more than")."""
    if over.dep_ != "quantmod" or not (over.is_sent_start or doc[over.i - 1].text == ","):
        return False
    number = over.head
    period = number.head if number.dep_ == "nummod" else None
    return (
        period is not None
        and period.i == number.i + 1
        and period.lower_ in DURATIONS
        and period.i + 1 < len(doc)
        and doc[period.i + 1].text == ","
    )


def _verb_particle(doc: Doc, char: int) -> bool:
    """Whether the word at ``char`` is a verb's particle ("up" of "turned up to", of "pushed
    claims up to $37bn": a level something was moved to, no bound)."""
    word = doc.char_span(char, char + 2) if char >= 0 else None
    if word is None or len(word) != 1:
        return False
    before = doc[word[0].i - 1] if word[0].i > 0 else None
    return (
        (word[0].dep_ == "prt" and word[0].head.lemma_ in UP_PARTICLE_VERBS)
        or (
            before is not None
            and before.dep_ == "dobj"
            and before.head.lemma_ in _SENDS | {"bring", "take", "bump", "ramp"}
        )
        # "adds up to 185,000", "added up to $5m": a total, whatever the parser hangs "up" on
        or (before is not None and before.lemma_ == "add" and word[0].lower_ == "up")
    )


_QUALIFIER_BEFORE = re.compile(
    r"\b(" + "|".join(map(re.escape, sorted(QUALIFIERS, key=len, reverse=True))) + r")"
    r"(?:(?<=-)|\s+(?:an?\s+)?)$",
    re.IGNORECASE,
)


# Verbs of change: the amount they take is a change ("sales rose 2%", "shares lost 3%").
UP_VERBS = {
    "rise", "climb", "gain", "jump", "increase", "grow", "surge", "soar", "rally", "advance",
    "rebound", "expand", "accelerate", "swell", "spike", "leap", "firm", "widen", "improve",
    "add",  # "the Nasdaq added 1.2%", "employers added 150,000 jobs"
    "strengthen", "appreciate", "bounce",  # a currency or an index regaining ground
    "double", "triple", "quadruple",  # "revenue doubled to $4 billion"
    "ascend", "rocket", "skyrocket", "balloon",  # CQE's "ascend" and its siblings
    "recoup", "leapt",  # "leapt": the model's lemma of "leapt"
}  # fmt: skip
DOWN_VERBS = {
    "fall", "drop", "decline", "lose", "slip", "slide", "plunge", "tumble", "sink", "shed",
    "dip", "decrease", "ease", "shrink", "plummet", "slump", "retreat", "weaken", "crash",
    "dive", "contract", "narrow", "sag", "skid", "erode", "fell", "pare", "depreciate",
    "halve",  # "profit halved to £2m"
    "collapse", "descend", "stumble", "nosedive", "tank", "dwindle",  # CQE's, and siblings
    "soften", "slacken", "deteriorate", "par",  # "par": the model's lemma of "pared"
}  # fmt: skip
# Verbs that change something else: a change "by" an amount ("cut prices by 5%"). Of what
# they take, only a cut is a change ("cut 2,000 jobs", "slashed $40m from the budget": the
# jobs, the budget fall by it); a raise is not ("raised $10m": money collected).
# "upped it by 5%", "extended its lead by 5 points"
UP_BY = {"raise", "boost", "lift", "hike", "increase", "push", "up", "bump", "extend", "lengthen",
         "widen", "prolong"}  # fmt: skip
DOWN_BY = {"cut", "reduce", "lower", "trim", "shave", "slash", "decrease", "chop", "shorten"}
# Verbs whose "up"/"down" particle says which way an amount moved ("edged down 0.03%").
_MOVES = {"edge", "tick", "inch", "go", "move", "creep", "trend", "head", "be", "end", "close",
          "finish", "open", "trade", "come", "shoot", "jump", "climb", "fall",
          "send", "drive", "knock", "leave", "settle", "pick", "perk",
          "nudge", "drift", "crawl"}  # fmt: skip  # "nudged up", "drifted down": as "edged"
# Verbs that move something else: their particle is a direction of the thing moved ("sent
# shares down 5%"), not of an amount they take ("sending down 200 megabytes of traffic").
_SENDS = {"send", "drive", "knock", "pick", "push"}
# Verbs whose "off" particle is a fall: "sold off 2.5%", "knocked off 30 points".
_OFF_MOVES = {"sell", "knock", "tail", "come", "drop", "fall", "slip", "trade"}
# Nouns an amount may be "of" after "by" or "at": "by an average of £40".
_MEASURES = {"average", "total", "rate", "pace", "maximum", "minimum", "estimate"}
# Words after which an amount is no change, whatever verb the parser hangs it on: "to" a
# level reached ("rose 2% to $5"), a possessive before the noun it describes ("lost her £7.5m
# case").
# ("rose to plus 11": the level's sign between)
NO_CHANGE_BEFORE = re.compile(
    r"(?i)(?:(?<!up )\bto(?:\s+(?:plus|minus))?|\b(?:her|his|its|their|our|my|your))\s*$"
)
_MOVED_TO = re.compile(r"(?i)\b(?:up|down)\s+to\s+$")


def moved_to(doc: Doc, start: int) -> bool:
    """Whether the amount at char ``start`` is the level a verb moved its object to:
    "pushed the dollar up to $1.3270", "brought the deficit down to $4bn" (no change, as
    "rose to $5"; "up to" is a bound otherwise)."""
    text = doc_text(doc)
    match = _MOVED_TO.search(text[max(0, start - 12) : start])
    if not match:
        return False
    char = start - (len(text[max(0, start - 12) : start]) - match.start())
    word = doc.char_span(char, char + len(match[0].split()[0]))
    if word is None or len(word) != 1:
        return False
    particle = word[0]
    before = doc[particle.i - 1] if particle.i > 0 else None
    return (particle.dep_ == "prt" and particle.head.pos_ == "VERB") or (
        before is not None
        and before.dep_ == "dobj"
        and before.head.lemma_ in _SENDS | {"bring", "take", "bump", "ramp"}
    )


# Races and the like run "over" a distance: "a sprint over 60m", "heats over 200 metres".
_RACED_OVER = re.compile(
    r"(?i)\b(?:races?|sprints?|hurdles|relays?|heats?|dash|swims?|time[- ]trials?)\s+$"
)
# A verb that runs over a distance only when a length follows: "raced over 400 metres", not
# "Labour contested over 600 seats"; so do a record, a title or a time set over it ("the
# British record over 60m", "titles over 1500m", "6.61 seconds over 60m", "compete over 1500m").
_RACED_VERB = re.compile(
    r"(?i)\b(?:raced|contested|records?|titles?|medallist|champion|seconds|secs"
    r"|compete[sd]?|competing)\s+$"
)
_LENGTH = re.compile(r"(?i)[\d.,]+\s*(?:k?m|metres?|meters?|kilomet(?:re|er)s?|miles?|yards?)\b")
# A length before the event run over it: "over 60m hurdles", "over 200m freestyle".
_BEFORE_EVENT = re.compile(
    r"(?i)[\d.,]+\s*(?:m|metres?|meters?)\s+(?:hurdles|relay|freestyle|backstroke|breaststroke"
    r"|butterfly|medley|steeplechase|sprint|dash|final|heats?)\b"
)


def _raced_over(doc: Doc, before: str, start: int) -> bool:
    """Whether "over" (its text ``before`` the number at ``start``) is a distance run: after a
    race ("three races over 100 metres"), before the event ("over 60m hurdles"), or after
    "raced", a record, a title or a time and before a length."""
    if _RACED_OVER.search(before) or _BEFORE_EVENT.match(doc_text(doc)[start : start + 40]):
        return True
    return bool(_RACED_VERB.search(before) and _LENGTH.match(doc_text(doc)[start : start + 40]))


def _word_hyphened(text: str) -> bool:
    """ "two-week period", "ten-year plan": a number word hyphened to the noun after it (not
    "a dozen", "a million people", nor "two-thirds")."""
    found = re.match(r"([a-z]+)-([a-z]+)", text, re.IGNORECASE)
    return bool(
        found
        and is_cardinal(found[1].lower())
        and not is_cardinal(found[2].lower())  # "twenty-five"
        and found[2].lower() not in DENOMINATORS
    )


_UP_WORDS = {"up", "higher"}
_DOWN_WORDS = {"down", "lower"}


def _determined(noun: Token, number: Token) -> bool:
    """Whether ``noun`` has an article or possessive before ``number``: "a $23bn contract",
    "the likely 40% turnout" (the amount describes the noun; it is not what changed)."""
    return any(c.dep_ in ("det", "poss") and c.i < number.i for c in children(noun))


def _measure_word(token: Token) -> bool:
    """A word an amount of change is written in: "percent", "points", "cents", "yards"."""
    lowered = token.lower_
    return (
        lowered in ("%", "percent", "pct", "point", "points", "pence", "cent", "cents")
        or lowered in CURRENCY_WORDS
        or unit_name(token.text) is not None
    )


def _part_of_a_tally(root: Token) -> bool:
    """ "lost all four", "losing five of their eight Tests", "lost four in a row": games or
    things counted out of a set, not an amount that fell."""
    doc, i = root.doc, root.i
    following = doc[i + 1] if i + 1 < len(doc) else root
    if _measure_word(root) or _measure_word(following) or root.ent_type_ in ("MONEY", "PERCENT"):
        return False
    if i > 0 and doc[i - 1].lower_ == "all":
        return True
    after = [t.lower_ for t in doc[i + 1 : i + 4]]
    if after == ["in", "a", "row"]:
        return True
    return (
        len(after) >= 2
        and after[0] == "of"
        and doc[i + 2].dep_ in ("poss", "det")
        and any(t.like_num for t in doc[i + 3 : i + 5])
    )


# Two amounts of one kind joined by a hyphen, the larger first: a result written winner first
# ("68%-31%", "55-45 percent"), not a range (written low to high: "2-3%").
_RESULT = re.compile(r"(\d[\d.,]*)\s?(%|percent)?\s?[-–]\s?(\d[\d.,]*)\s?(?:%|percent)?")


def _a_result(root: Token) -> bool:
    """Whether the amount at ``root`` is one side of a result written "68%-31%": the larger
    amount first, each side a percent or a bare number."""
    text = doc_text(root.doc)
    start = root.idx
    for match in _RESULT.finditer(text, max(0, start - 16), min(len(text), start + 24)):
        if not match.start() <= start < match.end():
            continue
        try:
            first, second = (float(match[i].replace(",", "")) for i in (1, 3))
        except ValueError:
            return False
        return first > second
    return False


# Words after an amount that make it a gap to someone else: "seven points behind Wigan".
_MARGINS = {"behind", "ahead", "adrift", "clear"}


def direction_of(root: Token, end: int | None = None) -> str | None:
    """ "up"/"down" when the amount is a change: "rose 2%", "cut by $5m", "was up 19 cents",
    "0.68 percent lower", "edged down 0.03%". A level reached ("rose to $2bn", "from $1bn")
    is not a change. ``end``: the token after the fact, whose own unit ("percent", "points")
    the climb may pass through whatever its article ("dropped a revised 0.4 percent")."""
    token, doc = root, root.doc
    if _part_of_a_tally(root):
        return None
    # "lost 190 points", "rose 64.06 points", "lost 190 points, or 0.6%": from the number to
    # the noun it counts, and from a restatement to what it restates.
    for _ in range(3):
        if (
            token.dep_ in ("nummod", "quantmod", "compound")
            and token.head.i > token.i
            and end is not None
            and token.head.i >= end
            and _determined(token.head, root)
        ):
            return None  # "lost a $23bn government contract"
        if (token.dep_ in ("nummod", "quantmod", "compound") and token.head.i > token.i) or (
            token.dep_ in ("appos", "conj") and token.head.i < token.i and not token.head.like_num
        ):
            token = token.head
        else:
            break
    if token.lower_ == "times":
        return None  # "lost his pen 7 times": how often, not a change
    if any(c.lower_ in _MARGINS and c.dep_ in ("prep", "advmod") for c in children(token)):
        return None  # "drop to fifth, seven points behind the leaders": a gap, not the move
    left = root.left_edge.i
    if left >= 2 and doc[left - 1].text in ("(", "[") and doc[left - 2].pos_ in ("NOUN", "PROPN"):
        return None  # "coming off a winning streak [11 matches]": says how long the streak was
    if token.dep_ == "nmod" and token.head.lemma_ in ("rate", "pace"):
        token = token.head  # "expanded at a 2.1% annual rate": the pace of the change
    # "0.68 percent lower", "up 19 cents": the amount modifies a direction word.
    head = token.head
    for word in (head, *(c for c in children(token) if c.dep_ in ("advmod", "prep"))):
        following = doc[word.i + 1] if word.i + 1 < len(doc) else word
        if word.i == token.i or following.lower_ in ("from", "to"):
            continue
        if word.i != head.i and (following.lower_ == "by" or re.match(r"[\d$£€¥]", following.text)):
            continue  # "3.9 million headsets, up from 2.4 million", "$55.5bn, up 9%": the
            # direction word has an amount of its own
        if word.i > token.i and token.i != root.i and not _measure_word(token):
            continue  # "24 Senate seats up in November": things counted, not a change
        if word.i > token.i and following.pos_ in ("DET", "NOUN", "PROPN", "PRON"):
            continue  # "ran 40 yards down the field": a preposition
        if word.lower_ in _DOWN_WORDS or (word.lower_ == "off" and word.i < token.i):
            return "down"  # "was off 1.26 for the week": a market's "off" is down
        if word.lower_ in _UP_WORDS:
            return "up"
    measure = None
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_ in _MEASURES
        and head.head.dep_ == "pobj"
    ):
        # "cut by an average of £40", "rose at an annual rate of 10.7%": the measure's
        # preposition is the amount's
        measure, token = head.head, head.head
        head = token.head
    by = token.dep_ == "pobj" and head.lower_ == "by"
    # "rising at 15% a year": the pace of a change
    pace = (
        token.dep_ == "pobj"
        and head.lower_ == "at"
        and (
            token.text.endswith("%")
            or token.lower_ in ("percent", "per")
            or measure
            or token.lemma_ in ("rate", "pace")  # "expanded at a 2.1% annual rate"
        )
        and head.head.lemma_ in UP_VERBS | DOWN_VERBS
    )
    # "was higher by 3%": the direction word beside "by"; "polls show Clinton up by 10
    # points": "up" or "down" right before "by", tagged a particle; not a passive's agent
    # ("was picked up by 30 stations")
    if by and head.dep_ == "prep" and head.head.tag_ != "VBN":
        way = next(
            (
                c.lower_
                for c in (head.head, *children(head.head))
                if c.lower_ in _UP_WORDS | _DOWN_WORDS
                and c.i < head.i
                and (
                    c.pos_ in ("ADJ", "ADV")
                    or (c.dep_ == "prt" and c.i == head.i - 1 and c.lower_ in ("up", "down"))
                )
            ),
            None,
        )
        if way:
            return "up" if way in _UP_WORDS else "down"
    if token.dep_ == "pobj" and pace:
        token, head = head, head.head
    elif token.dep_ == "pobj":
        if not by:
            return None
        token, head = head, head.head  # "cut by 5%"
    # "agent": "gained by 13%", read as a passive's agent
    if token.dep_ not in ("dobj", "npadvmod", "prep", "agent", "advmod", "attr", "nummod",
                          "quantmod"):  # fmt: skip
        return None
    verb = head
    if verb.lower_ == "back" and verb.dep_ == "advmod" and verb.head.pos_ == "VERB":
        verb = verb.head  # "fell back 2.5 percent"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_ == "add" and any(
        c.lower_ == "up" and c.dep_ in ("prt", "advmod") for c in children(verb)
    ):
        return None  # "costs added up to $5m": a total, no rise
    for child in children(verb):  # "edged down", "ended up"; not "gave up 517 yards"
        if child.dep_ == "prt" and child.lower_ == "off" and verb.lemma_ in _OFF_MOVES:
            return "down"
        if (
            child.dep_ in ("prt", "advmod")
            and child.i < root.i
            and verb.lemma_ in _MOVES
            and not (
                verb.lemma_ in _SENDS
                and token.dep_ == "dobj"
                and not any(c.dep_ == "dobj" and c.i != token.i for c in children(verb))
            )
        ):
            if child.lower_ == "down":
                return "down"
            if child.lower_ == "up" and verb.lemma_ != "end":
                return "up"
    written_by = by  # "lost by two points", not "lost his investors 19.3 percent"
    # "cut its key rate 25 basis points", "raised its dividend 2 cents": the amount after
    # the verb's object is how far it moved it, as with "by"
    by = by or (
        token.dep_ in ("npadvmod", "dobj")
        and any(c.dep_ == "dobj" and c.i < token.i for c in children(verb))
    )
    if verb.lemma_ in UP_VERBS or (by and verb.lemma_ in UP_BY):
        return "up"
    if verb.lemma_ == "lose" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.pos_ == "PROPN" and not any(ch.isdigit() for ch in g.text) for g in children(c))
        for c in children(verb)
    ):
        return None  # "lost to England by five wickets": a defeat's margin; not "lost 2.7%
        # to Y=5,182"
    if (
        verb.lemma_ == "lose"
        and not by
        and not _measure_word(token)
        and root.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY")
        and not (root.i + 1 < len(doc) and _measure_word(doc[root.i + 1]))
    ):
        return None  # "lost two props", "lost one lineout", "105,000 jobs lost": things lost,
        # not an amount that fell (NewsQuant marks them "="; "lost 190 points" is a fall)
    if verb.lemma_ == "lose" and written_by:
        return None  # "lost by two points", "losing the county by 38 points": a margin
    if verb.lemma_ == "lose" and _a_result(root):
        return None  # "lost that district 68%-31%": the result of a contest lost, no fall
    if (
        token.dep_ == "dobj"
        and root.ent_type_ == "MONEY"
        and any(c.dep_ == "prep" and c.lower_ == "into" for c in children(verb))
    ):
        return None  # "sink $30 billion into Appalachia": money put into something, spent
    cut = token.dep_ == "dobj" and not _determined(token, root)  # not "cut a $5m deal"
    if verb.lemma_ in DOWN_VERBS or ((by or cut) and verb.lemma_ in DOWN_BY):
        return "down"
    return None


# "closed 2.73 points or 0.22 percent up at 1,196.35": the direction written after the
# amount (and its restatement), before the level.
_DIRECTION_AFTER = re.compile(
    r"\s*(?:points?|percent|pct|cents?|pence)?\s*"
    r"(?:,?\s*or\s+[\d.,]+\s*(?:%|percent|pct|points?|cents?|pence)\s*)?"
    r"(up|down)\s+at\s",  # not "up to", a bound
    re.IGNORECASE,
)


def direction_by(span: Span) -> str | None:
    """ "cut its profits by $3.8m", "rose by more than 5%": the direction of the verb of change
    whose "by" the amount ``span`` follows (qualifier words between), read off the "by"
    rather than the number, whose own parse a unit glued to it ("$3.8m") may break."""
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - 5), -1):
        token = doc[i]
        if token.lower_ == "by":
            verb = token.head
            if token.dep_ not in ("prep", "agent") or verb.pos_ != "VERB" or verb.i > i:
                return None
            if verb.lemma_ == "lose":
                return None  # "lost by three points": a margin, as in ``direction_of``
            if verb.lemma_ in UP_VERBS | UP_BY:
                return "up"
            return "down" if verb.lemma_ in DOWN_VERBS | DOWN_BY else None
        if token.pos_ not in ("ADV", "ADP", "ADJ", "SYM", "CCONJ") and token.lower_ != "than":
            return None
    return None


def direction_after(text: str, end: int) -> str | None:
    """ "up"/"down" written after an amount that ends at ``end`` and before a level."""
    match = _DIRECTION_AFTER.match(text, end, end + 60)
    return match[1].lower() if match else None


def sign_before(text: str, start: int) -> int:
    """Chars of a sign written just before ``start`` ("-1.3%", "minus-5", "minus 130"): the
    length of the sign, or 0. A hyphen joining two words ("Stoxx-5") is not a sign."""
    if re.search(r"(?i)plus\s+or\s+(?:minus\s*)?$", text[max(0, start - 22) : start]):
        return 0  # "plus or minus 3.1 points": a margin, not a negative number
    window = text[max(0, start - 7) : start]
    for match in re.finditer(r"(?:(?<![\w-])[-−](?=$)|\bminus[- ]?$)", window, re.IGNORECASE):
        return len(window) - match.start()
    return 0
