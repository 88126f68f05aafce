"""The pipeline component that repairs the statistical NER's spans and labels on news:
names cut at quote marks, titles and junk glued on, people taken for organisations, longer
names cut short."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cached_property, partial

from spacy.attrs import DEP, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from service.nlp.article import DATELINE
from service.nlp.cues import NOBLE_TITLES, context_label
from service.nlp.entity_places import is_country, is_region
from service.nlp.lexicon import (
    ALLEGIANCE_WORDS,
    BUILDING_NAME_ENDINGS,
    CANONICAL_NAMES,
    CLUB_NAME_ENDINGS,
    DEMONYMS,
    ENTITY_TYPES,
    EVENT_NAME_ENDINGS,
    FACILITY_NAME_ENDINGS,
    FIRM_HEADS,
    GOVERNMENT_BODIES,
    NAME_PARTICLES,
    NATIONALITY_NOUNS,
    NON_PERSON_ORG_WORDS,
    NON_PERSON_THING_WORDS,
    NOT_NAMES,
    OCCUPATIONS,
    OFFICES_OF_STATE,
    ORG_NOUNS,
    PARTY_NAMES,
    PARTY_WORDS,
    PERSON_TITLES,
    PLACE_PATTERNS,
    POST_NOMINALS,
    ROLE_HEADS,
    SPEECH_VERBS,
    STREET_NAME_ENDINGS,
    TITLE_ABBREVIATIONS,
    WORK_NOUNS,
)
from service.nlp.person_words import NATIONALITY_NOUNS as PERSON_NATIONALITY_NOUNS
from service.nlp.person_words import first_name_gender
from service.nlp.roles import office_of_portfolio
from service.nlp.tokens import (
    FUNCTION_WORDS,
    LEADING_JUNK,
    POSSESSIVES,
    QUOTES_AND_BRACKETS,
    canonical_name,
    doc_text,
    is_speech_verb,
    is_title_token,
    lower_case_words,
    parsed_text,
    positions,
    positions_matching,
    title_before,
    word_positions,
    written_as_title,
)

_GLUED = re.compile(r"^(?:of|and|the|to|in|for|on|at|by|with|from|a)[A-Z]")


_VERSUS = frozenset({"v", "v.", "vs", "vs."})
_DASHES = frozenset({"-", "–", "—"})
# A score or a bowling figure: "6-2", "429-7", "9.5-0-44-1", "1-0".
_SCORE = re.compile(r"^\d+(?:\.\d+)?(?:[-–]\d+(?:\.\d+)?)+$")


# "and" or an ampersand between two people's names ("Matt Lucas & David Walliams").
_AND = frozenset({"and", "&"})


def _joins_two_people(span: Span, i: int) -> bool:
    """Whether the "and" (or "&") at ``i`` joins two people's full names the model took for one
    name ("Laurent Cabannes and Laurent Benezech"), not a firm's ("Marks and Spencer"): two
    capitalised words at least on each side, each side opening with a known given name."""
    doc = span.doc
    left, right = doc[span.start : i], doc[i + 1 : span.end]
    return (
        len(left) >= 2
        and len(right) >= 2
        and all(t.is_alpha and t.text[:1].isupper() for t in (*left, *right))
        and first_name_gender(left.text) is not None
        and first_name_gender(right.text) is not None
    )


def _in_table(doc: Doc, i: int) -> bool:
    """Whether the number at ``i`` is a table's cell or a score, not a model number: another
    number, a score's dash, the line's end or "and"/"for" and a number follow it ("Forfar 3 2
    0 1", "Cleveland 3\n", "Somerset 83 and 174")."""
    if i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return (
        after.is_digit
        or after.text in _DASHES
        or "\n" in after.text
        or (after.lower_ in ("and", "for") and doc[i + 2 : i + 3].text.isdigit())
    )


def _breaks_name(token: Token) -> bool:
    """A token no name runs across: a line break, a dash set apart by spaces, a score or
    bowling figure ("6-2", "429-7" however the tokenizer cut it), a run of numbers (a
    table's row)."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        "\n" in token.text
        or (token.text in _DASHES and bool(token.whitespace_) and doc[token.i - 1].whitespace_)
        or _SCORE.match(token.text) is not None
        or (
            any(c.isdigit() for c in token.text)
            and not token.whitespace_
            and nxt is not None
            and nxt.text in _DASHES
            and not nxt.whitespace_
            and doc[token.i + 2 : token.i + 3].text[:1].isdigit()
        )
        or (token.is_digit and nxt is not None and nxt.is_digit)
    )


# Prepositions that no person's name holds: the model's "Perpignan at Lansdowne Road" is a
# club and a ground, "A Very Long Engagement in France" a film and a country.
_NOT_IN_NAMES = frozenset({"at", "in", "on", "against", "from", "for", "with", "to", "by"})


def _pieces(span: Span) -> list[Span]:
    """Split a span at quotation marks and brackets, a fixture at "v" ("Brentford v
    Manchester United"), a list of people or firms at a comma ("Bernal, Jamie Foxx"), a line
    break (a headline, a results table: no name runs across lines), a dash set apart by
    spaces ("Belgium - Marc Degryse", "SOCCER - KLINSMANN") and a score ("Surrey 429-7",
    "Alloa 3 1 1"), dropping those tokens."""
    pieces, start = [], span.start
    named = span.label_ in ENTITY_TYPES or span.label_ == "WORK_OF_ART"
    for token in span:
        if (
            token.text in QUOTES_AND_BRACKETS
            or set(token.text) & QUOTES_AND_BRACKETS
            or (token.text in _VERSUS and (span.label_ != "PERSON" or token.is_lower))
            or (token.text == "," and span.label_ in ("PERSON", "ORG"))
            or (token.lower_ in _AND and _joins_two_people(span, token.i))
            or (named and _breaks_name(token))
            or (span.label_ == "PERSON" and token.text in _NOT_IN_NAMES)
        ):
            if token.i > start:
                pieces.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        pieces.append(span.doc[start : span.end])
    return pieces


# Adverbs that open a sentence before a name and are nobody's given name ("Tomorrow
# Harrison will be buried", "Meanwhile Howard said").
_SENTENCE_ADVERBS = frozenset(
    """today tomorrow yesterday tonight meanwhile however now later earlier overnight
    afterwards instead""".split()  # noqa: SIM905
)


def _not_first_of_name(token: Token) -> bool:
    """A word that may open a PERSON span but never a person's name.

    Titles and roles ("Rep.", "Sprinter"), allegiances ("Tory", "Briton"), a sentence's
    opening word ("But"), a capitalised speech verb glued on ("Stated Roger Stone").
    """
    lower = token.lower_
    return (
        is_title_token(token)
        or is_speech_verb(token)
        or lower in OCCUPATIONS
        or lower in ALLEGIANCE_WORDS
        or token.text in DEMONYMS
        or lower in FUNCTION_WORDS
        or lower in _ROLE_ABBREVIATIONS
        or lower in _SENTENCE_ADVERBS
        or (token.is_upper and token.is_alpha and len(token) >= 3)  # "BBC", "MEP"
        or _GLUED.match(token.text) is not None
        or not any(c.isalpha() for c in token.text)
        or (token.text[:1].islower() and lower not in NAME_PARTICLES)
    )


def _can_end_name(token: Token) -> bool:
    """A name ends on a capitalised word: not "were", "the", "he" or a score ("6-2")."""
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof"})
# Words before a role, membership or allegiance noun: "former Beatle", "fellow Wallaby".
_ROLE_ADJECTIVES = frozenset({"former", "ex", "fellow", "late", "then"})


# Units after a number that the model may glue to the name before it ("Trump 34 percent").
_UNITS_AFTER_NAMES = frozenset({"percent", "per", "%", "points", "pc", "votes", "seats"})


# Speech verbs a headline capitalises after its speaker's name ("..., Trevor Noah Says").
_HEADLINE_SPEECH = frozenset(
    ["say", "tell", "add", "warn", "claim", "argue", "insist", "write", "tweet", "admit"]
)


def _trim(span: Span) -> Span | None:
    """Drop what is not part of a name: leading articles, titles and roles, trailing words,
    numbers and a possessive."""
    start, end = span.start, span.end
    doc = span.doc
    # "the Cardinal will ask", "the Archbishop said": a rank with an article is a description
    # of a person, no body's name.
    if (
        span.label_ == "ORG"
        and len(span) == 1
        and start > 0
        and doc[start - 1].lower_ == "the"
        and span[0].lower_ in _CHURCH_RANKS
    ):
        return None
    # "Secretary of State": the portfolio after an office is the role's word, no organisation
    if len(span) == 1 and (
        _office_with_article(span[0]) or office_of_portfolio(doc, span.start) is not None
    ):
        return None
    while start < end and (doc[start].lower_ in LEADING_JUNK or _GLUED.match(doc[start].text)):
        start += 1
    # A word in lower case before a name is the writer's ("holders Manchester United", "telco
    # BT"), not the name's: names open with a capital or a particle ("van", "al").
    while (
        start < end - 1
        and doc[start].is_lower
        and doc[start].is_alpha
        and doc[start].lower_ not in NAME_PARTICLES
        and doc[start + 1].text[:1].isupper()
    ):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    if span.label_ == "PERSON":
        # What the recogniser glues before a name: an owner ("Sky Networks' Sophie Turner
        # Laing"), a role ("Nottingham City Councillor Brian Parbutt", "MEP Caroline Lucas").
        for i in range(end - 2, start - 1, -1):
            if doc[i].text in POSSESSIVES or (
                is_title_token(doc[i]) and not _surname_before_suffix(doc, i, start, end)
            ):
                start = i + 1
                break
        while start < end - 1 and (
            _not_first_of_name(doc[start]) or _nationality_before_name(doc, start, end)
        ):
            start += 1
        # "Follow Pam Key on Twitter": a verb opening a sentence before a given name and a
        # surname is an imperative, no given name of its own.
        if (
            end - start >= 3
            and _imperative(doc[start])
            and first_name_gender(doc[start + 1 : end].text)
        ):
            start += 1
        # "former Beatle George Harrison", "fellow Wallaby John Eales": after "former" the
        # word before a given name and a surname is what the person was, not a given name.
        # "Guides Simon Lee and Ann Ray led the walk": a plural noun opening the sentence.
        if (
            end - start >= 3
            and (
                (start > 0 and doc[start - 1].lower_ in _ROLE_ADJECTIVES)
                or (opens_sentence(doc[start]) and _plural_common_noun(doc[start]))
            )
            and first_name_gender(doc[start:end].text) is None
            and first_name_gender(doc[start + 1 : end].text)
        ):
            start += 1
        # A courtesy title ends no name; the word that opens a sentence before one is none
        # either ("Said Mr Fogg: ...", the model's "Said Mr").
        if end - start > 1 and doc[end - 1].lower_.rstrip(".") in _COURTESY:
            end -= 1
            if end - start == 1 and (
                start == 0 or doc[start].is_sent_start or doc[start - 1].is_punct
            ):
                return None
        # A role in lower case inside the span ends what stands before the name: "Wales
        # physio Mark Davies", "Perpignan centre Jean-Philippe Granclaude".
        for i in range(end - 3, start, -1):
            word = doc[i]
            if (
                word.is_lower
                and word.is_alpha
                and word.lower_ not in FUNCTION_WORDS
                and word.lower_ not in NAME_PARTICLES
                and word.lower_ not in LEADING_JUNK
                and all(t.text[:1].isupper() for t in doc[i + 1 : end])
            ):
                start = i + 1
                break
        # A headline's "..., Trevor Noah Says": the capitalised speech verb after the name
        # is the sentence's verb, its subject the name before it.
        last = doc[end - 1]
        if (
            end - start >= 2
            and last.pos_ == "VERB"
            and last.lemma_.lower() in _HEADLINE_SPEECH
            and doc[end - 2].dep_ == "nsubj"
            and doc[end - 2].head.i == last.i
        ):
            end -= 1
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
        # "US TV", "French radio": a country's broadcasting, no body of that name.
        # "Vatican Radio", "Israel Radio": the model's whole ORG, capitalised, is a broadcaster.
        if (
            end - start == 2
            and doc[start + 1].lower_ in _BROADCASTING
            and not (
                span.label_ == "ORG"
                and (span.start, span.end) == (start, end)
                and doc[start + 1].text in ("Radio", "Television")
            )
        ):
            word = doc[start].text
            if is_country(canonical_name(word)) or word in _PLACE_ABBREVIATIONS:
                return Span(doc, start, start + 1, label="GPE")
            if word in DEMONYMS:
                return Span(doc, start, start + 1, label="NORP")
        # "the 2005 Academy Awards": the year is the edition, not the name.
        while start < end - 1 and doc[start].is_digit and len(doc[start]) == 4:
            start += 1
        # A number with its unit is no part of a name ("Trump 34 percent").
        for i in range(start + 1, end - 1):
            if doc[i].like_num and doc[i + 1].lower_ in _UNITS_AFTER_NAMES:
                end = i
                break
        # A score or a table's cell is no part of a name ("Somerset 83 and 174", "Cleveland
        # 3\n", "H. Morris 69"); a model number or a year is ("Windows 2000", "Chapter 11").
        while (
            end > start + 1
            and doc[end - 1].is_digit
            and (_in_table(doc, end - 1) or _initial_and_surname(doc[start : end - 1]))
        ):
            end -= 1
    while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


# Words no name opens with: "The “Big” Show", "But “Faker” Lee".
_NOT_NAME_WORDS = FUNCTION_WORDS | LEADING_JUNK

# What a country's name or adjective stands before for its broadcasters ("US TV").
_BROADCASTING = frozenset({"tv", "television", "radio"})

# Church ranks that, after "the", describe a person, no body ("the Cardinal will ask").
_CHURCH_RANKS = frozenset(
    {"cardinal", "archbishop", "bishop", "pope", "pastor", "rabbi", "imam", "reverend", "vicar"}
)


def _office_with_article(token: Token) -> bool:
    """ "the Treasurer says", "the Premier": an office of state after "the", in title case,
    stands for its holder; no body, no name."""
    i = token.i
    return (
        i > 0
        and token.doc[i - 1].lower_ == "the"
        and token.text[:1].isupper()
        and token.lower_ in OFFICES_OF_STATE
    )


# Members are no part of their body's name: "Labour MPs", "a Tory MEP".
_MEMBERS = frozenset({"MPs", "MEPs", "MSPs"})  # "MP" and such are POST_NOMINALS


# What follows a surname, never a given name: "Martin Luther King Jr.". Part of the name: it
# tells a father from his son ("Duncan Hunter Sr.").
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname_before_suffix(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether the title word at ``i`` is a surname: after a given name, before a suffix or a
    holiday's "Day" ("Martin Luther King Jr.", "Martin Luther King Day", where "King" is no
    royal title opening the name)."""
    return (
        i > start
        and doc[i - 1].is_title
        and not is_title_token(doc[i - 1])
        and first_name_gender(f"{doc[i - 1].text} {doc[i].text}") is not None
        and all(t.lower_ in _NAME_SUFFIXES or t.text == "Day" for t in doc[i + 1 : end])
    )


def _imperative(token: Token) -> bool:
    """A capitalised verb opening a sentence that no one bears as a given name ("Follow",
    "Vote"; not "Mark", "Will")."""
    opening = token.is_sent_start or token.i == 0
    return (
        opening
        and token.is_title
        and token.lower_ in COMMON_VERBS
        and first_name_gender(f"{token.text} X") is None
    )


# Labels of a name with a nationality or role glued before it that the model did not take for
# a person's ("American Dennis Mitchell" ORG, "Prop Phil Vickery" PRODUCT, "American Agassi"
# GPE).
_BEFORE_NAME_RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
_RELABELLED_OR_PERSON = _BEFORE_NAME_RELABELLED | {"PERSON"}


def _before_a_name(token: Token) -> bool:
    """A capitalised nationality, allegiance or sport or trade word that stands before a
    person's name but is no part of it: "American", "Briton", "Prop", "Striker"."""
    return token.text in DEMONYMS or (
        token.is_title
        and (token.lower_ in OCCUPATIONS or token.lower_ in ALLEGIANCE_WORDS)
        and token.lower_ not in _NAME_LIKE_OCCUPATIONS
    )


def _words_before_a_name(span: Span) -> int:
    """How many of a span's first words (one or two) are a nationality or a role standing
    before a given name and a surname ("Veteran Spaniard | Conchita Martinez"), else 0."""
    for lead in (1, 2):
        rest = span[lead:]
        if (
            2 <= len(rest) <= 3
            and all(_before_a_name(t) or t.text in PERSON_NATIONALITY_NOUNS for t in span[:lead])
            and first_name_gender(rest.text) is not None
            and all(t.is_title for t in rest)
        ):
            return lead
    return 0


def _nationality_before_name(doc: Doc, start: int, end: int) -> bool:
    """A noun for a person of a nation ("Spaniard", "Swede") opening a person's span before a
    given name and a surname: what the person is, no part of the name. Not a given name of
    its own ("Dane Coles", "Finn Russell": the rest is a surname alone)."""
    word = doc[start]
    return (
        word.text in PERSON_NATIONALITY_NOUNS
        and end - start >= 3
        and first_name_gender(word.text) is None
        and first_name_gender(doc[start + 1 : end].text) is not None
    )


# Occupation words that are names too ("Star Wars", "Model T", "Champion Hurdle").
_NAME_LIKE_OCCUPATIONS = frozenset({"star", "stars", "model", "champion", "champions", "host"})


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# All-capital abbreviations of places; any other labelled a place ("BT") is an organisation.
_PLACE_ABBREVIATIONS = frozenset({"UAE", "DRC", "PRC", "GB", "NZ", "USSR", "ROK", "DPRK"})


def _relabel(span: Span, piece: Span) -> Span | None:
    """The span (trimmed from ``piece``) with a corrected label, or None if it names nothing."""
    words = {t.lower_ for t in span}
    label = span.label_
    if span.text in NOT_NAMES:
        return None
    # "S. Jayasuriya", "M. McCague" in a scorecard; not a nationality ("S. African Afrikaners").
    if label not in ("PERSON", "NORP") and _initial_and_surname(span):
        label = "PERSON"
    elif (
        label in _BEFORE_NAME_RELABELLED
        and (lead := _words_before_a_name(span))
        and not words & (NON_PERSON_ORG_WORDS | ORG_NOUNS)
        and (span.start == 0 or span.doc[span.start - 1].lower_ not in ("the", "a", "an"))
    ):
        # "American Dennis Mitchell outclassed ...", "Prop Phil Vickery and lock Simon Shaw
        # return", "Veteran Spaniard Conchita Martinez won": a nationality or a role (two at
        # most) before a person's name.
        span, label = span[lead:], "PERSON"
    if label == "PERSON" and len(span) >= 3 and span[-1].text == "Day":
        label = "EVENT"  # "Martin Luther King Day": a holiday named after a person named in full
    if label == "PERSON":
        # "BBC Sport Wales", "Radio Scotland": a name ending with a country is a body's.
        if words <= NATIONALITY_NOUNS:
            label = "NORP"  # "the Briton", "Scots"
        elif _acronym(span) or (
            len(span) == 1 and any(c.isdigit() for c in span.text) and span.text[:1].isalnum()
        ):
            # "GPRS", "MCI": no one's name is written in capitals mid-sentence; "O2", "BBC1"
            # have digits.
            label = "ORG"
        elif (
            words & NON_PERSON_ORG_WORDS
            or words <= ALLEGIANCE_WORDS
            or (len(span) > 1 and (span[-1].text in _COUNTRIES or is_country(span[-1].text)))
        ):
            label = "ORG"
        elif {t.lower_ for t in piece} & NON_PERSON_THING_WORDS:
            return None  # "Javelin anti-tank missiles"
        elif len(span) == 1 and span.text in DEMONYMS:
            label = "NORP"
    if (
        label in ("GPE", "ORG", "PERSON", "PRODUCT")
        and len(span) == 1
        and (
            span.text in DEMONYMS
            or span[0].lower_ in NATIONALITY_NOUNS
            or span.text[:-1] in POST_NOMINALS  # "MPs", "MEPs": members, not a body
        )
    ):
        label = "NORP"
    text = span.text
    if (
        label == "GPE"
        and text.isupper()
        and text.isalnum()
        and 2 <= len(text) <= 4
        and text.lower() not in CANONICAL_NAMES
        and text not in _PLACE_ABBREVIATIONS
    ):
        label = "ORG"
    if label == "NORP" and words <= PARTY_WORDS:
        label = "ORG"  # "Tories", "Lib Dems", "the Commons": parties and houses are bodies
    elif (
        label == "NORP"
        and text.isupper()
        and text.isalpha()
        and 2 <= len(text) <= 5
        and text.title() not in DEMONYMS
    ):
        label = "ORG"  # "(UPI)", "GOP": an abbreviation is a body's, no nationality's
    if label == "NORP" and span.text not in DEMONYMS:
        demonyms = [t for t in span if t.text in DEMONYMS]
        if len(demonyms) == 1 and span.text.split()[-1] == demonyms[0].text:
            span = span.doc[demonyms[0].i : demonyms[0].i + 1]
    if len(span) >= 3 and span[0].lower_ in NOBLE_TITLES and span[1].lower_ == "of":
        label = "PERSON"  # "Duke of Edinburgh", "Prince of Wales"
    if (
        len(span) >= 2
        and label in _RELABELLED_OR_PERSON
        and span[-1].text in FIRM_HEADS
        and not _initial_and_surname(span)
    ):
        label = "ORG"  # "Weibo Gaming", "McCain Foods": a firm's name, no one's
    if len(span) >= 2 and label in ("ORG", "GPE", "PRODUCT", "FAC", "LOC"):
        if span[-1].text in FACILITY_NAME_ENDINGS or (
            span[-1].text in BUILDING_NAME_ENDINGS and label in ("ORG", "PRODUCT")
        ):
            label = "FAC"  # "Scotiabank Arena", "T-Mobile Arena": a building, no body
        elif span[-1].text in STREET_NAME_ENDINGS:
            label = "LOC"  # "Bloor Street", "Oxford Street"
    if (
        label in _PLACE_LABELS
        and 2 <= len(span) <= 3
        and span[-1].is_title
        and span[-1].lower_ in PARTY_NAMES
        and span[0].is_title
    ):
        label = "ORG"  # "New Labour", "Scottish Labour", "Welsh Conservatives": a party, no place
    if span.text in PLACE_PATTERNS:
        label = PLACE_PATTERNS[span.text]
    elif label in _CONTEXT_LABELLED and (context := context_label(span)) is not None:
        label = context
    return Span(span.doc, span.start, span.end, label=label)


_INITIAL = re.compile(r"^[A-Z]\.$")


def _initial_and_surname(span: Span) -> bool:
    """An initial with a dot and one or two capitalised words: "S. Jayasuriya", "R. Ponting"."""
    return (
        2 <= len(span) <= 3
        and _INITIAL.match(span[0].text) is not None
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span[1:])
    )


_CONTEXT_LABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def _acronym(span: Span) -> bool:
    """A single all-capital word in a sentence written in lower case: an abbreviation."""
    text = span.text
    return (
        len(span) == 1
        and len(text) >= 2
        and text.isupper()
        and text.isalpha()
        and any(t.is_alpha and t.is_lower for t in span.sent)
    )


_NAME_LABELS = frozenset(ENTITY_TYPES) | {"WORK_OF_ART"}


def _common_words(doc: Doc, spans: list[Span], common_nouns: frozenset[str]) -> list[Span]:
    """Drop a one-word name that is only a common word: capitalised to open a sentence
    ("Broadband has become hugely competitive": the document writes it in lower case
    elsewhere and never capitalised inside a sentence; "Digital music downloads": an
    adjective; "House prices fell": a common noun modifying another), or a portfolio in a
    title ("Home Secretary", "Health Minister")."""
    words = _DocWords(doc)
    return [span for span in spans if not _common_word(span, words, common_nouns)]


class _DocWords:
    """The words a document writes in lower case, and those it capitalises inside a sentence:
    each set built on its first use (few names reach the tests that need them)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def lower(self) -> frozenset[str]:
        return lower_case_words(self.doc)

    @cached_property
    def inside(self) -> set[str]:
        return {t.text for t in self.doc if t.text[:1].isupper() and not opens_sentence(t)}


def _common_word(span: Span, words: _DocWords, common_nouns: frozenset[str]) -> bool:
    if len(span) != 1 or span.label_ == "NORP" or span.label_ not in _NAME_LABELS:
        return False  # numbers and dates ("Thousands of migrants") are the numeric extractor's
    token = span[0]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    thing = span.label_ != "PERSON"
    if after is not None and after.text == "." and f"{token.lower_}." in TITLE_ABBREVIATIONS:
        return True  # "Coun. Jane Doe", "Det. Sgt. John Smith": the tokenizer cut the title off
    if (
        thing
        and after is not None
        and is_title_token(token)
        and is_title_token(after)
        and after.text[:1].isupper()
    ):
        return True
    if not opens_sentence(token) or not token.text[1:].islower():
        return False
    adjective = (
        thing
        and token.tag_ == "JJ"
        and token.dep_ == "amod"
        and after is not None
        and after.pos_ == "NOUN"
        and after.is_lower
    )
    # "House prices fell": a common noun modifying another opens the sentence; the document
    # never capitalises it inside one ("Microsoft shares" leaves Microsoft a firm's name).
    noun = (
        span.label_ in _COMMON_NOUN_LABELS
        and token.dep_ == "compound"
        and after is not None
        and token.head.i == after.i
        and after.tag_ == "NNS"  # "House prices", not "Edinburgh architect Dominic Stephenson"
        and after.is_lower
        and after.lemma_ not in ROLE_HEADS | OCCUPATIONS | _AFFILIATED  # "Kremlin officials"
        and token.lower_ in common_nouns
        and token.text not in words.inside
    )
    # "Advocacy group Cycle Toronto": a common noun opening a sentence, taken for a person,
    # before the lower-case role or kind of the name after it.
    following = token.doc[token.i + 2] if token.i + 2 < len(token.doc) else None
    describes = (
        span.label_ == "PERSON"  # "Kremlin spokesman Dmitry Peskov": a body's name stays
        and token.tag_ == "NN"  # the tagger's common noun: "Glasgow group Franz Ferdinand" stays
        and token.lower_ in common_nouns
        and first_name_gender(token.text) is None
        and after is not None
        and after.is_lower
        and (after.pos_ in ("NOUN", "PROPN") or after.lower_ in OCCUPATIONS)
        and following is not None
        and following.text[:1].isupper()
        and token.text not in words.inside
    )
    if adjective or noun or describes:
        return True
    return token.lower_ in words.lower and token.text not in words.inside


_COMMON_NOUN_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART"})
# Nouns an organisation's name modifies: "Kremlin officials", "Apple shares".
_AFFILIATED = frozenset(
    """official source staff worker employee member fan supporter player share stake
    shareholder investor customer user""".split()  # noqa: SIM905
)


def opens_sentence(token: Token) -> bool:
    """Whether a token opens a sentence or a paragraph (quote marks and brackets aside)."""
    i = token.i
    while i > 0 and (token.doc[i - 1].text in QUOTES_AND_BRACKETS or token.doc[i - 1].is_space):
        i -= 1
    # A paragraph's first word may follow a whitespace token ("\n\n"), skipped above.
    return (
        i == 0
        or token.doc[i].is_sent_start
        or any("\n" in t.text_with_ws for t in token.doc[i - 1 : token.i])
    )


def _titled_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Mr Clarke", "Sir John": a courtesy title makes the capitalised words after it a person,
    whatever the statistical model labelled them (or if it missed them)."""
    people = []
    for i in positions(doc, LOWER, _PERSON_TITLES):
        token = doc[i]
        if not written_as_title(token):
            continue
        start = token.i + 1
        if start < len(doc) and doc[start].text == ".":
            start += 1
        end = start
        while end < len(doc) and end - start < 4:
            if (
                doc[end].text[:1].isupper()
                and any(c.isalpha() for c in doc[end].text)
                and not is_title_token(doc[end])
                and doc[end].lower_ not in PERSON_TITLES
            ):
                end += 1
            elif _joins_double_barrel(doc, end) and end > start:
                end += 2  # "Mr Kilroy-Silk": the tokenizer splits at the hyphen
            else:
                break
        if end > start:
            if _inside_a_name(doc, token.i):
                start = token.i - 1  # "comedian Sacha Baron Cohen": the title is his name's
            people.append(Span(doc, start, end, label="PERSON"))
    return _overlay(spans, people)


def _inside_a_name(doc: Doc, i: int) -> bool:
    """Whether the noble title ``doc[i]`` ("Baron") stands between a given name and a surname
    ("comedian Sacha Baron Cohen"): after one capitalised word that is no title, role,
    nationality or allegiance, itself after a lower-case word ("comedian") in its sentence.
    A title opens a name ("Labour peer Lord Falconer"), it does not follow a given name."""
    if doc[i].lower_ not in NOBLE_TITLES or i < 2:
        return False
    given, before = doc[i - 1], doc[i - 2]
    return (
        given.is_alpha
        and given.text[:1].isupper()
        and given.tag_ == "NNP"
        and not given.is_sent_start
        and not doc[i].is_sent_start
        and _may_join_name(given)
        and before.is_alpha
        and before.text.islower()
    )


def _joins_double_barrel(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a hyphen written inside a double-barrelled name ("Kilroy-Silk")."""
    return (
        doc[i].text in ("-", "–")
        and i + 1 < len(doc)
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].text.replace("'", "").replace("’", "").isalpha()  # "Murphy-O'Connor"
    )


def _double_barrelled_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "SNC-Lavalin", "Harley-Davidson": a body the model cut at its hyphen ("SNC") goes on
    over the capitalised word glued after it, unless that word names something else ("the
    Liberal-NDP deal")."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    out = []
    for span in spans:
        end = span.end
        while (
            span.label_ == "ORG"
            and end + 1 < len(doc)
            and _joins_double_barrel(doc, end)
            and end + 1 not in covered
            and not doc[end + 1].ent_type_
        ):
            end += 2
        out.append(span if end == span.end else Span(doc, span.start, end, label="ORG"))
    return out


_SUBJECT = frozenset({"nsubj"})
_PERSON_TITLES = frozenset(PERSON_TITLES)


def _speakers_missed(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Mourinho said": a proper noun the model missed that is the subject of a speech verb
    is a person (organisations that speak are almost always recognised as entities)."""
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    found = []
    words = _DocWords(doc)
    for i in positions(doc, DEP, _SUBJECT):
        token = doc[i]
        if (
            token.tag_ == "NNP"
            and token.i not in covered
            and token.head.lemma_ in SPEECH_VERBS
            and token.text[:1].isupper()
            and token.is_alpha
            # a title or a role ("The Federal Agriculture Minister, Warren Truss, says")
            and not _not_first_of_name(token)
            and token.lower_ not in PERSON_TITLES
            # "Association of Chief Police Officers president Chris Fox said": a body's name.
            and not (
                token.i + 2 < len(doc)
                and doc[token.i + 1].lower_ == "of"
                and doc[token.i + 2].text[:1].isupper()
            )
        ):
            start = token.i
            while (
                start > 0
                and doc[start - 1].dep_ == "compound"
                and doc[start - 1].tag_ == "NNP"
                # "Federal Open Market Committee": a compound of a compound inside the name
                and start <= doc[start - 1].head.i <= token.i
                and start - 1 not in covered
                and not _not_first_of_name(doc[start - 1])
                and not _nationality_before_name(doc, start - 1, token.i + 1)
            ):
                start -= 1
            if (
                start == token.i
                and opens_sentence(token)
                and token.lower_ in words.lower
                and token.text not in words.inside
            ):
                # "Witness describes night of stabbing" (a headline): a common word the
                # document writes in lower case, capitalised only to open the sentence
                continue
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


# Words that may stand between "a(n)" and the body noun of an apposition: "a leading
# anti-virus software company", "a Boston-based firm".
_APPOSITION_WORDS = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "PUNCT", "NUM"})


