"""Draw the BBC articles of the speaker gold's `dev7` split (a third BBC batch), and list them
for annotation.

    .venv/bin/python bench/sample_dev7.py             # -> tests/data/speakers_dev7_articles.jsonl
    .venv/bin/python bench/sample_dev7.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev7.py --build     # -> tests/data/speakers_dev7.jsonl

The draw is dev2's (`draw_dev2` of `bench/sample_speaker_articles.py`: no exact duplicate, not
in its frozen list of articles used elsewhere, at least 4 candidate spans, shuffled per category
and taken round-robin across the five categories) with another seed, `random.Random(1717)`, and
without every BBC article read for a gold before: the 116 of `speakers_articles.jsonl` (dev,
heldout, fresh, dev2) and every article of the entity gold's mentions
(`tests/data/entity_gold.jsonl`). The annotation format is dev4's
(`speakers_dev7_annotations.txt`: `Qn speaker/type/gender` for quoted span n, `R "content" cue:
speaker/type/gender` for a reported-speech event; tests/data/speakers_gold.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_dev3 import speaker_label, write_draw, write_gold  # noqa: E402
from bench.sample_speaker_articles import candidates, draw_dev2, load_documents  # noqa: E402

DATA = ROOT / "tests" / "data"
ARTICLES = DATA / "speakers_dev7_articles.jsonl"
ANNOTATIONS = DATA / "speakers_dev7_annotations.txt"
GOLD = DATA / "speakers_dev7.jsonl"
SEED = 1717
COUNT = 25


def taken() -> set[str]:
    """Every BBC article a gold has read already: the speaker gold's and the entity gold's."""
    ids = {json.loads(line)["doc_id"] for line in (DATA / "speakers_articles.jsonl").open()}
    for line in (DATA / "entity_gold.jsonl").open():
        row = json.loads(line)
        if row.get("kind") == "mention":
            ids.add(row["doc_id"])
    return ids


def sheet(row: dict) -> str:
    out = [f"# {row['id']}", "", row["text"], "", "## quoted spans"]
    for n, c in enumerate(candidates(row["doc"])):
        out.append(f"Q{n} {c['start']}-{c['end']} {c['text']!r}")
    return "\n".join(out) + "\n"


def build(rows: list[dict]) -> list[dict]:
    """Gold rows from the compact annotations."""
    by_id = {r["id"]: r for r in rows}
    out: list[dict] = []
    row = spans = None
    for n, raw in enumerate(ANNOTATIONS.read_text().splitlines(), start=1):
        line, _, note = raw.partition(" # ")
        note = note.strip() or None
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            row = by_id[line[2:].strip()]
            spans = candidates(row["doc"])
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
        out.append({"doc_id": row["id"], "split": "dev7", **base, **label, "note": note})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    documents = load_documents()
    rows = [{"id": d.id, "text": d.text, "doc": d} for d in documents.values()]
    if args.build:
        write_gold(build(rows), rows, ARTICLES, GOLD, lambda row: candidates(row["doc"]))
    else:
        drawn = draw_dev2(documents, taken(), COUNT, SEED, "dev7")
        write_draw(drawn, rows, ARTICLES, args.sheet, sheet)


if __name__ == "__main__":
    main()
