"""Read the corpus folder into immutable documents; list its files with their sizes and mtimes.

A bad file never stops the read: it is skipped and reported in the ``skipped`` list, with why.
The reader logs nothing itself: whoever serves the corpus reports those lists (see
``report_problems``), once per start, whether the store was built or reused.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.nlp.article import Article, Paragraph, parse_plain_text, parse_record

# The one logger of corpus problems (tests and operators look for its records).
log = logging.getLogger("service.corpus")

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
        warnings.append(Skipped(name, f"not valid UTF-8 (byte {exc.start}); decoded as latin-1"))
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
                skipped.append(Skipped(name, f"line {number}: {exc}"))


def _listing(directory: Path, exclude: Path | None) -> list[tuple[str, os.DirEntry]]:
    """(path relative to ``directory``, entry) of each file to read, in path order."""
    skip = exclude.resolve() if exclude is not None else None
    found: list[tuple[str, os.DirEntry]] = []
    folders = [("", str(directory))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                name = prefix + entry.name
                try:
                    folder_entry = entry.is_dir()
                except OSError:  # a symbolic link loop: listed, the reader reports it
                    folder_entry = False
                if not folder_entry:  # files, special files, broken links
                    found.append((name, entry))
                elif (
                    skip is not None
                    and entry.name == skip.name
                    and Path(entry.path).resolve() == skip
                ):
                    continue
                elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                    found.append((name, entry))  # listed, not entered: the reader reports it
                elif not entry.is_symlink():  # symlinked folders are not followed: no loops
                    folders.append((name + "/", entry.path))
    found.sort(key=lambda item: item[0].split("/"))
    return found


def corpus_files(directory: Path, exclude: Path | None = None) -> list[Path]:
    """Every file under ``directory``, sorted, hidden files and folders left out.

    A folder named like an article (``x.txt``) is listed, not entered: the reader reports it.
    Symlinked folders are not followed (no loops); symlinked files are listed. ``exclude``
    (the cache folder, when it lies in the corpus) is left out too.
    """
    return [directory / name for name, _ in _listing(directory, exclude)]


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
    directory: str | Path,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    exclude: Path | None = None,
) -> tuple[tuple[Document, ...], tuple[Skipped, ...], tuple[Skipped, ...]]:
    """Read every article under ``directory`` but ``exclude``: (documents, skipped, warnings).

    Never raises for a bad file; raises ``FileNotFoundError`` if the folder is missing.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {directory}")
    documents: dict[str, Document] = {}
    skipped: list[Skipped] = []
    warnings: list[Skipped] = []
    for path in corpus_files(directory, exclude):
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
                    skipped.append(Skipped(name, reason))
                    continue
                documents[doc.id] = doc
        except BadFile as exc:
            skipped.append(Skipped(name, str(exc)))
        except OSError as exc:
            skipped.append(Skipped(name, f"unreadable: {exc.strerror or exc}"))
    return tuple(documents.values()), tuple(skipped), tuple(warnings)


def report_problems(skipped: Sequence[Skipped], warnings: Sequence[Skipped]) -> None:
    """Log each skipped file and each file read with a fallback, once."""
    for item in skipped:
        log.warning("corpus: skipped %s: %s", item.file, item.reason)
    for item in warnings:
        log.warning("corpus: %s: %s", item.file, item.reason)


def fingerprint(documents: Sequence[Document]) -> str:
    """Digest of every document a client can see: any change to the corpus changes it."""
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.id):
        digest.update(f"{doc.id}\0{doc.content_sha256}\n".encode())
    return digest.hexdigest()


def manifest(directory: str | Path, exclude: Path | None = None) -> str:
    """Digest of the corpus folder's listing: each file's path, type, size and mtime.

    What start-up compares with the store's to tell whether the store is stale, without
    reading a byte of any article (a file rewritten with the same size within the same
    nanosecond of mtime goes unnoticed, as with make).
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {directory}")
    digest = hashlib.sha256()
    for name, entry in _listing(directory, exclude):
        try:
            info = entry.stat()
        except OSError:  # a broken symbolic link: its own entry stands for it
            info = entry.stat(follow_symlinks=False)
        digest.update(
            f"{name}\0{stat.S_IFMT(info.st_mode)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode()
        )
    return digest.hexdigest()
