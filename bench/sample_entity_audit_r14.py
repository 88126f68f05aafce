"""The draw of round r14's entity audit on another outlet (issue 17), reproducible.

    .venv/bin/python bench/sample_entity_audit_r14.py [--cache FILE] [--print]

The corpus: ABC (Australian) news of 2001 from the Lee corpus (``bench._common.abc_news_texts()``),
the articles no gold has read. The speaker batches' draw (articles with "said", "says", "told"
or a quotation mark, sorted, ``random.Random(2711)`` shuffle) is read up to its 164th by the
speaker batches F-N and the entity batch ``abc``; its 165th-180th went to another helper. This
audit takes the rest of that shuffle, its 181st to 246th (the last: 246 articles have a speech
word), and, to make the 80 asked for, the first 14 of the 54 articles without one (sorted,
shuffled the same way). The 80 are analysed and merged as ONE corpus (``_merge_entities``, as
the store build does and ``bench/entities.py`` reads BBC), with the code of main 6bc9e7d
(PIPELINE_VERSION 116), before any change of round r14.

With ``random.Random(2061)`` (Efraimidis-Spirakis keys ``u ** (1 / mentions)``, the highest
kept, so frequent names weigh as a reader meets them):

- ``T`` rows (``tests/data/entity_audit_r14.jsonl``, ``"part": "title"``): 25 person entities
  carrying a title or role; every title or role is one row, as ``/v1/entities/{id}`` lists it.
- ``E`` rows (``"part": "entity"``): 30 entities of any type joining two documents or more, or
  with three mentions or more, not drawn as ``T``; each distinct mention text of each document
  is one row (up to 6 documents, a sample by the same generator).

``--print`` prints the 80 texts plainly (for reading), numbered by key.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import entity_audit
from bench._common import abc_news_texts
from service.corpus.records import _merge_entities
from service.nlp.pipeline import analyze_doc

SPEECH = re.compile(r"said|says|told|\"")


def keys() -> list[str]:
    """The 80 article keys of the audit, in draw order."""
    texts = abc_news_texts()
    speech = sorted(k for k, v in texts.items() if SPEECH.search(v))
    random.Random(2711).shuffle(speech)
    other = sorted(k for k, v in texts.items() if not SPEECH.search(v))
    random.Random(2711).shuffle(other)
    return speech[180:260] + other[:14]


def corpus(cache: Path | None):
    texts = abc_news_texts()
    chosen = [(k, texts[k]) for k in keys()]
    docs = entity_audit.parsed([t for _, t in chosen], cache)
    analyses = {d: analyze_doc(docs[t]) for d, t in chosen}
    _, entities, _ = _merge_entities([SimpleNamespace(id=d) for d, _ in chosen], analyses)
    return dict(chosen), entities, analyses


def _weight(entity) -> int:
    return sum(len(o.mentions) for o in entity.documents)


def draw(entities) -> list[dict]:
    rng = random.Random(2061)

    def pick(group, k):
        group = sorted(group, key=lambda e: e.id)
        return sorted(group, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:k]

    titled = pick([e for e in entities if e.type == "person" and e.titles], 25)
    taken = {e.id for e in titled}
    frequent = pick(
        [e for e in entities if e.id not in taken and (e.document_count >= 2 or _weight(e) >= 3)],
        30,
    )
    rows = []
    for i, entity in enumerate(titled):
        for t in entity.titles:
            rows.append(
                {
                    "part": "title",
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
    for i, entity in enumerate(frequent):
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
                        "part": "entity",
                        "sample": f"E{i}",
                        "entity": entity.id,
                        "name": entity.name,
                        "type": entity.type,
                        "mentions": _weight(entity),
                        "document": occurrence.id,
                        "mention": mention.text,
                        "start": mention.start,
                        "end": mention.end,
                    }
                )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    parser.add_argument("--print", action="store_true", help="print the texts plainly")
    args = parser.parse_args()
    if args.print:
        texts = abc_news_texts()
        for key in keys():
            print(f"=== {key}\n{texts[key]}\n")
        return
    _, entities, _ = corpus(args.cache)
    for row in draw(entities):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
