"""Draw the articles of the speaker gold's `dev22` split (the last unread BBC articles with a
quoted span, no PolNeAR: the held-out third is BBC), and list them for annotation.

    .venv/bin/python bench/sample_dev22.py             # -> tests/data/speakers_dev22_articles.jsonl
    .venv/bin/python bench/sample_dev22.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev22.py --build     # -> tests/data/speakers_dev22.jsonl

Exclusions: every article a gold had read, i.e. dev21's exclusions (`bench/sample_dev21.py`),
dev21's 10 articles, and the documents of the entity audits of rounds r13 and r14
(`tests/data/entity_{merge,title,namesake}_audit_r13.jsonl`, `entity_audit_r14.jsonl`), as
they stood when dev22 was drawn (no entity or numeric gold split was added after dev21's draw),
and the frozen used list.

**No restriction** (dev21's `ORG_SPEAKS` is dropped): the BBC corpus is exhausted, so dev22 is
every remaining unread BBC article with at least 1 candidate span (`MIN_SPANS`), in the order
of `random.Random(2062)`'s shuffle of their sorted ids, the first ``BBC_COUNT`` (no round-robin
across the categories). Reported-speech rows count as much as quotes. The annotation format is
dev21's (`speakers_dev22_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import (  # noqa: E402
    sample_dev3,
    sample_dev21,
)
from bench.sample_dev4 import build, sheet  # noqa: E402
from bench.sample_dev7 import bbc_spans  # noqa: E402
from bench.sample_dev14 import taken_after  # noqa: E402
from bench.sample_dev21 import ENTITY_SPLITS_DEV21  # noqa: E402
from bench.sample_speaker_articles import USED_IDS, candidates, load_documents  # noqa: E402

SEED = 2062
# No entity split was added after dev21's draw.
ENTITY_SPLITS_DEV22 = ENTITY_SPLITS_DEV21
# The numeric golds when dev22 was drawn (numeric_dev15 on, if any, came later).
NUMERIC_BEFORE = 15
MIN_SPANS = 1
BBC_COUNT = 40
DATA = ROOT / "tests" / "data"
# The entity audits added after dev21's draw (a later audit must not change the draw).
AUDITS_R13_R14 = (
    "entity_merge_audit_r13",
    "entity_title_audit_r13",
    "entity_namesake_audit_r13",
    "entity_audit_r14",
)


def _audited_r13_r14() -> set[str]:
    """The documents of the entity audits of rounds r13 and r14."""
    ids: set[str] = set()
    for name in AUDITS_R13_R14:
        for line in (DATA / f"{name}.jsonl").open():
            row = json.loads(line)
            if doc := row.get("document") or row.get("doc_id"):
                ids.add(doc)
    return ids


def taken_bbc() -> set[str]:
    """Every BBC article a gold or an audit had read when dev22 was drawn."""
    taken = taken_after(sample_dev21, "dev21", NUMERIC_BEFORE, ENTITY_SPLITS_DEV22)[0]
    return taken | _audited_r13_r14()


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev22 was drawn."""
    return taken_after(sample_dev21, "dev21", NUMERIC_BEFORE, ENTITY_SPLITS_DEV22)[1]


def draw(documents: dict) -> list[dict]:
    """dev22's articles: every unread BBC article with ``MIN_SPANS`` candidate spans, in the
    seed's shuffled order, the first ``BBC_COUNT``."""
    taken = taken_bbc()
    ids = sorted(i for i in documents if i not in USED_IDS and i not in taken)
    random.Random(SEED).shuffle(ids)
    drawn = []
    for doc_id in ids:
        if (n := len(candidates(documents[doc_id]))) >= MIN_SPANS:
            drawn.append(
                {"doc_id": doc_id, "split": "dev22", "category": doc_id.split("-")[0], "spans": n}
            )
    return drawn[:BBC_COUNT]


def main() -> None:
    parser = argparse.ArgumentParser(description="the speaker gold's dev22 batch")
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    articles = DATA / "speakers_dev22_articles.jsonl"
    documents = load_documents()
    rows = [{"id": d.id, "text": d.text, "doc": d} for d in documents.values()]
    if args.build:
        gold = build(rows, "dev22", DATA / "speakers_dev22_annotations.txt", bbc_spans)
        sample_dev3.write_gold(gold, rows, articles, DATA / "speakers_dev22.jsonl", bbc_spans)
        return
    sample_dev3.write_draw(
        draw(documents), rows, articles, args.sheet, partial(sheet, spans_of=bbc_spans)
    )


if __name__ == "__main__":
    main()
