"""Draw the sentences of the thirteenth numeric-facts development set (tests/data/numeric_dev13).

Run: ``.venv/bin/python bench/sample_numeric_dev13.py [--seed 2043] [--bbc 80] [--polnear 20]
[--abc 0]``. Round 21 of issue 13 again compares the kinds of unit and change where CQE agrees
with the gold and ours does not, on a fresh batch drawn to NewsQuant's MIX of kinds exactly as
dev10 and dev12 were: dev10's ``KINDS`` and ``QUOTAS`` (measure 35, change 25, qualified 20,
plain 20) through dev10's ``run_draw``.

Texts no numeric set drew (dev10's ``used_articles(before_dev=13)``: dev12's articles added to
those dev12 left out). BBC and PolNeAR only: with 3 ABC sentences, as dev12 asked, the measure
quota fell one short (99 sentences), so BBC makes up the 100. No sentence of any numeric gold
or judged audit list is drawn again.
Annotated by hand in NewsQuant's format before our extractor or CQE ran on the sentences.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import sample_numeric_dev10 as dev10


def main() -> int:
    return dev10.run_draw(13, dev10.parse_counts(__doc__, seed=2043, bbc=80, polnear=20, abc=0))


if __name__ == "__main__":
    raise SystemExit(main())
