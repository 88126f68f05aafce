"""Named entities: mentions, canonical entities per document, titles and roles, salience."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.nlp.identity import (
    initials_fit,
    is_full_name,
    is_initial,
    slug,
    surname_of,
    vote_type,
)
from service.nlp.lexicon import (
    AFFILIATION_LABELS,
    ALLEGIANCE_WORDS,
    CANONICAL_NAMES,
    CLUB_NAME_ENDINGS,
    DEMONYMS,
    ENTITY_TYPES,
    GIVEN_NAME_TITLES,
    GLUED_SPEECH_VERBS,
    NAME_PARTICLES,
    NON_PERSON_ORG_WORDS,
    NON_PERSON_THING_WORDS,
    NOT_NAMES,
    OCCUPATIONS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTY_WORDS,
    PERSON_TITLES,
    PLACE_PATTERNS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROYAL_TITLES,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    US_STATES,
    WORK_NOUNS,
)
from service.nlp.records import Attribute, Entity, Mention

_QUOTES_AND_BRACKETS = frozenset('"“”«»‘’[](){}')
_LEADING_JUNK = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Letters after a name (or before it, as a role: "MEP Caroline Lucas").
POST_NOMINALS = frozenset(["MP", "MEP", "MSP", "AM", "QC", "KC", "MBE", "OBE", "CBE", "KBE"])
_PARTY_STATE = re.compile(r"\s*\(\s*([RDI])\s*[-–]\s*([A-Z][A-Za-z. ]{1,20}?)\s*\)")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token on each access."""
    text = doc.user_data.get("newsfacts_text")
    if text is None:
        text = doc.user_data["newsfacts_text"] = doc.text
    return text


# --- Pipeline components: fix what the statistical NER gets wrong on news ---------------------

# Closed-class words that may stand at a sentence start before a name but never begin one.
_FUNCTION_WORDS = frozenset(
    """but and or so yet if when while as after before although though meanwhile however now
    then also even only still with without for from under since until because once both last
    next this that these those where why how what which who whom whose its his her their our
    my your our at in on by to of into onto upon against among despite""".split()  # noqa: SIM905
)
# "ofNew Labour": a function word glued to the next word by a missing space.
_GLUED = re.compile(r"^(?:of|and|the|to|in|for|on|at|by|with|from|a)[A-Z]")
_ORG_PREPOSITIONS = frozenset({"in", "of"})
_ORG_BEFORE = frozenset({"shares", "stake", "stakes", "shareholders", "shareholding"})


def _pieces(span: Span) -> list[Span]:
    """Split a span at quotation marks and brackets, dropping those tokens."""
    pieces, start = [], span.start
    for token in span:
        if token.text in _QUOTES_AND_BRACKETS or set(token.text) & _QUOTES_AND_BRACKETS:
            if token.i > start:
                pieces.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        pieces.append(span.doc[start : span.end])
    return pieces


def _not_first_of_name(token: Token) -> bool:
    """A word that may open a PERSON span but never a person's name.

    Titles and roles ("Rep.", "Sprinter"), allegiances ("Tory", "Briton"), a sentence's
    opening word ("But"), a capitalised speech verb glued on ("Stated Roger Stone").
    """
    lower = token.lower_
    return (
        _is_title_token(token)
        or _is_speech_verb(token)
        or lower in OCCUPATIONS
        or lower in ALLEGIANCE_WORDS
        or token.text in DEMONYMS
        or lower in _FUNCTION_WORDS
        or lower in _ROLE_ABBREVIATIONS
        or (token.is_upper and token.is_alpha and len(token) >= 3)  # "BBC", "MEP"
        or _GLUED.match(token.text) is not None
        or not any(c.isalpha() for c in token.text)
        or (token.text[:1].islower() and lower not in NAME_PARTICLES)
    )


def _can_end_name(token: Token) -> bool:
    """A name ends on a capitalised word: not "were", "the", "he" or a score ("6-2")."""
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)