def _bodies_described_after(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "According to McAfee.com, a leading anti-virus software company, ...": a proper noun
    the model missed, set off before an apposition "a(n) ... company/firm/group" closed by a
    comma, names that body."""
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    found = []
    for token in doc:
        i = token.i
        if (
            token.tag_ != "NNP"
            or i in covered
            or not token.text[:1].isupper()
            or i + 4 >= len(doc)
            or doc[i + 1].text != ","
            or doc[i + 2].lower_ not in ("a", "an")
            or i + 1 in covered
        ):
            continue
        end = next(
            (
                j
                for j in range(i + 3, min(i + 11, len(doc) - 1))
                if doc[j].lower_ in ORG_NOUNS and doc[j + 1].text in (",", ".")
            ),
            None,
        )
        if end is None or any(
            # ("leading", "Boston-based": a participle qualifying the noun)
            (
                t.pos_ not in _APPOSITION_WORDS
                and not (t.tag_ in ("VBG", "VBN") and t.dep_ == "amod")
            )
            or t.text in (",", ";", ":")
            for t in doc[i + 3 : end]
        ):
            continue
        start = i
        while start > 0 and doc[start - 1].tag_ == "NNP" and start - 1 not in covered:
            start -= 1
        if doc[start].is_sent_start and start == i and token.lower_ in COMMON_NOUNS:
            continue
        found.append(Span(doc, start, i + 1, label="ORG"))
    return found


# Abbreviated roles written before a name: "MP Ann Smith", "DJ Chris Moyles".
_ROLE_ABBREVIATIONS = frozenset(
    {"mp", "mep", "msp", "pm", "dj", "gp", "qc", "am", "vc", "mc", "st", "rt"}
)


def _with_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "JF Sullivan", "JK Rowling": initials the model left before a person's name are in it.

    In a list of names ("L Orquera, A Troncon; A Lo Cicero (Italy)"), a capital letter before
    a name is an initial even where it spells an article, and makes the name a person's
    whatever the model labelled it."""
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    out = []
    for span in spans:
        i = span.start - 1
        if (
            len(span) == 1
            and _INITIAL.match(span.text)
            and span.end < len(doc)
            and span.end not in covered
            and doc[span.end].is_alpha
            and doc[span.end].is_title
            and span[0].whitespace_
        ):
            # A lone initial the model took for a name ("R." NORP), its surname left out.
            span = Span(doc, span.start, span.end + 1, label="PERSON")  # noqa: PLW2901
        elif (
            i >= 0
            and i not in covered
            and doc[i].is_alpha
            and doc[i].is_upper
            and len(doc[i]) <= 2
            and doc[i].lower_ not in PERSON_TITLES
            and doc[i].lower_ not in ROLE_HEADS
            and doc[i].lower_ not in _ROLE_ABBREVIATIONS
            and (
                (span.label_ == "PERSON" and doc[i].tag_ == "NNP")
                or (span.label_ in _LISTED and _listed_initial(doc, i, span))
            )
        ):
            span = Span(doc, i, span.end, label="PERSON")  # noqa: PLW2901
        elif (
            span.label_ in _LISTED
            and span.label_ != "PERSON"
            and len(span) > 1
            and _listed_initial(doc, span.start, span[1:])
        ):
            span = Span(doc, span.start, span.end, label="PERSON")  # noqa: PLW2901
        out.append(span)
    return out


_LISTED = frozenset({"PERSON", "ORG", "PRODUCT", "FAC", "GPE", "LOC", "NORP"})
_LIST_MARKS = frozenset({",", ";", "(", ")", ":"})


def _listed_initial(doc: Doc, i: int, span: Span) -> bool:
    """Whether the one letter at ``i`` opens an item of a list of names (a team sheet), the
    name ``span`` after it: a list mark or a line break before it, one after the name, and
    only name words in it."""
    before = doc[i - 1] if i > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        len(doc[i]) == 1
        and doc[i].is_upper
        and doc[i].text != "I"
        and before is not None
        and (before.text in _LIST_MARKS or "\n" in before.text or "\n" in before.whitespace_)
        and (after is None or after.text in _LIST_MARKS or after.text == ".")
        and len(span) <= 3
        and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in span)
    )


