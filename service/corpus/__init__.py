"""The corpus layer: between the NLP (``service.nlp``) and the HTTP layer (``service.api``).

- ``reader``: the corpus folder into documents (and the skipped files, with why);
- ``analysis``: every distinct text analysed once, cached by content address;
- ``records``: what the corpus serves, derived from documents and analyses;
- ``build``: all of it written into the store, when the corpus or the code changed;
- ``store``: the read-only SQLite store and every query the API makes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from service.corpus.analysis import analyze_text, load_analyzer
from service.corpus.build import Settings, ensure_store
from service.corpus.reader import (
    CACHE_FOLDER,
    DEFAULT_MAX_FILE_BYTES,
    Document,
    Skipped,
    read_corpus,
    report_problems,
    slugify,
)
from service.corpus.records import FactRecord, QuoteRecord, SingleDocument, corpus_of_text
from service.corpus.store import Match, Page, Query, Store

__all__ = [
    "CACHE_FOLDER",
    "DEFAULT_MAX_FILE_BYTES",
    "Document",
    "FactRecord",
    "Match",
    "Page",
    "Query",
    "QuoteRecord",
    "SingleDocument",
    "Skipped",
    "Store",
    "analyze_text",
    "corpus_of_text",
    "load_analyzer",
    "load_corpus",
    "read_corpus",
    "slugify",
]


def load_corpus(
    directory: str | Path,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    *,
    analyze: bool = True,
    cache_dir: str | Path | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    in_child: bool = False,
) -> Store:
    """The store of the corpus in ``directory``, built first if missing or stale.

    The store and the analyses live in ``cache_dir`` (default: ``<directory>/.newsfacts-cache``).
    Skipped files are logged, once per call, whether the store was built or reused.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {directory}")
    cache = Path(cache_dir) if cache_dir else directory / CACHE_FOLDER
    path, _ = ensure_store(
        directory,
        cache,
        Settings(max_file_bytes, analyze),
        workers=workers,
        progress=progress,
        in_child=in_child,
    )
    corpus = Store(path)
    report_problems(corpus.skipped, corpus.warnings)
    return corpus
