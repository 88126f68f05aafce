"""The store: one read-only SQLite file holding the corpus, its analyses and their indexes.

Written once by the build (``service.corpus.build``), then only read: every worker opens it
read-only (``immutable``: no locks, no change detection) and every list or lookup is an
indexed query. Each record is stored as JSON derived from its dataclass fields (see
``codec``), beside narrow tables of the columns lists filter and sort on; a list query
walks those narrow tables and indexes, then reads the JSON of the rows it returns only.

The filters of every list are declared in one place, ``LISTINGS`` below: adding one is a
column (computed from the record at build time) and a line of SQL.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from service.corpus import codec, postings, search
from service.corpus.reader import Document, Skipped
from service.corpus.records import DocumentEntity, FactRecord, QuoteRecord

# Each build writes a new file, store-<n>.sqlite with n one more than the last: the newest is
# the current store. A file is never changed once renamed into place, so a running service
# keeps reading the snapshot it opened while a rebuild writes the next one beside it.
STORE_GLOB = "store-*.sqlite"
KEPT_STORES = 2  # the current one and the one before, for services not yet restarted
APPLICATION_ID = 0x6E667331  # "nfs1", in the file header: a foreign SQLite file is refused
SCHEMA_VERSION = 4  # bump with any change to the DDL below
TOKENIZER = "unicode61 remove_diacritics 2"

# Exact totals are counted up to this many matches; past it a list with several filters or a
# search reports an estimate, from where the last counted match falls in document order.
EXACT_COUNT_LIMIT = 1000
# Search: the first CHAMPIONS hits of every word found in more than CHAMPION_MIN_DF rows are
# ranked at build time, so the first pages of a one-word search never rank every match, and
# the word's postings are stored, so a search of several such words never has FTS5 score
# every match either (postings.py).
CHAMPION_MIN_DF = 1000
CHAMPIONS = 1000
ENTITY_DOCUMENTS_SHOWN = 20  # occurrences embedded in GET /v1/entities/{id}
SNIPPET_CHARS = 200
# Each connection caches at most this many KiB of pages: a worker's memory stays bounded.
CACHE_KIB = 4096


# --- Columns and filters: the one place where list queries are declared ----------------------


@dataclass(frozen=True)
class Column:
    """A column of a narrow table, computed at build time from (record, document seq)."""

    name: str
    sql: str
    value: Callable[[Any, int], Any]
    facet: bool = False  # per-value counts kept, for exact totals of a lone filter
    indexed: bool = True  # a covering index led by this column, in key order


@dataclass(frozen=True)
class Filter:
    """An API filter as SQL over the narrow table (alias ``t``); ``?`` gets ``params(value)``.

    ``sql`` may be a function of the value, for filters whose best plan depends on it.
    ``facet``: the column whose per-value counts give the filter's exact count when alone.
    ``values``: for a filter matching a set of that column's values, the SELECT of that set
    (its rows are then counted from the facets, which also picks the plan: see ``page``).
    """

    sql: str | Callable[[Any], str]
    params: Callable[[Any], Sequence[Any]] = lambda value: (value,)
    facet: str | None = None
    values: str | Callable[[Any], str] | None = None

    def condition(self, value: Any) -> tuple[str, Sequence[Any]]:
        sql = self.sql(value) if callable(self.sql) else self.sql
        return sql, self.params(value)

    def value_set(self, value: Any) -> str:
        return self.values(value) if callable(self.values) else str(self.values)


def in_set(
    column: str,
    values: str | Callable[[Any], str],
    params: Callable[[Any], Sequence[Any]],
) -> Filter:
    """A filter keeping the rows whose ``column`` is in the set that ``values`` selects."""

    def sql(value: Any) -> str:
        return f"t.{column} IN ({values(value) if callable(values) else values})"

    return Filter(sql, params, facet=column, values=values)


def any_of(column: str) -> Filter:
    """A filter taking several values (a list), any of which matches."""
    return in_set(
        column, "SELECT value FROM json_each(?)", lambda values: (json.dumps(list(values)),)
    )


_DOCUMENT_SEQ = "(SELECT seq FROM documents WHERE id = ?)"


def _trigram_searchable(needle: str) -> bool:
    # FTS5's query parser ends a string at a NUL ("unterminated string"): such a needle is
    # looked for by a scan instead.
    return len(needle) >= 3 and "\x00" not in needle


def _counted_values(needle: str) -> str:
    """The counted texts containing ``needle``: through their trigram index from 3 chars on."""
    if _trigram_searchable(needle):
        return "SELECT rowid FROM counted_fts WHERE counted_fts MATCH ? AND contains(text, ?)"
    return "SELECT id FROM counted_values WHERE contains(text, ?)"


def _counted_params(needle: str) -> tuple[str, ...]:
    folded = needle.casefold()
    if _trigram_searchable(needle):
        return '"' + needle.replace('"', '""') + '"', folded
    return (folded,)


def _speaker(record: QuoteRecord) -> Any:
    return record.quote.speaker


QUOTE_COLUMNS = (
    Column("doc", "INTEGER NOT NULL", lambda r, doc: doc),
    Column("speaker", "TEXT", lambda r, doc: s.entity_key if (s := _speaker(r)) else None, True),
    Column(
        "anonymous",
        "INTEGER",
        lambda r, doc: None if (s := _speaker(r)) is None else int(s.anonymous),
        True,
    ),
    Column("kind", "TEXT", lambda r, doc: r.quote.kind, True),
    Column(
        "speaker_gender",
        "TEXT NOT NULL",
        lambda r, doc: (s.gender if (s := _speaker(r)) else None) or "unknown",
        True,
    ),
)
FACT_COLUMNS = (
    Column("doc", "INTEGER NOT NULL", lambda r, doc: doc),
    Column("kind", "TEXT", lambda r, doc: r.fact.kind, True),
    Column("currency", "TEXT", lambda r, doc: r.fact.currency, True),
    Column("value", "REAL", lambda r, doc: r.fact.value),
    # Filled by the build: the id of the record's ``counted`` text in counted_values.
    Column("counted", "INTEGER", lambda r, doc: None, True),
    Column(
        "claimed_by",
        "TEXT",
        lambda r, doc: r.claimed_by.entity_key if r.claimed_by else None,
        True,
    ),
)
ENTITY_COLUMNS = (Column("type", "TEXT NOT NULL", lambda e, doc: e["type"], True),)
OCCURRENCE_COLUMNS = (
    Column("doc", "INTEGER NOT NULL", lambda e, doc: doc),
    Column("entity", "INTEGER NOT NULL", lambda e, doc: None),  # filled by the build
    # Filtered within one document only: the document's index covers it.
    Column("type", "TEXT NOT NULL", lambda e, doc: e.type, indexed=False),
)


@dataclass(frozen=True)
class Listing:
    """A list endpoint's query: narrow table, order key, payload, search and filters."""

    table: str  # narrow table, alias t
    key: str  # integer column of t giving the order (and the keyset)
    payload: str  # SELECT of (row id, ...) for ``{ids}``, the rows of one page
    decode: Callable[[tuple], Any]
    filters: Mapping[str, Filter]
    row: str | None = None  # column of t naming the payload row (default: key)
    fts: str | None = None  # FTS5 table whose rowid is the key
    scope: str | None = None  # filter always given (the document or entity of a sub-list)
    # The JSON data of a payload row's record (its fields, as ``codec`` stores them), for
    # callers that only serialise items; default: ``decode``'s.
    plain: Callable[[tuple], Any] | None = None


