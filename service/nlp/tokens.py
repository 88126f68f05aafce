"""Small shared pieces of the entity modules: the document's text, canonical names, and
predicates on tokens (titles, speech verbs, the word before a span)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache

import numpy
from spacy.attrs import HEAD, IS_ALPHA, IS_LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from service.nlp.article import furniture_spans
from service.nlp.lexicon import (
    CANONICAL_NAMES,
    FIRMS_BEFORE,
    GLUED_SPEECH_VERBS,
    ORG_NOUNS,
    PERSON_TITLES,
    POST_NOMINALS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    TITLE_ABBREVIATIONS,
)

QUOTES_AND_BRACKETS = frozenset('"“”«»‘’[](){}')
# The tokens of a possessive ("Blair's", "Jones'").
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
LEADING_JUNK = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


TEXT_KEY = "newsfacts_text"


def doc_text(doc: Doc) -> str:
    """The text a Doc was made from, built once per Doc: ``doc.text`` (spaCy joins every token
    on each access), or the text the tokenizer kept when it parsed a copy with its no-break
    spaces made plain (same length, same offsets)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def parsed_text(doc: Doc, start: int = 0, end: int | None = None) -> str:
    """``doc.text[start:end]``, the text as spaCy parsed it (a no-break space made plain), cut
    from ``doc_text``: ``doc.text`` joins every token of the Doc on each access."""
    return doc_text(doc)[start:end].replace("\xa0", " ")


FURNITURE_KEY = "newsfacts_furniture"
FIRM_TITLES_KEY = "newsfacts_firm_titles"


def furniture(doc: Doc) -> list[tuple[int, int]]:
    """The Doc's web-furniture paragraphs (``article.furniture_spans``), found once per Doc:
    the quotes, the reported speech and the people resolver all skip them."""
    spans = doc.user_data.get(FURNITURE_KEY)
    if spans is None:
        spans = doc.user_data[FURNITURE_KEY] = furniture_spans(doc_text(doc))
    return spans


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, built once per Doc: each pass of ``for t in doc`` (and
    each ``doc[i]``) makes new Token objects, and the extractors walk the whole Doc often."""
    found = doc.user_data.get("newsfacts_tokens")
    if found is None:
        found = doc.user_data["newsfacts_tokens"] = list(doc)
    return found


def child_indices(doc: Doc, i: int) -> list[int]:
    """The indices of token ``i``'s syntactic children, in text order, from an index built
    once per Doc: spaCy finds a token's children by scanning its whole subtree."""
    index = doc.user_data.get("newsfacts_children")
    if index is None:
        n = len(doc)
        where = numpy.arange(n, dtype=numpy.int64)
        # HEAD holds head.i - i as an unsigned int: read as signed (a head may come first).
        heads = where + doc.to_array(HEAD).view(numpy.int64)
        heads[heads == where] = n  # a root is no one's child: sorted after all the others
        children = numpy.argsort(heads, kind="stable")  # by head, then in text order
        bounds = numpy.searchsorted(heads[children], numpy.arange(n + 1))
        index = doc.user_data["newsfacts_children"] = (children.tolist(), bounds.tolist())
    children, bounds = index
    return children[bounds[i] : bounds[i + 1]]


