"""The spaCy pipeline and the one entry point that runs every extractor on a text."""

from __future__ import annotations

import logging
import multiprocessing
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache, partial

import numpy
import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from service.nlp import MODEL_PACKAGE, entities, numeric_facts, people, quotes, reported
from service.nlp.attribute_index import match_attributes_by_array
from service.nlp.lemma_cache import cache_lemmas
from service.nlp.lexicon import TITLE_ABBREVIATIONS
from service.nlp.records import Analysis
from service.nlp.tokens import TEXT_KEY

log = logging.getLogger(__name__)

_LOADING = threading.Lock()

# A whitespace-free run longer than MAX_RUN is not prose (the longest in the BBC and PolNeAR
# corpora is 87 chars). spaCy's affix splitting is quadratic in a run's length, and a run of
# punctuation would make one token per char, so such a run is cut into RUN_TOKEN-char tokens.
MAX_RUN = 256
RUN_TOKEN = 64
NO_BREAK_SPACE = "\xa0"
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# While spaCy parses, it holds ~16 KB per token of a batch (tok2vec's feature arrays; news
# has ~0.2 tokens per char): a 1 MB text parsed whole would hold 3.4 GB
# (bench/analysis_memory.py). Texts are parsed in sections of at most MAX_SECTION chars, cut at
# paragraph breaks where possible, and MAX_SECTION_TOKENS tokens (news has at most ~2,250 in
# 10,000 chars; text of one-char tokens would have 10,000); batches hold one section's worth;
# the sections are joined back into one Doc, without their tensors (no extractor reads them:
# 60% of a Doc's memory). The extractors still see the whole article, and a text's peak
# memory is ~29 MB plus ~110 bytes per char of news. Sections of 10,000 chars leave every BBC
# article's extractions as with the text parsed whole.
MAX_SECTION = 10_000
MAX_SECTION_TOKENS = 3_000
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
        if NO_BREAK_SPACE not in text:
            return self._tokenize(text)
        # A no-break space is a token of its own to spaCy, and the parser misreads the
        # sentence around it ("McCain says the\xa0Republican movement ... appeals to"): parse
        # the text with plain spaces (same length, same offsets) and keep the text as given.
        doc = self._tokenize(text.replace(NO_BREAK_SPACE, " "))
        doc.user_data[TEXT_KEY] = text
        return doc

    def _tokenize(self, text: str) -> Doc:
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


def drop_number_abbreviations(nlp: Language) -> None:
    """Split "m." after a number: spaCy keeps it whole as an abbreviation, so "a unit for
    £450m. Its shares fell" ran on as one sentence (3% of BBC articles end a sentence so)."""
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k != "m."}


def keep_title_abbreviations(nlp: Language) -> None:
    """Keep a rank or office abbreviated before a name whole with its full stop ("Cpl. Vanessa
    Dhillon said", "said Coun. Alejandra Bravo", "Sgt.", "Supt.", "Insp."), as spaCy keeps "Gen."
    and "Sen.": split off, the stop ended the sentence before the name, and the quote went to the
    speaker of the one before ("police") or to the title ("Coun")."""
    for title in TITLE_ABBREVIATIONS:
        written = title[:1].upper() + title[1:]
        if title.endswith(".") and written not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def split_glued_quotes(nlp: Language) -> None:
    """Split a curly double quotation mark glued to the words on both sides ('paranoia,”Clinton
    said', 'region]”Combined'), or a straight one after punctuation ('audiences,"Katie'):
    spaCy keeps such a run whole, hiding a speaker's name."""
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=[\w,.!?;:\])])[“”](?=[^\W\d_])",
        r"(?<=[,.!?;:])\"(?=[^\W\d_])",  # 'audiences,"Katie Packer said'
        r"(?<=[^\W\d_])[,.!?;:](?=[\"“”][^\W\d_])",
    ]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after each blank line, before the parser runs (it keeps such starts).

    The model was trained on text without paragraphs: it ran a headline with no full stop
    into the dateline after it ("..., minister says\n\nOTTAWA -- The government will",
    one sentence whose subject was OTTAWA), and a paragraph ending in a closing quotation
    mark into the next one (1% of BBC sentences); a news paragraph never continues a
    sentence.
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:  # "\n\n", "\r\n\r\n", "\n \n"
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def _load_pipeline() -> Language:
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("paragraph_breaks", before="parser")
    match_attributes_by_array(nlp)
    cache_lemmas(nlp)
    entities.add_entity_rules(nlp)
    drop_number_abbreviations(nlp)
    keep_title_abbreviations(nlp)
    split_glued_quotes(nlp)
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


@dataclass
class _Parsing:
    """The sections of one text: how many there are (once known), those parsed."""

    sections: int = 0
    complete: bool = False
    docs: list[Doc] = field(default_factory=list)


