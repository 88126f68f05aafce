"""Entity accuracy on CoNLL-2003 (testa): our pipeline vs the bare spaCy model, side by side.

    .venv/bin/python bench/entities.py [--limit N]

Entity-level precision/recall/F1, exact span match, PER/ORG/LOC (MISC ignored; our PERSON ->
PER, ORG -> ORG, GPE and LOC -> LOC; other labels ignored).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import SHARED
from service.nlp import MODEL_PACKAGE
from service.nlp.entities import extract_mentions
from service.nlp.pipeline import load_pipeline

CONLL = SHARED / "corpora" / "conll2003_testa.jsonl"
MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
CLASSES = ("PER", "ORG", "LOC")


def score(gold: list[set], predicted: list[set]) -> dict[str, tuple[float, float, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, predicted, strict=True):
        for item in p:
            (tp if item in g else fp)[item[2]] += 1
        for item in g - p:
            fn[item[2]] += 1
    out = {}
    for cls in (*CLASSES, "all"):
        t = sum(tp.values()) if cls == "all" else tp[cls]
        f_p = sum(fp.values()) if cls == "all" else fp[cls]
        f_n = sum(fn.values()) if cls == "all" else fn[cls]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        out[cls] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    rows = [json.loads(line) for line in CONLL.open()][: args.limit]
    texts = [r["text"] for r in rows]
    gold = [
        {(e["start"], e["end"], e["label"]) for e in r["entities"] if e["label"] in CLASSES}
        for r in rows
    ]
    bare = spacy.load(MODEL_PACKAGE)
    bare_pred = [
        {(e.start_char, e.end_char, MAP[e.label_]) for e in doc.ents if e.label_ in MAP}
        for doc in bare.pipe(texts, batch_size=32)
    ]
    ours = load_pipeline()
    our_pred = [
        {(m.start, m.end, MAP[m.label]) for m in extract_mentions(doc) if m.label in MAP}
        for doc in ours.pipe(texts, batch_size=32)
    ]
    b, o = score(gold, bare_pred), score(gold, our_pred)
    print(f"CoNLL-2003 testa: {len(rows)} documents, {sum(map(len, gold))} gold PER/ORG/LOC")
    print(
        f"{'class':5} | {'bare P':>7} {'R':>6} {'F1':>6} | {'ours P':>7} {'R':>6} {'F1':>6} | dF1"
    )
    for cls in (*CLASSES, "all"):
        print(
            f"{cls:5} | {b[cls][0]:7.3f} {b[cls][1]:6.3f} {b[cls][2]:6.3f} | "
            f"{o[cls][0]:7.3f} {o[cls][1]:6.3f} {o[cls][2]:6.3f} | {o[cls][2] - b[cls][2]:+.3f}"
        )


if __name__ == "__main__":
    main()
