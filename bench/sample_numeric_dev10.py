"""Draw the sentences of the tenth numeric-facts development set (tests/data/numeric_dev10).

Run: ``.venv/bin/python bench/sample_numeric_dev10.py [--seed 2037] [--bbc 60] [--polnear 20]
[--abc 20]``. Unlike dev8 and dev9 (sentences rich in units and changes), dev10 is drawn to
resemble the MIX of kinds in NewsQuant's tunable dev part: of its 318 quantities, 19% count a
noun, 15% are percents, 12% dollars, about 30% a unit of measure, many of them US units
(miles, mph, yards, degrees, inches, horsepower, feet, litres, hertz, ppb), and 27% are not
"=" (down 7%, approximate 8%, bounds 8%, up 4%). Each sentence is drawn for one of four kinds,
with a quota each (``QUOTAS``): ``measure`` (``_MEASURE``: a number with a unit of measure,
US units first among them), ``change`` (dev9's ``_DEV9`` change part: a verb of change beside
a number), ``qualified`` (``_QUALIFIED``: about, around, nearly, almost, more/less than, up
to, at least, over, under, some, roughly, as many as before a number) and ``plain`` (any
sentence with a number not a year, ``_PLAIN``). An article gives one sentence, of the kind
furthest from its quota that it holds (ties in ``QUOTAS`` order; an article holding only
kinds whose quota is full is passed over), drawn with the seed.

Texts no numeric set drew: BBC News 2004-2005 articles of every category that no numeric gold
holds (dev9's list and dev9's own BBC articles), round-robin over the five categories;
PolNeAR articles no numeric set took (dev2, dev5, dev9); ABC articles neither dev7 nor dev8
took. No sentence of any numeric gold or judged audit list is drawn again; exact duplicate
texts skipped. Annotated by hand in NewsQuant's format before our extractor or CQE ran on the
sentences.
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
from bench.numeric_disagreements import _gold_texts
from bench.sample_numeric_dev6 import _YEAR
from bench.sample_numeric_dev8 import _used as _used_before_dev8
from bench.sample_numeric_dev8 import category_queues
from bench.sample_numeric_dev9 import _CHANGE_WORDS, _ids, _sentences, _shuffled

CATEGORIES = ("business", "tech", "sport", "politics", "entertainment")
_MEASURE = re.compile(
    r"\d[\d,.]*\s*-?\s*(?:mph|miles?|yards?|yds|feet|foot|ft|inch(?:es)?|in\b|degrees?|°"
    r"|horsepower|hp|bhp|litres?|liters?|gallons?|mpg|hertz|Hz|GHz|MHz|ppb|ppm|rpm|lb|lbs"
    r"|pounds?\s+(?:of|in weight)|kg|kilos?|kilograms?|tonnes?|tons?|km|kph|km/h|metres?|meters?"
    r"|m\b|cm|mm|acres?|hectares?|sq\s*ft|square\s+(?:feet|miles|metres|kilometres)"
    r"|kW|MW|GW|kWh|watts?|volts?|GB|MB|TB|megapixels?|calories|knots)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    rf"\b{_CHANGE_WORDS}\s+(?:\S+\s+){{0,2}}[$£€]?\s?\d|\d\S*\s+{_CHANGE_WORDS}\b"
    r"|\b(?:declined|decreased|increased|plummeted|sank|lost|added|higher|lower)\s+(?:by\s+)?"
    r"(?:\S+\s+)?[$£€]?\d|\d\S*\s+(?:higher|lower)\b",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than"
    r"|fewer\s+than|up\s+to|at\s+least|at\s+most|over|under|as\s+(?:many|much)\s+as"
    r"|close\s+to|just|only|below|above|exceeding)\s+[$£€]?\d",
    re.IGNORECASE,
)
_PLAIN = re.compile(r"\d")
KINDS = {"measure": _MEASURE, "change": _CHANGE, "qualified": _QUALIFIED, "plain": _PLAIN}
QUOTAS = {"measure": 35, "change": 25, "qualified": 20, "plain": 20}


def kinds_of(sentence: str) -> set[str]:
    """The kinds of ``KINDS`` whose regex finds the sentence, years left out."""
    bare = _YEAR.sub("", sentence)
    return {name for name, regex in KINDS.items() if regex.search(bare)}


class Draw:
    """The sentences drawn so far, with each kind's count against its quota."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.known = set(_gold_texts(before_dev=10))
        self.taken = dict.fromkeys(QUOTAS, 0)
        self.drawn: list[tuple[str, str, str]] = []

    def offer(self, key: str, sentences: list[str]) -> bool:
        """Take one sentence of the article: of the kind furthest from its quota it holds (an
        article holding only kinds whose quota is full gives none)."""
        fresh = [s for s in sentences if s not in self.known and not re.search(r"https?:", s)]
        found = {s: kinds_of(s) for s in fresh}
        open_kinds = [k for k in QUOTAS if self.taken[k] < QUOTAS[k]]
        for kind in sorted(open_kinds, key=lambda k: self.taken[k] / QUOTAS[k]):
            options = [s for s in fresh if kind in found[s]]
            if options:
                sentence = self.rng.choice(options)
                self.drawn.append((key, kind, sentence))
                self.known.add(sentence)
                self.taken[kind] += 1
                return True
        return False


