"""The NLP step: every distinct text analysed once, its analysis kept by content address.

An analysis is stored under the sha256 of its text, in a table keyed also by the pipeline
version, the model and the records' shape (``ANALYSIS_VERSION``): identical texts (the same
article in two files, a corpus copied under new ids) are analysed once, and adding or changing
a file analyses only the texts that are new. The cache is one SQLite file,
``CACHE_DIR/analyses.sqlite``, of zlib-compressed JSON (no pickle); caches built on several
machines merge by copying rows (``python -m service merge-analyses``).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
import urllib.parse
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing
from functools import cache
from pathlib import Path

from service import nlp
from service.corpus import codec
from service.nlp.records import Analysis

log = logging.getLogger(__name__)

ANALYSES_FILE = "analyses.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses(
    version TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    analysis BLOB NOT NULL,
    PRIMARY KEY (version, sha256)
) WITHOUT ROWID
"""
_BATCH = 500  # sha256 values per IN (...) lookup, analyses per committed write


@cache
def analysis_version() -> str:
    """What an analysis depends on besides its text: pipeline, model and records' shape."""
    shape = codec.signature(Analysis)[:16]
    return f"{nlp.PIPELINE_VERSION}|{nlp.MODEL_PACKAGE}-{nlp.model_version()}|{shape}"


def text_key(text: str) -> str:
    """The content address of a text."""
    return hashlib.sha256(text.encode()).hexdigest()


def _pipeline():
    """The spaCy pipeline module, imported only when a text must be analysed.

    A start whose analyses are all cached never pays for spaCy's import.
    """
    from service.nlp import pipeline  # noqa: PLC0415

    return pipeline


def load_analyzer() -> None:
    """Load the spaCy pipeline now rather than on the first text to analyse."""
    _pipeline().load_pipeline()


def analyze_text(text: str) -> Analysis:
    """One text analysed now, in this process (POST /v1/analyze); stored nowhere."""
    (analysis,) = _pipeline().analyze_texts([text])
    return analysis


def encode(analysis: Analysis) -> bytes:
    return zlib.compress(codec.dumps(analysis).encode(), 1)


def decode(blob: bytes) -> Analysis:
    return codec.loads(Analysis, zlib.decompress(blob))


class AnalysisCache:
    """The content-addressed analyses of one cache folder (absent or read-only: in memory)."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.version = analysis_version()
        self.db: sqlite3.Connection | None = None
        self.writable = False
        if cache_dir is None:
            return
        path = Path(cache_dir) / ANALYSES_FILE
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=60)
            self.db.execute(_SCHEMA)
            self.db.commit()
            self.writable = True
        except (OSError, sqlite3.Error) as exc:
            if self.db is not None:
                self.db.close()
                self.db = None
            self._open_read_only(path, exc)

    def _open_read_only(self, path: Path, why: Exception) -> None:
        if not path.is_file():
            log.warning("analyses: no cache at %s (%s); analysing in memory", path, why)
            return
        try:
            uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, timeout=60)
            self.db.execute("SELECT 1 FROM analyses LIMIT 1").fetchall()
            log.warning("analyses: %s is read-only (%s); new analyses are not kept", path, why)
        except sqlite3.Error as exc:
            log.warning("analyses: ignoring unreadable %s (%s)", path, exc)
            self.db = None

    def get_many(self, keys: Iterable[str]) -> dict[str, Analysis]:
        """The cached analyses among ``keys``; a damaged entry counts as missing."""
        found: dict[str, Analysis] = {}
        if self.db is None:
            return found
        keys = list(keys)
        for i in range(0, len(keys), _BATCH):
            chunk = keys[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self.db.execute(
                    "SELECT sha256, analysis FROM analyses "
                    f"WHERE version = ? AND sha256 IN ({marks})",
                    [self.version, *chunk],
                ).fetchall()
            except sqlite3.DatabaseError as exc:
                log.warning("analyses: cache unreadable (%s); analysing again", exc)
                return found
            for key, blob in rows:
                try:
                    found[key] = decode(blob)
                except Exception as exc:  # a damaged entry is analysed again, never fatal
                    log.warning("analyses: ignoring damaged entry %s: %s", key, exc)
        return found

    def put_many(self, items: Mapping[str, Analysis]) -> None:
        if self.db is None or not self.writable or not items:
            return
        try:
            with self.db:
                self.db.executemany(
                    "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
                    [(self.version, key, encode(a)) for key, a in items.items()],
                )
        except sqlite3.Error as exc:
            log.warning("analyses: cannot write the cache (%s); they will be recomputed", exc)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def analyze_texts(
    texts: Mapping[str, str],
    cache_dir: Path | None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Analysis]:
    """The analysis of every text, by content address (``texts``: key -> text).

    Cached ones are read back; the others are analysed over ``workers`` processes and
    written to the cache as they come, so an interrupted build keeps what it has done. A
    text an extractor fails on is logged and left out of the result.
    """
    cache_ = AnalysisCache(cache_dir)
    try:
        found = cache_.get_many(texts)
        if progress:
            progress(len(found))
        missing = [key for key in texts if key not in found]
        if missing:
            log.info("analysis: %d texts to analyse, %d from cache", len(missing), len(found))
            for batch in _analyse(missing, texts, workers, progress):
                cache_.put_many(batch)
                found.update(batch)
        return found
    finally:
        cache_.close()


def _analyse(
    keys: list[str],
    texts: Mapping[str, str],
    workers: int,
    progress: Callable[[int], None] | None,
) -> Iterator[dict[str, Analysis]]:
    started = last_log = time.monotonic()
    batch: dict[str, Analysis] = {}
    analyses = _pipeline().analyze_texts([texts[k] for k in keys], workers, skip_failures=True)
    for done, (key, analysis) in enumerate(zip(keys, analyses, strict=True), start=1):
        if analysis is not None:  # a failed one is not cached: the next build tries again
            batch[key] = analysis
        if progress:
            progress(1)
        if len(batch) >= _BATCH:
            yield batch
            batch = {}
        if (now := time.monotonic()) - last_log > 5:  # long builds show signs of life
            last_log = now
            log.info("analysis: %d/%d texts, %.1f texts/s", done, len(keys), done / (now - started))
    if batch:
        yield batch


def merge_caches(target_dir: Path, sources: Iterable[Path]) -> int:
    """Copy into ``target_dir``'s cache every analysis of the ``sources`` it lacks.

    Analyses are content-addressed, so caches filled on several machines (each building
    its share of the corpus files) merge without conflicts. Returns the rows added.
    """
    target = Path(target_dir) / ANALYSES_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    added = 0
    with closing(sqlite3.connect(target, timeout=60)) as db:
        db.execute(_SCHEMA)
        for source in sources:
            path = Path(source)
            path = path / ANALYSES_FILE if path.is_dir() else path
            before = db.total_changes
            db.execute("ATTACH DATABASE ? AS src", (f"file:{path}?mode=ro",))
            with db:
                db.execute("INSERT OR IGNORE INTO main.analyses SELECT * FROM src.analyses")
            db.execute("DETACH DATABASE src")
            added += db.total_changes - before
    return added
