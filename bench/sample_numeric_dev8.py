"""Draw the sentences of the eighth numeric-facts development set (tests/data/numeric_dev8).

Run: ``.venv/bin/python bench/sample_numeric_dev8.py [--seed 2031] [--count 100]``.
Sentences rich in units and changes, NewsQuant's weight (markets, companies, tech specs,
sport) and where ours trailed CQE: BBC News 2004-2005 business, tech and sport articles that
no numeric gold holds (``numeric_facts_gold``, ``numeric_dev2``, ``numeric_dev3``,
``numeric_dev6``, nor the speaker gold's articles, as dev6 skipped), three quarters of the
draw, round-robin over the three categories; and ABC news of 2001-2002
(``bench._common.abc_news_texts()``) with money or markets, articles dev7 did not take, the
last quarter. A sentence (40-260 characters) qualifies when ``_RICH`` finds in it, years left
out: a verb of change next to a number (dev6's ``_MOVE``: "rose 19 cents", "cut 1,200
jobs"), a rate ("per", "a year", "an hour", "/h"), a range ("between 5 and 7", "5-7%", "from
$2m to $3m"), or a currency, percent or measurement unit written with its number (dev6's
``_UNIT``). ABC sentences must also name money or a market (``_MONEY``). One sentence per
article, articles shuffled with the seed, exact duplicate texts skipped. Annotated by hand
in NewsQuant's format before our extractor or CQE was run on the sentences.
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
from bench.sample_numeric_dev6 import _MOVE, _UNIT, _YEAR, CATEGORIES, CORPUS, DATA
from bench.sample_numeric_dev6 import _used as _used_before_dev6
from bench.sample_numeric_dev7 import _SENTENCE_END

_NUM = r"[$£€]?\d[\d,.]*\s*(?:%|pc|bn|m|k|per\s*cent|percent)?"
_RICH = re.compile(
    rf"{_MOVE.pattern}"
    r"|\d\S*\s+(?:\S+\s+)?(?:per|a|an)\s+(?:year|month|week|day|hour|second|share|head"
    r"|barrel|tonne|ton|person|capita|game|match|gallon|litre)\b|\d\s*(?:/h|/s|kph|mph|fps)\b"
    rf"|\bbetween\s+{_NUM}\s+and\s+{_NUM}|\bfrom\s+{_NUM}\S*\s+to\s+{_NUM}"
    r"|\d[\d,.]*\s*(?:-|–|to)\s*[$£€]?\d[\d,.]*\s*(?:%|pc|per\s*cent|bn|m\b)"
    rf"|{_UNIT}",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"[$£€%]|\b(?:per\s*cent|dollars?|cents|shares?|market|index|dollar|profits?|prices?"
    r"|economy|budget|billion|million|rates?|tax|wages?|sales|revenue|debt)\b",
    re.IGNORECASE,
)


def candidates(text: str, money: bool = False) -> list[str]:
    """Sentences of 40-260 characters with a unit, a rate, a range or a number that changes."""
    found = []
    for paragraph in text.split("\n"):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            if not 40 <= len(sentence) <= 260:
                continue
            bare = _YEAR.sub("", sentence)
            if _RICH.search(bare) and (not money or _MONEY.search(bare)):
                found.append(sentence)
    return found


def _used() -> set[str]:
    """BBC ids of the articles a numeric or speaker gold holds (dev6's list and dev6 itself)."""
    used = _used_before_dev6()
    for line in (DATA / "numeric_dev6.jsonl").read_text().splitlines():
        if line.strip():
            used.add(json.loads(line)["id"].split(":", 1)[1])
    return used


def _taken_by_dev7() -> set[str]:
    """ABC keys of the articles dev7 drew a sentence from."""
    return {
        json.loads(line)["id"].split(":", 1)[1]
        for line in (DATA / "numeric_dev7.jsonl").read_text().splitlines()
        if line.strip()
    }


def _draw_one(queue: list, seen: set[str], rng: random.Random, money: bool):
    """The next article of the queue with a candidate, and one candidate drawn from it."""
    while queue:
        key, text = queue.pop(0)
        if text in seen:
            continue
        seen.add(text)  # BBC holds exact duplicates
        options = candidates(text, money)
        if options:
            return key, rng.choice(options)
    return None


def category_queues(
    used: set[str], rng: random.Random, categories: tuple[str, ...] = CATEGORIES
) -> list[list[tuple[str, str]]]:
    """The BBC articles not in ``used`` as (id, text), one queue per category, each sorted by
    id then shuffled with ``rng`` (the draw takes from them in turn)."""
    articles = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    queues = []
    for category in categories:
        queue = sorted(
            (a["id"], a["text"])
            for a in articles
            if a["category"] == category and a["id"] not in used
        )
        rng.shuffle(queue)
        queues.append(queue)
    return queues


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2031)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    used = _used()
    rng = random.Random(args.seed)
    queues = category_queues(used, rng)
    taken = _taken_by_dev7()
    abc = sorted((k, t) for k, t in abc_news_texts().items() if k not in taken)
    rng.shuffle(abc)
    bbc_count = args.count - args.count // 4
    drawn: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(drawn) < bbc_count and any(queues):
        for queue in queues:
            if len(drawn) < bbc_count and (one := _draw_one(queue, seen, rng, False)):
                drawn.append(("bbc8:" + one[0], one[1]))
    while len(drawn) < args.count and (one := _draw_one(abc, seen, rng, True)):
        drawn.append(("abc8:" + one[0], one[1]))
    for key, text in sorted(drawn):
        print(json.dumps({"id": key, "text": text}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
