"""Named entities: mentions, canonical entities per document, titles and roles, salience."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

# spaCy label -> entity type used in ids ("person:dmitry-peskov") and in the API.
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "FAC": "facility",
    "EVENT": "event",
    "PRODUCT": "product",
    "LAW": "law",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity in the text."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, LAW
    start: int
    end: int
    sentence_index: int


@dataclass(frozen=True, slots=True)
class Attribute:
    """A title or role attached to a person, with its span in the text.

    kind: "title" ("Rep."), "role" ("spokesman", "Foreign Minister"), "affiliation"
    ("Kremlin"; value "Ukraine" for text "Ukrainian"), "party" ("R"), "state" ("Ohio").
    """

    kind: str
    value: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity of one document: all its mentions under one id."""

    key: str  # deterministic slug id, e.g. "person:dmitry-peskov", "place:united-states"
    name: str  # canonical name, e.g. "Dmitry Peskov", "United States"
    type: str  # a value of ENTITY_TYPES
    aliases: tuple[str, ...]  # other surface forms seen ("Peskov")
    mentions: tuple[Mention, ...]
    attributes: tuple[Attribute, ...]
    salience: float  # 0..1 within the document


def add_entity_rules(nlp: Language) -> None:
    """Add this project's rule components to ``nlp`` (called once by load_pipeline)."""


def resolve_entities(doc: Doc) -> list[Entity]:
    """Canonical entities of ``doc`` with their mentions, attributes and salience."""
    raise NotImplementedError