def _trim(span: Span) -> Span | None:
    """Drop what is not part of a name: leading articles, titles and roles, trailing words,
    numbers and a possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING_JUNK or _GLUED.match(doc[start].text)):
        start += 1
    while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    if span.label_ == "PERSON":
        # What the recogniser glues before a name: an owner ("Sky Networks' Sophie Turner
        # Laing"), a role ("Nottingham City Councillor Brian Parbutt", "MEP Caroline Lucas").
        for i in range(end - 2, start - 1, -1):
            if doc[i].text in {"'s", "’s", "'", "’"} or _is_title_token(doc[i]):
                start = i + 1
                break
        while start < end - 1 and _not_first_of_name(doc[start]):
            start += 1
        # A dash set apart by spaces ends the name ("Roger Federer - nice bloke").
        for i in range(start + 1, end):
            if doc[i].text in {"-", "–", "—"} and doc[i - 1].whitespace_:
                end = i
                break
        while end > start + 1 and (
            not _can_end_name(doc[end - 1]) or doc[end - 1].text in POST_NOMINALS
        ):
            end -= 1
    else:
        while end > start + 1 and doc[end - 1].is_stop and doc[end - 1].text.islower():
            end -= 1
    while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def _is_speech_verb(token: Token) -> bool:
    first = token.is_sent_start or token.i == 0 or token.nbor(-1).is_punct
    return first and token.lower_ in GLUED_SPEECH_VERBS


def _is_title_token(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in TITLE_ABBREVIATIONS
        or lower in ROLE_HEADS
        or lower in ROLE_MODIFIERS
        or token.text in POST_NOMINALS
    )


def _word_before(span: Span) -> Token | None:
    """The token before ``span``, quotation marks skipped."""
    i = span.start - 1
    while i >= 0 and span.doc[i].text in _QUOTES_AND_BRACKETS:
        i -= 1
    return span.doc[i] if i >= 0 else None


def _context_label(span: Span) -> str | None:
    """The label the words around a span impose: "the film Ray", "oil giant Yukos", "shares in
    Yukos", "Chelsea FC", "Manchester United"."""
    doc = span.doc
    ending = span[-1].text
    if (
        len(span) > 1
        and ending in CLUB_NAME_ENDINGS
        and (ending != "City" or span.label_ == "PERSON")
    ):
        return "ORG"  # "Mexico City" is a place, "Manchester City" labelled a person a club
    before = _word_before(span)
    root = span.root
    # "the firm Gates founded": the name is a relative clause's subject, not the firm's name.
    in_relative = root.dep_.startswith("nsubj") and root.head.dep_ == "relcl"
    if before is not None and before.pos_ == "NOUN" and not in_relative:
        # "the best film Oscar" is an award in a film category, not a film.
        category = before.i > 0 and doc[before.i - 1].tag_ == "JJS"
        if before.lower_ in WORK_NOUNS and not category:
            return "WORK"
        if before.lower_ in ORG_NOUNS:
            return "ORG"
    if (
        before is not None
        and before.lower_ in _ORG_PREPOSITIONS
        and before.i > 0
        and doc[before.i - 1].lower_ in _ORG_BEFORE
    ):
        return "ORG"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ORG_SUFFIXES:
        return "ORG"
    if after is not None and after.lower_ in _PRODUCT_AFTER:
        return "PRODUCT"  # "the Xbox console", "Windows operating system"
    # "the third Harry Potter film", "the Kill Bill movies"
    if (
        after is not None
        and after.lower_ in _WORK_AFTER
        and before is not None
        and before.tag_ in ("DT", "CD", "JJ", "PRP$", "POS")
    ):
        return "WORK"
    return None


_PRODUCT_AFTER = frozenset({"console", "consoles", "browser", "operating"})
_WORK_AFTER = frozenset(
    {"film", "films", "movie", "movies", "book", "books", "novel", "novels", "franchise"}
)
# All-capital abbreviations of places; any other labelled a place ("BT") is an organisation.
_PLACE_ABBREVIATIONS = frozenset({"UAE", "DRC", "PRC", "GB", "NZ", "USSR", "ROK", "DPRK"})


