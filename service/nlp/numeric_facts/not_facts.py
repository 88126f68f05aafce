"""Numbers that are no facts: phone numbers, codes and ids ("G7", "F-16"), times and days of
a month, numbers in names ("50 Cent", "highway 35", "the Six Nations") and the pronoun "one"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.lexicon import MONTHS
from service.nlp.numeric_facts.qualifiers import _QUALIFIER_WORDS
from service.nlp.numeric_facts.tree import children
from service.nlp.numeric_facts.units import (
    _CODE_TOKEN,
    _PENCE,
    _PREFIXES,
    _SYMBOL_AMOUNT,
    _SYMBOLS,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DURATIONS,
    _code,
    _unit_after,
    country_after_sign,
    glued_c,
    glued_unit,
    subunit_currency,
    unit_name,
)
from service.nlp.numeric_facts.values import (
    _FRACTION,
    _GLUED,
    _PERCENT_TOKEN,
    _PLAIN,
    SCALES,
    VAGUE,
    WORDS,
    fold_number,
    is_cardinal,
)

_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|2[01]\d\d)(s|[-–/]\d{2}(?!\d))?(?![\d,])")
_PHONE = re.compile(r"\d{3}[-. ]\d{3}[-. ]?\d{3,4}")
_AMOUNT_LABELS = ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")
# Words before a number that do not name it: "age 87", "March 5", "Rs 500", "about 20".
# a sign of money that opens a word: "$", "C$", "US$", "£", "€", "¥", "₹"
_MONEY_SIGN = re.compile(r"(?:[A-Z]{1,3})?[$£€¥₹]\d")
_NOT_NAMES = (CURRENCY_WORDS.keys() - {"p"}) | MONTHS | DURATIONS | SCALES.keys() | VAGUE.keys()
_NOT_NAMES |= {"age"}
_TIME_ZONES = {"GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "ET", "PST", "PDT", "CST", "JST"}
# Zones lowercased text still writes as zones ("1030 gmt"); not "et", "est" (words elsewhere).
_ZONES_ANY_CASE = {"GMT", "BST", "UTC", "CEST", "EDT", "PDT", "JST", "AEDT", "AEST"}
# Currency names of more than one word ("chinese yuan"), whose capitals are not a name's.
_CURRENCY_NAMES = re.compile(
    "|".join(sorted((re.escape(n) for n in CURRENCY_WORDS if " " in n), key=len, reverse=True))
)
_WORD_LIMIT = 40  # chars looked at around a number to see if it sits inside a word ("G7")


def _word_around(doc: Doc, start: int, end: int) -> str:
    """The whitespace-delimited word holding chars ``start:end`` (bounded, so linear)."""
    text = doc_text(doc)
    low, high = max(0, start - _WORD_LIMIT), min(len(text), end + _WORD_LIMIT)
    while start > low and not text[start - 1].isspace():
        start -= 1
    while end < high and not text[end].isspace():
        end += 1
    return text[start:end].strip(",.;:!?()[]\"“”'‘’")


def _number_word_text(word: str) -> bool:
    lowered = word.lower()
    return lowered in ("and", "a", "an") or lowered in WORDS or is_cardinal(lowered)


# Denominators of prices in fractions: bonds in 32nds ("down 26/32"), shares in 16ths.
_PRICE_EIGHTHS = {"16", "32", "64"}


# Words after "<digits>-" that make a name or a phrase, not a noun counted: "2-for-1", "9-to-5".
_NOT_COUNTED_AFTER_HYPHEN = {"for", "to", "and", "or", "of", "in", "by", "on", "odd", "something"}


def _counted_compound(doc: Doc, span: Span, word: str, noun: str) -> bool:
    """ "a 15-member committee", "a 110-seat house", "an 8-point lead", "a 5.1-magnitude
    quake", "a 100,000-strong force": digits joined by a hyphen to a lower-case word that
    says what they count, the two modifying a noun (not "3-D", "2-for-1", a capitalised name,
    nor a noun named by its number, "nine 3-pointers")."""
    compound = re.match(r"[$£€]?\d[\d,.]*-[a-z]{3,}(?:-|$)", word) or (
        re.match(r"[$£€]?\d[\d,.]*-[A-Z][a-z]{2,}(?:-|$)", word) and _title_cased(span)
    )  # "a 10-Point Plan" in a headline
    if not compound or noun.lower() in _NOT_COUNTED_AFTER_HYPHEN:
        return False
    joined = re.match(r"\S*?-[A-Za-z]+", doc_text(doc)[span.start_char :])
    if joined is None:  # the span is only the end of the hyphenated word ("30-frame-a-second")
        return False
    end = span.start_char + len(joined[0])
    following = next((t for t in doc[span.end : span.end + 6] if t.idx >= end), None)
    if (
        following is not None
        and following.text == ","
        and following.i + 1 < len(doc)
        and doc[following.i + 1].pos_ in ("ADJ", "NOUN")
        and following.head.pos_ == "NOUN"
        and following.head.i > following.i
    ):
        following = doc[following.i + 1]  # "a 200-page, tabloid-size book": premodifiers
    return following is not None and (
        following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        # "a 29-member ruling council": a participle premodifying the noun
        or (following.tag_ in ("VBG", "VBN") and following.dep_ in ("amod", "compound"))
    )


# The end of "$25-$40" that the tokenizer keeps in one token with the second price.
PRICE_RANGE_TOKEN = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?:bn|m|k)?[-–][$£€¥]\d[\d,]*(?:\.\d+)?(?:bn|m|k)?"
)


def _named_cent(doc: Doc, span: Span) -> bool:
    """ "50 Cent's G-Unit", "the rapper 50 Cent": a name (a sum of cents is plural, "50
    cents"); not in a title-case headline ("Shares Up 50 Cent On Results")."""
    tail = doc[span.start : min(span.end + 1, len(doc))]
    if not re.match(r"\d+ Cent\b", tail.text) or tail[0].text == "1":
        return False
    return span.start == 0 or not doc[span.start - 1].is_title


_TENS_AND_UNITS = re.compile(
    r"(?i)\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
)


def _skip(doc: Doc, span: Span) -> bool:
    """Spans that are numbers but not facts: phone numbers, ids ("G7", "F-16"), times, "one"."""
    described = re.fullmatch(r"(?i)an?\s+((?:[a-z-]+\s+)+)(?:third|quarter|half)", span.text)
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if described and after != "of" and not any(_number_word_text(w) for w in described[1].split()):
        return True  # "an unprecedented third title": an ordinal; not "a further third of"
    if (
        span[-1].text in ("$", "£", "€", "¥")
        and span.end < len(doc)
        and doc[span.end].text[:1].isdigit()
        and (
            not any(ch.isdigit() for ch in span.text)
            or (len(span) > 2 and span[-2].pos_ in ("AUX", "VERB"))
        )
    ):
        return True  # "slid to a record $1.3666", the model's "a record $", and "for 2003/4
        # are £35bn", its "2003/4 are £": the sign is the amount's after it
    if (
        len(span) == 1
        and span[0].tag_ == "LS"
        and span.end < len(doc)
        and doc[span.end].text in (".", ")")
    ):
        return True  # "1. Svetlana Masterkova (Russia) 4:06.87": a results list's rank
    if (
        len(span) == 1
        and span.start > 0
        and doc[span.start - 1].lower_ in _NUMBERED_INDICES
        and re.fullmatch(r"\d{2,4}", span.text)
        and not (span.end < len(doc) and doc[span.end].lower_ in _MOVE_UNITS)
    ):
        return True  # "the ftse 100", "the cac 40" in a lowercased line: the index's name
    if _named_cent(doc, span):
        return True  # "50 Cent's G-Unit": a name (a sum of cents is plural, "50 cents")
    word = _word_around(doc, span.start_char, span.end_char)
    if _PHONE.search(word) or re.search(r"\d:\d|\d\s*(?:am|pm)$|#\d", word, re.IGNORECASE):
        return True
    if _day_of_month(doc, span):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ == "per" and span.text.lower() in SCALES:
        return True  # "$2.50 per million British thermal units": the rate's measure
    if span.end < len(doc) and (
        doc[span.end].text in _TIME_ZONES or doc[span.end].text.upper() in _ZONES_ANY_CASE
    ):
        return True  # "from 2300 GMT", "by 1030 gmt": a time of day
    if _clock_before_local_time(doc, span):
        return True  # "at about 0200 local time": a 24-hour clock, as "2300 GMT" is
    if (
        span.end < len(doc)
        and doc[span.end].lower_.rstrip(".") in ("a.m", "p.m", "am", "pm")
        and re.fullmatch(r"(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?", span.text)
    ):
        return True  # "past 10 p.m.", "at 7 am": an hour of the clock
    if (
        re.fullmatch(r"[-−]\d+", span.text)
        and span.start > 0
        and re.fullmatch(r"[A-Z]{2,}", doc[span.start - 1].text)
    ):
        return True  # "COVID -19": a name's number, spaced from it
    if any(
        re.search(r"[A-Za-z]-?\d", piece)
        and not (
            re.match(r"^(?:US|A|C|HK|NZ|NT)?[$£€¥]|^[-+−]?\d|^(?:minus|sub)-", piece, re.IGNORECASE)
            or _CODE_TOKEN.match(piece)
            or country_after_sign(doc, span.start, piece)
        )
        for piece in word.split()
    ):
        return True
    glued = re.fullmatch(r"[-+−]?\d[\d,.]*([A-Za-z]+)\.?", word)  # "draws 65W."
    if glued and not (
        unit_name(glued[1], glued=True)
        or glued[1] in CURRENCY_CODES  # "115USD"
        or (glued[1] == "c" and any(glued_c(t) for t in span))  # "45c", "34c"
        or re.fullmatch(
            r"(?i)bn|bln|mn|mln|m|k|tn|b|pc|p|s|st|nd|rd|th|million|billion|trillion|fold",
            glued[1],
        )  # "$112million", "10fold"
    ):
        return True  # "5G", "4K", "3D": a name, not an amount
    if re.fullmatch(r"[1-9]K", word):
        return True  # "4K video", "8K TVs": a resolution's name; "$4K" has its currency
    hyphen = re.search(r"\d-([A-Za-z]+)", word)
    if hyphen and not (
        unit_name(hyphen[1])
        or hyphen[1].lower() in DURATIONS
        or f"{hyphen[1].lower()}s" in CURRENCY_WORDS  # "a 12-cent dividend"
        or re.search(r"\d-an?-[a-z]", word)  # "a $70-a-share price"
        or hyphen[1].lower() in ("odd", "fold")  # "the 80-odd resorts", "a 10-fold rise"
        # "will spend $1.2-billion over", "earned C$40-million": money's scale hyphened to
        # its number (the Globe and Mail's style), with no noun after it
        or (hyphen[1].lower() in SCALES and _MONEY_SIGN.match(word))
        or _counted_compound(doc, span, word, hyphen[1])
    ):
        return True  # "3-D", "2-for-1"; not "6.1-inch", "three-year"
    rate = re.search(r"-an?-[a-z]+$", word)  # "a 12-cent-a-share dividend"
    # the hyphen inside a number in words is no joint: "twenty-eight-year-old"
    hyphens = word.count("-") - len(_TENS_AND_UNITS.findall(word))
    if re.search(r"\d[A-Za-z]+\d", word) or hyphens > (4 if rate else 2):
        return True
    pair = re.fullmatch(r"(\d{1,3})-(\d{1,3})", word)
    aged = re.search(
        r"(?i)\b(?:aged|ages?)\s+$", doc_text(doc)[max(0, span.start_char - 8) : span.start_char]
    )
    if aged and pair and int(pair[1]) < int(pair[2]):
        pass  # "voters aged 18-24": a range of ages, no score
    elif re.fullmatch(r"\d{1,2}-\d{1,2}(?:,\d{1,2}-\d{1,2})*", word):
        return True  # a score: "beat Charlton 2-1"; sets with no space: "lost 1-6,4-6"
    if pair and int(pair[1]) > int(pair[2]):
        return True  # "beat the Celtics 114-105", "passed 220-207": a range climbs, a score not
    if re.fullmatch(r"(?:1[89]|20)\d\d/(?:\d|\d\d|(?:1[89]|20)\d\d)", word):
        return True  # "figures for 2003/4", "the 2004/05 season": a fiscal year or a season
    slashed = re.fullmatch(r"(\d{1,2})/(\d{1,2})", word)
    fraction = slashed and int(slashed[1]) < int(slashed[2])
    if (
        slashed
        and not (fraction and (int(slashed[2]) <= 10 or slashed[2] in _PRICE_EIGHTHS))
        and not (span.end < len(doc) and unit_name(doc[span.end].text))  # "22/28 mpg"
    ):
        return True  # "after 9/11", "open 24/7": a date or a name, not a fraction ("3/4")
    half = re.fullmatch(r"(?i)half-([a-z]+)", word)
    if half and half[1].lower() not in DURATIONS and not unit_name(half[1]):
        return True  # "half-time", "a half-chance"; not "a half-hour"
    if span.label_ in _AMOUNT_LABELS and _in_name(doc, span):
        return True
    if _cricket_score(doc, span):
        return True
    if len(span) == 1:
        token = span[0]
        if token.lower_ == "one":
            return not _one_of_a_noun(token)
        if not token.like_num and token.lower_ not in VAGUE and not _number_word(token):
            glued = glued_unit(token)
            return not (
                _GLUED.match(token.text)
                or _PENCE.match(token.text)
                or glued_c(token)  # "fell 45c", "reach 41c"
                or _SYMBOL_AMOUNT.match(token.text)
                or _CODE_TOKEN.fullmatch(token.text)
                or _PLAIN.fullmatch(token.text)
                or _FRACTION.fullmatch(token.text)  # "2½", "½"
                or _PERCENT_TOKEN.fullmatch(token.text)
                or PRICE_RANGE_TOKEN.fullmatch(token.text)
                or (glued and unit_name(glued[2], glued=True))
                or (glued and glued[2] in CURRENCY_CODES)
                or fold_number(token.text)  # "grew sixfold"
                or country_after_sign(doc, token.i, token.text)
            )
    return False


# A cricket total, wickets for runs: "struggling at 3 for 93", "resume at 2 for 69", "were 5
# for 210". A state of play, as a score is, not two counts; not "2 for 5 dollars", nor a
# vote "5 for, 3 against".
_CRICKET_SCORE = re.compile(
    r"(?i)\b(?:at|were|was|are|is|to|on)\s+(10|[0-9])\s+for\s+(\d{1,3})\b"
    r"(?!\s*(?:[$£€%,]|per\b|each\b|apiece\b|against\b|dollars?\b|pounds?\b|euros?\b"
    r"|cents?\b|pence\b|p\b))"
)


# Stock indices named with a number ("FTSE 100", "CAC 40", "Russell 2000"), a closed class
# of market names, and the units a move of one is written in ("the ftse 100 points lower" is
# a move).
_NUMBERED_INDICES = frozenset(
    {"ftse", "dax", "cac", "s&p", "russell", "asx", "stoxx", "nikkei", "nasdaq", "kospi",
     "nifty", "sensex", "ibex", "aex", "omx", "bel", "atx", "psi", "wig", "tsx", "mdax", "sdax",
     "tecdax", "smi", "obx", "jse", "kse"}
)  # fmt: skip
_MOVE_UNITS = frozenset({"points", "point", "pts", "%", "percent", "per", "pc"})


_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def _clock_before_local_time(doc: Doc, span: Span) -> bool:
    """ "at about 0200 local time", "at 2145 local time": four figures of a 24-hour clock
    before "local time" (a time zone's stand-in) are a time of day."""
    return (
        span.end + 1 < len(doc)
        and _CLOCK.fullmatch(span[-1].text) is not None
        and doc[span.end].lower_ == "local"
        and doc[span.end + 1].lower_ in ("time", "hours")
    )


def _cricket_score(doc: Doc, span: Span) -> bool:
    """Whether the span is either number of a cricket total ("at 3 for 93")."""
    if not re.fullmatch(r"\d{1,3}", span.text):
        return False
    offset = max(0, span.start_char - 16)
    window = doc_text(doc)[offset : span.end_char + 24]
    return any(
        span.start_char - offset in (score.start(1), score.start(2))
        for score in _CRICKET_SCORE.finditer(window)
    )


def _day_of_month(doc: Doc, span: Span) -> bool:
    """ "the 11 September attacks", "on May 5": a day of a month the model did not tag."""
    if len(span) != 1 or not re.fullmatch(r"\d{1,2}", span.text) or int(span.text) > 31:
        return False
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    # "May" after the number only as a name ("a 5 May poll"), not the verb.
    return any(
        t.is_title
        and t.lower_ in MONTHS
        and (
            len(t) > 3
            or t.lower_ not in ("may", "mar")  # "PARIS, Aug 31 (Reuters)"
            or (t.i == span.end and t.pos_ == "PROPN")
        )
        for t in near
    )


# Words before a number in a headline that no name ends with ("Unleashed 4 Words", "Of 10
# Ways"), unlike a name's own word ("iPhone 12 Mini", "Game 6").
_NOT_A_NAMES_WORD = {"VERB", "AUX", "ADP", "DET", "ADV", "SCONJ", "CCONJ", "PART"}


# Nouns a number after them names rather than counts ("level six", "phase two", "stage
# three", "tier 2"): a number with a unit after it ("stage two years ago") is still one.
_NAMED_BY_NUMBER = {
    "level", "phase", "stage", "tier", "grade", "step", "chapter", "episode", "season",
    "series", "volume", "category", "division", "platform", "terminal", "zone", "heat",
    "group", "round", "pool", "part", "act", "lane", "gate", "section", "clause", "leg",
}  # fmt: skip


def _opens(token: Token) -> bool:
    """The first word of its sentence, after any opening quote or bracket ("“With millions
    of people ...": capitalised as the sentence's first word, not as a name)."""
    doc, i = token.doc, token.i
    while i > 0 and doc[i - 1].is_punct and (doc[i - 1].is_quote or doc[i - 1].is_left_punct):
        i -= 1
        if token.i - i > 3:
            return False
    return doc[i].is_sent_start or i == 0


def _title_cased(span: Span) -> bool:
    """A headline: the common words of the sentence (verbs, nouns, adjectives, adverbs,
    pronouns and prepositions of three letters or more, outside names) nearly all capitalised
    (bounded: the sentence's first 40 tokens)."""
    sentence = span.sent
    words = [
        t
        for t in span.doc[sentence.start + 1 : min(sentence.end, sentence.start + 40)]
        if t.is_alpha
        and len(t) >= 3
        and not t.ent_type_
        and t.pos_ in ("VERB", "NOUN", "ADJ", "ADV", "PRON", "ADP")
    ]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.85 * len(words)


def _in_name(doc: Doc, span: Span) -> bool:
    """Numbers inside names: "50 Cent", "Hot 97", "League Two", "Million Dollar Baby"; not
    a number with its unit after it ("MacBook Pro 16 inch") or a currency's name ("7,199
    Chinese yuan")."""
    if span.end < len(doc) and _unit_after(doc, span.end):
        return False
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in CURRENCY_WORDS:
        return False  # "awarded Varig 2bn reais": an amount in the currency named after it
    if span.end < len(doc) and not span[-1].whitespace_ and doc[span.end].lower_ in ("m", "km"):
        return False  # "the Olympic 200m champion": a distance glued to its unit, no name's
    if re.match(r"[-+−]\d", span.text) and (span.end < len(doc) and doc[span.end].text == "%"):
        return False  # "Dow +0.2%, Nasdaq -0.5%": a market line's move, not the name's number
    joined = span.end < len(doc) and doc[span.end].text == "-"  # "a 10-Point Plan"
    after_a_word = span.start > 0 and doc[span.start - 1].pos_ in _NOT_A_NAMES_WORD
    if (joined or after_a_word) and _title_cased(span):
        return False  # a headline capitalises every word: "Sarah Palin Unleashed 4 Words"
    around = doc[span.start : min(span.end + 2, len(doc))].text.lower()  # "4 billion Mexican" pesos
    named = {w for m in _CURRENCY_NAMES.finditer(around) for w in m[0].split()}
    named |= {m[1] for m in re.finditer(r"(\w+) cents?\b", around) if subunit_currency(m[1])}
    first, after = span[0], doc[span.end] if span.end < len(doc) else None
    if (
        len(span) == 1
        and first.is_title
        and first.is_alpha
        and not _opens(first)
        and after is not None
        and after.is_title
        and (
            after.pos_ == "PROPN"
            # "in the Six Nations" (tagged NUM NOUN): both words one named event or body
            or (
                after.ent_iob_ == "I"
                and after.ent_type_ == first.ent_type_
                and first.ent_type_ not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
            )
        )
    ):
        return True  # "the Six Nations", "the Big Ten": a number word in a name
    if (
        len(span) == 1
        and first.is_title
        and first.is_alpha
        and span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].is_title
        and not _opens(doc[span.start - 2])
        and (after is None or not after.is_title)  # a headline's "Tale of Two Cities"
    ):
        return True  # "the Gang of Eight plan", "the Group of Seven": a name's number word
    for token in span:
        if (
            token.lower_ not in named
            and not unit_name(token.text)  # "minus-130 degrees Fahrenheit"
            and token.is_alpha
            and token.is_title
            and not _opens(token)
            and token.lower_ not in SCALES
            and (token.lower_ not in CURRENCY_WORDS or token.lower_ == "cent")  # "50 Cent"
            and not _number_word(token)
            and token.lower_ not in VAGUE
            and token.lower_ not in _QUALIFIER_WORDS
        ):
            return True
    if (
        span.label_ == "CARDINAL"
        and len(span) == 2
        and span[0].lower_ == "number"
        and (span[1].text.isdigit() or _number_word(span[1]))
    ):
        return True  # "coming in at number three": the model's span takes the rank's noun
    if (
        span.start > 0
        and re.fullmatch(r"\d{1,3}", span.text)
        and (
            doc[span.start - 1].text in ("No", "No.", "Nos", "Nos.")
            or (doc[span.start - 1].text == "." and doc[span.start - 2].text in ("No", "Nos"))
        )
    ):
        return True  # "the No 9 shirt", "world No 1", "No. 10": a rank or a name's number
    if span.label_ != "CARDINAL" or len(span) > 1 or span.start == 0 or _YEAR.fullmatch(span.text):
        return False  # "Mock Elections 2005": a year
    before = doc[span.start - 1]
    if (
        before.lower_ in _NAMED_BY_NUMBER
        and before.tag_ == "NN"
        and not (span.end < len(doc) and doc[span.end].lower_ == "times")  # "four times as big"
    ):
        return True  # "level six", "phase two", "group four": the number names the level
    if (
        before.lower_ in ("or", "and")
        and span.start > 2
        and doc[span.start - 3].lower_ == "number"
        and _number_word(doc[span.start - 2])
    ):
        return True  # "at number seven or eight": positions, as "number seven" is
    after = doc[span.end] if span.end < len(doc) else None
    # A bare number right after a name ("Hot 97", "League Two", "Planet 9"), or one that
    # names its noun ("highway 35", "exit 436", "Game 6"), or before a name ("50 Cent").
    plain = (
        before.lower_ not in _NOT_NAMES
        and before.lower_ not in _QUALIFIER_WORDS
        and before.text not in _SYMBOLS
        and before.text not in _PREFIXES  # "Rs 5,000"
        and not _code(before.text)
    )
    return (
        (
            (before.pos_ == "PROPN" or (before.is_title and not _opens(before)))
            and before.is_alpha
            and not before.is_lower
            and plain
            and not _counts_after_an_object(before, span)
        )
        or (
            (re.fullmatch(r"\d{1,4}", span.text) is not None or before.lower_ == "number")
            and span.root.head.i == span.start - 1
            and before.tag_ in ("NN", "NNP")
            and plain
        )
        or (
            # "model 3 sedans", "iphone 12 handsets" (lowercased): a common noun and the
            # digits after it premodify one noun, a name with its number
            re.fullmatch(r"\d{1,4}", span.text) is not None
            and before.tag_ == "NN"
            and before.dep_ in ("compound", "nmod")
            and span.root.dep_ == "nummod"
            and before.head.i == span.root.head.i == span.end
            and span.root.head.tag_ == "NNS"
            and plain
        )
        or (
            after is not None
            and after.is_title
            and after.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT")
            and after.lower_ not in CURRENCY_WORDS  # "25 Euros", tagged a product
            and after.lower_ not in named  # "745bn Indian rupees", tagged an organisation
            and span.root.head.pos_ != "NOUN"  # "96 Liverpool fans" counts the fans
            # "two New Zealand Sportsman of the Year awards": a name's own number word is
            # capitalised ("Four Tops"); a lowercase one counts what follows
            and not (first.is_lower and _number_word(first))
            and not (span.root.dep_ == "nummod" and span.root.head.tag_ in ("NNS", "NNPS"))
        )
    )


