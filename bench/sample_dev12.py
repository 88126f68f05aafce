"""Draw the articles of the speaker gold's `dev12` split (15 BBC and 8 PolNeAR articles: a
batch mixing British and US outlets), and list them for annotation.

    .venv/bin/python bench/sample_dev12.py             # -> tests/data/speakers_dev12_articles.jsonl
    .venv/bin/python bench/sample_dev12.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev12.py --build     # -> tests/data/speakers_dev12.jsonl

BBC: dev11's draw (`draw_dev2`, at least 5 candidate spans) with the seed `random.Random(2032)`,
without every BBC article a gold had read: dev11's exclusions, dev11's 25, and every article of
the entity gold (all its splits). PolNeAR: dev3's draw (`bench/sample_dev3.py`: the part
`bench/reported.py` tunes on, 1,000 to 4,000 characters, at least 3 speech attributions, taken
round-robin across the outlets) with the same seed, its first 8, without the articles of dev3,
dev5, dev6, the entity gold's dev4 and the numeric gold's dev5. (`bench/reported.py` and
`bench/speaker_audit.py` score every tuned article and name none, so they exclude nothing.)
The annotation format is dev11's, one file for both (`speakers_dev12_annotations.txt`;
tests/data/speakers_gold.md): quoted spans are numbered by the BBC gold's `candidates` on each
text, a PolNeAR text read one paragraph per line.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev3  # noqa: E402
from bench.sample_dev4 import build, sheet  # noqa: E402
from bench.sample_dev7 import DATA, bbc_spans  # noqa: E402
from bench.sample_dev8 import ENTITY_SPLITS, entity_articles  # noqa: E402
from bench.sample_dev9 import MIN_SPANS  # noqa: E402
from bench.sample_dev11 import taken as taken_dev11  # noqa: E402
from bench.sample_speaker_articles import draw_dev2, load_documents  # noqa: E402

SEED = 2032
BBC_COUNT = 15
POLNEAR_COUNT = 8
POLNEAR_BATCHES = ("dev3", "dev5", "dev6")


def taken_bbc() -> set[str]:
    """Every BBC article a gold had read when dev12 was drawn."""
    ids = taken_dev11()
    ids |= {json.loads(line)["doc_id"] for line in (DATA / "speakers_dev11_articles.jsonl").open()}
    return ids | entity_articles((*ENTITY_SPLITS, "dev6", "dev7"))


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev12 was drawn."""
    ids = {
        json.loads(line)["doc_id"]
        for batch in POLNEAR_BATCHES
        for line in (DATA / f"speakers_{batch}_articles.jsonl").open()
    }
    ids |= {
        row["doc_id"]
        for row in map(json.loads, (DATA / "entity_gold_dev4.jsonl").open())
        if row.get("doc_id")
    }
    for line in (DATA / "numeric_dev5.jsonl").open():
        source, _, doc_id = json.loads(line)["id"].partition(":")
        if source == "polnear":
            ids.add(doc_id)
    return frozenset(ids)


def run_mixed(
    split: str,
    seed: int,
    taken_bbc: set[str],
    taken_polnear: frozenset[str],
    min_spans: int = MIN_SPANS,
    *,
    bbc_count: int = BBC_COUNT,
    polnear_count: int = POLNEAR_COUNT,
) -> None:
    """Draw a batch of ``bbc_count`` BBC and ``polnear_count`` PolNeAR articles, none
    ``taken_*``, the BBC ones with at least ``min_spans`` candidate spans (``--sheet``: with
    annotation sheets), or build its gold from the annotations (``--build``); dev12's and later
    mixed batches' one command line."""
    parser = argparse.ArgumentParser(description=f"the speaker gold's {split} batch")
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    articles = DATA / f"speakers_{split}_articles.jsonl"
    documents = load_documents()
    polnear = sample_dev3.load_rows()
    # Both kinds of row carry a "doc" with the fields `candidates` reads.
    rows = [{"id": d.id, "text": d.text, "doc": d} for d in documents.values()]
    rows += [{**r, "doc": sample_dev3.as_document(r)} for r in polnear]
    if args.build:
        gold = build(rows, split, DATA / f"speakers_{split}_annotations.txt", bbc_spans)
        sample_dev3.write_gold(gold, rows, articles, DATA / f"speakers_{split}.jsonl", bbc_spans)
        return
    drawn = draw_dev2(documents, taken_bbc, bbc_count, seed, split, min_spans=min_spans)
    # The round-robin is prefix-stable: its first 8 are the draw of 8.
    if polnear_count:
        drawn += sample_dev3.draw(polnear, seed, split, taken_polnear)[:polnear_count]
    sample_dev3.write_draw(drawn, rows, articles, args.sheet, partial(sheet, spans_of=bbc_spans))


def main() -> None:
    run_mixed("dev12", SEED, taken_bbc(), taken_polnear())


if __name__ == "__main__":
    main()
