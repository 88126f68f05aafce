"""Draw the articles of the speaker gold's `dev17` split (15 BBC and 8 PolNeAR articles, as
dev16), and list them for annotation.

    .venv/bin/python bench/sample_dev17.py             # -> tests/data/speakers_dev17_articles.jsonl
    .venv/bin/python bench/sample_dev17.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev17.py --build     # -> tests/data/speakers_dev17.jsonl

dev16's draw (`bench/sample_dev16.py`) with the seed `random.Random(2046)`, without every
article a gold had read: dev16's exclusions, dev16's 23 articles, and every BBC or PolNeAR
article of a numeric gold (all its sets, numeric_dev14 included) or of the entity gold (all its
splits, dev10 the last) as they stood when dev17 was drawn. BBC articles need 4 candidate
spans, as dev16's.
The annotation format is dev16's (`speakers_dev17_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev16  # noqa: E402
from bench.sample_dev12 import run_mixed  # noqa: E402
from bench.sample_dev14 import taken_after  # noqa: E402
from bench.sample_dev16 import ENTITY_SPLITS_DEV16, MIN_SPANS  # noqa: E402

SEED = 2046
# The entity gold's splits when dev17 was drawn (none was added after dev16's draw); a later
# split must not change the draw.
ENTITY_SPLITS_DEV17 = ENTITY_SPLITS_DEV16
# The numeric golds when dev17 was drawn (numeric_dev15 on, if any, came later).
NUMERIC_BEFORE = 15


def taken_bbc() -> set[str]:
    """Every BBC article a gold had read when dev17 was drawn."""
    return taken_after(sample_dev16, "dev16", NUMERIC_BEFORE, ENTITY_SPLITS_DEV17)[0]


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev17 was drawn."""
    return taken_after(sample_dev16, "dev16", NUMERIC_BEFORE, ENTITY_SPLITS_DEV17)[1]


def main() -> None:
    run_mixed("dev17", SEED, taken_bbc(), taken_polnear(), MIN_SPANS)


if __name__ == "__main__":
    main()
