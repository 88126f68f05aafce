"""Draw the sentences of the fourth numeric-facts development set (tests/data/numeric_dev4).

Run: ``.venv/bin/python bench/sample_numeric_dev4.py [--seed 4409] [--random 55] [--markets 45]``.
Reuters news of August 1996 (the CoNLL-2003 English development set,
``../shared/corpora/conll2003_testa.jsonl``, tokenised with spaces before punctuation, kept as
it is): another outlet than the BBC sets, full of markets, commodities and economics as
NewsQuant is. Lines of 40-300 characters with a number other than a bare year or date, read as
prose (at least six words, and twice as many words as numbers: result tables and score lists
are left out). Two parts: market news (lines of non-sports articles with a verb of movement,
"rose", "eased", "firmed", and an amount of a market: a price, a rate, an index level; at
most three per article: much of NewsQuant is such news, and it carries the units and changes
to check) and a random part (at most two lines per article, at most ``--sports`` from sports
articles). Drawn with a fixed seed so the sample can be redrawn and checked; annotated by
hand in NewsQuant's format before any tuning on it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "conll2003_testa.jsonl"
SPORTS = re.compile(
    r"^(SOCCER|CRICKET|BASEBALL|TENNIS|BOXING|GOLF|RUGBY|BASKETBALL|SQUASH|ATHLETICS|CYCLING|"
    r"NFL|MOTOR|HORSE|SWIMMING|ALPINE|NHL|ICE HOCKEY|BADMINTON|ROWING|Soccer|Boxing)",
)
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds|thousands)\b", re.I
)
_DATE_OR_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)(?:-\d\d-\d\d)?s?\b")


def prose_with_number(line: str) -> bool:
    """A sentence of prose with a number that is not only a year or a date."""
    words = re.findall(r"[A-Za-z]{2,}", line)
    numbers = re.findall(r"\d[\d,.]*", line)
    return (
        40 <= len(line) <= 300
        and not line.isupper()
        and len(words) >= 6
        and len(words) >= 2 * len(numbers)
        and bool(_NUMBER.search(_DATE_OR_YEAR.sub("", line)))
    )


_MOVES = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|gained|gains?|lost|climbed|dropped|jumped|slipped"
    r"|eased|firmed|shed|up|down|increased?|decreased?|declined?|higher|lower|pct|percent)\b"
)

# an amount of a market: a price, a rate, an index level, a volume
_MARKET = re.compile(
    r"\d.*\b(?:percent|pct|points?|cents?|stg|lire|marks|yen|francs|tonnes?|barrels?|ounce|yield|"
    r"rates?|prices?|shares?|index|billion|million|bln|mln)\b|\$ \d",
    re.IGNORECASE,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=4409)
    parser.add_argument("--random", type=int, default=55)
    parser.add_argument("--markets", type=int, default=45)
    parser.add_argument("--sports", type=int, default=12)
    args = parser.parse_args()
    articles = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    drawn: dict[str, list] = {"reuters": [], "reuters-markets": []}
    sports = 0
    for article in articles:
        lines = article["text"].split("\n")
        # the title and the dateline are not prose
        options = [(i, line) for i, line in enumerate(lines) if i >= 2 and prose_with_number(line)]
        is_sport = bool(SPORTS.match(article["title"]))
        moving = (
            [o for o in options if _MOVES.search(o[1]) and _MARKET.search(o[1])]
            if not is_sport
            else []
        )
        if moving and len(drawn["reuters-markets"]) < args.markets:
            part, options, most = "reuters-markets", moving, 3
        elif is_sport and sports >= args.sports:
            continue
        else:
            part, most = "reuters", 1 if is_sport else 2
        room = (args.markets if part == "reuters-markets" else args.random) - len(drawn[part])
        picked = rng.sample(options, min(most, len(options), max(room, 0)))
        sports += len(picked) if is_sport else 0
        drawn[part] += [(f"{part}:{article['id']}:{i}", line) for i, line in picked]
    for key, text in sorted(drawn["reuters"] + drawn["reuters-markets"]):
        print(json.dumps({"id": key, "text": text}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
