"""Finding the numbers: the entity spans widened to their whole amount, and the numbers the
model missed ("4.3bn rupees", "5kW", "-1.3%", "younger than three months old")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.not_facts import (
    _YEAR,
    MONTHS,
    PRICE_RANGE_TOKEN,
    _number_word,
    _one_of_a_noun,
)
from service.nlp.numeric_facts.qualifiers import DOWN_VERBS, UP_VERBS
from service.nlp.numeric_facts.syntax import ADJECTIVE_TAGS
from service.nlp.numeric_facts.units import (
    _CODE_TOKEN,
    _GLUED_UNIT,
    _PENCE,
    _PREFIXES,
    _SYMBOL_AMOUNT,
    _SYMBOLS,
    AFTER_A_SCALE,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DURATIONS,
    _code,
    _currency,
    _money_context,
    _unit_after,
    country_after_sign,
    dollar_country,
    glued_c,
    glued_unit,
    is_unit,
    sign_after,
    unit_at,
    unit_in,
    unit_name,
)
from service.nlp.numeric_facts.values import (
    _FRACTION,
    _GLUED,
    _PERCENT_TOKEN,
    _PLAIN,
    DENOMINATORS,
    SCALES,
    VAGUE,
    fold_number,
    is_cardinal,
)
from service.nlp.tokens import positions_where, tokens

_BARE_AMOUNT = re.compile(
    r"(?:(?:between|past|over|under|about|around|nearly|almost|more\s+than|less\s+than)\s+)?"
    r"[\d.,]+(?:\s+(?:and|to)\s+[\d.,]+)?",
    re.IGNORECASE,
)  # "between 10 and 20", "past 10,000": amounts the model tagged as dates
_AMBIGUOUS_MONEY = {"p", "pound", "pounds"}  # a unit of weight too
_UNAMBIGUOUS_MONEY = frozenset(CURRENCY_WORDS.keys() - _AMBIGUOUS_MONEY)
_LONG_SCALES = {w for w in SCALES if len(w) > 3}
_DIGIT = re.compile(r"\d")
_LETTERS = {
    "US",
    "A",
    "C",
    "HK",
    "NZ",
    "NT",
}  # a currency's sign only before "$": not "A 512MB card"
_HAS_SCALE_TOKEN = re.compile(r"\d(?:bn|m|mn|tn)\b|\b(?:million|billion|trillion)\b", re.I)
_LEADING = {"only", "just", "the", "another", "all", "still", "even", "almost"}


_BEFORE_A_COUNT = {"the", "last", "past", "next", "previous", "first", "final", "other"}


def count_in_date(span: Span) -> Span | None:
    """ "during the last two mid-term elections": a count the model tagged DATE with the
    words before it, when what it counts is no period; the number alone."""
    number = span[-1]
    doc = span.doc
    if not (number.like_num and number.text.isalnum()) or len(span) < 2:
        return None
    if any(t.lower_ not in _BEFORE_A_COUNT for t in span[:-1]):
        return None
    head = number.head
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    if (
        number.dep_ != "nummod"
        or head.i < span.end
        or head.pos_ != "NOUN"
        or head.lower_ in DURATIONS
        or following in DURATIONS
        or following in MONTHS
    ):
        return None
    return Span(doc, number.i, number.i + 1, label="CARDINAL")


def _amount_as_date(span: Span) -> bool:
    """A span the model tagged DATE that is an amount: "two and a half billion dollars", "two
    and a half" (lengths, pies) with no period after it."""
    words = {t.lower_ for t in span}
    following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if (
        "half" in words
        and all(is_cardinal(w) or w in ("and", "a", "an", "half", "-") for w in words)
        and following not in DURATIONS
        and following not in MONTHS
    ):
        return True
    # CURRENCY_WORDS is a dict: a set's isdisjoint would walk its 613 keys, its keys' view
    # looks the span's few words up.
    currency = not CURRENCY_WORDS.keys().isdisjoint(words)
    return (currency or not words.isdisjoint(_LONG_SCALES)) and not (
        not words.isdisjoint(MONTHS) or not words.isdisjoint(DURATIONS) or _YEAR.search(span.text)
    )


def _first_number(doc: Doc, start: int, end: int) -> str:
    """The first token of ``doc[start:end]`` holding a digit ("180p" of "more than 180p")."""
    return next((t.text for t in doc[start:end] if _DIGIT.search(t.text)), doc[start].text)


