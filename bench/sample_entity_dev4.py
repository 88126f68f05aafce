"""Draw the entity gold's `dev4` split (US political news, PolNeAR) and build it from the notes.

    .venv/bin/python bench/sample_entity_dev4.py draw     # the articles, one sheet each
    .venv/bin/python bench/sample_entity_dev4.py build    # notes -> entity_gold_dev4.jsonl
    .venv/bin/python bench/sample_entity_dev4.py --check  # the gold is what the notes build

The draw is reproducible: the articles of `polnear_train.jsonl` that `bench/reported.py` does
not hold out (its `split()`), of 1,500 to 5,000 characters, and not in the speaker gold's PolNeAR
batches (`speakers_dev3`, `speakers_dev5`: rules were tuned on those), are shuffled per outlet
with `random.Random(SEED)` and taken round-robin across the seven outlets until COUNT are drawn.

Unlike the BBC batches (names drawn first, a sample of their mentions), every name in a dev4
article is annotated. The sheet (under /tmp) lists the article and every capitalised run of
words (no NER: capitalisation only). The annotator wrote, by reading,
`tests/data/entity_dev4_notes.txt`: the entities (id, type, canonical name, titles) and per
article the surfaces of each entity (`surface | id`); every occurrence of a surface in the
article, whole words, longest surfaces first, is a mention of that entity; `surface@offset |
id` labels one occurrence only (a bare "Clinton" that is Bill). `build` refuses notes that leave
a capitalised run neither labelled nor listed as skipped (`- surface`), so no name is missed.
Conventions: tests/data/entity_gold.md, section "Fourth development batch".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reported import split  # noqa: E402
from bench.sample_dev3 import round_robin  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear_train.jsonl"
GOLD = ROOT / "tests" / "data" / "entity_gold_dev4.jsonl"
NOTES = ROOT / "tests" / "data" / "entity_dev4_notes.txt"
SHEETS = Path("/tmp/newsfacts-entity-dev4")
EARLIER = ("speakers_dev3_articles.jsonl", "speakers_dev5_articles.jsonl")
SEED = 4117
COUNT = 15
MIN_CHARS, MAX_CHARS = 1500, 5000
SPLIT = "dev4"
PREFIX = "d4-"  # entity ids of the batch

_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][A-Za-z]*(?:['’.-][A-Za-z]+)*|[A-Z]{2,})"
_JOIN = r"(?:of|de|del|the|and|for|on|van|von|la|le|[A-Z]\.)"
_RUN = re.compile(rf"(?<!\w)(?<!\w['’]){_WORD}(?:(?: {_JOIN})* {_WORD})*")


def load_rows() -> list[dict]:
    return [json.loads(line) for line in POLNEAR.open()]


def draw(rows: list[dict]) -> list[dict]:
    """COUNT articles of PolNeAR's tuning part, round-robin across outlets (rules above)."""
    dev, _held = split(rows)
    exclude = set()
    for name in EARLIER:
        for line in (ROOT / "tests" / "data" / name).open():
            exclude.add(json.loads(line)["doc_id"])
    by_outlet: dict[str, list[dict]] = {}
    for i in sorted(dev, key=lambda i: rows[i]["id"]):
        row = rows[i]
        if row["id"] in exclude or not MIN_CHARS <= len(row["text"]) <= MAX_CHARS:
            continue
        by_outlet.setdefault(row["publisher"], []).append(row)
    return round_robin(by_outlet, SEED, COUNT)


def runs(text: str) -> list[tuple[int, int, str]]:
    """Capitalised runs of words (a trailing possessive or dot dropped)."""
    out = []
    for m in _RUN.finditer(text):
        s = m.group()
        s = re.sub(r"['’]s?$", "", s)
        out.append((m.start(), m.start() + len(s), s))
    return out


def sheet(row: dict) -> str:
    found = sorted({s for _, _, s in runs(row["text"])})
    return f"# {row['id']}\n\n{row['text']}\n\n## runs\n" + "\n".join(found) + "\n"