def _relabel(span: Span, piece: Span) -> Span | None:
    """The span (trimmed from ``piece``) with a corrected label, or None if it names nothing."""
    words = {t.lower_ for t in span}
    label = span.label_
    if span.text in NOT_NAMES:
        return None
    if label == "PERSON":
        if words & NON_PERSON_ORG_WORDS or words <= ALLEGIANCE_WORDS:
            label = "ORG"
        elif {t.lower_ for t in piece} & NON_PERSON_THING_WORDS:
            return None  # "Javelin anti-tank missiles"
        elif len(span) == 1 and span.text in DEMONYMS:
            label = "NORP"
    if label in ("GPE", "ORG") and len(span) == 1 and span.text in DEMONYMS:
        label = "NORP"
    text = span.text
    if (
        label == "GPE"
        and text.isupper()
        and text.isalpha()
        and 2 <= len(text) <= 4
        and text.lower() not in CANONICAL_NAMES
        and text not in _PLACE_ABBREVIATIONS
    ):
        label = "ORG"
    if label == "NORP" and words <= PARTY_WORDS:
        label = "ORG"  # "Tories", "Lib Dems", "the Commons": parties and houses are bodies
    if label == "NORP" and span.text not in DEMONYMS:
        demonyms = [t for t in span if t.text in DEMONYMS]
        if len(demonyms) == 1 and span.text.split()[-1] == demonyms[0].text:
            span = span.doc[demonyms[0].i : demonyms[0].i + 1]
    if len(span) >= 3 and span[0].lower_ in _NOBLE_TITLES and span[1].lower_ == "of":
        label = "PERSON"  # "Duke of Edinburgh", "Prince of Wales"
    if span.text in PLACE_PATTERNS:
        label = PLACE_PATTERNS[span.text]
    elif label in _CONTEXT_LABELLED and (context := _context_label(span)) is not None:
        label = context
    return Span(span.doc, span.start, span.end, label=label)


_CONTEXT_LABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def _title_before(doc: Doc, start: int) -> Token | None:
    """The courtesy title ("Mr", "Sir") right before token ``start``, if any."""
    i = start - 1
    if i >= 0 and doc[i].text == "." and i > 0:  # "Mr ." split by the tokenizer
        i -= 1
    if i >= 0 and doc[i].lower_ in PERSON_TITLES and doc[i].text[:1].isupper():
        return doc[i]
    return None


def _titled_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Mr Clarke", "Sir John": a courtesy title makes the capitalised words after it a person,
    whatever the statistical model labelled them (or if it missed them)."""
    people = []
    for token in doc:
        if token.lower_ not in PERSON_TITLES or not token.text[:1].isupper():
            continue
        start = token.i + 1
        if start < len(doc) and doc[start].text == ".":
            start += 1
        end = start
        while (
            end < len(doc)
            and end - start < 4
            and doc[end].text[:1].isupper()
            and any(c.isalpha() for c in doc[end].text)
            and not _is_title_token(doc[end])
            and doc[end].lower_ not in PERSON_TITLES
        ):
            end += 1
        if end > start:
            people.append(Span(doc, start, end, label="PERSON"))
    return _overlay(spans, people)


def _speakers_missed(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Mourinho said": a proper noun the model missed that is the subject of a speech verb
    is a person (organisations that speak are almost always recognised as entities)."""
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    found = []
    for token in doc:
        if (
            token.dep_ == "nsubj"
            and token.tag_ == "NNP"
            and token.i not in covered
            and token.head.lemma_ in SPEECH_VERBS
            and token.text[:1].isupper()
            and token.is_alpha
            and not _not_first_of_name(token)
            and token.lower_ not in PERSON_TITLES
        ):
            start = token.i
            while (
                start > 0
                and doc[start - 1].dep_ == "compound"
                and doc[start - 1].tag_ == "NNP"
                and doc[start - 1].head.i == token.i
                and start - 1 not in covered
                and not _not_first_of_name(doc[start - 1])
            ):
                start -= 1
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


# Abbreviated roles written before a name: "MP Ann Smith", "DJ Chris Moyles".
_ROLE_ABBREVIATIONS = frozenset(
    {"mp", "mep", "msp", "pm", "dj", "gp", "qc", "am", "vc", "mc", "st", "rt"}
)


def _with_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "JF Sullivan", "JK Rowling": initials the model left before a person's name are in it."""
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    out = []
    for span in spans:
        i = span.start - 1
        if (
            span.label_ == "PERSON"
            and i >= 0
            and i not in covered
            and doc[i].is_alpha
            and doc[i].is_upper
            and len(doc[i]) <= 2
            and doc[i].tag_ == "NNP"
            and doc[i].lower_ not in PERSON_TITLES
            and doc[i].lower_ not in ROLE_HEADS
            and doc[i].lower_ not in _ROLE_ABBREVIATIONS
        ):
            span = Span(doc, i, span.end, label="PERSON")  # noqa: PLW2901
        out.append(span)
    return out


