"""The draws of round r13's entity audits (issue 17), reproducible.

    .venv/bin/python bench/sample_entity_audit_r13.py [--cache FILE] [--merges | --namesakes]

Both draw from the corpus entities of ``bench/entity_audit.py --corpus bbc`` (merged as the
store build does), as the code of the commit that judged them (main 4d811e8) made them.

- ``--merges`` (``tests/data/entity_merge_audit_r13.jsonl``): with ``random.Random(2058)``, 20
  of the non-person and then 20 of the person entities joining two documents or more, none
  judged by an earlier audit, drawn in proportion to their mention count (Efraimidis-Spirakis
  keys ``u ** (1 / mentions)``, the highest kept: the held-out figures sample mentions, not
  entities); up to 6 of each one's documents (a sample of them, by the same generator), each
  distinct mention text of a document listed in context.
- ``--namesakes`` (``tests/data/entity_namesake_audit_r13.jsonl``): the people named in full in
  two documents or more whose documents' roles (a role written around the name, not "former")
  fall in different fields (politics, sport, business, arts: the heads below) count as
  conflicting; none does on main, so the draw is of those where some documents give a field and
  others none (where a namesake can hide), 12 with ``random.Random(2059)``.
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
from service.nlp.names import is_full_name
from service.nlp.pipeline import analyze_doc

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
JUDGED = (
    "entity_merge_audit.jsonl",
    "entity_merge_audit_r12.jsonl",
    "entity_title_audit.jsonl",
    "entity_title_audit_r12.jsonl",
    "entity_generic_audit.jsonl",
    "entity_type_audit.jsonl",
)
FIELDS = {
    "politics": "minister secretary mp mep msp chancellor senator governor mayor councillor peer "
    "speaker premier congressman congresswoman lawmaker",
    "sport": "captain capt skipper striker forward midfielder defender winger goalkeeper keeper "
    "full-back centre-back playmaker footballer player international coach flanker hooker prop "
    "lock fly-half scrum-half sprinter athlete champion jockey trainer golfer cricketer batsman "
    "bowler",
    "business": "analyst economist banker trader investor executive",
    "arts": "actor actress singer comedian presenter musician guitarist drummer rapper novelist "
    "author",
}
HEAD = {word: field for field, words in FIELDS.items() for word in words.split()}


def fields(attributes) -> set[str]:
    """The fields of a person's present roles in one document."""
    found = set()
    for attribute in attributes:
        value = attribute.value.lower()
        if attribute.kind != "role" or value.startswith(("former", "ex-", "ex ", "then")):
            continue
        if value.endswith("fund manager"):
            found.add("business")
        elif (field := HEAD.get(value.split()[-1])) is not None:
            found.add(field)
    return found


def corpus(cache: Path | None):
    chosen = entity_audit.articles("bbc")
    docs = entity_audit.parsed([t for _, t in chosen], cache)
    analyses = {d: analyze_doc(docs[t]) for d, t in chosen}
    _, entities, _ = _merge_entities([SimpleNamespace(id=d) for d, _ in chosen], analyses)
    return dict(chosen), entities, analyses


def _judged() -> set[str]:
    ids = set()
    for name in JUDGED:
        for line in (DATA / name).open():
            row = json.loads(line)
            ids.add(row.get("entity") or row.get("id"))
    return ids


def _weight(entity) -> int:
    return sum(len(o.mentions) for o in entity.documents)


def merges(texts, entities) -> list[dict]:
    judged = _judged()
    pool = sorted(
        (e for e in entities if e.document_count >= 2 and e.id not in judged), key=lambda e: e.id
    )
    rng = random.Random(2058)

    def draw(group, k):
        return sorted(group, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:k]

    drawn = [("N", e) for e in draw([e for e in pool if e.type != "person"], 20)]
    drawn += [("P", e) for e in draw([e for e in pool if e.type == "person"], 20)]
    rows = []
    for i, (stratum, entity) in enumerate(drawn):
        documents = list(entity.documents)
        if len(documents) > 6:
            documents = sorted(rng.sample(documents, 6), key=lambda o: o.id)
        for occurrence in documents:
            seen = set()
            for mention in occurrence.mentions:
                if mention.text in seen:
                    continue
                seen.add(mention.text)
                rows.append(
                    {
                        "sample": f"{stratum}{i}",
                        "entity": entity.id,
                        "name": entity.name,
                        "type": entity.type,
                        "document": occurrence.id,
                        "mention": mention.text,
                        "start": mention.start,
                        "end": mention.end,
                        "stratum": "person" if stratum == "P" else "non-person",
                    }
                )
    return rows


def namesakes(entities, analyses) -> list[dict]:
    by_start = {
        (doc, m.start): e for doc, a in analyses.items() for e in a.entities for m in e.mentions
    }
    pool = []
    for entity in entities:
        if entity.type != "person" or entity.document_count < 2 or not is_full_name(entity.name):
            continue
        per = {}
        for occurrence in entity.documents:
            own = by_start.get((occurrence.id, occurrence.mentions[0].start))
            attributes = own.attributes if own is not None else ()
            roles = [a.value for a in attributes if a.kind == "role"]
            per[occurrence.id] = (fields(attributes), roles)
        found = [f for f, _ in per.values() if f]
        if any(a.isdisjoint(b) for a in found for b in found):
            print("conflicting:", entity.id)
        if found and len(found) < len(per):
            pool.append((entity, per))
    pool.sort(key=lambda x: x[0].id)
    rows = []
    for i, (entity, per) in enumerate(random.Random(2059).sample(pool, 12)):
        documents = list(entity.documents)
        if len(documents) > 6:
            documents = sorted(random.Random(2059).sample(documents, 6), key=lambda o: o.id)
        for occurrence in documents:
            mention = occurrence.mentions[0]
            rows.append(
                {
                    "sample": f"S{i}",
                    "entity": entity.id,
                    "name": entity.name,
                    "type": entity.type,
                    "document": occurrence.id,
                    "mention": mention.text,
                    "start": mention.start,
                    "end": mention.end,
                    "fields": sorted(per[occurrence.id][0]),
                    "roles": per[occurrence.id][1],
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--merges", action="store_true")
    group.add_argument("--namesakes", action="store_true")
    args = parser.parse_args()
    texts, entities, analyses = corpus(args.cache)
    rows = namesakes(entities, analyses) if args.namesakes else merges(texts, entities)
    for row in rows:
        print(json.dumps(row))


if __name__ == "__main__":
    main()
