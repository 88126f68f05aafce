"""Draw the BBC articles of the speaker gold's `dev8` split (a fourth BBC batch), and list them
for annotation.

    .venv/bin/python bench/sample_dev8.py             # -> tests/data/speakers_dev8_articles.jsonl
    .venv/bin/python bench/sample_dev8.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev8.py --build     # -> tests/data/speakers_dev8.jsonl

dev7's draw (`draw_dev2` of `bench/sample_speaker_articles.py`: no exact duplicate, not in its
frozen list, shuffled per category and taken round-robin across the five categories) with the
seed `random.Random(1818)`, quote-dense (at least 5 candidate spans), and without every BBC
article any gold has drawn: the 116 of `speakers_articles.jsonl`, dev7's 25 and every article of
the entity gold's mentions, all splits. The annotation format is dev7's
(`speakers_dev8_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_dev7 import DATA, run  # noqa: E402

SEED = 1818
COUNT = 25
MIN_SPANS = 5


# The entity gold's splits when dev8 was drawn: the gold grows by split, and a split added
# later must not change what a second run of this sampler draws.
ENTITY_SPLITS = ("dev", "dev2", "dev3", "dev5", "heldout")


def entity_articles(splits: tuple[str, ...]) -> set[str]:
    """The BBC articles of the entity gold's mentions in ``splits``."""
    rows = map(json.loads, (DATA / "entity_gold.jsonl").open())
    return {row["doc_id"] for row in rows if row.get("doc_id") and row["split"] in splits}


def taken() -> set[str]:
    """Every BBC article a gold had read when dev8 was drawn."""
    ids = entity_articles(ENTITY_SPLITS)
    for name in ("speakers_articles.jsonl", "speakers_dev7_articles.jsonl"):
        ids |= {json.loads(line)["doc_id"] for line in (DATA / name).open()}
    return ids


def main() -> None:
    run("dev8", SEED, COUNT, taken(), MIN_SPANS)


if __name__ == "__main__":
    main()
