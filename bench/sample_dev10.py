"""Draw the BBC articles of the speaker gold's `dev10` split (a sixth BBC batch), and list them
for annotation.

    .venv/bin/python bench/sample_dev10.py             # -> tests/data/speakers_dev10_articles.jsonl
    .venv/bin/python bench/sample_dev10.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev10.py --build     # -> tests/data/speakers_dev10.jsonl

dev9's draw (`draw_dev2` of `bench/sample_speaker_articles.py`, quote-dense: at least 5
candidate spans) with the seed `random.Random(2027)`, without every BBC article any gold had
drawn: dev9's exclusions and dev9's 25. The annotation format is dev9's
(`speakers_dev10_annotations.txt`; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_dev7 import DATA, run  # noqa: E402
from bench.sample_dev9 import MIN_SPANS  # noqa: E402
from bench.sample_dev9 import taken as taken_dev9  # noqa: E402

SEED = 2027
COUNT = 25


def taken() -> set[str]:
    """Every BBC article a gold had read when dev10 was drawn."""
    ids = taken_dev9()
    ids |= {json.loads(line)["doc_id"] for line in (DATA / "speakers_dev9_articles.jsonl").open()}
    return ids


def main() -> None:
    run("dev10", SEED, COUNT, taken(), MIN_SPANS)


if __name__ == "__main__":
    main()
