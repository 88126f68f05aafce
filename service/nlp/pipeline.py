"""The spaCy pipeline and the one entry point that runs every extractor on a text."""

from __future__ import annotations

import multiprocessing
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.nlp import MODEL_PACKAGE, entities, numeric_facts, quotes
from service.nlp.records import Analysis

_LOADING = threading.Lock()

# A whitespace-free run longer than MAX_RUN is not prose (the longest in the BBC and PolNeAR
# corpora is 87 chars). spaCy's affix splitting is quadratic in a run's length, and a run of
# punctuation would make one token per char, so such a run is cut into RUN_TOKEN-char tokens.
MAX_RUN = 256
RUN_TOKEN = 64
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# While spaCy parses, it holds ~3.4 KB per char of the texts in a batch (tok2vec's feature
# arrays, bench/analysis_memory.py): a 1 MB text parsed whole would hold 3.4 GB. Texts are
# parsed in sections of at most MAX_SECTION chars, cut at paragraph breaks where possible,
# batches hold at most MAX_BATCH_CHARS, and the sections are joined back into one Doc (without
# their tensors, which no extractor reads: 60% of a Doc's memory), so the extractors still see
# the whole article and a text's peak memory grows with its length by ~150 bytes per char.
# Sections of 10,000 chars leave every BBC article's extractions as with the text parsed whole.
MAX_SECTION = 10_000
MAX_BATCH_CHARS = MAX_SECTION
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
    texts: Iterable[str],
    batch_size: int = 32,
    section: int = MAX_SECTION,
    batch_chars: int = MAX_BATCH_CHARS,
) -> Iterator[Doc]:
    """One parsed Doc per text (without ``tensor``), long texts parsed in sections.

    Batches of sections hold at most ``batch_size`` sections and ``batch_chars`` chars (one
    section at least), so the memory spaCy holds at once is bounded whatever the texts.
    """
    nlp = load_pipeline()
    sections = (split_sections(text, section) for text in texts)
    pending: list[tuple[int, list[Doc]]] = []  # per text: (its sections, those parsed)
    batch: list[str] = []
    chars = 0
    for pieces in sections:
        pending.append((len(pieces), []))
        for piece in pieces:
            if batch and (len(batch) >= batch_size or chars + len(piece) > batch_chars):
                yield from _parse_batch(nlp, batch, pending)
                batch, chars = [], 0
            batch.append(piece)
            chars += len(piece)
    if batch:
        yield from _parse_batch(nlp, batch, pending)


def _parse_batch(
    nlp: Language, batch: list[str], pending: list[tuple[int, list[Doc]]]
) -> Iterator[Doc]:
    """Parse ``batch``, hand its Docs to the texts in ``pending`` in order, yield the texts
    now complete (each joined into one Doc) and drop them from ``pending``."""
    parsed = nlp.pipe(batch, batch_size=len(batch))
    for doc in parsed:
        doc.tensor = numpy.zeros((0,), dtype="float32")
        next(docs for wanted, docs in pending if len(docs) < wanted).append(doc)
    while pending and len(pending[0][1]) == pending[0][0]:
        docs = pending.pop(0)[1]
        if len(docs) > 1:  # the sections are released once joined, before the extractors run
            docs[:] = [Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])]
        yield docs.pop()


def analyze_doc(doc: Doc) -> Analysis:
    """Run every extractor on a parsed document."""
    found = entities.resolve_entities(doc)
    return Analysis(
        entities=tuple(found),
        quotes=tuple(quotes.extract_quotes(doc, found)),
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
