"""Draw held-out sentences with numbers from the BBC corpus for the numeric-facts gold.

Run: ``.venv/bin/python bench/sample_numeric_sentences.py [--seed 2005] [--per-category 10]``.
Articles already in the gold are skipped; one sentence per article, with a number other than
a bare year, drawn with a fixed seed so the held-out sample can be redrawn and checked.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"
GOLD = ROOT / "tests" / "data" / "numeric_facts_gold.jsonl"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_AMOUNT = re.compile(
    r"[$£€%]|\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds|thousands)\b"
)
_YEAR_ONLY = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")


def candidates(text: str) -> list[str]:
    """Sentences of 40-260 chars with a number that is not only a year."""
    found = []
    for paragraph in text.split("\n"):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            if 40 <= len(sentence) <= 260 and _AMOUNT.search(_YEAR_ONLY.sub("", sentence)):
                found.append(sentence)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2005)
    parser.add_argument("--per-category", type=int, default=10)
    args = parser.parse_args()
    used = {json.loads(line)["doc_id"] for line in GOLD.read_text().splitlines() if line.strip()}
    articles = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    taken: dict[str, int] = {}
    for article in articles:
        category = article["category"]
        if article["id"] in used or taken.get(category, 0) >= args.per_category:
            continue
        options = candidates(article["text"])
        if options:
            taken[category] = taken.get(category, 0) + 1
            print(json.dumps({"doc_id": article["id"], "sentence": rng.choice(options)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
