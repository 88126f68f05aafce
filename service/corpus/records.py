"""What the corpus serves, derived from documents and their analyses.

Corpus-wide records (entities merged across documents, quotes and numeric facts with corpus
ids) are computed here, by pure functions over documents and analyses: the store build calls
them once for the whole corpus, ``corpus_of_text`` for one posted text.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any

from service.corpus.analysis import analyze_text
from service.corpus.reader import Document, Source, _document
from service.nlp.article import paragraph_at, parse_record
from service.nlp.identity import resolve_identities
from service.nlp.records import Analysis, Attribute, Mention, NumericFact, Quote, Speaker
from service.nlp.titles import clean_titles, support_key


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
class EntityTitle:
    """A title or role of a corpus entity, with the document whose text its span is in."""

    kind: str
    value: str
    text: str
    document_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """An entity across the corpus."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    titles: tuple[EntityTitle, ...]
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
class Claimant:
    """Who claims a number: the speaker of the quote it is said in."""

    name: str
    entity_key: str | None  # the corpus entity, when the speaker is named
    anonymous: bool


@dataclass(frozen=True, slots=True)
class FactRecord:
    """A numeric fact with its corpus id and document, and the quote it is said in, if any."""

    id: str
    document_id: str
    fact: NumericFact
    range: RangeRef | None
    quote_id: str | None = None
    claimed_by: Claimant | None = None


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
                    "origins": {},
                    "support": Counter(),
                    "documents": {},
                    "genders": [],
                }
            entry["aliases"].update(entity.aliases)
            entry["aliases"].add(entity.name)
            entry["titles"].extend(entity.attributes)
            for attr in entity.attributes:
                entry["origins"].setdefault(_span_key(attr), doc.id)
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
            canonical[row.id]["support"].update({support_key(a) for a in row.titles})
        doc_entities[doc.id] = tuple(sorted(rows.values(), key=lambda e: (-e.salience, e.id)))
    entities = tuple(
        sorted(
            (
                CorpusEntity(
                    id=key,
                    name=identities.names[key],
                    type=identities.types[key],
                    aliases=tuple(sorted(entry["aliases"] - {identities.names[key]})),
                    titles=_located(
                        clean_titles(
                            entry["titles"],
                            identities.genders.get(key),
                            entry["support"],
                            len(entry["documents"]),
                        ),
                        entry["origins"],
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


def _span_key(attr: Attribute) -> tuple[str, str, int, int]:
    return attr.kind, attr.text, attr.start, attr.end


def _located(
    titles: Sequence[Attribute], origins: Mapping[tuple[str, str, int, int], str]
) -> tuple[EntityTitle, ...]:
    """Corpus titles with the document their offsets point into: the titles of an entity
    come from many documents, and an offset alone does not say which."""
    return tuple(
        EntityTitle(a.kind, a.value, a.text, origins[_span_key(a)], a.start, a.end) for a in titles
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


def _facts(
    doc: Document, facts: Sequence[NumericFact], quotes: Sequence[QuoteRecord]
) -> list[FactRecord]:
    ids = [f"{doc.id}-n{i + 1}" for i in range(len(facts))]
    records = []
    for fact_id, fact in zip(ids, facts, strict=True):
        ref = None
        if fact.range is not None:
            ends = (fact_id, ids[fact.range.partner])
            if fact.range.role in ("to", "max"):
                ends = ends[::-1]
            ref = RangeRef(fact.range.kind, fact.range.role, ends)
        quote = quote_around(quotes, fact.start, fact.end)
        records.append(
            FactRecord(
                fact_id,
                doc.id,
                fact,
                ref,
                quote.id if quote else None,
                _claimant(quote.quote.speaker) if quote else None,
            )
        )
    return records


def quote_around(quotes: Sequence[QuoteRecord], start: int, end: int) -> QuoteRecord | None:
    """The innermost of ``quotes`` whose content (the quoted words, or the reported clause)
    holds the span ``start``-``end``, or None."""
    best, best_size = None, 0
    for record in quotes:
        quote = record.quote
        size = quote.end - quote.start
        if quote.start <= start and end <= quote.end and (best is None or size < best_size):
            best, best_size = record, size
    return best


def _claimant(speaker: Speaker | None) -> Claimant | None:
    if speaker is None:
        return None
    return Claimant(speaker.name, speaker.entity_key, speaker.anonymous)


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


def document_quotes(
    doc: Document, analysis: Analysis, merged: Mapping[str, str]
) -> list[QuoteRecord]:
    """The quotes of one document with their corpus ids, speakers linked corpus-wide
    (``merged``: the document's entity keys to corpus ids, from ``_merge_entities``)."""
    return [
        QuoteRecord(
            f"{doc.id}-q{n}",
            doc.id,
            paragraph_at(doc.paragraphs, quote.start),
            _relink(quote, merged),
        )
        for n, quote in enumerate(analysis.quotes, start=1)
    ]


def document_facts(
    doc: Document, analysis: Analysis, quotes: Sequence[QuoteRecord] = ()
) -> list[FactRecord]:
    """The numeric facts of one document with their corpus ids, ranges linked by id, and
    each fact said inside one of the document's ``quotes`` linked to it and its speaker."""
    return _facts(doc, analysis.numeric_facts, quotes)


@dataclass(frozen=True)
class SingleDocument:
    """One document analysed in memory (POST /v1/analyze): the records a corpus of it serves."""

    documents: tuple[Document, ...]
    document_entities: Mapping[str, tuple[DocumentEntity, ...]]
    quotes: tuple[QuoteRecord, ...]
    facts: tuple[FactRecord, ...]


def corpus_of_text(
    text: str, title: str = "", analyze: Callable[[str], Analysis] = analyze_text
) -> SingleDocument:
    """A one-document corpus analysed on the fly (for POST /v1/analyze); nothing is stored.

    ``analyze`` runs the NLP on the article's text: in another process, for example.
    """
    article = parse_record(text, title)
    source = Source("request", hashlib.sha256(text.encode()).hexdigest())
    # A posted text that is all boilerplate ("Tweet") is a valid request with nothing in it.
    doc = _document("input", article, source, require_text=False)
    analysis = analyze(doc.text) if doc.text.strip() else Analysis((), (), ())
    doc_entities, _, merged = _merge_entities([doc], {doc.id: analysis})
    quotes = tuple(document_quotes(doc, analysis, merged[doc.id]))
    return SingleDocument(
        (doc,), doc_entities, quotes, tuple(document_facts(doc, analysis, quotes))
    )
