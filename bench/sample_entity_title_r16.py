"""The draw of round r16's title audit (issue 17), reproducible.

    .venv/bin/python bench/sample_entity_title_r16.py [--cache FILE]

Draws from the corpus entities of ``bench/entity_audit.py --corpus bbc`` (merged as the store
build does), as main's code (PIPELINE_VERSION 119, cc6fdbd) made them, for
``tests/data/entity_title_audit_r16.jsonl``. Two parts, every title of a drawn entity one row
(as ``/v1/entities/{id}`` lists it):

- ``T`` rows (``"part": "title"``): with ``random.Random(2066)``, 40 of the person entities
  carrying at least one title or role, drawn in proportion to their mention count
  (Efraimidis-Spirakis keys ``u ** (1 / mentions)``, the highest kept: the held-out title figure
  samples the mentions of frequent names). Excluded: the people of every earlier audit (title,
  merge, generic, type, namesake, r14, r15) and of every split of the entity gold (by id, name or
  alias; the held-out third's titles are the held-out figure, never looked at).
- ``N`` rows (``"part": "neighbour"``): the person entities (none of the held-out gold's, none
  drawn as ``T``, none judged before) one of whose titles or roles, in its source sentence,
  sits next to ANOTHER person's name (the next or the previous word, past commas, starts or
  ends a person mention of someone else: "X met health secretary Y" giving X "health
  secretary") or comes from a sentence where the entity has no mention (it is only quoted,
  or named by a pronoun); up to 20, drawn by the same keys with ``random.Random(2066)`` when
  there are more.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import sample_entity_title_r15 as r15

# The previous round's draw, its corpus and row builder (unchanged); this round only adds
# that round's judged people to the exclusions.
DATA, GOLD = r15.DATA, r15.GOLD
JUDGED = (*r15.JUDGED, "entity_title_audit_r15.jsonl")
corpus, _gold_names, _named, _weight, _rows, _judged, print_draw = (
    r15.corpus,
    r15._gold_names,
    r15._named,
    r15._weight,
    r15._rows,
    r15._judged,
    r15.print_draw,
)


def _person_spans(entities) -> dict[str, list[tuple[int, int, str]]]:
    """Per document, the character spans of every person mention and whose they are."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for entity in entities:
        if entity.type != "person":
            continue
        for occurrence in entity.documents:
            for m in occurrence.mentions:
                spans.setdefault(occurrence.id, []).append((m.start, m.end, entity.id))
    return spans


def _neighbour(entity, docs, spans) -> bool:
    """Whether a title sits next to another person's mention, or in a sentence without one of
    the entity's own mentions."""
    for t in entity.titles:
        doc = docs[t.document_id]
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        in_doc = spans.get(t.document_id, [])
        own = [(s, e) for s, e, who in in_doc if who == entity.id]
        if not any(sent.start_char <= s < sent.end_char for s, _ in own):
            return True
        others = [(s, e) for s, e, who in in_doc if who != entity.id]
        after = span.end
        while after < sent.end and doc[after].text in (",", "'s"):
            after += 1
        before = span.start - 1
        while before >= sent.start and doc[before].text == ",":
            before -= 1
        for s, e in others:
            if after < sent.end and s == doc[after].idx:
                return True
            if before >= sent.start and e == doc[before].idx + len(doc[before].text):
                return True
    return False


def draw(docs, entities) -> list[dict]:
    judged, gold, heldout = _judged(JUDGED), _gold_names(False), _gold_names(True)
    people = sorted((e for e in entities if e.type == "person" and e.titles), key=lambda e: e.id)
    pool = [e for e in people if e.id not in judged and not _named(e, gold)]
    rng = random.Random(2066)
    drawn = sorted(pool, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:40]
    taken = {e.id for e in drawn} | judged
    spans = _person_spans(entities)
    near = [
        e
        for e in people
        if e.id not in taken and not _named(e, heldout) and _neighbour(e, docs, spans)
    ]
    if len(near) > 20:
        rng = random.Random(2066)
        near = sorted(near, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:20]
    return _rows("title", "T", drawn) + _rows("neighbour", "N", near)


def main() -> None:
    print_draw(draw)


if __name__ == "__main__":
    main()
