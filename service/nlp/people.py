"""Who a mention refers to: the people of one document, their gender, and the person behind a
pronoun, a description ("the Tory co-chairman") or a lone surname.

One resolver serves every extractor that names a person (quote speakers now, reported speech
next): build ``People(doc, entities, quoted)`` once per document, then ask ``resolve(token)``.
It works in one forward pass over the sentences, and every question is answered by looking at
a bounded number of sentences and mentions, so an article with thousands of pronouns and people
stays linear in its length.

Salience, after the centering idea that a pronoun continues the topic: a pronoun refers to the
subject of its own sentence (when that comes first), else to the subject of the previous
sentence, else to the person mentioned most recently, always among the people whose gender and
number agree with it. Words inside quotation marks are never antecedents ("I", "we" and any name
quoted belong to the quoted speaker's own discourse).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from operator import itemgetter

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token

from service.nlp.article import in_spans
from service.nlp.entities import POST_NOMINALS, doc_text
from service.nlp.lexicon import (
    CLUB_NAME_ENDINGS,
    DEMONYMS,
    MONTHS,
    NON_PERSON_ORG_WORDS,
    OCCUPATIONS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    ROLE_HEADS,
    ROYAL_TITLES,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    US_STATES,
)
from service.nlp.names import entity_slug
from service.nlp.person_words import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    FEMALE,
    FEMALE_NOUNS,
    KIN_NOUNS,
    LAWSUIT_NOUNS,
    MALE,
    MALE_NOUNS,
    NAME,
    NATIONALITY_NOUNS,
    ORG_NAME_FIRST_WORDS,
    ORG_NAME_LAST_WORDS,
    ORG_NOUNS,
    OWNED_BODY_NOUNS,
    PARTY_MEMBER_NOUNS,
    PEER_TITLES,
    PERSON_NOUNS,
    PLACE_WORDS,
    PLURAL_PRONOUNS,
    POSITION_COMPOUNDS,
    PRONOUN_GENDER,
    ROLE_CHANGING,
    TEXT,
    first_name_gender,
    generic_role,
    load_lexicon,
    title_gender,
    word_gender,
)
from service.nlp.records import Entity
from service.nlp.tokens import (
    furniture,
    lower_case_words,
    parsed_text,
    positions,
    positions_where,
    tokens,
    word_positions,
)

__all__ = [  # the words quotes.py and the tests take from here, beside the resolver
    "ANONYMOUS_HEADS",
    "FEMALE_NOUNS",
    "MALE_NOUNS",
    "ORG_NOUNS",
    "PERSON_NOUNS",
    "TEXT",
    "People",
    "Referent",
    "description_key",
    "first_name_gender",
    "is_person",
    "load_lexicon",
    "noun_phrase",
    "word_gender",
]

DEFINITE = frozenset(["the", "this", "that"])
# How far back a pronoun looks: sentences for a subject, mentions for recency. Bounds the work
# per pronoun (linear time) and keeps a pronoun from reaching a person long out of the story.
SUBJECT_LOOKBACK = 3
# Tags of a finite verb: a sentence that has one has a subject, whatever its parse's root.
_FINITE = frozenset(["VBD", "VBZ", "VBP"])
# What a document can be "in" that did not publish it: "a report in March", "in Ohio".
NOT_PUBLISHERS = frozenset(
    ["DATE", "TIME", "GPE", "LOC", "NORP", "EVENT", "PERSON", "LAW", "CARDINAL", "ORDINAL"]
)
# Bodies a nation has one of, named by the nation and the kind: "the U.S. embassy".
NATIONAL_BODIES = ORG_NOUNS | frozenset(["embassy", "consulate", "government"])
# The nouns of a role or of a person ("the minister", "the nurse"), one set (not a union per test).
_ROLE_OR_PERSON_NOUNS = ROLE_HEADS | PERSON_NOUNS
# Verbs that give a document its author: "a report published by X".
AUTHORING_VERBS = frozenset(
    [
        "publish",
        "write",
        "issue",
        "release",
        "produce",
        "compile",
        "send",
        "sign",
        "file",
        # research done by a body speaks for it: "Research conducted by the EOC revealed"
        "conduct",
        "carry",
        "prepare",
        "undertake",
    ]
)
# Verbs by which someone hands over a document of their own: "Cook provided a statement".
GIVING_VERBS = frozenset(["provide", "give", "issue", "release", "put"])
# Sentences a role phrase looks back over for the last subject, past a quote's own sentences.
TOPIC_LOOKBACK = 6
SUBJECT_WINDOW = 40
RECENCY_MENTIONS = 40
RECENCY_SENTENCES = 12
# Mentions looked at around a pronoun for gender evidence.
VOTE_MENTIONS = 8
# Rows looked at for a lone surname's full name or a description's holder.
LOOKBACK_ROWS = 50
# A role never given to a name ("the prime minister") goes to a person named in this many
# sentences before, else to one named at most this many characters after ("the rep said. Mike
# Turner (R-Ohio) ...").
ROLE_LOOKBACK = 5
# Sentences about things a role phrase looks back over for the person before them.
THING_LOOKBACK = 3
# Heads a possessive pronoun climbs to find its clause's verb.
MAX_CLAUSE_CLIMB = 8
SPOKESPEOPLE = frozenset(["spokesman", "spokeswoman", "spokesperson"])
# The longest paragraph read as a one-sentence introduction of a speaker.
INTRO_CHARS = 300
# Tokens between an unnamed source and its verb searched for the name they gave.
NAME_GIVEN_WINDOW = 25
REFLEXIVES = {"himself": "male", "herself": "female"}
_SEAT = re.compile(r" of [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=[ ,.;:])")
# Document nouns an article uses for one piece of research ("a study ... the research").
FINDINGS = ("study", "research", "survey", "poll", "report")
# Unnamed sources whom an article keeps unnamed ("a senior official", "a source close to"):
# never the person the next sentence names, unlike "a leading expert".
SOURCE_HEADS = frozenset({"official", "source", "insider", "aide", "diplomat"})
# What a committee does with its words besides saying them ("The committee found that").
COMMITTEE_VERBS = frozenset({"find", "conclude", "call", "brand", "recommend"})
# Organisation mentions looked back at for a pair ("Elan and Biogen Idec") that "the two firms"
# stands for.
PAIR_LOOKBACK = 40
# Members of an assembly: a role any minister, secretary or spokesman named may also have.
MEMBER_HEADS = frozenset(
    ["mp", "msp", "mep", "lawmaker", "legislator", "congressman", "congresswoman", "politician"]
)
# Nouns of a relation to someone else ("her chief rival Bernie Sanders", "his friend"), not
# an office: they never keep a person from holding one ("the Vermont senator").
RELATION_NOUNS = frozenset(
    """rival rivals opponent opponents friend colleague partner ally neighbour neighbor
    teammate team-mate""".split()  # noqa: SIM905
)
# Words for whoever leads a body, and the roles they may stand for.
LEADER_WORDS = frozenset(["chief", "boss", "head", "supremo"])
# One role under several words in election news: "Republican contender Donald Trump" is "the
# Republican presidential nominee".
CANDIDACY = frozenset(
    ["candidate", "nominee", "contender", "hopeful", "frontrunner", "front-runner", "challenger"]
)
LEADING_ROLES = frozenset(
    [
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "director",
        "manager",
        "coach",
        "executive",
        "owner",
        "founder",
        "leader",
        "boss",
        "chief",
        "head",
        "secretary-general",
        "commissioner",
    ]
)
# A team player's roles: one player may be called by any of them ("Real Madrid midfielder
# David Beckham ... the England captain said"), where the article gives the role to no one.
SQUAD_ROLES = frozenset(
    [
        "captain",
        "skipper",
        "striker",
        "forward",
        "midfielder",
        "defender",
        "winger",
        "goalkeeper",
        "keeper",
        "full-back",
        "centre-back",
        "playmaker",
        "footballer",
        "player",
        "international",
    ]
)
ORG_WORD_LOOKBACK = 12  # organisation mentions looked back at for "the board"
NEAR_AFTER = 300
NEAR_AFTER_TOKENS = 80
# How far after a definite description no one had ("The editor of a British tabloid said")
# the article may first give that role to a name ("Sunday Post editor Jane Marsh"): a story
# often names its source a few sentences after the lead.
DESCRIBED_AFTER = 800
# Verbs that give someone an office: "was elected Prime Minister", "was named captain".
OFFICE_VERBS = frozenset(["elect", "appoint", "name", "make", "crown", "install"])
# Votes: a title or a gendered description counts 3, a pronoun 1. Against a first name's
# gender, the article needs 3 votes more for the other (a title, or three pronouns).
TITLE_VOTES = 3
STRONG_EVIDENCE = 3
LEAD_LOOKAHEAD = 3  # sentences looked at for a dateline (a headline may come first)
_GENDERED_PRONOUNS = frozenset(PRONOUN_GENDER)
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_SINGULAR_NOUN = frozenset({"NN"})
_COMMITTEE = frozenset({"committee"})
_ITS = frozenset({"its"})


def _names_a_document(lemma: str) -> bool:
    return lemma.lower() in DOCUMENT_NOUNS


def _sued_or_document(lemma: str) -> bool:
    """The lemmas ``People._documents`` reads: "sue" (a lawsuit's words) and document nouns."""
    return lemma == "sue" or _names_a_document(lemma)


# "LONDON 1996-08-31", "IRVINE , Calif 1996-08-30", "WASHINGTON (Reuters) -"
_DATELINE = re.compile(r"\s*[A-Z][A-Z.' -]+(?:\s*,\s*[A-Z][\w.]*)?\s+(?:\d{4}-\d\d-\d\d|\()")
_AGE = re.compile(r"^(\d{1,3})-years?-old$")
_SUBJECTS = ("nsubj", "nsubjpass")
_STATE_NAMES = frozenset(US_STATES.values())
# A member of a parliament, by its abbreviation ("the MEP", "the MSP"; "MP" is a role head).
MEMBER_ABBREVIATIONS = frozenset(["MEP", "MSP", "MLA"])
# People named together a "they" may stand for ("Kim Lee and Sam Park"), at most.
MAX_TOGETHER = 4
# Nouns for a few people together ("The couple ... They said"), and how many people each is.
GROUP_SIZES = {"couple": 2, "pair": 2, "duo": 2, "two": 2, "trio": 3, "three": 3}
GROUPS_OF_PEOPLE = frozenset(GROUP_SIZES)
# Labels of a name written before its kind ("Family Circle magazine"), places excluded.
_NAMED_BODY_LABELS = frozenset(["ORG", "PRODUCT", "WORK_OF_ART", "FAC", "PERSON", "EVENT"])
# The role nouns an abbreviated title before a name stands for.
ABBREVIATED_ROLES = {
    "gov": ("governor",),
    "sen": ("senator",),
    "rep": ("representative", "lawmaker"),
    "prof": ("professor",),
    "gen": ("general",),
    "col": ("colonel",),
    "capt": ("captain",),
    "lt": ("lieutenant",),
    "sgt": ("sergeant",),
    "const": ("constable", "officer"),
    "cpl": ("corporal", "officer"),
    "det": ("detective",),
    "insp": ("inspector",),
    "supt": ("superintendent",),
    "coun": ("councillor",),
    "cllr": ("councillor",),
    "justice": ("judge",),
    "judge": ("judge",),
}
_NAME_PREFIXES = (
    TITLE_ABBREVIATIONS
    | ROLE_HEADS
    | {t.rstrip(".") for t in TITLE_ABBREVIATIONS}
    | {p.lower() for p in POST_NOMINALS}
)
_TITLES = frozenset(t.rstrip(".") for t in TITLE_ABBREVIATIONS)
# Words written between a first name and a surname ("van Persie", "ten Cate", "de Gea").
NAME_PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "du", "da", "di", "del", "della", "ten", "ter", "le", "la"]
)
# "who gave her name only as Priya", "identified only as Daniel", "who would give only his
# first name, Daniel": the name an unnamed person gave, right after their noun.
_GIVEN_AS = re.compile(
    r",? (?:who (?:gave|would give|would only give|only gave|asked to be identified by) "
    r"(?:only )?(?:his|her|their) (?:first )?name(?: only)?(?: as|,)|"
    r"(?:who was )?identified only as) "
    r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


# Nouns of a country's governing bodies, which speak as "it" ("the US government").
_GOVERNING_BODIES = frozenset({"government", "administration", "ministry", "department"})
# "The band" is a body whose members' roles the article wrote before their names ("Oasis
# singer Liam Gallagher"); "the company" or "the charity" one whose offices it wrote so
# ("Fostering Network executive director Robert Tapsfield").
_BAND_NOUNS = frozenset({"band", "duo", "trio", "quartet"})
# Nouns for a sports team that are no body nouns elsewhere ("the Bucharest side").
_TEAM_NOUNS = frozenset({"side", "outfit"})
_BAND_MEMBERS = frozenset(
    {"singer", "frontman", "frontwoman", "guitarist", "drummer", "bassist", "vocalist"}
    | {"keyboardist", "songwriter", "bandmate"}
)
_BODY_OFFICES = (
    frozenset({"executive", "director", "chairman", "chairwoman", "boss", "founder"})
    | {"president", "officer"}
    | SPOKESPEOPLE
)
_OWNER_ROLES = _BAND_MEMBERS | _BODY_OFFICES
# Words of such a role before those nouns ("lead singer", "chief executive"), which are no
# part of the body's name even when capitalised at a sentence's start.
_OWNED_ROLE_WORDS = (
    _OWNER_ROLES
    | {"lead", "former", "ex", "co", "backing", "bass", "rhythm", "founding", "managing"}
    | {"chief", "deputy", "acting", "senior", "new", "veteran", "original", "general"}
    | {"operating", "financial", "finance", "marketing", "vice"}
)


@dataclass(frozen=True, slots=True)
class Referent:
    """Whom a mention refers to: a person or organisation entity; a name the entity
    recogniser missed (``entity`` None, ``name`` set); or only a description ("Police")."""

    entity: Entity | None
    name: str | None
    description: str | None
    gender: str | None
    gender_evidence: str | None
    plural: bool = False


# Nouns of a body within a body, or one a body owns, that a name before them does not name:
# "the Democrat convention committee", "the Delta subsidiary".
_PANELS = frozenset({"committee", "board", "panel", "council", "commission"})
_BODIES_WITHIN = OWNED_BODY_NOUNS | _PANELS

# Last words of the names of what a body runs, not of a firm: "The Windows XP Counterfeit
# Project will mean ... the company told" is the firm's, not the project's.
_UNDERTAKINGS = frozenset({"project", "programme", "program", "scheme", "initiative", "campaign"})


_FIRMS = frozenset({"company", "firm", "giant", "corporation", "conglomerate"})


def _undertaking(name: str, noun: Token) -> bool:
    """Whether ``name`` is an undertaking's ("X Project", "Y Scheme") that a firm's noun
    ("the company", "the software giant") does not stand for."""
    last = name.rsplit(" ", 1)[-1].lower()
    return " " in name and last in _UNDERTAKINGS and noun.lower_ in _FIRMS


# --- Noun phrases ---------------------------------------------------------------------------


# Nouns that count a plural after "a": "a couple officials", "a dozen aides".
_QUANTITY_NOUNS = frozenset(["couple", "dozen", "few", "handful", "number", "score"])


def _glued(doc: Doc, i: int) -> bool:
    """Whether tokens i and i + 1 are written as one word (a hyphenated compound)."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and "\n" not in doc[i + 1].text


# Generational suffixes written after a surname: "Luther Stan Pate IV" is "Pate".
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])


def surname(name: str) -> str:
    """The last word of a full name, past a generational suffix ("Pate" of "Luther Stan Pate
    IV", "King" of "Martin Luther King Jr.")."""
    words = name.split()
    if len(words) > 2 and words[-1].lower().rstrip(",") in NAME_SUFFIXES:
        return words[-2].rstrip(",")
    return words[-1] if words else name


# A misspelling is trusted only in a name this long: short surnames differing by a swap
# ("Berg", "Breg") are as likely two people.
MISSPELT_MIN = 5


def _swapped(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring letters swapped, past the first letter."""
    if len(a) != len(b) or a == b or a[0] != b[0]:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    i, j = diff
    return a[i] == b[j] and a[j] == b[i]


def _misspelt_surnames(entities: Sequence[Entity], alias: dict[str, Entity]) -> dict[str, Entity]:
    """A one-word person (or body: the recogniser's guess at an unknown word) no one else is
    called, written as one person's surname with two neighbouring letters swapped ("Keidis"
    after "Anthony Kiedis", "Mr Barrioneuvo" after "Jose Barrionuevo"): a misspelling of that
    person, which news copy makes."""
    surnames: dict[str, set[str]] = {}
    full: dict[str, Entity] = {}
    for e in entities:
        if e.type == "person":
            surnames.setdefault(surname(e.name), set()).add(e.key)
            if " " in e.name:
                full.setdefault(e.key, e)
    found = {}
    for e in entities:
        name = e.name
        if e.type not in ("person", "organization") or " " in name or e.key in alias:
            continue
        if len(name) < MISSPELT_MIN or not name.isalpha():
            continue
        if surnames.get(name, set()) - {e.key}:
            continue
        fits = {o.key: o for o in full.values() if _swapped(surname(o.name), name)}
        if len(fits) == 1:
            found[e.key] = next(iter(fits.values()))
    return found


def noun_phrase(head: Token) -> Span:
    """The noun phrase a subject token heads, as written: its left modifiers, hyphenated words
    kept whole ("The Tory co-chairman", "the 45-year-old"), its prepositional tail, no clauses.

    Never crosses a line break (a subject never starts on an earlier line).
    """
    doc = head.doc
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        owner = head.head.head
        if owner.i != head.i and spokesperson_head(owner).i == head.i:
            return noun_phrase(owner)  # "A Department for Education and Skills spokeswoman"
    start, end = head.left_edge.i, head.i + 1
    for child in head.rights:
        if (
            child.dep_ == "amod"
            and child.pos_ == "ADJ"
            and child.i == end
            and any(c.dep_ == "prep" for c in child.children)
        ):
            # "Sources familiar with the matter", "people close to the talks"
            end = child.right_edge.i + 1
            continue
        if (
            child.dep_ == "relcl"
            and head.tag_ in ("NNS", "NNPS")
            and child.lemma_ not in SPEECH_VERBS
            and doc[child.left_edge.i - 1].text != ","
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in child.children)
        ):
            # "Republicans who critiqued the speech", "scouts who saw them live": who they are
            # (not "voters who said ...": the speech itself)
            end = child.right_edge.i + 1
            break
        if child.dep_ in ("prep", "compound"):
            if child.dep_ == "prep" and any(
                t.dep_ == "pobj" and t.ent_type_ in ("DATE", "TIME") for t in child.children
            ):
                break  # "Britain on Saturday condemned ...": when, not who
            if sum(t.is_quote for t in doc[child.i : child.right_edge.i + 1]) % 2:
                break  # "a booming voice at the end of “Hail, Caesar!”": cut inside a title
            end = max(end, child.right_edge.i + 1)
        else:
            break
    # A comment set off by a comma is not part of it ("an aide to the senator, who spoke").
    for i in range(head.i + 1, end):
        if doc[i].text in (",", "(", ";", "—"):
            end = i
            break
    # The parser splits "co-chairman" and may head the subject by its first piece.
    while (
        end < len(doc)
        and _glued(doc, end - 1)
        and (doc[end].text == "-" or doc[end - 1].text == "-")
    ):
        end += 1
    while (
        start > 0
        and _glued(doc, start - 1)
        and (doc[start].text == "-" or doc[start - 1].text == "-")
    ):
        start -= 1
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text_with_ws:
            start = i + 1
            break
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text != "-":
        start += 1
    if start >= end:  # a head the cuts above left out ("Duncan Hunter Sr. and ..."): itself
        return doc[head.i : head.i + 1]
    # "a" before a plural head is another phrase's: "..., a move Russian officials said" is a
    # parse of "a move [that] Russian officials said"; the phrase starts after that noun.
    if doc[start].lower_ in ("a", "an") and head.tag_ in ("NNS", "NNPS"):
        for i in range(start + 1, head.i):
            if doc[i].pos_ == "NOUN" and doc[i].lower_ not in _QUANTITY_NOUNS:
                start = i + 1
                break
    return doc[start:end]


def _hyphenated(token: Token) -> str:
    """The hyphenated word a token is part of, as written ("Ocasio-Cortez")."""
    doc = token.doc
    start = end = token.i
    while (
        start > max(0, token.i - 6)
        and _glued(doc, start - 1)
        and "-" in (doc[start].text, doc[start - 1].text)
    ):
        start -= 1
    while end < token.i + 6 and _glued(doc, end) and "-" in (doc[end].text, doc[end + 1].text):
        end += 1
    return doc_text(doc)[doc[start].idx : doc[end].idx + len(doc[end])]


def _street_word(doc: Doc, token: Token) -> bool:
    """Whether ``token`` is a word of a street or district standing for a trade ("The High
    Street retailer", "the Wall Street bank"): a place, no word of the body's name."""
    if token.text == "Street":
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.text == "Street"


def _words_before(doc: Doc, i: int, words: Sequence[str]) -> bool:
    """Whether the lower-cased words right before token ``i`` are ``words``."""
    return i >= len(words) and [t.lower_ for t in doc[i - len(words) : i]] == list(words)


def _words(doc: Doc, start: int, end: int) -> list[str]:
    """Whitespace-delimited words of tokens [start, end), lower-cased."""
    if start >= end:
        return []
    return doc_text(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])].lower().split()


def description_key(words: Sequence[str]) -> str | None:
    """What a description is matched by: its head word ("co-chairman"), or "age:45" for
    "45-year-old"."""
    if not words:
        return None
    head = words[-1].strip(",.;:")
    if age := _AGE.match(head):
        return f"age:{int(age[1])}"
    # "Chief executive Catherine Doyle ... the CEO said": the office abbreviated is the
    # office written out ("chief executive officer" too).
    if head == "ceo" or (head == "officer" and len(words) > 1 and words[-2] == "executive"):
        return "executive"
    return head or None


def _body_first_words(entities: Sequence[Entity]) -> dict[str, Entity]:
    """First word -> the one body whose longer name begins with it ("Cairn" -> "Cairn
    Energy"), for the words that begin no other body's name and are in no person's longer
    name: a one-word name short for that body."""
    bodies: dict[str, list[Entity]] = {}
    named: set[str] = set()
    for e in entities:
        words = e.name.split()
        if e.type == "organization" and len(words) > 1 and e.mentions:
            bodies.setdefault(words[0], []).append(e)
        elif e.type == "person" and len(words) > 1:
            named.update(words)
    return {w: found[0] for w, found in bodies.items() if len(found) == 1 and w not in named}


def _short_bodies(entities: Sequence[Entity], firsts: dict[str, Entity]) -> set[str]:
    """Keys of the one-word "people" short for a body named in full before them ("Shares in
    Cairn Energy fell ... Cairn said")."""
    return {
        e.key
        for e in entities
        if e.type == "person"
        and e.mentions
        and (body := firsts.get(e.name)) is not None
        and body.mentions[0].start < e.mentions[0].start
    }


def _written_before(full: Entity, short: Entity) -> bool:
    """Whether the article writes ``full`` before it first writes ``short``."""
    return bool(full.mentions and short.mentions) and (
        full.mentions[0].start < short.mentions[0].start
    )


# "the Movie Association for America's (MPAA)": an abbreviation defined in brackets
_DEFINED = re.compile(r"(?:'s|’s)?\s*\(([A-Z][A-Za-z&]{1,7})\)")
# A comma and article before a name in apposition: "CENTR, the Council of ...".
_APPOSED = re.compile(r",[^\S\n]+(?:the[^\S\n]+)?")


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` may be taken from ``name``: its first letter the name's, the rest
    found in order in the name's words ("CENTR" in "Council of European National Top Level
    Domain Registries", "ASEAN" in "Association of Southeast Asian Nations"; "FIFA" is not
    "Football Association", a body listed after it)."""
    if acronym[:1] != name[:1]:
        return False
    rest = iter(name[1:].lower())
    return all(letter in rest for letter in acronym[1:].lower())


def _acronyms(organisations: Sequence[Entity], text: str = "") -> dict[str, Entity]:
    """Acronym key -> the organisation it abbreviates in the same article ("BCC" -> "British
    Chamber of Commerce"), matched by the initials of its capitalised words or defined in
    brackets after the name; a short name -> the one longer name it begins or ends ("Daily
    News" for "New York Daily News")."""
    by_initials: dict[str, Entity] = {}
    for entity in organisations:
        words = [w for w in entity.name.split() if w[:1].isupper()]
        if len(words) > 1:
            by_initials.setdefault("".join(w[0] for w in words), entity)
            if "&" in entity.name.split():
                # "S&P" for "Standard & Poor's", "AT&T": the ampersand kept between initials
                joined = (
                    w if w == "&" else w[0]
                    for w in entity.name.split()
                    if w == "&" or w[:1].isupper()
                )
                by_initials.setdefault("".join(joined), entity)
            for mention in entity.mentions:
                if defined := _DEFINED.match(text, mention.end):
                    by_initials.setdefault(defined.group(1), entity)
    found = {
        e.key: by_initials[e.name]
        for e in organisations
        if e.name.isupper() and 1 < len(e.name) <= 6 and e.name in by_initials
    }
    # An acronym with the name it stands for in apposition after it ("CENTR, the Council of
    # European National Top Level Domain Registries,"; "ASEAN, the Association of Southeast
    # Asian Nations"), its first letter the first word's: that body, however its letters
    # were taken from the words.
    starts = {m.start: e for e in organisations if " " in e.name for m in e.mentions}
    for entity in organisations:
        if entity.key in found or not (entity.name.isupper() and 1 < len(entity.name) <= 6):
            continue
        for mention in entity.mentions:
            comma = _APPOSED.match(text, mention.end)
            full = starts.get(comma.end()) if comma else None
            if full is not None and _abbreviates(entity.name, full.name):
                found[entity.key] = full
                break
    # A name of two words or more that ends one longer name ("Daily News", "New York Daily
    # News"): that one.
    endings: dict[str, dict[str, Entity]] = {}
    for entity in organisations:
        words = entity.name.split()
        for k in range(1, len(words) - 1):
            endings.setdefault(" ".join(words[k:]), {})[entity.key] = entity
    for entity in organisations:
        longer = endings.get(entity.name, {})
        if entity.key not in found and " " in entity.name and len(longer) == 1:
            found[entity.key] = next(iter(longer.values()))
    # One word ending one longer name written in full first ("the European Commission ... the
    # Commission said", "The Wall Street Journal ... the Journal wrote"): that body's head noun.
    last_words: dict[str, list[Entity]] = {}
    for entity in organisations:
        words = entity.name.split()
        if len(words) > 1 and words[-1][:1].isupper():
            last_words.setdefault(words[-1], []).append(entity)
    for entity in organisations:
        ends = last_words.get(entity.name, [])
        if entity.key not in found and len(ends) == 1 and _written_before(ends[0], entity):
            found[entity.key] = ends[0]
    # A one-word name short for a longer one that begins with it ("Nortel" for "Nortel
    # Networks"), when only one does and the article writes it in full first (not "Next ...
    # Its Next Directory mail order division": a part of the body named before).
    longer: dict[str, list[Entity]] = {}
    for entity in organisations:
        words = entity.name.split()
        if len(words) > 1:
            longer.setdefault(words[0], []).append(entity)
    for entity in organisations:
        if entity.key not in found and len(longer.get(entity.name, [])) == 1:
            full = longer[entity.name][0]
            if not (entity.mentions and full.mentions) or (
                full.mentions[0].start < entity.mentions[0].start
            ):
                found[entity.key] = full
    return found


def _name_case(word: str) -> bool:
    """A capitalised word, or capitalised words joined by hyphens ("Ocasio-Cortez")."""
    return all(p[:1].isupper() and p[1:].islower() for p in word.split("-"))


def _person_like(name: str) -> str | None:
    """The gender of an organisation's name that is a person's: two or three capitalised
    words, the first a confidently gendered first name ("Vince Cable")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_name_case(w) for w in words):
        return None
    last = words[-1].lower()
    if (
        words[0] in ORG_NAME_FIRST_WORDS
        or last in ORG_NAME_LAST_WORDS
        or last in NON_PERSON_ORG_WORDS
        or last in ORG_SUFFIXES
        or words[-1] in CLUB_NAME_ENDINGS
    ):
        return None
    return first_name_gender(name)


def _initial_and_surname(name: str) -> bool:
    """Whether an organisation's name is a person's written as an initial and a surname ("E
    Hayot", "J. Smith"): no body is named so."""
    words = name.split()
    return (
        len(words) == 2
        and len(words[0].rstrip(".")) == 1
        and words[0][0].isupper()
        and words[1][:1].isupper()
        and words[1][1:].islower()
        and len(words[1]) > 2
        and words[1].lower() not in ORG_NAME_LAST_WORDS | NON_PERSON_ORG_WORDS | ORG_SUFFIXES
    )


def after_place_before(subject: Token) -> Token | None:
    """The speaker in apposition to a place the parser took for the subject: "Outside court,
    one of the tellers, who asked not to be named, said ..." (subject "court")."""
    if subject.left_edge.lower_ not in _PLACES_BEFORE:
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)


# Words opening a place set before a sentence's subject: "Outside court, ...".
_PLACES_BEFORE = frozenset({"outside", "inside"})


def appositive_subject(first: Token, last: Token, verb: Token) -> bool:
    """Whether the second of two subjects before a verb is the first one's apposition, set off
    by commas ("Cory Doctorow, European outreach coordinator for ..., said"): a person's name,
    a comma, a common noun's phrase closed by a comma right before the verb. The name speaks,
    not the role (the parser may make both subjects)."""
    doc = verb.doc
    return (
        first.ent_type_ == "PERSON"
        and last.pos_ == "NOUN"
        and first.i < last.i < verb.i
        and doc[first.i + 1].text == ","
        and last.left_edge.i == first.i + 2
        and doc[verb.i - 1].text == ","
        and last.right_edge.i in (verb.i - 2, verb.i - 1)
    )


def cut_off_subject(verb: Token, outside) -> Token | None:
    """The noun phrase set off by a comma right before a subject-less speech verb that the
    parser made the root, or conjoined to the verb of a quotation, when the quotation runs on
    into the writer's words ('“The operations will continue ...” of Palestinian lands, a
    militant from the group told a crowd'): the parser made the phrase an apposition or a
    conjunct of the noun before the comma; it is the verb's subject. ``outside`` tells a
    token outside every quotation."""
    if (
        verb.i < 2
        or verb.lemma_ not in SPEECH_VERBS
        or not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and not outside(verb.head)))
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    ):
        return None
    doc = verb.doc
    last = doc[verb.i - 1]
    head = last
    while head.head.i != head.i and head.head.i < verb.i and head.right_edge.i == last.i:
        if (
            head.pos_ in ("NOUN", "PROPN")
            and head.dep_ in ("appos", "conj")
            and head.left_edge.i > 0
            and doc[head.left_edge.i - 1].text == ","
            and outside(head)
        ):
            return head
        head = head.head
    return None


def root_over_set_off_clause(verb: Token, outside) -> Token | None:
    """The subject of a verb the parser hung, as a participle, on the last noun of a clause set
    off by commas after a person's noun phrase it made the sentence's root ("Another NHL
    executive, speaking on condition of anonymity because he was not authorized to comment on
    another team's contract, called the deal “...”"): that noun phrase, before the clause."""
    root = verb.sent.root
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or verb.i == 0
        or verb.doc[verb.i - 1].text != ","
        or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in verb.children)
        or root.pos_ not in ("NOUN", "PROPN")
        or not (root.ent_type_ == "PERSON" or person_noun(root))
        or root.i >= verb.i
        or verb.doc[root.i + 1].text != ","
        or not outside(root)
    ):
        return None
    # the verb lies inside a clause hung on the root right after its comma
    clause = next(
        (c for c in root.children if c.dep_ in ("acl", "relcl") and c.i == root.i + 2), None
    )
    if clause is None or not clause.left_edge.i <= verb.i <= clause.right_edge.i:
        return None
    return root


def _owner_of_thing(subject: Token) -> Token:
    """The person whose thing a sentence is about ("Roger Federer's first match in Dubai was
    a long one"): as salient as a subject for a he or she after it."""
    if subject.pos_ != "NOUN" or person_noun(subject):
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON":
        return owner
    return subject


def spokesperson_head(subject: Token) -> Token:
    """The person noun a subject phrase ends with when the parser heads it by the body
    before: "A Department for Education and Skills spokeswoman" is a spokeswoman; the
    speaker after a place taken for the subject ("Outside court, one of the tellers")."""
    if (after := after_place_before(subject)) is not None:
        return after
    if subject.pos_ != "PROPN":
        return subject
    doc = subject.doc
    last = doc[subject.right_edge.i]
    if (
        last.i > subject.i
        and last.dep_ == "pobj"
        and last.lower_ in _ROLE_OR_PERSON_NOUNS
        and last.head.head.i == subject.i
        and not any(t.text == "," for t in doc[subject.i : last.i])
    ):
        return last
    if (
        # "A Department of Health and Social Care source said": the parser hangs the person
        # noun written right after the body's name on the body, as a conjunct or apposition
        last.i > subject.i + 1
        and last.dep_ in ("conj", "appos")
        and last.head.i == subject.i
        and last.tag_ == "NN"
        and (last.lower_ in _ROLE_OR_PERSON_NOUNS or last.lower_ in ANONYMOUS_HEADS)
        and doc[last.i - 1].ent_iob_ == "I"
        and doc[last.i - 1].ent_type_ == subject.ent_type_
        and not any(t.text == "," for t in doc[subject.i : last.i])
    ):
        return last
    return subject


def heads_body(token: Token) -> bool:
    """Whether a noun is the head of a body as a person's role: "Head of the Food Council,
    Mitch Hooke," ("head" alone is no person)."""
    return token.lower_ == "head" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.rights
    )


def _named_by(verb: Token) -> list[Token]:
    """The name a participle of naming gives, as its only complement ("a nurse named
    Lorraine Beckett"); none when it has more ("one lawmaker called Trump "the orange
    prince"": a verb of calling someone something, not a name given)."""
    rights = [c for c in verb.rights if not (c.is_punct or c.is_space)]
    if verb.tag_ != "VBN" or len(rights) != 1 or rights[0].dep_ not in ("oprd", "dobj", "attr"):
        return []
    return rights


def _set_off(token: Token) -> bool:
    """A phrase in apposition, set off by a comma (the parser may call it npadvmod)."""
    return (
        token.dep_ in ("appos", "npadvmod")
        and token.left_edge.i > 0
        and token.doc[token.left_edge.i - 1].text == ","
    )


def _family_size(token: Token) -> bool:
    """Whether a kin noun is written "mother-of-nine", "father-of-two"."""
    doc = token.doc
    i = token.i
    return (
        i + 3 < len(doc)
        and doc[i + 1].text == "-"
        and doc[i + 2].lower_ == "of"
        and _glued(doc, i)
        and _glued(doc, i + 1)
    )


def _coordinated(token: Token) -> bool:
    """Whether a subject is one of several joined by "and" ("Leicester and Saracens")."""
    return any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in token.children)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _case_aliases(
    entities: Sequence[Entity], text: str, people: set[str] = frozenset()
) -> dict[str, Entity]:
    """Key of a one-word person -> the one full-named person whose surname it is but for the
    case of its first letter ("Al-Awlaki" for "Anwar al-Awlaki"), or whose hyphenated surname
    its every mention is a piece of ("Silk" in "Mr Kilroy-Silk", for "Robert Kilroy-Silk").
    ``people``: keys of organisations whose names are people's."""
    full: dict[str, set[Entity]] = {}
    for e in entities:
        if (e.type == "person" or e.key in people) and " " in e.name:
            full.setdefault(_cap(e.name.split()[-1]), set()).add(e)
    out = {}
    for e in entities:
        if e.type != "person" or " " in e.name:
            continue
        fits = full.get(_cap(e.name), set())
        if not fits and e.mentions:
            compounds = {_compound_at(text, m.start, m.end) for m in e.mentions}
            if len(compounds) == 1 and None not in compounds:
                fits = full.get(_cap(compounds.pop()), set())
        if len(fits) == 1 and next(iter(fits)).name.split()[-1] != e.name:
            out[e.key] = next(iter(fits))
    return out


def _compound_at(text: str, start: int, end: int) -> str | None:
    """The hyphenated word a mention is a piece of ("Kilroy-Silk" around "Silk"), if any."""
    left, right = start, end
    while left > 1 and text[left - 1] == "-" and text[left - 2].isalpha():
        left -= 1
        while left > 0 and text[left - 1].isalpha():
            left -= 1
    while right + 1 < len(text) and text[right] == "-" and text[right + 1].isalpha():
        right += 1
        while right < len(text) and text[right].isalpha():
            right += 1
    return text[left:right] if (left, right) != (start, end) else None


def _one_word_people(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Word -> the person entity named by that one word alone ("Cable")."""
    return {e.name: e for e in entities if e.type == "person" and " " not in e.name}


def _determiner(token: Token) -> bool:
    return token.pos_ == "DET" or token.lower_ in ("the", "a", "an")


# Words an age or a trait may put between a determiner and a kind of person ("the
# 55-year-old Frenchman", "the veteran Dutchman").
_AGE_WORDS = frozenset(["-", "year", "years", "old"])


# First words of two-word nationalities ("New Zealander", "South African", "Sri Lankan").
_NATIONALITY_FIRST_WORDS = frozenset(["New", "North", "South", "East", "West", "Sri", "Saudi"])


def _determined_kind(token: Token) -> bool:
    """Whether a determiner opens the phrase of ``token`` with at most adjectives and an age
    between them: "the Dutchman", "the 55-year-old Frenchman"; a two-word nationality's
    first word too, glued before it ("the New Zealander", "the South African")."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and i > token.i - 8:
        before = doc[i]
        if _determiner(before):
            return True
        first_word = (
            i == token.i - 1
            and before.dep_ == "compound"
            and before.head.i == token.i
            and before.text in _NATIONALITY_FIRST_WORDS
        )
        if before.pos_ not in ("ADJ", "NUM") and before.lower_ not in _AGE_WORDS and not first_word:
            return False
        i -= 1
    return False


def _common_word(token: Token, lower_words: frozenset[str]) -> bool:
    """A word capitalised only by its place (a sentence's or a line's first word) that is a
    common noun: a role or person word, or a word the text also writes in lower case."""
    doc = token.doc
    if not (token.is_sent_start or (token.i > 0 and "\n" in doc[token.i - 1].text_with_ws)):
        return False
    lower = token.lower_
    return lower in PERSON_NOUNS or lower in ROLE_HEADS or lower in lower_words


def _name_word(token: Token) -> bool:
    """Whether a token can be part of a written name: a capitalised word, not after a line
    break."""
    return (
        (token.is_title or token.is_upper or token.pos_ == "PROPN")
        and token.is_alpha
        and not _determiner(token)
        and "\n" not in token.text_with_ws[:-1]
        and not token.is_sent_start
    )


def _inside_longer_entity(token: Token) -> bool:
    """Whether a token is part of a named entity of several tokens ("Blair Foundation"); a
    title before it does not count ("Mr Cable" taken for an organisation)."""
    if not token.ent_type_:
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    others = [t for t in doc[start:end] if t.i != token.i]
    return any(t.lower_.rstrip(".") not in _TITLES for t in others)


def _age(phrase: Span) -> bool:
    """Whether a noun phrase describes someone by age alone: "the 25-year-old"."""
    return len(phrase) >= 3 and phrase[-1].lower_ == "old" and phrase[-3].lower_ == "year"


_PERSON_ENDINGS = tuple(sorted(w for w in PERSON_NOUNS if len(w) >= 5 and w.isalpha()))


def _agent_noun(lower: str) -> bool:
    """A person's noun by its form: a compound ending in one ("neurosurgeon", "co-founder"),
    or the endings of fields and trades ("economist", "journalist", "pediatrician",
    "epidemiologist"; not "playlist")."""
    if len(lower) < 7 or not lower.replace("-", "").isalpha():
        return False
    if lower.endswith(("ologist", "ician")) or (
        lower.endswith("ist") and (not lower.endswith("list") or lower.endswith("alist"))
    ):
        return True
    return lower.endswith(_PERSON_ENDINGS)


def _role_dropped(name: str) -> str:
    """A name without the role the recogniser took into it at a sentence's start ("Filmmaker
    Jack Marino" -> "Jack Marino"): a role noun before two or more capitalised words."""
    words = name.split()
    if (
        len(words) >= 2
        and all(w[:1].isupper() for w in words[1:])
        and _role_word(words[0])
        # "Filmmaker Jack Marino"; of two words only a role no first name spells ("Matchwinner
        # Keane", not "Archer Smith")
        and (len(words) >= 3 or first_name_gender(name) is None)
    ):
        return " ".join(words[1:])
    return name


# What news calls the ordinary people it quotes, written before their names ("Shopper Ana
# Ferreira", "Resident Tom Hale"): a label, not part of the name.
_LAY_LABELS = frozenset(
    """shopper shoppers resident witness passenger commuter voter customer student worker
    parent supporter survivor pensioner tenant victim spectator villager bystander diner
    traveller traveler holidaymaker patient mourner""".split()  # noqa: SIM905
)


def _role_word(word: str) -> bool:
    """Whether a capitalised word is a role noun ("Filmmaker", "Matchwinner", "Skipper")."""
    first = word.lower()
    return (
        first in ROLE_HEADS or first in PERSON_NOUNS or first in _LAY_LABELS or _agent_noun(first)
    )


def _title_word(word: str) -> bool:
    """Whether a capitalised word before a surname is a title or a role, not a given name
    ("Dr", "Prof", "Lord", "Baroness", "Coach"), whatever the first-name lexicon says."""
    lower = word.lower()
    return (
        lower in PERSON_TITLES
        or lower.rstrip(".") in PERSON_TITLES
        or lower in ROYAL_TITLES
        or lower in TITLE_ABBREVIATIONS
        or title_gender(word) is not None
        or lower in PEER_TITLES
        or _role_word(word)
    )


def _people_word(lemma: str) -> bool:
    """Whether a noun's lemma names a kind of person ("analyst", "critic", "economist")."""
    return (
        lemma in ROLE_HEADS or lemma in PERSON_NOUNS or lemma in OCCUPATIONS or _agent_noun(lemma)
    )


def person_noun(token: Token) -> bool:
    """Whether a noun stands for one person by role or kind ("minister", "striker", "the
    tight end")."""
    lower = token.lower_
    if lower in ROLE_HEADS or lower in PERSON_NOUNS or token.text in MEMBER_ABBREVIATIONS:
        return True
    if lower == "international" and token.is_lower and token.pos_ in ("NOUN", "PROPN"):
        # a player capped by a national side ("the Holland international"); as a name's
        # word or an adjective it is no person ("Amnesty International", "an international row")
        return True
    if token.tag_ == "NN" and (_agent_noun(lower) or lower in OCCUPATIONS):
        # a trade written in lower case ("the chief executive", "the veteran centre"); "the
        # Centre" names a body
        return True
    before = POSITION_COMPOUNDS.get(lower)
    return before is not None and token.i > 0 and token.doc[token.i - 1].lower_ in before


def _owner_end(phrase: Span) -> int | None:
    """Where the words after a name's possessive start in a noun phrase ("Dhillon's lawyer",
    "Canada's second-largest bank"); None when the phrase does not open with one."""
    if len(phrase) < 3 or phrase[0].pos_ != "PROPN":
        return None
    for t in phrase[1:4]:
        if t.tag_ == "POS":
            return t.i + 1 if t.i + 1 < phrase.end else None
        if t.pos_ != "PROPN":
            return None
    return None


def _one_of_people(token: Token) -> bool:
    """ "one of the tellers ... said", "one of the people": one person, whom a later pronoun
    may refer to (of those who speak, any but bodies and documents: "one of the banks")."""
    if token.lower_ != "one":
        return False
    subject = token.head if token.dep_ == "appos" else token  # "Outside court, one of ..."
    speaks = subject.dep_ == "nsubj" and subject.head.lemma_ in SPEECH_VERBS
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.tag_ == "NNS":
                    lemma = noun.lemma_.lower()
                    return (
                        lemma == "person"
                        or lemma in ROLE_HEADS
                        or lemma in PERSON_NOUNS
                        or noun.lower_ in ANONYMOUS_HEADS
                        or _agent_noun(lemma)
                        or (speaks and lemma not in ORG_NOUNS and lemma not in DOCUMENT_NOUNS)
                    )
    return False


# What a statement does when it goes on from someone's words: "The statement added".
_GOING_ON = frozenset({"add", "continue"})


def _speaks(token: Token) -> bool:
    """Whether a noun is the source of a speech verb or of "according to"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0:
        return head.doc[head.i - 1].lower_ == "according"
    return token.dep_ == "nsubj" and head.lemma_ in SPEECH_VERBS


# Verbs by which a subject voices a stance, as a speech verb would: "X expressed certainty
# that ...", then a quote with "he said" is X going on.
STANCE_VERBS = frozenset({"express", "voice"})


def _speaking(subject: Token) -> bool:
    """Whether a clause's subject speaks in it (a speech verb, or voicing a stance)."""
    return subject.head.lemma_ in SPEECH_VERBS or subject.head.lemma_ in STANCE_VERBS


def _introduced(name: Token) -> bool:
    """Whether a name is introduced by what they are ("Abdul Hak Baker is the head of the
    Brixton mosque"): the subject of "be" with a person noun for its attribute."""
    verb = name.head
    return (
        name.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(
            c.dep_ == "attr"
            and (person_noun(c) or (c.lower_ == "head" and any(p.lower_ == "of" for p in c.rights)))
            for c in verb.children
        )
    )


# The object forms of "he" and "she" ("her" only as an object: as an owner it may be hers).
OBJECT_PRONOUNS = {MALE: ("him",), FEMALE: ("her",)}
# Clauses walked up from an object pronoun to its doer ("attacked ... for wanting to ask him").
MAX_CLAUSE_STEPS = 6


def _of_something_new(token: Token) -> bool:
    """Whether a role is of a thing written as new to the reader ("the editor of a British
    tabloid", "the mother of an injured soldier"): its holder is someone introduced there."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
            for o in p.children
        )
        for p in token.rights
    )


def _identity(ref: Referent) -> tuple[str | None, ...]:
    return (ref.entity.key, None) if ref.entity is not None else (ref.name, ref.description)


def _singular_person(ref: Referent) -> bool:
    """A person, named or only described ("a spokeswoman for Human Rights Watch")."""
    return is_person(ref) or (ref.entity is None and ref.description is not None and not ref.plural)


def _person_first(mention: tuple[int, Referent | None]) -> tuple[bool, int]:
    """Sort key of a sentence's mentions: people, then bodies; latest first in each."""
    start, ref = mention
    body = ref is not None and ref.entity is not None and ref.entity.type != "person"
    return body, -start


def _of_another_subject(pronoun: Token, subject: Token) -> bool:
    """Whether a possessive pronoun stands in a clause with a subject of its own, other than
    ``subject``'s and no pronoun ("Richards says the 30-year-old must draw on her past"): it
    is more likely that subject's than the sentence's."""
    if pronoun.tag_ != "PRP$":
        return False
    verb = pronoun.head
    for _ in range(MAX_CLAUSE_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if verb.i == subject.head.i:
        return False
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        own is not None
        and own.i != subject.i
        and own.pos_ != "PRON"
        and not own.left_edge.i <= pronoun.i <= own.right_edge.i
    )


def _named_person(ref: Referent | None) -> bool:
    """Whether a referent (a sentence's subject, a name) is a person the recogniser named."""
    return ref is not None and ref.entity is not None and ref.entity.type == "person"


def _body_described(ref: Referent) -> bool:
    """Whether ``ref`` is a body the recogniser missed, known by its description ("Us
    magazine", "the radio station"): a "they" may stand for it as for a named body."""
    words = (ref.description or "").split()
    return ref.entity is None and bool(words) and words[-1].lower() in ORG_NOUNS


def is_person(ref: Referent) -> bool:
    """Whether a referent is one person: a person entity, or a name the recogniser missed."""
    if ref.entity is not None:  # an organisation's name read as a person's is not plural;
        return not ref.plural  # a "person" the article calls a body is one (Der Spiegel)
    return ref.name is not None and not ref.plural


# --- The resolver ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    start: int
    end: int
    entity: Entity
    token: int  # index of the mention's first token
    quoted: bool


class People:
    """The people of one document and the resolution of mentions to them.

    ``quoted``: sorted (start, end) character spans of the quotations (marks excluded); words
    in them are never antecedents.
    """

    def __init__(
        self, doc: Doc, entities: Sequence[Entity], quoted: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self._quoted = sorted(quoted)
        self._furniture = furniture(doc)
        self._sentences = list(doc.sents)
        self._sentence_tokens = [s.start for s in self._sentences]
        self._lower_words = lower_case_words(doc, letters_only=False)
        self._person_like = {
            e.key
            for e in entities
            if e.type == "organization"
            and (_person_like(e.name) or _initial_and_surname(e.name))
            and not self._determined(e)
            and not self._placed(e)
        }
        self._single = _one_word_people(entities)
        self._person_named = {e.name: e for e in entities if e.type == "person"}
        self._alias = {
            e.key: self._single[e.name.split()[-1]]
            for e in entities
            if e.key in self._person_like and e.name.split()[-1] in self._single
        }
        self._case_alias = _case_aliases(entities, self.text, self._person_like)
        self._full_names = self._written_in_full(entities)
        # A lone surname the recogniser took for a body ("Wang" after "Wang Donghai", the
        # family name first) is that person, when one person of the article has it.
        by_surname: dict[str, list[Entity]] = {}
        for e in entities:
            if e.type == "person" and len(e.name.split()) > 1:
                for word in {e.name.split()[0], surname(e.name)}:
                    by_surname.setdefault(word, []).append(e)
        for e in entities:
            if e.type == "organization" and len(by_surname.get(e.name, ())) == 1:
                self._person_like.add(e.key)
                self._alias[e.key] = by_surname[e.name][0]
        # A name of two words or more ending one longer person's name is that person
        # ("Ms. Rempel Garner" after "Michelle Rempel Garner").
        # The longer name opens with a given name and is written first ("Telling Jeb Bush", a
        # cut the recogniser made, is not Jeb Bush's full name).
        longer: dict[str, list[Entity]] = {}
        for e in entities:
            words = e.name.split()
            if e.type == "person" and len(words) > 2 and first_name_gender(e.name) is not None:
                for k in range(1, len(words) - 1):
                    longer.setdefault(" ".join(words[k:]), []).append(e)
        for e in entities:
            if e.type == "person" and e.key not in self._alias and " " in e.name:
                full = {other.key: other for other in longer.get(e.name, ())}
                if len(full) == 1:
                    other = next(iter(full.values()))
                    first = other.mentions[0].start if other.mentions else len(self.text)
                    if e.mentions and first < e.mentions[0].start:
                        self._alias[e.key] = other
        # A role the recogniser took into a surname at a sentence's start ("Matchwinner Keane
        # was ...") is the one person named in full with that surname ("Robbie Keane").
        for e in entities:
            if e.type != "person" or _role_dropped(e.name) == e.name or e.key in self._alias:
                continue
            full = [
                other
                for other in by_surname.get(surname(e.name), ())
                if other.key != e.key
                and surname(other.name) == surname(e.name)
                and _role_dropped(other.name) == other.name
            ]
            if len({other.key for other in full}) == 1:
                self._alias[e.key] = full[0]
        misspelt = _misspelt_surnames(entities, self._alias)
        self._alias.update(misspelt)
        self._person_like.update(misspelt)
        # A "person" the article calls a body ("the news weekly Der Spiegel") is that body, and
        # so is a one-word "person" that is the first word of a body named in full before it
        # and of no one's name ("Shares in Cairn Energy fell ... Cairn said").
        self._body_firsts = _body_first_words(entities)
        short = _short_bodies(entities, self._body_firsts)
        self._bodies = {
            e.key
            for e in entities
            if e.type == "person" and (any(map(self._body_before, e.mentions)) or e.key in short)
        }
        self._single = {w: e for w, e in self._single.items() if e.key not in short}
        self._its: frozenset[str] | None = None
        self._rows = {kind: self._mention_rows(entities, kind) for kind in ("person", "org")}
        self._row_starts = {kind: [r.start for r in rows] for kind, rows in self._rows.items()}
        self._unrecognised: set[str] = set()
        self._subject_refs: list[Referent | None] = []  # filled by the forward pass below
        self._made: dict[str, Entity] = {}  # name -> entity, of ``_add_left_out_given_names``
        self._add_left_out_given_names()
        self._surnames = self._surname_index()
        self._add_missed_surnames()
        self._add_couples()
        self._spelled_out = _acronyms(
            [e for e in entities if e.type == "organization" or e.key in self._bodies], self.text
        )
        self._peers = self._peerage()
        self._descriptions: dict[str, list[tuple[int, Entity, frozenset[str]]]] = {}
        self._described: dict[str, set[str]] = {}
        self.gender: dict[str, tuple[str | None, str | None]] = {}
        self._prior = {
            e.key: first_name_gender(_role_dropped(self._full_names.get(e.key, e.name)))
            for e in entities
            if e.type == "person" or e.key in self._person_like
        }
        votes: dict[str, list[int]] = {}
        self._subjects = [self._subject_token(s) for s in self._sentences]
        self._lead = self._lead_sentence()
        for row in self._rows["person"]:
            self._describe(row, votes)
        self._pronoun_votes(votes)
        self.gender = {
            e.key: self._gender(e, votes.get(e.key, [0, 0, 0, 0]))
            for e in entities
            if e.type == "person" or e.key in self._person_like
        }
        self._authors = self._documents()
        self._memo: dict[int, Referent | None] = {}
        self._introduced: dict[str, list[tuple[int, Span]]] | None = None
        self._first_named: dict[str, int] | None = None  # entity key -> its first mention
        self._given_nouns: dict[str, list[int]] = {}
        self._described_memo: dict[int, str | None] = {}
        self._bodies_introduced: dict[str, list[tuple[int, Token | Span]]] | None = None
        self._document_nouns: list[Token] | None = None  # filled on first use
        self._role_owners: list[tuple[int, str, str]] | None = None
        self._committees: list[tuple[int, Span]] | None = None
        self._role_memory: dict[str, Referent] = {}
        # Forward pass: the referent of each sentence's subject, in text order, so that a
        # pronoun's resolution only ever reads sentences already resolved.
        self._subject_refs = []
        # Definite role nouns outside the subject ("although the prime minister talked about")
        # are mentions of the person they resolve to, for recency.
        self._role_mentions: list[list[tuple[int, Referent]]] = []
        self._nouns = positions(doc, POS, _NOUN_TAGS)  # where ``_roles_in`` looks
        for i, token in enumerate(self._subjects):
            self._subject_refs.append(self.resolve(token, i) if token is not None else None)
            self._role_mentions.append(self._roles_in(i, token))

    # --- indexes ---

    def _determined(self, entity: Entity) -> bool:
        """Whether a name is ever written after "the" ("the Columbus Blue Jackets"): a
        person's name never is."""
        for mention in entity.mentions:
            if self.text[max(0, mention.start - 4) : mention.start].lower() != "the ":
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span[-1].dep_ not in ("compound", "amod", "poss"):
                return True  # not a modifier: "the Bernie Sanders campaign" is his
        return False

    def _placed(self, entity: Entity) -> bool:
        """Whether a name is ever written as a place ("the win at Aston Villa", "in Carson
        City"): a person's rarely is."""
        return any(
            self.text[max(0, m.start - 3) : m.start] in ("at ", "in ") for m in entity.mentions
        )

    def _outside(self, offset: int) -> bool:
        i = bisect_right(self._quoted, (offset, float("inf"))) - 1
        return i < 0 or not (self._quoted[i][0] - 1 <= offset < self._quoted[i][1] + 1)

    def _body_before(self, mention) -> bool:
        """Whether a name is written right after a noun of a body ("the weekly Der Spiegel");
        not a person's first name and surname after a noun that may also be a person's work
        ("Final Wars producer Shogo Tomiyama", "publisher Felix Dennis")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        if (
            mention.label == "PERSON"
            and " " in mention.text
            and first_name_gender(mention.text) is not None
        ):
            return False
        before = self.doc[span.start - 1]
        return before.pos_ in ("NOUN", "ADJ") and before.is_lower and before.text in ORG_NOUNS

    def _mention_rows(self, entities: Sequence[Entity], kind: str) -> list[_Row]:
        """Mentions of people (with names taken for organisations that are people's: "Vince
        Cable") or of organisations, in text order."""
        rows = []
        for entity in entities:
            person = (
                entity.type == "person" or entity.key in self._person_like
            ) and entity.key not in self._bodies
            if person != (kind == "person") or entity.type not in ("person", "organization"):
                continue
            for mention in entity.mentions:
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    rows.append(
                        _Row(
                            mention.start,
                            mention.end,
                            self._alias.get(entity.key) or self._case_alias.get(entity.key, entity),
                            span.start,
                            # a byline's or a caption's name is no one's antecedent either
                            not self._outside(mention.start)
                            or in_spans(self._furniture, mention.start),
                        )
                    )
        return sorted(rows, key=lambda r: (r.start, r.entity.key))

    def _written_in_full(self, entities: Sequence[Entity]) -> dict[str, str]:
        """Key -> full name of the people the recogniser knows by their surname only ("Mr
        Cable") whose full name the article writes where it missed it or took it for something
        else ("Vince Cable, the party's spokesman," an organisation; "Elon Musk told", a work of
        art): a person-like organisation ending in the surname, or a first name of the lexicon
        written before it. Only when one full name fits and no other person has that surname."""
        found: dict[str, set[str]] = {}
        for entity in entities:
            if entity.key in self._alias:
                found.setdefault(self._alias[entity.key].key, set()).add(entity.name)
        doc_tokens = tokens(self.doc)
        for token in (doc_tokens[i] for i in word_positions(self.doc, self._single)):
            entity = self._single[token.text]
            if token.i == 0:
                continue
            if (particled := self._particled(token)) is not None:
                found.setdefault(entity.key, set()).add(particled)
                continue
            first = self.doc[token.i - 1]
            if (
                first.is_title
                and first.is_alpha
                and first.lower_ not in _NAME_PREFIXES
                and first.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")
                and first.lower_ not in MONTHS  # "In May Cable said": no first name
                and first_name_gender(f"{first.text} {token.text}") is not None
            ):
                found.setdefault(entity.key, set()).add(f"{first.text} {token.text}")
        for entity in entities:
            # "Debbie Wasserman Schultz", tagged without her first name: a surname of several
            # words, written once after a first name of the lexicon.
            if entity.type != "person" or " " not in entity.name:
                continue
            for mention in entity.mentions:
                if len(mention.text.split()) < len(entity.name.split()):
                    continue  # "Hillary Clinton" tagged as "Clinton": not a longer surname
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None or span.start == 0:
                    continue
                first = self.doc[span.start - 1]
                if (
                    first.is_title
                    and first.is_alpha
                    and first.pos_ == "PROPN"
                    and first.lower_ not in _NAME_PREFIXES
                    and first.lower_ not in TITLE_ABBREVIATIONS
                    and first.lower_ not in ROLE_HEADS  # "Pastor Kevin Swanson"
                    and title_gender(first.text) is None
                    and first.ent_type_ not in ("GPE", "LOC", "NORP", "ORG")
                    and first.lower_ not in MONTHS  # "In May John Smith said", "Last June"
                    and first_name_gender(f"{first.text} {entity.name}") is not None
                ):
                    found.setdefault(entity.key, set()).add(f"{first.text} {entity.name}")
        surnames: dict[str, set[str]] = {}
        for e in entities:
            if e.type == "person" and " " in e.name:
                surnames.setdefault(surname(e.name), set()).add(e.key)
        return {
            key: next(iter(names))
            for key, names in found.items()
            if len(names) == 1 and not surnames.get(surname(next(iter(names))), set()) - {key}
        }

    def _particled(self, token: Token) -> str | None:
        """The full name of a surname written after a name particle and a first name of the
        lexicon ("Rory O' Neill", "Henk ten Cate", "Robin van Persie"), as written."""
        doc = self.doc
        i = token.i - 1
        if i > 1 and doc[i].text in ("'", "’") and doc[i - 1].text in ("O", "D"):
            i -= 1  # "O' Neill", written with a space
        elif i < 1 or doc[i].text.lower() not in NAME_PARTICLES:
            return None
        while i > 1 and doc[i - 1].text.lower() in NAME_PARTICLES:
            i -= 1  # "van der"
        first = doc[i - 1]
        if not (first.is_title and first.is_alpha) or first.lower_ in _NAME_PREFIXES:
            return None
        if first_name_gender(f"{first.text} x") is None and not (
            first.pos_ == "PROPN" and first.ent_type_ in ("", "PERSON")
        ):
            return None
        return self.text[first.idx : token.idx + len(token)]

    def _surname_index(self) -> dict[str, list[tuple[int, Entity]]]:
        """Surname -> (start, entity) of every full-name mention ending in it, in text order."""
        index: dict[str, list[tuple[int, Entity]]] = {}
        for row in self._rows["person"]:
            words = self.text[row.start : row.end].split()
            if len(words) > 1 and len(row.entity.name.split()) > 1:
                index.setdefault(surname(row.entity.name), []).append((row.start, row.entity))
        self._surname_people = {k: len({e.key for _, e in v}) for k, v in index.items()}
        # Where each shared surname is first written alone after a full name, outside quotes
        # (a headline's "Engstrom" comes before anyone is named).
        self._first_alone: dict[str, int] = {}
        for row in self._rows["person"]:
            words = self.text[row.start : row.end].split()
            if len(words) == 1 and not row.quoted:
                last = _POSSESSIVE.sub("", words[0])
                if self._surname_people.get(last, 0) > 1 and index[last][0][0] < row.start:
                    self._first_alone.setdefault(last, row.start)
        return index

    def _add_left_out_given_names(self) -> None:
        """A lone surname the recogniser tagged without the given name written before it
        ("Anders Nyström said", tagged "Nyström"), where the article names another person of
        that surname in full ("Erik Nyström"): the mention is of a second person, named in full
        there, a name lone surnames after it may stand for."""
        rows = self._rows["person"]
        made = self._made
        for k, row in enumerate(rows):
            if row.token == 0 or row.quoted:
                continue
            token = self.doc[row.token]
            given = self.doc[row.token - 1]
            words = self.text[row.start : row.end].split()
            known = row.entity.name.split()
            if (
                len(words) != 1
                or len(known) < 2
                or words[0] != known[-1]
                or given.text == known[0]
                or given.dep_ != "compound"
                or given.head.i != token.i
                or given.ent_type_
                or not given.is_alpha
                or not given.is_title
                or given.idx + len(given) + 1 != row.start
            ):
                continue
            name = f"{given.text} {words[0]}"
            if first_name_gender(name) is None or _title_word(given.text):
                continue
            entity = made.get(name)
            if entity is None:
                entity = Entity(
                    key=f"person:{entity_slug(name)}",
                    name=name,
                    type="person",
                    aliases=(),
                    mentions=(),
                    attributes=(),
                    salience=0.0,
                )
                made[name] = entity
                self._unrecognised.add(entity.key)
            rows[k] = _Row(given.idx, row.end, entity, given.i, row.quoted)
        if made:
            self._row_starts["person"] = [r.start for r in rows]

    def _add_missed_surnames(self) -> None:
        """Count as mentions the surnames of the article's people that the recogniser missed
        ("even Federer himself", "Mr Straw"), each as the full name written nearest before, and
        the names of people it knows by one word only, where it missed them ("Liverpool boss
        Arne Slot", when only "Slot added" was tagged)."""
        if not self._surnames and not self._single:
            return
        rows = self._rows["person"]
        starts = self._row_starts["person"]
        added = []
        # Hyphenated names are three tokens ("Al", "-", "Awlaki"), their particle's case free.
        joined_surnames = {_cap(k): v for k, v in self._surnames.items() if "-" in k}
        joined_single = {_cap(k): v for k, v in self._single.items() if "-" in k}
        doc = self.doc
        # the tokens that may be a surname or one-word name: written as one, or a hyphenated
        # name's first part
        candidates = set(word_positions(doc, self._surnames.keys() | self._single.keys()))
        if joined_surnames or joined_single:
            candidates.update(i - 1 for i in word_positions(doc, ("-",)) if i > 0)
        doc_tokens = tokens(doc)
        for token in (doc_tokens[i] for i in sorted(candidates)):
            if token.ent_type_ == "PERSON":
                continue
            i = token.i
            if (
                (joined_surnames or joined_single)
                and i + 2 < len(doc)
                and doc[i + 1].text == "-"
                and _glued(doc, i)
                and _glued(doc, i + 1)
                and doc[i + 2].ent_type_ != "PERSON"
            ):
                word = _cap(f"{token.text}-{doc[i + 2].text}")
                found = joined_surnames.get(word)
                single = joined_single.get(word)
                if found is not None or single is not None:
                    end = doc[i + 2].idx + len(doc[i + 2])
                    j = bisect_right(starts, token.idx) - 1
                    if j < 0 or rows[j].end <= token.idx:
                        entity = single if found is None else found[0][1]
                        added.append(_Row(token.idx, end, entity, i, not self._outside(token.idx)))
                    continue
            found = self._surnames.get(token.text)
            single = self._single.get(token.text)
            if found is None and single is None:
                continue
            if _inside_longer_entity(token) and (
                single is None
                or self._full_names.get(single.key)
                != self.text[self.doc[max(token.i - 1, 0)].idx : token.idx + len(token)]
            ):
                continue
            i = bisect_right(starts, token.idx) - 1
            if i >= 0 and rows[i].end > token.idx:
                continue
            if found is not None:
                j = bisect_right(found, token.idx, key=itemgetter(0)) - 1
                entity = found[max(j, 0)][1]
            else:
                entity = single
            added.append(
                _Row(
                    token.idx, token.idx + len(token), entity, token.i, not self._outside(token.idx)
                )
            )
        if added:
            self._rows["person"] = sorted(rows + added, key=lambda r: (r.start, r.entity.key))
            self._row_starts["person"] = [r.start for r in self._rows["person"]]

    def _add_couples(self) -> None:
        """A given name written alone before "and" and a full name ("Sharon and Tony Bell")
        shares that surname: "Sharon Bell", a full name a lone "Mrs Bell" may stand for."""
        rows = self._rows["person"]
        for row, after in pairwise(rows):
            word = self.text[row.start : row.end]
            full = self.text[after.start : after.end].split()
            if (
                " " in word
                or self.text[row.end : after.start] != " and "
                or len(full) != 2
                or row.entity.key == after.entity.key
                or " " in row.entity.name
                or not word.isalpha()
                or first_name_gender(" ".join(full)) is None
            ):
                continue
            last = full[1]
            self._full_names.setdefault(row.entity.key, f"{word} {last}")
            index = self._surnames.setdefault(last, [])
            index.insert(bisect_left(index, row.start, key=itemgetter(0)), (row.start, row.entity))
            self._surname_people[last] = len({e.key for _, e in index})

    def _row_at(self, start: int, end: int, kind: str = "person") -> _Row | None:
        starts = self._row_starts[kind]
        i = bisect_left(starts, end) - 1
        while i >= 0 and self._rows[kind][i].end > start:
            if self._rows[kind][i].start < end:
                return self._rows[kind][i]
            i -= 1
        return None

    def _sentence_of(self, token_index: int) -> int:
        return bisect_right(self._sentence_tokens, token_index) - 1

    # --- descriptions and gender evidence ---

    def _describe(self, row: _Row, votes: dict[str, list[int]]) -> None:
        """Index the descriptions the article gives a person ("Tory co-chairman Liam Fox",
        "Liam Fox, the Tory co-chairman,", "the affable proprietor, Alfonso Espinos", "Smith,
        45,") and count the gender its titles and descriptions say."""
        doc = self.doc
        first = row.token
        title = title_gender(doc[first - 1].text) if first > 0 else None
        entity = self._surname_choice(row, title)
        tally = votes.setdefault(entity.key, [0, 0, 0, 0])
        last = self.doc.char_span(row.start, row.end, alignment_mode="expand").end
        if title:
            tally[title == FEMALE] += TITLE_VOTES
        found = [
            *self._abbreviated_roles(first),
            self._role_inside(first, last),
            self._role_before(first) or self._shared_role(row),
            self._appositive_after(last),
            self._appositive_before(first),
            self._office_given(last),
            *self._named_by_participle(last),
        ]
        for words in found:
            key = description_key(words)
            if not key:
                continue
            if gender := word_gender(words[-1]):
                tally[gender == FEMALE] += 1 if generic_role(words[-1]) else TITLE_VOTES
            modifiers = frozenset(
                w for w in words[:-1] if w not in DEFINITE and w not in ("a", "an")
            )
            self._descriptions.setdefault(key, []).append((row.start, entity, modifiers))
            self._described.setdefault(entity.key, set()).add(key)
            # "President General Pervez Musharraf" is "the President" too: each office of a
            # run of them.
            for i, word in enumerate(words[:-1]):
                if key in RELATION_NOUNS:
                    break  # "her chief rival": "chief" says how much of a rival, no office
                if word in ROLE_HEADS and (held := description_key(words[: i + 1])):
                    self._descriptions.setdefault(held, []).append((row.start, entity, frozenset()))
                    self._described[entity.key].add(held)

    def _role_before(self, first: int) -> list[str]:
        """ "Tory co-chairman" in "Tory co-chairman Liam Fox": the words of the same noun
        phrase written just before the name (titles such as "Lord" skipped)."""
        doc = self.doc
        i = first - 1
        while (
            i >= 0
            and doc[i].lower_.rstrip(".") in TITLE_ABBREVIATIONS
            and not doc[i + 1].is_sent_start
        ):
            i -= 1
        end = i + 1
        while i >= 0 and not doc[i + 1].is_sent_start and "\n" not in doc[i].text_with_ws:
            t = doc[i]
            hyphen = t.text == "-" and _glued(doc, i) and i > 0 and _glued(doc, i - 1)
            if not hyphen and (
                t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or t.ent_type_ == "PERSON"
            ):
                break
            i -= 1
        start = i + 1
        if start >= end:
            return []
        head = doc[end - 1]
        if head.pos_ != "NOUN" and not _role_word(head.text):
            # a role written with capitals is still one ("Emergency Management Commissioner
            # Rick Nugent ... the commissioner said")
            return []
        if head.head.i < first and not any(
            c.i >= first and c.dep_ in ("appos", "compound", "flat", "nmod") for c in head.children
        ):
            # "alluding to false promises Michael Howard should", "the record Mr Blair will
            # defend": a noun of another phrase that ends where the name begins, no role.
            return []
        words = _words(doc, start, end)
        if head.tag_ == "NNS" and head.lemma_ != head.lower_:
            # "hosts Joe Scarborough and Mika Brzezinski": each one is "the host"
            words[-1] = head.lemma_.lower()
        return words

    def _role_inside(self, first: int, last: int) -> list[str]:
        """The role a capitalised title the recogniser took into the name gives ("Cardinal
        Cormac Murphy-O'Connor ... the cardinal said"): its leading role words."""
        doc = self.doc
        i = first
        while i < last - 1 and doc[i].lower_ in ROLE_HEADS and doc[i].text[:1].isupper():
            i += 1
        return [doc[first].lower_] if i > first and i - first == 1 else []

    def _abbreviated_roles(self, first: int) -> list[list[str]]:
        """The role an abbreviated title before a name gives ("Gov. Mike Pence ... the governor
        said", "Sen. Ted Cruz ... the senator")."""
        if first == 0:
            return []
        roles = ABBREVIATED_ROLES.get(self.doc[first - 1].lower_.rstrip("."), ())
        # "Former Texas Gov. Rick Perry" is "the former governor", not "the governor"
        changed = []
        i = first - 2
        while (
            i >= 0
            and self.doc[i].pos_ in ("ADJ", "PROPN", "NOUN")
            and not self.doc[i + 1].is_sent_start
        ):
            if self.doc[i].lower_ in ROLE_CHANGING:
                changed.insert(0, self.doc[i].lower_)
            i -= 1
        return [[*changed, role] for role in roles]

    def _shared_role(self, row: _Row) -> list[str]:
        """The role a plural noun gives the first of two names joined by "and" ("hosts Joe
        Scarborough and Mika Brzezinski"), for the second name."""
        doc = self.doc
        span = self.doc.char_span(row.start, row.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "conj":
            return []
        other = span.root.head
        first = other.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == other:
            first -= 1
        if first == 0 or doc[first - 1].tag_ != "NNS":
            return []
        return self._role_before(first)

    def _appositive_after(self, last: int) -> list[str]:
        """ "a conservative leader" in "Brent Bozell, a conservative leader, said"; "45" in
        "John Smith, 45, said"."""
        doc = self.doc
        if last + 1 >= len(doc) or doc[last].text != ",":
            return []
        i = last + 1
        limit = min(len(doc), i + 10)
        while (
            i < limit
            and doc[i].text not in (",", ".", ";", ":", "(", ")")
            and "\n" not in doc[i].text
        ):
            t = doc[i]
            if (
                t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")
                or t.ent_type_ == "PERSON"
                or t.is_quote
            ):
                return []
            i += 1
        if i == last + 1 or i >= len(doc) or doc[i].text not in (",", ".", ";"):
            return []
        head = doc[i - 1]
        if (
            head.pos_ == "NUM"
            and i - 1 == last + 1
            and head.text.isdigit()
            and 0 < int(head.text) < 120
        ):
            return [f"{int(head.text)}-year-old"]
        if head.pos_ != "NOUN":
            return []
        return _words(doc, last + 1, i)

    def _office_given(self, last: int) -> list[str]:
        """ "Prime Minister" in "Sir Allan Kemakeza was elected Prime Minister": the office a
        name's verb of election or appointment gives it."""
        doc = self.doc
        name = doc[last - 1]
        verb = name.head
        if name.dep_ not in ("nsubjpass", "nsubj") or verb.lemma_ not in OFFICE_VERBS:
            return []
        office = next((c for c in verb.rights if c.dep_ in ("oprd", "attr", "xcomp")), None)
        if office is None or office.pos_ not in ("NOUN", "PROPN") or office.ent_type_:
            return []
        if not _role_word(office.text):
            return []
        first = office.i
        while first > verb.i + 1 and doc[first - 1].dep_ == "compound":
            first -= 1
        return _words(doc, first, office.i + 1)

    def _named_by_participle(self, last: int) -> list[list[str]]:
        """ "nurse" and "first witness" in "The Crown's first witness, a retired nurse named
        Lorraine Beckett,": the person's noun a participle of naming ("named", "called") gives
        the name, and the noun that one is in apposition with."""
        doc = self.doc
        name = doc[last - 1]
        verb = name.head
        if verb.dep_ != "acl" or verb.lemma_ not in ("name", "call") or _named_by(verb) != [name]:
            return []
        noun = verb.head
        if noun.pos_ != "NOUN" or not person_noun(noun):
            return []
        nouns = [noun]
        if noun.dep_ == "appos" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
            nouns.append(noun.head)
        found = []
        for n in nouns:
            start = n.left_edge.i
            for t in doc[start : n.i]:
                if t.tag_ == "POS":
                    start = t.i + 1  # "The Crown's first witness": "first witness"
            found.append(_words(doc, start, n.i + 1))
        return found

    def _appositive_before(self, first: int) -> list[str]:
        """ "the affable proprietor" in "the affable proprietor, Alfonso Espinos,"."""
        doc = self.doc
        comma = first - 1
        if comma < 1 or doc[comma].text != ",":
            return []
        head = doc[comma - 1]
        if head.pos_ != "NOUN" or head.ent_type_:
            return []
        if (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and person_noun(head.head.head)
            and head.head.head.i < head.i
            # "the husband of crash victim, Teresa Pawlik,": whose husband, not who
            and head.head.head.lower_ not in KIN_NOUNS
        ):
            # "a spokeswoman for the county, Dana Reyes,": the role is the phrase's head.
            role = head.head.head
            if role.left_edge.i >= max(0, comma - 12):
                return _words(doc, role.left_edge.i, role.i + 1)
        if head.dep_ in ("pobj", "dobj") and not (
            head.lower_ in KIN_NOUNS and any(c.dep_ == "poss" for c in head.children)
        ):
            # "For all his management of the economy, Gordon Brown's ...": no role; but
            # "including his wife, Jane," is his wife.
            return []
        i = comma - 1
        while i > max(0, comma - 10) and not doc[i].is_sent_start:
            t = doc[i - 1]
            if t.pos_ == "DET" or (t.tag_ == "PRP$"):
                return _words(doc, i - 1, comma)
            if t.tag_ == "POS":  # "Scheffler's wife, Meredith,"
                return _words(doc, i, comma)
            if t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PART") and t.text != "-":
                return []
            i -= 1
        return []

    def _subject_token(self, sentence: Span) -> Token | None:
        """The subject of a sentence's main verb, outside quotation marks; when the main verb
        is the quote's (“We have to up our game.” D’Souza went on to explain ...), the first
        subject of a verb of the writer's. None in web furniture ("Story continues below
        advertisement"): no one there is anyone's antecedent."""
        if in_spans(self._furniture, sentence.start_char):
            return None
        root = sentence.root
        if (speaker := self._trailing_speaker(root)) is not None:
            return speaker
        if (cut := cut_off_subject(root, lambda t: self._outside(t.idx))) is not None:
            return _owner_of_thing(spokesperson_head(cut))
        own = [c for c in root.children if c.dep_ in _SUBJECTS and self._outside(c.idx)]
        if own:
            # Two subjects ("Absent Sanders' plan, ..., Clinton pointed to"): the parser's
            # first is a fronted phrase; the one right before the verb is its subject.
            before = [c for c in own if c.i < root.i]
            if len(before) > 1 and appositive_subject(before[-2], before[-1], root):
                # "Cory Doctorow, European outreach coordinator for ..., said": the name
                before = before[:-1]
            return _owner_of_thing(spokesperson_head(before[-1] if len(before) > 1 else own[0]))
        if root.pos_ in ("NOUN", "PROPN"):
            # "Another NHL executive, speaking on condition of anonymity ..., called the deal":
            # the noun phrase before the set-off clause is the subject of the verb after it.
            for token in sentence:
                if token.dep_ == "acl" and token.i > root.i:
                    found = root_over_set_off_clause(token, lambda t: self._outside(t.idx))
                    if found is not None:
                        return found
        fallback = None
        for token in sentence:
            if token.dep_ not in _SUBJECTS or not self._outside(token.idx):
                continue
            if token.head.dep_ in ("ROOT", "conj"):
                return token
            if fallback is None and not self._outside(root.idx) and self._outside(token.head.idx):
                fallback = token
            if fallback is None and token.head.lemma_ in SPEECH_VERBS and token.pos_ == "PROPN":
                fallback = token  # "The answer, says Prof Brewer, is wi-fi."
            if (
                fallback is None
                and root.pos_ in ("NOUN", "PROPN")
                and token.head.tag_ in _FINITE
                and token.i < token.head.i
            ):
                # "..., Biden rubbished Trump's claim to ...": the parser made the noun the
                # root and the verb a modifier; the verb's subject is the sentence's.
                fallback = token
        return fallback

    def _trailing_speaker(self, root: Token) -> Token | None:
        """The subject of a speech clause closing a sentence that the parser hung on the
        reported words' verb ("X's Budget was not about ..., but “...,” the Tory leader said"):
        that sentence's subject, as when "said" is parsed as its root."""
        for verb in root.rights:
            if verb.dep_ not in ("conj", "parataxis") or verb.lemma_ not in SPEECH_VERBS:
                continue
            subjects = [c for c in verb.lefts if c.dep_ in _SUBJECTS and self._outside(c.idx)]
            if not subjects and not self._outside(root.idx):
                # '“...” of Palestinian lands, a militant from the group told a crowd'
                cut = cut_off_subject(verb, lambda t: self._outside(t.idx))
                subjects = [cut] if cut is not None else []
            if not subjects or subjects[-1].left_edge.i <= root.i:
                continue
            # the clause set off after the reported words: ', the leader said', '” he said'
            if verb.doc[subjects[-1].left_edge.i - 1].text in (",", "”", '"', "’", "'"):
                return _owner_of_thing(spokesperson_head(subjects[-1]))
        return None

    def _pronoun_votes(self, votes: dict[str, list[int]]) -> None:
        """One vote for each he/she whose antecedent is unambiguous: the named subject of its
        own sentence written before it, or the only person named in that sentence before it
        and the previous one. In a sentence, only pronouns of the gender of the first one count
        for its subject ("Ayotte said she was appalled that he would ...": "he" is another)."""
        first_gender: dict[int, str] = {}
        doc_tokens = tokens(self.doc)
        for token in (doc_tokens[i] for i in positions(self.doc, LOWER, _GENDERED_PRONOUNS)):
            gender = PRONOUN_GENDER[token.lower_]
            if not self._outside(token.idx):
                continue
            if token.lower_ == "him" or (token.lower_ == "her" and token.tag_ == "PRP"):
                continue  # an object is rarely its own clause's subject ("who worked with him")
            if (
                token.dep_ in _SUBJECTS
                and token.head.dep_ == "relcl"
                and token.head.head.pos_ == "PROPN"
                and any(c.lower_ in ("who", "whom") and c is not token for c in token.head.subtree)
            ):
                # "Ryan Tremblay, who she told the court is no relation,": the subject of a
                # relative clause on a name, whose "who" is another word, is not the one the
                # clause is about (strong crossover), and who it is, this clause does not say
                # ("an event during which she gave": a clause on a thing, no such bar)
                continue
            i = self._sentence_of(token.i)
            subject = self._subjects[i]
            target = None
            if subject is not None and subject.i < token.i:
                if _of_another_subject(token, subject) or any(
                    c.dep_ == "conj" for c in subject.children
                ):
                    # "Richards and Yelling agree she could ...": either of them, or neither
                    continue
                if first_gender.setdefault(i, gender) != gender:
                    continue
                row = self._row_at(subject.idx, subject.idx + len(subject))
                target = row.entity if row is not None else None
                if (
                    target is None
                    and subject.tag_ == "NN"
                    and (subject.lower_ in KIN_NOUNS or word_gender(subject.lower_) == gender)
                ):
                    # "Her husband, a retired mill worker, said he had watched ...": the he is
                    # the husband, whoever he is; no vote for someone named nearby
                    continue
            target_key = None
            weak = target is None  # a guess: the recogniser may have missed the one meant
            if target is None:
                since = self._sentences[max(0, i - 1)].start_char
                near = {r.entity.key for r in self._recent(token.idx, since, VOTE_MENTIONS)}
                target_key = next(iter(near)) if len(near) == 1 else None
                if target_key is not None and token.dep_ in _SUBJECTS:
                    # "Walz backs it. She said ...": a subject pronoun continuing the named
                    # subject of the sentence before is no guess (centering's "continue"),
                    # unless someone a little earlier has a first name of its gender ("Sarah
                    # Jones met Peter Smith. Peter Smith was early. She was late.").
                    weak = self._subject_key(i - 1) != target_key or self._named_nearby(
                        token, i, target_key, gender
                    )
            else:
                named = self.name_at(subject.idx, subject.idx + len(subject))
                target_key = named.entity.key if named and named.entity else None
                # "Bull said Mr Blair had shown he could": someone named between the subject
                # and the pronoun may be the one it stands for.
                between = self._recent(token.idx, subject.idx + len(subject), VOTE_MENTIONS)
                weak = any(r.entity is not target for r in between)
            if target_key is not None:
                votes.setdefault(target_key, [0, 0, 0, 0])[2 * weak + (gender == FEMALE)] += 1

    def _named_nearby(self, token: Token, sentence: int, key: str, gender: str) -> bool:
        """Whether a person other than ``key``, whose first name has ``gender``, is named in
        the few sentences up to ``token``."""
        since = self._sentences[max(0, sentence - SUBJECT_LOOKBACK)].start_char
        return any(
            r.entity.key != key and self._prior.get(r.entity.key) == gender
            for r in self._recent(token.idx, since, VOTE_MENTIONS)
        )

    def _subject_key(self, sentence: int) -> str | None:
        """The key of the person named as the subject of sentence ``sentence``, if any (a
        pronoun, a description or no subject: None)."""
        subject = self._subjects[sentence] if sentence >= 0 else None
        if subject is None or self._row_at(subject.idx, subject.idx + len(subject)) is None:
            return None
        named = self.name_at(subject.idx, subject.idx + len(subject))
        return named.entity.key if named and named.entity else None

    def _gender(self, entity: Entity, tally: Sequence[int]) -> tuple[str | None, str | None]:
        """The article's evidence decides (``tally``: male, female, then the guessed male and
        female votes). Sure votes of one gender only outrank the first name; where the text
        says both, the name breaks ties and outweighs a few votes that may be for the wrong
        person. Guessed votes alone never outweigh a first name: the recogniser may have
        missed the one they are for."""
        male, female, guessed_male, guessed_female = tally
        all_male, all_female = male + guessed_male, female + guessed_female
        text = None if all_male == all_female else (MALE if all_male > all_female else FEMALE)
        prior = self._prior.get(entity.key)
        if prior is None:
            return (text, TEXT) if text else (None, None)
        if bool(male) != bool(female):
            return (MALE if male else FEMALE), TEXT  # the text says one thing only
        if text is None or text == prior:
            return prior, (TEXT if text else NAME)
        if abs(male - female) >= STRONG_EVIDENCE and (MALE if male > female else FEMALE) != prior:
            return text, TEXT
        return prior, NAME

    def _recent(self, offset: int, since: int, limit: int) -> list[_Row]:
        """Up to ``limit`` person mentions outside quotes ending before ``offset`` and starting
        at or after ``since``, most recent first."""
        rows = self._rows["person"]
        i = bisect_left(self._row_starts["person"], offset) - 1
        found = []
        stop = max(-1, i - 4 * limit)
        while i > stop and len(found) < limit and rows[i].start >= since:
            if not rows[i].quoted and rows[i].end <= offset:
                found.append(rows[i])
            i -= 1
        return found

    # --- resolution ---

    def entities_with_gender(self, entities: Sequence[Entity]) -> list[Entity]:
        """``entities`` with the gender of each person filled in."""
        out = []
        for entity in entities:
            gender, evidence = self.gender.get(entity.key, (None, None))
            if entity.type != "person":
                gender = evidence = None
            out.append(replace(entity, gender=gender, gender_evidence=evidence))
        return out

    def person(self, entity: Entity, description: str | None = None) -> Referent:
        """The referent for a person entity, with its gender and the name to show: a peer
        known only by title keeps it ("Lord Bach")."""
        gender, evidence = self.gender.get(entity.key, (None, None))
        alias = self._alias.get(entity.key)
        if alias is not None and gender is None:
            gender, evidence = self.gender.get(alias.key, (None, None))
        entity = alias or entity
        if entity.key in self._unrecognised:
            # a name the recogniser cut (``_add_left_out_given_names``): no entity of its own
            gender = first_name_gender(entity.name)
            return Referent(None, entity.name, description, gender, NAME if gender else None)
        name = self._peers.get(entity.key) or self._full_names.get(entity.key, entity.name)
        return Referent(entity, _role_dropped(name), description, gender, evidence)

    def _peerage(self) -> dict[str, str]:
        """ "Lord Bach" for a person named by one word, written after a peer's title."""
        found = {}
        for row in self._rows["person"]:
            if row.token > 0 and len(row.entity.name.split()) == 1:
                title = self.doc[row.token - 1].text
                if title.lower() in PEER_TITLES:
                    # "Lord Faulkner of Worcester": the territorial part of the title with it
                    seat = _SEAT.match(self.text, row.end)
                    name = f"{title} {row.entity.name}" + (seat.group(0) if seat else "")
                    found.setdefault(row.entity.key, name)
        return found

    def _surname_choice(self, row: _Row, gender: str | None) -> Entity:
        """A lone surname is the full name ending in it mentioned most recently before it (the
        first one after, when none comes before), among those of a compatible gender."""
        words = self.text[row.start : row.end].split()
        if len(words) != 1:
            return row.entity
        last = _POSSESSIVE.sub("", words[0])
        rows = self._surnames.get(last)
        if not rows:
            return row.entity
        if self._surname_people[last] < 2:
            # The recogniser's own entity for a lone surname ("Subban" beside "P.K. Subban")
            # is the one person named in full with it.
            full = rows[0][1]
            if " " in row.entity.name or (
                gender is not None and self.gender_of(full.key) not in (None, gender)
            ):
                return row.entity
            return full
        # A given name the recogniser left out of the mention ("Otis Ferry, a former pupil,
        # said", tagged "Ferry"): the one of that full name.
        if row.token > 0 and (given := self.doc[row.token - 1]).text[:1].isupper():
            full = f"{given.text} {last}"
            i = bisect_right(rows, row.start, key=itemgetter(0))
            for _, entity in rows[max(0, i - LOOKBACK_ROWS) : i]:
                if entity.name == full:
                    return entity
        # The subject of this sentence (written before it) or of the previous one, named in
        # full: "Dorie Greenspan and her son, Joshua Greenspan, ... “...,” Greenspan said".
        sentence = self._sentence_of(row.token)
        previous = sentence - 1
        # A quote's own sentences ("“We met there. She lied,” Smith said") have no subject of
        # the narrative: the previous one is the nearest sentence that has.
        while (
            previous > 0
            and self._subjects[previous] is None
            and sentence - previous < TOPIC_LOOKBACK
        ):
            previous -= 1
        for j in (sentence, previous):
            subject = self._subjects[j] if j >= 0 else None
            if subject is None or subject.i >= row.token:
                continue
            named = self._row_at(subject.idx, subject.idx + len(subject))
            if named is None:
                # "His older sister, Claire Talbot, said ...": the name in apposition
                appos = next((c for c in subject.rights if c.dep_ == "appos"), None)
                if appos is not None and appos.i < row.token:
                    named = self._row_at(appos.idx, appos.idx + len(appos))
            if (
                named is not None
                and surname(named.entity.name) == last
                and len(self.text[named.start : named.end].split()) > 1
                and (gender is None or self.gender_of(named.entity.key) in (None, gender))
            ):
                return named.entity
        if (about := self._subject_of_surname(row, (sentence, previous), last, gender)) is not None:
            return about
        if (established := self._alone_stands_for(last, row.start)) is not None and (
            gender is None or self.gender_of(established.key) in (None, gender)
        ):
            return established
        i = bisect_right(rows, row.start, key=itemgetter(0)) - 1
        # Nearest first, backwards then forwards, a bounded number of steps (linear time).
        order = [
            *range(i, max(-1, i - LOOKBACK_ROWS), -1),
            *range(i + 1, min(len(rows), i + 1 + LOOKBACK_ROWS)),
        ]
        fitting = [
            j for j in order if gender is None or self.gender_of(rows[j][1].key) in (None, gender)
        ]
        # A relative introduced by kinship ("Clinton and her husband, Bill Clinton") does not
        # take over the surname from the person it is introduced by.
        primary = [j for j in fitting if not self._kin_introduced(rows[j][0])]
        if primary or fitting:
            return rows[(primary or fitting)[0]][1]
        return rows[i][1] if i >= 0 else rows[0][1]

    def _subject_of_surname(
        self, row: _Row, sentences: Sequence[int], last: str, gender: str | None
    ) -> Entity | None:
        """The person of a shared surname that this sentence or the previous one is about, by
        a given name alone or a pronoun ("Tim, a defenceman, played 26 minutes. “...,” Marchand
        said", after "Luc Marchand said"): their subject already resolved to one of them."""
        for j in sentences:
            if not 0 <= j < len(self._subject_refs):
                continue
            subject = self._subjects[j]
            ref = self._subject_refs[j]
            if subject is None or subject.i >= row.token or ref is None or ref.plural:
                continue
            entity = ref.entity if ref.entity is not None else self._made.get(ref.name or "")
            if (
                entity is not None
                and surname(entity.name) == last
                and " " in entity.name
                and (gender is None or self.gender_of(entity.key) in (None, gender))
                and any(e.key == entity.key for _, e in self._surnames.get(last, ()))
            ):
                return entity
        return None

    def _alone_stands_for(self, last: str, start: int) -> Entity | None:
        """The one person a shared surname stood for when first written alone, before
        ``start``, with no one else of that surname named in full before it ("Engstrom, 21,
        has four goals. His older brother, Marcus Engstrom, ... “...,” Engstrom said"): the
        article keeps the short form for that person and names the other in full."""
        first = self._first_alone.get(last)
        if first is None or first >= start:
            return None
        rows = self._surnames[last]
        k = bisect_left(rows, first, key=itemgetter(0))
        before = {e.key: e for _, e in rows[max(0, k - LOOKBACK_ROWS) : k]}
        return next(iter(before.values())) if len(before) == 1 else None

    def _kin_introduced(self, start: int) -> bool:
        """Whether the full name at ``start`` is in apposition to a possessed family noun
        ("her husband, former President Bill Clinton", "Jane Doe, his wife,")."""
        row = self._row_at(start, start + 1)
        if row is None:
            return False
        span = self.doc.char_span(row.start, row.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        other = head.head
        if head.dep_ == "appos" and other.lower_ in KIN_NOUNS:
            # not when the relative is the one the sentence is about ("Her husband, David
            # Lopez, told reporters ...")
            return other.dep_ not in _SUBJECTS and any(c.dep_ == "poss" for c in other.children)
        return any(
            c.dep_ == "appos"
            and c.lower_ in KIN_NOUNS
            and any(g.dep_ == "poss" for g in c.children)
            for c in head.children
        )

    def gender_of(self, key: str) -> str | None:
        """A person's gender; while the article's evidence is being counted, their first
        name's."""
        found = self.gender.get(key)
        return found[0] if found else self._prior.get(key)

    def name_at(self, start: int, end: int) -> Referent | None:
        """The person named by a mention overlapping [start, end), a lone surname resolved to
        its full name; None when no person is named there."""
        row = self._row_at(start, end)
        if row is None:
            return None
        title = self.doc[row.token - 1].text if row.token > 0 else ""
        gender = word_gender(title)
        after = self.doc[row.token + 1] if row.token + 1 < len(self.doc) else None
        if gender is None and after is not None and after.lower_ in REFLEXIVES:
            gender = REFLEXIVES[after.lower_]  # "Osbourne himself", after "Sharon Osbourne"
        return self.person(self._surname_choice(row, gender))

    def first_person_in(self, start: int, end: int) -> tuple[Referent, tuple[int, int]] | None:
        """The first person named (outside quotes) in [start, end), and the mention's offsets."""
        rows = self._rows["person"]
        i = bisect_left(self._row_starts["person"], start)
        for row in rows[i : i + LOOKBACK_ROWS]:
            if row.start >= end:
                break
            if not row.quoted and (named := self.name_at(row.start, row.end)):
                return named, (row.start, row.end)
        return None

    def mentions_in(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """(key, start, end) of each mention of a person in [start, end) (a quote, say)."""
        rows = self._rows["person"]
        k = bisect_left(self._row_starts["person"], start)
        found = []
        while k < len(rows) and rows[k].start < end:
            found.append((rows[k].entity.key, rows[k].start, rows[k].end))
            k += 1
        return found

    def mention_at(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the person mention overlapping [start, end) (itself if there is none)."""
        row = self._row_at(start, end)
        return (row.start, row.end) if row is not None else (start, end)

    def subject_token(self, sentence: int) -> Token | None:
        """The subject of sentence number ``sentence`` (outside quotation marks), if any."""
        return self._subjects[sentence]

    def subject_referent(self, sentence: int) -> Referent | None:
        """Whom the subject of sentence number ``sentence`` refers to, if anyone."""
        return self._subject_refs[sentence]

    def organisation_at(self, start: int, end: int) -> Entity | None:
        row = self._row_at(start, end, "org")
        return row.entity if row is not None else None

    def resolve(self, token: Token, sentence: int | None = None) -> Referent | None:
        """Whom the noun phrase headed by ``token`` refers to: a name, a pronoun (he, she,
        they), or a definite description the article gave someone; None if no one fits."""
        if token.i in self._memo:
            return self._memo[token.i]
        sentence = self._sentence_of(token.i) if sentence is None else sentence
        if (trade := self._trade_after_team(token)) is not None:
            # "the Raptors forward said": the parser makes the team the subject
            phrase = self.doc[token.i - 1 : trade.i + 1]
            found = self.description(phrase, sentence) or self._role_holder(
                trade, phrase, sentence, True
            )
            if found is not None:
                self._memo[token.i] = found
                return found
        found = self.name_at(token.idx, token.idx + len(token))
        if found is not None and heads_body(token):
            found = self._name_beside(token) or found  # "Head of X, Mitch Hooke," is no "Head"
        if found is not None and (stage := self.stage_name(token)) is not None:
            found = stage
        if found is None and token.text in POST_NOMINALS and token.i > 0:  # "Paul Boateng MP"
            found = self.name_at(self.doc[token.i - 1].idx, self.doc[token.i - 1].idx + 1)
        if found is None:
            found = self._name_beside(token)
        if found is None and token.pos_ == "NOUN":
            found = self._appositive_body(token)
        if found is None:
            lower = token.lower_
            nationality = (
                token.text in NATIONALITY_NOUNS and _determined_kind(token)
            ) or self._party_member(token)
            if lower in PRONOUN_GENDER or lower in PLURAL_PRONOUNS or lower == "it":
                found = self._pronoun(token, sentence)
            elif nationality:  # "the Dutchman" (the recogniser may take it for a group)
                pass
            elif (
                surname := self._surnames.get(token.text) or self._surnames.get(_hyphenated(token))
            ) and token.ent_type_ != "PERSON":
                # A surname the recogniser missed or took for a place ("Trump: ‘...’", "Barrow
                # told"): the full name nearest before.
                i = bisect_right(surname, token.idx, key=itemgetter(0)) - 1
                found = self.person(surname[max(i, 0)][1])
            elif (
                organisation := self.organisation_at(token.idx, token.idx + 1)
            ) is not None and not (
                # "The MEP said": a member of a parliament, which the recogniser may take
                # for a body's acronym
                token.text in MEMBER_ABBREVIATIONS and _determiner(self.doc[token.i - 1])
            ):
                organisation = self._spelled_out.get(organisation.key, organisation)
                found = Referent(organisation, organisation.name, None, None, None, plural=True)
            elif (
                token.pos_ == "PROPN"
                and not token.ent_type_
                and token.text[:1].isupper()
                and "-" not in token.text
                and not (
                    token.i + 1 < len(self.doc)
                    and _glued(self.doc, token.i)
                    and self.doc[token.i + 1].text == "-"
                )
                and not (
                    token.i > 0
                    and self.doc[token.i - 1].text == "-"
                    and _glued(self.doc, token.i - 1)
                )
            ):
                found = self._unlinked_name(token)
            if found is None and token.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
                phrase = noun_phrase(token)
                found = self.description(phrase, sentence)
                if found is None and lower in GROUP_SIZES and token.i == phrase.start + 1:
                    found = self._group_named(token, phrase, sentence)
                if found is None and token.dep_ == "nsubj" and person_noun(token):
                    found = self._name_given(token)
                if found is None and lower in KIN_NOUNS and _family_size(token):
                    # "the mother-of-nine", "the father-of-two": a kind of person, anyone's.
                    found = self._role_holder(token, phrase, sentence, True)
                elif found is None and lower in KIN_NOUNS:
                    found = self._relative(token, phrase, sentence)
                if (
                    found is None
                    and (person_noun(token) or token.text in DEMONYMS or nationality)
                    and lower not in ANONYMOUS_HEADS
                    # "the wife of one employee": someone's relative, not the story's person
                    and lower not in KIN_NOUNS
                ):
                    # A kind of person ("the billionaire", "the veteran"), not an office,
                    # may be anyone's when the article gave it to no one.
                    # (given to someone only later, "Oscar winner Adrien Brody" after "The
                    # Oscar winner said", it is still no one's before the phrase)
                    kind = lower not in ROLE_HEADS and not self._given_before(lower, token.idx)
                    # "the Labour MP for Birkenhead": any office holder may also be a member.
                    member = lower in MEMBER_HEADS
                    unnamed = self._unnamed_before(token, phrase) if kind else None
                    if unnamed is None and kind:
                        unnamed = self._unnamed_one_before(token, phrase)
                    if unnamed is not None:
                        found = unnamed
                    else:
                        found = self._role_holder(
                            token, phrase, sentence, nationality or kind or member
                        )
                # "Canada's second-largest bank", "Dhillon's lawyer": a name's is definite too
                definite = len(phrase) > 0 and (
                    phrase[0].lower_ in DEFINITE or _owner_end(phrase) is not None
                )
                if found is None and definite and _age(phrase):
                    # "the 25-year-old" where no one was given that age: as a role no one has.
                    found = self._role_holder(token, phrase, sentence, True)
                document = token.lemma_.lower() in DOCUMENT_NOUNS
                if found is None and document:
                    found = self._author(token, own=True)
                if found is None and document:
                    # "The Envisional reports said", "Brussels' own impact studies say": the
                    # one named as the document's owner.
                    owner = next(
                        (
                            c
                            for c in token.children
                            # ("one Ohio Department of Transportation sign": a name the
                            # parser hangs on the noun as a modifier of its own)
                            if c.dep_ in ("compound", "poss", "amod", "nmod")
                            and c.ent_type_ in ("ORG", "GPE", "PERSON")
                        ),
                        None,
                    )
                    found = self._named(owner) if owner is not None else None
                    if found is None and owner is not None and owner.ent_type_ != "PERSON":
                        name = next(e.text for e in self.doc.ents if e.start <= owner.i < e.end)
                        found = Referent(None, name, None, None, None, plural=True)
                if found is None and document:
                    found = _national_body(token)
                if found is None and definite and document:
                    found = self._author(token)
                if found is None and definite and document and len(phrase) == 2:
                    # "The report warns" where a committee spoke: its report
                    found = self._committee(token.i)
                if found is None and document and _speaks(token):
                    found = self._sole_author(token)
                if found is None and definite and document:
                    found = self._last_speaker(token, sentence)
                if found is None and definite and document and _speaks(token):
                    found = self._spoken_body_before(token, sentence)
                if found is None and document:
                    # "an agency statement", "the company's statement": the body named last.
                    owner = next(
                        (
                            c
                            for c in token.children
                            if c.dep_ in ("compound", "poss") and c.lower_ in ORG_NOUNS
                        ),
                        None,
                    )
                    if owner is not None:
                        found = self._recent_organisation(owner, sentence)
                if (
                    found is None
                    and token.tag_ == "NNS"
                    and token.lemma_.lower() in ORG_NOUNS
                    and any(c.lower_ in ("two", "both") for c in token.children)
                ):
                    # "the two airlines", "both companies": a pair of bodies named together.
                    found = self._recent_organisations(token)
                elif (
                    found is None
                    and token.tag_ == "NNS"
                    and token.lemma_.lower() in ORG_NOUNS
                    and phrase[0].lower_ == "the"
                    and len(phrase) == 2
                ):
                    # "The firms denied ...": the pair named in this or the sentence before.
                    since = self._sentences[max(0, sentence - 1)].start_char
                    found = self._recent_organisations(token, since)
                if found is None and lower in ORG_NOUNS and definite:
                    found = self._introduced_body(token, phrase)
                if found is None and lower in ORG_NOUNS and definite:
                    found = self._organisation_with_word(token, phrase)
                if found is None and lower in _TEAM_NOUNS and definite:
                    found = self._team_of_word(token, phrase)
                if found is None and lower in ORG_NOUNS and lower not in _BODIES_WITHIN:
                    # "according to the Reuters news agency": the body named in the phrase
                    found = self._body_in_phrase(token, phrase)
                if found is None and lower == "committee" and definite:
                    # "The select committee found that": the committee the article has
                    # speak, not the body named last
                    found = self._committee()
                if found is None and lower in ORG_NOUNS and definite:
                    # (a body the phrase's owner owns is named before the phrase, its owner
                    # inside it: "the Delta subsidiary")
                    owned = lower in OWNED_BODY_NOUNS and len(phrase) > 2
                    found = self._recent_organisation(phrase[0] if owned else token, sentence)
                    # "the Democrat convention committee" is the one its name words say; a
                    # place it is based in or from is no name word ("The Canada-based
                    # company", "the Dutch bank"), but an owner is ("the UK's watchdog").
                    named = [
                        t.text
                        for t in phrase[1:-1]
                        if t.text[:1].isupper()
                        and not _street_word(self.doc, t)
                        and not (
                            t.i + 1 < len(self.doc)
                            and self.doc[t.i + 1].tag_ != "POS"
                            and (
                                t.ent_type_ in ("GPE", "NORP", "LOC")
                                or self.doc[t.i + 1].text == "-"
                            )
                        )
                    ]
                    if lower in OWNED_BODY_NOUNS:
                        # "the Delta subsidiary said": a body Delta owns, named before, not Delta
                        if found is not None and any(w in (found.name or "") for w in named):
                            found = None
                    elif found is not None and not all(w in (found.name or "") for w in named):
                        found = None
                if (
                    found is None
                    and definite
                    and (lower in ORG_NOUNS or lower in _BAND_NOUNS)
                    and len(phrase) == 2
                ):
                    found = self._body_of_role_owner(token)
                if found is None and definite and token.pos_ == "NOUN":
                    found = self._organisation_ending(token, phrase)
                if found is None and not definite and token.lower_ in SPOKESPEOPLE:
                    found = self._spokesperson_again(token, phrase, sentence)
                if found is None and not definite and person_noun(token):
                    found = self._named_elsewhere(token, phrase)
                if found is None and (not definite or lower in ORG_NOUNS):
                    # "..., the UK's public spending watchdog has said. The National Audit
                    # Office said": a body the lead describes, named next
                    found = self._named_after_lead(token, phrase, sentence)
                if found is None and not definite and person_noun(token):
                    found = self._introduced_next(token, phrase, sentence)
                if found is None and not definite and person_noun(token):
                    found = self._same_noun_named_later(token, phrase)
                if found is None and not definite and person_noun(token):
                    found = self._headline_role(token, phrase, sentence)
                if found is None and token.tag_ == "NNS" and (definite or phrase[0].tag_ == "PRP$"):
                    found = self._body_named_after(token)
                if found is None and token.text == "MPs" and len(phrase) <= 2:
                    # "..., MPs have said": the committee of MPs the article names
                    found = self._committee()
                if found is None and token.tag_ == "NNS" and definite:
                    # "the people said" after "two people familiar with the matter said"
                    found = self._group_introduced_before(token, phrase, sentence)
                if found is None and token.tag_ == "NNS":
                    found = Referent(None, None, phrase.text, None, None, plural=True)
                elif found is None and (
                    person_noun(token)
                    or heads_body(token)  # "the head of US TV network Fox"
                    or lower in ANONYMOUS_HEADS
                    or self._speaking_noun(token)
                    or _one_of_people(token)
                ):
                    # "A spokeswoman for Human Rights Watch said ... She added": someone the
                    # article does not name, still the one a later pronoun may refer to.
                    gender = word_gender(lower)
                    described = self._described_before(token, phrase) if definite else None
                    if (
                        described is None
                        and definite
                        and lower not in ANONYMOUS_HEADS
                        and not person_noun(token)
                        and self._speaking_noun(token)
                    ):
                        # "the urban planner says" where the article gave no one that trade
                        # nor introduced one: the person the story is about, as for a role
                        found = self._role_holder(token, phrase, sentence, True)
                    if found is None and described is None and definite:
                        found = self._described_after(token, phrase)
                    if found is None and described is None and token.tag_ == "NN":
                        found = self._named_next(token, phrase)
                    if found is None and described is None:
                        described = _appositive_description(token, phrase)
                    if found is None:
                        found = Referent(
                            None, None, described or phrase.text, gender, TEXT if gender else None
                        )
        if found is None and token.pos_ == "PROPN" and token.dep_ in _SUBJECTS:
            found = self._named_document(token)
        self._memo[token.i] = found
        return found

    def _named_document(self, token: Token) -> Referent | None:
        """ "The Beige Book said" after "the US Federal Reserve said in its latest Beige Book
        report": a document known by its title speaks for the body whose document the article
        said it was (its owner written, or "its" for the subject that issued it)."""
        words = [t.text for t in noun_phrase(token) if t.dep_ != "det"]
        if not words or not all(w[:1].isupper() for w in words):
            return None
        doc, n = self.doc, len(words)
        if self._document_nouns is None:
            self._document_nouns = [doc[i] for i in positions_where(doc, LEMMA, _names_a_document)]
        # the last document noun before the phrase that the same words name, outside quotes
        for document in reversed(self._document_nouns):
            i = document.i - n
            if i < 0 or document.i > token.i:
                continue
            if [t.text for t in doc[i : document.i]] != words or not self._outside(document.idx):
                continue
            owner = next((c for c in document.children if c.dep_ == "poss"), None)
            if owner is None:
                return None
            if owner.lower_ in ("its", "their"):
                # "X said in its report": the subject of the clause the document is in
                head = document
                while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
                    head = head.head
                owner = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if owner is None:
                    return None
            ref = self.resolve(owner)
            if ref is not None and ref.entity is not None and ref.entity.type == "organization":
                return ref
            return None
        return None

    def stage_name(self, token: Token) -> Referent | None:
        """ "50 Cent, real name Curtis Jackson, said": the parser makes the real name the
        subject; the person speaks under the name written first."""
        first = token.i
        while first > 0 and self.doc[first].ent_iob_ == "I":
            first -= 1
        if first < 4 or [t.lower_ for t in self.doc[first - 3 : first]] != [",", "real", "name"]:
            return None
        stage = self.doc[first - 4]
        return self.name_at(stage.idx, stage.idx + len(stage))

    def _trade_after_team(self, token: Token) -> Token | None:
        """The person noun right after a subject "the <Team>" and right before its verb ("the
        Raptors forward said", "the Senators forward told reporters"), which the parser reads
        as an adverb or a second noun: the noun the phrase is about."""
        doc = self.doc
        if (
            token.dep_ != "nsubj"
            or token.pos_ != "PROPN"
            or token.i < 1
            or doc[token.i - 1].lower_ != "the"
            or token.i + 2 >= len(doc)
        ):
            return None
        trade = doc[token.i + 1]
        if (
            trade.is_lower
            and trade.head.i in (token.i, token.head.i)
            and trade.i + 1 == token.head.i
            and (trade.lower_ in PERSON_NOUNS or trade.lower_ in OCCUPATIONS)
            and trade.lower_ not in ANONYMOUS_HEADS
        ):
            return trade
        return None

    def _speaking_noun(self, token: Token) -> bool:
        """Whether a singular common noun is someone who speaks: the subject of a speech verb
        ("one dealer ... told Reuters"), not a body, a document or a date; a later he or she
        may refer to it."""
        return (
            token.tag_ == "NN"
            and token.dep_ == "nsubj"
            and token.head.lemma_ in SPEECH_VERBS
            # an agent's form ("dealer", "investor", "analyst", "participant", "student",
            # "patient", "parent"), not "the government", "the website"
            and len(token.lower_) >= 5
            and token.lower_.endswith(("er", "or", "ist", "ant", "dent", "ient", "rent"))
            and token.lower_ not in ORG_NOUNS
            and token.lemma_.lower() not in DOCUMENT_NOUNS
            and not token.ent_type_
        )

    def _introduced_body(self, token: Token, phrase: Span) -> Referent | None:
        """ "The group" after "the pressure group Human Rights in China said": the body the
        article introduced before with that noun written right before its name (the last one,
        if they are all the same). Bounded by ORG_WORD_LOOKBACK introductions."""
        if self._bodies_introduced is None:
            self._bodies_introduced = {}
            doc = self.doc
            for i in positions(doc, LOWER, ORG_NOUNS):
                if i + 1 == len(doc):
                    break
                t, after = doc[i], doc[i + 1]
                if (
                    t.lower_ in ORG_NOUNS
                    and t.is_lower
                    and after.text[:1].isupper()
                    and (after.pos_ == "PROPN" or after.ent_type_ in ("ORG", "PERSON"))
                ):
                    name = after
                    while name.dep_ == "compound" and name.head.i > name.i:
                        name = name.head
                    if self._outside(name.idx):
                        self._bodies_introduced.setdefault(t.lower_, []).append((t.i, name))
                elif (
                    t.lower_ in ORG_NOUNS
                    and t.is_lower
                    and t.i > 0
                    and doc[t.i - 1].pos_ == "PROPN"
                    and doc[t.i - 1].head == t
                    and doc[t.i - 1].dep_ == "compound"
                    # a name the recogniser saw: not "US company", "China's foreign ministry"
                    and doc[t.i - 1].ent_type_ in _NAMED_BODY_LABELS
                    and not any(c.dep_ == "det" for c in t.children)  # "The US company said"
                    and self._outside(t.idx)
                ):
                    # "Family Circle magazine's poll ... The magazine said": the name before
                    self._bodies_introduced.setdefault(t.lower_, []).append((t.i, doc[t.i - 1]))
                elif (panel := self._panel_of_body(t)) is not None:
                    self._bodies_introduced.setdefault(t.lower_, []).append((t.i, panel))
        introduced = self._bodies_introduced.get(token.lower_, ())
        names = [n for i, n in introduced if i < token.i]
        own = [n for i, n in introduced if i == token.i]
        if own:
            names = own  # "the pressure group Reporters Without Borders said": the name
        elif token.i != phrase.end - 1:
            return None
        elif (
            len(phrase) == 3
            and token.lower_ in OWNED_BODY_NOUNS
            and phrase[0].lower_ in DEFINITE
            and phrase[1].pos_ == "PROPN"
        ):
            # "the Delta subsidiary said" after "Delta Air Lines' Comair subsidiary": the body
            # introduced with that noun as the one its owner, written so, owns
            doc = self.doc
            names = [
                n
                for i, n in introduced
                if i < token.i
                and any(
                    c.dep_ == "poss" and c.left_edge.text == phrase[1].text for c in doc[i].children
                )
            ]
        elif len(phrase) != 2:
            # "The pressure group said" after "the pressure group Human Rights in China": the
            # same lower-case words before the noun as where the name was introduced
            words = [t.lower_ for t in phrase[1:-1]]
            if phrase[0].lower_ not in DEFINITE or not all(t.is_lower for t in phrase[1:-1]):
                return None
            doc = self.doc
            names = [n for i, n in introduced if i < token.i and _words_before(doc, i, words)]
        names = names[-ORG_WORD_LOOKBACK:]
        found = [
            self._panel(n) if isinstance(n, Span) else self.resolve(n) or self._name_before_noun(n)
            for n in names
        ]
        if not found or any(r is None or r.name is None for r in found):
            return None
        if len({r.name for r in found}) != 1:
            return None
        return found[-1]

    def _panel(self, panel: Span) -> Referent:
        """A panel within a body as a speaker: named by its words, the body's entity (so that
        "it", "they" and "the newspaper" after it are still the body)."""
        name = panel[0]
        body = self.organisation_at(name.idx, name.idx + len(name))
        entity = self._spelled_out.get(body.key, body) if body is not None else None
        if entity is not None and not panel.text.startswith(f"{entity.name} "):
            # named otherwise ("the Democrat convention committee" of the Democrats): the
            # panel's words alone, its body's name being no part of them
            entity = None
        return Referent(entity, panel.text, None, None, None, plural=True)

    def _panel_of_body(self, noun: Token) -> Span | None:
        """A panel within a named body, written with the body's name, lower-case words and
        the panel's noun ("the Wall Street Journal editorial board", "the Senate intelligence
        committee"), or of a place ("a New Hampshire ballot commission"): its words from the
        name to the noun, the article left out. Not a kind of body that is no part of the one
        named ("the Reuters news agency", "a US oil company")."""
        if noun.lower_ not in _PANELS or not noun.is_lower or not self._outside(noun.idx):
            return None
        doc = self.doc
        k = noun.i
        while (
            k > 0
            and doc[k - 1].is_lower
            and doc[k - 1].is_alpha
            and doc[k - 1].dep_ in ("amod", "compound")
            and noun.i >= doc[k - 1].head.i >= k
        ):
            k -= 1
        if k in (noun.i, 0):
            return None
        name = doc[k - 1]
        if name.ent_type_ not in ("ORG", "GPE"):
            return None
        if doc[k].ent_iob_ == "I":  # the name's entity runs on into the lower-case words
            return None
        start = name.i  # the entity's first token, walked back to (not a scan of doc.ents)
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        start += doc[start].lower_ in DEFINITE
        return doc[start : noun.i + 1]

    def _body_of_role_owner(self, token: Token) -> Referent | None:
        """ "The band said" after "Oasis singer Liam Gallagher", "the charity recommends" after
        "Fostering Network executive director Robert Tapsfield": a body the recogniser missed,
        named only as the owner of a person's role, when it is the one body of that kind
        (a band by its members' roles, any other body by its offices) named so before."""
        if self._role_owners is None:
            self._role_owners = self._find_role_owners()
        kind = "band" if token.lower_ in _BAND_NOUNS else "body"
        if kind == "body" and token.lower_ in _GOVERNING_BODIES:
            return None
        names = {name for i, name, k in self._role_owners if i < token.i and k == kind}
        if len(names) != 1:
            return None
        return Referent(None, names.pop(), None, None, None, plural=True)

    def _find_role_owners(self) -> list[tuple[int, str, str]]:
        """(token index, name, kind) of each capitalised name written before a person's role
        before the person's name ("Oasis singer Liam Gallagher": Oasis, a band's)."""
        doc = self.doc
        owners = []
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            i = ent.start - 1
            roles = []
            while i >= 0 and doc[i].is_lower and doc[i].lower_ in _OWNED_ROLE_WORDS:
                roles.append(doc[i].lower_)
                i -= 1
            if not _OWNER_ROLES.intersection(roles):
                continue
            end = i + 1
            while (
                i >= 0
                and doc[i].is_alpha
                and doc[i].text[:1].isupper()
                and doc[i].ent_type_ not in ("GPE", "NORP", "DATE")
                and doc[i].lower_ not in _OWNED_ROLE_WORDS
                and doc[i].lower_ not in DEFINITE
            ):
                i -= 1
            if i + 1 == end or not self._outside(doc[i + 1].idx):
                continue
            # "Trump spokesman Sean Spicer": a person's office, the person named elsewhere or
            # with a gender; a body the recogniser called a person ("Fostering Network") is
            # named once, here, with none.
            owner = self.name_at(doc[end - 1].idx, doc[end - 1].idx + len(doc[end - 1]))
            if owner is not None and (
                owner.entity is None
                or owner.gender is not None
                or len(owner.entity.mentions) > 1
                or owner.entity.aliases
            ):
                continue
            name = doc[i + 1 : end].text
            kind = "band" if set(roles) & _BAND_MEMBERS else "body"
            owners.append((i + 1, name, kind))
        return owners

    def _name_before_noun(self, name: Token) -> Referent | None:
        """A body named by the proper nouns written just before its kind ("Family Circle" of
        "Family Circle magazine"), when the recogniser took it for no organisation."""
        noun = name.head
        if name.dep_ != "compound" or noun.i != name.i + 1 or noun.lower_ not in ORG_NOUNS:
            return None
        first = name.i
        while (
            first > 0
            and self.doc[first - 1].pos_ == "PROPN"
            and self.doc[first - 1].dep_ == "compound"
            and first <= self.doc[first - 1].head.i <= noun.i
        ):
            first -= 1
        words = self.doc[first : name.i + 1]
        return Referent(None, words.text, None, None, None, plural=True)

    def _unnamed_before(self, token: Token, phrase: Span) -> Referent | None:
        """ "the nurse" after "A nurse who asked not to be named said": that unnamed one, when
        the article gave no one that noun as a description in between."""
        if len(phrase) == 0 or phrase[0].lower_ != "the":
            return None
        described = self._described_before(token, phrase)
        if described is None:
            return None
        written = self._introduced.get(token.lower_, [])
        intro = written[bisect_left(written, token.i, key=itemgetter(0)) - 1][0]
        given = self._given_nouns.get(token.lower_, [])
        if bisect_left(given, token.i) > bisect_right(given, intro):
            return None  # given to someone named since: _role_holder's
        gender = word_gender(token.lower_)
        return Referent(None, None, described, gender, TEXT if gender else None)

    def _unnamed_one_before(self, token: Token, phrase: Span) -> Referent | None:
        """ "the woman said" after "Another patient, a retired teacher who asked not to be
        named, said": "the woman" or "the man" is the person the article last introduced
        without a name, when no one named was mentioned since (outside quotes)."""
        if token.lower_ not in ("woman", "man") or len(phrase) != 2:
            return None
        if phrase[0].lower_ != "the":
            return None
        if any(c.dep_ != "det" for c in token.children):
            return None  # "The man who calls himself Abu Mohammad": named in its own clause
        self._described_before(token, phrase)  # builds self._introduced
        latest = None
        for written in (self._introduced or {}).values():
            k = bisect_left(written, token.i, key=itemgetter(0))
            if k and (latest is None or written[k - 1][0] > latest):
                latest = written[k - 1][0]
        if latest is None:
            return None
        intro = self.doc[latest]
        if intro.lower_ in SPOKESPEOPLE or intro.lower_ in ANONYMOUS_HEADS:
            return None
        if self._sentence_of(token.i) - self._sentence_of(intro.i) > 3:
            return None
        if self._recent(token.idx, intro.idx, 1):
            return None  # someone named since
        gender = word_gender(token.lower_)
        said = word_gender(intro.lower_)
        if said is not None and said != gender:
            return None
        found = self.resolve(intro)
        if found is None or found.entity is not None or found.name is not None:
            return None
        return replace(found, gender=gender, gender_evidence=TEXT)

    def _committee(self, before: int | None = None) -> Referent | None:
        """The one committee the article has speak ("The Commons health select committee
        said", "The committee found"), as first written: who "MPs" speaking are, and whose
        "the report" is (``before``: a committee that spoke before that token). None when two
        committees speak."""
        if self._committees is None:
            doc_tokens = tokens(self.doc)
            self._committees = [
                (t.i, noun_phrase(t))
                for t in (doc_tokens[i] for i in positions(self.doc, LOWER, _COMMITTEE))
                if t.dep_ in _SUBJECTS
                and (t.head.lemma_ in SPEECH_VERBS or t.head.lemma_ in COMMITTEE_VERBS)
                and self._outside(t.idx)
            ]
        spoke = [(i, p) for i, p in self._committees if before is None or i < before]
        if not spoke:
            return None
        words = [{t.lower_ for t in p} - DEFINITE for _, p in self._committees]
        fullest = max(words, key=len)
        if any(not w <= fullest for w in words):
            return None  # two committees
        first = next(p for (_, p), w in zip(self._committees, words, strict=True) if w == fullest)
        return Referent(None, None, first.text, None, None, plural=True)

    def _spokesperson_again(self, token: Token, phrase: Span, sentence: int) -> Referent | None:
        """ "A spokesperson reiterated" right after "A Delta spokesperson confirmed": that one,
        as first written, when the bare noun follows a fuller unnamed one of the same noun
        within a few sentences (none between)."""
        if len(phrase) != 2 or phrase[0].lower_ not in ("a", "an"):
            return None
        self._described_before(token, phrase)  # builds the index of introduced ones
        written = (self._introduced or {}).get(token.lower_, [])
        k = bisect_left(written, token.i, key=itemgetter(0))
        if k == 0:
            return None
        i, first = written[k - 1]
        since = self._sentence_tokens[max(0, sentence - SUBJECT_LOOKBACK)]
        if i < since or len(first) < 3 or first[0].lower_ not in ("a", "an"):
            return None
        gender = word_gender(token.lower_)
        return Referent(None, None, first.text, gender, TEXT if gender else None)

    def _described_before(self, token: Token, phrase: Span) -> str | None:
        """ "The ministry spokesman" after "A spokesman said": the unnamed source the article
        introduced last before with that head noun ("a(n) ..."), when the words of this phrase
        are among that one's or that one had none; its first description. Of two introduced
        ("A Labour Party spokesman ... A spokesman for the watchdog said ... The spokesman
        said"), the later; none when the last one written with that noun is another
        definite description ("the top US security official ... The official said")."""
        if self._introduced is None:
            self._introduced = {}
            self._given_nouns = {}
            doc_tokens = tokens(self.doc)
            for t in (doc_tokens[i] for i in positions(self.doc, TAG, _SINGULAR_NOUN)):
                if not self._outside(t.idx):
                    continue
                if t.lower_ in SPOKESPEOPLE or t.lower_ in ANONYMOUS_HEADS:
                    words = noun_phrase(t)
                    if len(words) and words[0].lower_ in ("a", "an", "the"):
                        self._introduced.setdefault(t.lower_, []).append((t.i, words))
                elif self._unnamed_subject(t):
                    # "A nurse who asked not to be named said ...": a kind of person the
                    # article introduces without a name, whom "the nurse" refers back to.
                    self._introduced.setdefault(t.lower_, []).append((t.i, noun_phrase(t)))
                elif t.dep_ in ("appos", "attr", "compound"):
                    # "Jane Doe, a nurse at the hospital": the noun given to someone named.
                    self._given_nouns.setdefault(t.lower_, []).append(t.i)
        mine = {t.lower_ for t in phrase if t.i != token.i and t.lower_ not in DEFINITE}
        written = self._introduced.get(token.lower_, [])
        k = bisect_left(written, token.i, key=itemgetter(0))
        for _, first in reversed(written[max(0, k - LOOKBACK_ROWS) : k]):
            root = first.root.i
            words = {t.lower_ for t in first if t.i != root}
            if first[0].lower_ in DEFINITE:
                if words - DEFINITE <= mine:
                    continue  # "the spokesman" again: the same one
                # "the spokesman" after "The ministry spokesman": whoever that one is; a
                # spokesperson no one named, that one as first written ("the prime minister's
                # official spokesman"), not another kind ("the top US security official")
                if not mine <= words:
                    return None
                if first.root.i not in self._described_memo:
                    self._described_memo[first.root.i] = self._described_before(first.root, first)
                known = self._described_memo.get(first.root.i)
                return known or (first.text if token.lower_ in SPOKESPEOPLE else None)
            known = words - {"a", "an"}
            if known and not mine <= known:
                return None
            if first.root.lower_ in SPOKESPEOPLE:
                # "The spokesperson" after "A Delta spokesperson ... A spokesperson": the first
                at = bisect_right(self._sentence_tokens, first.root.i) - 1
                again = self._spokesperson_again(first.root, first, at)
                if again is not None:
                    return again.description
            return first.text
        if token.lower_ == "source" and phrase[0].lower_ in DEFINITE:
            return self._source_before(token, mine)
        return None

    def _group_introduced_before(
        self, token: Token, phrase: Span, sentence: int
    ) -> Referent | None:
        """ "The fine could exceed ..., the people said" after "two people familiar with the
        matter said": a definite plural of people ("the people", "the officials", "the
        sources") is the group the article introduced last with that noun and a number or
        "some"/"several" ("two people familiar with the matter"), within a few sentences, when
        its own words are among that group's; as first written."""
        lemma = token.lemma_.lower()
        if phrase[0].lower_ != "the" or not (
            lemma in ("people", "person") or token.lower_ in ANONYMOUS_HEADS or _people_word(lemma)
        ):
            return None
        mine = {t.lower_ for t in phrase if t.i != token.i and t.lower_ != "the"}
        since = self._sentence_tokens[max(0, sentence - RECENCY_SENTENCES)]
        for earlier in reversed(self.doc[since : phrase.start]):
            if earlier.lower_ != token.lower_ or earlier.tag_ != "NNS":
                continue
            group = noun_phrase(earlier)
            if not len(group) or not self._outside(earlier.idx):
                continue
            first = group[0]
            if first.lower_ == "the":
                continue  # the same group again ("one of the people said")
            if not (first.like_num or first.lower_ in ("some", "several", "few")):
                return None  # the last such group was written otherwise: not this one
            if not mine <= {t.lower_ for t in group}:
                return None
            return Referent(None, None, group.text, None, None, plural=True)
        return None

    def _source_before(self, token: Token, mine: set[str]) -> str | None:
        """ "The defence source said" after "A senior Israeli Defence official was quoted":
        "the source" is the unnamed source last introduced ("a(n) ...", any head of
        SOURCE_HEADS: an official, a diplomat, an aide) within a few sentences, when its words
        are among that one's; as first written."""
        since = self._sentence_tokens[max(0, self._sentence_of(token.i) - SUBJECT_LOOKBACK)]
        latest = None
        for head in SOURCE_HEADS - {"source"}:
            for i, first in self._introduced.get(head, []):
                if since <= i < token.i and (latest is None or i > latest[0]):
                    latest = (i, first)
        if latest is None or latest[1][0].lower_ not in ("a", "an"):
            return None
        words = {t.lower_ for t in latest[1]}
        return latest[1].text if mine <= words else None

    def _appositive_body(self, token: Token) -> Referent | None:
        """ "Web tracking company Envisional said": the body named in apposition; "the
        sponsors, PR company Jour J," and "the owners, mining company Westgold,": the body an
        appositive names."""
        named = [c for c in token.rights if c.dep_ == "appos"]
        if token.lower_ not in ORG_NOUNS:
            named = [
                a
                for c in named
                for a in ([*c.rights] if c.lower_ in ORG_NOUNS else [c])
                if a is not c
                or any(k.dep_ == "compound" and k.lower_ in ORG_NOUNS for k in c.lefts)
                # "The building's owner, Prairie Sun Properties, said": an owner's phrase
                # set off by commas, naming a body the article knows as one
                or (
                    any(k.dep_ == "poss" for k in token.lefts)
                    and _set_off(c)
                    and c.ent_type_ == "ORG"
                )
            ]
        for child in named:
            if child.dep_ == "appos" and (body := self.organisation_at(child.idx, child.idx + 1)):
                return self._body(body)
        return None

    def _body_named_after(self, token: Token) -> Referent | None:
        """ "his sponsors said" when the next sentences name them ("AFP reported the
        sponsors, PR company Jour J, as saying"): the body the same noun's apposition names."""
        end = self._sentences[min(self._sentence_of(token.i) + 2, len(self._sentences) - 1)].end
        for later in self.doc[token.i + 1 : min(end, token.i + NEAR_AFTER_TOKENS)]:
            if later.lower_ == token.lower_ and (body := self._appositive_body(later)):
                return body
        return None

    def _described_after(self, token: Token, phrase: Span) -> Referent | None:
        """ "The administrator of the travel chain says ..." then "Administrator Jeff McDonald
        says": a definite description no one had before is the one person the next sentences
        give it (role before the name, or in apposition), of a compatible gender."""
        if token.lower_ in KIN_NOUNS:
            return None  # "The wife of crash victim, Mark Dunne,": whose wife, not who
        rows = self._descriptions.get(token.lower_, [])
        if rows and rows[0][0] < phrase.start_char:
            return None  # given to someone before: description() said who, or no one fits
        gender = word_gender(token.lower_)
        after = token.sent.end_char  # in its own sentence, the name beside it said who
        near = {
            entity.key: entity
            for start, entity, _ in rows[:LOOKBACK_ROWS]
            if after <= start <= phrase.end_char + DESCRIBED_AFTER
        }
        if len(near) != 1:
            return None
        entity = next(iter(near.values()))
        if gender is not None and self.gender_of(entity.key) not in (None, gender):
            return None
        return self.person(entity, phrase.text)

    def _named_next(self, token: Token, phrase: Span) -> Referent | None:
        """ "Sir Nigel Hawthorne died, his agent said. He had been ill, said Ken McReddie.":
        an unnamed source is the one person the next sentence names for the first time as the
        subject of a speech verb, when the article gives that one no description."""
        if not _speaks(token):
            return None
        sentence = self._sentence_of(token.i)
        if sentence + 1 >= len(self._sentences):
            return None
        following = self._sentences[sentence + 1]
        rows = self._rows["person"]
        i = bisect_left(self._row_starts["person"], following.start_char)
        named = {}
        for row in rows[i : i + LOOKBACK_ROWS]:
            if row.start >= following.end_char:
                break
            name = self.doc.char_span(row.start, row.end, alignment_mode="expand")
            if row.quoted or name is None:
                continue
            if not _speaks(name.root) and not (sentence == self._lead and _introduced(name.root)):
                continue
            role = self._role_before(name.start)
            # "The head of US TV network Fox has admitted ... Chief executive Gail Berman
            # said": a leading role is what "the head", "the boss" or "the chief" stands for
            leading = bool(role) and token.lower_ in LEADER_WORDS and role[-1] in LEADING_ROLES
            if (
                (role and not leading)
                # "A spokesperson for the city said ... Coun. Helen Marchetti said": an office
                # abbreviated before the name is a role of hers, as written out
                or self._abbreviated_roles(name.start)
                or self._appositive_after(name.end)
                or any(
                    c.dep_ in ("compound", "amod", "appos", "poss")
                    and not row.start <= c.idx < row.end
                    # "Sir Ian Blair said": a title of address is no role of another's
                    and c.lower_.rstrip(".") not in TITLE_ABBREVIATIONS
                    and not (leading and c.idx < row.start)
                    for c in name.root.children
                )
            ):
                return None  # given a role of their own there: someone else
            named[row.entity.key] = row.entity
        if len(named) != 1:
            return None
        entity = next(iter(named.values()))
        if self._first_named_at(entity.key) < following.start_char:
            return None  # named before: someone else
        family = surname(entity.name)
        if (
            token.lower_ in KIN_NOUNS
            and family not in re.findall(r"[\w'-]+", token.sent.text)
            and not self._kin_of_family(token, family, sentence)
        ):
            # "the husband of crash victim, Teresa Pawlik, says ... Wal Pawlik says": a relative
            # is the next speaker of the family's name, not anyone ("the wife of one employee")
            return None
        gender = word_gender(token.lower_)
        if gender is not None and self.gender_of(entity.key) not in (None, gender):
            return None
        return self.person(entity, phrase.text)

    def _kin_of_family(self, token: Token, family: str, sentence: int) -> bool:
        """Whether a relative written with "his" or "her" ("his mother said") belongs to a
        person of surname ``family``: the one that pronoun stands for ("Mr Blake ... his
        mother said ... Joyce Blake also told")."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in ("his", "her"):
            return False
        ref = self.resolve(owner, sentence)
        return ref is not None and ref.name is not None and surname(ref.name) == family

    def _unnamed_subject(self, token: Token) -> bool:
        """Whether ``token`` heads "a nurse", "an officer" or "one juror" as the subject of
        its clause, with no name beside it ("A nurse, Jane Doe, said"): someone the article
        leaves unnamed."""
        return (
            (person_noun(token) or self._speaking_noun(token))
            and (
                token.dep_ in ("nsubj", "nsubjpass")
                # the root of a sentence the parser left without a verb of its own, the subject
                # of one after a set-off clause ("Another NHL executive, speaking ..., called")
                or (
                    token.dep_ == "ROOT"
                    and (subject := self._subjects[self._sentence_of(token.i)]) is not None
                    and subject.i == token.i
                )
            )
            and any(
                (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
                or (c.dep_ == "nummod" and c.lower_ == "one")
                for c in token.children
            )
            and not any(
                c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in token.children
            )
        )

    def _party_member(self, token: Token) -> bool:
        """ "The Wisconsin Republican": a party's member, after "the" and place words, as a
        nationality is: a description anyone named may have."""
        if token.text not in PARTY_MEMBER_NOUNS or token.tag_ not in ("NNP", "NN"):
            return False
        i = token.i - 1
        while i >= 0 and i > token.i - 4 and self.doc[i].pos_ == "PROPN":
            i -= 1
        return i >= 0 and i < token.i - 1 and self.doc[i].lower_ == "the"

    def _roles_in(self, sentence: int, subject: Token | None) -> list[tuple[int, Referent]]:
        found = []
        span = self._sentences[sentence]
        doc_tokens = tokens(self.doc)
        nouns = self._nouns
        for i in nouns[bisect_left(nouns, span.start) : bisect_left(nouns, span.end)]:
            token = doc_tokens[i]
            lower = token.lower_
            if (
                person_noun(token)
                and lower not in ANONYMOUS_HEADS
                and (subject is None or token.i != subject.i)
                and self._outside(token.idx)
                and token.i > 0
                and self.doc[token.left_edge.i].lower_ == "the"
            ):
                ref = self.resolve(token, sentence)
                if ref is not None and is_person(ref):
                    found.append((token.idx, ref))
        return found

    def _recent_organisation(
        self, token: Token, sentence: int, pronoun: bool = False
    ) -> Referent | None:
        """ "The company", "the paper": the organisation that is the subject of the previous
        sentence (or of this one, before it), else the one named last in this or the few
        sentences before ("General Motors said it would idle its Oshawa plant ... the automaker
        said"). A governing body written by its kind ("The US government denied ...") is
        taken by "it" (``pronoun``) or by the same noun again, not by another kind of body."""
        if (issuer := self._issuer_before(token, sentence)) is not None:
            return issuer
        for j in range(sentence, max(-1, sentence - 1 - ROLE_LOOKBACK), -1):
            subject = self._subjects[j] if j >= 0 else None
            if subject is None or j >= len(self._subject_refs) or subject.i >= token.i:
                continue
            ref = self._subject_refs[j]
            if (
                ref is not None
                and ref.entity is not None
                and ref.entity.type == "organization"
                and not _undertaking(ref.entity.name, token)
            ):
                # the body the story was last about ("The MPAA said ... like Movielink and
                # CinemaNow ... The industry body also said"), before one merely named; a
                # panel of it ("the editorial board") stands for its body for another noun
                if ref.name != ref.entity.name and token.lower_ != subject.lower_:
                    return self._body(ref.entity)
                return ref
            if ref is None and (body := self._unknown_body(subject)) is not None:
                # a body the recogniser missed ("In a statement the RSPCA said ... it said")
                return body
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if (
                owner is not None
                # a thing of the body's, not its people ("The union's Luke Foley says")
                and subject.ent_type_ != "PERSON"
                and not person_noun(subject)
                and subject.pos_ == "NOUN"
                and owner.ent_type_ == "ORG"
                and (entity := self.organisation_at(owner.idx, owner.idx + len(owner)))
                and not self._other_body_since(entity, owner.idx + len(owner), token.idx)
            ):
                # "Kraft's new advertising policy ... But the firm said": the sentence is
                # about the body whose thing is its subject, unless another body is named
                # since ("X's tie-up ... has been delayed, according to the FT. The paper said")
                return self._body(entity)
            if (
                (ref is None or ref.entity is None)
                and subject.tag_ == "NN"
                and subject.lower_ in _GOVERNING_BODIES
                and (pronoun or token.lemma_.lower() == subject.lemma_.lower())
            ):
                # a body written by its kind ("The US government denied the claims ... In a
                # statement, it said")
                # without its article ("French government"), unless the noun is all of it
                words = [t for t in noun_phrase(subject) if t.dep_ != "det"]
                if len(words) < 2:
                    words = list(noun_phrase(subject))
                name = self.text[words[0].idx : words[-1].idx + len(words[-1])]
                return Referent(None, name, None, None, None, plural=True)
        rows = self._rows["org"]
        since = self._sentences[max(0, sentence - ROLE_LOOKBACK)].start_char
        i = bisect_left(self._row_starts["org"], token.idx) - 1
        while i >= 0 and rows[i].start >= since:
            if not rows[i].quoted:
                return self._body(rows[i].entity)
            i -= 1
        return None

    def _other_body_since(self, entity: Entity, start: int, end: int) -> bool:
        """Whether an organisation other than ``entity`` is named (outside quotations) between
        ``start`` and ``end``: the body a reader has in mind last."""
        rows = self._rows["org"]
        key = self._spelled_out.get(entity.key, entity).key
        i = bisect_left(self._row_starts["org"], start)
        while i < len(rows) and rows[i].start < end:
            row = rows[i]
            if not row.quoted and self._spelled_out.get(row.entity.key, row.entity).key != key:
                return True
            i += 1
        return False

    def _issuer_before(self, token: Token, sentence: int) -> Referent | None:
        """ "In a statement from Lycos Europe ..., the company denied": the body whose document
        the sentence opens with, before the phrase (from or by it, or its own), is the one the
        phrase means, whoever the sentence before was about."""
        if sentence >= len(self._sentences) or token.dep_ not in _SUBJECTS:
            return None
        for t in self._sentences[sentence]:
            if t.i >= token.i:
                break
            if t.ent_type_ != "ORG" or t.dep_ not in ("pobj", "poss"):
                continue
            document = t.head.head if t.dep_ == "pobj" else t.head
            if t.dep_ == "pobj" and t.head.lower_ not in ("from", "by"):
                continue
            if document.lemma_.lower() not in DOCUMENT_NOUNS or document.i > token.i:
                continue
            entity = self.organisation_at(t.idx, t.idx + len(t))
            if entity is None:
                continue
            return self._body(entity)
        return None

    def _lead_sentence(self) -> int:
        """The news lead: the first sentence, or the one opening with a dateline after a
        headline ("Paper says ... .\nLONDON 1996-09-01\nA British newspaper said ...")."""
        for i, sentence in enumerate(self._sentences[:LEAD_LOOKAHEAD]):
            if _DATELINE.match(parsed_text(self.doc, sentence.start_char, sentence.end_char)):
                return i
        return 0

    def _named_after_lead(self, token: Token, phrase: Span, sentence: int) -> Referent | None:
        """ "A bookmaker has stopped taking bets ... William Hill made the move": the subject
        of an article's lead sentence, written as "a(n) ...", is the one the next sentence
        names as its subject (the news lead, then the name), or as the apposition of its
        subject ("The speaker of the parliament , Semyon Sharetsky , told"); a body ("An
        opposition group said") is the one whose spokesman speaks next ("A spokesman of the
        Iraqi National Congress said")."""
        lead = self._lead
        if (
            sentence != lead
            or len(self._sentences) < lead + 2
            or token.dep_ not in _SUBJECTS  # the lead's subject (a dateline may be parsed so)
            or self._subjects[lead] is None
            or (self._subjects[lead].i != token.i and token.head.dep_ != "ROOT")
            # "one of the world's leading rating agencies says": as indefinite as "a ..."; a
            # body's description the lead opens ("the UK's financial watchdog") as well
            or not (
                phrase[0].lower_ in ("a", "an")
                or (token.lower_ == "one" and any(c.lower_ == "of" for c in token.rights))
                or (token.lower_ in ORG_NOUNS and token.tag_ == "NN")
            )
            # "a spokesman for the CGT union": whose it is says who, not the next sentence
            or (person_noun(token) and any(p.lower_ in ("for", "at") for p in token.rights))
        ):
            return None
        following = self._subject_token(self._sentences[lead + 1])
        if (
            token.lower_ in ORG_NOUNS
            and phrase[0].lower_ not in ("a", "an")
            and (following is None or following.pos_ != "PROPN")
        ):
            # "..., the UK's financial watchdog has announced. Eighteen firms agreed it with
            # the Financial Services Authority (FSA)": the body the next sentence names that
            # the article has speak
            return self._speaking_body_in(lead + 1, token, phrase)
        # (the subject itself a name, not a role noun whose apposition or owner names one)
        named_subject = following is not None and following.pos_ == "PROPN"
        if following is not None and following.pos_ != "PROPN":
            if following.lower_ in SPOKESPEOPLE and token.lower_ in ORG_NOUNS:
                children = [
                    o
                    for p in following.rights
                    if p.dep_ == "prep" and p.lower_ in ("of", "for")
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
            else:
                children = [c for c in following.children if c.dep_ == "appos"]
            following = next((c for c in children if c.pos_ == "PROPN"), None)
        # The lead is a paragraph; in a text whose paragraphs were joined into one line (no
        # break at all) the next sentence is the next paragraph's start, its subject named
        # there for the first time.
        joined = "\n" not in self.text.strip()
        if following is None or not (joined or "\n" in self.text[token.idx : following.idx]):
            return None
        named = self._named(following)
        if named is None or named.entity is None:
            return None
        if joined and (
            not named_subject
            or self._first_named_at(named.entity.key) < self._sentences[lead + 1].start_char
            or self._own_role(following)
        ):
            # named before, or given a role of their own there ("A senior Taliban official
            # confirmed ... former Taliban ambassador Abdul Salam Zaeef told CNN"): someone else
            return None
        said = word_gender(token.lower_)
        if said is not None and named.gender not in (None, said):
            return None  # "a spokeswoman said" is not the man named next
        return replace(named, description=phrase.text)

    def _own_role(self, name: Token) -> bool:
        """Whether the person's name headed by ``name`` is given a role where it is written:
        words of a role before it ("former ambassador Abdul Salam Zaeef") or an apposition
        after it ("Ahmad Wali Masood, brother of ...")."""
        row = self._row_at(name.idx, name.idx + len(name))
        span = (
            self.doc.char_span(row.start, row.end, alignment_mode="expand")
            if row is not None
            else None
        )
        if span is None:
            return False
        return (
            bool(self._role_before(span.start))
            or bool(self._appositive_after(span.end))
            or any(
                c.dep_ in ("compound", "amod", "appos", "poss")
                and not span.start <= c.i < span.end
                # "Dr Aamer Sultan": a title of address is no role
                and c.lower_.rstrip(".") not in TITLE_ABBREVIATIONS
                for c in span.root.children
            )
        )

    def _speaking_body_in(self, sentence: int, token: Token, phrase: Span) -> Referent | None:
        """The one body named in ``sentence`` (after the lead, a paragraph of its own) that
        the article has speak somewhere (a mention the subject of a speech verb), as the
        lead's ``phrase`` describing a body."""
        span = self._sentences[sentence]
        if "\n" not in self.text[token.idx : span.start_char]:
            return None
        bodies = {
            entity.key: entity
            for ent in span.ents
            if ent.label_ == "ORG"
            and (entity := self.organisation_at(ent.start_char, ent.end_char)) is not None
        }
        speaking = [
            entity
            for entity in bodies.values()
            if any(
                (t := self.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                and t.root.dep_ in _SUBJECTS
                and t.root.head.lemma_ in SPEECH_VERBS
                for m in entity.mentions
            )
        ]
        if len(speaking) != 1:
            return None
        return self._body(speaking[0], phrase.text)

    def _same_noun_named_later(self, token: Token, phrase: Span) -> Referent | None:
        """ "A woman who lives across the street said ... '...,' said the woman, Angela
        Sinclair.": an unnamed person introduced with "a(n)" is the one a later "the" phrase of
        the same noun names in apposition, a little further on, named there for the first
        time."""
        if phrase[0].lower_ not in ("a", "an"):
            return None
        end = min(len(self.doc), token.i + NEAR_AFTER_TOKENS)
        for later in self.doc[token.i + 1 : end]:
            if later.idx - phrase.end_char > DESCRIBED_AFTER:
                return None
            if later.lower_ != token.lower_ or later.i == 0:
                continue
            if self.doc[later.i - 1].lower_ != "the":
                continue
            for child in later.rights:
                if child.dep_ != "appos" or not _set_off(child):
                    continue
                named = self.name_at(child.idx, child.idx + len(child))
                if named is None or named.entity is None or named.entity.type != "person":
                    continue
                if self._first_named_at(named.entity.key) < later.idx:
                    return None  # named before: someone the article already knows
                return replace(named, description=phrase.text)
        return None

    def _introduced_next(self, token: Token, phrase: Span, sentence: int) -> Referent | None:
        """ "A leading expert on the economy says that ... . '...,' says Jose Barrionuevo,
        head of strategy at X": an unnamed kind of person speaking, whom the very next
        sentence's speaker, first named there with a role set off after the name, is."""
        if (
            phrase[0].lower_ not in ("a", "an")
            or token.dep_ not in _SUBJECTS
            or token.head.lemma_ not in SPEECH_VERBS
            or token.lower_ in SPOKESPEOPLE
            or token.lower_ in SOURCE_HEADS
            or sentence + 1 >= len(self._sentences)
        ):
            return None
        following = self._subject_token(self._sentences[sentence + 1])
        if (
            following is None
            or following.pos_ != "PROPN"
            or following.head.lemma_ not in SPEECH_VERBS
            or not any(c.dep_ == "appos" for c in following.children)
        ):
            return None
        named = self._named(following)
        if named is None or named.entity is None or named.entity.type != "person":
            return None
        if named.entity.mentions[0].start < self._sentences[sentence + 1].start_char:
            return None  # named before: someone else the article already knows
        said = word_gender(token.lower_)
        if said is not None and named.gender not in (None, said):
            return None
        return replace(named, description=phrase.text)

    def _headline_role(self, token: Token, phrase: Span, sentence: int) -> Referent | None:
        """ "..., education minister says" in a headline: the person the article then gives
        that role ("Education Minister Bernard Drainville announced"), the first one after it
        with the headline's words for it."""
        if sentence != 0 or sentence >= len(self._sentences) - 1:
            return None
        headline = self._sentences[0]
        after = self.text[headline.start_char : self._sentences[1].start_char]
        if headline.text.rstrip()[-1:] in (".", "?", "!") or "\n" not in after:
            return None  # a headline is a line of its own, with no full stop
        if phrase[0].lower_ in ("a", "an") or phrase[0].pos_ == "DET":
            return None
        words = _words(self.doc, phrase.start, token.i + 1)
        key = description_key(words)
        modifiers = set(words[:-1])
        rows = self._descriptions.get(key or "", [])
        i = bisect_left(rows, phrase.end_char, key=itemgetter(0))
        for start, entity, given in rows[i : i + LOOKBACK_ROWS]:
            if start - phrase.end_char > NEAR_AFTER * 3:
                break
            if modifiers <= given:
                return self.person(entity, phrase.text)
        return None

    def _organisation_ending(self, token: Token, phrase: Span) -> Referent | None:
        """ "The assembly government" after "the Welsh Assembly Government": the one body named
        before whose name ends with the phrase's words (two or more, lower-cased)."""
        words = [t.lower_ for t in phrase[1 : token.i - phrase.start + 1]]
        if len(words) < 2 or not all(w.isalpha() for w in words):
            return None
        found = {}
        for row in self._rows["org"]:
            if row.start >= token.idx:
                break
            name = row.entity.name.lower().split()
            if len(name) > len(words) and name[-len(words) :] == words:
                found[row.entity.key] = row.entity
        if len(found) != 1:
            return None
        entity = next(iter(found.values()))
        return Referent(entity, entity.name, None, None, None, plural=True)

    def _body(self, entity: Entity, description: str | None = None) -> Referent:
        """A body as a speaker, named by its spelled-out name where the article gives one
        (``_spelled_out``: "the BRC" -> "British Retail Consortium")."""
        entity = self._spelled_out.get(entity.key, entity)
        return Referent(entity, entity.name, description, None, None, plural=True)

    def _body_in_phrase(self, token: Token, phrase: Span) -> Referent | None:
        """ "the Reuters news agency", "the BBC's news website": the one body the recogniser
        named before the phrase's noun of bodies, inside the phrase (its kind's modifier or
        owner), the body the phrase is."""
        bodies = {
            entity.key: entity
            for t in phrase
            if t.i < token.i
            and t.pos_ == "PROPN"
            and t.ent_type_ == "ORG"
            and t.dep_ in ("compound", "poss")
            and t.head.i > t.i
            and (entity := self.organisation_at(t.idx, t.idx + len(t))) is not None
        }
        if len(bodies) != 1:
            return None
        return self._body(next(iter(bodies.values())))

    def _organisation_with_word(self, token: Token, phrase: Span) -> Referent | None:
        """ "The board" after "the Illinois Board of Elections": the one body named before
        whose name has the phrase's noun as a word, whatever its case ("the Commons science
        and technology committee")."""
        if len(phrase) != 2 or token.i != phrase.end - 1:
            return None
        return self._one_body_with_word(token.idx, token.lower_, lower=True)

    def _team_of_word(self, token: Token, phrase: Span) -> Referent | None:
        """ "The Bucharest side" after "Romanian side Dinamo Bucharest": the one body named
        before whose name holds the phrase's capitalised word, a team's town or name ("the
        London side", "the Ibrox outfit")."""
        words = [t.text for t in phrase[1:-1] if t.text[:1].isupper()]
        if phrase[0].lower_ != "the" or len(words) != 1 or token.i != phrase.end - 1:
            return None
        # (before the phrase: the recogniser may take its word for a body of its own)
        return self._one_body_with_word(phrase.start_char, words[0], lower=False)

    def _one_body_with_word(self, offset: int, word: str, lower: bool) -> Referent | None:
        """The one body of the ORG_WORD_LOOKBACK organisation mentions before ``offset``
        whose name has ``word`` as a word (its name in lower case if ``lower``), unquoted."""
        rows = self._rows["org"]
        i = bisect_left(self._row_starts["org"], offset) - 1
        found = {
            row.entity.key: row.entity
            for row in rows[max(0, i - ORG_WORD_LOOKBACK + 1) : i + 1]
            if word in (row.entity.name.lower() if lower else row.entity.name).split()
            and not row.quoted
        }
        if len(found) != 1:
            return None
        return self._body(next(iter(found.values())))

    def _named_elsewhere(self, token: Token, phrase: Span) -> Referent | None:
        """ "A spokeswoman for MTV" when the article names one "MTV spokeswoman" (before or
        after): that person."""
        owner = next(
            (
                o
                for p in token.rights
                if p.dep_ == "prep" and p.lower_ in ("for", "at", "of", "with")
                for o in p.children
                if o.dep_ == "pobj"
                and (
                    o.pos_ == "PROPN"
                    or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children)
                )
            ),
            None,
        )
        if owner is None:
            return None
        words = set(_words(self.doc, owner.left_edge.i, owner.i + 1)) - DEFINITE
        # "A spokesman for Air France's CFDT union" is the "CFDT spokesman" named: the words
        # of one phrase are all in the other.
        people = {
            entity.key: entity
            for _, entity, modifiers in self._descriptions.get(token.lower_, [])[:LOOKBACK_ROWS]
            if words <= modifiers or (modifiers and modifiers <= words)
        }
        if len(people) != 1:
            return None
        return self.person(next(iter(people.values())), phrase.text)

    def _recent_organisations(self, token: Token, since: int = 0) -> Referent | None:
        """ "The two firms": the last two organisations written as a pair before ("Shares in
        Elan and Biogen Idec plunged"), as one group: "Elan and Biogen Idec"; none named
        before ``since``."""
        rows = self._rows["org"]
        i = bisect_left(self._row_starts["org"], token.idx) - 1
        for k in range(i, max(0, i - PAIR_LOOKBACK), -1):
            first, second = rows[k - 1], rows[k]
            if first.start < since:
                break
            if first.quoted or second.quoted or first.entity.key == second.entity.key:
                continue
            if self.text[first.end : second.start] in (" and ", " & "):
                names = [
                    self._spelled_out.get(r.entity.key, r.entity).name for r in (first, second)
                ]
                return Referent(None, " and ".join(names), None, None, None, plural=True)
        return None

    def _given_before(self, head: str, offset: int) -> bool:
        """Whether the article gave someone a description with head word ``head`` before
        ``offset``."""
        return any(start < offset for start, _, _ in self._descriptions.get(head, []))

    def _role_holder(
        self, token: Token, phrase: Span, sentence: int, nationality: bool = False
    ) -> Referent | None:
        """Who "the prime minister" or "the rep" is when no one was given that role before a
        name (or only someone with another one: "Shadow foreign secretary Michael Ancram ...
        The Foreign Secretary told the BBC"): the person named most recently in this or the
        few sentences before (else the one named closest after), of a compatible gender, and
        given no role by the article (or, for a role given to no one, this one); a nationality
        ("the Czech") is no role, so anyone may have it."""
        if len(phrase) == 0 or phrase[0].lower_ != "the":
            return None
        head = token.lower_
        if head in SPOKESPEOPLE:
            # "The BPI spokesman": someone the article has not named (description() finds
            # one it gave that role before a name), not the person named last.
            return None
        if _of_something_new(token):
            return None  # "The editor of a British tabloid": someone the article introduces
        role = " ".join(_words(self.doc, phrase.start + 1, token.i + 1))
        if role in self._role_memory:  # the same role again is the same person
            ref = self._role_memory[role]
            return replace(ref, description=phrase.text)
        if (ref := self._same_office(role)) is not None:
            return replace(ref, description=phrase.text)
        gender = word_gender(token.text)
        given = head in self._descriptions  # to someone else: description() found no one

        def fits(row: _Row) -> bool:
            return fits_key(row.entity.key)

        def fits_key(key: str) -> bool:
            roles = set() if nationality else self._described.get(key, set()) - RELATION_NOUNS
            return (
                not roles
                or (head in roles and not given)
                # "Wigan chairman Maurice Lindsay ... said the Warriors chief"
                or (head in LEADER_WORDS and bool(roles & LEADING_ROLES))
                or (head in CANDIDACY and bool(roles & CANDIDACY))
                or (head in SQUAD_ROLES and not given and bool(roles & SQUAD_ROLES))
            ) and (gender is None or self.gender_of(key) in (None, gender))

        # The person the previous sentence is about outranks others named in it ("Ferguson
        # believes Henry caught Heinze ... The United boss said"): a new sentence's role phrase
        # continues its topic.
        # (The nearest sentence with a subject outside quotes: a quote's own sentence has none.)
        j = min(sentence, len(self._subject_refs)) - 1
        while j > 0 and self._subjects[j] is None and sentence - j < TOPIC_LOOKBACK:
            j -= 1
        # A sentence about a thing ("The issue was a feature of the election, where Bush
        # opposed it") does not end the topic of the one before: "the Tory leader" after it
        # is still that person, not one named in passing.
        k = j
        while (
            k > 0
            and sentence - k < THING_LOOKBACK
            and not _named_person(self._subject_refs[k])
            and self._subjects[k] is not None
            and self._subjects[k].pos_ in ("NOUN", "PRON")
            and self._subjects[k].ent_type_ == ""
        ):
            k -= 1
        if k != j and _named_person(self._subject_refs[k]):
            j = k
        if j >= 0:
            topic = self._subject_refs[j]
            if (
                topic is not None
                and topic.entity is not None
                and topic.entity.type == "person"
                and fits_key(topic.entity.key)
            ):
                found = self.person(topic.entity, phrase.text)
                if nationality and not self._quote_free(j):
                    # "'He has to rest it,' said doctor Hamish Osborne. The 28-year-old has
                    # had many injuries": one who only spoke of the story's person is no
                    # new topic; a description anyone may have goes on with the lead's person.
                    found = self._lead_person(fits_key, phrase.text) or found
                self._role_memory[role] = found
                return found

        since = self._sentences[max(0, sentence - ROLE_LOOKBACK)].start_char
        rows = self._rows["person"]
        i = bisect_left(self._row_starts["person"], token.idx)
        # Named after the phrase: a person the recogniser knows (not a name it took for a
        # body, "London's King Cross station").
        # "The mayor accused Tom Kerr of ...": the one the role acts on is someone else
        acted_on = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in token.head.children
            if token.dep_ in _SUBJECTS and c.dep_ in ("dobj", "dative")
        ]
        after = [
            r
            for r in rows[i : i + LOOKBACK_ROWS]
            if r.start - token.idx <= NEAR_AFTER
            and r.entity.type == "person"
            and r.start >= phrase.end_char  # "the director behind JFK": his work, not him
            and not any(start <= r.start < end for start, end in acted_on)
        ]
        # A name the recogniser missed, as the subject of a sentence before ("Liverpool boss
        # Arne Slot felt ..."), competes by position with the mentions it knows.
        unlinked = None
        for j in range(sentence - 1, max(-1, sentence - 1 - ROLE_LOOKBACK), -1):
            ref = self._subject_refs[j] if j < len(self._subject_refs) else None
            if (
                ref is not None
                and ref.entity is None
                and is_person(ref)
                and self._subjects[j].pos_ == "PROPN"  # named there, not described
                and ref.gender is not None  # a person's name, not "Flying Without Wings"
                and (gender is None or ref.gender == gender)
            ):
                unlinked = (self._subjects[j].idx, replace(ref, description=phrase.text))
                break
        before = self._recent(token.idx, since, RECENCY_MENTIONS)
        for candidates in (before, [] if unlinked else after):
            for row in candidates:
                if (
                    row.quoted
                    or not fits(row)
                    or self._at_place(row)
                    or not (named := self.name_at(row.start, row.end))
                ):
                    continue
                if unlinked is not None and unlinked[0] > row.start:
                    break
                found = self.person(named.entity, phrase.text) if named.entity else named
                self._role_memory[role] = found
                return found
        if unlinked is not None:
            self._role_memory[role] = unlinked[1]
        return unlinked[1] if unlinked is not None else None

    def _same_office(self, role: str) -> Referent | None:
        """The one person an office was tied to under a longer phrase, when the office comes
        back bare ("the London mayor" ... "the Mayor of London", "the mayor"): a head word
        alone says nothing of another holder; two holders of that head ("the Labour leader",
        "the Tory leader") leave it open, and a deputy or former one is another office."""
        if " " in role:
            return None
        holders = {
            ref.name: ref
            for held, ref in self._role_memory.items()
            if held.split()[-1] == role and not set(held.split()) & ROLE_CHANGING
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _documents(self) -> dict[str, list[tuple[int, Referent]]]:
        """Document noun -> (offset, author) of each document the article says who wrote: "a
        report by the King's Fund", "The NAO's annual report", "A National Audit Office
        report", "a statement from the ministry"."""
        found: dict[str, list[tuple[int, Referent]]] = {}
        doc_tokens = tokens(self.doc)
        for i in positions_where(self.doc, LEMMA, _sued_or_document):
            token = doc_tokens[i]
            lemma = token.lemma_.lower()
            if token.lemma_ == "sue" and token.pos_ == "VERB" and self._outside(token.idx):
                # "Actor Bruce Willis is suing Revolution Studios": his the lawsuit's words
                plaintiff = next((c for c in token.children if c.dep_ == "nsubj"), None)
                if plaintiff is not None and (author := self._named(plaintiff)) is not None:
                    for noun in LAWSUIT_NOUNS:
                        found.setdefault(noun, []).append((token.idx, author))
                continue
            if lemma not in DOCUMENT_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.pos_ == "PROPN":
                # a document's title: "An Open Letter from chief executive Sidney Taurel"
                after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
                if after is None or after.lower_ not in ("by", "from"):
                    continue
                named = next((c for c in after.children if c.dep_ == "pobj"), None)
                if named is not None and (author := self._named(named)) is not None:
                    found.setdefault(lemma, []).append((token.idx, author))
                continue
            if token.dep_ == "dobj" and (
                (lemma in LAWSUIT_NOUNS and token.head.lemma_ in ("file", "bring", "lodge"))
                or (
                    lemma not in LAWSUIT_NOUNS
                    and token.head.lemma_ in AUTHORING_VERBS | GIVING_VERBS
                    and token.head.pos_ == "VERB"
                )
            ):
                # "X filed a lawsuit against Y", "Cook provided a written statement"
                plaintiff = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
                if plaintiff is not None and (author := self._named(plaintiff)) is not None:
                    found.setdefault(lemma, []).append((token.idx, author))
                    continue
            if (
                token.dep_ == "pobj"
                and token.head.lower_ == "in"
                and token.head.head.pos_ == "VERB"
            ):
                # "In a statement the RSPCA said", "X said in a letter": the verb's subject
                subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
                author = None
                if subject is not None:
                    author = self._named(subject) or self._unknown_body(subject)
                if author is not None:
                    found.setdefault(lemma, []).append((token.idx, author))
                    continue
            children = list(token.children)
            if token.dep_ == "nsubjpass" and token.head.lemma_ in AUTHORING_VERBS:
                # "an email was sent from its director, Jeremy Boreing,": the sender first.
                children.insert(0, token.head)
            author = None
            for child in children:
                named = child
                if child.i == token.head.i:
                    agent = next((c for c in child.children if c.lower_ in ("by", "from")), None)
                    objects = [] if agent is None else list(agent.children)
                    named = next((c for c in objects if c.dep_ == "pobj"), child)
                elif child.dep_ == "acl" and child.lemma_ in AUTHORING_VERBS:
                    # "a report published by research consultancy Analysys"
                    agent = next((c for c in child.children if c.lower_ == "by"), None)
                    objects = [] if agent is None else list(agent.children)
                    named = next((c for c in objects if c.dep_ == "pobj"), child)
                elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of", "for"):
                    named = next((c for c in child.children if c.dep_ == "pobj"), child)
                elif child.dep_ == "prep" and child.lower_ == "in":
                    # "A report in the Springfield Gazette said": the paper that ran it
                    named = paper_in(child.children)
                    if named is None:
                        continue
                elif child.dep_ not in ("poss", "compound") and not (
                    child.dep_ == "amod" and child.ent_type_ == "ORG"  # "The Envisional reports"
                ):
                    continue
                # "by research consultancy Analysys": the name in apposition to the kind.
                candidates = [named, *(c for c in named.children if c.dep_ == "appos")]
                if child.dep_ == "poss" and named.pos_ == "NOUN":
                    # "a Labour Party members' newsletter": the body whose members they are
                    candidates += [
                        c for c in named.children if c.dep_ == "compound" and c.ent_type_ == "ORG"
                    ]
                for candidate in candidates:
                    if (author := self._named(candidate)) is not None:
                        break
                if (
                    author is None
                    and named.ent_type_ == "ORG"
                    and named.dep_ in ("compound", "amod")
                ):
                    # "The Envisional reports": a body the linker left without an entity
                    body = next(e for e in self.doc.ents if e.start <= named.i < e.end)
                    author = Referent(None, body.text, None, None, None, plural=True)
                if author is None and child.dep_ == "prep" and child.lower_ == "in":
                    # a paper the recogniser tagged a place or building: its name as written
                    body = next((e for e in self.doc.ents if e.start <= named.i < e.end), None)
                    name = body.text if body is not None else named.text
                    author = Referent(None, name, None, None, None, plural=True)
                if (
                    author is None
                    and child.dep_ == "prep"
                    and child.lower_ in ("by", "from")
                    and named.pos_ == "NOUN"
                    and named.lemma_.lower() in ORG_NOUNS
                ):
                    # "A report by two Commons committees ... The report said": bodies the
                    # article never names, as described
                    description = noun_phrase(named).text
                    plural = named.tag_ == "NNS"
                    author = Referent(None, None, description, None, None, plural=plural)
                if author is not None:
                    # "The lawsuit filed by X ... the suit reads": one claim, several nouns
                    for noun in LAWSUIT_NOUNS if lemma in LAWSUIT_NOUNS else (lemma,):
                        found.setdefault(noun, []).append((token.idx, author))
                    break
        return found

    def _unknown_body(self, token: Token) -> Referent | None:
        """A body's name the recogniser missed ("the RSPCA said"): a proper noun phrase of no
        entity and no person's, ending in an acronym or tagged as a body."""
        if token.pos_ != "PROPN" or not (
            token.ent_type_ == "ORG" or (not token.ent_type_ and token.text.isupper())
        ):
            return None
        words = [t for t in noun_phrase(token) if t.dep_ != "det"]
        if not words or not all(t.pos_ == "PROPN" and t.ent_type_ != "PERSON" for t in words):
            return None
        if self.name_at(words[0].idx, token.idx + len(token)) is not None:
            return None
        name = self.text[words[0].idx : words[-1].idx + len(words[-1])]
        return Referent(None, name, None, None, None, plural=True)

    def _sole_author(self, token: Token) -> Referent | None:
        """ "According to research ... The study, by X, shows": the one author the article gives
        to any document of this kind, before or after (study, research, survey and poll are one
        kind: an article calls one piece of research by any of them). For a document that
        speaks only: a report merely mentioned may be another's."""
        lemma = token.lemma_.lower()
        kinds = FINDINGS if lemma in FINDINGS else (lemma,)
        authors = {_identity(ref): ref for k in kinds for _, ref in self._authors.get(k, ())}
        if len(authors) != 1:
            return None
        author = next(iter(authors.values()))
        # one named far further on is not who the reader takes to speak here
        first = (
            author.entity.mentions[0].start
            if author.entity is not None and author.entity.mentions
            else self.text.find(author.name or "")
        )
        if first > token.idx and self.text.count("\n\n", token.idx, first) > 1:
            return None
        return author

    def _named(self, token: Token) -> Referent | None:
        """The person or organisation named at ``token``, if any."""
        if (person := self.name_at(token.idx, token.idx + len(token))) is not None:
            return person
        if (organisation := self.organisation_at(token.idx, token.idx + len(token))) is not None:
            organisation = self._spelled_out.get(organisation.key, organisation)
            return Referent(organisation, organisation.name, None, None, None, plural=True)
        return None

    def _last_speaker(self, token: Token, sentence: int) -> Referent | None:
        """ "The statement added" right after someone's words ("A club spokesperson denied it,
        insisting: '...' The statement added: '...'"): whoever spoke in the sentence before,
        a quote's own sentences skipped. Only a statement that goes on ("added", "continued",
        "went on"): "The report said" is a document of its own."""
        verb = token.head
        if (
            token.lemma_.lower() != "statement"
            or token.dep_ != "nsubj"
            or not (
                verb.lemma_ in _GOING_ON
                or (verb.lemma_ == "go" and any(c.lower_ == "on" for c in verb.children))
            )
            or any(c.dep_ in ("poss", "compound") for c in token.children)
        ):
            return None  # "the council's ruling said": its owner's, not the last speaker's
        j = sentence - 1
        while j > 0 and self._quote_only(j):
            j -= 1
        subject = self._subjects[j] if j >= 0 else None
        if subject is None or j >= len(self._subject_refs) or not _speaking(subject):
            return None
        return self._subject_refs[j]

    def _spoken_body_before(self, token: Token, sentence: int) -> Referent | None:
        """ "The NAO urged ... It said ... The report said:": a document no one was said to
        have written, speaking right after a body spoke in the sentence before, is that body's
        (a person's words are rarely "the report"); one with an owner written ("the council's
        ruling") is its owner's."""
        if any(c.dep_ in ("poss", "compound") for c in token.children):
            return None
        j = sentence - 1
        while j > 0 and self._quote_only(j):
            j -= 1
        if j < 0 or j >= len(self._subject_refs):
            return None
        subject, ref = self._subjects[j], self._subject_refs[j]
        if (
            subject is None
            or not _speaking(subject)
            or ref is None
            or ref.entity is None
            or ref.entity.type != "organization"
        ):
            return None
        return ref

    def _quote_free(self, sentence: int) -> bool:
        """Whether no word of a sentence is inside a quotation."""
        return all(self._outside(t.idx) for t in self._sentences[sentence] if t.is_alpha)

    def _lead_person(self, fits, description: str) -> Referent | None:
        """The named person the news lead is about, when ``fits`` their key."""
        lead = self._subject_refs[self._lead] if self._lead < len(self._subject_refs) else None
        if lead is None or lead.entity is None or lead.entity.type != "person":
            return None
        return self.person(lead.entity, description) if fits(lead.entity.key) else None

    def _quote_only(self, sentence: int) -> bool:
        """Whether every word of a sentence is inside a quotation."""
        return all(not self._outside(t.idx) for t in self._sentences[sentence] if t.is_alpha)

    def _author(self, token: Token, own: bool = False) -> Referent | None:
        """ "The report says": the author of the latest report the article attributed (with
        ``own``, only the author given to this very document: "a report published by X")."""
        written = self._authors.get(token.lemma_.lower(), [])
        i = bisect_left(written, token.idx, key=itemgetter(0))
        if own:
            return written[i][1] if i < len(written) and written[i][0] == token.idx else None
        return written[i - 1][1] if i > 0 else None

    def _relative(self, token: Token, phrase: Span, sentence: int) -> Referent | None:
        """ "His wife", "Lopez's son": the person of that gender named in this or the few
        sentences before who shares the surname of the one they are related to, and is not
        them ("Maria Lopez and her husband, David Lopez ... His wife laughed")."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        related = self.resolve(owner, sentence)
        if related is None or related.entity is None or " " not in (related.name or ""):
            return None
        surname = related.name.split()[-1]
        gender = word_gender(token.lower_)
        since = self._sentences[max(0, sentence - RECENCY_SENTENCES)].start_char
        for row in self._recent(token.idx, since, RECENCY_MENTIONS):
            named = self.name_at(row.start, row.end)
            if (
                named is not None
                and named.entity is not None
                and named.entity.key != related.entity.key
                and (named.name or "").split()[-1] == surname
                and (gender is None or named.gender in (None, gender))
            ):
                return replace(named, description=phrase.text)
        return self._named_with_relative(related.entity, surname, gender, phrase)

    def _named_with_relative(
        self, related: Entity, surname: str, gender: str | None, phrase: Span
    ) -> Referent | None:
        """ "Gary and Linda Szabo ... Her husband": the one whose given name is written before
        the relative's, sharing the surname ("<Given> and <Given> <Surname>"), when the article
        names that person in full, and the kin noun's gender does not deny theirs."""
        for mention in related.mentions:
            found = re.search(
                r"\b([A-Z][a-z]+) (?:and|&) $",
                self.text[max(0, mention.start - 20) : mention.start],
            )
            if found is None:
                continue
            full = f"{found.group(1)} {surname}"
            entity = self._person_named.get(full)
            if entity is None or entity.key == related.key:
                continue
            if gender is not None and first_name_gender(full) not in (None, gender):
                continue
            return replace(self.person(entity), description=phrase.text)
        return None

    def _name_beside(self, token: Token) -> Referent | None:
        """The person named right beside a role noun: "His friend, Saxon Spence," (apposition),
        "Nortel president Bill Owens" (the role written before the name)."""
        appositions = [c for c in token.rights if c.dep_ == "appos"]
        if token.pos_ == "NOUN" and (given := self._name_given_as(token)) is not None:
            return given
        if token.pos_ == "NOUN":
            # "a retired nurse named Lorraine Beckett", "The Crown's first witness, a nurse
            # named Lorraine Beckett,": the name a participle of naming gives a person's noun
            nouns = [token] if person_noun(token) or token.lower_ in KIN_NOUNS else []
            nouns += [c for c in appositions if c.pos_ == "NOUN" and person_noun(c)]
            for noun in nouns:
                for acl in noun.rights:
                    if acl.dep_ == "acl" and acl.lemma_ in ("name", "call"):
                        for obj in _named_by(acl):
                            if named := self.name_at(obj.idx, obj.idx + len(obj)):
                                return named
        # "James Hardie chairwoman, Meredith Hellicar,": the name set off after the role is
        # its holder; the one before it is the body (named like a person) it serves.
        named_after = any(_set_off(c) and self.name_at(c.idx, c.idx + 1) for c in appositions)
        if person_noun(token) and not named_after:
            # "thinks Paolo Pescatore mobile industry specialist for analysts IDC": the name
            # written before the role, in its phrase.
            first = token.left_edge
            while (
                first.i < token.i
                and not first.ent_type_
                and (first.lower_ in TITLE_ABBREVIATIONS or _role_word(first.text))
            ):
                first = self.doc[first.i + 1]  # "Professor Alan Trounson deputy director of"
            row = self._row_at(first.idx, first.idx + 1) if first.pos_ == "PROPN" else None
            if (
                row is not None
                and row.start == first.idx
                and " " in self.text[row.start : row.end]
                and self._row_at(row.end, row.end + 1) is None
                # "Ronald Reagan 's wife , Nancy": whose wife, not who
                and not self.text[row.end : row.end + 3].lstrip().startswith(("'s", "’s"))
            ):
                return self.name_at(row.start, row.end)  # not "a Clinton campaign official"
        owners = []  # appositions to the role's own words: only a known name counts
        role = person_noun(token) or heads_body(token)
        if not appositions and role and token.lower_ not in KIN_NOUNS:
            # "A spokeswoman for the county, Dana Reyes,": the parser hangs the name on the
            # last noun of the role's phrase, which names no person ("the husband of crash
            # victim, Teresa Pawlik," names the one he is the husband of).
            for prep in token.rights:
                if prep.dep_ != "prep":
                    continue
                for obj in prep.children:
                    if obj.dep_ == "pobj" and not person_noun(obj):
                        owners += [c for c in obj.rights if _set_off(c)]
                        # "director of the Victims of Crime Trust, Norman Brennan,"
                        for inner in obj.rights:
                            if inner.dep_ == "prep":
                                for deep in inner.children:
                                    if deep.dep_ == "pobj":
                                        owners += [c for c in deep.rights if _set_off(c)]
        for child in owners:
            if named := self.name_at(child.idx, child.idx + 1):
                return named
            if child.pos_ == "PROPN" and child.ent_type_ in ("", "PERSON"):
                # "A spokeswoman for the county, Dana Reyes,": a name the recogniser missed,
                # when it is a full name or a first name says so ("for analysts IDC" is not).
                named = self._unlinked_name(child)
                if named is not None and (named.gender is not None or " " in (named.name or "")):
                    if gender := word_gender(token.lower_):
                        named = replace(named, gender=gender, gender_evidence=TEXT)
                    return named
        said = word_gender(token.lower_)
        for child in appositions:
            if named := self.name_at(child.idx, child.idx + 1):
                if said is not None and named.gender not in (None, said):
                    continue  # "The husband of crash victim, Anne Kerr,": whose husband
                return named
            # "the work's author, US playwright Eve Ensler,": the role's own apposition
            if child.pos_ == "NOUN" and person_noun(token) and (named := self._name_beside(child)):
                return named
            if (
                child.pos_ == "PROPN"
                and (person_noun(token) or token.lower_ in KIN_NOUNS)
                and child.ent_type_ in ("", "PERSON")  # "a spokesman for the BPI (BPI)"
                and self.doc[child.i - 1].text != "("
                # "The veteran Alberta MP": a role of its own, someone's or somewhere's
                and not person_noun(child)
            ):
                # A name the recogniser took for a group: "his wife, Meredith," is a woman.
                named = self._unlinked_name(child)
                if named is not None and (gender := word_gender(token.lower_)):
                    named = replace(named, gender=gender, gender_evidence=TEXT)
                return named
        # The role written before the name, maybe coordinated ("president and chief executive
        # Bill Owens"): the first name in the noun phrase after it, before any verb.
        if token.pos_ in ("NOUN", "PROPN") and token.lower_ in _ROLE_OR_PERSON_NOUNS:
            for t in self.doc[token.i + 1 : min(token.right_edge.i + 1, token.i + 8)]:
                if t.pos_ in ("VERB", "AUX", "ADP") or t.is_punct:
                    break  # "the Labour MP for Birkenhead": a place, not the MP's name
                row = self._row_at(t.idx, t.idx + 1)
                if row is not None and row.start == t.idx and not self._name_modifies(row):
                    return self.name_at(row.start, row.end)
        if token.pos_ == "NOUN":
            # "Fund manager Florian Hamm - the club's largest investor - said": the parser makes
            # the role after the dash the head; the name before the dash is who it is.
            for t in self.doc[token.left_edge.i : token.i]:
                row = self._row_at(t.idx, t.idx + 1)
                if (
                    row is not None
                    and row.start == t.idx
                    and self.text[row.end : row.end + 3]
                    in (
                        " - ",
                        " – ",
                        " — ",
                    )
                ):
                    return self.name_at(row.start, row.end)
        following = token.i + 1
        # "Transit advocate Cameron MacLeod, ... says": a role the parser read as a verb
        role = token.pos_ == "NOUN" or (token.pos_ == "VERB" and token.dep_ in _SUBJECTS)
        if role and following < len(self.doc):
            row = self._row_at(self.doc[following].idx, self.doc[following].idx + 1)
            if (
                row is not None
                and row.start == self.doc[following].idx
                and not self._name_modifies(row)
            ):
                return self.name_at(row.start, row.end)
        return None

    def _name_modifies(self, row: _Row) -> bool:
        """ "The veteran Alberta MP", "a Clinton campaign aide": a name written as a modifier
        of a noun after it, in the same phrase, is whose or where the role is, not its holder
        (a name the recogniser took for a person's, "Alberta", included)."""
        last = self.doc[row.token]
        while last.i + 1 < len(self.doc) and self.doc[last.i + 1].idx < row.end:
            last = self.doc[last.i + 1]
        return (
            last.dep_ in ("compound", "nmod")
            and last.head.i > last.i
            and last.head.idx >= row.end
            and last.head.pos_ in ("NOUN", "PROPN")
        )

    def _name_given_as(self, token: Token) -> Referent | None:
        """ "A woman who gave her name only as Priya", "a man identified only as Daniel": the
        name someone unnamed gave, written right after the person's noun."""
        if not (person_noun(token) or word_gender(token.lower_)):
            return None
        after = self.text[token.idx + len(token) : token.idx + len(token) + 80]
        found = _GIVEN_AS.match(after)
        if found is None:
            return None
        name = self.doc.char_span(
            token.idx + len(token) + found.start(1),
            token.idx + len(token) + found.end(1),
            alignment_mode="contract",
        )
        if name is None or len(name) == 0:
            return None
        named = self.name_at(name.start_char, name.end_char)
        if named is not None:
            return named
        gender = word_gender(token.lower_)
        return Referent(None, name.text, None, gender, TEXT if gender else None)

    def _unlinked_name(self, token: Token) -> Referent | None:
        """A name the entity recogniser missed ("Skelly said"): a person, not linked, with the
        gender its title or first name says."""
        doc = self.doc
        start, end = token.i, token.i + 1
        while start > 0 and _name_word(doc[start - 1]):
            start -= 1
        if (
            start > 0
            and doc[start - 1].is_sent_start
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and first_name_gender(f"{doc[start - 1].text} {token.text}") is not None
        ):
            start -= 1  # "Piers Freelove is senior benefit officer": a first name opening it
        while end < len(doc) and _name_word(doc[end]):
            end += 1
        span = doc[start:end]
        if not span.text[:1].isupper() or (start > 0 and _determiner(doc[start - 1])):
            return None
        if len(span) == 1 and (span.text in NATIONALITY_NOUNS or span.text in DEMONYMS):
            return None  # "his fellow Portuguese"
        if len(span) == 1 and _common_word(span[0], self._lower_words):
            return None  # capitalised by its place: "Win or not, candidate says"
        if span[-1].lower_ in PLACE_WORDS:
            return None  # "Hermenegildo Galeana Street"
        if span[-1].lower_ in ROLE_HEADS and not any(
            self.name_at(t.idx, t.idx + len(t)) for t in span
        ):
            return None  # "the former Attorney General of Delaware": an office, no name
        # The name is the last one written in the run: "Nottingham City Councillor Brian
        # Parbutt", "Paul Boateng MP"; a surname the recogniser knows alone ("Elon Musk").
        for t in reversed(span):
            if named := self.name_at(t.idx, t.idx + len(t)):
                return named
            if t.text in self._single:
                return self.person(self._single[t.text])
        words = span.text.split()
        titled = next((g for w in words[:-1] if (g := word_gender(w))), None)
        # What is written before the name in its phrase: an owner ("Sky Networks'"), a role
        # ("Nottingham City Councillor"), a title; and letters after it ("MP").
        for k in range(len(words) - 2, -1, -1):
            lower = words[k].lower().rstrip(".")
            if words[k].endswith(("'", "’", "'s", "’s")) or lower in _NAME_PREFIXES:
                words = words[k + 1 :]
                break
        while len(words) > 1 and words[-1] in POST_NOMINALS:
            words.pop()
        name = " ".join(words)
        if titled:
            return Referent(None, name, None, titled, TEXT)
        body = self._body_firsts.get(name) if len(words) == 1 else None
        if body is not None and body.mentions[0].start < token.idx:
            # "Shares in Cairn Energy fell ... But Cairn said": that body, in full.
            return Referent(body, body.name, None, None, None, plural=True)
        if len(words) == 1 and name in self._its_owners():
            # "Facebook activated its Safety Check tool": a body, never a he or she.
            return Referent(None, name, None, None, None, plural=True)
        gender = first_name_gender(name)
        return Referent(None, name, None, gender, NAME if gender else None)

    def _its_owners(self) -> frozenset[str]:
        """One-word names the article makes the subject of a clause about "its" something
        ("Facebook activated its tool"): bodies. Computed once per document, on first use."""
        if self._its is None:
            owners = set()
            doc_tokens = tokens(self.doc)
            for t in (doc_tokens[i] for i in positions(self.doc, LOWER, _ITS)):
                if not self._outside(t.idx):
                    continue
                verb = t
                for _ in range(4):
                    if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                        break
                    verb = verb.head
                owners.update(
                    c.text
                    for c in verb.children
                    if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < t.i
                )
            self._its = frozenset(owners)
        return self._its

    def _group_named(self, token: Token, phrase: Span, sentence: int) -> Referent | None:
        """ "The couple", "the trio" (alone, definite): the people named just before, when
        exactly as many were named there ("The trio are chief executive A, finance director B
        and C. The three have refused ...": all of them, as one speaker, in the order the
        article first named them)."""
        if phrase[0].lower_ != "the":
            return None
        since = self._sentences[max(0, sentence - SUBJECT_LOOKBACK)].start_char
        people: dict[str, int] = {}
        for row in self._recent(token.idx, since, RECENCY_MENTIONS):
            named = self.name_at(row.start, row.end)
            if not _named_person(named):
                continue
            # in the order the article first named them
            people[named.name] = named.entity.mentions[0].start if named.entity.mentions else 0
        if len(people) != GROUP_SIZES[token.lower_]:
            return None
        names = sorted(people, key=people.__getitem__)
        return Referent(
            None, ", ".join(names[:-1]) + " and " + names[-1], None, None, None, plural=True
        )

    def _named_together(self, subject: Token, sentence: int) -> Referent | None:
        """People named together as one subject ("Kim Lee and Sam Park launched"): both, as
        one plural referent "Kim Lee and Sam Park"; None unless each is named."""
        heads = [subject]
        while len(heads) < MAX_TOGETHER:
            conj = next((c for c in heads[-1].rights if c.dep_ == "conj"), None)
            if conj is None:
                break
            heads.append(conj)
        if len(heads) < 2:
            return None
        between = self.doc[subject.i + 1 : heads[-1].left_edge.i]
        if not any(t.lower_ == "and" and t.dep_ == "cc" for t in between):
            return None
        parts = [self.resolve(h, sentence) for h in heads]
        names = [p.name for p in parts if p is not None and p.name]
        if len(names) != len(heads) or len(set(names)) != len(names):
            return None
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return Referent(None, name, None, None, None, plural=True)

    def _plural_subject_before(self, sentence: int) -> Referent | None:
        """Who "they" said is when no group spoke before: the subject of the sentence before
        (past a quote's own sentences), if it is more than one: people named together ("Kim
        Lee and Sam Park launched ... They say": both, as one speaker), a plural noun that
        names a group or body ("Local supporters ... They claim"), a couple or trio."""
        j = sentence - 1
        while j > 0 and self._subjects[j] is None and sentence - j <= SUBJECT_LOOKBACK:
            j -= 1
        subject = self._subjects[j] if j >= 0 else None
        if subject is None or subject.lower_ in PRONOUN_GENDER or subject.lower_ in PLURAL_PRONOUNS:
            return None
        if _coordinated(subject):
            return self._named_together(subject, j)
        if subject.tag_ in ("NN", "NNP"):
            # "Us magazine was unrepentant, saying: '...' '...,' they added": a body spoke, one
            # the recogniser named or missed (its name before a noun of bodies)
            ref = self.resolve(subject, j)
            if ref is not None and ref.entity is not None and ref.entity.type == "organization":
                return replace(ref, plural=True)
            phrase = noun_phrase(subject)
            if (
                ref is None
                and subject.lower_ in ORG_NOUNS
                and any(
                    t.text[:1].isupper() and t.pos_ not in ("DET", "ADJ", "PRON")
                    for t in phrase[:-1]
                )
            ):
                return Referent(None, None, phrase.text, None, None, plural=True)
        if subject.tag_ not in ("NNS", "NNPS") and subject.lower_ not in GROUPS_OF_PEOPLE:
            # "Confidence has dipped and analysts have raised concerns ... they say": the
            # people subject of the clause joined to a first one about a thing
            joined = [
                c
                for verb in subject.head.rights
                if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX")
                for c in verb.children
                if c.dep_ == "nsubj" and c.tag_ == "NNS" and _people_word(c.lemma_.lower())
            ]
            if len(joined) != 1 or not self._outside(joined[0].idx):
                return None
            subject = joined[0]
        ref = self.resolve(subject, j)
        if ref is None or not (ref.name or ref.description):
            return None
        return replace(ref, plural=True)

    def _pronoun(self, token: Token, sentence: int) -> Referent | None:
        gender = PRONOUN_GENDER.get(token.lower_)
        candidates = []
        speaking = []  # the subjects that were speaking in their sentence ("X warned that")
        subject = self._subjects[sentence]
        cue = token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS
        if self._reports_clause_before(token):
            pass  # "The ambassador was summoned ..., he added": he reports it, he is not in it
        elif (
            token.head.dep_ == "relcl"
            and any(
                c.dep_ == "prep" and any(w.lower_ in ("which", "whom") for w in c.children)
                for c in token.head.children
            )
            and (earlier := self._clause_subject_before(token, sentence)) is not None
        ):
            # "He said Barzani sent a message in which he said": the he of a relative clause
            # about a thing is the subject of the clause it hangs in, not the sentence's.
            candidates.append(self.resolve(earlier, sentence))
            speaking.append(_speaking(earlier))
        elif (governing := self._governing_subject(token, subject)) is not None:
            # "A said B had caused uproar when he said ...": the he of a subordinate clause
            # is the subject of the clause it qualifies, before the sentence's.
            candidates.append(self.resolve(governing, sentence))
            speaking.append(_speaking(governing))
        elif subject is not None and subject.i < token.i:
            candidates.append(self.resolve(subject, sentence))
            speaking.append(_speaking(subject))
        elif subject is not None and self._fronted_clause(token, subject):
            # "After he blasted the film, Pastor Kevin Swanson set his sights on ...": the he
            # of a clause set before the main one is that clause's subject, named after it.
            candidates.append(self.resolve(subject, sentence))
            speaking.append(_speaking(subject))
        elif (earlier := self._clause_subject_before(token, sentence)) is not None:
            # "Vice President Joe Biden weighed in, telling Mic, “...,” he said."
            candidates.append(self.resolve(earlier, sentence))
            speaking.append(_speaking(earlier))
        for j in range(sentence - 1, max(-1, sentence - 1 - SUBJECT_LOOKBACK), -1):
            if self._subjects[j] is not None:
                if cue and (later := self._speaking_conjunct(j)) is not None:
                    # "He has battled parliament and Sharetsky said ... . “...,” he said": the
                    # one who spoke last in that sentence.
                    candidates.append(self.resolve(later, j))
                    speaking.append(True)
                # "Leicester and Saracens are leading ...": two, never a he or she.
                # ("He and the archbishop spoke out. ... he said": the pronoun continues the
                # pronoun that opened the pair.)
                paired = (
                    gender is not None
                    and _coordinated(self._subjects[j])
                    and PRONOUN_GENDER.get(self._subjects[j].lower_) != gender
                )
                reporter = self._subject_refs[j]
                inner = self._reported_subject(j)
                if (
                    inner is not None
                    and gender is not None
                    and (reporter is None or reporter.gender is None)
                    and (topic := self.resolve(inner, j)) is not None
                    and _singular_person(topic)
                    and topic.gender == gender
                ):
                    # "Swanson ... slammed the Girl Scouts, Right Wing Watch first reported.
                    # He then implied ...": the one reported on, not a source of no gender.
                    candidates.append(topic)
                    speaking.append(False)
                candidates.append(None if paired else reporter)
                speaking.append(_speaking(self._subjects[j]))
                break
        if token.lower_ in ("it", "its"):  # an organisation: "BA ... which it says"
            for ref in candidates:
                if ref is not None and ref.entity is not None and ref.entity.type != "person":
                    return ref
            # The last subject that "it" may stand for, past a quote's own sentences and a
            # plural one ("The email ... was sent by X. Two Americans were killed. '...,' it
            # reads").
            j = sentence - 1
            while (
                j > 0
                and sentence - j < TOPIC_LOOKBACK
                and (self._subjects[j] is None or self._subjects[j].tag_ in ("NNS", "NNPS"))
            ):
                j -= 1
            before = self._subjects[j] if j >= 0 else None
            if (
                cue
                and before is not None
                and (
                    before.lemma_.lower() in DOCUMENT_NOUNS
                    or before.lower_ == "it"
                    # "Mr Crosby's statement said: ... It added:": the statement, his
                    or (before.dep_ == "poss" and before.head.lemma_.lower() in DOCUMENT_NOUNS)
                )
                and (written := self._subject_refs[j]) is not None
                and written.entity is not None
            ):
                # ("... it reads. '...,' it said": the same document, or the same body)
                # "The lawsuit noted that ... It stated he will ...": the document's author
                return written
            if (
                subject is not None
                and subject.i < token.i
                and subject.ent_type_ in ("GPE", "ORG")
                and not self._reports_clause_before(token)
                and candidates
                and candidates[0] is None
            ):
                # "Iran said it regretted the incident, which it said ...": a country speaking.
                return Referent(None, noun_phrase(subject).text, None, None, None, plural=True)
            found = self._recent_organisation(token, sentence, pronoun=True)
            if (
                found is None
                and cue
                and before is not None
                and before.tag_ in ("NN", "NNP")
                and before.is_lower
                and _speaking(before)
                and not person_noun(before)
                and self._subject_refs[j] is None
                and (phrase := noun_phrase(before))[0].lower_ in DEFINITE
            ):
                # "The prime minister's office said ... It added that": a body no name was
                # given, which spoke in the sentence before, as first written.
                found = Referent(None, None, phrase.text, None, None)
            return found
        if gender is None:  # they: a group or an organisation, never one named person
            for ref in candidates:
                if ref is not None and (ref.plural or _body_described(ref)):
                    return ref
            # "Both Simon Wiget and Stefan Abegglen told the court ... they said": the people
            # the nearest subject before names together, before a group that spoke earlier
            j = sentence if subject is not None and subject.i < token.i else sentence - 1
            while j > 0 and self._subjects[j] is None and sentence - j <= SUBJECT_LOOKBACK:
                j -= 1
            nearest = self._subjects[j] if j >= 0 else None
            if (
                nearest is not None
                and nearest.i < token.i
                and nearest.ent_type_ == "PERSON"
                and _coordinated(nearest)
                and (together := self._named_together(nearest, j)) is not None
            ):
                return together
            if cue:
                # "..., dealers said . “...,” one said . ..., they added": the group that spoke
                # in the sentences before.
                for j in range(sentence - 1, max(-1, sentence - 1 - SUBJECT_LOOKBACK), -1):
                    for t in self._sentences[j]:
                        if (
                            t.dep_ == "nsubj"
                            and t.tag_ in ("NNS", "NNPS")
                            and t.head.lemma_ in SPEECH_VERBS
                            and self._outside(t.idx)
                        ):
                            ref = self.resolve(t, j)
                            if ref is not None and ref.plural:
                                return ref
                return self._plural_subject_before(sentence)
            return None
        # “He was phenomenal,” he said: a quote that speaks of someone by the cue's own pronoun
        # is about the most salient such person (its topic), so its speaker is the next one;
        # unless that person was the one speaking just before ("Deco agreed that it was not
        # typical of his fellow Portuguese. “It's not normal behaviour on his part,” he said").
        topic = None
        about = self._speaks_of(token, gender)
        named = self._named_in_quotes(token, sentence) | self._named_in_clause(token)
        spoken_of = self._said_of(token)
        if spoken_of is not None:
            # “He's got a great shot,” he said of Caleb Jones: the quote is about Caleb Jones,
            # so its "he" tells nothing of the speaker, who is not him.
            about = False
            named.add(spoken_of)
        last = self._named_last(token, gender) if about else None
        doer = (
            (self._doer_to_other(token, sentence, gender) or self._doer_to_named(token, sentence))
            if about
            else None
        )
        for ref in self._antecedents(token, sentence, gender, candidates):
            if ref.entity is not None and ref.entity.key in named:
                continue  # “Donald Trump is unfit,” he said: not Trump
            if not about:
                return ref
            if topic is None and doer is not None and _identity(ref) == _identity(doer):
                # "Cole defended the decision to leave him out. “He was not fit,” he said":
                # the quote's he is the him acted on; the one who acted on him speaks.
                return ref
            if topic is None and last is not None and _identity(ref) != _identity(last):
                # "Groberg explained why he will not back Donald Trump. “He has zero military
                # experience,” he said": the quote's he is the one named last, not the most
                # salient subject, who speaks.
                return ref
            if topic is None:
                topic = ref
                kept = [s for r, s in zip(candidates, speaking, strict=True) if r is ref]
                if kept and kept[0]:
                    return ref
                if self._introduced_to_speak(ref, token):
                    return ref
            elif _identity(ref) != _identity(topic):
                return ref
        if topic is None and not about:
            # No one fits by gender: a salient subject whose gender only its first name
            # suggested ("Marty Walz" ... "Walz approaches it ... She said") is the one meant,
            # the article's pronoun outweighing a name used for both.
            for ref in candidates:
                if (
                    ref is not None
                    and _singular_person(ref)
                    and ref.gender_evidence == NAME
                    and (ref.entity is None or ref.entity.key not in named)
                ):
                    return ref
        return topic

    def _sentence_before_quote(self, pronoun: Token, sentence: int) -> int | None:
        """The index of the sentence before the quote right before ``pronoun`` (counting down
        from ``sentence``, the pronoun's), or None when there is no such quote or sentence."""
        i = bisect_right(self._quoted, (pronoun.idx, pronoun.idx)) - 1
        if i < 0:
            return None
        start = self._quoted[i][0]
        while sentence >= 0 and self._sentences[sentence].end_char > start:
            sentence -= 1
        return sentence if sentence >= 0 else None

    def _doer_to_other(self, pronoun: Token, sentence: int, gender: str) -> Referent | None:
        """The named person of ``gender`` who, in the sentence before the quote right before
        ``pronoun`` (“...,” he said), acts on another of the same gender written as an object
        pronoun ("Reed attacked the press for wanting to question him"): the subject of the
        nearest clause above that "him" with a name as subject."""
        sentence = self._sentence_before_quote(pronoun, sentence)
        if sentence is None:
            return None
        objects = OBJECT_PRONOUNS.get(gender, ())
        for t in self._sentences[sentence]:
            if t.lower_ not in objects or t.dep_ not in ("dobj", "pobj", "dative"):
                continue
            if not self._outside(t.idx):
                continue
            head = t.head
            for _ in range(MAX_CLAUSE_STEPS):
                subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.pos_ == "PROPN":
                    ref = self.resolve(subject, sentence)
                    if ref is not None and is_person(ref) and ref.gender in (None, gender):
                        return ref
                    return None
                if head.head is head:
                    break
                head = head.head
        return None

    def _doer_to_named(self, pronoun: Token, sentence: int) -> Referent | None:
        """The person the sentence before the quote right before ``pronoun`` is about, when
        that sentence's verb acts on another person named or described as its object ("He also
        moved the defenceman Beckett Lindgren onto the top pair. “He's been our best D-man,” he
        said"): the quote's he is the one acted on; the one who acted speaks."""
        sentence = self._sentence_before_quote(pronoun, sentence)
        if sentence is None or sentence >= len(self._subject_refs):
            return None
        subject = self._subjects[sentence]
        doer = self._subject_refs[sentence]
        if subject is None or doer is None or not _singular_person(doer):
            return None
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ in SPEECH_VERBS:
            return None
        for obj in verb.children:
            if obj.dep_ != "dobj" or not self._outside(obj.idx):
                continue
            named = obj.ent_type_ == "PERSON" or any(
                c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in obj.children
            )
            if named or person_noun(obj):
                return doer
        return None

    def _name_given(self, token: Token) -> Referent | None:
        """ "One man at the centre, who gave his name only as Kevin, said": the name a source
        gave, written between the subject and its verb after "name" ("name as Kevin", "first
        name, Maria"), whatever the parser attached the clause to."""
        window = self.doc[token.i + 1 : min(len(self.doc), token.i + NAME_GIVEN_WINDOW)]
        verb = next((t for t in window if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB"), None)
        if verb is None:
            return None
        for t in self.doc[token.i + 1 : verb.i]:
            if t.lower_ != "name":
                continue
            for after in self.doc[t.i + 1 : min(verb.i, t.i + 4)]:
                if after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
                    return self.name_at(after.idx, after.idx + len(after))
                if after.lower_ not in (",", "as", "only"):
                    break
        return None

    def _introduced_to_speak(self, ref: Referent, pronoun: Token) -> bool:
        """ "Manager John Schneider was more direct.\n\n“I want him here,” he said": a person
        first named in a paragraph of one sentence right before the quote's paragraph is
        introduced to speak; the quote's "him" is someone named before."""
        if ref.entity is None or ref.entity.type != "person":
            return False
        i = bisect_right(self._quoted, (pronoun.idx, pronoun.idx)) - 1
        if i < 0:
            return False
        text = self.text
        para = text.rfind("\n", max(0, self._quoted[i][0] - 3), self._quoted[i][0])
        if para < 0:
            return False  # the quote does not open its paragraph
        end = para
        while end > 0 and para - end < INTRO_CHARS and text[end - 1] in " \n":
            end -= 1  # past the blank lines between paragraphs
        before = text.rfind("\n", max(0, end - INTRO_CHARS), end)
        if before < 0 and end > INTRO_CHARS:
            return False  # a long paragraph: no short introduction
        intro = text[before + 1 : end]
        # that paragraph is one sentence and holds the person's first mention
        first = self._first_named_at(ref.entity.key)
        return before < first < end and ". " not in intro and '"' not in intro

    def _first_named_at(self, key: str) -> int:
        """Where the person of that entity key is first named in the text (-1: nowhere)."""
        if self._first_named is None:
            self._first_named = {}
            for row in self._rows["person"]:
                self._first_named.setdefault(row.entity.key, row.start)
        return self._first_named.get(key, -1)

    def _fronted_clause(self, pronoun: Token, subject: Token) -> bool:
        """Whether a pronoun is the subject of an adverbial clause that opens its sentence
        ("After he ..., ", "When she ...,") before the main clause's named subject."""
        clause = pronoun.head
        return (
            pronoun.dep_ == "nsubj"
            and subject.i > pronoun.i
            and subject.pos_ == "PROPN"
            and clause.dep_ == "advcl"
            and clause.head == subject.head
            and clause.i < subject.i
            and any(c.dep_ == "mark" and c.i < pronoun.i for c in clause.children)
            and clause.left_edge.i == self._sentences[self._sentence_of(pronoun.i)].start
            and self._outside(subject.idx)
        )

    def _reported_subject(self, sentence: int) -> Token | None:
        """The named subject of the clause a sentence reports with its speech verb set after
        it ("Swanson slammed the Girl Scouts ..., Right Wing Watch first reported.")."""
        subject = self._subjects[sentence]
        if subject is None or subject.head.lemma_ not in SPEECH_VERBS:
            return None
        verb = subject.head
        for clause in verb.children:
            if clause.dep_ == "ccomp" and clause.i < subject.i:
                for t in clause.children:
                    if t.dep_ == "nsubj" and t.pos_ == "PROPN" and self._outside(t.idx):
                        return t
        return None

    def _governing_subject(self, pronoun: Token, subject: Token | None) -> Token | None:
        """The named subject of the clause that a subordinate clause ("when he said", "because
        she ...") qualifies, when the pronoun is that clause's subject and the qualified clause
        is not the sentence's main one."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.i < pronoun.i:
            return None
        if not any(
            c.dep_ == "mark" or c.lower_ in ("when", "while", "whenever")
            for c in clause.children
            if c.i < pronoun.i
        ):
            return None
        for t in clause.head.children:
            if (
                t.dep_ == "nsubj"
                and t.pos_ == "PROPN"
                and t.i < pronoun.i
                and (subject is None or t.i != subject.i)
                and self._outside(t.idx)
            ):
                return t
        return None

    def _speaking_conjunct(self, sentence: int) -> Token | None:
        """The named subject of a speech verb in a clause coordinated after a sentence's main
        one ("He has battled ... and Sharetsky said ..."), outside quotation marks."""
        found = None
        main = self._subjects[sentence]
        for t in self._sentences[sentence]:
            if (
                t.dep_ == "nsubj"
                and t.pos_ == "PROPN"
                and t.head.dep_ == "conj"
                and t.head.lemma_ in SPEECH_VERBS
                and (main is None or t.i > main.i)
                and self._outside(t.idx)
            ):
                found = t
        return found

    def _reports_clause_before(self, pronoun: Token) -> bool:
        """Whether a pronoun is the subject of a speech verb set after the clause it reports
        (", he added ."), outside quotation marks: the subjects in that clause are what was
        said, so its speaker is found before it."""
        verb = pronoun.head
        return (
            pronoun.dep_ == "nsubj"
            and verb.lemma_ in SPEECH_VERBS
            and pronoun.i > 0
            and self.doc[pronoun.i - 1].text == ","
            and verb.i > pronoun.i
            and self._outside(pronoun.idx)
            and all(
                t.is_punct or t.is_space or t.dep_ in ("prep", "pobj", "npadvmod", "advmod")
                for t in self.doc[verb.i + 1 : self._sentences[self._sentence_of(verb.i)].end]
            )
        )

    def _said_of(self, pronoun: Token) -> str | None:
        """The key of the person a speech verb says its words are about ("he said of Caleb
        Jones"), when ``pronoun`` is that verb's subject."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS:
            return None
        for prep in verb.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        ref = self.name_at(obj.idx, obj.idx + len(obj))
                        if ref is not None and ref.entity is not None:
                            return ref.entity.key
        return None

    def _clause_subject_before(self, token: Token, sentence: int) -> Token | None:
        """The nearest subject of a clause in the pronoun's own sentence, written before it
        (outside quotes, at most SUBJECT_WINDOW tokens back)."""
        start = max(self._sentences[sentence].start, token.i - SUBJECT_WINDOW)
        for t in reversed(self.doc[start : token.i]):
            if t.dep_ in _SUBJECTS and t.pos_ in ("PROPN", "NOUN") and self._outside(t.idx):
                return t
        return None

    def _antecedents(
        self, token: Token, sentence: int, gender: str, subjects: Sequence[Referent | None]
    ) -> Iterator[Referent]:
        """The people a he or she may refer to, most salient first: the subjects of its own
        and the previous sentence, then by recency, sentence by sentence back: names written
        before the pronoun in its own sentence, then in each earlier sentence its subject (a
        pronoun there counts as the person it was resolved to) before the other names in it,
        latest first. Bounded: RECENCY_SENTENCES sentences, RECENCY_MENTIONS mentions."""
        for ref in subjects:
            if ref is not None and _singular_person(ref) and ref.gender in (None, gender):
                yield ref
        rows = self._rows["person"]
        starts = self._row_starts["person"]
        looked = 0
        for j in range(sentence, max(-1, sentence - RECENCY_SENTENCES), -1):
            ref = self._subject_refs[j] if j < sentence else None
            if (
                ref is not None
                # "A Labour Party spokesman told ...", sentences back: described, not named
                and _singular_person(ref)
                and ref.gender in (None, gender)
                and not _coordinated(self._subjects[j])
            ):
                yield ref
            span = self._sentences[j]
            end = token.idx if j == sentence else span.end_char
            i = bisect_left(starts, end) - 1
            mentions = (
                [(idx, ref) for idx, ref in self._role_mentions[j] if idx < end]
                if (j < len(self._role_mentions))
                else []
            )
            while i >= 0 and rows[i].start >= span.start_char and looked < RECENCY_MENTIONS:
                looked += 1
                if not rows[i].quoted and rows[i].end <= end and not self._at_place(rows[i]):
                    mentions.append((rows[i].start, self.name_at(rows[i].start, rows[i].end)))
                i -= 1
            # In one sentence a person comes before a body whose name only looks like one's
            # ("he has been linked with Real Madrid, Barcelona and Valencia. He told ...").
            for _, ref in sorted(mentions, key=_person_first):
                if ref is not None and ref.gender in (None, gender) and _singular_person(ref):
                    yield ref

    def _at_place(self, row: _Row) -> bool:
        """A one-word name written as a place ("the game at Bolton", "in Carson", "Brampton,
        Ont.") or a part played ("Emma Watson, who plays Hermione"): rarely anyone's he or
        she. Nor is a one-word name after "the" ("fourth in the Premiership table"): a
        competition, a brand or a body the recogniser took for a person."""
        if " " not in row.entity.name and self.text[max(0, row.start - 3) : row.start] in (
            "at ",
            "in ",
        ):
            return True
        if " " not in row.entity.name and self.text[max(0, row.start - 4) : row.start] in (
            "the ",
            "The ",
        ):
            return True
        if (
            " " not in row.entity.name
            and row.token >= 2
            and self.doc[row.token - 1].text == ","
            and self.doc[row.token - 2].ent_type_ in ("GPE", "LOC")
        ):
            return True  # "a college in Brampton, Ont.": the province after its town
        token = self.doc[row.token]
        while token.dep_ in ("compound", "flat") and token.head.i > token.i:
            token = token.head
        return token.dep_ == "dobj" and token.head.lemma_ in ("play", "portray")

    def _named_in_quotes(self, pronoun: Token, sentence: int) -> set[str]:
        """The people a quote says the pronoun's speaker said names in the third person: the
        quote right before it (“...,” he said) or introduced after it in its sentence ("he
        said: “...”"). A speaker rarely names themselves."""
        spans = []
        i = bisect_right(self._quoted, (pronoun.idx, pronoun.idx)) - 1
        if i >= 0 and 0 <= pronoun.idx - self._quoted[i][1] <= 4:
            spans.append(self._quoted[i])
        if i + 1 < len(self._quoted):
            start, end = self._quoted[i + 1]
            gap = self.text[pronoun.idx : start]
            if start < self._sentences[sentence].end_char + 2 and len(gap) < 80 and "." not in gap:
                spans.append((start, end))
        named: set[str] = set()
        for start, end in spans:
            k = bisect_left(self._row_starts["person"], start)
            rows = self._rows["person"]
            while k < len(rows) and rows[k].start < end and len(named) < LOOKBACK_ROWS:
                named.add(self.name_at(rows[k].start, rows[k].end).entity.key)
                k += 1
        return named

    def _named_in_clause(self, pronoun: Token) -> set[str]:
        """The person named as the subject of the clause the pronoun's own cue reports ("Mr
        Blair has failed, he claimed"; "he claimed Mr Blair had failed"): by binding (principle
        C) a pronoun is never a name inside the clause it governs, so the he is someone else.
        Only the clause's own subject: deeper names hang on the parse's guesses."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS:
            return set()
        named: set[str] = set()
        after = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        for clause in verb.children:
            if clause.dep_ != "ccomp" or (after and clause.i < verb.i):
                # a verb reporting the clause after it ("she said that ...") does not report
                # one the parse hung before it ("Ms Lee said ... Asked, she said that ...")
                continue
            for subject in clause.children:
                if subject.dep_ != "nsubj" or subject.ent_type_ != "PERSON":
                    continue
                first, last = sorted((subject.i, pronoun.i))
                if any(
                    t.text in (".", "!", "?", ";") or "\n" in t.text
                    for t in pronoun.doc[first:last]
                ):
                    # A clause the parse ran across a full stop or a semicolon: a reported
                    # clause before its cue is set off by a comma, never a semicolon.
                    continue
                phrase = noun_phrase(subject)
                ref = self.name_at(phrase.start_char, phrase.end_char)
                if ref is not None and ref.entity is not None:
                    named.add(ref.entity.key)
        for listener in verb.children:
            # "he warned Michael Howard the party could not win", "she told Ms Lee that": the
            # one spoken to is the verb's object, never its pronoun subject (principle B)
            if listener.dep_ in ("dobj", "dative") and listener.ent_type_ == "PERSON":
                phrase = noun_phrase(listener)
                ref = self.name_at(phrase.start_char, phrase.end_char)
                if ref is not None and ref.entity is not None:
                    named.add(ref.entity.key)
        return named

    def _named_last(self, pronoun: Token, gender: str) -> Referent | None:
        """The person of that gender named last (outside quotes) before the quote right before
        a pronoun (“...,” he said), in the sentence before it."""
        i = bisect_right(self._quoted, (pronoun.idx, pronoun.idx)) - 1
        if i < 0:
            return None
        start = self._quoted[i][0]
        rows = self._rows["person"]
        k = bisect_left(self._row_starts["person"], start) - 1
        since = self._sentences[max(0, self._sentence_of(pronoun.i) - 1)].start_char
        if (kin := self._kin_acted_on(start, gender)) is not None:
            return kin
        for row in rows[max(0, k - VOTE_MENTIONS + 1) : k + 1][::-1]:
            if row.start < since:
                break
            if row.quoted or row.end > start:
                continue
            ref = self.name_at(row.start, row.end)
            if ref is not None and ref.gender in (None, gender) and is_person(ref):
                # only the one acted on ("not be supporting Donald Trump", "praised Jones"),
                # not an owner or a place of the subject's deed ("for Ferguson's side")
                span = self.doc.char_span(row.start, row.end, alignment_mode="expand")
                head = span.root if span is not None else None
                while head is not None and head.dep_ in ("appos", "conj", "compound"):
                    head = head.head
                if head is not None and (
                    head.dep_ == "dobj"
                    or (
                        head.dep_ == "pobj"
                        and head.head.lower_ in ("about", "against", "on", "at", "with")
                        and head.head.head.pos_ == "VERB"
                    )
                ):
                    return ref
                return None
        return None

    def _kin_acted_on(self, start: int, gender: str) -> Referent | None:
        """The relative of that gender, written by a kin noun with an owner outside the main
        clause's subject, in the sentence before the quote opening at ``start`` ("Jodie
        Ambrose laughed when told what her sister had said. “She knows ...,” she said": the
        sister is the quote's she)."""
        opening = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if opening is None or (before := self._sentence_of(opening.start) - 1) < 0:
            return None
        since = self._sentences[before].start_char
        span = self.doc.char_span(since, start, alignment_mode="contract")
        if span is None:
            return None
        for token in span:
            if (
                token.lower_ not in KIN_NOUNS
                or (token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT")
                or not self._outside(token.idx)
                or not any(c.dep_ == "poss" for c in token.children)
            ):
                continue
            ref = self.resolve(token)
            if ref is not None and ref.entity is not None and ref.gender == gender:
                return ref
        return None

    def _speaks_of(self, pronoun: Token, gender: str) -> bool:
        """Whether the quote right before a pronoun (“...,” he said) refers to someone by a
        pronoun of the same gender before it names anyone."""
        i = bisect_right(self._quoted, (pronoun.idx, pronoun.idx)) - 1
        if i < 0:
            return False
        start, end = self._quoted[i]
        if end > pronoun.idx or self.text[end : pronoun.idx].strip(" ,.?!”\"’'»\n") != "":
            return False
        quote = self.doc.char_span(start, end, alignment_mode="expand")
        if quote is None or pronoun.idx - end > 4:
            return False
        for t in quote:
            if t.pos_ == "PROPN" or self._row_at(t.idx, t.idx + len(t)) is not None:
                return False  # the quote names someone: its pronouns may be theirs
            if PRONOUN_GENDER.get(t.lower_) == gender:
                return True
        return False

    def _named_with(self, offset: int, words: Sequence[str]) -> bool:
        """Whether the sentence where a person was given a role names every one of ``words``
        ("Chester ... Chairman Steve Vaughan" and later "the Chester chairman"): the same
        club or body, not another group's ("the Tory MP" after "Labour MP X"); or, for a US
        state, names none ("Sen. Marco Rubio says ..." then "The Florida senator"): a state
        is the seat of an office, no group that would make it another one."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return False
        sentence = self._sentences[self._sentence_of(span.start)]
        found = set()
        states = set()
        for t in sentence:
            found.add(t.text)
            # "Sen. Marco Rubio, R-Fla." names Florida: "the Florida senator" is him
            for part in t.text.split("-"):
                if (state := US_STATES.get(part.strip(".").lower())) is not None:
                    found.update(state.split())
                    states.add(state)
        cleaned = [w.strip(",.;:'’") for w in words]
        if all(w in found for w in cleaned):
            return True
        if " ".join(cleaned) not in _STATE_NAMES:
            return False
        return not states and not any(s in sentence.text for s in _STATE_NAMES)

    def description(self, phrase: Span, sentence: int | None = None) -> Referent | None:
        """The person a definite description refers to ("the Tory co-chairman", "the
        45-year-old"): the one the article has given that description before; when several
        fit, the subject of this or the previous sentence among them; else None."""
        owner = _owner_end(phrase)
        if len(phrase) == 0 or (
            phrase[0].lower_ not in DEFINITE and phrase[0].tag_ != "PRP$" and owner is None
        ):
            return None
        # Its head and the words before it: "the director behind JFK, Platoon and ..." is a
        # director (its prepositional tail says which).
        root = phrase.root.i
        tail = next(
            (t.i for t in phrase if t.dep_ == "prep" and t.head.i == root and t.i > root),
            phrase.end,
        )
        words = _words(self.doc, owner or phrase.start + 1, tail)
        key = description_key(words)
        rows = self._descriptions.get(key or "", [])
        text = self.text[phrase.start_char : phrase.end_char]
        gender = word_gender(words[-1]) if words else None
        # Latest description of each person before the phrase.
        latest: dict[str, tuple[int, Entity, frozenset[str]]] = {}
        i = bisect_left(rows, phrase.start_char, key=itemgetter(0))
        for row in rows[max(0, i - LOOKBACK_ROWS) : i]:
            latest[row[1].key] = row
        modifiers = set(words[:-1])
        if not latest:
            return self._office_named_later(rows[i : i + LOOKBACK_ROWS], modifiers, gender, text)
        people = [
            r
            for r in latest.values()
            if gender is None or self.gender_of(r[1].key) in (None, gender)
        ]
        # "Shadow foreign secretary X" is not "the Foreign Secretary": modifiers that make
        # another role must agree both ways.
        full = [
            r
            for r in people
            if modifiers <= r[2] and (r[2] & ROLE_CHANGING) <= (modifiers & ROLE_CHANGING)
        ]
        if not full:
            # A modifier the article never used ("veteran") may still describe the one person
            # with that role; a capitalised one ("Tory", "Labour") names a different group.
            written = self.text[phrase[1].idx : phrase[0].doc[tail - 1].idx].split()
            capitalised = [w for w in written if w[:1].isupper()]
            alike = [r for r in people if not (r[2] ^ modifiers) & ROLE_CHANGING]
            if len(alike) == 1:
                full = (
                    alike if not capitalised or self._named_with(alike[0][0], capitalised) else []
                )
            else:
                # "The longtime senator" where two were given that role: lower-case words say
                # nothing of which; the salient one of them, as below.
                full = [] if capitalised else alike
        if len(full) > 1:
            sentence = self._sentence_of(phrase.root.i) if sentence is None else sentence
            salient = {
                ref.entity.key
                for ref in self._subject_refs[max(0, sentence - 1) : sentence + 1]
                if ref is not None and ref.entity is not None
            }
            salient_full = [r for r in full if r[1].key in salient]
            if not salient_full:
                # Else the only one of them named in this or the previous sentence before the
                # phrase ("... something Scarborough could understand. ... the host said").
                j = max(0, sentence - 1)
                while j > 0 and self._subjects[j] is None and sentence - j < TOPIC_LOOKBACK:
                    j -= 1  # a quote's own sentences have no subject of the narrative
                since = self._sentences[j].start_char
                named = {
                    row.entity.key
                    for row in self._recent(phrase.start_char, since, RECENCY_MENTIONS)
                }
                salient_full = [r for r in full if r[1].key in named]
            full = salient_full
        if len(full) != 1:
            return None
        return self.person(full[0][1], text)

    def _office_named_later(
        self,
        rows: Sequence[tuple[int, Entity, frozenset[str]]],
        modifiers: set[str],
        gender: str | None,
        text: str,
    ) -> Referent | None:
        """Who "the home secretary" is when the article names the holder of that office only
        later ("The home secretary said ... Home Secretary Charles Clarke told BBC One"): the
        one person it ever gives that office, when the phrase names an office by more than its
        head word (a head alone, "the striker", "the spokesman", may be anyone)."""
        if not modifiers or modifiers & ROLE_CHANGING:
            return None
        holders = {
            entity.key: entity
            for _, entity, given in rows
            if given == modifiers
            and (gender is None or self.gender_of(entity.key) in (None, gender))
        }
        if len(holders) != 1:
            return None
        return self.person(next(iter(holders.values())), text)


def _appositive_description(token: Token, phrase: Span) -> str | None:
    """ "Another victim, a retired bus driver, said": one more of a kind the article has
    spoken of, described by the indefinite description set off beside it."""
    if len(phrase) != 2 or phrase[0].lower_ != "another":
        return None
    for child in token.rights:
        if (
            child.dep_ == "appos"
            and child.pos_ == "NOUN"
            and person_noun(child)
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children)
        ):
            described = noun_phrase(child)
            if described[0].lower_ in ("a", "an"):
                return described.text
    return None


def paper_in(objects: Iterable[Token]) -> Token | None:
    """Among an "in"'s children, the paper a document ran in ("a report in the Springfield
    Gazette"): a proper noun that is no date, place or person."""
    return next(
        (
            c
            for c in objects
            if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ not in NOT_PUBLISHERS
        ),
        None,
    )


def _national_body(document: Token) -> Referent | None:
    """The body a document's compound names with its nation ("a U.S. embassy statement",
    "a French foreign ministry report"): that nation's body, as written."""
    for body in document.children:
        if (
            body.dep_ != "compound"
            or body.pos_ != "NOUN"
            or body.lemma_.lower() not in NATIONAL_BODIES
        ):
            continue
        # the nation hangs on the body or, before it, on the document
        nations = [
            c
            for c in (*body.children, *document.children)
            if c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP") and c.i < body.i
        ]
        if nations:
            start = min(nations[0].left_edge.i, body.left_edge.i)
            name = document.doc[start : body.i + 1].text
            return Referent(None, name, None, None, None, plural=True)
    return None
