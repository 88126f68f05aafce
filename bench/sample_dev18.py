"""Draw the articles of the speaker gold's `dev18` split (15 BBC and 8 PolNeAR articles, as
dev17), and list them for annotation.

    .venv/bin/python bench/sample_dev18.py             # -> tests/data/speakers_dev18_articles.jsonl
    .venv/bin/python bench/sample_dev18.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev18.py --build     # -> tests/data/speakers_dev18.jsonl

dev17's draw (`bench/sample_dev17.py`) with the seed `random.Random(2048)`, without every
article a gold had read: dev17's exclusions, dev17's 23 articles, and every BBC or PolNeAR
article of a numeric gold (all its sets, numeric_dev14 the last) or of the entity gold (all its
splits, dev11 the last) as they stood when dev18 was drawn. BBC articles need 3 candidate
spans (dev17's needed 4: no business article left unread has 4).
The annotation format is dev17's (`speakers_dev18_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev17  # noqa: E402
from bench.sample_dev12 import run_mixed  # noqa: E402
from bench.sample_dev14 import taken_after  # noqa: E402
from bench.sample_dev17 import ENTITY_SPLITS_DEV17  # noqa: E402

SEED = 2048
# The entity gold's splits when dev18 was drawn (dev11 was added after dev17's draw); a later
# split must not change the draw.
ENTITY_SPLITS_DEV18 = (*ENTITY_SPLITS_DEV17, "dev11")
# The numeric golds when dev18 was drawn (numeric_dev15 on, if any, came later).
NUMERIC_BEFORE = 15
# No business article left unread has 4 candidate spans (11 have 3), so the round-robin of 3
# per category needs 3.
MIN_SPANS = 3


def taken_bbc() -> set[str]:
    """Every BBC article a gold had read when dev18 was drawn."""
    return taken_after(sample_dev17, "dev17", NUMERIC_BEFORE, ENTITY_SPLITS_DEV18)[0]


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev18 was drawn."""
    return taken_after(sample_dev17, "dev17", NUMERIC_BEFORE, ENTITY_SPLITS_DEV18)[1]


def main() -> None:
    run_mixed("dev18", SEED, taken_bbc(), taken_polnear(), MIN_SPANS)


if __name__ == "__main__":
    main()
