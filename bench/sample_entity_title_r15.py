"""The draw of round r15's title audit (issue 17), reproducible.

    .venv/bin/python bench/sample_entity_title_r15.py [--cache FILE]

Draws from the corpus entities of ``bench/entity_audit.py --corpus bbc`` (merged as the store
build does), as main's code (PIPELINE_VERSION 117, 0b4593e) made them, for
``tests/data/entity_title_audit_r15.jsonl``. Two parts, every title of a drawn entity one row
(as ``/v1/entities/{id}`` lists it):

- ``T`` rows (``"part": "title"``): with ``random.Random(2063)``, 40 of the person entities
  carrying at least one title or role, drawn in proportion to their mention count
  (Efraimidis-Spirakis keys ``u ** (1 / mentions)``, the highest kept: the held-out title figure
  samples the mentions of frequent names). Excluded: the people of every earlier audit (title,
  merge, generic, type, namesake, r14) and of every split of the entity gold (by id, name or
  alias; the held-out third's titles are the held-out figure, never looked at).
- ``R`` rows (``"part": "inner-role"``): the person entities (none of the held-out gold's, none
  drawn as ``T``) one of whose roles is written in a document right after a lower-case
  adjective or noun the parse attaches inside the role or to the name ("public health
  minister" listed as "health minister": a role word inside a longer role); up to 20, drawn by
  the same keys with ``random.Random(2063)`` when there are more.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import entity_audit
from service.corpus.records import _merge_entities
from service.nlp.pipeline import analyze_doc

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
JUDGED = (
    "entity_title_audit.jsonl",
    "entity_title_audit_r12.jsonl",
    "entity_title_audit_r13.jsonl",
    "entity_merge_audit.jsonl",
    "entity_merge_audit_r12.jsonl",
    "entity_merge_audit_r13.jsonl",
    "entity_namesake_audit_r13.jsonl",
    "entity_generic_audit.jsonl",
    "entity_type_audit.jsonl",
    "entity_audit_r14.jsonl",
)
GOLD = ("entity_gold.jsonl", "entity_gold_dev4.jsonl")


def corpus(cache: Path | None):
    chosen = entity_audit.articles("bbc")
    docs = entity_audit.parsed([t for _, t in chosen], cache)
    analyses = {d: analyze_doc(docs[t]) for d, t in chosen}
    _, entities, _ = _merge_entities([SimpleNamespace(id=d) for d, _ in chosen], analyses)
    return {d: docs[t] for d, t in chosen}, entities


def _judged(names: tuple[str, ...] = JUDGED) -> set[str]:
    """The entities the judged lists ``names`` hold (a later round passes its longer tuple)."""
    return {json.loads(line)["entity"] for name in names for line in (DATA / name).open()}


def _gold_names(heldout_only: bool) -> set[str]:
    names = set()
    for name in GOLD:
        for line in (DATA / name).open():
            row = json.loads(line)
            if row["kind"] != "entity" or row["type"] != "person":
                continue
            if heldout_only and row["split"] != "heldout":
                continue
            names.update(n.casefold() for n in [row["name"], *row.get("aliases", ())])
    return names


def _named(entity, names: set[str]) -> bool:
    return entity.name.casefold() in names or bool({a.casefold() for a in entity.aliases} & names)


def _weight(entity) -> int:
    return sum(len(o.mentions) for o in entity.documents)


def _rows(part: str, prefix: str, drawn) -> list[dict]:
    rows = []
    for i, entity in enumerate(drawn):
        for t in entity.titles:
            rows.append(
                {
                    "part": part,
                    "sample": f"{prefix}{i}",
                    "entity": entity.id,
                    "name": entity.name,
                    "mentions": _weight(entity),
                    "kind": t.kind,
                    "value": t.value,
                    "text": t.text,
                    "document": t.document_id,
                    "start": t.start,
                    "end": t.end,
                }
            )
    return rows


def _inner(entity, docs) -> bool:
    """Whether a role of the entity follows a lower-case adjective or noun attached to it."""
    for t in entity.titles:
        if t.kind != "role":
            continue
        doc = docs[t.document_id]
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        before = doc[span.start - 1]
        if not (before.is_alpha and before.is_lower and before.pos_ in ("ADJ", "NOUN")):
            continue
        if before.dep_ in ("amod", "compound") and before.head.i >= span.start:
            return True
    return False


def draw(docs, entities) -> list[dict]:
    judged, gold, heldout = _judged(), _gold_names(False), _gold_names(True)
    people = sorted((e for e in entities if e.type == "person" and e.titles), key=lambda e: e.id)
    pool = [e for e in people if e.id not in judged and not _named(e, gold)]
    rng = random.Random(2063)
    drawn = sorted(pool, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:40]
    taken = {e.id for e in drawn}
    inner = [e for e in people if e.id not in taken and not _named(e, heldout) and _inner(e, docs)]
    if len(inner) > 20:
        rng = random.Random(2063)
        inner = sorted(inner, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:20]
    return _rows("title", "T", drawn) + _rows("inner-role", "R", inner)


def print_draw(draw) -> None:
    """Parse ``--cache``, merge the corpus and print ``draw``'s rows as JSON lines (every
    round's sampler runs its own draw through this)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    args = parser.parse_args()
    docs, entities = corpus(args.cache)
    for row in draw(docs, entities):
        print(json.dumps(row))


def main() -> None:
    print_draw(draw)


if __name__ == "__main__":
    main()