def positions(doc: Doc, attr: int, values: frozenset[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` (``spacy.attrs.LOWER``, ``DEP``, ...) is one of
    ``values``, read from the Doc's arrays: a walk of ``for t in doc`` makes a Token per
    token, for a test most tokens fail."""
    return _where_in(doc.to_array(attr), _hashes(values))


def word_positions(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices of the tokens whose text is one of ``words`` (a set found in the document
    itself: not cached, unlike ``positions``'s fixed word lists)."""
    return _where_in(doc.to_array(ORTH), _hash_array(words))


def lower_case_words(doc: Doc, letters_only: bool = True) -> frozenset[str]:
    """The words of the Doc written in lower case (``is_lower``), and of letters alone
    (``is_alpha``) unless ``letters_only`` is False, read from its arrays rather than from a
    Token per token."""
    columns = doc.to_array([ORTH, IS_LOWER, IS_ALPHA])
    words = columns[(columns[:, 1] == 1) & ((columns[:, 2] == 1) | (not letters_only)), 0]
    strings = doc.vocab.strings
    return frozenset(strings[h] for h in set(words.tolist()))


@cache
def _hashes(values: frozenset[str]) -> numpy.ndarray:
    return _hash_array(values)


def _hash_array(values: Collection[str]) -> numpy.ndarray:
    # A label of spaCy's symbol table ("nsubj") is stored as its symbol's id, not a hash.
    return numpy.array(sorted(get_string_id(v) for v in values), dtype="uint64")


def positions_matching(doc: Doc, pattern: re.Pattern) -> list[int]:
    """Indices of the tokens whose text ``pattern.match``es, each distinct word tested once."""
    column = doc.to_array(ORTH)
    strings = doc.vocab.strings
    hits = [h for h in set(column.tolist()) if pattern.match(strings[h])]
    return _where_in(column, numpy.array(sorted(hits), dtype="uint64"))


def positions_where(doc: Doc, attr: int, test: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose ``attr`` (``spacy.attrs.LEMMA``, ``ORTH``, ...) passes
    ``test``, each distinct value tested once: a walk of ``for t in doc`` makes a Token per
    token, for a test most tokens fail."""
    column = doc.to_array(attr)
    strings = doc.vocab.strings
    hits = [h for h in set(column.tolist()) if test(strings[h])]
    return _where_in(column, numpy.array(sorted(hits), dtype="uint64"))


def _where_in(column: numpy.ndarray, hashes: numpy.ndarray) -> list[int]:
    """Indices of the values of ``column`` that are in ``hashes`` (sorted): one binary search
    per value (``numpy.isin`` sorts both arrays on each call, ~0.3 ms for a Doc and a list of
    a thousand words)."""
    if not len(hashes):
        return []
    found = numpy.minimum(numpy.searchsorted(hashes, column), len(hashes) - 1)
    return numpy.flatnonzero(hashes[found] == column).tolist()


# Closed-class words that may stand at a sentence start before a name but never begin one.
FUNCTION_WORDS = frozenset(
    """but and or so yet if when while as after before although though meanwhile however now
    then also even only still with without for from under since until because once both last
    next this that these those where why how what which who whom whose its his her their our
    my your our at in on by to of into onto upon against among despite""".split()  # noqa: SIM905
)


def surface(text: str) -> str:
    """A name as written, without a possessive and with single spaces."""
    return " ".join(_POSSESSIVE.sub("", text).split())


def canonical_name(text: str) -> str:
    """The canonical form of a surface name ("U.S." -> "United States")."""
    name = surface(text)
    if len(name) <= 3 and not name.isupper():
        return name  # "Us magazine", "Un" in a title-case line: not the US, not the UN
    return CANONICAL_NAMES.get(name.lower(), name)


def is_speech_verb(token: Token) -> bool:
    first = token.is_sent_start or token.i == 0 or token.nbor(-1).is_punct
    return first and token.lower_ in GLUED_SPEECH_VERBS


def is_title_token(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in TITLE_ABBREVIATIONS
        or lower in ROLE_HEADS
        or lower in ROLE_MODIFIERS
        or token.text in POST_NOMINALS
    )


def word_before(span: Span) -> Token | None:
    """The token before ``span``, quotation marks skipped."""
    i = span.start - 1
    while i >= 0 and span.doc[i].text in QUOTES_AND_BRACKETS:
        i -= 1
    return span.doc[i] if i >= 0 else None


def written_as_title(token: Token) -> bool:
    """Whether a capitalised word spelled as a title of address ("Dr", "Mr") is written as one,
    not as part of another name: not in capitals before a word that is not ("DR Congo": the
    initials of the Democratic Republic, where "Dr Smith" or "DR SMITH" is a title), nor in a
    name the document writes right after a firm's noun ("drugmaker Dr Reddy's", "retailer Dr
    Martens": the firm's name, there and in the article's other "Dr Reddy's"), unless the name
    is a relative clause's subject there ("the firm Dr Smith founded")."""
    text = token.text.rstrip(".")
    if not text[:1].isupper():
        return False
    doc = token.doc
    nxt = _after_title(token)
    if nxt >= len(doc):
        return True
    if len(text) > 1 and text.isupper() and not doc[nxt].text.isupper():
        return False
    return doc[nxt].text not in _firm_titles(doc).get(token.text, ())


def _firm_titles(doc: Doc) -> dict[str, list[str]]:
    """Each title's spelling the document writes right after a firm's noun, with the names
    written after it there ("Dr" -> ["Reddy"]); found once per document, so that asking of
    every title stays linear in the text."""
    found = doc.user_data.get(FIRM_TITLES_KEY)
    if found is None:
        found = {}
        for t in doc:
            if _after_firm_noun(t) and (after := _after_title(t)) < len(doc):
                found.setdefault(t.text, []).append(doc[after].text)
        doc.user_data[FIRM_TITLES_KEY] = found
    return found


def _after_title(token: Token) -> int:
    """The index of the word after a title (its abbreviation's full stop skipped)."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].text == ".":
        i += 1
    return i


def _after_firm_noun(token: Token) -> bool:
    """Whether a title's spelling stands right after a firm's noun, the name after it no
    relative clause's subject ("drugmaker Dr Reddy's" yes, "the firm Dr Smith founded" no)."""
    if token.i == 0:
        return False
    doc = token.doc
    before = doc[token.i - 1]
    if not (
        # (a sentence's capital may make the model read the noun as a name: "Drugmaker Dr X")
        (
            (before.pos_ == "NOUN" and before.is_lower)
            or (before.is_sent_start and before.text[1:].islower())
        )
        and (before.lower_ in ORG_NOUNS or before.lower_ in FIRMS_BEFORE)
    ):
        return False
    nxt = _after_title(token)
    # The noun names the firm: it modifies the name ("drugmaker Dr Reddy's"), not a noun of
    # its own before a name that begins anew ("told the BBC News website Mr Molyneux said").
    if not (before.dep_ in ("compound", "amod", "nmod") and nxt <= before.head.i < nxt + 4):
        return False
    # "the firm Dr Smith founded": a clause on the noun after the name (the parser may take
    # the name for the noun's apposition).
    return not any(
        (t.dep_.startswith("nsubj") and t.head.dep_ == "relcl")
        or (t.dep_ in ("relcl", "acl") and t.head.i == before.i)
        for t in doc[nxt : nxt + 5]
    )


def title_before(doc: Doc, start: int) -> Token | None:
    """The courtesy title ("Mr", "Sir") right before token ``start``, if any."""
    i = start - 1
    if i >= 0 and doc[i].text == "." and i > 0:  # "Mr ." split by the tokenizer
        i -= 1
    if i >= 0 and doc[i].lower_ in PERSON_TITLES and written_as_title(doc[i]):
        return doc[i]
    return None