def _longer_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Hollywood Reporter", "Melbourne Park", "PlayStation Portable": capitalised words the
    model left after a place or organisation belong to a longer name, of an organisation or
    facility rather than the place."""
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    out = []
    for span in spans:
        start = span.start
        # "the Duke of Edinburgh", "the Prince of Wales": a person, not the place.
        if (
            span.label_ in ("GPE", "LOC")
            and start >= 2
            and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in _NOBLE_TITLES
            and doc[start - 2].text[:1].isupper()
            and start - 2 not in covered
            and start - 1 not in covered
        ):
            out.append(Span(doc, start - 2, span.end, label="PERSON"))
            continue
        end = span.end
        if span.label_ in _EXTENDED:
            while (
                end < len(doc)
                and end - span.end < 3
                and end not in covered
                and doc[end].is_alpha
                and doc[end].text[:1].isupper()
                and doc[end].tag_ in ("NNP", "NNPS", "NN", "NNS")
                and not doc[end].is_sent_start
                and not _is_title_token(doc[end])
                and doc[end].lower_ not in OCCUPATIONS
                and doc[end].lower_ not in PERSON_TITLES
                and not doc[end].is_stop
            ):
                end += 1
            # "PlayStation 3", "Xbox 2": a model number is part of a product's name.
            if (
                span.label_ == "PRODUCT"
                and end < len(doc)
                and end not in covered
                and doc[end].is_digit
                and len(doc[end]) <= 2
                and doc[end - 1].is_alpha
            ):
                end += 1
        if end > span.end:
            label = "ORG" if span.label_ in ("GPE", "LOC") else span.label_
            span = Span(doc, span.start, end, label=label)  # noqa: PLW2901
        out.append(span)
    return out


_EXTENDED = frozenset({"GPE", "LOC", "ORG", "FAC", "PRODUCT"})
_NOBLE_TITLES = frozenset(
    """duke duchess prince princess earl countess marquess baron baroness archbishop bishop
    king queen""".split()  # noqa: SIM905
)


def _overlay(spans: list[Span], new: list[Span]) -> list[Span]:
    """``spans`` with ``new`` added, every old span overlapping a new one dropped."""
    if not new:
        return spans
    taken = set()
    for span in new:
        taken.update(range(span.start, span.end))
    kept = [s for s in spans if not taken.intersection(range(s.start, s.end))]
    return sorted(kept + new, key=lambda s: s.start)


def _surnames_of_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Within a document, the surname of a person named in full names that person.

    "Mourinho" labelled an organisation, or missed, where "Jose Mourinho" was named; and
    "Classy Kelly Holmes" loses the sentence's opening word once "Kelly Holmes" is named.
    """
    # "Duke of Edinburgh" is a title, not a given name and a surname.
    full = {
        s.text
        for s in spans
        if s.label_ == "PERSON" and len(s) > 1 and not any(t.lower_ == "of" for t in s)
    }
    if not full:
        return spans
    out = []
    for span in spans:
        if (
            span.label_ == "PERSON"
            and len(span) > 2
            and span[1:].text in full
            and (span[0].is_sent_start or span.start == 0)
        ):
            span = Span(doc, span.start + 1, span.end, label="PERSON")  # noqa: PLW2901
        out.append(span)
    surnames = {name.split()[-1] for name in full}
    firsts = {name.split()[0] for name in full}
    relabelled = []
    covered = set()
    for span in out:
        covered.update(range(span.start, span.end))
        if (
            span.label_ in _SURNAME_RELABELLED
            and len(span) == 1
            and span.text in surnames
            and span.text not in firsts
            and _context_label(span) is None
        ):
            span = Span(doc, span.start, span.end, label="PERSON")  # noqa: PLW2901
        relabelled.append(span)
    missed = [
        Span(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.text in surnames
        and t.i not in covered
        and t.pos_ == "PROPN"
        and t.text not in firsts
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())
    ]
    return sorted(relabelled + missed, key=lambda s: s.start)


_SURNAME_RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART"})


