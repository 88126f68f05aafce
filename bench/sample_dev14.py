"""Draw the articles of the speaker gold's `dev14` split (15 BBC and 8 PolNeAR articles, as
dev13), and list them for annotation.

    .venv/bin/python bench/sample_dev14.py             # -> tests/data/speakers_dev14_articles.jsonl
    .venv/bin/python bench/sample_dev14.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev14.py --build     # -> tests/data/speakers_dev14.jsonl

dev13's draw (`bench/sample_dev13.py`) with the seed `random.Random(2040)`, without every
article a gold had read: dev13's exclusions, dev13's 23 articles, and every BBC or PolNeAR
article of a numeric gold (all its sets, numeric_dev10 and dev11 included) or of the entity
gold (all its splits, dev9 included) as they stood when dev14 was drawn.
The annotation format is dev13's (`speakers_dev14_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev13  # noqa: E402
from bench.sample_dev7 import DATA  # noqa: E402
from bench.sample_dev8 import ENTITY_SPLITS, entity_articles  # noqa: E402
from bench.sample_dev12 import run_mixed  # noqa: E402
from bench.sample_dev13 import _numeric_ids  # noqa: E402

SEED = 2040
# The entity gold's splits when dev14 was drawn; a later split must not change the draw.
ENTITY_SPLITS_DEV14 = (*ENTITY_SPLITS, "dev6", "dev7", "dev8", "dev9")
# The numeric golds when dev14 was drawn (numeric_dev12 on, if any, came later).
NUMERIC_BEFORE = 12


def taken_after(
    previous: ModuleType, split: str, numeric_before: int, entity_splits: tuple[str, ...]
) -> tuple[set[str], frozenset[str]]:
    """The BBC and the PolNeAR articles a gold had read when the batch after ``split`` was
    drawn: those ``previous`` (``split``'s sampler) left out, ``split``'s own, the numeric
    golds before ``numeric_dev{numeric_before}`` and the entity gold's ``entity_splits``."""
    bbc, polnear = _taken_after(previous, split, numeric_before, entity_splits)
    return set(bbc), polnear


# Each batch's taken_bbc and taken_polnear both ask for the batch before's: without the cache
# the chain of batches reads the golds 2**depth times (dev21's redraw took 100 s).
@functools.cache
def _taken_after(
    previous: ModuleType, split: str, numeric_before: int, entity_splits: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str]]:
    path = DATA / f"speakers_{split}_articles.jsonl"
    drawn = {json.loads(line)["doc_id"] for line in path.open()}
    bbc, polnear = _numeric_ids(numeric_before)
    bbc |= previous.taken_bbc() | drawn | entity_articles(entity_splits)
    return frozenset(bbc), frozenset(previous.taken_polnear() | drawn | polnear)


def taken_bbc() -> set[str]:
    """Every BBC article a gold had read when dev14 was drawn."""
    return taken_after(sample_dev13, "dev13", NUMERIC_BEFORE, ENTITY_SPLITS_DEV14)[0]


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev14 was drawn."""
    return taken_after(sample_dev13, "dev13", NUMERIC_BEFORE, ENTITY_SPLITS_DEV14)[1]


def main() -> None:
    run_mixed("dev14", SEED, taken_bbc(), taken_polnear())


if __name__ == "__main__":
    main()
