"""Read the corpus folder into immutable documents, with a fingerprint of their content.

A bad file never stops the load: it is skipped, logged, and reported in ``Corpus.skipped``.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import pickle
import re
import stat
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path
from typing import Any

from service import nlp
from service.nlp.article import Article, Paragraph, paragraph_at, parse_plain_text, parse_record
from service.nlp.identity import resolve_identities
from service.nlp.records import Analysis, Attribute, Mention, NumericFact, Quote
from service.nlp.titles import clean_titles, title_key

log = logging.getLogger(__name__)

DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024
CACHE_FOLDER = ".newsfacts-cache"  # hidden, so the corpus reader never reads it
TEXT_SUFFIXES = frozenset({".txt", ".md"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES
_BINARY_SNIFF_BYTES = 8192
_TEXT_CONTROLS = bytes(b for b in range(32) if chr(b) not in "\t\n\r\f\v\x1b") + b"\x7f"
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from: its file (relative to the corpus) and that file's sha256."""

    file: str
    sha256: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article of the corpus; offsets of every extraction are into ``text``."""

    id: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    contributors: tuple[str, ...]
    boilerplate: tuple[str, ...]
    source: Source
    published: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def paragraph_count(self) -> int:
        return len(self.paragraphs)

    @property
    def content_sha256(self) -> str:
        """Digest of everything a client can see of this document."""
        payload = json.dumps(
            [
                self.id,
                self.title,
                self.text,
                self.published,
                self.url,
                self.authors,
                self.contributors,
                self.boilerplate,
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file (or a line of one) left out of the corpus, and why."""

    file: str
    reason: str


class BadFile(Exception):
    """A corpus file (or record) that cannot be used; the message says why."""


def slugify(value: str) -> str:
    """Lower-case ASCII slug: "business/001" -> "business-001"."""
    return _SLUG_JUNK.sub("-", value.lower()).strip("-")