@Language.component("newsfacts_entity_fixes")
def entity_fixes(doc: Doc) -> Doc:
    """Repair spans broken by quote marks, strip titles and articles, fix wrong labels."""
    fixed: list[Span] = []
    for ent in doc.ents:
        for piece in _pieces(ent):
            span = Span(doc, piece.start, piece.end, label=ent.label_)
            if ent.label_ not in ENTITY_TYPES and ent.label_ != "WORK_OF_ART":
                fixed.append(span)  # numbers and dates are the numeric extractor's
                continue
            trimmed = _trim(span)
            relabelled = _relabel(trimmed, span) if trimmed is not None else None
            # A name has a letter somewhere: "U.S." has no all-letter token, yet names a place.
            if relabelled is not None and any(c.isalpha() for c in relabelled.text):
                fixed.append(relabelled)
    fixed = _titled_people(doc, fixed)
    fixed = _overlay(fixed, _speakers_missed(doc, fixed))
    fixed = _longer_names(doc, fixed)
    fixed = _with_initials(doc, fixed)
    doc.ents = _surnames_of_people(doc, fixed)
    return doc


def add_entity_rules(nlp: Language) -> None:
    """Add this project's rule components to ``nlp`` (called once by load_pipeline)."""
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns(
        [{"label": label, "pattern": text} for text, label in sorted(PLACE_PATTERNS.items())]
    )
    nlp.add_pipe("newsfacts_entity_fixes", after="entity_ruler")