def _counts_after_an_object(name: Token, span: Span) -> bool:
    """ "gives Nadal three break points", "showed Smith two yellow cards", "awarded Jones 5,000
    shares": the name is the verb's indirect object, the number a count of the common noun
    after it (the verb's direct object), no number of the name ("Hot 97", "Apollo 11")."""
    root, verb = span.root, name.head
    noun = root.head
    return (
        name.dep_ == "dative"
        and verb.pos_ == "VERB"
        and root.dep_ == "nummod"
        and noun.i >= span.end
        and noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and noun.head.i == verb.i
    )


def _number_word(token: Token) -> bool:
    return token.lower_ in WORDS or is_cardinal(token.lower_)


def _one_of_a_noun(token: Token) -> bool:
    """ "one solution", "a category one hurricane", "one of the proudest moments": a count
    of 1 of a noun (NewsQuant marks them); not the pronoun ("no one", "the one that", "one
    of them")."""
    head = token.head
    previous = token.doc[token.i - 1] if token.i > 0 else None
    before = previous.lower_ if previous is not None else ""
    # Not after a mark: "he said that one of the computers ...".
    if before in ("no", "any", "every", "each", "the", "this", "that", "which") and (
        previous.dep_ != "mark"
    ):
        return False
    if token.dep_ in ("nummod", "compound"):
        # "released one single": a word the tagger took for an adjective, the verb's object
        as_noun = head.pos_ == "ADJ" and head.dep_ in _NOUN_ROLES and head.i == token.i + 1
        return (head.pos_ == "NOUN" or as_noun) and head.i > token.i
    doc = token.doc
    if (
        token.i + 2 < len(doc)
        and doc[token.i + 1].lower_ == "in"
        and (doc[token.i + 2].like_num or doc[token.i + 2].lower_ in ("every", "each"))
    ):
        return True  # "one in five children", "one in three Turks": a share, as NewsQuant counts
    if (
        before in ("up", "down")
        and previous.dep_ in ("advmod", "prt", "acomp", "prep")
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ in ("from", "on", "at", "to", "in", ",", ".", ";")
    ):
        return True  # "162 rigs, down one from the prior week": a count moved by one
    if before in ("including", "includes", "include", "included") and token.dep_ in (
        "pobj",
        "dobj",
    ):
        return True  # "missed three tests, including one on the eve": one of the count before
    of = next((c for c in children(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
    things = [c for c in children(of) if c.dep_ == "pobj"] if of is not None else []
    # "one of the richest": a superlative with its noun elided, as "one of the richest firms"
    return bool(things) and (
        things[0].tag_ in ("NNS", "NNPS")  # "one of those Time Lords", a plural name too
        or (
            (things[0].tag_ == "JJS" or _most(things[0]))  # "one of the most important"
            and any(c.lower_ == "the" for c in children(things[0]))
        )
    )


def _most(adjective: Token) -> bool:
    """An adjective made a superlative by "most"/"least" ("the most important")."""
    return adjective.tag_ == "JJ" and any(
        c.tag_ == "RBS" and c.lower_ in ("most", "least") for c in children(adjective)
    )


# The roles of a noun in its clause: an adjective in one stands for a noun ("one single").
_NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})