def _record_data(row: tuple) -> Any:
    return json.loads(row[1])


def _document_summary(row: tuple) -> dict[str, Any]:
    _, word_count, record = row
    item = json.loads(record)
    item["word_count"] = word_count
    item["paragraph_count"] = len(item["paragraphs"])
    return item


def _entity_summary(row: tuple) -> dict[str, Any]:
    return json.loads(row[1])


def _occurrence(row: tuple) -> dict[str, Any]:
    _, doc_id, record = row
    entity = json.loads(record)
    return {"id": doc_id, "salience": entity["salience"], "mentions": entity["mentions"]}


LISTINGS: dict[str, Listing] = {
    "documents": Listing(
        table="documents",
        key="seq",
        payload="SELECT seq, word_count, record FROM documents WHERE seq IN ({ids})",
        decode=_document_summary,
        filters={},
        fts="documents_fts",
    ),
    "entities": Listing(
        table="entities",
        key="ord",
        payload="SELECT ord, record FROM entity_records WHERE ord IN ({ids})",
        decode=_entity_summary,
        filters={
            "type": Filter("t.type = ?", facet="type"),
            "document": Filter(
                f"t.ord IN (SELECT entity FROM occurrences WHERE doc = {_DOCUMENT_SEQ})"
            ),
        },
        fts="entities_fts",
    ),
    "document_entities": Listing(
        table="occurrences",
        key="occ",
        payload="SELECT occ, record FROM occurrence_records WHERE occ IN ({ids})",
        decode=lambda row: codec.loads(DocumentEntity, row[1]),
        plain=_record_data,
        filters={
            "document": Filter(f"t.doc = {_DOCUMENT_SEQ}"),
            "type": Filter("t.type = ?"),
        },
        scope="document",
    ),
    "entity_documents": Listing(
        table="occurrences",
        key="occ",  # numbered in document order
        payload=(
            "SELECT o.occ, d.id, r.record FROM occurrences o "
            "JOIN documents d ON d.seq = o.doc JOIN occurrence_records r ON r.occ = o.occ "
            "WHERE o.occ IN ({ids})"
        ),
        decode=_occurrence,
        filters={"entity": Filter("t.entity = (SELECT ord FROM entity_records WHERE id = ?)")},
        scope="entity",
    ),
    "quotes": Listing(
        table="quotes",
        key="seq",
        payload="SELECT seq, record FROM quote_records WHERE seq IN ({ids})",
        decode=lambda row: codec.loads(QuoteRecord, row[1]),
        plain=_record_data,
        filters={
            "document": Filter(f"t.doc = {_DOCUMENT_SEQ}"),
            "speaker": Filter("t.speaker = ?", facet="speaker"),
            "anonymous": Filter("t.anonymous = ?", lambda v: (int(v),), facet="anonymous"),
            "kind": any_of("kind"),
            "speaker_gender": Filter("t.speaker_gender = ?", facet="speaker_gender"),
        },
        fts="quotes_fts",
    ),
    "facts": Listing(
        table="facts",
        key="seq",
        payload="SELECT seq, record FROM fact_records WHERE seq IN ({ids})",
        decode=lambda row: codec.loads(FactRecord, row[1]),
        plain=_record_data,
        filters={
            "document": Filter(f"t.doc = {_DOCUMENT_SEQ}"),
            "kind": Filter("t.kind = ?", facet="kind"),
            "currency": Filter("t.currency = ?", facet="currency"),
            "counted": in_set("counted", _counted_values, _counted_params),
            "min_value": Filter("t.value >= ?"),
            "max_value": Filter("t.value <= ?"),
            "claimed_by": Filter("t.claimed_by = ?", facet="claimed_by"),
        },
    ),
}