@lru_cache(maxsize=1 << 16)
def _may_be_number(word: str) -> bool:
    """Whether a word (in lower case) may be a number ``_number_tokens`` finds: one with a
    digit or a fraction's sign, a ratio ("sixfold"), a vague amount ("millions of") or a
    number word; the test of each distinct word of a Doc, before its tokens are walked."""
    return bool(
        _DIGIT.search(word)
        or _FRACTION.fullmatch(word)
        or fold_number(word)
        or word in VAGUE
        or word == "one"
        or is_cardinal(word)
    )


def _number_tokens(doc: Doc, taken: list[bool]) -> list[Span]:
    """Numbers the entity recogniser missed, as 1-token spans: amounts ("4.3bn rupees", "£19
    to £29", "USD10m", "RM79"), numbers glued to a unit ("5kW", "2.4Ghz"), signed numbers
    ("-1.3%") and plain numbers ("27,349.19", "96 Liverpool fans")."""
    found = []
    doc_tokens = tokens(doc)
    for token in (doc_tokens[i] for i in positions_where(doc, LOWER, _may_be_number)):
        if taken[token.idx] if token.idx < len(taken) else True:
            continue
        text = token.text
        if _FRACTION.fullmatch(text):  # "½ teaspoon", "2½ cups"
            found.append(Span(doc, token.i, token.i + 1, label="CARDINAL"))
            continue
        if fold_number(text):  # "grew sixfold": a ratio the model missed
            found.append(Span(doc, token.i, token.i + 1, label="CARDINAL"))
            continue
        if not _DIGIT.search(text):
            vague = _vague_of(doc, token, taken)
            if vague is not None:
                found.append(vague)
            elif token.lower_ == "one" and _one_of_a_noun(token):
                found.append(Span(doc, token.i, token.i + 1, label="CARDINAL"))
            elif (
                is_cardinal(token.lower_)
                and token.lower_ != "one"
                and not (token.lower_ in SCALES and token.i > 0 and doc[token.i - 1].like_num)
                and _words_end(doc, token.i)
            ):  # not the "million" of "28 million hours", found with its number
                start = token.i  # "younger than three months old": words the model missed
                while start > 0 and _word_before(doc, start, taken):
                    start -= 1
                found.append(Span(doc, start, token.i + 1, label="CARDINAL"))
            continue
        if token.lower_ == "one" and _one_of_a_noun(token):
            found.append(Span(doc, token.i, token.i + 1, label="CARDINAL"))
            continue
        if _PENCE.match(text) or _SYMBOL_AMOUNT.match(text) or _CODE_TOKEN.fullmatch(text):
            found.append(Span(doc, token.i, token.i + 1, label="MONEY"))
            continue
        if country_after_sign(doc, token.i, text):
            end = token.i + 1  # "$A8,800", "$US20m" (the tokenizer's "US20" "m")
            if end < len(doc) and doc[end].lower_ in ("m", "bn", "b", "k", "mn", "tn"):
                end += 1
            found.append(Span(doc, token.i - 1, end, label="MONEY"))
            continue
        if PRICE_RANGE_TOKEN.fullmatch(text) and token.i > 0 and doc[token.i - 1].text in _SYMBOLS:
            found.append(Span(doc, token.i - 1, token.i + 1, label="MONEY"))  # "£2.50-£3"
            continue
        if _PERCENT_TOKEN.fullmatch(text):
            found.append(Span(doc, token.i, token.i + 1, label="PERCENT"))
            continue
        glued = glued_unit(token)
        if glued and not _GLUED.match(text) and unit_name(glued[2], glued=True):
            found.append(Span(doc, token.i, token.i + 1, label="QUANTITY"))
            continue
        if re.fullmatch(r"\.\d{3}", text) and token.i > 0 and not doc[token.i - 1].like_num:
            found.append(Span(doc, token.i, token.i + 1, label="CARDINAL"))  # "hitting .304"
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


def name_cut(ent: Span) -> Span | None:
    """ "one of four Six Nations captains": a number in words the model ran into a name that
    opens with a capitalised number word ("Six Nations", "Big Ten") ends before the name."""
    if len(ent) < 2 or not ent[0].is_lower or not is_cardinal(ent[0].lower_):
        return None
    doc = ent.doc
    for token in ent[1:]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.is_title
            and is_cardinal(token.lower_)
            and following is not None
            and following.is_title
            and following.pos_ == "PROPN"
        ):
            return Span(doc, ent.start, token.i, label=ent.label_)
    return None