def _longer_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Longer names the model cut short.

    Capitalised words it left after a place or organisation ("Hollywood Reporter", "Melbourne
    Park", "PlayStation Portable"), or before one ("3GSM World Congress", "Aero India"),
    belong to the name of an organisation or facility rather than the place; "the Duke of
    Edinburgh" is a person; "Nazi Germany" is a place of its own; "the Scottish Executive" an
    organisation.
    """
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    out: list[Span] = []
    for span in spans:
        start = span.start
        previous = out[-1] if out else None
        # "the Duke of Edinburgh", "the Prince of Wales": a person, not the place.
        if (
            span.label_ in _NOBLE_OF
            and start >= 2
            and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in NOBLE_TITLES
            and doc[start - 2].text[:1].isupper()
            and start - 1 not in covered
        ):
            if previous is not None and previous.start == start - 2 == previous.end - 1:
                out.pop()  # "Duke" alone labelled a person
            elif start - 2 in covered:
                out.append(span)
                continue
            out.append(Span(doc, start - 2, span.end, label="PERSON"))
            continue
        # "Nazi Germany", "Soviet Russia"
        if (
            span.label_ in ("GPE", "LOC")
            and previous is not None
            and previous.label_ == "NORP"
            and previous.end == start
            and len(previous) == 1
            and previous[0].lower_ not in PARTY_WORDS
        ):
            out[-1] = Span(doc, previous.start, span.end, label=span.label_)
            continue
        # "the Scottish Executive": a nationality and a government body's head, not a group.
        if (
            span.label_ == "NORP"
            and len(span) == 1
            and span[0].lower_ not in PARTY_WORDS
            and span.end < len(doc)
            and span.end not in covered
            and doc[span.end].text in GOVERNMENT_BODIES
            and not doc[span.end].is_sent_start
        ):
            out.append(Span(doc, start, span.end + 1, label="ORG"))
            continue
        end = span.end
        label = span.label_
        if span.label_ in _EXTENDED:
            while (
                end < len(doc)
                and end - span.end < 3
                and end not in covered
                and doc[end].is_alpha
                and doc[end].text[:1].isupper()
                and doc[end].tag_ in ("NNP", "NNPS", "NN", "NNS")
                and not doc[end].is_sent_start
                and _may_join_name(doc[end])
                and not (label in ("GPE", "LOC") and doc[end].lower_ in _BROADCASTING)
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
                and not _in_table(doc, end)
            ):
                end += 1
            floor = out[-1].end if out else 0  # never into the name before
            while (
                start > floor
                and span.start - start < 3
                and start - 1 not in covered
                and not doc[start].is_sent_start
                and _name_word(doc[start - 1])
                and (doc[start - 1].tag_ in ("NNP", "NNPS") or not doc[start - 1].is_alpha)
                and _may_join_name(doc[start - 1])
            ):
                start -= 1
            added = [t.text for t in doc[start : span.start]] + [
                t.text for t in doc[span.end : end]
            ]
            if added and label in ("GPE", "LOC") and not set(added) <= _DIRECTIONS:
                # "U.S. Amateur Championship", "Hong Kong Open": an event held there.
                label = "EVENT" if doc[end - 1].text in EVENT_NAME_ENDINGS else "ORG"
        if (start, end) != (span.start, span.end):
            span = Span(doc, start, end, label=label)  # noqa: PLW2901
        out.append(span)
    return out


def _name_word(token: Token) -> bool:
    """A capitalised word, or a letters-and-digits one ("3GSM")."""
    text = token.text
    if token.is_alpha:
        return text[:1].isupper()
    return text.isalnum() and any(c.isupper() for c in text) and any(c.isdigit() for c in text)


def _may_join_name(token: Token) -> bool:
    """Not a title, role, nationality or allegiance, which stand beside names."""
    lower = token.lower_
    return not (
        is_title_token(token)
        or lower in OCCUPATIONS
        or lower in PERSON_TITLES
        or lower in ALLEGIANCE_WORDS
        or lower in NOBLE_TITLES
        or token.text in DEMONYMS
        or token.text in _MEMBERS
        or token.is_stop
    )


def _titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """Titles of works, and names of the form "Bank of England", that the model cut down to
    the name they end with: "A Passage to India", "Fear and Loathing in Las Vegas", "Harry
    Potter and the Prisoner of Azkaban" are works; "Aero India" or "the Bank of England" is
    not the place.

    Going left from a name over capitalised words and the small words of titles, the longer
    name is a work's title when it opens with a capitalised article in mid-sentence ("A
    Passage to India"), or when "and" ("and the") leads to a capitalised word no name holds
    ("Fear and Loathing", not "England and the Republic of Ireland"); a single capitalised
    word and "of" before the name make an organisation's name ("Bank of England").
    """
    owner = {}
    for n, span in enumerate(spans):
        for i in range(span.start, span.end):
            owner[i] = n
    replaced: dict[int, Span] = {}  # index of the last span absorbed -> the longer name
    absorbed: set[int] = set()
    for n, span in enumerate(spans):
        if span.label_ not in _TITLE_ENDS or n in absorbed:
            continue
        i, start, parts = span.start - 1, span.start, [n]
        while i >= 0 and span.start - i <= 10:
            token = doc[i]
            if i in owner:
                other = spans[owner[i]]
                if other.label_ not in _TITLE_PARTS:
                    break
                parts.append(owner[i])
                i = start = other.start
            elif token.lower_ in _TITLE_JOINERS and token.text.islower():
                pass
            elif token.lower_ in ("a", "an", "the") and token.text[:1].isupper():
                start = i  # "A Passage to India": a title opens with its article
                break
            elif _name_word(token) and _may_join_name(token) and token.lower_ not in _DIRECTIONS:
                start = i
                if token.is_sent_start:
                    break
            else:
                break
            i -= 1
        while start < span.start and doc[start].text.islower():
            start += 1
        if start == span.start:
            continue
        run = doc[start : span.end]
        kind = _title_kind(run, owner)
        if kind is None and any(spans[p].label_ == "WORK_OF_ART" for p in parts[1:]):
            kind = "WORK"  # "Fear and Loathing" (a title) "in Las Vegas"
        if kind is None:
            continue
        absorbed.update(parts)
        replaced[n] = Span(doc, start, span.end, label=kind)
    if not replaced:
        return spans
    out = []
    for n, span in enumerate(spans):
        if n in replaced:
            out.append(replaced[n])
        elif n not in absorbed:
            out.append(span)
    return out


def _titles_cut_after_a_work_noun(doc: Doc, spans: list[Span]) -> list[Span]:
    """A title the model cut after its first word, between a work's noun and the rest of the
    name: "the BBC programme Go Digital", "the BBC's Go Digital programme" are one work.

    The word before the name is capitalised, in mid-sentence, in no name, no title or small
    word, and a work's noun ("programme", "film") stands right before it or right after the
    name."""
    owned = {i for span in spans for i in range(span.start, span.end)}
    out = []
    for span in spans:
        i = span.start - 1
        if (
            i >= 1
            and i not in owned
            and doc[i].text[:1].isupper()
            and doc[i].is_alpha
            and not doc[i].is_sent_start
            and doc[i].lower_ not in FUNCTION_WORDS | {"the", "a", "an"}  # kept out of names
            and not is_title_token(doc[i])
            and (
                (doc[i - 1].lower_ in WORK_NOUNS and doc[i - 1].pos_ == "NOUN")
                or (
                    span.end < len(doc)
                    and doc[span.end].lower_ in WORK_NOUNS
                    and doc[span.end].pos_ == "NOUN"
                    and doc[i - 1].tag_ in ("POS", "DT", "PRP$")
                )
            )
        ):
            out.append(Span(doc, i, span.end, label="WORK"))
        else:
            out.append(span)
    return out


def _shows_with_their_host(doc: Doc, spans: list[Span]) -> list[Span]:
    """A programme named with its host, "<Title> with <Name>" ("the BBC's Breakfast with
    Frost", "ITV's Sunday Night with Jo Lowe show"), is one work, not a title and a person.

    The host is a person's name right after a lower-case "with"; the title before it is one to
    four capitalised words in no person's name, and the whole stands after a body's possessive
    ("BBC One's") or before a work's noun ("programme", "show")."""
    owner = {i: n for n, span in enumerate(spans) for i in range(span.start, span.end)}
    replaced: dict[int, Span] = {}
    absorbed: set[int] = set()
    for n, host in enumerate(spans):
        w = host.start - 1
        if host.label_ != "PERSON" or w < 2 or doc[w].text != "with":
            continue
        start = w
        while start > 0 and w - start < 4:
            word = doc[start - 1]
            other = spans[owner[start - 1]] if start - 1 in owner else None
            if (
                not (word.is_alpha and word.text[:1].isupper())
                or word.is_sent_start
                or is_title_token(word)
                or (other is not None and other.label_ == "PERSON")
            ):
                break
            start -= 1
        if start == w:
            continue
        before = doc[start - 1]
        after = doc[host.end] if host.end < len(doc) else None
        owned_before = before.i - 1 in owner and spans[owner[before.i - 1]].label_ == "ORG"
        if not (
            (before.tag_ == "POS" and owned_before)
            or (after is not None and after.lower_ in WORK_NOUNS and after.pos_ == "NOUN")
        ):
            continue
        parts = {owner[i] for i in range(start, w) if i in owner}
        if any(spans[p].start < start for p in parts):
            continue
        absorbed.update(parts)
        replaced[n] = Span(doc, start, host.end, label="WORK")
    if not replaced:
        return spans
    return [replaced.get(n, span) for n, span in enumerate(spans) if n not in absorbed]


# The words a work's title may follow (a work's noun, a prize's ":") or a ", starring" follow.
_WORK_OPENINGS = WORK_NOUNS | {",", ":"}


def _unlabelled_works(doc: Doc, spans: list[Span]) -> list[Span]:
    """Titles of works the model leaves unlabelled where the words around them say a work:
    right after a work's noun ("Hollywood blockbuster The Aviator", "the comedy Sideways"),
    after a prize's category for works ("Best film: The Aviator"), and before ", starring"
    and a name. A title's own "The" stays out, as ``_trim`` leaves it out of labelled names."""
    owned = {i for span in spans for i in range(span.start, span.end)}
    new = []
    n = len(doc)
    for i in positions(doc, LOWER, _WORK_OPENINGS):
        token = doc[i]
        if token.text == "," and i + 2 < n and doc[i + 1].lower_ == "starring":
            if not doc[i + 2].text[:1].isupper():
                continue
            start = i
            while start > 0 and i - start < 6 and start - 1 not in owned:
                word = doc[start - 1]
                if not _name_word(word) or word.text == "The" or word.is_sent_start:
                    break
                start -= 1
            before = doc[start - 1] if start > 0 else None
            if start < i and (before is None or before.text == "The" or not _name_word(before)):
                new.append(Span(doc, start, i, label="WORK"))
            continue
        after_noun = token.lower_ in WORK_NOUNS and token.pos_ == "NOUN" and token.is_lower
        if not (after_noun or (token.text == ":" and _best_work_category(doc, i))):
            continue
        start = i + 1
        if start < n and doc[start].text == "The":
            start += 1
        end = start
        while end < n and end - start < 6 and end not in owned:
            if _name_word(doc[end]):
                end += 1
            elif (
                doc[end].lower_ in _TITLE_JOINERS
                and doc[end].is_lower
                and end + 1 < n
                and end + 1 not in owned
                and _name_word(doc[end + 1])
            ):
                end += 2
            else:
                break
        if end == start or end > n or any(t in owned for t in range(start, end)):
            continue
        run = doc[start:end]
        if not _may_join_name(run[0]) or run[0].is_sent_start:
            continue
        if end < n and (doc[end].tag_ == "POS" or _title_goes_on(doc, end, owned)):
            continue  # "Howl's Moving Castle": the title goes on past the owner
        # "the songs Jones recorded": the name is a relative clause's subject.
        if run.root.dep_.startswith("nsubj") and run.root.head.dep_ == "relcl":
            continue
        new.append(Span(doc, start, end, label="WORK"))
    return filter_spans([*spans, *new]) if new else spans


def _title_goes_on(doc: Doc, i: int, owned: set[int]) -> bool:
    """The words from ``i`` go on with the run before them, which is then no whole title: a
    noun it modifies ("the hit TV series"), or a small word before a capitalised one no other
    name holds ("Hide and Seek", "Return of the King")."""
    word = doc[i]
    if not word.is_lower:
        return False
    if word.pos_ == "NOUN":
        return True
    if word.lower_ not in _TITLE_JOINERS:
        return False
    # A name of one word there is the title's last word the model took apart ("Hide and
    # Seek", "Seek" a PERSON); one of two ("Sideways and Jamie Foxx") is someone else.
    return any(
        t.text[:1].isupper() and (t.i not in owned or t.i + 1 not in owned)
        for t in doc[i + 1 : i + 3]
        if t.i == i + 1 or doc[i + 1].lower_ in _TITLE_JOINERS
    )


def _best_work_category(doc: Doc, colon: int) -> bool:
    """ "Best film:", "Best British album:": a prize's category for works before a colon."""
    words = doc[max(0, colon - 4) : colon]
    return (
        len(words) >= 2
        and words[-1].lower_ in WORK_NOUNS
        and any(t.lower_ == "best" for t in words)
    )


def _title_kind(run: Span, owner: dict[int, int]) -> str | None:
    """ "WORK", "ORG" or None (see ``_titles``) for a run of words ending with a name."""
    first = run[0]
    # "A Passage to India", not "The Times"
    words = [t for t in run[1:] if t.i not in owner]
    if first.lower_ in ("a", "an", "the") and words and not first.is_sent_start and first.i > 0:
        before = run.doc[first.i - 1]
        if not (before.is_punct and before.text not in (",", ";")):
            return "WORK"
    for token in run[:-1]:
        if token.lower_ != "and":
            continue
        after = run.doc[token.i + 1]
        if after.lower_ == "the" and after.i + 1 < run.end:
            after = run.doc[after.i + 1]
        if after.i not in owner and _name_word(after):
            return "WORK"
    words = [t for t in run if t.i not in owner]
    if (
        len(words) in (2, 3)
        and words[0].is_alpha
        and words[0].tag_ == "NNP"
        and words[1].lower_ == "of"
        and (len(words) == 2 or words[2].lower_ == "the")
    ):
        return "ORG"
    return None


# A title ends with a name of these labels, and holds names of these: "Azkaban" in "Harry
# Potter and the Prisoner of Azkaban".
_TITLE_ENDS = frozenset({"GPE", "LOC", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})
_TITLE_PARTS = _TITLE_ENDS | {"PERSON", "NORP"}
_TITLE_JOINERS = frozenset({"of", "to", "in", "and", "the", "a", "an", "on", "for", "from", "at"})


_NOBLE_OF = frozenset({"GPE", "LOC", "ORG", "FAC"})
_DIRECTIONS = frozenset(
    """North South East West Northern Southern Eastern Western Central Greater Upper Lower
    New Old""".split()  # noqa: SIM905
)


_EXTENDED = frozenset({"GPE", "LOC", "ORG", "FAC", "PRODUCT"})


# "the Toronto Maple Leafs", "the Ottawa Senators": "the", two to four capitalised words, the
# last a plural; the model often labels only the city, or nothing. Its nickname ("Senators",
# "Maple Leafs", "Leafs") then names the team wherever the document writes it alone.
_TEAM_RUN = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w.'&-]*|\d+[a-z]+)(?: (?:[A-Z][\w'&-]*|\d+[a-z]+)){1,3})(?![\w-])"
)
# Plurals ending names that are no team's: places, events, ages.
_NOT_TEAM_PLURALS = frozenset(
    """states islands isles lakes mountains territories provinces falls heights hills plains
    highlands lowlands rockies rapids springs keys gardens woods sands shores dunes glades
    flats narrows prairies awards games globes championships olympics paralympics finals
    playoffs series ages wars times news affairs""".split()  # noqa: SIM905
)


