"""The spaCy pipeline and the one entry point that runs every extractor on a text."""

from __future__ import annotations

import multiprocessing
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.nlp import MODEL_PACKAGE, entities, numeric_facts, people, quotes, reported
from service.nlp.records import Analysis

_LOADING = threading.Lock()

# A whitespace-free run longer than MAX_RUN is not prose (the longest in the BBC and PolNeAR
# corpora is 87 chars). spaCy's affix splitting is quadratic in a run's length, and a run of
# punctuation would make one token per char, so such a run is cut into RUN_TOKEN-char tokens.
MAX_RUN = 256
RUN_TOKEN = 64
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# spaCy refuses texts over 1,000,000 chars and its memory grows with a text's length: longer
# texts are parsed in sections of at most this many chars, cut at paragraph breaks where
# possible, and joined back into one Doc, so the extractors still see the whole article.
MAX_SECTION = 100_000
_BREAKS = ("\n\n", "\n", ". ", " ")


def load_pipeline() -> Language:
    """The English model with this project's rule components added (loaded once per process).

    Thread-safe: a worker may load it in the background while a request asks for it.
    """
    with _LOADING:
        return _load_pipeline()


class RunCappedTokenizer:
    """spaCy's tokenizer, except that whitespace-free runs over MAX_RUN chars become
    RUN_TOKEN-char tokens: linear time, and the same tokens as spaCy's for any prose."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        runs = list(_LONG_RUN.finditer(text))
        if not runs:
            return self.tokenizer(text)
        vocab = self.tokenizer.vocab
        docs, pos = [], 0
        for run in runs:
            if run.start() > pos:
                docs.append(self.tokenizer(text[pos : run.start()]))
            words = [run[0][i : i + RUN_TOKEN] for i in range(0, len(run[0]), RUN_TOKEN)]
            # A space after the run belongs to its last token, as spaCy's tokenizer has it.
            spaced = text.startswith(" ", run.end())
            docs.append(Doc(vocab, words=words, spaces=[False] * (len(words) - 1) + [spaced]))
            pos = run.end() + spaced
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


@cache
def _load_pipeline() -> Language:
    nlp = spacy.load(MODEL_PACKAGE)
    entities.add_entity_rules(nlp)
    nlp.tokenizer = RunCappedTokenizer(nlp.tokenizer)
    numeric_facts.units.unit_name("km")  # pint's registry loads with the model, not on a request
    # The first-name lexicon (~1 s to read) loads with the model, not on the first analysis.
    people.load_lexicon()
    return nlp


def split_sections(text: str, limit: int = MAX_SECTION) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` chars that join back into it, each cut
    after a paragraph break where possible, else a line break, a sentence end or a space."""
    pieces, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        cut = end
        for mark in _BREAKS:
            found = text.rfind(mark, start + limit // 2, end)
            if found >= 0:
                cut = found + len(mark)
                break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse_texts(
    texts: Iterable[str], batch_size: int = 32, section: int = MAX_SECTION
) -> Iterator[Doc]:
    """One parsed Doc per text, long texts parsed in sections (see MAX_SECTION)."""
    nlp = load_pipeline()
    sections = [split_sections(text, section) for text in texts]
    parsed = nlp.pipe((s for pieces in sections for s in pieces), batch_size=batch_size)
    for pieces in sections:
        docs = [next(parsed) for _ in pieces]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def analyze_doc(doc: Doc) -> Analysis:
    """Run every extractor on a parsed document.

    One resolver of mentions to people (``people.People``) serves the entities (their gender)
    and the quotes (their speakers).
    """
    found = entities.resolve_entities(doc)
    resolver = people.People(doc, found, quotes.find_quoted_spans(entities.doc_text(doc)))
    return Analysis(
        entities=tuple(resolver.entities_with_gender(found)),
        quotes=tuple(reported.extract_speech(doc, found, resolver)),
        numeric_facts=tuple(numeric_facts.extract_numeric_facts(doc)),
    )


def _analyze_chunk(texts: list[str]) -> list[Analysis]:
    return [analyze_doc(doc) for doc in parse_texts(texts)]


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