def offer_articles(
    draw: Draw, rng: random.Random, used: dict[str, set[str]], counts: dict[str, int], tag: str
) -> None:
    """Offer ``draw`` one article at a time, no ``used`` one, until each source gave its count:
    BBC round-robin over ``CATEGORIES``, then PolNeAR, then ABC, each order shuffled with
    ``rng``; a text two articles share is offered once. Keys are "bbc<tag>:<id>" and so on."""
    queues = category_queues(used["bbc"], rng, CATEGORIES)
    seen: set[str] = set()
    count = 0
    while count < counts["bbc"] and any(queues):
        for queue in queues:
            while queue and count < counts["bbc"]:
                key, text = queue.pop(0)
                if text in seen:
                    continue
                seen.add(text)
                if draw.offer(f"bbc{tag}:{key}", _sentences(text)):
                    count += 1
                    break
    count = 0
    for article in _shuffled("polnear_train.jsonl", rng):
        if count >= counts["polnear"]:
            break
        if article["id"] in used["polnear"] or article["text"] in seen:
            continue
        seen.add(article["text"])
        count += draw.offer(f"polnear{tag}:{article['id']}", _sentences(article["text"]))
    abc = sorted((k, t) for k, t in abc_news_texts().items() if k not in used["abc"])
    rng.shuffle(abc)
    count = 0
    for key, text in abc:
        if count >= counts["abc"]:
            break
        if text in seen:
            continue
        seen.add(text)
        count += draw.offer(f"abc{tag}:{key}", _sentences(text))


def print_draw(draw: Draw) -> None:
    """The quota counts on stderr, the drawn sentences as JSON lines on stdout, by key."""
    print(json.dumps(draw.taken), file=sys.stderr)
    for key, kind, text in sorted(draw.drawn):
        print(json.dumps({"id": key, "kind": kind, "text": text}))


def parse_counts(doc: str, seed: int, bbc: int, polnear: int, abc: int) -> argparse.Namespace:
    """The command line (``--seed``, ``--bbc``, ``--polnear``, ``--abc`` with these defaults),
    and ``QUOTAS`` scaled to the sentences asked for."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--bbc", type=int, default=bbc)
    parser.add_argument("--polnear", type=int, default=polnear)
    parser.add_argument("--abc", type=int, default=abc)
    args = parser.parse_args()
    scale = (args.bbc + args.polnear + args.abc) / sum(QUOTAS.values())
    QUOTAS.update({kind: quota * scale for kind, quota in QUOTAS.items()})
    return args


# The id prefixes under which each numeric set names the BBC, PolNeAR and ABC articles it drew.
_PREFIXES = {
    2: {"polnear": "polnear"},
    5: {"polnear": "polnear"},
    7: {"abc": "abc"},
    8: {"bbc": "bbc", "abc": "abc"},
    9: {"bbc": "bbc", "polnear": "polnear9"},
    10: {"bbc": "bbc10", "polnear": "polnear10", "abc": "abc10"},
    11: {"bbc": "bbc11", "polnear": "polnear11", "abc": "abc11"},
    12: {"bbc": "bbc12", "polnear": "polnear12", "abc": "abc12"},
    13: {"bbc": "bbc13", "polnear": "polnear13"},
    14: {"bbc": "bbc14", "polnear": "polnear14"},
}


def used_articles(before_dev: int) -> dict[str, set[str]]:
    """The BBC, PolNeAR and ABC articles the numeric sets before ``numeric_dev<before_dev>``
    drew (BBC also every article of the earlier golds): what a later draw leaves out, the same
    on every run however many sets came after it."""
    used = {"bbc": _used_before_dev8(), "polnear": set(), "abc": set()}
    for number, prefixes in _PREFIXES.items():
        if number < before_dev:
            for corpus, prefix in prefixes.items():
                used[corpus] |= _ids(f"numeric_dev{number}.jsonl", prefix)
    return used


def run_draw(number: int, args: argparse.Namespace) -> int:
    """Draw and print ``numeric_dev<number>``: articles no earlier numeric set drew, sentences
    no earlier gold holds, the counts and seed in ``args``."""
    rng = random.Random(args.seed)
    draw = Draw(rng)
    draw.known = set(_gold_texts(before_dev=number))
    counts = {"bbc": args.bbc, "polnear": args.polnear, "abc": args.abc}
    offer_articles(draw, rng, used_articles(before_dev=number), counts, str(number))
    print_draw(draw)
    return 0


def main() -> int:
    return run_draw(10, parse_counts(__doc__, seed=2037, bbc=60, polnear=20, abc=20))


if __name__ == "__main__":
    raise SystemExit(main())
