"""Draw the sentences of the third numeric-facts development set (tests/data/numeric_dev3).

Run: ``.venv/bin/python bench/sample_numeric_dev3.py [--seed 2611] [--random 60] [--markets 40]``.
BBC News 2004-2005 sentences (one per article, 40-260 characters, with a number other than a
bare year) from articles in neither ``numeric_facts_gold.jsonl`` nor ``numeric_dev2.jsonl``:
a random part, and a part of market news (business sentences where an amount moves, as much
of NewsQuant is). Drawn with a fixed seed so the sample can be redrawn and checked; the
sentences were annotated by hand in NewsQuant's format before any tuning on them.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from sample_numeric_dev2 import _MOVES
from sample_numeric_sentences import GOLD, candidates

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"
DEV2 = ROOT / "tests" / "data" / "numeric_dev2.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2611)
    parser.add_argument("--random", type=int, default=60)
    parser.add_argument("--markets", type=int, default=40)
    args = parser.parse_args()
    used = {json.loads(line)["doc_id"] for line in GOLD.read_text().splitlines() if line.strip()}
    used |= {json.loads(line)["id"].split(":", 1)[1] for line in DEV2.read_text().splitlines()}
    articles = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    seen: set[str] = set()
    taken = {"bbc3": 0, "bbc3-markets": 0}
    for article in articles:
        if article["id"] in used or article["text"] in seen:
            continue
        seen.add(article["text"])  # BBC holds exact duplicates
        options = candidates(article["text"])
        part = "bbc3"
        if taken["bbc3-markets"] < args.markets and article["category"] == "business":
            moving = [s for s in options if _MOVES.search(s)]
            if moving:
                options, part = moving, "bbc3-markets"
        if not options or taken[part] >= (args.random if part == "bbc3" else args.markets):
            continue
        taken[part] += 1
        print(json.dumps({"id": f"{part}:{article['id']}", "text": rng.choice(options)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
