"""Quote extraction and attribution on PolNeAR (political news with gold attributions).

    .venv/bin/python bench/quotes.py [--limit N]

Gold: attributions whose content is a direct quotation (`is_direct_quote`). A predicted quote
matches a gold content when our quotes together cover >= 0.8 of its letters and digits (a
gold content may run over several paragraphs or around "..., the judge said, ...", each part
one of our quotes; the gold source and cue inside it, marks and punctuation are not counted).
Unmatched predictions that overlap no gold content at all count as false positives.
Speaker accuracy (over matched quotes): the predicted speaker span overlaps the gold
source span, or our speaker name appears in a gold source span of the same document (the gold
source being a pronoun or another mention of the same person). textacy's
`direct_quotations` runs beside ours when textacy is installed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import SHARED
from service.nlp.entities import resolve_entities
from service.nlp.pipeline import load_pipeline
from service.nlp.quotes import extract_quotes

POLNEAR = SHARED / "corpora" / "polnear_train.jsonl"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _quoted_size(text: str, spans, attribution) -> int:
    """Characters of a gold content that are the speaker's words: the interleaved source and
    cue ("..., the judge exclaimed, ...") and marks, spaces and punctuation are left out."""
    inside = set()
    for start, end in spans:
        inside.update(range(start, end))
    for key in ("source", "cue"):
        for part in attribution.get(key) or []:
            inside.difference_update(range(part["start"], part["end"]))
    return sum(1 for i in inside if text[i].isalnum())


def evaluate(rows, predictions):
    tp = fp = fn = speaker_ok = 0
    for row, predicted in zip(rows, predictions, strict=True):
        gold = [a for a in row["attributions"] if a.get("is_direct_quote") and a["content"]]
        all_content = [
            (c["start"], c["end"]) for a in row["attributions"] for c in a["content"] or []
        ]
        names = " ".join(s["text"] for a in row["attributions"] for s in a["source"] or [])
        used = set()
        for attribution in gold:
            spans = [(c["start"], c["end"]) for c in attribution["content"]]
            size = _quoted_size(row["text"], spans, attribution)
            hits = [i for i, (q, _) in enumerate(predicted) if any(overlap(q, s) for s in spans)]
            covered = sum(
                1
                for i in hits
                for s in spans
                for c in range(max(predicted[i][0][0], s[0]), min(predicted[i][0][1], s[1]))
                if row["text"][c].isalnum()
            )
            if not hits or covered < 0.8 * size:
                fn += 1
                continue
            used.update(hits)
            match = hits[0]
            tp += 1
            _, speaker = predicted[match]
            sources = [(s["start"], s["end"]) for s in attribution["source"] or []]
            if speaker and (any(overlap(speaker[0], s) for s in sources) or speaker[1] in names):
                speaker_ok += 1
        for i, (q, _) in enumerate(predicted):
            if i not in used and not any(overlap(q, c) for c in all_content):
                fp += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, speaker_ok / tp if tp else 0.0, tp, fp, fn


def ours(rows):
    nlp = load_pipeline()
    out = []
    for doc in nlp.pipe((r["text"] for r in rows), batch_size=16):
        quotes = extract_quotes(doc, resolve_entities(doc))
        out.append(
            [
                (
                    (q.start, q.end),
                    ((q.speaker.start, q.speaker.end), q.speaker.name) if q.speaker else None,
                )
                for q in quotes
                if q.kind == "full" or q.speaker
            ]
        )
    return out


def textacy_quotes(rows):
    try:
        from textacy.extract.triples import direct_quotations  # noqa: PLC0415
    except ImportError:
        return None
    nlp = load_pipeline()
    out = []
    for doc in nlp.pipe((r["text"] for r in rows), batch_size=16):
        found = []
        for dq in direct_quotations(doc):
            content = (dq.content[0].idx, dq.content[-1].idx + len(dq.content[-1]))
            speaker = dq.speaker[0] if dq.speaker else None
            found.append(
                (
                    content,
                    ((speaker.idx, speaker.idx + len(speaker)), speaker.text)
                    if speaker is not None
                    else None,
                )
            )
        out.append(found)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    rows = [json.loads(line) for line in POLNEAR.open()][: args.limit]
    golds = sum(1 for r in rows for a in r["attributions"] if a.get("is_direct_quote"))
    print(f"PolNeAR train: {len(rows)} documents, {golds} gold direct quotations")
    print(f"{'system':9} | {'P':>6} {'R':>6} {'F1':>6} | {'speaker':>7} | tp fp fn")
    for name, predictions in (("newsfacts", ours(rows)), ("textacy", textacy_quotes(rows))):
        if predictions is None:
            print(f"{name:9} | not installed (pip install textacy to compare)")
            continue
        p, r, f1, acc, tp, fp, fn = evaluate(rows, predictions)
        print(f"{name:9} | {p:6.3f} {r:6.3f} {f1:6.3f} | {acc:7.3f} | {tp} {fp} {fn}")


if __name__ == "__main__":
    main()
