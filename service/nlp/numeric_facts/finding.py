"""Finding the numbers: which entity spans are facts, the ones the model missed, what is not."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.qualifiers import _QUALIFIER_WORDS
from service.nlp.numeric_facts.tree import children
from service.nlp.numeric_facts.units import (
    _GLUED_UNIT,
    _PENCE,
    _SYMBOL_AMOUNT,
    _SYMBOLS,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DURATIONS,
    _money_context,
    unit_at,
    unit_in,
    unit_name,
)
from service.nlp.numeric_facts.values import _GLUED, SCALES, VAGUE, WORDS, is_cardinal

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip


_BARE_AMOUNT = re.compile(r"(?:between\s+)?[\d.,]+(?:\s+(?:and|to)\s+[\d.,]+)?", re.IGNORECASE)


_PHONE = re.compile(r"\d{3}[-. ]\d{3}[-. ]?\d{3,4}")


_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|2[01]\d\d)(s|[-–/]\d{2}(?!\d))?(?![\d,])")


# Words before a number that do not name it: "age 87", "March 5", "Rs 500", "about 20".
_NOT_NAMES = (CURRENCY_WORDS.keys() - {"p"}) | MONTHS | DURATIONS | SCALES.keys() | VAGUE.keys()
_NOT_NAMES |= {"age"}
_TIME_ZONES = {"GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "ET", "PST", "PDT", "CST", "JST"}
_WORD_CODES = {"ALL", "TOP", "CUP", "MOP", "BAM", "GEL", "MAD", "PEN", "SOS", "TRY", "AED"}
_AMBIGUOUS_MONEY = {"p", "pound", "pounds"}  # a unit of weight too
_LONG_SCALES = {w for w in SCALES if len(w) > 3}
_AMOUNT_LABELS = ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")
# Currency names of more than one word ("chinese yuan"), whose capitals are not a name's.
_CURRENCY_NAMES = re.compile(
    "|".join(sorted((re.escape(n) for n in CURRENCY_WORDS if " " in n), key=len, reverse=True))
)
_DIGIT = re.compile(r"\d")
_PERCENT_TOKEN = re.compile(r"[-+−]?\d+(?:,\d{3})*(?:\.\d+)?pc")  # "1.38pc"
_PLAIN = re.compile(r"(?:[-+−]|(?i:minus|sub)-)?\d+(?:,\d{3})*(?:\.\d+)?")
_CODE_TOKEN = re.compile(r"(?:[A-Z]{3}|RM|Rs|Y=|S\$|R\$)\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|tn|b)?")


_LEADING = {"only", "just", "the", "another", "all", "still", "even", "almost"}


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


def _skip(doc: Doc, span: Span) -> bool:
    """Spans that are numbers but not facts: phone numbers, ids ("G7", "F-16"), times, "one"."""
    word = _word_around(doc, span.start_char, span.end_char)
    if _PHONE.search(word) or re.search(r"\d:\d|\d\s*(?:am|pm)$|#\d", word, re.IGNORECASE):
        return True
    if _day_of_month(doc, span):
        return True
    if span.end < len(doc) and doc[span.end].text in _TIME_ZONES:
        return True  # "from 2300 GMT": a time of day
    if (
        re.fullmatch(r"[-−]\d+", span.text)
        and span.start > 0
        and re.fullmatch(r"[A-Z]{2,}", doc[span.start - 1].text)
    ):
        return True  # "COVID -19": a name's number, spaced from it
    if any(
        re.search(r"[A-Za-z]-?\d", piece)
        and not (
            re.match(r"^(?:US|A|C|HK|NZ)?[$£€¥]|^[-+−]?\d|^(?:minus|sub)-", piece, re.IGNORECASE)
            or _CODE_TOKEN.match(piece)
        )
        for piece in word.split()
    ):
        return True
    glued = re.fullmatch(r"[-+−]?\d[\d,.]*([A-Za-z]+)", word)
    if glued and not (
        unit_name(glued[1], glued=True)
        or glued[1] in CURRENCY_CODES  # "115USD"
        or re.fullmatch(r"(?i)bn|mn|mln|m|k|tn|b|pc|p|s|st|nd|rd|th", glued[1])
    ):
        return True  # "5G", "4K", "3D": a name, not an amount
    hyphen = re.search(r"\d-([A-Za-z]+)", word)
    if hyphen and not (
        unit_name(hyphen[1])
        or hyphen[1].lower() in DURATIONS
        or f"{hyphen[1].lower()}s" in CURRENCY_WORDS  # "a 12-cent dividend"
        or re.search(r"\d-an?-[a-z]", word)  # "a $70-a-share price"
    ):
        return True  # "3-D", "2-for-1"; not "6.1-inch", "three-year"
    rate = re.search(r"-an?-[a-z]+$", word)  # "a 12-cent-a-share dividend"
    if re.search(r"\d[A-Za-z]+\d", word) or word.count("-") > (4 if rate else 2):
        return True
    if re.fullmatch(r"\d{1,2}-\d{1,2}", word):
        return True  # a score: "beat Charlton 2-1"
    if span.label_ in _AMOUNT_LABELS and _in_name(doc, span):
        return True
    if len(span) == 1:
        token = span[0]
        if token.lower_ == "one":
            return not _one_of_a_noun(token)
        if not token.like_num and token.lower_ not in VAGUE and not _number_word(token):
            glued = _GLUED_UNIT.fullmatch(token.text)
            return not (
                _GLUED.match(token.text)
                or _PENCE.match(token.text)
                or _SYMBOL_AMOUNT.match(token.text)
                or _CODE_TOKEN.fullmatch(token.text)
                or _PLAIN.fullmatch(token.text)
                or _PERCENT_TOKEN.fullmatch(token.text)
                or (glued and unit_name(glued[2], glued=True))
                or (glued and glued[2] in CURRENCY_CODES)
            )
    return False


def _amount_as_date(span: Span) -> bool:
    """A span the model tagged DATE that is an amount: "two and a half billion dollars"."""
    words = {t.lower_ for t in span}
    return bool(words & (CURRENCY_WORDS.keys() | _LONG_SCALES)) and not (
        words & (MONTHS | DURATIONS) or _YEAR.search(span.text)
    )


def _first_number(doc: Doc, start: int, end: int) -> str:
    """The first token of ``doc[start:end]`` holding a digit ("180p" of "more than 180p")."""
    return next((t.text for t in doc[start:end] if _DIGIT.search(t.text)), doc[start].text)


def _code(word: str) -> bool:
    """An ISO 4217 code written as a word beside a number ("USD 200", "500 EUR")."""
    return len(word) == 3 and word.isupper() and word in CURRENCY_CODES - _WORD_CODES


def _day_of_month(doc: Doc, span: Span) -> bool:
    """ "the 11 September attacks", "on May 5": a day of a month the model did not tag."""
    if len(span) != 1 or not re.fullmatch(r"\d{1,2}", span.text) or int(span.text) > 31:
        return False
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.is_title and t.lower_ in MONTHS and len(t) > 3 for t in near)


def _in_name(doc: Doc, span: Span) -> bool:
    """Numbers inside names: "50 Cent", "Hot 97", "League Two", "Million Dollar Baby"; not
    a number with its unit after it ("MacBook Pro 16 inch") or a currency's name ("7,199
    Chinese yuan")."""
    if span.end < len(doc) and _unit_after(doc, span.end):
        return False
    named = {w for m in _CURRENCY_NAMES.finditer(span.text.lower()) for w in m[0].split()}
    first, after = span[0], doc[span.end] if span.end < len(doc) else None
    if (
        len(span) == 1
        and first.is_title
        and first.is_alpha
        and not first.is_sent_start
        and after is not None
        and after.is_title
        and after.pos_ == "PROPN"
    ):
        return True  # "the Six Nations", "the Big Ten": a number word in a name
    for token in span:
        if (
            token.lower_ not in named
            and not unit_name(token.text)  # "minus-130 degrees Fahrenheit"
            and token.is_alpha
            and token.is_title
            and not token.is_sent_start
            and token.lower_ not in SCALES
            and (token.lower_ not in CURRENCY_WORDS or token.lower_ == "cent")  # "50 Cent"
            and not _number_word(token)
            and token.lower_ not in VAGUE
            and token.lower_ not in _QUALIFIER_WORDS
        ):
            return True
    if span.label_ != "CARDINAL" or len(span) > 1 or span.start == 0 or _YEAR.fullmatch(span.text):
        return False  # "Mock Elections 2005": a year
    before = doc[span.start - 1]
    after = doc[span.end] if span.end < len(doc) else None
    # A bare number right after a name ("Hot 97", "League Two", "Planet 9"), or one that
    # names its noun ("highway 35", "exit 436", "Game 6"), or before a name ("50 Cent").
    plain = (
        before.lower_ not in _NOT_NAMES
        and before.lower_ not in _QUALIFIER_WORDS
        and before.text not in _SYMBOLS
        and not _code(before.text)
    )
    return (
        (
            (before.pos_ == "PROPN" or (before.is_title and not before.is_sent_start))
            and before.is_alpha
            and not before.is_lower
            and plain
        )
        or (
            re.fullmatch(r"\d{1,4}", span.text) is not None
            and span.root.head.i == span.start - 1
            and before.tag_ in ("NN", "NNP")
            and plain
        )
        or (
            after is not None
            and after.is_title
            and after.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT")
            and span.root.head.pos_ != "NOUN"  # "96 Liverpool fans" counts the fans
        )
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
        return head.pos_ == "NOUN" and head.i > token.i
    of = next((c for c in children(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
    things = [c for c in children(of) if c.dep_ == "pobj"] if of is not None else []
    return bool(things) and things[0].tag_ == "NNS"


def _number_tokens(doc: Doc, taken: list[bool]) -> list[Span]:
    """Numbers the entity recogniser missed, as 1-token spans: amounts ("4.3bn rupees", "£19
    to £29", "USD10m", "RM79"), numbers glued to a unit ("5kW", "2.4Ghz"), signed numbers
    ("-1.3%") and plain numbers ("27,349.19", "96 Liverpool fans")."""
    found = []
    for token in doc:
        if taken[token.idx] if token.idx < len(taken) else True:
            continue
        text = token.text
        if not _DIGIT.search(text):
            if token.lower_ == "one" and _one_of_a_noun(token):
                found.append(Span(doc, token.i, token.i + 1, label="CARDINAL"))
            elif is_cardinal(token.lower_) and token.lower_ != "one" and _words_end(doc, token.i):
                start = token.i  # "younger than three months old": words the model missed
                while (
                    start > 0
                    and is_cardinal(doc[start - 1].lower_)
                    and not taken[doc[start - 1].idx]
                ):
                    start -= 1
                found.append(Span(doc, start, token.i + 1, label="CARDINAL"))
            continue
        if token.lower_ == "one" and _one_of_a_noun(token):
            found.append(Span(doc, token.i, token.i + 1, label="CARDINAL"))
            continue
        if _PENCE.match(text) or _SYMBOL_AMOUNT.match(text) or _CODE_TOKEN.fullmatch(text):
            found.append(Span(doc, token.i, token.i + 1, label="MONEY"))
            continue
        if _PERCENT_TOKEN.fullmatch(text):
            found.append(Span(doc, token.i, token.i + 1, label="PERCENT"))
            continue
        glued = _GLUED_UNIT.fullmatch(text)
        if glued and not _GLUED.match(text) and unit_name(glued[2], glued=True):
            found.append(Span(doc, token.i, token.i + 1, label="QUANTITY"))
            continue
        if not (_GLUED.match(text) or _PLAIN.fullmatch(text)):
            continue
        if len(text) > 30 or _YEAR.fullmatch(text) or token.ent_type_ in ("DATE", "TIME"):
            continue
        if re.match(r"0\d", text):
            continue  # "0401 GMT", "007": a code or a time, not an amount
        previous = doc[token.i - 1] if token.i > 0 else None
        money = previous is not None and previous.text in _SYMBOLS
        found.append(Span(doc, token.i, token.i + 1, label="MONEY" if money else "CARDINAL"))
    return found


def _words_end(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a number in words that counts or measures what follows it
    ("three months", "seventeen tests"), not one inside a longer run of words."""
    token = doc[i]
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None or _number_word(following) or following.lower_ in SCALES:
        return False
    return following.lower_ in DURATIONS or (
        token.dep_ in ("nummod", "quantmod") and token.head.i == following.i
    )


def _fraction(doc: Doc, token: Token) -> bool:
    """ "a third more", "a quarter of": a fraction, not an ordinal."""
    return (
        token.lower_ in ("third", "quarter", "half")
        and token.i > 0
        and doc[token.i - 1].lower_ in ("a", "one")
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ in ("of", "more", "less", "fewer")
    )


def _unit_after(doc: Doc, end: int) -> int | None:
    """End token of a unit written right after token ``end`` ("km/h", "-inch"), if any."""
    start = end + 1 if end < len(doc) and doc[end].text in ("-", "–") else end
    found = unit_at(doc, start, start + 3)
    return found[3] if found else None


def _widen(span: Span) -> Span:
    """Take in a currency symbol before, and a scale, "%", currency or unit word after."""
    doc, start, end = span.doc, span.start, span.end
    label = span.label_
    while end - start > 1 and doc[end - 1].lower_ in ("to", "and", "or", "-", "–", "from"):
        end -= 1  # "64 percent to" (56 percent): the model took the link word in
    dash = next((t.i for t in doc[start + 1 : end] if t.text in ("-", "–", "—") and
                 doc[t.i - 1].whitespace_), None)  # fmt: skip
    if dash is not None and not any(_DIGIT.search(t.text) for t in doc[dash:end]):
        end = dash  # "$275 billion - half of what ...": an aside after a spaced dash
    while end - start > 1 and doc[start].lower_ in _LEADING and not doc[start + 1].is_punct:
        if doc[start].lower_ == "just" and doc[start + 1].lower_ in ("over", "under"):
            break
        start += 1
    before = doc[start - 1].text if start > 0 else ""
    if (
        before in _SYMBOLS
        or (before in ("us", "hk", "c", "nz") and doc[start].text.startswith("$"))  # "c $ 16"
        or _code(before)
        or re.fullmatch(r"[A-Za-z]{2,3}\$", before)  # "AUD$ 15"
    ):
        start -= 1
        label = "MONEY"  # "$ 5", "USD 200"
    elif (
        _CODE_TOKEN.fullmatch(number := _first_number(doc, start, end))
        or _SYMBOL_AMOUNT.match(number)
        or _PENCE.fullmatch(number)  # "more than 180p" tagged a cardinal
        or ((glued := _GLUED_UNIT.fullmatch(number)) and glued[2] in CURRENCY_CODES)
    ):
        label = "MONEY"  # "Y=5,182" tagged a cardinal
    if end < len(doc) and _code(doc[end].text) and label != "PERCENT":
        end, label = end + 1, "MONEY"  # "500 USD"
    if (
        end < len(doc)
        and doc[end].lower_.rstrip(".") in SCALES
        and (not doc[end - 1].whitespace_ or len(doc[end].text) > 2)
    ):
        end += 1
    if end < len(doc) and doc[end].text == "%":
        end, label = end + 1, "PERCENT"
    if end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        end, label = end + 2, "PERCENT"
    signed = [t.i for t in doc[start + 1 : end] if re.match(r"[-+−]\d", t.text)]
    if signed and doc[signed[0] - 1].like_num:
        start = signed[0]  # "the Stoxx 50 -1.3%": the signed number, not the name's
    if re.search(r"%|\bper ?cent\b|\dpc\b", doc[start:end].text, re.IGNORECASE):
        label = "PERCENT"
    elif label == "PERCENT" and not re.search(r"(?i)percent|pct", doc[start:end].text):
        label = "CARDINAL"  # "as much as 1/4 point": points, which the model read as a percent
    elif label == "CARDINAL" and doc[end - 1].lower_ in CURRENCY_WORDS.keys() - _AMBIGUOUS_MONEY:
        label = "MONEY"  # "two and a half billion dollars", read as a date
    elif (
        end < len(doc)
        and doc[end].lower_ in CURRENCY_WORDS
        and doc[end].lower_ != "p"
        and not (end + 1 < len(doc) and doc[end + 1].lower_ in ("zone", "area"))  # "Euro zone"
    ):
        if doc[end].lower_ not in ("pound", "pounds") or label == "MONEY" or _money_context(span):
            end, label = end + 1, "MONEY"
    elif (after := _unit_after(doc, end)) and label != "MONEY":
        end, label = after, "QUANTITY"
    elif (
        label == "CARDINAL"
        and span.root.dep_ == "nummod"
        and end < span.root.head.i <= end + 2
        and doc[span.root.head.i].lower_ not in DURATIONS  # "2.1 last year": a date
        and unit_at(doc, span.root.head.i, span.root.head.i + 1)
    ):
        end, label = span.root.head.i + 1, "QUANTITY"  # "517 rushing yards"
    elif unit_in(doc[start:end]) and label == "CARDINAL":
        label = "QUANTITY"
    elif (
        label == "QUANTITY" and doc[end - 1].lower_ in ("pound", "pounds") and _money_context(span)
    ):
        label = "MONEY"  # "he paid 8 pounds"
    if label == "QUANTITY":  # the whole unit: "140 km" of "140 km/h"
        found = unit_in(doc[start : min(end + 2, len(doc))])
        if found and found[2] < end < found[3]:
            end = found[3]
        elif found and not any(t.like_num for t in doc[found[3] : end]):
            end = found[3]  # "12 C overnight": the entity ran past the unit
    return Span(doc, start, end, label=label)
