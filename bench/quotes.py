"""Quote extraction and attribution on PolNeAR (political news with gold attributions).

    .venv/bin/python bench/quotes.py [--limit N] [--errors]

Gold quotes: attributions whose content is a direct quotation: `is_direct_quote` is true, or
the content is enclosed by double quotation marks (its first and last characters, or the
characters just around it, are marks).

Quote matching: a gold content is found (a true positive) when the predicted quotes that
overlap it together cover >= 0.8 of its letters and digits; the gold source and cue inside
the content ("..., the judge said, ...") and the marks, spaces and punctuation are not counted,
and a gold content running over several paragraphs may be covered by one predicted quote per
paragraph. Otherwise it is a false negative. A predicted quote that is part of no match is a
false positive only if it overlaps no gold attribution content at all (direct or indirect;
PolNeAR annotates partial quotes inside reported speech as indirect) and has >= 3 words.

Speaker accuracy, over true positives (the first predicted quote of each match) whose gold
source is not a pronoun: PolNeAR does not say whom a pronoun refers to, and a "he" that
overlaps the gold "he" may be resolved to the wrong person, so quotes whose gold sources are all
pronouns are left out of the speaker figure (their number is printed). A speaker is correct when
its span overlaps a gold source span, or when its resolved name ends with the last word of a gold
source that is a name ("Mr Trump" and our "Donald Trump").

textacy's `direct_quotations` runs beside ours when textacy is importable (it is not a
project dependency; it is skipped otherwise). It raises on a text with an odd number of
quotation marks; such a document counts as one where it finds nothing. Its speaker is scored
by the same rule, on its speaker span and text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from spacy.tokens import DocBin

from bench._common import SHARED
from service.nlp.entities import resolve_entities
from service.nlp.pipeline import load_pipeline
from service.nlp.quotes import extract_quotes
from service.nlp.tokens import doc_text

POLNEAR = SHARED / "corpora" / "polnear_train.jsonl"
MARKS = frozenset('“”"«»„')
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "i",
        "we",
        "it",
        "him",
        "her",
        "them",
        "me",
        "us",
        "his",
        "its",
        "their",
        "you",
        "who",
    ]
)
MIN_FP_WORDS = 3


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two (start, end) spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def is_direct(text: str, attribution: dict) -> bool:
    """Whether a gold attribution's content is a direct quotation."""
    if not attribution["content"]:
        return False
    if attribution.get("is_direct_quote"):
        return True
    start = min(c["start"] for c in attribution["content"])
    end = max(c["end"] for c in attribution["content"])
    inner = text[start:end].strip()
    before, after = text[max(0, start - 2) : start].strip(), text[end : end + 2].strip()
    return (inner[:1] in MARKS and inner[-1:] in MARKS and len(inner) > 1) or (
        before[-1:] in MARKS and after[:1] in MARKS
    )


def _quoted_letters(text: str, spans, attribution) -> set[int]:
    """Offsets of a gold content's letters and digits that are the speaker's words."""
    inside = set()
    for start, end in spans:
        inside.update(range(start, end))
    for key in ("source", "cue"):
        for part in attribution.get(key) or []:
            inside.difference_update(range(part["start"], part["end"]))
    return {i for i in inside if text[i].isalnum()}


def _is_pronoun(span_text: str) -> bool:
    return span_text.strip().lower() in PRONOUNS


def _surname(text: str) -> str:
    words = [w for w in re.findall(r"[\w’'-]+", text) if w.lower() not in ("jr", "sr", "ii", "iii")]
    return words[-1].lower() if words else ""


def speaker_correct(speaker, attribution: dict) -> bool | None:
    """The speaker rule of the module docstring; None when every gold source is a pronoun."""
    sources = [s for s in attribution["source"] or [] if not _is_pronoun(s["text"])]
    if not sources:
        return None
    if speaker is None:
        return False
    (span, name) = speaker
    if any(overlap(span, (s["start"], s["end"])) for s in sources):
        return True
    ours = _surname(name)
    return any(
        any(ch.isupper() for ch in s["text"]) and ours and _surname(s["text"]) == ours
        for s in sources
    )