def age_range_end(doc: Doc, ent: Span) -> Span | None:
    """ "voters aged 18-24", "those ages 18-29": a range of ages after "aged"/"ages", whose
    second end the model left out of its entity (the hyphen then a number, no spaces)."""
    end = ent.end
    if (
        len(ent) != 1
        or not ent[0].text.isdigit()
        or ent.start == 0
        or doc[ent.start - 1].lower_ not in ("aged", "age", "ages")
        or end + 1 >= len(doc)
        or doc[end].text not in ("-", "–")
        or ent[0].whitespace_
        or doc[end].whitespace_
        or not doc[end + 1].text.isdigit()
        or int(doc[end + 1].text) <= int(ent[0].text)
    ):
        return None
    return Span(doc, ent.start, end + 2, label="CARDINAL")


_BIG_SCALES = {"million", "billion", "trillion"}


def fraction_of_scale(doc: Doc, ent: Span) -> Span | None:
    """ "a quarter of a million students", "three quarters of a billion dollars": a fraction
    and the scale it is a part of are one number (250,000), where the model tags two entities
    ("a quarter", "a million"); the span runs to the end of the scale's entity (its currency)."""
    end = ent.end
    if (
        ent[-1].lower_ not in DENOMINATORS
        or end + 2 >= len(doc)
        or doc[end].lower_ != "of"
        or doc[end + 1].lower_ not in ("a", "an")
        or doc[end + 2].lower_ not in _BIG_SCALES
        or (end + 3 < len(doc) and doc[end + 3].text in ("-", "–"))  # "a million-dollar home"
    ):
        return None
    scale = next((e for e in doc.ents if e.start <= end + 2 < e.end), None)
    if scale is None:  # "three quarters" tagged a date, "a million" nothing
        return Span(doc, ent.start, end + 3, label="CARDINAL")
    return Span(doc, ent.start, scale.end, label=scale.label_)


def _vague_of(doc: Doc, token: Token, taken: list[bool]) -> Span | None:
    """ "left the RNC millions of dollars behind": a vague amount the model missed, with the
    currency it is "of" (a money span) or alone (a count)."""
    if token.lower_ not in VAGUE or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return None
    after = doc[token.i + 2]
    if after.lower_ in CURRENCY_WORDS and not taken[after.idx]:
        return Span(doc, token.i, token.i + 3, label="MONEY")
    measure = unit_at(doc, token.i + 2, token.i + 5)
    if measure and measure[1] is None and after.lower_ not in DURATIONS and not taken[after.idx]:
        # "millions of tonnes", "thousands of barrels": an amount of a unit of measure
        return Span(doc, token.i, measure[3], label="QUANTITY")
    return Span(doc, token.i, token.i + 1, label="CARDINAL")


def _word_before(doc: Doc, i: int, taken: list[bool]) -> bool:
    """Whether token ``i - 1`` belongs to the number in words at ``i`` ("forty-five")."""
    before = doc[i - 1]
    if taken[before.idx]:
        return False
    if before.text == "-" and i > 1:
        return is_cardinal(doc[i - 2].lower_)  # "forty - five"
    return is_cardinal(before.lower_)


