"""Draw the sentences of the fifteenth numeric-facts development set (tests/data/numeric_dev15).

Run: ``.venv/bin/python bench/sample_numeric_dev15.py [--seed 2071] [--bbc 66] [--polnear 17]
[--reuters 33]``. Round r17b of issue 13 draws as dev14 did (dev10's ``KINDS``, ``QUOTAS`` and
``Draw``, dev14's ``offer_reuters``): NewsQuant's MIX of kinds, a third of it from outlets the
sets drew little (Reuters lines of CoNLL-2003's development set first, one line per article,
at most a quarter of them from sports articles; then PolNeAR), the rest BBC of all five
categories. Left out: every article a numeric set drew (dev14's added to ``used_articles``
and to the Reuters articles dev4 and dev9 took) and every article an audit batch of
``numeric_disagreements.jsonl`` judged a sentence of (batches 1-7, their ``source``); no
sentence of any numeric gold or judged list is drawn again. Annotated by hand in NewsQuant's
format and committed before our extractor or CQE ran on the sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import sample_numeric_dev10 as dev10
from bench import sample_numeric_dev14 as dev14
from bench.sample_numeric_dev6 import DATA
from bench.sample_numeric_dev9 import _ids


def batch_articles() -> dict[str, set[str]]:
    """The articles (by corpus) audit batches 1-7 of the judged list took a sentence of (a
    later batch does not change this draw)."""
    used: dict[str, set[str]] = {"bbc": set(), "polnear": set(), "reuters": set()}
    for line in (DATA / "numeric_disagreements.jsonl").read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            corpus, _, article = row.get("source", "").partition(":")
            if corpus in used and article and row.get("batch", 0) <= 7:
                used[corpus].add(article)
    return used


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2071)
    parser.add_argument("--bbc", type=int, default=66)
    parser.add_argument("--polnear", type=int, default=17)
    parser.add_argument("--reuters", type=int, default=33)
    args = parser.parse_args()
    total = args.bbc + args.polnear + args.reuters
    scale = total / sum(dev10.QUOTAS.values())
    dev10.QUOTAS.update({kind: quota * scale for kind, quota in dev10.QUOTAS.items()})
    rng = random.Random(args.seed)
    draw = dev10.Draw(rng)
    draw.known = set(dev10._gold_texts(before_dev=15))
    batches = batch_articles()
    reuters_used = _ids("numeric_dev14.jsonl", "reuters14") | batches["reuters"]
    dev14.offer_reuters(draw, rng, args.reuters, also_used=reuters_used, tag="15")
    used = dev10.used_articles(before_dev=15)
    used["bbc"] |= batches["bbc"]
    used["polnear"] |= batches["polnear"]
    counts = {"bbc": args.bbc, "polnear": args.polnear, "abc": 0}
    dev10.offer_articles(draw, rng, used, counts, "15")
    dev10.print_draw(draw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
