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

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import sample_numeric_dev10 as dev10
from bench.numeric_disagreements import _gold_texts
from bench.sample_numeric_dev8 import _used as _used_before_dev8
from bench.sample_numeric_dev9 import _ids


def main() -> int:
    args = dev10.parse_counts(__doc__, seed=2041, bbc=77, polnear=20, abc=3)
    rng = random.Random(args.seed)
    draw = dev10.Draw(rng)
    draw.known = set(_gold_texts(before_dev=12))
    used_bbc = (
        _used_before_dev8()
        | _ids("numeric_dev8.jsonl", "bbc")
        | _ids("numeric_dev9.jsonl", "bbc")
        | _ids("numeric_dev10.jsonl", "bbc10")
        | _ids("numeric_dev11.jsonl", "bbc11")
    )
    used_polnear = (
        _ids("numeric_dev2.jsonl", "polnear")
        | _ids("numeric_dev5.jsonl", "polnear")
        | _ids("numeric_dev9.jsonl", "polnear9")
        | _ids("numeric_dev10.jsonl", "polnear10")
        | _ids("numeric_dev11.jsonl", "polnear11")
    )
    used_abc = (
        _ids("numeric_dev7.jsonl", "abc")
        | _ids("numeric_dev8.jsonl", "abc")
        | _ids("numeric_dev10.jsonl", "abc10")
        | _ids("numeric_dev11.jsonl", "abc11")
    )
    used = {"bbc": used_bbc, "polnear": used_polnear, "abc": used_abc}
    counts = {"bbc": args.bbc, "polnear": args.polnear, "abc": args.abc}
    dev10.offer_articles(draw, rng, used, counts, "12")
    dev10.print_draw(draw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
