"""Draw the sentences of the second numeric-facts development set (tests/data/numeric_dev2).

Run: ``.venv/bin/python bench/sample_numeric_dev2.py [--seed 1117] [--per-corpus 60]``.
News from other outlets than NewsQuant's (BBC News 2004-2005 and PolNeAR's US political news
2016), one sentence per article, with a number other than a bare year (and a
third part of market news: BBC business sentences where an amount moves), drawn with a fixed seed
so the sample can be redrawn and checked; articles of the numeric-facts gold are skipped.
The sentences were annotated by hand in NewsQuant's format before any tuning on them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from sample_numeric_sentences import GOLD, candidates

_MOVES = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|gained|lost|climbed|dropped|jumped|slipped"
    r"|up|down|increased?|decreased?|declined?|higher|lower)\b"
)
CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1117)
    parser.add_argument("--per-corpus", type=int, default=60)
    parser.add_argument("--markets", type=int, default=30)
    args = parser.parse_args()
    used = {json.loads(line)["doc_id"] for line in GOLD.read_text().splitlines() if line.strip()}
    rng = random.Random(args.seed)
    drawn: set[str] = set()
    for corpus in ("bbc_news.jsonl", "polnear_train.jsonl"):
        path = CORPORA / corpus
        articles = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        rng.shuffle(articles)
        taken, seen = 0, set()
        for article in articles:
            if taken >= args.per_corpus or article["id"] in used or article["text"] in seen:
                continue
            seen.add(article["text"])  # BBC holds exact duplicates
            options = candidates(article["text"])
            if options:
                taken += 1
                sentence = rng.choice(options)
                name = corpus.split("_")[0]
                print(json.dumps({"id": f"{name}:{article['id']}", "text": sentence}))
                drawn.add(article["id"])
    # Market news, as much of NewsQuant is: BBC business sentences where an amount moves.
    articles = [json.loads(line) for line in (CORPORA / "bbc_news.jsonl").read_text().splitlines()]
    rng.shuffle(articles)
    taken, seen = 0, set()
    for article in articles:
        if taken >= args.markets or article["category"] != "business":
            continue
        if article["id"] in used | drawn or article["text"] in seen:
            continue
        seen.add(article["text"])
        options = [s for s in candidates(article["text"]) if _MOVES.search(s)]
        if options:
            taken += 1
            sentence = rng.choice(options)
            print(json.dumps({"id": f"bbc-markets:{article['id']}", "text": sentence}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