def _words_end(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a number in words that counts or measures what follows it
    ("three months", "seventeen tests"), not one inside a longer run of words."""
    token = doc[i]
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None or _number_word(following) or following.lower_ in SCALES:
        return False
    return (
        following.lower_ in DURATIONS
        or (token.dep_ in ("nummod", "quantmod") and token.head.i == following.i)
        # "nearly three full seasons": adjectives between the number and its noun
        or (
            token.dep_ == "nummod"
            and token.head.pos_ == "NOUN"
            and 1 < token.head.i - i <= 4
            and all(
                t.tag_ in ADJECTIVE_TAGS and t.dep_ == "amod" for t in doc[i + 1 : token.head.i]
            )
        )
        # "two or three gigs": the second of two numbers joined, the first the noun's
        or (
            token.dep_ == "conj"
            and token.head.dep_ == "nummod"
            and token.head.head.i == following.i
            and is_cardinal(token.head.lower_)
        )
    )


# "costs rose by a fifth", "a tenth of the staff": smaller parts, as "a third"
_SMALL_PARTS = ("fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _fraction(doc: Doc, token: Token) -> bool:
    """ "a third more", "a quarter of": a fraction, not an ordinal."""
    if not (
        token.lower_ in ("third", "quarter", "half", *_SMALL_PARTS)
        and token.i > 0
        and doc[token.i - 1].lower_ in ("a", "one")
    ):
        return False
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    # "were up by a third": how much something moved; not "by a third party"
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after in ("of", "more", "less", "fewer") or (
        token.i > 1
        and doc[token.i - 2].lower_ == "by"
        and (
            following is None
            or not following.text[:1].isalpha()
            or following.ent_type_ in ("DATE", "TIME")  # "rose by a third last year"
            or following.pos_ in ("ADP", "ADV", "CCONJ", "SCONJ", "PART")  # "by a third to"
        )
    )


def _currency_name(doc: Doc, end: int) -> int | None:
    """End token of a currency's name of two or three words starting at token ``end``
    ("Indian rupees", "new Taiwan dollars"), if one is there."""
    for size in (3, 2):
        words = doc[end : end + size]
        if len(words) == size and " ".join(t.lower_ for t in words) in CURRENCY_WORDS:
            return end + size
    return None


def _currency_name_before(doc: Doc, start: int, end: int) -> int | None:
    """Start of a currency's name of two or three words just before an amount with a scale
    ("Australian dollar 29.4bn", "Hong Kong dollars 3 billion"), as the BBC writes some."""
    if not _HAS_SCALE_TOKEN.search(doc[start:end].text):
        return None
    for size in (3, 2):
        words = doc[max(0, start - size) : start]
        if len(words) == size and " ".join(t.lower_ for t in words) in CURRENCY_WORDS:
            return start - size
    return None


def _dollar_country_after(doc: Doc, end: int) -> int:
    """Tokens after a dollar amount ending at ``end`` that name its country ("$75 U.S. a
    barrel", "$40 Canadian", "$3m Hong Kong"): 2, 1 or 0. Not an adjective of a noun after it
    ("a $10m Canadian mine": the mine's)."""
    for size in (2, 1):
        words = doc[end : end + size]
        if (
            len(words) == size
            and dollar_country(" ".join(t.text for t in words))
            and not (words[-1].head.i > words[-1].i and words[-1].head.pos_ in ("NOUN", "PROPN"))
        ):
            return size
    return 0


def _widen(span: Span) -> Span:
    """Take in a currency symbol before, and a scale, "%", currency or unit word after."""
    doc, start, end = span.doc, span.start, span.end
    label = span.label_
    if label == "MONEY" and not (
        any(t.text in _SYMBOLS or _code(t.text) or "$" in t.text for t in span)
        or _currency(span.text, doc[end : end + 3].text)
    ):
        # "13.5 billion light" (-years), "12.9 billion" light-years: no money but a measure
        last = doc[end - 1]
        if end - start > 1 and last.is_alpha and last.is_lower and unit_at(doc, end - 1, end + 2):
            end, label = end - 1, "CARDINAL"
        elif unit_at(doc, end, end + 3):
            label = "CARDINAL"
        elif end - start > 2 and doc[start].like_num and (inner := unit_at(doc, start + 1, end)):
            end, label = inner[3], "QUANTITY"  # "a 1TB SSD" tagged money: the size, its unit
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and re.fullmatch(r"\d+", doc[end - 1].text)
        and _FRACTION.fullmatch(f"{doc[end - 1].text}-{doc[end + 1].text}")
    ):
        end += 2  # "30-5/8": a share price in eighths, the model's entity cut at the dash
    after_char = doc[end - 1].idx + len(doc[end - 1])
    halved = re.match(r"-and-an?-half\b", doc_text(doc)[after_char : after_char + 14], re.I)
    if halved and (whole := doc.char_span(span.start_char, after_char + halved.end())):
        end = whole.end  # "two-and-a-half lengths"
    while end - start > 1 and (
        doc[end - 1].lower_ in ("to", "and", "or", "-", "–", "from", "/")
        or (doc[end - 1].text in _SYMBOLS and doc[end - 2].text in ("/", "-", "to", "and"))
    ):
        end -= 1  # "64 percent to" (56 percent), "$ 387.00 / $" (387.50): the link taken in
    dash = next((t.i for t in doc[start + 1 : end] if t.text in ("-", "–", "—") and
                 doc[t.i - 1].whitespace_), None)  # fmt: skip
    before_dash = doc[dash - 1].lower_ if dash is not None else ""
    spelt = is_cardinal(before_dash) and before_dash not in SCALES  # "one - third", "forty - five"
    if dash is not None and not spelt and not any(_DIGIT.search(t.text) for t in doc[dash:end]):
        end = dash  # "$275 billion - half of what ...": an aside after a spaced dash
    while (
        end - start > 1
        and doc[start].pos_ == "VERB"
        and doc[start].lemma_ in UP_VERBS | DOWN_VERBS
        and any(_DIGIT.search(t.text) or is_cardinal(t.lower_) for t in doc[start + 1 : end])
    ):
        start += 1  # "saw its net profits fall 37%": the model's entity took in the verb
    while end - start > 1 and doc[start].lower_ in _LEADING and not doc[start + 1].is_punct:
        if doc[start].lower_ == "just" and doc[start + 1].lower_ in ("over", "under"):
            break
        start += 1
    before = doc[start - 1].text if start > 0 else ""
    if before == "A" and doc[start - 1].is_sent_start and doc[start - 1].whitespace_:
        before = ""  # "A $160 billion megamerger ...": the article, not Australian dollars
    if (
        (before in _SYMBOLS and (before not in _LETTERS or doc[start].text.startswith("$")))
        or (before in ("us", "hk", "c", "nz") and doc[start].text.startswith("$"))  # "c $ 16"
        or _code(before)
        or before in _PREFIXES  # "Rs 5,000", "RMB 300"
        or re.fullmatch(r"[A-Za-z]{2,3}\$", before)  # "AUD$ 15"
    ):
        start -= 1
        label = "MONEY"  # "$ 5", "USD 200"
        if doc[start].text == "$" and start > 0 and doc[start - 1].text in ("US", "HK", "NZ", "NT"):
            start -= 1  # "HK $216,925": the dollar's country, spaced from its sign
    elif (
        _CODE_TOKEN.fullmatch(number := _first_number(doc, start, end))
        or _SYMBOL_AMOUNT.match(number)
        or _PENCE.fullmatch(number)  # "more than 180p" tagged a cardinal
        or ((glued := _GLUED_UNIT.fullmatch(number)) and glued[2] in CURRENCY_CODES)
    ):
        label = "MONEY"  # "Y=5,182" tagged a cardinal
    elif (named := _currency_name_before(doc, start, end)) is not None:
        start, label = named, "MONEY"  # "a record Australian dollar 29.4bn"
    glued_measure = (glued := _GLUED_UNIT.fullmatch(doc[end - 1].text)) and (
        glued[2] not in CURRENCY_CODES and glued[2].lower() not in SCALES
    )
    if (
        end < len(doc)
        and _code(doc[end].text.removesuffix("="))
        and label != "PERCENT"
        and not glued_measure  # "a 1.8GHz AMD processor": a measure, then a name
    ):
        end, label = end + 1, "MONEY"  # "500 USD"; "108.79 JPY=", a Reuters quote of the yen
    if (
        end < len(doc)
        and doc[end].lower_.rstrip(".") in SCALES
        and (
            not doc[end - 1].whitespace_
            or len(doc[end].text) > 2
            # "about 8 B people": a capital scale letter between a number and its noun,
            # or after an amount of money ("valued at $3 B.")
            or (
                doc[end].text.rstrip(".") in ("B", "M", "K")
                and (
                    # not a name's letter before a hyphen ("$50 B-rated bonds", "K-pop")
                    (
                        label == "MONEY"
                        and not (end + 1 < len(doc) and doc[end + 1].text in ("-", "–"))
                    )
                    or (
                        end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"
                    )
                )
            )
        )
    ):
        end += 1
    if end < len(doc) and (doc[end].text == "%" or doc[end].text in ("pct", "pc")):
        end, label = end + 1, "PERCENT"  # "5 pct": Reuters' percent
    elif end < len(doc) and doc[end].lower_ == "percent" and doc[end - 1].like_num:
        end, label = end + 1, "PERCENT"  # "as high as 9 percent": the model's entity cut
    if end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        end, label = end + 2, "PERCENT"
    signed = [t.i for t in doc[start + 1 : end] if re.match(r"[-+−]\d", t.text)]
    if signed and doc[signed[0] - 1].like_num:
        start = signed[0]  # "the Stoxx 50 -1.3%": the signed number, not the name's
    if reading := next((glued_c(t) for t in doc[start:end] if glued_c(t)), None):
        label = "MONEY" if reading == "cent" else "QUANTITY"  # "fell 45c", "reach 41c"
    if label == "MONEY" and end < len(doc) and doc[start].text == "$":
        end += _dollar_country_after(doc, end)  # "$75 U.S. per barrel", "$40 Canadian"
    currency = _currency_name(doc, end)
    if label == "QUANTITY" and (
        code := next((t.i for t in doc[start:end] if _code(t.text) and t.i > start), None)
    ):
        end, label = code + 1, "MONEY"  # "25 GBP per night": a price, per night
    if re.search(r"%|\bper ?cent\b|\dpc\b|(?-i:\bpct?\b)", doc[start:end].text, re.IGNORECASE):
        label = "PERCENT"
    elif label == "PERCENT" and not re.search(r"(?i)percent|pct", doc[start:end].text):
        label = "CARDINAL"  # "as much as 1/4 point": points, which the model read as a percent
    elif label == "CARDINAL" and doc[end - 1].lower_ in _UNAMBIGUOUS_MONEY:
        label = "MONEY"  # "two and a half billion dollars", read as a date
    elif currency:
        end, label = currency, "MONEY"  # "20 Indian rupees", "4 billion Mexican pesos"
    elif (
        end < len(doc)
        and doc[end].lower_ in AFTER_A_SCALE
        and doc[end - 1].lower_.rstrip(".") in SCALES
    ):
        end, label = end + 1, "MONEY"  # "340 mln marks", "1.5 billion rand"
    elif (
        end < len(doc)
        and doc[end].lower_ in CURRENCY_WORDS
        and doc[end].lower_ != "p"
        and not (end + 1 < len(doc) and doc[end + 1].lower_ in ("zone", "area"))  # "Euro zone"
    ):
        if doc[end].lower_ not in ("pound", "pounds") or label == "MONEY" or _money_context(span):
            end, label = end + 1, "MONEY"
    elif sign_after(span, end):
        end, label = end + 1, "MONEY"  # "a beer costs 900 Ft", "the ticket cost me 150 kn"
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
    elif (
        label == "QUANTITY"
        and doc[end - 1].lower_ in _UNAMBIGUOUS_MONEY
        and not unit_name(doc[end - 1].text)
    ):
        label = "MONEY"  # "220 million dinars", tagged a quantity
    if (
        label == "MONEY"
        and doc[end - 1].lower_ in ("pound", "pounds")
        and not any("£" in t.text for t in doc[start:end])
        and start > 1
        and doc[start - 1].text == "("
        and is_unit(doc[start - 2])
    ):
        label = "QUANTITY"  # "2.2 kg (4.8 pounds)": the weight converted
    if label == "QUANTITY" and _scaled_pound(doc, start, end):
        label = "MONEY"  # "a million-pound house", "a five million pound deal"
    if label == "QUANTITY":  # the whole unit: "140 km" of "140 km/h"
        found = unit_in(doc[start : min(end + 2, len(doc))])
        if found and found[2] < end < found[3]:
            end = found[3]
        elif found and not any(t.like_num for t in (*doc[found[3] : end], *doc[end : found[2]])):
            end = found[3]  # "12 C overnight": the entity ran past the unit
    return Span(doc, start, end, label=label)


def _scaled_pound(doc: Doc, start: int, end: int) -> bool:
    """ "a million-pound house", "a five million pound deal": "pound", singular after a scale
    word and before the noun it describes, is money; a weight so large is written "million
    pounds of" ("a 2,000-pound bomb" has no scale word)."""
    if end - start < 2 or end >= len(doc) or doc[end - 1].lower_ != "pound":
        return False
    scale = doc[end - 3] if doc[end - 2].text in ("-", "–") and end - 3 >= start else doc[end - 2]
    return scale.lower_ in _LONG_SCALES and doc[end].pos_ in ("NOUN", "PROPN", "ADJ")