# --- Schema ------------------------------------------------------------------------------------


def _narrow_table(name: str, key: str, columns: Sequence[Column]) -> list[str]:
    """A narrow table and, per filtered column, a covering index in key order."""
    names = [c.name for c in columns]
    ddl = [
        f"CREATE TABLE {name}({key} INTEGER PRIMARY KEY, "
        + ", ".join(f"{c.name} {c.sql}" for c in columns)
        + ")"
    ]
    for column in (c for c in columns if c.indexed):
        rest = [n for n in names if n != column.name]
        ddl.append(
            f"CREATE INDEX {name}_{column.name} ON {name}({column.name}, {key}"
            + "".join(f", {n}" for n in rest)
            + ")"
        )
    return ddl


def schema() -> list[str]:
    """Every statement creating the store's tables and indexes (compared at each start)."""
    fts = f"tokenize = '{TOKENIZER}'"
    return [
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        # Small columns first: a summary never reads the text's overflow pages.
        "CREATE TABLE documents(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "word_count INTEGER NOT NULL, record TEXT NOT NULL, title TEXT NOT NULL, "
        "text TEXT NOT NULL)",
        f"CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents', "
        f"content_rowid = 'seq', {fts})",
        *_narrow_table("entities", "ord", ENTITY_COLUMNS),
        "CREATE TABLE entity_records(ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "name TEXT NOT NULL, aliases TEXT NOT NULL, record TEXT NOT NULL)",
        f"CREATE VIRTUAL TABLE entities_fts USING fts5(name, aliases, "
        f"content = 'entity_records', content_rowid = 'ord', {fts})",
        *_narrow_table("occurrences", "occ", OCCURRENCE_COLUMNS),
        "CREATE TABLE occurrence_records(occ INTEGER PRIMARY KEY, record TEXT NOT NULL)",
        *_narrow_table("quotes", "seq", QUOTE_COLUMNS),
        "CREATE TABLE quote_records(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "text TEXT NOT NULL, record TEXT NOT NULL)",
        f"CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content = 'quote_records', "
        f"content_rowid = 'seq', {fts})",
        *_narrow_table("facts", "seq", FACT_COLUMNS),
        "CREATE TABLE fact_records(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "record TEXT NOT NULL)",
        "CREATE TABLE counted_values(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)",
        "CREATE VIRTUAL TABLE counted_fts USING fts5(text, content = 'counted_values', "
        "content_rowid = 'id', tokenize = 'trigram')",
        "CREATE TABLE facets(listing TEXT NOT NULL, col TEXT NOT NULL, value, "
        "n INTEGER NOT NULL, PRIMARY KEY (listing, col, value)) WITHOUT ROWID",
        "CREATE TABLE frequent_terms(fts TEXT NOT NULL, term TEXT NOT NULL, "
        "df INTEGER NOT NULL, last_score REAL NOT NULL, last_row INTEGER NOT NULL, "
        "PRIMARY KEY (fts, term)) WITHOUT ROWID",
        "CREATE TABLE champions(fts TEXT NOT NULL, term TEXT NOT NULL, pos INTEGER NOT NULL, "
        "row INTEGER NOT NULL, score REAL NOT NULL, PRIMARY KEY (fts, term, pos)) WITHOUT ROWID",
        "CREATE TABLE postings(fts TEXT NOT NULL, term TEXT NOT NULL, rows BLOB NOT NULL, "
        "codes BLOB NOT NULL, scores BLOB NOT NULL, PRIMARY KEY (fts, term))",
    ]


