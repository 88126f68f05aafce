"""Direct quotations and their speakers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from service.nlp.entities import Entity


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str  # as written: "Dmitry Peskov", "a US official in Germany"; a pronoun resolved
    entity_key: str | None  # Entity.key of the person/org when linked, else None
    start: int  # span of the speaker mention used (the pronoun's own span if resolved)
    end: int
    anonymous: bool
    description: str | None  # "a senior U.S. national security official"


@dataclass(frozen=True, slots=True)
class Cue:
    verb: str  # as written: "said", "according to", "as follows:"
    lemma: str  # "say", "according to", "as follows"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # without the quotation marks
    start: int  # offsets of `text` (inside the marks)
    end: int
    kind: str  # "full" | "partial"
    speaker: Speaker | None
    cue: Cue | None


def extract_quotes(doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
    """Every direct quotation in ``doc``, attributed where possible."""
    raise NotImplementedError