# --- Mentions and canonical entities -----------------------------------------------------------


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where each sentence of ``doc`` starts."""
    return [sent.start_char for sent in doc.sents]


def extract_mentions(doc: Doc) -> list[Mention]:
    """Mentions of the entity types this service reports, in text order."""
    starts = sentence_starts(doc)
    return [
        Mention(e.text, e.label_, e.start_char, e.end_char, bisect_right(starts, e.start_char) - 1)
        for e in doc.ents
        if e.label_ in ENTITY_TYPES
    ]


def _surface(text: str) -> str:
    return " ".join(_POSSESSIVE.sub("", text).split())


def canonical_name(text: str) -> str:
    """The canonical form of a surface name ("U.S." -> "United States")."""
    surface = _surface(text)
    return CANONICAL_NAMES.get(surface.lower(), surface)


class _Cues:
    """What the words around one mention say about what it names."""

    __slots__ = (
        "affiliate",
        "article",
        "gender",
        "given",
        "indefinite",
        "initial",
        "owned",
        "person",
        "place",
        "plural",
        "royal",
        "speaker",
        "title",
        "titled",
    )

    def __init__(self, doc: Doc, span: Span, label: str) -> None:
        title = _title_before(doc, span.start)
        before = doc[span.start - 1] if span.start > 0 else None
        # "Prince Charles", "King Abdullah": a royal is known by title and given name.
        self.royal = (
            title is None
            and len(span) == 1
            and before is not None
            and before.lower_ in ROYAL_TITLES
            and before.text[:1].isupper()
        )
        if self.royal:
            title = before
        self.title = title.text.rstrip(".") if title is not None else ""
        self.titled = title is not None
        lower = title.lower_ if title is not None else ""
        self.gender = PERSON_TITLES.get(lower) or ROYAL_TITLES.get(lower)
        self.given = self.royal or (lower in GIVEN_NAME_TITLES and len(span) == 1)
        self.person = self.titled or _role_before(span)
        root = span.root
        self.speaker = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS
        # "the Oscars", "an Oscar nomination": a name with an article is no person's.
        self.article = (
            before is not None
            and before.lower_ in _ARTICLES
            and not self.titled
            and span[0].lower_ not in _NOBLE_TITLES  # "the Duke of Edinburgh"
        )
        # "a Bafta", "an Oscar": no place takes "a" either.
        self.indefinite = before is not None and before.lower_ in ("a", "an") and not self.titled
        # "Apple's iPod", "Microsoft's Xbox": what a firm owns is a product.
        self.owned = (
            label != "PERSON"
            and before is not None
            and before.tag_ == "POS"
            and before.i > 0
            and doc[before.i - 1].ent_type_ == "ORG"
        )
        # "in Glasgow" (not "a stake in Gazprom")
        self.place = (
            before is not None
            and before.lower_ in _PLACE_PREPOSITIONS
            and not (before.i > 0 and doc[before.i - 1].lower_ in _ORG_BEFORE)
        )
        # "Manchester United have confirmed", "Franz Ferdinand were": British English puts a
        # team, band or firm in the plural; a person never.
        self.plural = (
            root.dep_ == "nsubj"
            and root.tag_ == "NNP"
            and not any(c.dep_ in ("conj", "cc") for c in root.children)  # "X and Y have"
            and _plural_verb(root.head)
        )
        # "Vote Blair, Get Brown": a sentence's first word glued to a surname.
        self.initial = len(span) > 1 and (span.start == 0 or span[0].is_sent_start)
        # "Chelsea boss Jose Mourinho", "the England captain": an affiliation, not a person.
        after = doc[span.end] if span.end < len(doc) else None
        self.affiliate = (
            after is not None
            and (after.lower_ in ROLE_HEADS or after.lower_ in OCCUPATIONS)
            and after.pos_ == "NOUN"
            and not self.titled
            and (self.article or (span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper()))
        )


_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_PREPOSITIONS = frozenset({"in", "near"})


def _plural_verb(verb: Token) -> bool:
    if verb.tag_ == "VBP" or verb.lower_ == "were":
        return True
    return any(c.dep_ == "aux" and (c.tag_ == "VBP" or c.lower_ == "were") for c in verb.children)


def _role_before(span: Span) -> bool:
    before = _word_before(span)
    return (
        before is not None
        and (before.lower_ in ROLE_HEADS or before.lower_ in OCCUPATIONS)
        and before.text[:1].islower()
    )


def _gender_conflict(one: str | None, other: str | None) -> bool:
    return one is not None and other is not None and one != other


def _resolve_people(mentions: Sequence[Mention], cues: Sequence[_Cues], names: list[str]) -> None:
    """Rewrite ``names`` so that a short mention of a person takes the full name it refers to.

    "Mr Blair", a bare "Blair", "Blair's" or "T Blair" is the person with that surname (and
    initial) most recently named in full before it (else the first named after it), of a
    compatible gender; "Sir John" is the one named in full with that given name. The gender
    of a person named in full comes from the titles of the short mentions that can only be
    theirs, else from the first one met. A royal ("Prince Charles") keeps the title.
    """
    full = [
        (i, names[i])
        for i, m in enumerate(mentions)
        if m.label == "PERSON" and is_full_name(names[i])
    ]
    by_surname: dict[str, list[tuple[int, str]]] = {}
    by_given: dict[str, list[tuple[int, str]]] = {}
    for i, name in full:
        by_surname.setdefault(surname_of(name), []).append((i, name))
        by_given.setdefault(name.split()[0], []).append((i, name))
    short = [
        i for i, m in enumerate(mentions) if not is_full_name(names[i]) and m.label == "PERSON"
    ]
    gender: dict[str, Counter[str]] = {}
    for i in short:
        candidates = _namesakes(names[i], by_surname)
        if cues[i].gender and not cues[i].given and len({n for _, n in candidates}) == 1:
            gender.setdefault(candidates[0][1], Counter())[cues[i].gender] += 1
    known = {
        name: votes.most_common(1)[0][0]
        for name, votes in gender.items()
        if len(votes) == 1 or votes.most_common(2)[0][1] > votes.most_common(2)[1][1]
    }
    settled: dict[str, str] = {}  # genders learnt in text order where the titles disagreed
    for i in short:
        name = names[i]
        if cues[i].royal:
            names[i] = f"{cues[i].title} {name}"
            continue
        if cues[i].given:
            candidates = by_given.get(name, [])
        else:
            candidates = _namesakes(name, by_surname)
            # A given name alone ("Thierry") is the one person named in full with it.
            if not candidates and len({n for _, n in by_given.get(name, [])}) == 1:
                candidates = by_given[name]
        compatible = [
            (j, n)
            for j, n in candidates
            if not _gender_conflict(cues[i].gender, known.get(n) or settled.get(n))
        ]
        before = [c for c in compatible if c[0] < i]
        chosen = before[-1] if before else compatible[0] if compatible else None
        if chosen is not None:
            names[i] = chosen[1]
            if cues[i].gender and not cues[i].given:
                settled.setdefault(chosen[1], cues[i].gender)
        elif cues[i].given:
            names[i] = f"{cues[i].title} {name}"


def _namesakes(name: str, by_surname: dict[str, list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The people named in full whose surname (and initial, for "G Thomas") ``name`` gives."""
    words = name.split()
    if len(words) == 2 and is_initial(words[0]):
        initials = words[0].replace(".", "")
        return [(j, n) for j, n in by_surname.get(words[1], []) if initials_fit(initials, n)]
    return by_surname.get(name, [])


