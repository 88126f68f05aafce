"""The spaCy pipeline and the one entry point that runs every extractor on a text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.nlp import MODEL_PACKAGE, entities, numeric_facts, quotes


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one document; offsets are into the text analysed."""

    entities: tuple[entities.Entity, ...]
    quotes: tuple[quotes.Quote, ...]
    numeric_facts: tuple[numeric_facts.NumericFact, ...]


@cache
def load_pipeline() -> Language:
    """The English model with this project's rule components added (loaded once)."""
    nlp = spacy.load(MODEL_PACKAGE)
    entities.add_entity_rules(nlp)
    return nlp


def analyze_doc(doc: Doc) -> Analysis:
    """Run every extractor on a parsed document."""
    found = entities.resolve_entities(doc)
    return Analysis(
        entities=tuple(found),
        quotes=tuple(quotes.extract_quotes(doc, found)),
        numeric_facts=tuple(numeric_facts.extract_numeric_facts(doc)),
    )
