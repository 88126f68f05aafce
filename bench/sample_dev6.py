"""Draw the PolNeAR articles of the speaker gold's `dev6` split (a third batch of US news,
disjoint from `dev3` and `dev5`), and list them for annotation.

    .venv/bin/python bench/sample_dev6.py             # -> tests/data/speakers_dev6_articles.jsonl
    .venv/bin/python bench/sample_dev6.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev6.py --build     # -> tests/data/speakers_dev6.jsonl

The draw is `bench/sample_dev3.py`'s (articles `bench/reported.py` does not hold out, 1,000 to
4,000 characters, at least 3 speech attributions in PolNeAR's gold, shuffled per outlet and
taken round-robin across the seven outlets) with another seed, `random.Random(1616)`, and
without the 50 articles of dev3 and dev5. The annotation format is dev3's
(tests/data/speakers_gold.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev3  # noqa: E402

DEV3_ARTICLES = sample_dev3.ARTICLES
DEV5_ARTICLES = sample_dev3.ARTICLES.with_name("speakers_dev5_articles.jsonl")
ARTICLES = ROOT / "tests" / "data" / "speakers_dev6_articles.jsonl"
ANNOTATIONS = ROOT / "tests" / "data" / "speakers_dev6_annotations.txt"
GOLD = ROOT / "tests" / "data" / "speakers_dev6.jsonl"
DEV6_SEED = 1616


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    rows = sample_dev3.load_rows()
    if args.build:
        gold = sample_dev3.build(rows, ANNOTATIONS, "dev6")
        sample_dev3.write_gold(gold, rows, ARTICLES, GOLD, sample_dev3.quoted_spans)
    else:
        earlier = frozenset(
            json.loads(line)["doc_id"]
            for path in (DEV3_ARTICLES, DEV5_ARTICLES)
            for line in path.open()
        )
        drawn = sample_dev3.draw(rows, DEV6_SEED, "dev6", exclude=earlier)
        sample_dev3.write_draw(drawn, rows, ARTICLES, args.sheet, sample_dev3.sheet)


if __name__ == "__main__":
    main()