def _token_index(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def resolve_entities(doc: Doc) -> list[Entity]:
    """Canonical entities of ``doc`` with their mentions, attributes, evidence and salience."""
    mentions = extract_mentions(doc)
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    cues = [_Cues(doc, s, m.label) for s, m in zip(spans, mentions, strict=True)]
    names = [canonical_name(m.text) for m in mentions]
    _resolve_people(mentions, cues, names)
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        if slug(name):
            groups.setdefault(slug(name), []).append(i)

    found = []
    for key_slug, members in groups.items():
        evidence: Counter[str] = Counter()
        for i in members:
            c = cues[i]
            evidence[mentions[i].label] += 1
            evidence["title"] += c.titled
            evidence["role"] += c.person and not c.titled
            evidence["speaker"] += c.speaker
            evidence["affiliate"] += c.affiliate
            evidence["article"] += c.article
            evidence["indefinite"] += c.indefinite
            evidence["owned"] += c.owned
            evidence["place"] += c.place
            evidence["plural"] += c.plural
            evidence["initial"] += c.initial
            evidence["full"] += len(spans[i]) > 1
            if c.gender:
                evidence[c.gender] += 1
            evidence["given"] += c.given
        entity_type = vote_type(evidence)
        found.append((key_slug, members, entity_type, +evidence))

    raw_scores: dict[str, float] = {}
    length = max(len(doc_text(doc)), 1)
    for key_slug, members, entity_type, _ in found:
        speaking = sum(cues[i].speaker for i in members)
        position = 1.0 - mentions[members[0]].start / length
        score = len(members) * (1.0 + 0.5 * position) + 2.0 * speaking + position
        # Nationalities ("Russian") are frequent adjectives, rarely what a story is about.
        raw_scores[key_slug] = score * (0.5 if entity_type == "group" else 1.0)
    top = max(raw_scores.values(), default=1.0)

    entities = []
    for key_slug, members, entity_type, evidence in found:
        name = _display_name(names, members)
        own = tuple(mentions[i] for i in members)
        attributes = _attributes(doc, own) if entity_type == "person" else ()
        aliases = sorted({_surface(m.text) for m in own} - {name})
        entities.append(
            Entity(
                key=f"{entity_type}:{key_slug}",
                name=name,
                type=entity_type,
                aliases=tuple(aliases),
                mentions=own,
                attributes=attributes,
                salience=round(raw_scores[key_slug] / top, 4),
                evidence=tuple(sorted(evidence.items())),
            )
        )
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.key))


def _display_name(names: Sequence[str], members: Sequence[int]) -> str:
    """The most frequent spelling among a group's names (they share one slug)."""
    counts = Counter(names[i] for i in members)
    return min(counts, key=lambda n: (-counts[n], n))


# --- Titles and roles ------------------------------------------------------------------------


def _attributes(doc: Doc, mentions: Sequence[Mention]) -> tuple[Attribute, ...]:
    """Titles, roles, affiliations, party and state found around a person's mentions."""
    found: dict[tuple[str, str], Attribute] = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for attribute in (*_preceding_roles(span), *_party_and_state(doc, mention)):
            found.setdefault((attribute.kind, attribute.value), attribute)
    return tuple(found.values())


def _preceding_roles(span: Span) -> list[Attribute]:
    """ "Kremlin spokesman X", "Ukrainian Foreign Minister X", "Rep. X" before a name."""
    doc = span.doc
    i = span.start - 1
    # Stay in the sentence without Span.sent, which walks to the sentence's end on every call
    # (quadratic over the names of one long sentence).
    while i >= 0 and not doc[i + 1].is_sent_start and _in_role(doc, i):
        i -= 1
    in_sentence = i >= 0 and not doc[i + 1].is_sent_start
    role_tokens: list[Token] = list(doc[i + 1 : span.start])
    out: list[Attribute] = []
    if role_tokens:
        titles = [t for t in role_tokens if t.lower_ in TITLE_ABBREVIATIONS]
        roles = [t for t in role_tokens if t.lower_ not in TITLE_ABBREVIATIONS]
        for t in titles:
            out.append(Attribute("title", t.text, t.text, t.idx, t.idx + len(t)))
        while roles and roles[0].lower_ == "and":
            roles.pop(0)
        if roles and (roles[-1].lower_ in ROLE_HEADS):
            first, last = roles[0], roles[-1]
            text = doc_text(doc)[first.idx : last.idx + len(last)]
            out.append(Attribute("role", text, text, first.idx, last.idx + len(last)))
        if in_sentence and roles:
            affiliation = _affiliation_ending_at(doc, i)
            if affiliation is not None:
                out.append(affiliation)
    return out