@cache
def expected_schema() -> tuple[tuple[str, str, str | None], ...]:
    """sqlite_master of a store as this code writes it: what an existing file must match."""
    with closing(sqlite3.connect(":memory:")) as db:
        for statement in schema():
            db.execute(statement)
        db.execute("ANALYZE")
        return tuple(
            db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        )


def _number(path: Path) -> int:
    try:
        return int(path.stem.removeprefix("store-"))
    except ValueError:
        return -1


def stores(cache_dir: Path) -> list[Path]:
    """The store files of ``cache_dir``, oldest first."""
    try:
        found = [p for p in cache_dir.glob(STORE_GLOB) if _number(p) >= 0]
    except OSError:
        return []
    return sorted(found, key=_number)


def current(cache_dir: Path) -> Path | None:
    """The newest store file of ``cache_dir``, if any."""
    found = stores(cache_dir)
    return found[-1] if found else None


def next_path(cache_dir: Path) -> Path:
    """The name of the next store to write in ``cache_dir``."""
    found = stores(cache_dir)
    return cache_dir / f"store-{(_number(found[-1]) + 1 if found else 1):06d}.sqlite"


def read_only_uri(path: Path) -> str:
    """The SQLite URI opening ``path`` read-only, as a file that never changes (no locks)."""
    return f"file:{urllib.parse.quote(str(Path(path).resolve()))}?mode=ro&immutable=1"