def _team_name(doc: Doc, start: int, end: int) -> Span | None:
    """The team named by the characters ``start:end`` of "the X Ys", or None."""
    span = doc.char_span(start, end)
    if span is None or len(span) < 2:
        return None
    last = span[-1]
    if (
        not last.text.endswith("s")
        or last.text.endswith(("ss", "'s", "us", "is"))
        or last.lower_ in _NOT_TEAM_PLURALS
        or last.tag_ not in ("NNPS", "NNP", "NNS")
        or any(t.is_sent_start for t in span[1:])
    ):
        return None
    return Span(doc, span.start, span.end, label="ORG")


def _names_a_person(run: Span) -> bool:
    """Whether "the X Ys" is a person's name with a title ("the Reverend Adrian Rodgers"; the
    model's labels say nothing: "the Denver Broncos" is a person to it)."""
    return is_title_token(run[0])


def _club_alone(span: Span) -> bool:
    """Whether a club's last word stands for it ("Villa beat City twice", "for City shortly
    after"), not a common use: "the City" (London's), "City officials", "City Hall"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is None or before.lower_ != "the") and (
        after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")
    )


def _clubs_by_name(doc: Doc, clubs: list[Span], text: str) -> list[Span]:
    """The names ending as a club's ("Manchester City", "Leeds United") whose last word also
    stands alone for it in the document ("City drop to sixth"): "Kansas City" alone is a
    place."""
    found = []
    for club in clubs:
        word = club[-1].text
        alone = [
            t
            for t in _word_occurrences(doc, word, text)
            if not (club.start <= t.i < club.end)
            and not (t.i > 0 and _name_word(doc[t.i - 1]) and doc[t.i - 1].lower_ != "the")
            and _club_alone(doc[t.i : t.i + 1])
        ]
        if alone:
            found.append(club)
    return found


def _occurrences(doc: Doc, name: str, text: str, label: str = "") -> list[Span]:
    """The spans that are ``name`` in the Doc's ``text`` (``doc.text``, built once by the
    caller: spaCy joins every token on each access), found in the text, not by a pass over
    the tokens."""
    out = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        span = doc.char_span(match.start(), match.end(), label=label)
        if span is not None:
            out.append(span)
    return out


def _word_occurrences(doc: Doc, word: str, text: str) -> list[Token]:
    """The tokens that are ``word`` (``_occurrences`` of one token)."""
    return [span[0] for span in _occurrences(doc, word, text) if len(span) == 1]


def _teams(doc: Doc, spans: list[Span], text: str) -> list[Span]:
    """Sports teams named "the <place> <plural>", and their nicknames alone, as bodies."""
    teams: list[Span] = []
    for match in _TEAM_RUN.finditer(text):
        nxt = text[match.end() : match.end() + 2]
        if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper():
            continue  # a longer run of capitals: "the Canadian Armed Forces Day"
        team = _team_name(doc, match.start(1), match.end(1))
        if team is not None and not _names_a_person(team):
            teams.append(team)
    clubs = [s for s in spans if len(s) >= 2 and s[-1].text in CLUB_NAME_ENDINGS]
    if clubs:
        teams.extend(
            Span(doc, s.start, s.end, label="ORG") for s in _clubs_by_name(doc, clubs, text)
        )
    if not teams:
        return spans
    forms = set()
    for team in teams:
        forms.update((team.text, team[-1].text, team[-2:].text if len(team) > 2 else ""))
    forms.discard("")
    taken = {i for team in teams for i in range(team.start, team.end)}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(forms))) + r")(?![\w-])")
    for match in pattern.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        if (
            (before is not None and _name_word(before) and before.lower_ != "the")
            or (after is not None and _name_word(after) and after.lower_ not in ("i",))
            or (span.text in CLUB_NAME_ENDINGS and not _club_alone(span))
        ):
            continue  # inside a longer name: "Ottawa Senators" already, "Senators Ted Cruz"
        teams.append(Span(doc, span.start, span.end, label="ORG"))
        taken.update(range(span.start, span.end))

    # A name the model found that runs past a team's stays; those inside one give way.
    def inside(s: Span) -> bool:
        return any(t.start <= s.start and s.end <= t.end for t in teams)

    longer = [s for s in spans if not inside(s)]
    teams = [t for t in teams if not any(s.start < t.end and t.start < s.end for s in longer)]
    kept = [s for s in spans if not inside(s)]
    return sorted(kept + teams, key=lambda s: s.start)


def _dateline(doc: Doc, spans: list[Span]) -> list[Span]:
    """The place of a dateline opening the text, which the model leaves out in capitals."""
    match = DATELINE.match(doc_text(doc))
    if match is None:
        return spans
    place = doc.char_span(match.start("town"), match.end("town"))
    if place is None or any(s.start < place.end and place.start < s.end for s in spans):
        return spans
    return sorted([*spans, Span(doc, place.start, place.end, label="GPE")], key=lambda s: s.start)


# A person written with a nickname in quotation marks between given name and surname: 'Lee
# “Faker” Sang-hyeok', 'Dwayne "The Rock" Johnson' (esports, boxing, wrestling reports), and in
# single marks, "Brian 'Head' Welch" (music and sport pages); each mark closed by its pair.
NICKNAMED = re.compile(
    r"(?<![\w’'-])(?P<given>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?) "
    r"(?:[“\"](?P<nick>[A-Za-z0-9][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2})[”\"]"
    r"|‘(?P<nick2>[A-Za-z0-9][\w.-]*(?: [A-Z][\w.-]*){0,2})’"
    r"|'(?P<nick3>[A-Za-z0-9][\w.-]*(?: [A-Z][\w.-]*){0,2})') "
    r"(?P<surname>[A-Z]\w*(?:['’](?!s\b)\w+)*(?:-[A-Za-z]\w*)*)(?![\w-])"
)


def nickname(match: re.Match) -> str:
    """The nickname of a NICKNAMED match, whichever marks it is written in."""
    return match.group("nick") or match.group("nick2") or match.group("nick3")


def _quoted_nicknames(doc: Doc, spans: list[Span], text: str) -> list[Span]:
    """A name with a quoted nickname as one person, and the nickname alone (a one-word one,
    as "Faker" in "Faker won his fourth title") as that person's mention: the model reads
    the three parts as two or three names, and the nickname alone as anything."""
    people: list[Span] = []
    nicknames: set[str] = set()
    for match in NICKNAMED.finditer(text):
        words = [*match.group("given").split(), match.group("surname")]
        if any(w.lower() in _NOT_NAME_WORDS for w in words):
            continue  # "The “Big” Show", "But “Faker” Lee": no given name
        if re.search(r"['’]s$", match.group("given")):
            continue  # "Ann Smith's 'Moonlight' Jones Prize entry": an owner, not a name
        span = doc.char_span(match.start(), match.end(), label="PERSON")
        if span is None or any(
            t.pos_ in ("VERB", "AUX", "PRON", "ADP", "DET") for t in span if t.text[:1].isupper()
        ):
            continue  # a title-case headline: "She Felt “Invisible” As A Child"
        people.append(span)
        if " " not in nickname(match):
            nicknames.add(nickname(match))
    if not people:
        return spans
    taken = {i for p in people for i in range(p.start, p.end)}
    for nick in sorted(nicknames):
        for token in _word_occurrences(doc, nick, text):
            if token.i in taken:
                continue
            # Inside a longer name the model found ("Faker Foundation") it stays that name.
            if any(s.start <= token.i < s.end and len(s) > 1 for s in spans):
                continue
            people.append(Span(doc, token.i, token.i + 1, label="PERSON"))
            taken.add(token.i)
    return _overlay(spans, people)


_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NOT_EDITIONS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _editions(doc: Doc, spans: list[Span], text: str) -> list[Span]:
    """A name followed by a year, when the document gives it with two years or more ("Worlds
    2013 ... Worlds 2022"), as the events of a recurring one: each edition its own event, not a
    person or a product named "Worlds" beside a date."""
    ending_at = {s.end: s for s in spans}
    over = _covering(spans)
    found: dict[str, list[tuple[int, int]]] = {}
    for i in positions_matching(doc, _YEAR):
        if i == 0:
            continue
        prev = doc[i - 1]
        year_spans = over.get(i, [])
        if (
            not prev.whitespace_
            or not prev.is_alpha
            or not prev.text[:1].isupper()
            or prev.ent_type_ in _NOT_EDITIONS
            or is_region(prev.text)
            or any((s.start, s.end) != (i, i + 1) for s in year_spans)
        ):
            continue
        name = ending_at.get(i)
        if name is not None and not (name.label_ == "PERSON" and len(name) > 1):
            start = name.start
        elif name is None and not prev.is_sent_start and prev.i not in over:
            start = prev.i
        else:
            continue
        found.setdefault(doc[start:i].text, []).append((start, i + 1))
    recurring = {
        name: where
        for name, where in found.items()
        if len({doc[end - 1].text for _, end in where}) >= 2
    }
    editions = [Span(doc, s, e, label="EVENT") for where in recurring.values() for s, e in where]
    # The name alone is the recurring event ("her eighth Worlds appearance").
    taken = {i for span in editions for i in range(span.start, span.end)}
    for name in recurring:
        if " " in name:
            continue
        for token in _word_occurrences(doc, name, text):
            alone = over.get(token.i, [])
            if token.i not in taken and all(len(s) == 1 for s in alone):
                editions.append(Span(doc, token.i, token.i + 1, label="EVENT"))
    return _overlay(spans, editions)


def _covering(spans: list[Span]) -> dict[int, list[Span]]:
    """Token index -> the spans over it, built once per repair (not a scan per token)."""
    over: dict[int, list[Span]] = {}
    for span in spans:
        for i in range(span.start, span.end):
            over.setdefault(i, []).append(span)
    return over


def list_goes_on(doc: Doc, comma: int) -> bool:
    """Whether a name or "and" follows the comma: "ISIS, Iran, North Korea" is a list."""
    if doc[comma].text != "," or comma + 1 >= len(doc):
        return False
    nxt = doc[comma + 1]
    return nxt.is_title or nxt.lower_ in ("and", "or")


_PAGEANT_PLACES = frozenset({"World", "Universe", "America", "International", "Earth"})


def _towns_and_pageants(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name before ", <state or country>," is a town ("Trenton, New Jersey, native",
    "Boise, Idaho"), whatever the model took it for; "Miss <state or country>" is a pageant's
    title, not a woman named after the place ("won the Miss Idaho title")."""
    out = []
    for k, found in enumerate(spans):
        span = found
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if (
            span.label_ not in ("GPE", "LOC")
            and not (span.label_ == "PERSON" and len(span) > 1)
            and title_before(doc, span.start) is None
            and nxt is not None
            and nxt.start == span.end + 1
            and doc[span.end].text == ","
            and is_region(nxt.text)
            and (nxt.end == len(doc) or doc[nxt.end].is_punct)
            and not (nxt.end < len(doc) and list_goes_on(doc, nxt.end))
        ):
            span = Span(doc, span.start, span.end, label="GPE")
        if (
            span.start > 0
            and doc[span.start - 1].text == "Miss"
            and (is_region(span.text) or span.text in _PAGEANT_PLACES)
        ):
            span = Span(doc, span.start - 1, span.end, label="EVENT")
        out.append(span)
    return out


# Capitalised words joined by hyphens, with lower-case joiners between: "Mar-a-Lago",
# "SNC-Lavalin", "Stratford-upon-Avon" (not "R-Kan.", a party and a state).
_HYPHEN_CHAIN = re.compile(r"(?<![\w’'-])[A-Z][\w’']+(?:-[a-z]{1,4})*-[A-Z][\w’']+(?![\w-])")


def _hyphenated_names(doc: Doc, spans: list[Span], written: str) -> list[Span]:
    """A name the model cut at a hyphen ("Mar" of "Mar-a-Lago", "SNC" of "SNC-Lavalin") runs
    to the chain's end, and the document's other occurrences of it are that name too; with a
    lower-case joiner ("-a-", "-upon-") it names a place, not a person."""
    grown: list[Span] = []
    labels: dict[str, str] = {}
    for match in _HYPHEN_CHAIN.finditer(written):
        chain = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if chain is None:
            continue
        parts = match.group().split("-")
        if any(is_region(p) or p in DEMONYMS or p.upper() == p for p in parts[1:]) and any(
            is_region(p) or p in DEMONYMS for p in parts
        ):
            continue  # "US-UK talks", "Israel-Gaza": two names, not one
        given = _hyphenated_given_name(doc, spans, chain, parts)
        if given is not None:
            grown.append(given)  # "Jan-Michael Gambill", "Jean-Pierre Raffarin"
            continue
        inner = [s for s in spans if chain.start <= s.start and s.end <= chain.end]
        if len(inner) != 1 or len(inner[0]) == len(chain) or inner[0].label_ == "NORP":
            continue
        label = inner[0].label_
        if label == "PERSON" and any(t.is_lower for t in chain):
            label = "GPE"
        grown.append(Span(doc, chain.start, chain.end, label=label))
        labels[chain.text] = label
    for span in spans:
        # "Kim Min-su", "Moon Jae-in": a given name's second syllable, no English word (not
        # "Smith-led", "Obama-era").
        end = span.end
        if (
            span.label_ == "PERSON"
            and len(span) >= 2
            and end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_lower
            and doc[end + 1].is_alpha
            and not _common_word_form(doc[end + 1].text)
            and not _common_word_form(doc[end + 1].lemma_.lower())
        ):
            grown.append(Span(doc, span.start, end + 2, label="PERSON"))
    for text, label in labels.items():
        for span in _occurrences(doc, text, written, label):
            if not any(s.start < span.end and span.start < s.end for s in spans + grown):
                grown.append(span)
    return _overlay(spans, grown)


def _hyphenated_given_name(doc: Doc, spans: list[Span], chain: Span, parts: list[str]):
    """ "Jan-Michael Gambill": a person's name the model started at the hyphen's second half
    (its span a given name and a surname, "Michael Gambill") starts at the chain's first half."""
    last = chain.end - 1
    person = next((s for s in spans if s.start == last and s.label_ == "PERSON"), None)
    if person is None or len(person) < 2 or any(s.start < last < s.end for s in spans):
        return None
    start = _hyphenated_given_start(doc, last)
    return None if start == last else Span(doc, start, person.end, label="PERSON")


def _hyphenated_given_start(doc: Doc, i: int) -> int:
    """Where a given name starting at ``doc[i]`` starts when its first half is glued before it
    by a hyphen ("Jan-Michael", "Jean-Pierre"): the first half's position, else ``i``. Not
    after a place, a people or an acronym ("the US-Michael Jordan deal"), nor after a
    lower-case word ("pro-Michael")."""
    if i < 2 or not _joins_double_barrel(doc, i - 1):
        return i
    first = doc[i - 2]
    if (
        not first.is_title
        or not first.is_alpha
        or first.is_upper
        or is_region(first.text)
        or first.text in DEMONYMS
        or (i > 2 and not doc[i - 3].whitespace_)
    ):
        return i
    return i - 2


def _common_word_form(word: str) -> bool:
    """Whether a lower-case word is an English noun or verb, or a form of one."""
    stems = {word, word.removesuffix("s"), word.removesuffix("ed"), word.removesuffix("d")}
    return word in FUNCTION_WORDS or any(w in COMMON_NOUNS or w in COMMON_VERBS for w in stems)


def _plural_common_noun(token: Token) -> bool:
    """ "Guides", "Residents": a capitalised plural of an English common noun."""
    lower = token.lower_
    return len(lower) > 3 and lower.endswith("s") and lower[:-1] in COMMON_NOUNS


def _common_noun(token: Token) -> bool:
    """Whether a capitalised word is an English common noun ("People", "Women"), or a
    verb's agent noun ("Summoner"), not a name."""
    lower = token.lower_
    singular = lower[:-3] + "man" if lower.endswith("men") else lower.removesuffix("s")
    return (
        lower in COMMON_NOUNS
        or singular in COMMON_NOUNS
        or (lower.endswith("er") and (lower[:-2] in COMMON_VERBS or lower[:-1] in COMMON_VERBS))
    )


def _possessive_event_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A common noun's possessive opening an event's or a prize's name is part of it: the
    model cuts "Summoner’s Cup", "People’s Choice Award", "Women's World Cup" at the "’s"
    ("Canada's World Cup team" keeps Canada apart: a name, no common noun)."""
    new = []
    for span in spans:
        i = span.end
        if (
            len(span) != 1
            or span.label_ not in ENTITY_TYPES
            or not span[0].is_title
            or not _common_noun(span[0])
            or first_name_gender(span.text) is not None
            or i + 1 >= len(doc)
            or doc[i].lower_ not in ("'s", "’s")
            or doc[i - 1].whitespace_
        ):
            continue
        end = i + 1
        while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            end += 1
        if end - i >= 2 and doc[end - 1].text in EVENT_NAME_ENDINGS:
            new.append(Span(doc, span.start, end, label="EVENT"))
    return _overlay(spans, new)


_CODE = re.compile(r"^[A-Z][A-Za-z]*\d[A-Za-z\d]*$|^\d+[A-Z][A-Za-z\d]*$")


def _codes_named_elsewhere(doc: Doc, spans: list[Span], written: str) -> list[Span]:
    """A name of letters and digits ("T1", "G2", "3M") the model reads as a number in some
    sentences and as a name in others is that name in all of them, by its most frequent
    label."""
    labels: dict[str, Counter[str]] = {}
    for span in spans:
        if len(span) == 1 and span.label_ in ENTITY_TYPES and _CODE.match(span.text):
            labels.setdefault(span.text, Counter())[span.label_] += 1
    if not labels:
        return spans
    named = _covering([s for s in spans if s.label_ in ENTITY_TYPES])
    new = []
    for text, counts in labels.items():
        label = min(counts, key=lambda k: (-counts[k], k))
        for token in _word_occurrences(doc, text, written):
            if token.ent_type_ in ("", "CARDINAL") and token.i not in named:
                new.append(Span(doc, token.i, token.i + 1, label=label))
    return _overlay(spans, new)


def _firms_by_their_head(doc: Doc, spans: list[Span]) -> list[Span]:
    """Capitalised words before a firm's last word ("Weibo Gaming", "ONE Esports", "Apex
    Communications") name a firm where the model found nothing or a part of it only."""
    new = []
    for i in positions(doc, ORTH, FIRM_HEADS):
        token = doc[i]
        if token.i == 0:
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 3
            and not doc[start - 1].is_sent_end
            and doc[start - 1].whitespace_
            and doc[start - 1].text[:1].isupper()
            and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].is_upper)
            and doc[start - 1].lower_ not in _NOT_NAME_WORDS
        ):
            start -= 1
        if start == token.i:
            continue
        run = doc[start : token.i + 1]
        around = [s for s in spans if s.start < run.end and run.start < s.end]
        if all(run.start <= s.start and s.end <= run.end for s in around) and not any(
            (s.start, s.end) == (run.start, run.end) for s in around
        ):
            new.append(Span(doc, run.start, run.end, label="ORG"))
    return _overlay(spans, new)


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
    spans = _full_names_of_people(doc, _full_names_missed(doc, spans))
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
        ) or _verb_before_surname(span, full):
            span = Span(doc, span.start + 1, span.end, label="PERSON")  # noqa: PLW2901
        out.append(span)
    # "Wales" stays the country beside "BBC Sport Wales" taken for a person.
    surnames = {name.split()[-1] for name in full} - _COUNTRIES
    firsts = {name.split()[0] for name in full}
    # "Wali Masood" where "Ahmad Wali Masood" is named: a full name's last two words or more
    tails = {
        " ".join(words[k:])
        for words in (name.split() for name in full)
        for k in range(1, len(words) - 1)
    } - full
    relabelled = []
    covered = set()
    for span in out:
        if (
            span.label_ in _BEFORE_NAME_RELABELLED
            and len(span) == 2
            and span[1].text in surnames
            and (_before_a_name(span[0]) or (span[0].is_title and is_title_token(span[0])))
        ):
            # "Eighth-seeded American Agassi" where the document names Andre Agassi; "General
            # Petraeus" where it names David H. Petraeus.
            span = Span(doc, span.start + 1, span.end, label="PERSON")  # noqa: PLW2901
        covered.update(range(span.start, span.end))
        if (
            span.label_ in _SURNAME_RELABELLED
            and span.text in tails
            and context_label(span) is None
        ):
            span = Span(doc, span.start, span.end, label="PERSON")  # noqa: PLW2901
        if (
            span.label_ in _SURNAME_RELABELLED
            and len(span) == 1
            and span.text in surnames
            and span.text not in firsts
            and context_label(span) is None
        ):
            span = Span(doc, span.start, span.end, label="PERSON")  # noqa: PLW2901
        relabelled.append(span)
    missed = [
        # "J Worsley, M Worsley" in a squad list: the initial before a surname found again is
        # part of the name (another person's, when it is another initial).
        Span(doc, t.i - 1, t.i + 1, label="PERSON")
        if t.i > 0 and t.i - 1 not in covered and _listed_initial(doc, t.i - 1, doc[t.i : t.i + 1])
        else Span(doc, t.i, t.i + 1, label="PERSON")
        for t in (doc[i] for i in word_positions(doc, surnames))
        if t.i not in covered
        and t.pos_ == "PROPN"
        and t.text not in firsts
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())
    ]
    return sorted(relabelled + missed, key=lambda s: s.start)


