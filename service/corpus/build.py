"""The build: read the corpus, analyse what is new, write the store, rename it into place.

``ensure_store`` is what start-up and ``python -m service build`` call: it compares the corpus
folder's listing (sizes and mtimes) and the versions with those recorded in the store, and
builds a new store only when they differ. The store is written to a temporary file in the
same folder and renamed over the old one, so readers see the old file or the new one, never
half of one; concurrent builders wait on a lock file and reuse what the first one built.
"""

from __future__ import annotations

import fcntl
import json
import logging
import multiprocessing
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from service import nlp
from service.corpus import codec, postings, store
from service.corpus.analysis import analysis_version, analyze_texts, text_key
from service.corpus.reader import (
    DEFAULT_MAX_FILE_BYTES,
    Document,
    Skipped,
    fingerprint,
    manifest,
    read_corpus,
)
from service.corpus.records import (
    CorpusEntity,
    DocumentEntity,
    FactRecord,
    QuoteRecord,
    _merge_entities,
    document_facts,
    document_quotes,
)
from service.nlp.records import Analysis

log = logging.getLogger(__name__)

_EMPTY = Analysis((), (), ())
_ROWS_PER_BATCH = 5000


@dataclass(frozen=True)
class Settings:
    """What a store depends on besides the corpus files: any change means a rebuild."""

    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    analyze: bool = True

    def meta(self, corpus_dir: Path, cache_dir: Path | None = None) -> dict[str, str]:
        """The meta values a store of ``corpus_dir`` built with these settings must have."""
        return {
            "schema_version": str(store.SCHEMA_VERSION),
            "records": codec.signature(
                Document, CorpusEntity, DocumentEntity, QuoteRecord, FactRecord
            ),
            "analysis_version": analysis_version() if self.analyze else "none",
            "max_file_bytes": str(self.max_file_bytes),
            "manifest": manifest(corpus_dir, cache_dir),
        }


def ensure_store(
    corpus_dir: str | Path,
    cache_dir: str | Path,
    settings: Settings = Settings(),
    *,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    in_child: bool = False,
) -> tuple[Path, bool]:
    """The path of an up-to-date store of ``corpus_dir``, building one if needed.

    Returns (path, built). The store lives in ``cache_dir``; if that folder cannot be
    written, a stale store is rebuilt in a private temporary folder instead (with a
    warning), so a replica with a read-only cache still serves its corpus. With
    ``in_child``, the build runs in a forked process, so that the caller (the gunicorn
    master) never holds the build's memory.
    """
    corpus_dir, cache_dir = Path(corpus_dir), Path(cache_dir)
    expected = settings.meta(corpus_dir, cache_dir)
    path = store.current(cache_dir)
    if (why := store.problem(path, expected)) is None:
        return path, False
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        lock = _locked(cache_dir / ".store.lock")
        lock.__enter__()
    except OSError as exc:
        private = Path(tempfile.mkdtemp(prefix="newsfacts-store-"))
        log.warning("store: %s is not writable (%s); building in %s", cache_dir, exc, private)
        path = store.next_path(private)
        job = BuildJob(corpus_dir, cache_dir, path, settings, expected, workers)
        _build(job, progress, in_child)
        return path, True
    try:
        # Another process may have built it while this one waited for the lock.
        path = store.current(cache_dir)
        if (why := store.problem(path, expected)) is None:
            return path, False
        path = store.next_path(cache_dir)
        log.info("store: building %s (%s)", path, why)
        job = BuildJob(corpus_dir, cache_dir, path, settings, expected, workers)
        _build(job, progress, in_child)
        for old in store.stores(cache_dir)[: -store.KEPT_STORES]:
            with suppress(OSError):
                old.unlink()
        return path, True
    finally:
        lock.__exit__(None, None, None)


@contextmanager
def _locked(path: Path):
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


@dataclass(frozen=True)
class BuildJob:
    """What one build reads and writes."""

    corpus_dir: Path
    cache_dir: Path | None
    path: Path
    settings: Settings = Settings()
    expected: Mapping[str, str] | None = None  # the meta checked before (computed if None)
    workers: int = 1


def _build(job: BuildJob, progress: Callable[[int], None] | None, in_child: bool) -> None:
    if not in_child:
        build_store(job, progress)
        return
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_build_in_child, args=(send, job), name="newsfacts-build")
    child.start()
    send.close()
    try:
        error = receive.recv()
    except EOFError:
        error = "the build process died"
    child.join()
    if error or child.exitcode:
        raise RuntimeError(f"store build failed: {error or f'exit code {child.exitcode}'}")


def _build_in_child(send, job: BuildJob) -> None:
    try:
        build_store(job)
    except BaseException as exc:
        send.send(f"{type(exc).__name__}: {exc}")
        raise
    send.send("")