def problem(path: Path | None, expected: Mapping[str, str]) -> str | None:
    """Why the file at ``path`` is not a usable store for ``expected`` meta values, or None.

    Checks the header (application id, schema version, size), the whole schema and the
    meta values; reads no data row, so it costs the same whatever the corpus size.
    """
    try:
        size = path.stat().st_size if path is not None else -1
    except OSError:
        size = -1
    if path is None or size < 0:
        return "no store yet"
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as db:
            db.execute("PRAGMA trusted_schema = OFF")
            if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return "not a newsfacts store"
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return "another store schema version"
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            if pages * db.execute("PRAGMA page_size").fetchone()[0] != size:
                return "truncated or padded file"
            found = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
            if tuple(found.fetchall()) != expected_schema():
                return "unexpected schema"
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        return f"unreadable ({exc})"
    for key, value in expected.items():
        if meta.get(key) != value:
            return f"{key} changed"
    return None


# --- Reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """Where a search hit matched: a snippet of a field and the matched spans in it.

    ``start``/``end`` and the highlights are offsets into the field's string (for a document's
    or a quote's text: into the document's ``text``, as everywhere in the API).
    """

    field: str
    start: int
    end: int
    text: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Page:
    """One page of a list: items (with their match when searched), the next key, the total."""

    items: list[Any]
    matches: list[Match | None]
    next_key: tuple | None
    total: int
    total_is_estimate: bool = False


@dataclass(frozen=True)
class Query:
    """A list request: which list, its filters, an optional search, the keyset position."""

    listing: str
    filters: Mapping[str, Any] = field(default_factory=dict)
    q: str | None = None
    after: tuple | None = None
    size: int = 20
    plain: bool = False  # items as their records' JSON data (see ``Listing.plain``)


class Store:
    """A read-only handle on a store file, safe to share by threads and across fork.

    Connections are per thread and per process, opened on first use, all on the same file:
    store files are never rewritten (a rebuild writes the next one), so every connection of
    a service, in every worker, reads the same snapshot.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).resolve()
        self._uri = read_only_uri(self.path)
        self._local = threading.local()
        self.size = self.path.stat().st_size
        with closing(self._connect()) as db:
            self.meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        self.fingerprint = self.meta["fingerprint"]
        self.built_at = self.meta["built_at"]
        self.document_count = int(self.meta["documents"])
        self.skipped = tuple(Skipped(*s) for s in json.loads(self.meta["skipped"]))
        self.warnings = tuple(Skipped(*s) for s in json.loads(self.meta["warnings"]))
        self._totals = json.loads(self.meta["totals"])

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA query_only = ON")
        db.execute("PRAGMA trusted_schema = OFF")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.create_function("contains", 2, _contains, deterministic=True)
        return db

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection (a new one after a fork: connections never cross it)."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.db = self._connect()
            local.pid = os.getpid()
        return local.db

    # Lookups by id ---------------------------------------------------------------------------

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT record, text FROM documents WHERE id = ?", (doc_id,))
        found = row.fetchone()
        if found is None:
            return None
        data = json.loads(found[0])
        data["text"] = found[1]
        return codec.decoder(Document)(data)

    def has_document(self, doc_id: str) -> bool:
        found = self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,))
        return found.fetchone() is not None

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        """An entity with its first ENTITY_DOCUMENTS_SHOWN occurrences, in document order."""
        found = self.db.execute(
            "SELECT ord, record FROM entity_records WHERE id = ?", (entity_id,)
        ).fetchone()
        if found is None:
            return None
        entity = json.loads(found[1])
        shown = Query("entity_documents", {"entity": entity_id}, size=ENTITY_DOCUMENTS_SHOWN)
        page = self.page(shown, count=False)
        entity["documents"] = page.items
        return entity

    def has_entity(self, entity_id: str) -> bool:
        found = self.db.execute("SELECT 1 FROM entity_records WHERE id = ?", (entity_id,))
        return found.fetchone() is not None

    def quote(self, quote_id: str) -> QuoteRecord | None:
        found = self.db.execute("SELECT record FROM quote_records WHERE id = ?", (quote_id,))
        row = found.fetchone()
        return None if row is None else codec.loads(QuoteRecord, row[0])

    def fact(self, fact_id: str) -> FactRecord | None:
        found = self.db.execute("SELECT record FROM fact_records WHERE id = ?", (fact_id,))
        row = found.fetchone()
        return None if row is None else codec.loads(FactRecord, row[0])

    def documents(self) -> Iterator[Document]:
        """Every document in corpus order (for tools and tests: the API pages instead)."""
        for seq, _ in self.db.execute("SELECT seq, id FROM documents ORDER BY seq").fetchall():
            row = self.db.execute("SELECT record, text FROM documents WHERE seq = ?", (seq,))
            record, text = row.fetchone()
            yield codec.decoder(Document)({**json.loads(record), "text": text})

    # Lists -----------------------------------------------------------------------------------

    def page(self, query: Query, count: bool = True) -> Page:
        """The page ``query`` asks for: an indexed walk, then the payload of its rows only.

        ``count=False`` skips the total (reported as -1).
        """
        listing = LISTINGS[query.listing]
        where, params = [], []
        counts: dict[str, int] = {}
        for name, value in query.filters.items():
            spec = listing.filters[name]
            sql, args = spec.condition(value)
            if spec.values is not None:
                counts[name] = n = self._facet_sum(listing, spec, value)
                # Rows in the key order through an index by value need a sort of all the
                # matches; walking the key order and testing each row reads size/density
                # rows instead: past sqrt(size * rows) matches, the walk costs less.
                dense = (query.size * max(self._totals[f"max_{listing.table}"], 1)) ** 0.5
                if n > dense:
                    sql = sql.replace(f"t.{spec.facet} IN", f"+t.{spec.facet} IN", 1)
            where.append(sql)
            params.extend(args)
        if query.q is not None:
            try:
                parsed = search.parse(query.q)
            except search.QueryError:  # no word in it ("@", "--"): nothing can match
                return Page([], [], None, 0)
            return self._search(listing, query, parsed, where, params, count=count)
        keys = self._walk(listing, where, params, query.after, query.size + 1)
        has_more = len(keys) > query.size
        keys = keys[: query.size]
        items = self._payload(listing, [row for _, row in keys], query.plain)
        total = self._total(listing, query, where, params, counts) if count else (-1, False)
        return Page(items, [None] * len(items), (keys[-1][0],) if has_more else None, *total)

    def iterate(self, query: Query, batch: int = 1000) -> Iterator[tuple[Any, Match | None]]:
        """Every item ``query`` matches from its position on, with its match: the list's own
        queries, page after page of ``batch`` items by keyset, without totals. Holds one
        batch at a time, so a caller streaming the items needs constant memory."""
        after = query.after
        while True:
            page = self.page(replace(query, after=after, size=batch), count=False)
            yield from zip(page.items, page.matches, strict=True)
            if page.next_key is None:
                return
            after = page.next_key

    def _walk(
        self, listing: Listing, where: list[str], params: list, after: tuple | None, limit: int
    ) -> list[tuple[int, int]]:
        key, row = f"t.{listing.key}", f"t.{listing.row or listing.key}"
        conds = [*where]
        args = [*params]
        if after is not None:
            conds.append(f"{key} > ?")
            args.append(after[0])
        sql = (
            f"SELECT {key}, {row} FROM {listing.table} t"
            + (" WHERE " + " AND ".join(conds) if conds else "")
            + f" ORDER BY {key} LIMIT ?"
        )
        return self.db.execute(sql, [*args, limit]).fetchall()

    def _payload(self, listing: Listing, rows: list[int], plain: bool = False) -> list[Any]:
        if not rows:
            return []
        sql = listing.payload.format(ids=",".join("?" * len(rows)))
        found = {r[0]: r for r in self.db.execute(sql, rows).fetchall()}
        decode = (listing.plain or listing.decode) if plain else listing.decode
        return [decode(found[row]) for row in rows]

    def _facet_sum(self, listing: Listing, spec: Filter, value: Any) -> int:
        """Rows matching a set filter, from the per-value counts."""
        found = self.db.execute(
            "SELECT coalesce(sum(n), 0) FROM facets WHERE listing = ? AND col = ? "
            f"AND value IN ({spec.value_set(value)})",
            (listing.table, spec.facet, *spec.params(value)),
        )
        return found.fetchone()[0]

    def _total(
        self,
        listing: Listing,
        query: Query,
        where: list[str],
        params: list,
        counts: Mapping[str, int],
    ) -> tuple[int, bool]:
        filters = query.filters
        if not filters:
            return self._totals[query.listing], False
        if len(filters) == 1:
            ((name, value),) = filters.items()
            if name in counts:
                return counts[name], False
            column = listing.filters[name].facet
            if column is not None:
                (param,) = listing.filters[name].condition(value)[1]
                found = self.db.execute(
                    "SELECT n FROM facets WHERE listing = ? AND col = ? AND value = ?",
                    (listing.table, column, param),
                ).fetchone()
                return (found[0] if found else 0), False
        key = f"t.{listing.key}"
        sql = (
            f"SELECT count(*), max(k) FROM (SELECT {key} AS k FROM {listing.table} t WHERE "
            + " AND ".join(where)
            + f" ORDER BY {key} LIMIT {EXACT_COUNT_LIMIT + 1})"
        )
        count, last = self.db.execute(sql, params).fetchone()
        return self._estimate(count, last, self._totals[f"max_{listing.table}"])

    @staticmethod
    def _estimate(count: int, last: int | None, max_key: int) -> tuple[int, bool]:
        """``count`` if exact; past the limit, extrapolated from where the last match fell."""
        if count <= EXACT_COUNT_LIMIT or not last:
            return count, False
        return max(count, round(count * max_key / last)), True

    # Search ----------------------------------------------------------------------------------

    def _search(
        self,
        listing: Listing,
        query: Query,
        parsed: search.Search,
        where: list[str],
        params: list,
        *,
        count: bool = True,
    ) -> Page:
        """Hits ranked by bm25 then document order, keyset on (rank, row)."""
        fts = listing.fts
        if fts is None:
            raise search.QueryError(f"{query.listing} has no full-text search")
        table, key = listing.table, listing.key
        filters = "".join(f" AND {w}" for w in where)
        want = query.size + 1
        hits: list[tuple[float, int]] = []
        after = query.after
        if len(parsed.terms) > 1 and not where:
            lists = self._postings(fts, parsed.terms)
            if lists is not None:
                rows, scores = postings.conjunction(lists)
                hits = postings.top(rows, scores, after, want)
                return self._hits_page(
                    listing, query, parsed, hits, total=len(rows), estimated=False
                )
        champion = self._champion(fts, parsed.term)
        if champion is not None and (after is None or after <= champion[1:]):
            join = f" CROSS JOIN {table} t ON t.{key} = c.row" if where else ""
            sql = (
                f"SELECT c.score, c.row FROM champions c{join} "
                f"WHERE c.fts = ? AND c.term = ?{filters}"
                + (" AND (c.score, c.row) > (?, ?)" if after else "")
                + " ORDER BY c.pos LIMIT ?"
            )
            args = [fts, parsed.term, *params, *(after or ()), want]
            hits = self.db.execute(sql, args).fetchall()
            if len(hits) < want:  # the champions are the exact head of the ranking: go on
                after = champion[1:]
        join = f" CROSS JOIN {table} t ON t.{key} = f.rowid" if where else ""
        if len(hits) < want:
            sql = (
                f"SELECT f.rank, f.rowid FROM {fts} f{join} WHERE {fts} MATCH ?{filters}"
                + (" AND (f.rank, f.rowid) > (?, ?)" if after else "")
                + " ORDER BY f.rank, f.rowid LIMIT ?"
            )
            args = [parsed.expression, *params, *(after or ()), want - len(hits)]
            hits += self.db.execute(sql, args).fetchall()
        if not count:
            total, estimated = -1, False
        elif champion is not None and not where:
            total, estimated = champion[0], False
        else:
            sql = (
                f"SELECT count(*), max(k) FROM (SELECT f.rowid AS k FROM {fts} f{join} "
                f"WHERE {fts} MATCH ?{filters} ORDER BY f.rowid LIMIT {EXACT_COUNT_LIMIT + 1})"
            )
            count, last = self.db.execute(sql, [parsed.expression, *params]).fetchone()
            total, estimated = self._estimate(count, last, self._totals[f"max_{table}"])
        return self._hits_page(listing, query, parsed, hits, total=total, estimated=estimated)

    def _hits_page(
        self,
        listing: Listing,
        query: Query,
        parsed: search.Search,
        hits: list[tuple[float, int]],
        *,
        total: int,
        estimated: bool,
    ) -> Page:
        """The page of ranked ``hits`` (one more than the page size if more follow)."""
        has_more = len(hits) > query.size
        hits = hits[: query.size]
        rows = [row for _, row in hits]
        items = self._payload(listing, rows, query.plain)
        matches = [
            self._match(listing.fts, parsed.expression, row, item)
            for row, item in zip(rows, items, strict=True)
        ]
        next_key = tuple(hits[-1]) if has_more else None
        return Page(items, matches, next_key, total, estimated)

    def _postings(self, fts: str, terms: Sequence[str]) -> list[postings.Packed] | None:
        """The stored postings of each of ``terms``, in their order; None if one has none."""
        found = {
            term: (rows, codes, scores)
            for term, rows, codes, scores in self.db.execute(
                f"SELECT term, rows, codes, scores FROM postings WHERE fts = ? AND term IN "
                f"({', '.join('?' * len(terms))})",
                (fts, *terms),
            )
        }
        return None if len(found) < len(set(terms)) else [found[t] for t in terms]

    def _champion(self, fts: str, term: str | None) -> tuple[int, float, int] | None:
        """(df, last score, last row) of a frequent ``term``'s precomputed ranking, or None."""
        if term is None:
            return None
        return self.db.execute(
            "SELECT df, last_score, last_row FROM frequent_terms WHERE fts = ? AND term = ?",
            (fts, term),
        ).fetchone()

    def _match(self, fts: str, expression: str, row: int, item: Any) -> Match | None:
        """The snippet and matched spans of one hit (FTS5's highlight() on that row only)."""
        search_fts = SEARCHES[fts]
        columns = search_fts.columns
        marks = ", ".join(
            f"highlight({fts}, {i}, '{search.OPEN}', '{search.CLOSE}')" for i in range(len(columns))
        )
        content = ", ".join(columns)
        found = self.db.execute(
            f"SELECT {marks}, {content} FROM {fts} WHERE {fts} MATCH ? AND rowid = ?",
            (expression, row),
        ).fetchone()
        if found is None:
            return None
        marked, originals = found[: len(columns)], found[len(columns) :]
        for index in search_fts.preference:
            name, text = columns[index], originals[index]
            if search.OPEN not in marked[index]:
                continue
            if name == "aliases":  # one alias per line: report the one that matched
                return _alias_match(marked[index], text)
            spans = search.highlights(marked[index], text)
            if not spans:
                continue
            shift = search_fts.shift(item) if name == "text" else 0
            start, end = search.snippet_window(text, spans, SNIPPET_CHARS)
            return Match(
                name,
                start + shift,
                end + shift,
                text[start:end],
                tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end),
            )
        return None