def _verb_before_surname(span: Span, full: set[str]) -> bool:
    """An imperative opening a sentence before the surname of a person named in full ("Vote
    Blair, Get Brown" where Tony Blair is named): the verb is no given name."""
    if span.label_ != "PERSON" or len(span) != 2:
        return False
    verb, surname = span[0], span[1]
    opening = verb.is_sent_start or verb.i == 0
    if not opening and verb.i > 0 and span.doc[verb.i - 1].is_quote:
        opening = span.doc[verb.i - 1].is_sent_start or verb.i == 1
    # 'Said Comey, "..."' where James Comey is named: a speech verb introducing a quotation,
    # though "Said" is a given name too (Edward Said).
    doc = span.doc
    after = doc[span.end : span.end + 2]
    speech = (
        (is_speech_verb(verb) or verb.lower_ == "said")
        and len(after) == 2
        and after[0].text in (",", ":")
        and after[1].is_quote
    )
    return (
        opening
        and verb.is_title
        and (
            speech
            or (
                verb.lower_ in COMMON_VERBS
                and first_name_gender(f"{verb.text} {surname.text}") is None
            )
        )
        and any(n != span.text and n.split()[-1] == surname.text for n in full)
    )


def _full_names_missed(doc: Doc, spans: list[Span]) -> list[Span]:
    """A given name and surname the model missed ("The Raptors’ Scottie Barnes") is a person's
    when the surname alone is the subject of a speech verb ("Barnes said")."""
    speaking = {
        t.text
        for t in (doc[i] for i in positions(doc, DEP, _SUBJECT))
        if t.tag_ == "NNP"
        and t.head.lemma_ in SPEECH_VERBS
        and t.text[:1].isupper()
        and not t.is_upper  # "McDavid", "MacArthur": capitalised, not title case
        and t.lower_ not in ROLE_HEADS  # "The Federal Agriculture Minister, X, says": an office
    }
    if not speaking:
        return spans
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    found = [
        # "Jan-Michael Gambill ... Gambill said": a hyphenated given name is whole.
        Span(doc, start, t.i + 1, label="PERSON")
        for t in (doc[i] for i in word_positions(doc, speaking))
        if t.i > 0
        and t.i not in covered
        and t.i - 1 not in covered
        and (start := _hyphenated_given_start(doc, t.i - 1)) not in covered
        and doc[t.i - 1].pos_ == "PROPN"
        and doc[t.i - 1].is_title
        and doc[t.i - 1].is_alpha
        # At a sentence's start, only a given name the lexicon knows ("Nazem Kadri scored").
        and (
            not doc[t.i - 1].is_sent_start
            or first_name_gender(f"{doc[t.i - 1].text} {t.text}") is not None
        )
        and not _not_first_of_name(doc[t.i - 1])
        and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN")
    ]
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _full_names_of_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """A given name and surname labelled a place or a body ("Tunde Adeyemi" a place) names
    a person when the document calls a person by that surname alone ("Adeyemi said")."""
    lone = {
        s.text
        for s in spans
        if s.label_ == "PERSON"
        and len(s) == 1
        and not (s.start > 0 and doc[s.start - 1].lower_ == "of")
    }
    # A surname whatever its label, when it speaks and a given name the lexicon knows opens
    # the full name ("Brenden Dillon" ... "Dillon said"; not "Aston Villa" ... "Villa said":
    # a villa is a thing).
    speaking = {
        s.text
        for s in spans
        if len(s) == 1
        and s.root.dep_ == "nsubj"
        and s.root.head.lemma_ in SPEECH_VERBS
        and s.text.lower() not in COMMON_NOUNS
    }
    out = []
    for span in spans:
        if (
            span.label_ in _SURNAME_RELABELLED
            and 2 <= len(span) <= 3
            and (
                span[-1].text in lone
                or (span[-1].text in speaking and first_name_gender(span.text) is not None)
            )
            and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span)
            and not {t.lower_ for t in span} & NON_PERSON_ORG_WORDS
            and span[0].text not in DEMONYMS
            and span[0].text not in _COUNTRIES
            and context_label(span) is None
        ):
            span = Span(doc, span.start, span.end, label="PERSON")  # noqa: PLW2901
        out.append(span)
    return out


