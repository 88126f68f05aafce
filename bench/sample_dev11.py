"""Draw the BBC articles of the speaker gold's `dev11` split (a seventh BBC batch), and list them
for annotation.

    .venv/bin/python bench/sample_dev11.py             # -> tests/data/speakers_dev11_articles.jsonl
    .venv/bin/python bench/sample_dev11.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev11.py --build     # -> tests/data/speakers_dev11.jsonl

dev10's draw (`draw_dev2` of `bench/sample_speaker_articles.py`, quote-dense: at least 5
candidate spans) with the seed `random.Random(2029)`, without every BBC article any gold had
drawn: dev10's exclusions, dev10's 25, and the BBC articles of the numeric batches that read
BBC sentences (`numeric_dev2`, `numeric_dev3`, `numeric_dev6`). The annotation format is
dev10's (`speakers_dev11_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_dev7 import DATA, run  # noqa: E402
from bench.sample_dev8 import ENTITY_SPLITS, entity_articles  # noqa: E402
from bench.sample_dev9 import MIN_SPANS  # noqa: E402
from bench.sample_dev10 import taken as taken_dev10  # noqa: E402

SEED = 2029
COUNT = 25
# Numeric golds whose sentences come from BBC articles: their ids read "bbc...:category/nnn".
BBC_NUMERIC = ("numeric_dev2.jsonl", "numeric_dev3.jsonl", "numeric_dev6.jsonl")


def taken() -> set[str]:
    """Every BBC article a gold had read when dev11 was drawn."""
    ids = taken_dev10()
    ids |= {json.loads(line)["doc_id"] for line in (DATA / "speakers_dev10_articles.jsonl").open()}
    ids |= entity_articles((*ENTITY_SPLITS, "dev6"))
    for name in BBC_NUMERIC:
        for line in (DATA / name).open():
            source, _, path = json.loads(line)["id"].partition(":")
            if source.startswith("bbc"):
                ids.add(path.replace("/", "-"))
    return ids


def main() -> None:
    run("dev11", SEED, COUNT, taken(), MIN_SPANS)


if __name__ == "__main__":
    main()
