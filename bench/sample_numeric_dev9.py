"""Draw the sentences of the ninth numeric-facts development set (tests/data/numeric_dev9).

Run: ``.venv/bin/python bench/sample_numeric_dev9.py [--seed 2034] [--bbc 56] [--reuters 25]
[--polnear 25]``. Sentences rich in units and changes, from texts no numeric set drew: BBC
News 2004-2005 business, tech and sport articles that no numeric gold holds (dev8's list and
dev8's own BBC articles), round-robin over the three categories; Reuters lines of the
CoNLL-2003 development set from documents dev4 did not take (prose as dev4 reads it, title
and dateline left out, sport included; only 19 such documents are left); PolNeAR articles
neither dev2 nor dev5 took. A sentence qualifies when dev8's ``_RICH`` (a verb of change next
to a number, a rate, a range, a currency, percent or unit with its number) finds it, years
left out, AND ``_DEV9`` does: a rate ("per", "a year", "/h"), a verb of change beside a
number, a measurement with a unit (power, speed, size, energy, weight, distance) or a range.
No sentence of any numeric gold or of the judged audit lists (``numeric_disagreements*``) is
drawn again. One sentence per article, articles shuffled with the seed, exact duplicate texts
skipped, and a sentence two articles share drawn once. Annotated by hand in
NewsQuant's format before our extractor or CQE was run on the sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.numeric_disagreements import _gold_texts
from bench.sample_numeric_dev4 import prose_with_number
from bench.sample_numeric_dev6 import _MOVE, _YEAR, CORPUS, DATA
from bench.sample_numeric_dev8 import _NUM, _RICH, category_queues
from bench.sample_numeric_dev8 import _used as _used_before_dev8

CORPORA = CORPUS.parent
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])")
_CHANGE_WORDS = (
    r"(?:rose|risen|rising|fell|fallen|falling|up|down|gained|lost|cut|jumped|slipped|climbed"
    r"|dropped|slid|surged|soared|plunged|tumbled|eased|firmed|rallied|dipped|edged|shed|grew)"
)
# what dev9 is for: a rate, a change beside a number, a measurement in a unit, a range
_DEV9 = re.compile(
    rf"\b{_CHANGE_WORDS}\s+(?:\S+\s+){{0,2}}[$£€]?\s?\d|\d\S*\s+{_CHANGE_WORDS}\b"
    r"|\d\S*\s+(?:\S+\s+)?(?:per|a|an)\s+(?:year|month|week|day|hour|second|share|head|barrel"
    r"|tonne|ton|ounce|person|capita|game|match|gallon|litre|kilo|pound|unit)\b"
    r"|\d\s*(?:/h|/s|kph|mph|km/h|fps)\b"
    r"|\d[\d,.]*\s*-?\s*(?:kW|MW|GW|kWh|hp|bhp|GHz|MHz|Mbps|Gbps|kbps|GB|MB|TB|km|kg|mm|cm|m"
    r"|metres|meters|miles|yards|feet|inch(?:es)?|tonnes|tons|litres|barrels|watts|volts"
    r"|megawatts|gigawatts|kilowatts|megapixels?|pixels|grams|pounds|ounces)\b"
    rf"|\bbetween\s+{_NUM}\s+and\s+{_NUM}|\bfrom\s+{_NUM}\S*\s+to\s+{_NUM}"
    r"|\d[\d,.]*\s*(?:-|–|to)\s*[$£€]?\d[\d,.]*\s*(?:%|pc|pct|per\s*cent|percent|bn|m\b)",
    re.IGNORECASE,
)
assert _MOVE.pattern in _RICH.pattern  # dev8's regex, the first filter


def rich(sentence: str) -> bool:
    """A sentence dev8's ``_RICH`` and dev9's ``_DEV9`` both find, years left out."""
    bare = _YEAR.sub("", sentence)
    return bool(_RICH.search(bare) and _DEV9.search(bare))


def _sentences(text: str) -> list[str]:
    return [
        s for p in text.split("\n") for s in _SENTENCE_END.split(p.strip()) if 40 <= len(s) <= 260
    ]


def _ids(name: str, prefix: str) -> set[str]:
    """The article ids a numeric set drew, from its ids ``<part>:<article>[:<line>]``."""
    ids = set()
    for line in (DATA / name).read_text().splitlines():
        if line.strip():
            parts = json.loads(line)["id"].split(":")
            if parts[0].startswith(prefix):
                ids.add(parts[1])
    return ids


def _shuffled(name: str, rng: random.Random) -> list[dict]:
    """The articles of a corpus file, sorted by id then shuffled with ``rng``."""
    lines = (CORPORA / name).read_text().splitlines()
    articles = sorted((json.loads(line) for line in lines), key=lambda a: a["id"])
    rng.shuffle(articles)
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2034)
    parser.add_argument("--bbc", type=int, default=56)
    parser.add_argument("--reuters", type=int, default=25)
    parser.add_argument("--polnear", type=int, default=25)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    known = set(_gold_texts(before_dev=9))

    def fresh(sentences: list[str]) -> list[str]:
        return [s for s in sentences if s not in known and rich(s)]

    def take(key: str, sentence: str) -> None:
        drawn.append((key, sentence))
        known.add(sentence)  # a sentence two articles share is drawn once

    used_bbc = _used_before_dev8() | _ids("numeric_dev8.jsonl", "bbc")
    queues = category_queues(used_bbc, rng)
    drawn: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(drawn) < args.bbc and any(queues):
        for queue in queues:
            while queue and len(drawn) < args.bbc:
                key, text = queue.pop(0)
                if text in seen:
                    continue
                seen.add(text)
                options = fresh(_sentences(text))
                if options:
                    take(f"bbc9:{key}", rng.choice(options))
                    break
    used_testa = _ids("numeric_dev4.jsonl", "reuters")
    testa = _shuffled("conll2003_testa.jsonl", rng)
    taken = 0
    for article in testa:
        if taken >= args.reuters or article["id"] in used_testa:
            continue
        lines = article["text"].split("\n")
        options = [
            (i, ln)
            for i, ln in enumerate(lines)
            if i >= 2 and prose_with_number(ln) and fresh([ln])
        ]
        if options:
            i, line = rng.choice(options)
            take(f"reuters9:{article['id']}:{i}", line)
            taken += 1
    used_polnear = _ids("numeric_dev2.jsonl", "polnear") | _ids("numeric_dev5.jsonl", "polnear")
    polnear = _shuffled("polnear_train.jsonl", rng)
    taken = 0
    for article in polnear:
        if taken >= args.polnear or article["id"] in used_polnear or article["text"] in seen:
            continue
        seen.add(article["text"])
        options = [s for s in fresh(_sentences(article["text"])) if not re.search(r"https?:", s)]
        if options:
            take(f"polnear9:{article['id']}", rng.choice(options))
            taken += 1
    for key, text in sorted(drawn):
        print(json.dumps({"id": key, "text": text}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
