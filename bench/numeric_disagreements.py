"""Where ours and CQE disagree on unlabelled news sentences: the numeric-facts audit without gold.

    .venv/bin/python bench/numeric_disagreements.py [--cqe-python /work/venv-bench/bin/python]
        [--seed 1311] [--bbc 240] [--reuters 150] [--polnear 90]      # list the disagreements
    .venv/bin/python bench/numeric_disagreements.py --score       # re-score the judged list

Issue 13, round 11. CQE is ahead of ours on unit and change in NewsQuant's held-out third but
not in its dev part, so some kinds of sentence where CQE is right are rarer in dev than in the
rest of NewsQuant. This finds them without held-out gold: news sentences in NewsQuant's style
that no numeric gold uses (BBC business, tech and sport, drawn as ``sample_numeric_dev6.py``
draws; Reuters lines of CoNLL-2003 testa, markets first, as ``sample_numeric_dev4.py``; PolNeAR
sentences with an amount), drawn with a fixed seed, go through ours (POST /v1/analyze's code
and the mapping of ``bench/newsquant.py``, API fields only) and through CQE. Quantities are
paired one to one on value within a sentence (the bench's matching); each pair whose mapped
unit or change differs is printed as a JSON line (sentence, quantity, ours, CQE).

Each printed disagreement was judged by reading it, with NewsQuant's conventions as the
bench's docstring lists them, BEFORE the extractor was changed for it; the judged list is
``tests/data/numeric_disagreements.jsonl`` (one line per disagreement: the sentence, the
quantity's text and value, the right ``unit`` and ``change`` (``null`` where that side was
not in dispute), ``ours`` and ``cqe`` as first seen, and ``right``: ``ours``, ``cqe`` or
``neither``, and ``kind``: the kind of sentence). ``--score`` re-runs ours (and CQE, from its
cache) on the judged sentences and counts, for each system, the disputed fields it now gets
right: the before/after of a change to the extractor on the cases it was made for.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsquant
import sample_numeric_dev4
import sample_numeric_dev6

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
JUDGED = ROOT / "tests" / "data" / "numeric_disagreements.jsonl"
_POLNEAR_AMOUNT = re.compile(r"[$£€%]|\d[\d,.]*\s*(?:percent|million|billion|points?)\b|\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])")


def _gold_texts() -> list[str]:
    """The sentences of every numeric gold, and those already judged (a second draw, with
    another seed, brings new sentences only)."""
    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("numeric_*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(record.get("text") or record.get("sentence") or "")
    return [t for t in texts if t]


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPORA / name).read_text().splitlines() if line.strip()]


def draw(seed: int, bbc: int, reuters: int, polnear: int) -> list[tuple[str, str]]:
    """(source, sentence) pairs: one sentence per article, none from an article a numeric
    gold used, no sentence twice."""
    rng = random.Random(seed)
    gold = _gold_texts()
    drawn: list[tuple[str, str]] = []
    seen: set[str] = set()

    def unused(text: str) -> bool:
        return not any(g[:60] in text for g in gold)

    per = bbc // len(sample_numeric_dev6.CATEGORIES)
    articles = _read("bbc_news.jsonl")
    for category in sample_numeric_dev6.CATEGORIES:
        pool = sorted((a for a in articles if a["category"] == category), key=lambda a: a["id"])
        rng.shuffle(pool)
        taken = 0
        for article in pool:
            if taken >= per or article["text"] in seen or not unused(article["text"]):
                continue
            seen.add(article["text"])
            options = sample_numeric_dev6.candidates(article["text"])
            if options:
                drawn.append((f"bbc:{article['id']}", rng.choice(options)))
                taken += 1
    testa = _read("conll2003_testa.jsonl")
    rng.shuffle(testa)
    markets, other = [], []
    for article in testa:
        lines = article["text"].split("\n")
        options = [ln for i, ln in enumerate(lines) if i >= 2 and unused(ln)]
        prose = [ln for ln in options if sample_numeric_dev4.prose_with_number(ln)]
        moving = [
            ln
            for ln in prose
            if sample_numeric_dev4._MOVES.search(ln) and sample_numeric_dev4._MARKET.search(ln)
        ]
        sport = bool(sample_numeric_dev4.SPORTS.match(article["title"]))
        if moving and not sport:
            picked = rng.sample(moving, min(3, len(moving)))
            markets += [(f"reuters:{article['id']}", line) for line in picked]
        elif prose:
            other.append((f"reuters:{article['id']}", rng.choice(prose)))
    drawn += (markets + other)[:reuters]
    polnear_articles = _read("polnear_train.jsonl")
    rng.shuffle(polnear_articles)
    taken = 0
    for article in polnear_articles:
        if taken >= polnear:
            break
        options = [
            s
            for p in article["text"].split("\n")
            for s in _SENTENCE_END.split(p.strip())
            if 40 <= len(s) <= 260
            and _POLNEAR_AMOUNT.search(s)
            and unused(s)
            and re.search(r"[$%]|\d[\d,.]*\s*(?:percent|million|billion|points?)", s)
        ]
        if options:
            drawn.append((f"polnear:{article['id']}", rng.choice(options)))
            taken += 1
    unique, texts = [], set()
    for source, text in drawn:
        if text not in texts:
            texts.add(text)
            unique.append((source, text))
    return unique


def _pairs(mine: list[dict], theirs: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs equal in value, those that agree on unit and change paired first (two
    quantities of one value, "55 countries, 55 percent", pair with their own)."""
    pairs, left, right = [], list(mine), list(theirs)
    for score in ("both", "value+unit", "value+change", "value"):
        scores = ("value+unit", "value+change") if score == "both" else (score,)

        def agree(g: dict, p: dict, scores: tuple[str, ...] = scores) -> bool:
            return all(newsquant.agree(s, g, p) for s in scores)

        edges = [[j for j, p in enumerate(right) if agree(g, p)] for g in left]
        taken: dict[int, int] = {}
        for i, options in enumerate(edges):
            free = [j for j in options if j not in taken]
            if free:
                taken[free[0]] = i
        pairs += [(left[i], right[j]) for j, i in taken.items()]
        done_left, done_right = set(taken.values()), set(taken)
        left = [q for i, q in enumerate(left) if i not in done_left]
        right = [q for j, q in enumerate(right) if j not in done_right]
    return pairs


