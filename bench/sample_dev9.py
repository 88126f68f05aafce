"""Draw the BBC articles of the speaker gold's `dev9` split (a fifth BBC batch), and list them
for annotation.

    .venv/bin/python bench/sample_dev9.py             # -> tests/data/speakers_dev9_articles.jsonl
    .venv/bin/python bench/sample_dev9.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev9.py --build     # -> tests/data/speakers_dev9.jsonl

dev8's draw (`draw_dev2` of `bench/sample_speaker_articles.py`, quote-dense: at least 5
candidate spans) with the seed `random.Random(1919)`, without every BBC article any gold had
drawn: the 116 of `speakers_articles.jsonl` (dev, heldout, fresh, dev2), dev7's 25, dev8's 25 and
every article of the entity gold's mentions, all splits. The annotation format is dev7's
(`speakers_dev9_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_dev7 import DATA, run  # noqa: E402
from bench.sample_dev8 import taken as taken_dev8  # noqa: E402

SEED = 1919
COUNT = 25
MIN_SPANS = 5


def taken() -> set[str]:
    """Every BBC article a gold had read when dev9 was drawn."""
    ids = taken_dev8()
    ids |= {json.loads(line)["doc_id"] for line in (DATA / "speakers_dev8_articles.jsonl").open()}
    return ids


def main() -> None:
    run("dev9", SEED, COUNT, taken(), MIN_SPANS)


if __name__ == "__main__":
    main()