_COUNTRIES = frozenset(DEMONYMS.values())
_SURNAME_RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART"})


def _owners_apart(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name and its owner the model took as one ("Arsenal's Edu", "Alphabet's Google",
    "Gateshead's Sage Centre") are two names, when the document names either alone; a
    name with a possessive inside it stays whole ("Lloyd's of London", "Guy's Hospital")."""
    alone: dict[str, str] = {}
    for span in spans:
        alone.setdefault(span.text, span.label_)
    out: list[Span] = []
    for span in spans:
        cut = next(
            (
                t.i
                for t in span[1:-1]
                if t.tag_ == "POS" and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha
            ),
            None,
        )
        if cut is None or span.label_ not in ENTITY_TYPES:
            out.append(span)
            continue
        owner, owned = doc[span.start : cut], doc[cut + 1 : span.end]
        if owner.text not in alone and owned.text not in alone:
            out.append(span)
            continue
        out.append(Span(doc, owner.start, owner.end, label=alone.get(owner.text, span.label_)))
        out.append(Span(doc, owned.start, owned.end, label=alone.get(owned.text, span.label_)))
    return out


def _names_cut_in_two(doc: Doc, spans: list[Span]) -> list[Span]:
    """A given name and a surname the model took for two names ("Petra" ORG, "Langrova"
    PERSON; "Natalia" GPE, "Karimova" GPE): two one-word spans a space apart, the first a
    given name the lexicon knows, are one person."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and len(last) == 1
            and len(span) == 1
            and span.start == last.end
            and last[0].whitespace_ == " "
            and last.label_ in ENTITY_TYPES
            and span.label_ in ENTITY_TYPES
            and last[0].is_alpha
            and span[0].is_alpha
            and last[0].is_title
            and span[0].is_title
            and first_name_gender(f"{last.text} {span.text}") is not None
            and not _nationality_and_group(last, span)
        ):
            out[-1] = Span(doc, last.start, span.end, label="PERSON")
            continue
        if last is not None and (given := _country_glued_to_given_name(last, span)):
            # "ambassador to Pakistan Abdul Salam Zaeef": "Pakistan Abdul" ORG, "Salam
            # Zaeef" PERSON are a country and a person.
            out[-1] = Span(doc, last.start, given, label="GPE")
            out.append(Span(doc, given, span.end, label="PERSON"))
            continue
        out.append(span)
    return out


