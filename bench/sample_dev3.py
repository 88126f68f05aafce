"""Draw the PolNeAR articles of the speaker gold's `dev3` split (news from US outlets), and
list them for annotation.

    .venv/bin/python bench/sample_dev3.py             # -> tests/data/speakers_dev3_articles.jsonl
    .venv/bin/python bench/sample_dev3.py --sheet DIR # also one annotation sheet per article
    .venv/bin/python bench/sample_dev3.py --build     # -> tests/data/speakers_dev3.jsonl

The draw is reproducible: the articles of `polnear_train.jsonl` that `bench/reported.py` does
NOT hold out (its `split()`; the held-out fifth is never read here), of 1,000 to 4,000
characters (so that each can be read in full), with at least 3 speech attributions in
PolNeAR's gold (a cue word of saying, or "according to"), are shuffled per outlet with
`random.Random(DEV3_SEED)` and taken round-robin across the seven outlets until 25 are drawn.

The sheet lists the article's text, every quoted span (the candidates of the BBC gold,
`bench/sample_speaker_articles.py`, one paragraph per line of the text) and PolNeAR's speech
attributions (source, cue, content) as a help to find reported speech; the annotator writes the
speaker names by reading (PolNeAR does not resolve pronouns).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reported import split  # noqa: E402
from bench.sample_speaker_articles import candidates  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear_train.jsonl"
ARTICLES = ROOT / "tests" / "data" / "speakers_dev3_articles.jsonl"
ANNOTATIONS = ROOT / "tests" / "data" / "speakers_dev3_annotations.txt"
GOLD = ROOT / "tests" / "data" / "speakers_dev3.jsonl"
TYPES = {"p": "person", "o": "organization", "a": "anonymous", "d": "description", "n": None}
GENDERS = {"m": "male", "f": "female", "-": None}
DEV3_SEED = 1313
COUNT = 25
MIN_CHARS, MAX_CHARS = 1000, 4000
MIN_SPEECH = 3
# Cue words of saying, for the draw's eligibility only (the bench's own rule needs a parse).
_SPEECH = re.compile(
    r"\b(sa(y|ys|id|ying)|t(ell|ells|old)|add(s|ed)?|warn|claim|announc|argu|insist|den(y|ied|ies)|"
    r"admit|urg|confirm|promis|not(e|ed|es)|wr(ote|ite|ites)|tweet|explain|ask|report|stat(e|ed)|"
    r"according to|acknowledg|suggest|stress|repl|respond|recall|predict|vow|pledg|concede)",
    re.IGNORECASE,
)


def load_rows() -> list[dict]:
    return [json.loads(line) for line in POLNEAR.open()]


def as_document(row: dict) -> SimpleNamespace:
    """The fields `candidates()` reads: id, text, and one paragraph per line."""
    paragraphs, start = [], 0
    for line in row["text"].split("\n"):
        if line.strip():
            paragraphs.append(SimpleNamespace(start=start, end=start + len(line)))
        start += len(line) + 1
    return SimpleNamespace(id=row["id"], text=row["text"], paragraphs=paragraphs)


def speech(attribution: dict) -> bool:
    cue = " ".join(c["text"] for c in attribution["cue"] or [])
    return bool(_SPEECH.search(cue)) and bool(attribution["content"])


def draw(
    rows: list[dict], seed: int = DEV3_SEED, name: str = "dev3", exclude: frozenset = frozenset()
) -> list[dict]:
    """COUNT articles of PolNeAR's tuning part (not ``exclude``), round-robin across outlets."""
    dev, _held = split(rows)
    by_outlet: dict[str, list[dict]] = {}
    for i in sorted(dev, key=lambda i: rows[i]["id"]):
        row = rows[i]
        if row["id"] in exclude:
            continue
        if not MIN_CHARS <= len(row["text"]) <= MAX_CHARS:
            continue
        if sum(speech(a) for a in row["attributions"]) < MIN_SPEECH:
            continue
        by_outlet.setdefault(row["publisher"], []).append(row)
    return [
        {
            "doc_id": row["id"],
            "split": name,
            "outlet": row["publisher"],
            "spans": len(quoted_spans(row)),
        }
        for row in round_robin(by_outlet, seed, COUNT)
    ]


def round_robin(by_outlet: dict[str, list[dict]], seed: int, count: int) -> list[dict]:
    """``count`` rows taken in turn from each outlet's list, each list shuffled with ``seed``."""
    rng = random.Random(seed)
    for outlet in sorted(by_outlet):
        rng.shuffle(by_outlet[outlet])
    drawn: list[dict] = []
    while len(drawn) < count:
        for outlet in sorted(by_outlet):
            if by_outlet[outlet] and len(drawn) < count:
                drawn.append(by_outlet[outlet].pop(0))
    return drawn


def quoted_spans(row: dict) -> list[dict]:
    """The quoted spans of a PolNeAR article, as the annotation sheets number them."""
    return candidates(as_document(row))


def sheet(row: dict) -> str:
    text = row["text"]
    out = [f"# {row['id']}", "", text, "", "## quoted spans"]
    for n, c in enumerate(quoted_spans(row)):
        out.append(f"Q{n} {c['start']}-{c['end']} {c['text']!r}")
    out.append("")
    out.append("## PolNeAR attributions (* speech cue)")
    for a in row["attributions"]:
        if not a["content"]:
            continue
        src = " | ".join(s["text"] for s in a["source"] or [])
        cue = " ".join(c["text"] for c in a["cue"] or [])
        c0 = a["content"][0]["start"]
        c1 = a["content"][-1]["end"]
        star = "*" if speech(a) else " "
        out.append(f"{star}{a['id']} {c0}-{c1} [{src}] [{cue}] {a['content_text'][:160]!r}")
    return "\n".join(out) + "\n"


