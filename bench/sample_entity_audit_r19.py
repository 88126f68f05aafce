"""Round r19's unseen identity audit of the BBC corpus (issue 17), drawn as the gold was.

    .venv/bin/python bench/sample_entity_audit_r19.py names [--top N]   # the seeded order read
    .venv/bin/python bench/sample_entity_audit_r19.py mentions          # occurrences to label
    .venv/bin/python bench/sample_entity_audit_r19.py score [--errors]  # the figures on main

Names are the gold's (``bench/sample_entity_gold.py``: capitalised runs and their last word,
counted by articles, read by the file reader only, never the project's NER): the 2,000 most
frequent, minus every name a gold split or dev batch holds (its names, aliases, search forms and
their last words) and every name an earlier audit judged (``tests/data/entity_*audit*.jsonl``),
shuffled with ``random.Random(2070)``. The annotator read them in that order and kept the first
25 people and 25 organisations or places (a name that is no single real entity, a first name
alone, a common word, a nationality, a work, was skipped: the ``skipped`` rows). The mentions of
each kept entity are the gold's draw (``draw_mentions``: one occurrence per document, the
documents taken in turn from each search form's seeded list, then occurrences whose full name is
another), seeded ``2070:<id>``, never a span of the gold: the first MENTIONS sampled and the first
OTHERS other forms. Each mention was labelled by reading its document: the kept entity, another
real entity (``other``) or no name (``not_entity``).

``score`` links every mention to the corpus entity of ``bench/entities.py``'s BBC corpus (the
store build's merge, analyses cached by pipeline version) and computes split rate, merge
precision and type accuracy as ``bench/entities.py`` computes them on the gold.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import sample_entity_gold as gold

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
AUDIT = DATA / "entity_identity_audit_r19.jsonl"
SEED = 2070
TOP = gold.TOP_NAMES13
MENTIONS = 6
OTHERS = 1


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def held_names() -> set[str]:
    """Slugs of every name a gold batch holds or an earlier audit judged."""
    held: set[str] = set()
    entities, mentions = gold.load_gold()
    dev4 = DATA / "entity_gold_dev4.jsonl"
    rows = [json.loads(line) for line in dev4.read_text().splitlines() if line.strip()]
    entities += [r for r in rows if r["kind"] == "entity"]
    forms = []
    for e in entities:
        forms += [e["name"], *e.get("aliases", []), *e.get("search", [])]
    forms += [m["text"] for m in mentions]
    for path in sorted(DATA.glob("entity_*audit*.jsonl")):
        if path == AUDIT:
            continue
        for line in path.read_text().splitlines():
            row = json.loads(line)
            forms += [row.get("name") or "", row.get("mention") or ""]
            entity = row.get("entity") or ""
            forms.append(entity.split(":", 1)[-1])
    for form in forms:
        slug = _slug(form)
        if slug:
            held.add(slug)
            held.add(slug.split("-")[-1])
    return held


def drawn(docs) -> list[tuple[str, int]]:
    """The frequent names no gold batch or audit holds, in the order of ``Random(SEED)``."""
    held = held_names()
    names = [(n, c) for n, c in gold.frequent_names(docs, TOP) if _slug(n) not in held]
    random.Random(SEED).shuffle(names)
    return names


def load() -> tuple[list[dict], list[dict]]:
    rows = [json.loads(line) for line in AUDIT.read_text().splitlines() if line.strip()]
    return [r for r in rows if r["kind"] == "entity"], [r for r in rows if r["kind"] == "mention"]


def gold_spans() -> frozenset[tuple[str, int, int]]:
    _, mentions = gold.load_gold()
    return frozenset((m["doc_id"], m["start"], m["end"]) for m in mentions)


def mentions(docs, entities: list[dict]) -> list[dict]:
    taken = gold_spans()
    texts = {d.id: d.text for d in docs}
    rows = []
    for entity in entities:
        drawn_rows = gold.draw_mentions(docs, {**entity, "drawn": {"seed": SEED}}, taken)
        sampled = [r for r in drawn_rows if r[3] == "sample"][:MENTIONS]
        others = [r for r in drawn_rows if r[3] == "other_form"][:OTHERS]
        for doc_id, start, end, draw in sampled + others:
            text = texts[doc_id]
            rows.append(
                {
                    "kind": "mention",
                    "drawn_for": entity["id"],
                    "draw": draw,
                    "doc_id": doc_id,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "context": " ".join(text[max(0, start - 90) : end + 60].split()),
                }
            )
    return rows


def score(errors: bool) -> dict[str, tuple[float, int]]:
    from bench.entities import bbc_corpus, identity, identity_figures, link  # noqa: PLC0415

    entities, rows = load()
    kept = [m for m in rows if not m["not_entity"]]
    corpus = bbc_corpus()
    linked = link(kept, corpus)
    by_entity: dict[str, list[str]] = defaultdict(list)
    where = []
    for m, corpus_id in zip(kept, linked, strict=True):
        if corpus_id is None:
            continue
        if m["entity"] is not None:
            by_entity[m["entity"]].append(corpus_id)
        where.append((m, corpus_id))
    own = sum(1 for m in kept if m["entity"] is not None)
    out = {"mentions found": (sum(len(v) for v in by_entity.values()), own)}
    figures = identity_figures(entities, by_entity, where, corpus)
    out.update(figures.out)
    if errors:
        figures.print_errors()
        for m, corpus_id in zip(kept, linked, strict=True):
            if corpus_id is None:
                print(f"  not found: {m['doc_id']} {m['start']} {m['text']!r} ({identity(m)})")
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=("names", "mentions", "score"))
    parser.add_argument("--top", type=int, default=120, help="names listed")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    if args.command == "score":
        targets = {"people split": "<= 0.10", "merge precision": ">= 0.98"}
        targets["type accuracy"] = ">= 0.97"
        print(f"Identity audit r19 ({AUDIT.relative_to(DATA.parent.parent)})")
        for figure, (num, den) in score(args.errors).items():
            value = num / den if den else 0.0
            print(f"{figure:16} | {value:7.3f} | {den:5} | {targets.get(figure, '')}")
        return 0
    docs = gold.documents()
    if args.command == "names":
        texts = {d.id: d.text for d in docs}
        for rank, (name, count) in enumerate(drawn(docs)[: args.top]):
            pattern = gold._form_pattern(name)
            example = next((m, t) for t in texts.values() if (m := pattern.search(t)))
            m, text = example
            context = " ".join(text[max(0, m.start() - 50) : m.end() + 30].split())
            print(f"{rank:3} {name!r:28} {count:3}  {context}")
        return 0
    entities, _ = load()
    for row in mentions(docs, entities):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
