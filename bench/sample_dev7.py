"""Draw the BBC articles of the speaker gold's `dev7` split (a third BBC batch), and list them
for annotation.

    .venv/bin/python bench/sample_dev7.py             # -> tests/data/speakers_dev7_articles.jsonl
    .venv/bin/python bench/sample_dev7.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev7.py --build     # -> tests/data/speakers_dev7.jsonl

The draw is dev2's (`draw_dev2` of `bench/sample_speaker_articles.py`: no exact duplicate, not
in its frozen list of articles used elsewhere, at least 4 candidate spans, shuffled per category
and taken round-robin across the five categories) with another seed, `random.Random(1717)`, and
without every BBC article read for a gold before: the 116 of `speakers_articles.jsonl` (dev,
heldout, fresh, dev2) and every article of the entity gold's mentions
(`tests/data/entity_gold.jsonl`). The annotation format is dev4's
(`speakers_dev7_annotations.txt`: `Qn speaker/type/gender` for quoted span n, `R "content" cue:
speaker/type/gender` for a reported-speech event; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_dev3 import write_draw, write_gold  # noqa: E402
from bench.sample_dev4 import build, sheet  # noqa: E402
from bench.sample_speaker_articles import (  # noqa: E402
    DEV2_MIN_SPANS,
    candidates,
    draw_dev2,
    load_documents,
)

DATA = ROOT / "tests" / "data"
SEED = 1717
COUNT = 25


# The entity gold's splits when dev7 was drawn: later splits (dev5) must not change the draw.
ENTITY_SPLITS = frozenset({"dev", "dev2", "dev3", "heldout"})


def taken() -> set[str]:
    """Every BBC article a gold had read when dev7 was drawn: the speaker gold's and the
    entity gold's."""
    ids = {json.loads(line)["doc_id"] for line in (DATA / "speakers_articles.jsonl").open()}
    for line in (DATA / "entity_gold.jsonl").open():
        row = json.loads(line)
        if row.get("kind") == "mention" and row.get("split") in ENTITY_SPLITS:
            ids.add(row["doc_id"])
    return ids


def bbc_spans(row: dict) -> list[dict]:
    return candidates(row["doc"])


def run(split: str, seed: int, count: int, taken_ids: set[str], min_spans: int) -> None:
    """Draw a BBC batch of the speaker gold (``--sheet``: with annotation sheets), or build its
    gold from the annotations (``--build``); dev7's and later batches' one command line."""
    parser = argparse.ArgumentParser(description=f"the speaker gold's {split} batch")
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    articles = DATA / f"speakers_{split}_articles.jsonl"
    documents = load_documents()
    rows = [{"id": d.id, "text": d.text, "doc": d} for d in documents.values()]
    if args.build:
        gold = build(rows, split, DATA / f"speakers_{split}_annotations.txt", bbc_spans)
        write_gold(gold, rows, articles, DATA / f"speakers_{split}.jsonl", bbc_spans)
    else:
        drawn = draw_dev2(documents, taken_ids, count, seed, split, min_spans=min_spans)
        write_draw(drawn, rows, articles, args.sheet, partial(sheet, spans_of=bbc_spans))


def main() -> None:
    run("dev7", SEED, COUNT, taken(), DEV2_MIN_SPANS)


if __name__ == "__main__":
    main()