@dataclass(frozen=True)
class SearchSpec:
    """An FTS5 table: its columns, which to report a match in first, and the offset shift.

    ``shift`` moves offsets from the matched column into the document's text (a quote's
    text starts at its ``start``).
    """

    columns: tuple[str, ...]
    preference: tuple[int, ...]
    rank: str | None = None  # FTS5 rank function, when not plain bm25()
    shift: Callable[[Any], int] = lambda item: 0


def _quote_start(quote: QuoteRecord | dict) -> int:
    """Where a quote's text starts, from its record or its record's data (``Query.plain``)."""
    return quote["quote"]["start"] if isinstance(quote, dict) else quote.quote.start


SEARCHES = {
    "documents_fts": SearchSpec(("title", "text"), (1, 0), "bm25(2.0, 1.0)"),
    "entities_fts": SearchSpec(("name", "aliases"), (0, 1), "bm25(2.0, 1.0)"),
    "quotes_fts": SearchSpec(("text",), (0,), shift=_quote_start),
}


def _alias_match(marked: str, original: str) -> Match | None:
    for marked_alias, alias in zip(marked.split("\n"), original.split("\n"), strict=True):
        spans = search.highlights(marked_alias, alias)
        if spans:
            return Match("alias", 0, len(alias), alias, tuple(spans))
    return None


def _contains(text: str | None, needle: str) -> bool:
    """Case-insensitive substring test with Python's casefold (SQLite's lower() is ASCII)."""
    return text is not None and needle in text.casefold()
