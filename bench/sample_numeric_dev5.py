"""Draw the sentences of the fifth numeric-facts development set (tests/data/numeric_dev5).

Run: ``.venv/bin/python bench/sample_numeric_dev5.py [--seed 5113] [--count 100]``.
US political news of 2016 (PolNeAR's training split, ``../shared/corpora/polnear_train.jsonl``,
seven outlets): polls, money, votes, percentages and counts of people, which the BBC (dev3)
and Reuters (dev4) sets hold few of. One sentence per article, 40-300 characters, with a
number that is not only a year, a date or a time of day (at most ``--dates`` sentences whose
only number is one: NewsQuant does not mark them, and a few check that ours does not either).
Within an article, sentences with a poll, money, votes, a percentage or a count of people are
preferred; embedded tweets are no prose. Articles are shuffled per outlet with a fixed seed
and taken round-robin across the outlets; the PolNeAR articles and the sentences of
numeric_dev2 are skipped. Annotated by hand in NewsQuant's format before our extractor or CQE
was run on the sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "polnear_train.jsonl"
DEV2 = ROOT / "tests" / "data" / "numeric_dev2.jsonl"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])")
_NUMBER = re.compile(
    r"[$%]|\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred|thousand|million|billion|trillion|dozens?|hundreds|thousands|millions"
    r"|half|third|quarter)\b",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May"
    r"|June|July|August|September|October|November|December"
)
# years, dates ("Nov. 8", "8 March", "2016-05-04"), times of day ("7 p.m.", "10:30")
_DATE = re.compile(
    rf"\b(?:(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})"
    r"|1[89]\d\d|20\d\d|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)s?\b"
)


# what the draw is for: polls, money, votes, percentages, counts of people
_OF_NOTE = re.compile(
    r"[$%]|\b(?:percent|percentage|points?|polls?|votes?|voters|delegates|people|Americans"
    r"|million|billion|trillion|thousands|hundreds|dozens|margin|lead|donors|workers)\b"
)


def candidates(text: str) -> tuple[list[str], list[str]]:
    """Sentences of 40-300 characters with a number: (with an amount, with only a date).

    Embedded tweets and links are no prose. When an article has sentences with a poll, money,
    votes, a percentage or a count of people, only those are offered.
    """
    amounts, dates = [], []
    for paragraph in text.split("\n"):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            if not 40 <= len(sentence) <= 300 or not _NUMBER.search(sentence):
                continue
            if re.search(r"<\w|https?:|pic\.twitter", sentence):
                continue
            if _NUMBER.search(_DATE.sub("", sentence)):
                amounts.append(sentence)
            elif re.search(r"\d", sentence):
                dates.append(sentence)
    noted = [s for s in amounts if _OF_NOTE.search(_DATE.sub("", s))]
    return noted or amounts, dates


def _key(sentence: str) -> str:
    """A sentence's words, for spotting one sentence written with other dashes or quotes."""
    return " ".join(re.findall(r"\w+", sentence.lower()))[:120]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=5113)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--dates", type=int, default=3, help="sentences with only a date")
    args = parser.parse_args()
    dev2 = [json.loads(line) for line in DEV2.read_text().splitlines() if line.strip()]
    used = {r["id"].split(":", 1)[1] for r in dev2 if r["id"].startswith("polnear:")}
    # boilerplate (an editor's note) repeats across articles: no sentence of dev2 again
    known = {_key(r["text"]) for r in dev2}
    rng = random.Random(args.seed)
    outlets: dict[str, list[dict]] = {}
    for line in CORPUS.read_text().splitlines():
        if line.strip():
            article = json.loads(line)
            if article["id"] not in used:
                outlets.setdefault(article["id"].split("_")[0], []).append(article)
    queues = []
    for name in sorted(outlets):
        articles = sorted(outlets[name], key=lambda a: a["id"])
        rng.shuffle(articles)
        queues.append(articles)
    drawn, dates, seen = [], 0, set()
    while len(drawn) < args.count and any(queues):
        for queue in queues:
            while queue and len(drawn) < args.count:
                article = queue.pop(0)
                if article["text"] in seen:
                    continue
                seen.add(article["text"])
                amounts, only_dates = candidates(article["text"])
                amounts = [s for s in amounts if _key(s) not in known]
                if amounts:
                    drawn.append((article["id"], rng.choice(amounts)))
                    break
                if only_dates and dates < args.dates:
                    dates += 1
                    drawn.append((article["id"], rng.choice(only_dates)))
                    break
    for key, text in sorted(drawn):
        print(json.dumps({"id": f"polnear:{key}", "text": text}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
