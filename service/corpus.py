"""Read the corpus folder into immutable documents, with a fingerprint of their content.

A bad file never stops the load: it is skipped, logged, and reported in ``Corpus.skipped``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from service.nlp.article import Article, Paragraph, parse_plain_text, parse_record

log = logging.getLogger(__name__)

DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl"})
_BINARY_SNIFF_BYTES = 8192
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


@dataclass(frozen=True)
class Corpus:
    """The loaded, immutable corpus."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[Skipped, ...] = ()
    by_id: Mapping[str, Document] = field(init=False)
    fingerprint: str = field(init=False)
    _haystacks: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", MappingProxyType({d.id: d for d in self.documents}))
        digest = hashlib.sha256()
        for doc in sorted(self.documents, key=lambda d: d.id):
            digest.update(f"{doc.id}\0{doc.content_sha256}\n".encode())
        object.__setattr__(self, "fingerprint", digest.hexdigest())
        haystacks = tuple(f"{d.title}\n{d.text}".casefold() for d in self.documents)
        object.__setattr__(self, "_haystacks", haystacks)

    def search(self, query: str) -> list[Document]:
        """Documents whose title or text contains ``query``, ignoring case."""
        needle = query.casefold()
        return [d for d, h in zip(self.documents, self._haystacks, strict=True) if needle in h]


class BadFile(Exception):
    """A corpus file (or record) that cannot be used; the message says why."""


def slugify(value: str) -> str:
    """Lower-case ASCII slug: "business/001" -> "business-001"."""
    return _SLUG_JUNK.sub("-", value.lower()).strip("-")


def decode(data: bytes, name: str, warnings: list[Skipped]) -> str:
    """Decode UTF-8 (BOM allowed), falling back to latin-1 with a warning; refuse binary."""
    if b"\0" in data[:_BINARY_SNIFF_BYTES]:
        raise BadFile("binary content (NUL bytes), not text")
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


def _document(doc_id: str, article: Article, source: Source, **meta: Any) -> Document:
    if not article.text.strip():
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
    path: Path, name: str, data: bytes, warnings: list[Skipped], skipped: list[Skipped]
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
                yield _from_record(json.loads(line), f"{stem_id}-{number}", line_source)
            except (ValueError, RecursionError, BadFile) as exc:
                reason = f"line {number}: {exc}"
                log.warning("corpus: %s: %s", name, reason)
                skipped.append(Skipped(name, reason))


def corpus_files(directory: Path) -> list[Path]:
    """Every file under ``directory``, sorted, hidden files and folders left out."""
    return sorted(
        p
        for p in directory.rglob("*")
        if not any(part.startswith(".") for part in p.relative_to(directory).parts)
        and not p.is_dir()
    )


def load_corpus(directory: str | Path, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Corpus:
    """Read every article under ``directory``; never raises for a bad file."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {directory}")
    documents: dict[str, Document] = {}
    skipped: list[Skipped] = []
    warnings: list[Skipped] = []
    for path in corpus_files(directory):
        name = path.relative_to(directory).as_posix()
        try:
            if path.suffix.lower() not in TEXT_SUFFIXES | RECORD_SUFFIXES:
                raise BadFile(f"unsupported file type {path.suffix or '(none)'!r}")
            size = path.stat().st_size
            if size > max_file_bytes:
                raise BadFile(f"too large: {size} bytes, limit {max_file_bytes}")
            data = path.read_bytes()
            for doc in read_file(path, name, data, warnings, skipped):
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
    log.info("corpus: %d documents loaded, %d skipped", len(documents), len(skipped))
    return Corpus(tuple(documents.values()), tuple(skipped), tuple(warnings))