def build_store(job: BuildJob, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Read, analyse and write the store of ``job.corpus_dir`` to ``job.path`` (atomically).

    Returns the meta values written.
    """
    started = time.perf_counter()
    settings, path = job.settings, job.path
    # The listing before the read: a file changed meanwhile makes the store stale.
    meta = dict(job.expected or settings.meta(job.corpus_dir, job.cache_dir))
    documents, skipped, warnings = read_corpus(
        job.corpus_dir, settings.max_file_bytes, job.cache_dir
    )
    keys = {doc.id: text_key(doc.text) for doc in documents}
    texts = {keys[doc.id]: doc.text for doc in documents}
    found = analyze_texts(texts, job.cache_dir, job.workers, progress) if settings.analyze else {}
    analyses = {doc.id: found.get(keys[doc.id], _EMPTY) for doc in documents}
    if settings.analyze:
        failed = "analysis failed (logged); served without entities, quotes or numeric facts"
        warnings = [
            *warnings,
            *(
                Skipped(doc.source.file, f"document {doc.id}: {failed}")
                for doc in documents
                if keys[doc.id] not in found
            ),
        ]
    meta.update(
        fingerprint=fingerprint(documents),
        documents=str(len(documents)),
        distinct_texts=str(len(texts)),
        skipped=json.dumps([[s.file, s.reason] for s in skipped], ensure_ascii=False),
        warnings=json.dumps([[s.file, s.reason] for s in warnings], ensure_ascii=False),
        pipeline_version=nlp.PIPELINE_VERSION,
    )
    for stale in path.parent.glob(".store-*.tmp"):  # left by a killed build
        with suppress(OSError):
            stale.unlink()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write_store(tmp, documents, analyses, meta)
        os.replace(tmp, path)
    finally:
        with suppress(FileNotFoundError):
            tmp.unlink()
    log.info(
        "store: %d documents (%d distinct texts) written to %s in %.1f s",
        len(documents),
        len(texts),
        path,
        time.perf_counter() - started,
    )
    return meta


def write_store(
    path: Path,
    documents: Sequence[Document],
    analyses: Mapping[str, Analysis],
    meta: Mapping[str, str],
) -> None:
    """Write a new store file at ``path`` (which must not exist) from analysed documents."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA locking_mode = EXCLUSIVE")
        db.execute("PRAGMA cache_size = -262144")
        indexes = create_tables(db)
        totals = _write_rows(db, documents, analyses)
        for statement in indexes:
            db.execute(statement)
        finish_store(db, totals)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            sorted({**meta, "built_at": _now(), "totals": json.dumps(totals)}.items()),
        )
        db.execute("COMMIT")
    with open(path, "rb") as f:  # on disk before it is renamed into place
        os.fsync(f.fileno())


def create_tables(db: sqlite3.Connection) -> list[str]:
    """Mark a new store file as ours, begin its transaction and create its tables; return
    the index statements, to run once the rows are in (faster, and compact)."""
    db.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION}")
    db.execute("BEGIN")
    statements = store.schema()
    indexes = [s for s in statements if s.startswith("CREATE INDEX")]
    for statement in statements:
        if statement not in indexes:
            db.execute(statement)
    return indexes


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _batched(db: sqlite3.Connection, sql: str, rows: Iterable[tuple]) -> None:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _ROWS_PER_BATCH:
            db.executemany(sql, batch)
            batch = []
    if batch:
        db.executemany(sql, batch)


def _insert(table: str, width: int) -> str:
    return f"INSERT INTO {table} VALUES ({', '.join('?' * width)})"


def _document_record(doc: Document) -> str:
    data = codec.plain(doc)
    del data["text"]  # in its own column, for the full-text index
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def _columns(columns: Sequence[store.Column], record: Any, doc: int) -> list[Any]:
    return [c.value(record, doc) for c in columns]