def build(rows: list[dict], annotations: Path = ANNOTATIONS, name: str = "dev3") -> list[dict]:
    """Gold rows from the compact annotations (format in tests/data/speakers_gold.md)."""
    by_id = {r["id"]: r for r in rows}
    out: list[dict] = []
    row = spans = attributions = None
    for n, raw in enumerate(annotations.read_text().splitlines(), start=1):
        line, _, note = raw.partition(" # ")
        note = note.strip() or None
        if not line.strip():
            continue
        if line.startswith("@ "):
            row = by_id[line[2:].strip()]
            spans = quoted_spans(row)
            attributions = {a["id"]: a for a in row["attributions"]}
            continue
        assert row is not None, f"line {n}: no article yet"
        text = row["text"]
        if line.startswith("R "):
            m = re.fullmatch(r'R "(.+)" (\w+): (.+)', line)
            assert m, f"line {n}: {line!r}"
            content, cue, who = m.groups()
            assert text.count(content) == 1, f"line {n}: {content!r} not once in the text"
            start = text.index(content)
            base = {"kind": "indirect", "start": start, "end": start + len(content), "cue": cue}
        else:
            key, _, who = line.partition(" ")
            if key.startswith("Q"):
                c = spans[int(key[1:])]
                base = {"kind": "direct", "start": c["start"], "end": c["end"], "mark": c["mark"]}
            else:
                a = attributions[key]
                start, end = a["content"][0]["start"], a["content"][-1]["end"]
                cue = " ".join(c["text"] for c in a["cue"] or [])
                base = {"kind": "indirect", "start": start, "end": end, "cue": cue, "polnear": key}
        base["text"] = text[base["start"] : base["end"]]
        label = speaker_label(who)
        out.append({"doc_id": row["id"], "split": name, **base, **label, "note": note})
    return out


def speaker_label(who: str) -> dict:
    """The gold fields of one annotation: "-" (not a quote) or "name/type/gender"."""
    who = who.strip()
    if who == "-":
        return {"is_quote": False, "speaker": None, "speaker_type": None, "gender": None}
    name, kind, gender = who.rsplit("/", 2)
    return {
        "is_quote": True,
        "speaker": None if name == "null" else name,
        "speaker_type": TYPES[kind],
        "gender": GENDERS[gender],
    }


def write_gold(gold: list[dict], rows: list[dict], articles: Path, path: Path, spans_of) -> None:
    """Check that every drawn article's quoted spans (``spans_of(row)``) are annotated one for
    one, then write the gold and print its counts."""
    drawn = {d["doc_id"] for d in map(json.loads, articles.open())}
    assert {g["doc_id"] for g in gold} <= drawn, "an annotated article was not drawn"
    by_id = {r["id"]: r for r in rows}
    for doc_id in drawn:  # every quoted span annotated, once
        quoted = [g["start"] for g in gold if g["doc_id"] == doc_id and g["kind"] == "direct"]
        spans = [c["start"] for c in spans_of(by_id[doc_id])]
        assert quoted == spans, f"{doc_id}: quoted spans not annotated one for one"
    with path.open("w") as out:
        for g in gold:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    quotes = [g for g in gold if g["is_quote"]]
    for kind in ("direct", "indirect"):
        mine = [g for g in gold if g["kind"] == kind]
        print(kind, len(mine), "rows,", sum(g["is_quote"] for g in mine), "quotes")
    print(len({g["doc_id"] for g in gold}), "articles,", len(quotes), "quotes in all")


def write_draw(
    drawn: list[dict], rows: list[dict], articles: Path, sheets: Path | None, sheet_of
) -> None:
    """Write the drawn articles' list and, into ``sheets``, one annotation sheet per article."""
    with articles.open("w") as out:
        for d in drawn:
            out.write(json.dumps(d) + "\n")
    if sheets:
        sheets.mkdir(parents=True, exist_ok=True)
        by_id = {r["id"]: r for r in rows}
        for n, d in enumerate(drawn):
            (sheets / f"{n:02}.txt").write_text(sheet_of(by_id[d["doc_id"]]))
    for d in drawn:
        print(d["doc_id"], d.get("outlet", ""), d["spans"])


def main(
    name: str = "dev3", seed: int = DEV3_SEED, earlier: tuple[str, ...] = (), doc: str = __doc__
) -> None:
    """The command line of batch ``name``: draw it (none of the ``earlier`` batches' articles)
    and list it for annotation, or ``--build`` its gold from the annotations."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="write one annotation sheet per article here")
    parser.add_argument("--build", action="store_true", help="write the gold from the annotations")
    args = parser.parse_args()
    data = ROOT / "tests" / "data"
    articles = data / f"speakers_{name}_articles.jsonl"
    rows = load_rows()
    if args.build:
        gold = build(rows, data / f"speakers_{name}_annotations.txt", name)
        write_gold(gold, rows, articles, data / f"speakers_{name}.jsonl", quoted_spans)
    else:
        exclude = frozenset(
            json.loads(line)["doc_id"]
            for batch in earlier
            for line in (data / f"speakers_{batch}_articles.jsonl").open()
        )
        write_draw(draw(rows, seed, name, exclude), rows, articles, args.sheet, sheet)


if __name__ == "__main__":
    main()