def evaluate(rows, predictions, errors=None):
    """(P, R, F1, speaker accuracy, tp, fp, fn, speakers right, speakers scored, pronoun
    sources left out); ``errors`` collects misses."""
    tp = fp = fn = speaker_ok = scored = left_out = 0
    for row, predicted in zip(rows, predictions, strict=True):
        text = row["text"]
        gold = [a for a in row["attributions"] if is_direct(text, a)]
        all_content = [(c["start"], c["end"]) for a in row["attributions"] for c in a["content"]]
        used = set()
        for attribution in gold:
            spans = [(c["start"], c["end"]) for c in attribution["content"]]
            letters = _quoted_letters(text, spans, attribution)
            hits = [i for i, (q, _) in enumerate(predicted) if any(overlap(q, s) for s in spans)]
            covered = {c for i in hits for c in range(*predicted[i][0]) if c in letters}
            if not hits or len(covered) < 0.8 * len(letters):
                fn += 1
                if errors is not None:
                    errors.append(("FN", row["id"], spans[0][0], text[spans[0][0] : spans[-1][1]]))
                continue
            used.update(hits)
            tp += 1
            speaker = predicted[hits[0]][1]
            right = speaker_correct(speaker, attribution)
            if right is None:
                left_out += 1
                continue
            scored += 1
            if right:
                speaker_ok += 1
            elif errors is not None:
                src = " | ".join(s["text"] for s in attribution["source"] or [])
                q = predicted[hits[0]][0]
                errors.append(
                    (
                        "SPK",
                        row["id"],
                        q[0],
                        f"gold={src!r} ours={speaker and speaker[1]!r} "
                        f"ctx={text[max(0, q[0] - 150) : q[1] + 100]!r}",
                    )
                )
        for i, (q, _) in enumerate(predicted):
            if i in used or any(overlap(q, c) for c in all_content):
                continue
            if len(text[q[0] : q[1]].split()) >= MIN_FP_WORDS:
                fp += 1
                if errors is not None:
                    errors.append(("FP", row["id"], q[0], text[max(0, q[0] - 80) : q[1] + 40]))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    accuracy = speaker_ok / scored if scored else 0.0
    return p, r, f1, accuracy, tp, fp, fn, speaker_ok, scored, left_out


def parsed(rows, cache: Path | None):
    """The rows' texts through the project pipeline (``nlp.pipe``), optionally cached on disk
    so that rule changes can be re-measured without re-parsing."""
    nlp = load_pipeline()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(rows) and all(
            doc_text(d) == r["text"] for d, r in zip(docs, rows, strict=True)
        ):
            return docs
    docs = list(nlp.pipe((r["text"] for r in rows), batch_size=16))
    if cache is not None:
        DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return docs


def ours(docs):
    """Every quote we extract: ((start, end), ((speaker start, end), speaker name) | None)."""
    out = []
    for doc in docs:
        quotes = extract_quotes(doc, resolve_entities(doc))
        out.append(
            [
                (
                    (q.start, q.end),
                    ((q.speaker.start, q.speaker.end), q.speaker.name) if q.speaker else None,
                )
                for q in quotes
            ]
        )
    return out


def textacy_quotes(docs):
    try:
        from textacy.extract.triples import direct_quotations  # noqa: PLC0415
    except ImportError:
        return None
    out = []
    for doc in docs:
        found = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # it refuses a text with an odd number of quotation marks
            triples = []
        for dq in triples:
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
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    parser.add_argument("--errors", action="store_true", help="print misses of ours")
    args = parser.parse_args()
    rows = [json.loads(line) for line in POLNEAR.open()][: args.limit]
    golds = sum(1 for r in rows for a in r["attributions"] if is_direct(r["text"], a))
    print(f"PolNeAR train: {len(rows)} documents, {golds} gold direct quotations")
    print(
        f"{'system':9} | {'P':>6} {'R':>6} {'F1':>6} | {'speaker (no pronoun sources)':>28} "
        "| tp fp fn | pronoun sources left out"
    )
    docs = parsed(rows, args.cache)
    errors: list | None = [] if args.errors else None
    for name, predictions in (("newsfacts", ours(docs)), ("textacy", textacy_quotes(docs))):
        if predictions is None:
            print(f"{name:9} | not importable: skipped (it is not a project dependency)")
            continue
        p, r, f1, acc, tp, fp, fn, ok, scored, left_out = evaluate(
            rows, predictions, errors if name == "newsfacts" else None
        )
        print(
            f"{name:9} | {p:6.3f} {r:6.3f} {f1:6.3f} | {acc:5.3f} {ok:>5}/{scored:<5}"
            f"{'':12} | {tp} {fp} {fn} | {left_out}"
        )
    for error in errors or []:
        print(*(repr(e) if isinstance(e, str) else e for e in error), sep="\t")


if __name__ == "__main__":
    main()