def parse_texts(
    texts: Iterable[str],
    batch_size: int = 32,
    section: int = MAX_SECTION,
    batch_tokens: int = MAX_SECTION_TOKENS,
) -> Iterator[Doc]:
    """One parsed Doc per text (without ``tensor``), long texts parsed in sections.

    Batches hold at most ``batch_size`` sections and ``batch_tokens`` tokens (one section at
    least), so the memory spaCy holds at once is bounded whatever the texts.
    """
    nlp = load_pipeline()
    pending: deque[_Parsing] = deque()
    batch: list[tuple[_Parsing, Doc]] = []
    tokens = 0
    for text in texts:
        parsing = _Parsing()
        pending.append(parsing)
        for doc in _sections(nlp, text, section, batch_tokens):
            if batch and (len(batch) >= batch_size or tokens + len(doc) > batch_tokens):
                yield from _parse_batch(nlp, batch, pending)
                batch, tokens = [], 0
            batch.append((parsing, doc))
            parsing.sections += 1
            tokens += len(doc)
        parsing.complete = True
    yield from _parse_batch(nlp, batch, pending)


def _sections(nlp: Language, text: str, chars: int, tokens: int) -> Iterator[Doc]:
    """``text`` tokenized, in sections of at most ``chars`` chars and ``tokens`` tokens."""
    for piece in split_sections(text, chars):
        doc = nlp.make_doc(piece)
        if len(doc) <= tokens:
            yield doc
        else:
            for start in range(0, len(doc), tokens):
                yield doc[start : start + tokens].as_doc()


def _parse_batch(
    nlp: Language, batch: list[tuple[_Parsing, Doc]], pending: deque[_Parsing]
) -> Iterator[Doc]:
    """Parse ``batch``, give each Doc to its text; yield the texts now complete, in order,
    each as one Doc, and drop them from ``pending``."""
    parsed = nlp.pipe((doc for _, doc in batch), batch_size=max(1, len(batch)))
    for (parsing, _), doc in zip(batch, parsed, strict=True):
        doc.tensor = numpy.zeros((0,), dtype="float32")
        parsing.docs.append(doc)
    batch.clear()
    while pending and pending[0].complete and len(pending[0].docs) == pending[0].sections:
        docs = pending.popleft().docs
        if len(docs) > 1:  # the sections are released once joined, before the extractors run
            texts = [d.user_data.pop(TEXT_KEY, None) for d in docs]
            for d in docs:  # a section's caches (tokens.py) are no joined Doc's: spaCy warns
                d.user_data.clear()
            joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
            if any(t is not None for t in texts):
                joined.user_data[TEXT_KEY] = "".join(
                    d.text if t is None else t for t, d in zip(texts, docs, strict=True)
                )
            docs[:] = [joined]
        yield docs.pop()


def analyze_doc(doc: Doc) -> Analysis:
    """Run every extractor on a parsed document.

    One resolver of mentions to people (``people.People``) serves the entities (their gender)
    and the quotes (their speakers).
    """
    found = entities.resolve_entities(doc)
    resolver = people.People(doc, found, quotes.quoted_spans(doc))
    return Analysis(
        entities=tuple(resolver.entities_with_gender(found)),
        quotes=tuple(reported.extract_speech(doc, found, resolver)),
        numeric_facts=tuple(numeric_facts.extract_numeric_facts(doc)),
    )


def _analyze_chunk(texts: list[str], skip_failures: bool = False) -> list[Analysis | None]:
    analyses: list[Analysis | None] = []
    for doc in parse_texts(texts):
        try:
            analyses.append(analyze_doc(doc))
        except Exception:
            if not skip_failures:
                raise
            # One text an extractor fails on must not cost the rest of the corpus.
            log.exception("analysis failed on a text of %d chars", len(doc.text))
            analyses.append(None)
    return analyses


def analyze_texts(
    texts: Sequence[str], workers: int = 1, chunk_size: int = 16, skip_failures: bool = False
) -> Iterator[Analysis | None]:
    """Analyses of ``texts``, in order; with ``workers`` > 1, spread over processes.

    Each worker process loads the pipeline once and runs spaCy *and* the extractors, so the
    extraction cost is parallel too (``nlp.pipe(n_process=...)`` would parallelise spaCy only).
    With ``skip_failures``, a text an extractor raises on is logged and given None.
    """
    chunks = [list(texts[i : i + chunk_size]) for i in range(0, len(texts), chunk_size)]
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from _analyze_chunk(chunk, skip_failures)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for analyses in pool.map(partial(_analyze_chunk, skip_failures=skip_failures), chunks):
            yield from analyses
