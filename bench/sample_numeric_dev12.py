"""Draw the sentences of the twelfth numeric-facts development set (tests/data/numeric_dev12).

Run: ``.venv/bin/python bench/sample_numeric_dev12.py [--seed 2041] [--bbc 77] [--polnear 20]
[--abc 3]``. Round 20 of issue 13 looks at the kinds of unit and change where CQE agrees with
the gold and ours does not, so dev12 is drawn again to NewsQuant's MIX of kinds, exactly as
dev10 was: dev10's ``KINDS`` and ``QUOTAS`` (measure 35, change 25, qualified 20, plain 20),
its ``Draw`` (an article gives one sentence, of the kind furthest from its quota that it holds)
and its ``offer_articles`` (BBC round-robin over the five categories, then PolNeAR, then ABC).

Texts no numeric set drew: BBC articles no numeric gold holds (dev10's list, dev10's and
dev11's BBC articles), PolNeAR articles no numeric set took (dev2, dev5, dev9, dev10, dev11),
ABC articles dev7, dev8, dev10 and dev11 did not take (few are left holding a kind still open:
77 BBC, 20 PolNeAR and 3 ABC make up the 100, so the quotas fill). No sentence of any numeric
gold or judged audit list is drawn again. Annotated by hand in NewsQuant's format before our
extractor or CQE ran on the sentences.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import sample_numeric_dev10 as dev10


def main() -> int:
    return dev10.run_draw(12, dev10.parse_counts(__doc__, seed=2041, bbc=77, polnear=20, abc=3))


if __name__ == "__main__":
    raise SystemExit(main())
