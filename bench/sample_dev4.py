"""Draw the Reuters articles of the speaker gold's `dev4` split, and list them for annotation.

    .venv/bin/python bench/sample_dev4.py             # -> tests/data/speakers_dev4_articles.jsonl
    .venv/bin/python bench/sample_dev4.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev4.py --build     # -> tests/data/speakers_dev4.jsonl

The articles are Reuters news of 1996, the CoNLL-2003 development set
(`../shared/corpora/conll2003_testa.jsonl`), kept exactly as the corpus gives them: tokenised,
one sentence per line, a space before punctuation and straight `"` quotation marks standing as
tokens of their own. The draw is reproducible: articles of 600 to 4,000 characters with at least
two quotation marks or two words of saying (said, says, told, quoted, according to, added, warned,
announced), shuffled with `random.Random(DEV4_SEED)`, the first 25.

Quoted spans (`candidates()`): the marks are read in order through the article. A line opening
with a mark opens a quote (a quote left open on the line before ends there: Reuters opens every
paragraph of a quote, and the lines are sentences, so a sentence opening with a mark starts a new
span); a quote still open at the end of a line runs on into the next line that does not open with
a mark (a quote of several sentences); any other mark toggles. Annotation format: that of
`bench/sample_dev3.py` (`Qn` rows for quoted spans, `R "content" cue: speaker` rows for reported
speech), documented in `tests/data/speakers_gold.md`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_dev3 import speaker_label, write_draw, write_gold  # noqa: E402

CONLL = ROOT.parent / "shared" / "corpora" / "conll2003_testa.jsonl"
ARTICLES = ROOT / "tests" / "data" / "speakers_dev4_articles.jsonl"
ANNOTATIONS = ROOT / "tests" / "data" / "speakers_dev4_annotations.txt"
GOLD = ROOT / "tests" / "data" / "speakers_dev4.jsonl"
DEV4_SEED = 1414
COUNT = 25
MIN_CHARS, MAX_CHARS = 600, 4000
_SAYING = re.compile(r"\b(said|says|told|quoted|according to|added|warned|announced)\b")


def load_rows() -> list[dict]:
    return [json.loads(line) for line in CONLL.open()]


def eligible(text: str) -> bool:
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        return False
    return text.count('"') >= 2 or len(_SAYING.findall(text)) >= 2


def draw(rows: list[dict]) -> list[dict]:
    pool = sorted((r for r in rows if eligible(r["text"])), key=lambda r: r["id"])
    random.Random(DEV4_SEED).shuffle(pool)
    return [
        {"doc_id": r["id"], "split": "dev4", "spans": len(candidates(r["text"]))}
        for r in pool[:COUNT]
    ]


def candidates(text: str) -> list[dict]:
    """Every span between straight quotation marks (the rules in the module docstring)."""
    spans: list[tuple[int, int]] = []
    start = None
    offset = 0
    for line in text.split("\n"):
        marks = [m.start() for m in re.finditer('"', line)]
        if start is not None and (not line.strip() or line.lstrip().startswith('"')):
            spans.append((start, offset - 1))  # ended with the line before
            start = None
        for m in marks:
            if start is None:
                start = offset + m + 1
            else:
                spans.append((start, offset + m))
                start = None
        offset += len(line) + 1
    if start is not None:
        spans.append((start, len(text)))
    return [{"start": s, "end": e, "mark": '"', "text": text[s:e]} for s, e in spans]


def wire_spans(row: dict) -> list[dict]:
    return candidates(row["text"])


def sheet(row: dict, spans_of: Callable[[dict], list[dict]] = wire_spans) -> str:
    """An annotation sheet: the article, then its quoted spans numbered as `Qn` refers to them."""
    out = [f"# {row['id']}", "", row["text"], "", "## quoted spans"]
    for n, c in enumerate(spans_of(row)):
        out.append(f"Q{n} {c['start']}-{c['end']} {c['text']!r}")
    return "\n".join(out) + "\n"


def build(
    rows: list[dict],
    split: str = "dev4",
    annotations: Path = ANNOTATIONS,
    spans_of: Callable[[dict], list[dict]] = wire_spans,
) -> list[dict]:
    """Gold rows of ``split`` from its compact annotations (`Qn speaker/type/gender` for quoted
    span n of ``spans_of(row)``, `R "content" cue: speaker/type/gender` for reported speech)."""
    by_id = {r["id"]: r for r in rows}
    out: list[dict] = []
    row = spans = None
    for n, raw in enumerate(annotations.read_text().splitlines(), start=1):
        line, _, note = raw.partition(" # ")
        note = note.strip() or None
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            row = by_id[line[2:].strip()]
            spans = spans_of(row)
            continue
        assert row is not None, f"line {n}: no article yet"
        text = row["text"]
        if line.startswith("R "):
            m = re.fullmatch(r'R "(.+)" (\S+): (.+)', line)
            assert m, f"line {n}: {line!r}"
            content, cue, who = m.groups()
            assert text.count(content) == 1, f"line {n}: {content!r} not once in the text"
            start = text.index(content)
            base = {"kind": "indirect", "start": start, "end": start + len(content), "cue": cue}
        else:
            key, _, who = line.partition(" ")
            assert key.startswith("Q"), f"line {n}: {line!r}"
            c = spans[int(key[1:])]
            base = {"kind": "direct", "start": c["start"], "end": c["end"], "mark": c["mark"]}
        base["text"] = text[base["start"] : base["end"]]
        label = speaker_label(who)
        out.append({"doc_id": row["id"], "split": split, **base, **label, "note": note})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    rows = load_rows()
    if args.build:
        write_gold(build(rows), rows, ARTICLES, GOLD, wire_spans)
    else:
        write_draw(draw(rows), rows, ARTICLES, args.sheet, sheet)


if __name__ == "__main__":
    main()
