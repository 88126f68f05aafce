"""The frozen records the extractors return, and the cross-document merge over them.

Importable without spaCy, so that a corpus whose analyses are cached on disk loads without
paying for spaCy's import or the model.
"""

from __future__ import annotations

from dataclasses import dataclass


class Record:
    """Base of every record: pickles as a constructor call.

    Loading a cached corpus unpickles ~10^5 records; dataclasses' own slot-state pickling looks
    up the fields for each of them and is four times slower.
    """

    __slots__ = ()

    def __reduce__(self):
        return type(self), tuple(getattr(self, name) for name in self.__slots__)


# --- Entities ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """One mention of an entity in the text."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, LAW
    start: int
    end: int
    sentence_index: int


@dataclass(frozen=True, slots=True)
class Attribute(Record):
    """A title or role attached to a person, with its span in the text.

    kind: "title" ("Rep."), "role" ("spokesman", "Foreign Minister"), "affiliation"
    ("Kremlin"; value "Ukraine" for text "Ukrainian"), "party" ("Republican" for text "R"),
    "state" ("Ohio").
    """

    kind: str
    value: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """A canonical entity of one document: all its mentions under one id."""

    key: str  # deterministic slug id, e.g. "person:dmitry-peskov", "place:united-states"
    name: str  # canonical name, e.g. "Dmitry Peskov", "United States"
    type: str  # a value of entities.ENTITY_TYPES
    aliases: tuple[str, ...]  # other surface forms seen ("Peskov")
    mentions: tuple[Mention, ...]
    attributes: tuple[Attribute, ...]
    salience: float  # 0..1 within the document
    # What its mentions and their contexts say of its type, for the corpus-wide decision:
    # ("PERSON", 2) spaCy labels; ("title", 1) "Mr X"; ("role", 1) "striker X"; ("speaker", 1)
    # subject of "said"; ("affiliate", 1) "X boss"; ("male"|"female", 1) from titles;
    # ("given", 1) "Sir John". Sorted pairs.
    evidence: tuple[tuple[str, int], ...] = ()
    # People only: "female", "male" or None, and what says so: "text" (the article's pronouns,
    # titles and descriptions of them) or "name" (the first name, from a lexicon).
    gender: str | None = None
    gender_evidence: str | None = None


# --- Quotes -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Speaker(Record):
    name: str  # as written: "Dmitry Peskov", "a US official in Germany"; a pronoun resolved
    entity_key: str | None  # Entity.key of the person/org when linked, else None
    start: int  # span of the speaker mention used (the pronoun's own span if resolved)
    end: int
    anonymous: bool
    description: str | None  # "a senior U.S. national security official"
    gender: str | None = None  # "female" | "male" | None
    gender_evidence: str | None = None  # "text" | "name" | None


@dataclass(frozen=True, slots=True)
class Cue(Record):
    verb: str  # as written: "said", "according to", "as follows:"
    lemma: str  # "say", "according to", "as follows"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Fragment(Record):
    """Words quoted verbatim inside reported speech, marks excluded."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote(Record):
    """One speech event: a quotation, or a reported clause with its quoted fragments.

    kind: "direct" (a quotation standing as the speaker's words), "partial" (a quoted fragment
    the writer's own sentence carries), "indirect" (reported speech: the clause a speech verb,
    "according to" or "X's view is that" reports, in the writer's words).
    """

    text: str  # direct, partial: without the quotation marks; indirect: the reported clause
    start: int  # offsets of `text`
    end: int
    kind: str  # "direct" | "partial" | "indirect"
    speaker: Speaker | None
    cue: Cue | None
    fragments: tuple[Fragment, ...] = ()  # indirect only: the quoted words inside it


# --- Numeric facts ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RangeLink(Record):
    kind: str  # "change" (from/to) | "interval" (min/max)
    role: str  # "from" | "to" | "min" | "max"
    partner: int  # index, in the same returned list, of the other end


@dataclass(frozen=True, slots=True)
class NumericFact(Record):
    kind: str  # money | count | percent | quantity | year | ordinal | frequency
    text: str
    start: int
    end: int
    value: float  # signed: "-1.3%" and "minus-5 yards" are negative
    unit: str | None  # pint's name for a quantity ("kilometer", "pound_force_foot"), "%" for
    # a percent, "cent"/"penny" for money written in them, else None
    currency: str | None  # ISO 4217, money only
    qualifier: str | None  # "about", "more than", "less than", "at least", "up to", ...
    approximate: bool
    bound: str | None  # "lower" | "upper" | None
    range: RangeLink | None
    rate: str | None  # per: "year", "day", "barrel", "hour" (of "km/h"), ...
    counted: str | None  # "troops", "military aid"
    sentence_index: int
    direction: str | None = None  # "up" | "down": the number is a change that way ("rose 2%")
    concept: str | None = None  # what the number is about: "Tesla" in "Tesla jumped 8.5%"
    vague_range: tuple[float, float] | None = None  # "millions of" -> (1e6, 1e7)
    # "up" | "down": a level a change that way reached ("fell 2% to 1,463.78", "fell to 49.55
    # Hz": down); the level itself is no change, so its ``direction`` stays None
    reached_by: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis(Record):
    """Everything extracted from one document; offsets are into the text analysed."""

    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    numeric_facts: tuple[NumericFact, ...]
