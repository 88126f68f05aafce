"""Parse helpers shared by the rules on what a number counts and is about."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from service.nlp.numeric_facts.tree import children, lefts, rights
from service.nlp.numeric_facts.units import _SYMBOLS, CURRENCY_WORDS, DURATIONS, is_unit
from service.nlp.numeric_facts.values import _GLUED, SCALES


def number_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of a fact without a verb qualifying it ("averaged 114 million"): the
    number's phrase, whose root the rules on what it counts read, not the verb's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) > 1 and span[0].pos_ in ("VERB", "AUX"):
        return span[1:]
    return span


# Adjectives, comparatives and superlatives ("full", "fuller", "fullest").
ADJECTIVE_TAGS = ("JJ", "JJR", "JJS")

_NAMES = {"ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LOC"}


def _noun_phrase(noun: Token) -> str:
    """The noun with its compounds and adjectives, without determiners or possessives."""
    left = noun.i
    for child in lefts(noun):
        if child.dep_ in ("compound", "amod", "nmod") and not child.like_num:
            left = min(left, max(child.left_edge.i, noun.i - 8))
    doc = noun.doc
    tokens = [
        t
        for t in doc[left : noun.i + 1]
        if (t.dep_ not in ("det", "poss", "case", "nummod", "quantmod", "punct") or _joining(t))
        and not t.like_num
        and not any(c.isdigit() for c in t.text)
        and t.ent_type_ not in ("DATE", "MONEY", "PERCENT", "CARDINAL")
        and t.text not in _SYMBOLS
        and t.lower_ not in SCALES
        and not t.is_bracket  # "a big winning streak [11 matches]"
        and not _hyphened_to_number(t)  # "a 2.0-liter four-cylinder engine": other measures
    ]
    # as written between neighbours ("mid-term"), one space across a word left out
    words = "".join(
        t.text + (t.whitespace_ if after.i == t.i + 1 else " ") for t, after in pairwise(tokens)
    )
    words += tokens[-1].text if tokens else ""
    return words.strip("\"'“” ") or noun.text


def _joining(token: Token) -> bool:
    """A hyphen inside a word ("mid-term"), kept in the phrase."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 1].is_alpha
        and not doc[token.i - 1].like_num  # "four-cylinder": the count's, not the noun's
        and not _hyphened_to_number(doc[token.i - 1])  # "10-year-old"
        and doc[token.i + 1].is_alpha
    )


def _hyphened_to_number(token: Token) -> bool:
    """A word glued by hyphens to a number before it ("liter" in "2.0-liter", "cylinder" in
    "four-cylinder", "year" and "old" in "10-year-old"): the unit or noun of a number of its
    own, no word of another noun."""
    doc = token.doc
    i = token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        before = doc[i - 2]
        if before.whitespace_:
            return False
        if before.like_num or any(c.isdigit() for c in before.text):
            return True
        i -= 2
    return False


def _pobj_after(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first preposition in ``preps`` attached to ``token``."""
    for child in rights(token):
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in children(child) if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _is_thing(token: Token, span: Span) -> bool:
    """A common noun outside the fact that can be what is counted (not a unit, period, year)."""
    return (
        (token.pos_ in ("NOUN", "PROPN") or _plural_as_verb(token))
        and not (span.start <= token.i < span.end)
        and not token.like_num
        and (not is_unit(token) or token.ent_type_ in _NAMES)  # "TB" the disease
        and token.lower_ not in DURATIONS
        and token.lower_ != "times"  # "seven times", "100 times more": a frequency or a ratio
        and token.lower_ not in CURRENCY_WORDS
        and token.lower_ not in SCALES
        and token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY")
        and "%" not in token.text
        and not _participle_as_noun(token)
    )


def _plural_as_verb(token: Token) -> bool:
    """ "two ice rinks", "seven tries", "Nine consulates ... will be closed": a plural noun the
    tagger took for a verb in "-s" (VBZ), which a number modifies (a verb takes no number), or
    which stands where a noun stands with the number just before it made its subject."""
    if token.tag_ != "VBZ":
        return False
    if token.dep_ == "pobj" and any(c.dep_ in ("det", "poss") for c in children(token)):
        return True  # "5 million of its new handheld consoles": a preposition's object with
        # its determiner or possessor, a noun (no verb is either)
    return any(
        c.dep_ == "nummod"
        or (
            c.dep_ == "nsubj"
            and c.i == token.i - 1
            and c.like_num
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
        )
        for c in children(token)
    )


def _participle_as_noun(token: Token) -> bool:
    """ "the 301 submitted", "the 90 injured": a past participle the model tagged a singular
    noun after a number; a noun counted by a number other than one would be plural, and short
    nouns in "-ed" ("bed", "seed", "speed") are left alone."""
    return token.tag_ == "NN" and len(token.text) >= 6 and token.lower_.endswith("ed")


def _number_root(span: Span) -> Token:
    """The span's syntactic root, climbing appositions to the amount they convert ("(£600m)")."""
    root = span.root
    if root.lower_ == "per":  # "to 18.95 per dollar": the number, not the rate's preposition
        root = next((t for t in span if t.like_num and not span.start <= t.head.i < span.end), root)
    for _ in range(4):
        head = root.head
        if (
            root.dep_ == "appos"
            and head.i != root.i
            and (
                head.like_num
                or _GLUED.match(head.text)
                or head.lower_ in CURRENCY_WORDS
                or is_unit(head)
                or head.lower_ in SCALES
            )
        ):
            root = head
        else:
            break
    return root
