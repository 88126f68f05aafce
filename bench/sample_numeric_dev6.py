"""Draw the sentences of the sixth numeric-facts development set (tests/data/numeric_dev6).

Run: ``.venv/bin/python bench/sample_numeric_dev6.py [--seed 6113] [--count 120]``.
BBC News 2004-2005 business, tech and sport articles (``../shared/corpora/bbc_news.jsonl``):
markets, companies, tech specs and sport, the kinds of quantity NewsQuant is heavy in and our
earlier batches (random BBC sentences, Reuters, US politics) hold few of. One sentence per
article, 40-260 characters, holding a number written with a unit, a currency or a percent
("$58.24", "1.38pc", "2.4GHz", "140 km/h", "517 yards") or a number next to a verb of change
("rose 19 cents", "cut 1,200 jobs"). Articles are shuffled per category with a fixed seed and
taken round-robin over the three categories; the articles of the numeric gold
(``numeric_facts_gold.jsonl``, ``numeric_dev2.jsonl``, ``numeric_dev3.jsonl``) and of the
speaker gold (``speakers_articles.jsonl``) are skipped, as are exact duplicate texts.
Annotated by hand in NewsQuant's format before our extractor or CQE was run on the sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news.jsonl"
CATEGORIES = ("business", "tech", "sport")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])")
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+third)"
_UNIT = (
    r"[$£€%]|\d(?:pc|bn|m|k|kW|MW|GHz|MHz|Mbps|Kbps|kbps|GB|MB|TB|km|kg|mph|p)\b"
    r"|\d\s*(?:per\s*cent|percent|pc|points?|pts|cents|pence|euros?|dollars|pounds|yen"
    r"|yards|metres|meters|miles|km|kph|mph|kg|seconds|minutes|hours|gigabytes?|megabytes?"
    r"|megabits?|pixels|inch(?:es)?|mm|cm|watts|volts|barrels?|tonnes|tons|laps|goals|runs"
    r"|wickets|caps|tries)\b"
)
_CHANGE = (
    r"(?:rose|rise[sn]?|rising|fell|falls?|fallen|falling|up|down|gained?|gains|lost|lose"
    r"|loses|losing|cut|cuts|cutting|climbed|dropped|drops?|jumped|slipped|increased?"
    r"|decreased?|declined?|grew|grown|shed|added|slumped|surged|soared|plunged|eased|raised)"
)
_MOVE = re.compile(
    rf"\b{_CHANGE}\s+(?:by\s+|to\s+|some\s+|about\s+|almost\s+|nearly\s+|more\s+than\s+)?"
    rf"[$£€]?{_NUMBER}\b|\b\d[\d,.]*\S*\s+{_CHANGE}\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")


def candidates(text: str) -> list[str]:
    """Sentences of 40-260 characters with an amount in a unit or a number that changes."""
    found = []
    for paragraph in text.split("\n"):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            if not 40 <= len(sentence) <= 260:
                continue
            bare = _YEAR.sub("", sentence)
            if re.search(_UNIT, bare) or _MOVE.search(bare):
                found.append(sentence)
    return found


def _used() -> set[str]:
    """BBC ids of the articles already in a numeric or speaker gold."""
    used = set()
    for name in ("numeric_facts_gold.jsonl", "numeric_dev2.jsonl", "numeric_dev3.jsonl"):
        for line in (DATA / name).read_text().splitlines():
            if line.strip():
                record = json.loads(line)
                used.add(record.get("doc_id") or record["id"].split(":", 1)[1])
    for line in (DATA / "speakers_articles.jsonl").read_text().splitlines():
        if line.strip():
            used.add(json.loads(line)["doc_id"].replace("-", "/", 1))
    return used


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=6113)
    parser.add_argument("--count", type=int, default=120)
    args = parser.parse_args()
    used = _used()
    rng = random.Random(args.seed)
    queues = []
    for category in CATEGORIES:
        articles = []
        for line in CORPUS.read_text().splitlines():
            if line.strip():
                article = json.loads(line)
                if article["category"] == category and article["id"] not in used:
                    articles.append(article)
        articles.sort(key=lambda a: a["id"])
        rng.shuffle(articles)
        queues.append(articles)
    drawn: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(drawn) < args.count and any(queues):
        for queue in queues:
            while queue and len(drawn) < args.count:
                article = queue.pop(0)
                if article["text"] in seen:
                    continue
                seen.add(article["text"])  # BBC holds exact duplicates
                options = candidates(article["text"])
                if options:
                    drawn.append((article["id"], rng.choice(options)))
                    break
    for key, text in sorted(drawn):
        print(json.dumps({"id": f"bbc6:{key}", "text": text}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