def parse_notes(path: Path = NOTES) -> tuple[dict[str, dict], dict[str, list], set[str]]:
    """The notes' entities, per article its (surface, offset or None, id or None) lines, and
    the words the check for unlabelled runs ignores."""
    entities: dict[str, dict] = {}
    labels: dict[str, list] = {}
    ignored: set[str] = set()
    doc = None
    for raw in path.read_text().splitlines():
        line = raw.split("  #")[0].rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("S "):
            ignored.update(line[2:].split())
        elif line.startswith("E "):
            # E id | type | name | titles; ... | note
            parts = [p.strip() for p in line[2:].split("|")]
            eid, etype, name = PREFIX + parts[0], parts[1], parts[2]
            titles = [t.strip() for t in parts[3].split(";") if t.strip()] if len(parts) > 3 else []
            entities[eid] = {
                "kind": "entity",
                "id": eid,
                "split": SPLIT,
                "name": name,
                "type": etype,
                "titles": titles,
            }
            if etype == "person":
                male = "Mr" in titles
                female = "Mrs" in titles or "Ms" in titles
                entities[eid]["wrong_titles_examples"] = (
                    ["Mrs", "Ms"] if male else ["Mr"] if female else []
                )
            if len(parts) > 4 and parts[4]:
                entities[eid]["note"] = parts[4]
        elif line.startswith("D "):
            doc = line[2:].strip()
            labels[doc] = []
        elif line.startswith("- "):
            labels[doc].append((line[2:].strip(), None, None))
        else:
            surface, eid = (p.strip() for p in line.split("|"))
            offset = None
            if "@" in surface:
                surface, at = surface.rsplit("@", 1)
                offset = int(at)
            labels[doc].append((surface, offset, PREFIX + eid))
    return entities, labels, ignored


def mentions(
    text: str, lines: list, ignored: set[str]
) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The labelled spans of one article and the capitalised runs nothing covers."""
    taken: list[tuple[int, int, str]] = []
    skipped: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in taken)

    for surface, offset, eid in [x for x in lines if x[1] is not None]:
        assert text[offset : offset + len(surface)] == surface, (surface, offset)
        taken.append((offset, offset + len(surface), eid))
    for surface, _, eid in sorted(
        (x for x in lines if x[1] is None), key=lambda x: (-len(x[0]), x[0])
    ):
        pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
        for m in pattern.finditer(text):
            if eid is None:
                skipped.append((m.start(), m.end()))
            elif free(m.start(), m.end()) and all(
                m.end() <= a or m.start() >= b for a, b in skipped
            ):
                taken.append((m.start(), m.end(), eid))
    covered = [(a, b) for a, b, _ in taken] + skipped
    missing = [
        s
        for a, b, s in runs(text)
        if not any(x < b and a < y for x, y in covered)
        and not all(w in ignored or w.rstrip(".") in ignored for w in s.split())
    ]
    return sorted(taken), missing


def build() -> list[dict]:
    rows = {r["id"]: r for r in load_rows()}
    entities, labels, ignored = parse_notes()
    records, problems = [], []
    used = set()
    for doc, lines in labels.items():
        text = rows[doc]["text"]
        spans, missing = mentions(text, lines, ignored)
        if missing:
            problems.append(f"{doc}: unlabelled {sorted(set(missing))}")
        for start, end, eid in spans:
            if eid not in entities:
                problems.append(f"{doc}: unknown id {eid}")
                continue
            used.add(eid)
            records.append(
                {
                    "kind": "mention",
                    "entity": eid,
                    "other": None,
                    "not_entity": False,
                    "doc_id": doc,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "drawn_for": eid,
                    "draw": "article",
                    "split": SPLIT,
                }
            )
    if problems:
        raise SystemExit("\n".join(problems))
    return [e for e in entities.values() if e["id"] in used] + records


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", nargs="?", choices=("draw", "build"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.command == "draw":
        SHEETS.mkdir(parents=True, exist_ok=True)
        for n, row in enumerate(draw(load_rows())):
            (SHEETS / f"{n:02}_{row['id']}.txt").write_text(sheet(row))
            print(n, row["publisher"], len(row["text"]), row["id"])
        return
    ours = [json.dumps(r, ensure_ascii=False) for r in build()]
    if args.check:
        ok = GOLD.read_text().splitlines() == ours
        print(f"dev4 records: {len(ours)} built from the notes: {'ok' if ok else 'DIFFER'}")
        sys.exit(0 if ok else 1)
    if args.command == "build":
        GOLD.write_text("\n".join(ours) + "\n")
        rows = [json.loads(line) for line in ours]
        people = sum(r["kind"] == "entity" and r["type"] == "person" for r in rows)
        entities = sum(r["kind"] == "entity" for r in rows)
        print(f"{entities} entities ({people} people), {len(rows) - entities} mentions")


if __name__ == "__main__":
    main()