def decode(data: bytes, name: str, warnings: list[Skipped]) -> str:
    """Decode UTF-8 (BOM allowed), falling back to latin-1 with a warning; refuse binary."""
    head = data[:_BINARY_SNIFF_BYTES]
    if b"\0" in head:
        raise BadFile("binary content (NUL bytes), not text")
    # Text has no control bytes but whitespace; a binary blob without NULs has ~10% of them.
    if len(head) >= 64 and len(head.translate(None, _TEXT_CONTROLS)) < len(head) * 0.95:
        raise BadFile("binary content (control bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = f"not valid UTF-8 (byte {exc.start}); decoded as latin-1"
        log.warning("corpus: %s: %s", name, reason)
        warnings.append(Skipped(name, reason))
        return data.decode("latin-1")


def _text_field(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise BadFile(f"field {key!r} must be a string")
    return str(value)


def _authors(record: Mapping[str, Any]) -> tuple[str, ...]:
    value = record.get("authors")
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return tuple(value)
    raise BadFile("field 'authors' must be a string or a list of strings")


def _document(
    doc_id: str, article: Article, source: Source, require_text: bool = True, **meta: Any
) -> Document:
    if require_text and not article.text.strip():
        raise BadFile("no text")
    if not doc_id:
        raise BadFile("cannot derive an id")
    return Document(
        id=doc_id,
        title=article.title,
        text=article.text,
        paragraphs=article.paragraphs,
        contributors=article.contributors,
        boilerplate=article.boilerplate,
        source=source,
        **meta,
    )


def _from_record(record: Any, default_id: str, source: Source) -> Document:
    if not isinstance(record, dict):
        raise BadFile("a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadFile("a record needs a non-empty string field 'text'")
    raw_id = _text_field(record, "id")
    article = parse_record(text, _text_field(record, "title") or "")
    return _document(
        slugify(raw_id) if raw_id is not None else default_id,
        article,
        source,
        published=_text_field(record, "published"),
        url=_text_field(record, "url"),
        authors=_authors(record),
    )


def read_file(
    path: Path,
    name: str,
    data: bytes,
    warnings: list[Skipped],
    skipped: list[Skipped],
    *,
    max_record_bytes: int = DEFAULT_MAX_FILE_BYTES,
) -> Iterator[Document]:
    """Yield the documents of one corpus file; bad JSONL lines go to ``skipped``."""
    source = Source(name, hashlib.sha256(data).hexdigest())
    stem_id = slugify(str(Path(name).with_suffix("")))
    text = decode(data, name, warnings)
    if not text.strip():
        raise BadFile("empty file")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield _document(stem_id, parse_plain_text(text), source)
    elif suffix == ".json":
        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise BadFile(f"invalid JSON: {exc}") from None
        yield _from_record(record, stem_id, source)
    else:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            line_source = Source(name, source.sha256, number)
            try:
                if len(line) > max_record_bytes:
                    raise BadFile(f"too large: {len(line)} characters, limit {max_record_bytes}")
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError) as exc:
                    raise BadFile(f"invalid JSON: {exc}") from None
                yield _from_record(record, f"{stem_id}-{number}", line_source)
            except BadFile as exc:
                reason = f"line {number}: {exc}"
                log.warning("corpus: %s: %s", name, reason)
                skipped.append(Skipped(name, reason))


def corpus_files(directory: Path) -> list[Path]:
    """Every file under ``directory``, sorted, hidden files and folders left out.

    A folder named like an article (``x.txt``) is listed, not entered: the reader reports it.
    Symlinked folders are not followed (no loops); symlinked files are listed.
    """
    found = []
    for folder, dirs, files in os.walk(directory):
        here = Path(folder)
        visible = [d for d in dirs if not d.startswith(".")]
        dirs[:] = [d for d in visible if Path(d).suffix.lower() not in ARTICLE_SUFFIXES]
        found += [here / d for d in visible if d not in dirs]
        found += [here / f for f in files if not f.startswith(".")]
    return sorted(found)


_FILE_KINDS = {
    stat.S_IFDIR: "a directory",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def read_bytes(path: Path, limit: int | None) -> bytes:
    """The content of a regular file of at most ``limit`` bytes, checked before reading it.

    Anything else (folder, FIFO, device, broken link) is refused without being opened, so
    a FIFO cannot hang the load and a huge file is never read into memory.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise BadFile(f"unreadable: broken symbolic link to {os.readlink(path)}") from None
        raise
    if not stat.S_ISREG(info.st_mode):
        kind = _FILE_KINDS.get(stat.S_IFMT(info.st_mode), "special")
        raise BadFile(f"not a regular file: {kind}")
    if limit is not None and info.st_size > limit:
        raise BadFile(f"too large: {info.st_size} bytes, limit {limit}")
    # O_NONBLOCK: should the path become a FIFO after the stat, opening it must not block.
    with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC), "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise BadFile("not a regular file")
        if limit is None:
            data = f.read()
        else:  # read(n) allocates n bytes up front: ask for the size the stat found
            data = f.read(info.st_size + 1)
            if len(data) > info.st_size:  # grew since the stat
                data += f.read(limit + 1 - len(data))
    if limit is not None and len(data) > limit:
        raise BadFile(f"too large: over {limit} bytes")
    return data


def read_corpus(
    directory: str | Path, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
) -> tuple[tuple[Document, ...], tuple[Skipped, ...], tuple[Skipped, ...]]:
    """Read every article under ``directory``: (documents, skipped, warnings).

    Never raises for a bad file; raises ``FileNotFoundError`` if the folder is missing.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {directory}")
    documents: dict[str, Document] = {}
    skipped: list[Skipped] = []
    warnings: list[Skipped] = []
    for path in corpus_files(directory):
        name = path.relative_to(directory).as_posix()
        try:
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                raise BadFile(f"unsupported file type {path.suffix or '(none)'!r}")
            # A .jsonl file is a collection: its limit applies to each article (line).
            data = read_bytes(path, None if path.suffix.lower() == ".jsonl" else max_file_bytes)
            for doc in read_file(
                path, name, data, warnings, skipped, max_record_bytes=max_file_bytes
            ):
                if doc.id in documents:
                    first = documents[doc.id].source.file
                    reason = f"duplicate id {doc.id!r}, already used by {first}"
                    if doc.source.line:
                        reason = f"line {doc.source.line}: {reason}"
                    log.warning("corpus: %s: %s", name, reason)
                    skipped.append(Skipped(name, reason))
                    continue
                documents[doc.id] = doc
        except BadFile as exc:
            log.warning("corpus: skipped %s: %s", name, exc)
            skipped.append(Skipped(name, str(exc)))
        except OSError as exc:
            reason = f"unreadable: {exc.strerror or exc}"
            log.warning("corpus: skipped %s: %s", name, reason)
            skipped.append(Skipped(name, reason))
    log.info("corpus: %d documents read, %d skipped", len(documents), len(skipped))
    return tuple(documents.values()), tuple(skipped), tuple(warnings)


# --- Analysis: run the NLP once per text, cached on disk ------------------------------------


def _pipeline():
    """The spaCy pipeline module, imported only when a text must be analysed.

    A warm start finds every analysis in the cache and never pays for spaCy's import.
    """
    from service.nlp import pipeline  # noqa: PLC0415

    return pipeline


def cache_key_dir(cache_dir: Path) -> Path:
    """Folder of the cache entries valid for this pipeline and model version."""
    return cache_dir / f"pipeline-{nlp.PIPELINE_VERSION}-{nlp.MODEL_PACKAGE}-{nlp.model_version()}"


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _read_cache(path: Path) -> dict[str, Analysis]:
    try:
        with path.open("rb") as f:
            entries = pickle.load(f)
        return entries if isinstance(entries, dict) else {}
    except FileNotFoundError:
        return {}
    except Exception as exc:  # a damaged cache entry is rebuilt, never fatal
        log.warning("cache: ignoring unreadable %s: %s", path, exc)
        return {}


def _write_cache(path: Path, entries: dict[str, Analysis]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(entries, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)  # atomic: concurrent builders never see half a file
    except OSError as exc:
        log.warning("cache: cannot write %s (%s); analyses will be recomputed", path, exc)


def analyze_documents(
    documents: Sequence[Document],
    cache_dir: Path | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Analysis]:
    """Analysis of every document by id, reusing the on-disk cache and filling what it lacks.

    The cache holds one file per source file, named by that file's sha256, under a folder
    named by the pipeline and model versions, so any change to either invalidates it.
    """
    by_file: dict[str, list[Document]] = {}
    for doc in documents:
        by_file.setdefault(doc.source.sha256, []).append(doc)
    key_dir = cache_key_dir(cache_dir) if cache_dir else None
    cached: dict[str, dict[str, Analysis]] = {}
    missing: dict[str, str] = {}  # text key -> text
    for sha, docs in by_file.items():
        entries = _read_cache(key_dir / f"{sha}.pickle") if key_dir else {}
        cached[sha] = entries
        for doc in docs:
            if (key := _text_key(doc.text)) not in entries:
                missing[key] = doc.text
        if progress:
            progress(sum(_text_key(d.text) in entries for d in docs))
    if missing:
        log.info(
            "analysis: %d texts to analyse, %d from cache",
            len(missing),
            len(documents) - len(missing),
        )
        fresh: dict[str, Analysis] = {}
        started = last_log = time.monotonic()
        for key, analysis in zip(
            missing, _pipeline().analyze_texts(list(missing.values()), workers), strict=True
        ):
            fresh[key] = analysis
            if progress:
                progress(1)
            if (now := time.monotonic()) - last_log > 5:  # long builds show signs of life
                last_log = now
                log.info(
                    "analysis: %d/%d texts, %.1f texts/s",
                    len(fresh),
                    len(missing),
                    len(fresh) / (now - started),
                )
        for sha, docs in by_file.items():
            entries = cached[sha]
            new = {k: fresh[k] for d in docs if (k := _text_key(d.text)) in fresh}
            if new:
                entries.update(new)
                if key_dir:
                    _write_cache(key_dir / f"{sha}.pickle", entries)
    return {doc.id: cached[doc.source.sha256][_text_key(doc.text)] for doc in documents}


# --- The corpus and its indexes -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentEntity:
    """An entity as it appears in one document."""

    id: str
    name: str
    type: str
    salience: float
    mentions: tuple[Mention, ...]
    titles: tuple[Attribute, ...]
    gender: str | None = None
    gender_evidence: str | None = None


@dataclass(frozen=True, slots=True)
class EntityOccurrence:
    """Where a corpus entity occurs: one document, its salience there, its mentions."""

    id: str  # the document id
    salience: float
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """An entity across the corpus."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    titles: tuple[Attribute, ...]
    documents: tuple[EntityOccurrence, ...]
    gender: str | None = None
    gender_evidence: str | None = None

    @property
    def document_count(self) -> int:
        return len(self.documents)

    @property
    def mention_count(self) -> int:
        return sum(len(d.mentions) for d in self.documents)


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quote with its corpus id, document and paragraph; speaker linked to a corpus entity."""

    id: str
    document_id: str
    paragraph_index: int
    quote: Quote


@dataclass(frozen=True, slots=True)
class RangeRef:
    """The two ends of a range or change, by fact id."""

    kind: str
    role: str
    ends: tuple[str, str]  # (from|min id, to|max id)


@dataclass(frozen=True, slots=True)
class FactRecord:
    """A numeric fact with its corpus id and document."""

    id: str
    document_id: str
    fact: NumericFact
    range: RangeRef | None


_START = attrgetter("start")


def _merge_entities(
    documents: Sequence[Document], analyses: Mapping[str, Analysis]
) -> tuple[
    dict[str, tuple[DocumentEntity, ...]], tuple[CorpusEntity, ...], dict[str, dict[str, str]]
]:
    """Corpus entities from the per-document ones (``service.nlp.identity`` decides who is who).

    Returns the entities of each document, the corpus entities, and for each document the
    corpus id of each of its entity keys (to relink quote speakers).
    """
    per_doc = [analyses[d.id].entities for d in documents]
    identities = resolve_identities(per_doc, [d.id for d in documents])
    canonical: dict[str, dict[str, Any]] = {}
    doc_entities: dict[str, tuple[DocumentEntity, ...]] = {}
    for doc, found, mapping in zip(documents, per_doc, identities.keys, strict=True):
        rows: dict[str, DocumentEntity] = {}
        gender_of = identities.genders.get
        for entity in found:
            key = mapping[entity.key]
            entry = canonical.get(key)
            if entry is None:
                entry = canonical[key] = {
                    "aliases": set(),
                    "titles": [],
                    "support": Counter(),
                    "documents": {},
                    "genders": [],
                }
            entry["aliases"].update(entity.aliases)
            entry["aliases"].add(entity.name)
            entry["titles"].extend(entity.attributes)
            genders = [(entity.gender, entity.gender_evidence)] * bool(entity.gender)
            entry["genders"].extend(genders)
            previous = rows.get(key)
            mentions = entity.mentions
            titles = entity.attributes
            salience = entity.salience
            if previous is not None:
                mentions = tuple(sorted(mentions + previous.mentions, key=_START))
                titles = titles + previous.titles
                salience = max(salience, previous.salience)
                genders += [(previous.gender, previous.gender_evidence)] * bool(previous.gender)
            rows[key] = DocumentEntity(
                key,
                identities.names[key],
                identities.types[key],
                salience,
                mentions,
                clean_titles(titles, gender_of(key)),
                *_gender(genders),
            )
        for row in rows.values():
            canonical[row.id]["documents"][doc.id] = EntityOccurrence(
                doc.id, row.salience, row.mentions
            )
            canonical[row.id]["support"].update({title_key(a) for a in row.titles})
        doc_entities[doc.id] = tuple(sorted(rows.values(), key=lambda e: (-e.salience, e.id)))
    entities = tuple(
        sorted(
            (
                CorpusEntity(
                    id=key,
                    name=identities.names[key],
                    type=identities.types[key],
                    aliases=tuple(sorted(entry["aliases"] - {identities.names[key]})),
                    titles=clean_titles(
                        entry["titles"],
                        identities.genders.get(key),
                        entry["support"],
                        len(entry["documents"]),
                    ),
                    documents=tuple(entry["documents"].values()),
                    gender=(gender := _gender(entry["genders"]))[0],
                    gender_evidence=gender[1],
                )
                for key, entry in canonical.items()
            ),
            key=lambda e: (-e.document_count, -e.mention_count, e.id),
        )
    )
    return (
        doc_entities,
        entities,
        dict(zip((d.id for d in documents), identities.keys, strict=True)),
    )


def _gender(found: Sequence[tuple[str, str | None]]) -> tuple[str | None, str | None]:
    """One gender from several documents' evidence: the article text's, by majority, before the
    first-name lexicon's; None on a tie."""
    if not found:
        return None, None
    for evidence in ("text", "name"):
        votes = [g for g, e in found if e == evidence]
        male, female = votes.count("male"), votes.count("female")
        if male != female:
            return ("male" if male > female else "female"), evidence
    return None, None


def _facts(doc: Document, facts: Sequence[NumericFact]) -> list[FactRecord]:
    ids = [f"{doc.id}-n{i + 1}" for i in range(len(facts))]
    records = []
    for fact_id, fact in zip(ids, facts, strict=True):
        ref = None
        if fact.range is not None:
            ends = (fact_id, ids[fact.range.partner])
            if fact.range.role in ("to", "max"):
                ends = ends[::-1]
            ref = RangeRef(fact.range.kind, fact.range.role, ends)
        records.append(FactRecord(fact_id, doc.id, fact, ref))
    return records


def _relink(quote: Quote, merged: Mapping[str, str]) -> Quote:
    """The quote with its speaker pointing at the corpus-wide entity (``merged``: the
    document's entity keys to corpus ids)."""
    speaker = quote.speaker
    if speaker is None or speaker.entity_key not in merged:
        return quote
    corpus_id = merged[speaker.entity_key]
    if corpus_id == speaker.entity_key:
        return quote
    return replace(quote, speaker=replace(speaker, entity_key=corpus_id))


@dataclass(frozen=True)
class Corpus:
    """The loaded, immutable corpus with its extraction indexes."""

    documents: tuple[Document, ...]
    analyses: Mapping[str, Analysis] = field(default_factory=dict, repr=False)
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[Skipped, ...] = ()
    # Derived in __post_init__:
    by_id: Mapping[str, Document] = field(init=False, repr=False)
    fingerprint: str = field(init=False)
    document_entities: Mapping[str, tuple[DocumentEntity, ...]] = field(init=False, repr=False)
    entities: tuple[CorpusEntity, ...] = field(init=False, repr=False)
    entity_by_id: Mapping[str, CorpusEntity] = field(init=False, repr=False)
    quotes: tuple[QuoteRecord, ...] = field(init=False, repr=False)
    quote_by_id: Mapping[str, QuoteRecord] = field(init=False, repr=False)
    facts: tuple[FactRecord, ...] = field(init=False, repr=False)
    fact_by_id: Mapping[str, FactRecord] = field(init=False, repr=False)
    _haystacks: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        put("by_id", {d.id: d for d in self.documents})
        digest = hashlib.sha256()
        for doc in sorted(self.documents, key=lambda d: d.id):
            digest.update(f"{doc.id}\0{doc.content_sha256}\n".encode())
        put("fingerprint", digest.hexdigest())
        put("_haystacks", tuple(f"{d.title}\n{d.text}".casefold() for d in self.documents))

        analysed = [d for d in self.documents if d.id in self.analyses]
        doc_entities, entities, merged = _merge_entities(analysed, self.analyses)
        put("document_entities", doc_entities)
        put("entities", entities)
        put("entity_by_id", {e.id: e for e in entities})

        quotes: list[QuoteRecord] = []
        facts: list[FactRecord] = []
        for doc in analysed:
            analysis = self.analyses[doc.id]
            for n, quote in enumerate(analysis.quotes, start=1):
                paragraph = paragraph_at(doc.paragraphs, quote.start)
                linked = _relink(quote, merged[doc.id])
                quotes.append(QuoteRecord(f"{doc.id}-q{n}", doc.id, paragraph, linked))
            facts.extend(_facts(doc, analysis.numeric_facts))
        put("quotes", tuple(quotes))
        put("quote_by_id", {q.id: q for q in quotes})
        put("facts", tuple(facts))
        put("fact_by_id", {f.id: f for f in facts})

    def search(self, query: str) -> list[Document]:
        """Documents whose title or text contains ``query``, ignoring case."""
        needle = query.casefold()
        return [d for d, h in zip(self.documents, self._haystacks, strict=True) if needle in h]


def load_corpus(
    directory: str | Path,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    *,
    analyze: bool = True,
    cache_dir: str | Path | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Corpus:
    """Read the corpus folder, analyse every document (cached), and index the results."""
    # Millions of small immutable objects are created here and none is garbage: pausing the
    # cyclic GC meanwhile roughly halves the time of a warm start. They live as long as the
    # process, so they are then frozen: no later collection walks them again.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        documents, skipped, warnings = read_corpus(directory, max_file_bytes)
        analyses = (
            analyze_documents(documents, Path(cache_dir) if cache_dir else None, workers, progress)
            if analyze
            else {}
        )
        corpus = Corpus(documents, analyses, skipped, warnings)
        gc.freeze()
        return corpus
    finally:
        if was_enabled:
            gc.enable()


def load_analyzer() -> None:
    """Load the spaCy pipeline now rather than on the first text to analyse."""
    _pipeline().load_pipeline()


def corpus_of_text(text: str, title: str = "") -> Corpus:
    """A one-document corpus analysed on the fly (for POST /v1/analyze); nothing is stored."""
    article = parse_record(text, title)
    source = Source("request", hashlib.sha256(text.encode()).hexdigest())
    # A posted text that is all boilerplate ("Tweet") is a valid request with nothing in it.
    doc = _document("input", article, source, require_text=False)
    if doc.text.strip():
        (analysis,) = _pipeline().analyze_texts([doc.text])
    else:
        analysis = Analysis((), (), ())
    return Corpus((doc,), {doc.id: analysis})
