"""Draw the PolNeAR articles of the speaker gold's `dev5` split (a second batch of US news,
disjoint from `dev3`), and list them for annotation.

    .venv/bin/python bench/sample_dev5.py             # -> tests/data/speakers_dev5_articles.jsonl
    .venv/bin/python bench/sample_dev5.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev5.py --build     # -> tests/data/speakers_dev5.jsonl

The draw is `bench/sample_dev3.py`'s (articles `bench/reported.py` does not hold out, 1,000 to
4,000 characters, at least 3 speech attributions in PolNeAR's gold, shuffled per outlet and
taken round-robin across the seven outlets) with another seed, `random.Random(1515)`, and
without the 25 articles of dev3. The annotation format is dev3's (tests/data/speakers_gold.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import sample_dev3

if __name__ == "__main__":
    sample_dev3.main("dev5", 1515, ("dev3",), __doc__)
