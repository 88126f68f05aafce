"""Draw the PolNeAR articles of the speaker gold's `dev5` split (a second batch of US news,
disjoint from `dev3`), and list them for annotation.

    .venv/bin/python bench/sample_dev5.py             # -> tests/data/speakers_dev5_articles.jsonl
    .venv/bin/python bench/sample_dev5.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev5.py --build     # -> tests/data/speakers_dev5.jsonl

The draw is `bench/sample_dev3.py`'s (articles `bench/reported.py` does not hold out, 1,000 to
4,000 characters, at least 3 speech attributions in PolNeAR's gold, shuffled per outlet and
taken round-robin across the seven outlets) with another seed, `random.Random(1515)`, and
without the 25 articles of dev3. The annotation format is dev3's (tests/data/speakers_gold.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import sample_dev3  # noqa: E402
from bench.reported import split  # noqa: E402
from bench.sample_speaker_articles import candidates  # noqa: E402

DEV3_ARTICLES = sample_dev3.ARTICLES
ARTICLES = ROOT / "tests" / "data" / "speakers_dev5_articles.jsonl"
ANNOTATIONS = ROOT / "tests" / "data" / "speakers_dev5_annotations.txt"
GOLD = ROOT / "tests" / "data" / "speakers_dev5.jsonl"
DEV5_SEED = 1515
COUNT = 25


def draw(rows: list[dict]) -> list[dict]:
    dev3 = {json.loads(line)["doc_id"] for line in DEV3_ARTICLES.open()}
    dev, _held = split(rows)
    by_outlet: dict[str, list[dict]] = {}
    for i in sorted(dev, key=lambda i: rows[i]["id"]):
        row = rows[i]
        if row["id"] in dev3:
            continue
        if not sample_dev3.MIN_CHARS <= len(row["text"]) <= sample_dev3.MAX_CHARS:
            continue
        if sum(sample_dev3.speech(a) for a in row["attributions"]) < sample_dev3.MIN_SPEECH:
            continue
        by_outlet.setdefault(row["publisher"], []).append(row)
    rng = random.Random(DEV5_SEED)
    for outlet in sorted(by_outlet):
        rng.shuffle(by_outlet[outlet])
    drawn: list[dict] = []
    while len(drawn) < COUNT:
        for outlet in sorted(by_outlet):
            if by_outlet[outlet] and len(drawn) < COUNT:
                row = by_outlet[outlet].pop(0)
                spans = len(candidates(sample_dev3.as_document(row)))
                drawn.append(
                    {"doc_id": row["id"], "split": "dev5", "outlet": outlet, "spans": spans}
                )
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    # dev3's builder and sheets, pointed at dev5's files
    sample_dev3.ARTICLES, sample_dev3.ANNOTATIONS, sample_dev3.GOLD = ARTICLES, ANNOTATIONS, GOLD
    rows = sample_dev3.load_rows()
    if args.build:
        gold = sample_dev3.build(rows)
        for g in gold:
            g["split"] = "dev5"
        drawn = {d["doc_id"] for d in map(json.loads, ARTICLES.open())}
        assert {g["doc_id"] for g in gold} <= drawn, "an annotated article was not drawn"
        by_id = {r["id"]: r for r in rows}
        for doc_id in drawn:  # every quoted span annotated, once
            quoted = [g["start"] for g in gold if g["doc_id"] == doc_id and g["kind"] == "direct"]
            doc = sample_dev3.as_document(by_id[doc_id])
            spans = [c["start"] for c in candidates(doc)]
            assert quoted == spans, f"{doc_id}: quoted spans not annotated one for one"
        with GOLD.open("w") as out:
            for g in gold:
                out.write(json.dumps(g, ensure_ascii=False) + "\n")
        for kind in ("direct", "indirect"):
            mine = [g for g in gold if g["kind"] == kind]
            print(kind, len(mine), "rows,", sum(g["is_quote"] for g in mine), "quotes")
        return
    drawn = draw(rows)
    with ARTICLES.open("w") as out:
        for d in drawn:
            out.write(json.dumps(d) + "\n")
    if args.sheet:
        args.sheet.mkdir(parents=True, exist_ok=True)
        by_id = {r["id"]: r for r in rows}
        for n, d in enumerate(drawn):
            (args.sheet / f"{n:02}.txt").write_text(sample_dev3.sheet(by_id[d["doc_id"]]))
    for d in drawn:
        print(d["doc_id"], d["outlet"], d["spans"])


if __name__ == "__main__":
    main()
