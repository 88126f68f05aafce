"""Draw the articles of the speaker gold's `dev15` split (15 BBC and 8 PolNeAR articles, as
dev14), and list them for annotation.

    .venv/bin/python bench/sample_dev15.py             # -> tests/data/speakers_dev15_articles.jsonl
    .venv/bin/python bench/sample_dev15.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev15.py --build     # -> tests/data/speakers_dev15.jsonl

dev14's draw (`bench/sample_dev14.py`) with the seed `random.Random(2042)`, without every
article a gold had read: dev14's exclusions, dev14's 23 articles, and every BBC or PolNeAR
article of a numeric gold (all its sets, numeric_dev12 included) or of the entity gold (all its
splits, dev10 included) as they stood when dev15 was drawn. BBC articles need 4 candidate
spans, not 5: no business article left has 5.
The annotation format is dev14's (`speakers_dev15_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev14  # noqa: E402
from bench.sample_dev12 import run_mixed  # noqa: E402
from bench.sample_dev14 import ENTITY_SPLITS_DEV14, taken_after  # noqa: E402

SEED = 2042
# The entity gold's splits when dev15 was drawn; a later split must not change the draw.
ENTITY_SPLITS_DEV15 = (*ENTITY_SPLITS_DEV14, "dev10")
# No business article left unread has 5 candidate spans (entertainment: 2), so the
# round-robin of 3 per category needs 4.
MIN_SPANS = 4
# The numeric golds when dev15 was drawn (numeric_dev13 on, if any, came later).
NUMERIC_BEFORE = 13


def taken_bbc() -> set[str]:
    """Every BBC article a gold had read when dev15 was drawn."""
    return taken_after(sample_dev14, "dev14", NUMERIC_BEFORE, ENTITY_SPLITS_DEV15)[0]


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev15 was drawn."""
    return taken_after(sample_dev14, "dev14", NUMERIC_BEFORE, ENTITY_SPLITS_DEV15)[1]


def main() -> None:
    run_mixed("dev15", SEED, taken_bbc(), taken_polnear(), MIN_SPANS)


if __name__ == "__main__":
    main()
