"""The spaCy pipeline and the one entry point that runs every extractor on a text."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.nlp import MODEL_PACKAGE, entities, numeric_facts, quotes
from service.nlp.records import Analysis

_LOADING = threading.Lock()


def load_pipeline() -> Language:
    """The English model with this project's rule components added (loaded once per process).

    Thread-safe: a worker may load it in the background while a request asks for it.
    """
    with _LOADING:
        return _load_pipeline()


@cache
def _load_pipeline() -> Language:
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


def _analyze_chunk(texts: list[str]) -> list[Analysis]:
    nlp = load_pipeline()
    return [analyze_doc(doc) for doc in nlp.pipe(texts, batch_size=32)]


def analyze_texts(
    texts: Sequence[str], workers: int = 1, chunk_size: int = 16
) -> Iterator[Analysis]:
    """Analyses of ``texts``, in order; with ``workers`` > 1, spread over processes.

    Each worker process loads the pipeline once and runs spaCy *and* the extractors, so the
    extraction cost is parallel too (``nlp.pipe(n_process=...)`` would parallelise spaCy only).
    """
    chunks = [list(texts[i : i + chunk_size]) for i in range(0, len(texts), chunk_size)]
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from _analyze_chunk(chunk)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for analyses in pool.map(_analyze_chunk, chunks):
            yield from analyses
