"""The draw of round r13b's title audit (issue 17), reproducible.

    .venv/bin/python bench/sample_entity_title_r13.py [--cache FILE]

Draws from the corpus entities of ``bench/entity_audit.py --corpus bbc`` (merged as the store
build does), as main's code (PIPELINE_VERSION 115, e1b8d49) made them, for
``tests/data/entity_title_audit_r13.jsonl``: with ``random.Random(2060)``, 30 of the person
entities carrying at least one title or role, drawn in proportion to their mention count
(Efraimidis-Spirakis keys ``u ** (1 / mentions)``, the highest kept: the held-out title figure
samples the mentions of frequent names, which the earlier title audits, drawn uniformly, did
not weigh). Excluded: the people judged in the earlier title audits, and the people of the
entity gold's held-out third (by name or alias; their titles are the held-out figure, never
looked at). Every title of a drawn entity is one row, as ``/v1/entities/{id}`` lists it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.sample_entity_audit_r13 import corpus

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
JUDGED = ("entity_title_audit.jsonl", "entity_title_audit_r12.jsonl")


def _judged() -> set[str]:
    return {json.loads(line)["entity"] for name in JUDGED for line in (DATA / name).open()}


def _heldout_names() -> set[str]:
    names = set()
    for line in (DATA / "entity_gold.jsonl").open():
        row = json.loads(line)
        if row["kind"] == "entity" and row["split"] == "heldout" and row["type"] == "person":
            names.update(n.casefold() for n in [row["name"], *row.get("aliases", ())])
    return names


def _weight(entity) -> int:
    return sum(len(o.mentions) for o in entity.documents)


def draw(entities) -> list[dict]:
    judged, heldout = _judged(), _heldout_names()
    pool = sorted(
        (
            e
            for e in entities
            if e.type == "person"
            and e.titles
            and e.id not in judged
            and e.name.casefold() not in heldout
            and not {a.casefold() for a in e.aliases} & heldout
        ),
        key=lambda e: e.id,
    )
    rng = random.Random(2060)
    drawn = sorted(pool, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:30]
    rows = []
    for i, entity in enumerate(drawn):
        for t in entity.titles:
            rows.append(
                {
                    "sample": f"T{i}",
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    args = parser.parse_args()
    _, entities, _ = corpus(args.cache)
    for row in draw(entities):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