def _in_role(doc: Doc, i: int) -> bool:
    """Whether token ``i`` belongs to the role written before a name: a title or role word,
    "ex-" ("ex-home secretary"), or a capitalised portfolio before a capitalised role word
    ("Education Secretary", "Trade and Industry Secretary")."""
    token = doc[i]
    if _is_title_token(token):
        return True
    if token.text == "-" and i > 0 and doc[i - 1].lower_ == "ex":
        return True
    if token.lower_ == "ex" and i + 1 < len(doc) and doc[i + 1].text == "-":
        return True
    following = doc[i + 1]
    if not (following.text[:1].isupper() or following.lower_ == "and") or token.text in DEMONYMS:
        return False
    if token.lower_ == "and":
        before = doc[i - 1] if i > 0 else None
        return (
            before is not None
            and before.text[:1].isupper()
            and (_portfolio_word(before) or _is_title_token(before))
            and _in_role_word(doc, i + 1)
        )
    return _portfolio_word(token) and (
        following.lower_ in ROLE_HEADS or following.lower_ == "and" or _in_role_word(doc, i + 1)
    )


def _portfolio_word(token: Token) -> bool:
    """A capitalised word that may name a portfolio: "Education", "Trade", "Home"."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_stop
        and token.lower_ not in _FUNCTION_WORDS
        and token.lower_ not in _TITLE_FRAGMENTS
        and token.tag_ in ("NNP", "NNPS", "NN", "NNS", "JJ")
        and token.ent_type_ in ("", "ORG")
        and not _is_title_token(token)
    )


_TITLE_FRAGMENTS = frozenset({"new", "former", "ex", "party", "then", "current"})


def _in_role_word(doc: Doc, i: int) -> bool:
    """A capitalised word inside a title-case role: "Trade" in "Trade and Industry Secretary"."""
    j = i
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].lower_ not in ROLE_HEADS:
        j += 1
    return j < len(doc) and doc[j].lower_ in ROLE_HEADS and doc[j].text[:1].isupper()


def _affiliation_ending_at(doc: Doc, i: int) -> Attribute | None:
    token = doc[i]
    if token.text in DEMONYMS:
        return Attribute(
            "affiliation", DEMONYMS[token.text], token.text, token.idx, token.idx + len(token)
        )
    if token.ent_type_ in AFFILIATION_LABELS:
        start = i
        while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ != "B":
            start -= 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        # "Liberal Democrat", "Lib Dem": the model often labels the last word only.
        while (
            start > 0
            and not doc[start].is_sent_start
            and _portfolio_word(doc[start - 1])
            and doc[start - 1].ent_type_ in ("", token.ent_type_)
        ):
            start -= 1
        # "British and Irish Lions"
        if (
            start > 1
            and doc[start - 1].lower_ == "and"
            and doc[start - 2].text[:1].isupper()
            and doc[start - 2].ent_type_ in ("NORP", "GPE", "ORG")
            and not doc[start - 1].is_sent_start
        ):
            start -= 2
        span = doc[start : i + 1]
        if span.text.lower() in _LEADING_JUNK:
            return None
        return Attribute(
            "affiliation", canonical_name(span.text), span.text, span.start_char, span.end_char
        )
    return None


def _party_and_state(doc: Doc, mention: Mention) -> list[Attribute]:
    """ "(R-Ohio)" right after a name: party "R", state "Ohio"."""
    match = _PARTY_STATE.match(doc_text(doc), mention.end)
    if not match:
        return []
    state = match[2].strip()
    value = US_STATES.get(state.rstrip(".").lower(), state.rstrip("."))
    return [
        Attribute("party", match[1], match[1], match.start(1), match.end(1)),
        Attribute("state", value, state, match.start(2), match.start(2) + len(state)),
    ]
