"""Draw the articles of the speaker gold's `dev16` split (15 BBC and 8 PolNeAR articles, as
dev15), and list them for annotation.

    .venv/bin/python bench/sample_dev16.py             # -> tests/data/speakers_dev16_articles.jsonl
    .venv/bin/python bench/sample_dev16.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev16.py --build     # -> tests/data/speakers_dev16.jsonl

dev15's draw (`bench/sample_dev15.py`) with the seed `random.Random(2044)`, without every
article a gold had read: dev15's exclusions, dev15's 23 articles, and every BBC or PolNeAR
article of a numeric gold (all its sets, numeric_dev13 included) or of the entity gold (all its
splits, dev10 the last) as they stood when dev16 was drawn. BBC articles need 4 candidate
spans, as dev15's.
The annotation format is dev15's (`speakers_dev16_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev15  # noqa: E402
from bench.sample_dev12 import run_mixed  # noqa: E402
from bench.sample_dev14 import taken_after  # noqa: E402
from bench.sample_dev15 import ENTITY_SPLITS_DEV15, MIN_SPANS  # noqa: E402

SEED = 2044
# The entity gold's splits when dev16 was drawn (none was added after dev15's draw); a later
# split must not change the draw.
ENTITY_SPLITS_DEV16 = ENTITY_SPLITS_DEV15
# The numeric golds when dev16 was drawn (numeric_dev14 on, if any, came later).
NUMERIC_BEFORE = 14


def taken_bbc() -> set[str]:
    """Every BBC article a gold had read when dev16 was drawn."""
    return taken_after(sample_dev15, "dev15", NUMERIC_BEFORE, ENTITY_SPLITS_DEV16)[0]


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev16 was drawn."""
    return taken_after(sample_dev15, "dev15", NUMERIC_BEFORE, ENTITY_SPLITS_DEV16)[1]


def main() -> None:
    run_mixed("dev16", SEED, taken_bbc(), taken_polnear(), MIN_SPANS)


if __name__ == "__main__":
    main()
