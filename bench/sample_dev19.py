"""Draw the articles of the speaker gold's `dev19` split (22 BBC articles and no PolNeAR: the
held-out third is BBC, so this batch mirrors it), and list them for annotation.

    .venv/bin/python bench/sample_dev19.py             # -> tests/data/speakers_dev19_articles.jsonl
    .venv/bin/python bench/sample_dev19.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev19.py --build     # -> tests/data/speakers_dev19.jsonl

dev18's draw (`bench/sample_dev18.py`: round-robin across the BBC categories) with the seed
`random.Random(2050)`, without every article a gold had read: dev18's exclusions, dev18's 23
articles, and every BBC or PolNeAR article of a numeric gold (all its sets, numeric_dev14 the
last) or of the entity gold (all its splits, dev12 the last) as they stood when dev19 was
drawn. BBC articles need 3 candidate spans, as dev18's.
The annotation format is dev18's (`speakers_dev19_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev18  # noqa: E402
from bench.sample_dev12 import run_mixed  # noqa: E402
from bench.sample_dev14 import taken_after  # noqa: E402
from bench.sample_dev18 import ENTITY_SPLITS_DEV18  # noqa: E402

SEED = 2050
# The entity gold's splits when dev19 was drawn (dev12 was added after dev18's draw); a later
# split must not change the draw.
ENTITY_SPLITS_DEV19 = (*ENTITY_SPLITS_DEV18, "dev12")
# The numeric golds when dev19 was drawn (numeric_dev15 on, if any, came later).
NUMERIC_BEFORE = 15
MIN_SPANS = 3
BBC_COUNT = 22
POLNEAR_COUNT = 0


def taken_bbc() -> set[str]:
    """Every BBC article a gold had read when dev19 was drawn."""
    return taken_after(sample_dev18, "dev18", NUMERIC_BEFORE, ENTITY_SPLITS_DEV19)[0]


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev19 was drawn."""
    return taken_after(sample_dev18, "dev18", NUMERIC_BEFORE, ENTITY_SPLITS_DEV19)[1]


def main() -> None:
    run_mixed(
        "dev19",
        SEED,
        taken_bbc(),
        taken_polnear(),
        MIN_SPANS,
        bbc_count=BBC_COUNT,
        polnear_count=POLNEAR_COUNT,
    )


if __name__ == "__main__":
    main()
