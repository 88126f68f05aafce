"""Draw the sentences of the fourteenth numeric-facts development set (tests/data/numeric_dev14).

Run: ``.venv/bin/python bench/sample_numeric_dev14.py [--seed 2045] [--bbc 50] [--polnear 17]
[--reuters 33]``. Round 22 of issue 13 draws to NewsQuant's MIX of kinds as dev10, dev12 and
dev13 were (dev10's ``KINDS``, ``QUOTAS`` and ``Draw``), but a third of it from outlets no
numeric set has drawn much, so that the batch is not BBC-shaped: Reuters lines of August 1996
(the CoNLL-2003 development set, tokenised as it is) from articles neither dev4 nor dev9 took,
offered first, each article giving one line (the title and dateline are not prose; dev4's
``prose_with_number`` keeps out result tables; at most a quarter of them from sports
articles); then BBC and PolNeAR through dev10's ``offer_articles``, articles no numeric set
drew (``used_articles(before_dev=14)``, dev13's articles added). No sentence of any numeric
gold or judged audit list is drawn again. Annotated by hand in NewsQuant's format before our
extractor or CQE ran on the sentences.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import sample_numeric_dev10 as dev10
from bench.sample_numeric_dev4 import SPORTS, prose_with_number
from bench.sample_numeric_dev9 import _ids, _shuffled


def offer_reuters(
    draw: dev10.Draw,
    rng: random.Random,
    count: int,
    also_used: frozenset[str] | set[str] = frozenset(),
    tag: str = "14",
) -> None:
    """Offer ``draw`` the prose lines of one Reuters article at a time, articles dev4 and dev9
    (and ``also_used``) did not take, until ``count`` gave a line (sports articles at most a
    quarter of them). Keys are "reuters<tag>:<article>:<line>"."""
    used = _ids("numeric_dev4.jsonl", "reuters") | _ids("numeric_dev9.jsonl", "reuters9")
    used |= also_used
    taken = sports = 0
    for article in _shuffled("conll2003_testa.jsonl", rng):
        if taken >= count:
            break
        is_sport = bool(SPORTS.match(article["title"]))
        if article["id"] in used or (is_sport and sports >= count // 4):
            continue
        lines = article["text"].split("\n")
        options = {ln: i for i, ln in enumerate(lines) if i >= 2 and prose_with_number(ln)}
        if draw.offer("reuters", list(options)):
            _, kind, line = draw.drawn.pop()
            draw.drawn.append((f"reuters{tag}:{article['id']}:{options[line]}", kind, line))
            taken += 1
            sports += is_sport


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2045)
    parser.add_argument("--bbc", type=int, default=50)
    parser.add_argument("--polnear", type=int, default=17)
    parser.add_argument("--reuters", type=int, default=33)
    args = parser.parse_args()
    total = args.bbc + args.polnear + args.reuters
    scale = total / sum(dev10.QUOTAS.values())
    dev10.QUOTAS.update({kind: quota * scale for kind, quota in dev10.QUOTAS.items()})
    rng = random.Random(args.seed)
    draw = dev10.Draw(rng)
    draw.known = set(dev10._gold_texts(before_dev=14))
    offer_reuters(draw, rng, args.reuters)
    counts = {"bbc": args.bbc, "polnear": args.polnear, "abc": 0}
    dev10.offer_articles(draw, rng, dev10.used_articles(before_dev=14), counts, "14")
    dev10.print_draw(draw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
