"""Draw the articles of the speaker gold's `dev20` split (10 BBC articles and no PolNeAR: the
held-out third is BBC, so this batch mirrors it, as dev19), and list them for annotation.

    .venv/bin/python bench/sample_dev20.py             # -> tests/data/speakers_dev20_articles.jsonl
    .venv/bin/python bench/sample_dev20.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev20.py --build     # -> tests/data/speakers_dev20.jsonl

dev19's draw (`bench/sample_dev19.py`: dev18's round-robin across the BBC categories) with the
seed `random.Random(2056)`, without every article a gold had read: dev19's exclusions, dev19's
22 articles, every BBC or PolNeAR article of a numeric gold (all its sets, numeric_dev14 the
last) or of the entity gold (all its splits, dev13 the last), and the documents of the entity
audits (`tests/data/entity_*_audit.jsonl`) as they stood when dev20 was drawn. BBC articles
need 3 candidate spans, as dev19's.
The annotation format is dev19's (`speakers_dev20_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev19  # noqa: E402
from bench.sample_dev12 import run_mixed  # noqa: E402
from bench.sample_dev14 import taken_after  # noqa: E402
from bench.sample_dev19 import ENTITY_SPLITS_DEV19  # noqa: E402

SEED = 2056
# The entity gold's splits when dev20 was drawn (dev13 was added after dev19's draw); a later
# split must not change the draw.
ENTITY_SPLITS_DEV20 = (*ENTITY_SPLITS_DEV19, "dev13")
# The entity audits when dev20 was drawn: their documents were read too.
AUDITS = ("generic", "merge", "title", "type")
# The numeric golds when dev20 was drawn (numeric_dev15 on, if any, came later).
NUMERIC_BEFORE = 15
MIN_SPANS = 3
BBC_COUNT = 10
POLNEAR_COUNT = 0
DATA = ROOT / "tests" / "data"


def _audited() -> set[str]:
    """The BBC documents of the entity audits."""
    ids: set[str] = set()
    for name in AUDITS:
        for line in (DATA / f"entity_{name}_audit.jsonl").open():
            row = json.loads(line)
            if doc := row.get("document") or row.get("doc_id"):
                ids.add(doc)
    return ids


def taken_bbc() -> set[str]:
    """Every BBC article a gold or an audit had read when dev20 was drawn."""
    taken = taken_after(sample_dev19, "dev19", NUMERIC_BEFORE, ENTITY_SPLITS_DEV20)[0]
    return taken | _audited()


def taken_polnear() -> frozenset[str]:
    """Every PolNeAR article a gold had read when dev20 was drawn."""
    return taken_after(sample_dev19, "dev19", NUMERIC_BEFORE, ENTITY_SPLITS_DEV20)[1]


def main() -> None:
    run_mixed(
        "dev20",
        SEED,
        taken_bbc(),
        taken_polnear(),
        MIN_SPANS,
        bbc_count=BBC_COUNT,
        polnear_count=POLNEAR_COUNT,
    )


if __name__ == "__main__":
    main()
