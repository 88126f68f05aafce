"""Draw the sentences of the seventh numeric-facts development set (tests/data/numeric_dev7).

Run: ``.venv/bin/python bench/sample_numeric_dev7.py [--seed 7207] [--count 100]``.
ABC (Australian Broadcasting Corporation) news of 2001-2002, the Lee corpus's background
articles (``bench._common.abc_news_texts()``): an outlet, a country and years no numeric set
held before (dev to dev6 are NewsQuant, BBC, Reuters and US politics). One sentence per
article, 40-260 characters, holding a number that is not only a year: a number in digits, a
number word before a noun of amount, or the dev6 patterns (a unit, a currency, a percent, a
verb of change next to a number). Articles are shuffled with a fixed seed; exact duplicate
texts are skipped. Annotated by hand in NewsQuant's format before our extractor or CQE was run
on the sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._common import abc_news_texts
from bench.sample_numeric_dev6 import _MOVE, _UNIT, _YEAR

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“‘'])")
_DIGITS = re.compile(r"\d")
_WORDS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?|half)\b",
    re.IGNORECASE,
)


def candidates(text: str) -> list[str]:
    """Sentences of 40-260 characters with a number that is not only a year."""
    found = []
    for sentence in _SENTENCE_END.split(text.strip()):
        if not 40 <= len(sentence) <= 260:
            continue
        bare = _YEAR.sub("", sentence)
        if (
            _DIGITS.search(bare)
            or _WORDS.search(bare)
            or re.search(_UNIT, bare)
            or _MOVE.search(bare)
        ):
            found.append(sentence)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7207)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    articles = sorted(abc_news_texts().items())
    rng.shuffle(articles)
    drawn: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, text in articles:
        if len(drawn) >= args.count:
            break
        if text in seen:
            continue
        seen.add(text)
        options = candidates(text)
        if options:
            drawn.append((key, rng.choice(options)))
    for key, text in sorted(drawn):
        print(json.dumps({"id": f"abc7:{key}", "text": text}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