def _given_names_taken_for_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """A given name that is also a function word ("Per", "Will", "May"), written with a capital
    inside a sentence right before a person's name, which the model read as the word and left
    out ("Per Lindqvist said" -> "Lindqvist", so the quote went to "Anton Lindqvist"): the
    person's given name. Not at a sentence's start, nor in a title-case run (a headline)."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    out: list[Span] = []
    for span in spans:
        i = span.start - 1
        if (
            span.label_ == "PERSON"
            and i > 0
            and i not in taken
            and not doc[i].is_sent_start
            and doc[i].is_title
            and doc[i].whitespace_ == " "
            and doc[i].pos_ in ("ADP", "AUX", "VERB", "ADV", "DET", "SCONJ", "CCONJ", "ADJ")
            and not doc[i - 1].is_title
            and first_name_gender(f"{doc[i].text} {span.text}") is not None
            and first_name_gender(span.text) is None
        ):
            out.append(Span(doc, i, span.end, label="PERSON"))
            continue
        out.append(span)
    return out


def _people_of_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """A field or trade, a given name and a surname, then "of" and a body, the model took
    whole for a body ("Criminologist Neil Boyd of Simon Fraser University said", "Historian
    Ann Lee of the University of Toronto"): the person, and the body after "of"."""
    out: list[Span] = []
    for span in spans:
        of = next((t.i for t in span if t.lower_ == "of"), None) if span.label_ == "ORG" else None
        if of is None or of - span.start not in (3, 4):
            out.append(span)
            continue
        body = of + 2 if of + 1 < span.end and doc[of + 1].lower_ == "the" else of + 1
        head = span[0].lower_
        if (
            body < span.end
            and span[0].is_title
            and (head in OCCUPATIONS or head in ROLE_HEADS or head.endswith(("ologist", "ian")))
            and all(t.is_title and t.pos_ == "PROPN" for t in doc[span.start + 1 : of])
            and first_name_gender(doc[span.start + 1 : of].text) is not None
        ):
            out.append(Span(doc, span.start + 1, of, label="PERSON"))
            out.append(Span(doc, body, span.end, label="ORG"))
            continue
        out.append(span)
    return out


def _names_joined_by_of(doc: Doc, spans: list[Span]) -> list[Span]:
    """Two names with only "of the" between them, the first one capitalised word the model
    took for a name of its own, are one name cut in two: a title or a body named after a place
    ("Pirates of the Caribbean", "Friends of the Earth"), not the place itself. Not a title
    or a role before "of" ("the President of the United States"): those are no names."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and len(last) == 1
            and span.start == last.end + 2
            and doc[last.end].lower_ == "of"
            and doc[last.end + 1].lower_ == "the"
            and last.label_ in ENTITY_TYPES
            and span.label_ in ENTITY_TYPES
            and last[0].is_title
            and last[0].lower_ not in PERSON_TITLES
            and last[0].lower_ not in ROLE_HEADS
            and last.label_ != "PERSON"
            and span.label_ != "PERSON"
        ):
            out[-1] = Span(doc, last.start, span.end, label=last.label_)
            continue
        out.append(span)
    return out


def _divisions_by_country(doc: Doc, spans: list[Span]) -> list[Span]:
    """A company's name and a country's or world region's right after it, in one sentence,
    are its division there ("Chief Executive of AOL UK", "Sony Europe"), one organisation the
    model cut in two: the parent is another entity. Not a name of two letters ("EU US
    talks") nor one ending a clause ("sold to Sony. Europe ...")."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "ORG"
            and span.label_ in ("GPE", "LOC")
            and span.start == last.end
            and last[-1].whitespace_ == " "
            and len(last.text) > 2
            and not last[-1].is_punct
            and not span[0].is_sent_start
            and (is_region(canonical_name(span.text)) or span.text in _PLACE_ABBREVIATIONS)
            and (span.end == len(doc) or doc[span.end].text not in ("-", "–", "—"))
        ):
            out[-1] = Span(doc, last.start, span.end, label="ORG")
            continue
        out.append(span)
    return out


def _country_glued_to_given_name(last: Span, span: Span) -> int | None:
    """Where the given name starts in ``last`` when it is a country's name and a given name
    the person's name ``span`` right after it goes on from."""
    if (
        len(last) < 2
        or span.label_ != "PERSON"
        or span.start != last.end
        or not last[-1].is_title
        or not is_region(last[:-1].text)
        or first_name_gender(f"{last[-1].text} {span.text}") is None
    ):
        return None
    return last.end - 1


def _nationality_and_group(first: Span, second: Span) -> bool:
    """ "American Jews", "American Jewish", "Republicans Jolly": a nationality or a party
    is no given name, and a plural or an adjective the model took for a group no surname
    (the lexicon of given names holds "American")."""
    word = first[0]
    return (
        word.text in DEMONYMS
        or word.lower_ in ALLEGIANCE_WORDS
        or word.lower_ in PARTY_WORDS
        or (second.label_ == "NORP" and second[0].tag_ in ("NNPS", "NNS", "JJ"))
    )


def _headline_verbs(doc: Doc, spans: list[Span]) -> list[Span]:
    """Cut a name in a headline in capitals at a verb ("BELGIUM BEAT TURKEY", "PUT ENGLAND
    IN", "MITCHELL DEFEATS BAILEY"): a word the article uses as a verb in lower case, in that
    form or as that verb's lemma, is no part of a name written in capitals."""
    verbs: set[str] | None = None
    text: str | None = None
    out = []
    for span in spans:
        if len(span) < 2 or span.label_ not in ENTITY_TYPES or not span.text.isupper():
            out.append(span)
            continue
        if verbs is None:
            text = doc.text
            verbs = set()
            for token in doc:
                if token.pos_ in ("VERB", "AUX") and token.is_lower:
                    verbs.update((token.lower_, token.lemma_))
        start, end = span.start, span.end
        for token in span:
            word = token.lower_
            # "MANCHESTER UNITED" stays whole where the article writes "Manchester United".
            written = " ".join(t.text.title() for t in doc[start : token.i + 1])
            if (
                token.is_alpha
                and (word in verbs or (word.endswith("s") and word[:-1] in verbs))
                and written not in text
            ):
                if token.i == start:
                    start += 1
                else:
                    end = token.i
                    break
        if start < end:
            out.append(Span(doc, start, end, label=span.label_))
    return out


# A headline is in title case when this share of its words (three letters or more) open
# with a capital: "Donald Trump Picks Up His First Congressional Endorsements".
_TITLE_CASE_SHARE = 0.75


def _first_line(doc: Doc) -> Iterator[str]:
    """The text of the Doc's first line, piece by piece (``doc.text`` would join every token)."""
    for token in doc:
        if "\n" in token.text_with_ws:
            yield token.text_with_ws.split("\n", 1)[0]
            return
        yield token.text_with_ws


def _title_case_headline(doc: Doc) -> int:
    """The end (a character offset) of the document's first line if it is a headline in
    title case (four long words at least, not all in capitals: those are
    ``_headline_verbs``'s), else 0. Only the first line: a team sheet or a results table in
    the body is in title case too, and its names are whole."""
    line = "".join(_first_line(doc))
    words = re.findall(r"[^\W\d_]{3,}", line)
    capital = sum(w[0].isupper() for w in words)
    if (
        len(words) >= 4
        and capital >= _TITLE_CASE_SHARE * len(words)
        and not all(w.isupper() for w in words)
    ):
        return len(line)
    return 0


def _title_case_headlines(doc: Doc, spans: list[Span]) -> list[Span]:
    """Cut a name in a headline in title case to the words the article writes as a name
    ("Obama To Asians Worried" -> "Obama", "Just Gave Hillary Some" -> "Hillary"): the longest
    run of words that the text after the headline writes capitalised inside a sentence. A name
    none of whose words is so written is left as it is (nothing tells its words apart)."""
    end = _title_case_headline(doc)
    if not end or all(span.end_char > end for span in spans):
        return spans
    written = {
        t.lower_ for t in doc if t.idx > end and t.text[:1].isupper() and not opens_sentence(t)
    }
    out = []
    for span in spans:
        if span.end_char > end or len(span) < 2:
            out.append(span)
            continue
        runs, run = [], []
        for token in span:
            if token.lower_ in written or (run and token.text == "."):
                run.append(token)
            else:
                runs.append(run)
                run = []
        runs.append(run)
        best = max(runs, key=len)
        out.append(Span(doc, best[0].i, best[-1].i + 1, label=span.label_) if best else span)
    return out


@Language.factory("newsfacts_entity_fixes")
def make_entity_fixes(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The entity repairs, knowing the English common nouns of the pipeline's lemmatizer
    (its WordNet index), read once when the pipeline is built."""
    nouns: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))
            COMMON_VERBS.update(lookups.get_table("lemma_index").get("verb", ()))
    COMMON_NOUNS.update(nouns)
    return partial(entity_fixes, common_nouns=nouns)


# The English common nouns of the pipeline's lemmatizer, once a pipeline is built (for the
# type votes of ``entities``, which see documents, not the pipeline).
COMMON_NOUNS: set[str] = set()
# Its English verbs (an imperative opening a slogan: "Vote Blair").
COMMON_VERBS: set[str] = set()


def entity_fixes(doc: Doc, common_nouns: frozenset[str] = frozenset()) -> Doc:
    """Repair spans broken by quote marks, strip titles and articles, fix wrong labels."""
    fixed: list[Span] = []
    for ent in doc.ents:
        label = ent.label_
        if label == "ORG" and any(
            t.lower_ in _AND and _joins_two_people(ent, t.i) for t in ent[1:-1]
        ):
            label = "PERSON"  # "Laurent Cabannes and Laurent Benezech": two people
        for piece in _pieces(ent):
            span = Span(doc, piece.start, piece.end, label=label)
            if ent.label_ not in ENTITY_TYPES and ent.label_ != "WORK_OF_ART":
                fixed.append(span)  # numbers and dates are the numeric extractor's
                continue
            trimmed = _trim(span)
            relabelled = _relabel(trimmed, span) if trimmed is not None else None
            # A name has a capital letter: "U.S." and "iPod" have one, a description the model
            # took for a name ("rookie defenceman") has none.
            if relabelled is not None and any(c.isupper() for c in relabelled.text):
                fixed.append(relabelled)
    # The repairs that search the text share it: spaCy joins every token on each doc.text.
    text = parsed_text(doc)
    fixed = _common_words(doc, fixed, common_nouns)
    fixed = _titled_people(doc, fixed)
    fixed = _double_barrelled_bodies(doc, fixed)
    fixed = _overlay(fixed, _speakers_missed(doc, fixed))
    fixed = _overlay(fixed, _bodies_described_after(doc, fixed))
    fixed = _longer_names(doc, fixed)
    fixed = _titles(doc, fixed)
    fixed = _titles_cut_after_a_work_noun(doc, fixed)
    fixed = _shows_with_their_host(doc, fixed)
    fixed = _unlabelled_works(doc, fixed)
    fixed = _with_initials(doc, fixed)
    fixed = _headline_verbs(doc, fixed)
    fixed = _title_case_headlines(doc, fixed)
    fixed = _names_cut_in_two(doc, fixed)
    fixed = _divisions_by_country(doc, fixed)
    fixed = _people_of_bodies(doc, fixed)
    fixed = _names_joined_by_of(doc, fixed)
    fixed = _owners_apart(doc, fixed)
    fixed = _teams(doc, fixed, text)
    fixed = _dateline(doc, fixed)
    fixed = _quoted_nicknames(doc, fixed, text)
    fixed = _editions(doc, fixed, text)
    fixed = _towns_and_pageants(doc, fixed)
    fixed = _hyphenated_names(doc, fixed, text)
    fixed = _possessive_event_names(doc, fixed)
    fixed = _codes_named_elsewhere(doc, fixed, text)
    fixed = _firms_by_their_head(doc, fixed)
    # Each repair keeps names apart; should two ever meet, the longer one stays.
    doc.ents = filter_spans(_given_names_taken_for_words(doc, _surnames_of_people(doc, fixed)))
    return doc


def add_entity_rules(nlp: Language) -> None:
    """Add this project's rule components to ``nlp`` (called once by load_pipeline)."""
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns(
        [{"label": label, "pattern": text} for text, label in sorted(PLACE_PATTERNS.items())]
    )
    nlp.add_pipe("newsfacts_entity_fixes", after="entity_ruler")