def disagreements(sentences: list[str], ours: list[list[dict]], cqe: list[list[dict]]):
    """Pairs of quantities equal in value whose unit or change the mapping sets apart."""
    for sentence, mine, theirs in zip(sentences, ours, cqe, strict=True):
        for a, b in _pairs(mine, theirs):
            unit_differs = not newsquant.same_unit(
                newsquant.unit_key(a["unit"]), newsquant.unit_key(b["unit"])
            )
            change_differs = (a["change"] or "=") != (b["change"] or "=")
            if unit_differs or change_differs:
                yield sentence, a, b, unit_differs, change_differs


def score(python: str) -> int:
    """For each system, the judged fields (unit, change) it gets right now, by kind."""
    judged = [json.loads(line) for line in JUDGED.read_text().splitlines() if line.strip()]
    sentences = sorted({j["sentence"] for j in judged})
    runs = {"ours": newsquant.run_ours(sentences), "CQE": newsquant.run_cqe(sentences, python)}
    for name, predictions in runs.items():
        if predictions is None:
            continue
        by_sentence = dict(zip(sentences, predictions, strict=True))
        kinds: dict[str, list[int]] = {}
        for item in judged:
            alike = [
                q
                for q in by_sentence[item["sentence"]]
                if newsquant._same_value(
                    {"value": item["value"], "range": None}, {**q, "range": None}
                )
            ]
            for field, want in item["right"].items():
                if field == "unit":
                    hit = any(
                        newsquant.same_unit(newsquant.unit_key(want), newsquant.unit_key(q["unit"]))
                        for q in alike
                    )
                else:
                    hit = any((q["change"] or "=") == want for q in alike)
                tally = kinds.setdefault(item["kind"], [0, 0])
                tally[0] += hit
                tally[1] += 1
        right = sum(ok for ok, _ in kinds.values())
        print(f"{name}: {right} of {sum(n for _, n in kinds.values())} judged fields right")
        for kind, (ok, n) in sorted(kinds.items(), key=lambda k: (-k[1][1], k[0])):
            print(f"   {ok:3} / {n:<3} {kind}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cqe-python", default="/work/venv-bench/bin/python")
    parser.add_argument("--seed", type=int, default=1311)
    parser.add_argument("--bbc", type=int, default=240)
    parser.add_argument("--reuters", type=int, default=150)
    parser.add_argument("--polnear", type=int, default=90)
    parser.add_argument("--score", action="store_true", help="re-score the judged list")
    args = parser.parse_args()
    if args.score:
        return score(args.cqe_python)
    drawn = draw(args.seed, args.bbc, args.reuters, args.polnear)
    sentences = [s for _, s in drawn]
    ours = newsquant.run_ours(sentences)
    cqe = newsquant.run_cqe(sentences, args.cqe_python)
    if cqe is None:
        return 1
    count = 0
    for sentence, a, b, unit_differs, change_differs in disagreements(sentences, ours, cqe):
        count += 1
        fields = {
            "sentence": sentence,
            "quantity": a["text"],
            "value": a["value"],
            "differs": [f for f, d in (("unit", unit_differs), ("change", change_differs)) if d],
            "ours": {"unit": a["unit"], "change": a["change"]},
            "cqe": {"unit": b["unit"], "change": b["change"]},
        }
        print(json.dumps(fields, ensure_ascii=False))
    print(f"# {len(sentences)} sentences, {count} disagreements", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