def _write_rows(
    db: sqlite3.Connection, documents: Sequence[Document], analyses: Mapping[str, Analysis]
) -> dict[str, int]:
    """Insert every row; returns the totals of each list (for unfiltered pages)."""
    _batched(
        db,
        _insert("documents", 6),
        (
            (seq, d.id, d.word_count, _document_record(d), d.title, d.text)
            for seq, d in enumerate(documents, start=1)
        ),
    )
    analysed = [d for d in documents if d.id in analyses]
    doc_entities, entities, merged = _merge_entities(analysed, analyses)
    ordinal = {}
    entity_rows, entity_records = [], []
    for ord_, entity in enumerate(entities, start=1):
        ordinal[entity.id] = ord_
        record = codec.plain(entity)
        del record["documents"]  # one row each in occurrences
        record["document_count"] = entity.document_count
        record["mention_count"] = entity.mention_count
        entity_rows.append((ord_, *_columns(store.ENTITY_COLUMNS, record, 0)))
        text = json.dumps(record, separators=(",", ":"), ensure_ascii=False)
        entity_records.append((ord_, entity.id, entity.name, "\n".join(entity.aliases), text))
    _batched(db, _insert("entities", 1 + len(store.ENTITY_COLUMNS)), entity_rows)
    _batched(db, _insert("entity_records", 5), entity_records)

    counted: dict[str, int] = {}
    occurrences = quotes = facts = 0
    occ_rows, occ_records, quote_rows, quote_records, fact_rows, fact_records = (
        [],
        [],
        [],
        [],
        [],
        [],
    )

    def flush() -> None:
        for table, rows in (
            ("occurrences", occ_rows),
            ("occurrence_records", occ_records),
            ("quotes", quote_rows),
            ("quote_records", quote_records),
            ("facts", fact_rows),
            ("fact_records", fact_records),
        ):
            if rows:
                db.executemany(_insert(table, len(rows[0])), rows)
                rows.clear()

    entity_column = [c.name for c in store.OCCURRENCE_COLUMNS].index("entity")
    counted_column = [c.name for c in store.FACT_COLUMNS].index("counted")
    for seq, doc in enumerate(documents, start=1):
        analysis = analyses.get(doc.id)
        if analysis is None:
            continue
        for entity in doc_entities.get(doc.id, ()):
            occurrences += 1
            row = _columns(store.OCCURRENCE_COLUMNS, entity, seq)
            row[entity_column] = ordinal[entity.id]
            occ_rows.append((occurrences, *row))
            occ_records.append((occurrences, codec.dumps(entity)))
        doc_quotes = document_quotes(doc, analysis, merged[doc.id])
        for quote in doc_quotes:
            quotes += 1
            quote_rows.append((quotes, *_columns(store.QUOTE_COLUMNS, quote, seq)))
            quote_records.append((quotes, quote.id, quote.quote.text, codec.dumps(quote)))
        for fact in document_facts(doc, analysis, doc_quotes):
            facts += 1
            row = _columns(store.FACT_COLUMNS, fact, seq)
            if fact.fact.counted is not None:
                row[counted_column] = counted.setdefault(fact.fact.counted, len(counted) + 1)
            fact_rows.append((facts, *row))
            fact_records.append((facts, fact.id, codec.dumps(fact)))
        if len(occ_rows) + len(fact_rows) >= _ROWS_PER_BATCH:
            flush()
    flush()
    _batched(db, _insert("counted_values", 2), ((i, text) for text, i in counted.items()))
    totals = {
        "documents": len(documents),
        "entities": len(entities),
        "quotes": quotes,
        "facts": facts,
    }
    return totals


def finish_store(db: sqlite3.Connection, totals: dict[str, int]) -> None:
    """Indexes over the inserted rows: full text, champion lists, facets, planner stats.

    Also used by tools that insert rows directly (bench/scale.py's million documents).
    """
    for fts in ("documents_fts", "entities_fts", "quotes_fts", "counted_fts"):
        db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        db.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
        spec = store.SEARCHES.get(fts)
        if spec is not None and spec.rank:
            db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('rank', ?)", (spec.rank,))
    for fts in store.SEARCHES:
        write_champions(db, fts)
    for name in ("quotes", "facts", "entities"):
        listing = store.LISTINGS[name]
        for spec in listing.filters.values():
            if spec.facet:
                db.execute(
                    f"INSERT INTO facets SELECT ?, ?, {spec.facet}, count(*) FROM {listing.table} "
                    f"WHERE {spec.facet} IS NOT NULL GROUP BY {spec.facet}",
                    (listing.table, spec.facet),
                )
    for table, key in (
        ("documents", "seq"),
        ("entities", "ord"),
        ("occurrences", "occ"),
        ("quotes", "seq"),
        ("facts", "seq"),
    ):
        totals[f"max_{table}"] = db.execute(f"SELECT max({key}) FROM {table}").fetchone()[0] or 0
    db.execute("ANALYZE")


def write_champions(db: sqlite3.Connection, fts: str) -> None:
    """For each word in more than CHAMPION_MIN_DF rows, its postings and first CHAMPIONS hits.

    The postings (every row holding the word, with its one-word bm25) let the store rank a
    search of several frequent words without FTS5 scoring every match (see postings.py); the
    champions are the exact head of the ranking (bm25, then row) of a one-word search for it,
    so the store answers its first pages without ranking every match.
    """
    min_df, size = store.CHAMPION_MIN_DF, store.CHAMPIONS
    db.execute(f"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, {fts}, 'row')")
    try:
        frequent = db.execute(
            "SELECT term, doc FROM temp.vocab WHERE doc > ? AND term NOT GLOB '*[^a-z0-9]*'",
            (min_df,),
        ).fetchall()
    finally:
        db.execute("DROP TABLE temp.vocab")
    for term, df in frequent:
        hits = db.execute(
            f"SELECT rowid, rank FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid", (f'"{term}"',)
        ).fetchall()
        packed = postings.pack(hits)
        db.execute("INSERT INTO postings VALUES (?, ?, ?, ?, ?)", (fts, term, *packed))
        head = postings.champions(packed, size)
        db.executemany(
            "INSERT INTO champions VALUES (?, ?, ?, ?, ?)",
            [(fts, term, pos, row, score) for pos, (score, row) in enumerate(head)],
        )
        score, row = head[-1]
        db.execute("INSERT INTO frequent_terms VALUES (?, ?, ?, ?, ?)", (fts, term, df, score, row))
