"""Who said it: the resolved speaker name of each quote, on the BBC speaker gold.

    .venv/bin/python bench/speakers.py [--errors] [--by-type] [--cache FILE]
    /work/venv-bench/bin/python bench/speakers.py   # the same, with textacy beside ours

Gold: `tests/data/speakers_gold.jsonl` (66 BBC articles, every span between quotation marks,
annotated before any tuning; conventions in `tests/data/speakers_gold.md`). The `heldout` third
is never tuned on: its figures are printed as totals only, and `--errors` lists dev and dev2 rows
only.
`dev2` (20 more articles, annotated later before any tuning on them) is a second development
split, printed apart from `dev`. `dev3` (`tests/data/speakers_dev3.jsonl`: 25 PolNeAR articles
from seven US outlets, annotated before any tuning on them) is a third, not BBC, and `dev4`
(`tests/data/speakers_dev4.jsonl`: 25 Reuters articles of 1996 from CoNLL-2003's development
set, tokenised as it gives them, annotated before any tuning on them) a fourth, and `dev5`
(`tests/data/speakers_dev5.jsonl`: 25 more PolNeAR articles, another seed, none of dev3's) a
fifth, and `dev6` (`tests/data/speakers_dev6.jsonl`: 25 more, another seed, none of dev3's or
dev5's) a sixth, and `dev7` (`tests/data/speakers_dev7.jsonl`: 25 more BBC articles, drawn as
dev2 with another seed, none read for a gold before) a seventh, and `dev8`
(`tests/data/speakers_dev8.jsonl`: 25 more BBC articles, seed 1818, at least 5 candidate spans
each, none read for a gold before) an eighth, and `dev9` (`tests/data/speakers_dev9.jsonl`: 25
more BBC articles, seed 1919, none read for a gold before) a ninth, and `dev10`
(`tests/data/speakers_dev10.jsonl`: 25 more, seed 2027, none read for a gold before) a tenth,
and `dev11` (`tests/data/speakers_dev11.jsonl`: 25 more, seed 2029) an eleventh, and `dev12`
(`tests/data/speakers_dev12.jsonl`: 15 more BBC and 8 more PolNeAR articles, seed 2032) a twelfth,
and `dev13` (`tests/data/speakers_dev13.jsonl`: 15 more BBC and 8 more PolNeAR, seed 2035) a
thirteenth, and `dev14` (`tests/data/speakers_dev14.jsonl`: 15 more BBC and 8 more PolNeAR, seed
2040) a fourteenth, and `dev15` (`tests/data/speakers_dev15.jsonl`: 15 more BBC and 8 more
PolNeAR, seed 2042) a fifteenth, and `dev16` (`tests/data/speakers_dev16.jsonl`: 15 more BBC and
8 more PolNeAR, seed 2044) a sixteenth, and `dev17` (`tests/data/speakers_dev17.jsonl`: 15 more
BBC and 8 more PolNeAR, seed 2046) a seventeenth, and `dev18` (`tests/data/speakers_dev18.jsonl`:
15 more BBC and 8 more PolNeAR, seed 2048) an eighteenth, and `dev19`
(`tests/data/speakers_dev19.jsonl`: 22 more BBC and no PolNeAR, seed 2050) a nineteenth, and
`dev20` (`tests/data/speakers_dev20.jsonl`: 10 more BBC, seed 2056) a twentieth, and `dev21`
(`tests/data/speakers_dev21.jsonl`: 10 more BBC where an organisation speaks, seed 2058) a
twenty-first, and `dev22` (`tests/data/speakers_dev22.jsonl`: the last 35 unread BBC articles
with a quoted span, seed 2062) a twenty-second, scored the same way: their quoted spans are
scored as the other splits' (rows `dev3` to `dev22`), and
their reported-speech events apart (rows `reported`: each gold event is matched by our `indirect`
quotes alone, with the same overlap
rule; a predicted indirect quote matching no gold event counts in `none`, and against precision;
the gold's events are those a reader marks with the conventions of speakers_gold.md, so that
precision is indicative).
The `fresh` batch (30 articles annotated later) is left out unless asked for with `--split fresh`,
which prints it alone: it is the unseen test, measured rarely and never tuned on (`--errors`
never lists it).

`--by-type` adds, under each split, its quotes by the gold speaker's type (person,
organization, anonymous, description): gold, found, and found with the name right. These are
totals, so they may be printed for the held-out third too.

Kinds: this gold has quoted spans only, so what is scored is what we return as a quotation:
each `direct` and `partial` quote, and each quoted fragment of an `indirect` quote (reported
speech folds the quoted words inside it into itself as `fragments`: `said the plan was "dead in
the water"`). A fragment stands as a predicted quote of its own, with the fragment's offsets and
the speaker of its indirect quote: it finds the gold quote it matches with that speaker, and it
is a false quote when it matches a span that is not a quote. An indirect quote without
fragments is not scored here (bench/reported.py scores reported speech on PolNeAR).

Matching: a predicted quote matches a gold span when they share at least half of the shorter
one's characters; each gold span takes the predicted quote sharing the most with it (of two
sharing as much, the one whose span is closest to the gold's: a report nested in another).

- quotes: gold spans with `is_quote` true. Recall = those matched / all. A predicted quote is a
  true positive when it matches a gold quote, a *false quote* when it matches a span with
  `is_quote` false, and also false when it matches no gold span at all. Precision = true
  positives / predicted quotes.
- speaker name, over the gold quotes found (and, in the "end to end" column, over all gold
  quotes, a missed quote counting as wrong). Names are compared after case folding, with
  whitespace collapsed, curly apostrophes made straight, and a leading "the" and the honorifics
  Mr, Mrs, Ms, Miss, Dr and Sir dropped (the gold drops them: "Conservatives", "Alex Ferguson").
  - exact: the two names are then equal. A gold speaker of null (a quote nobody is said to have
    said) is right only when we give no speaker.
  - surname-tolerant: exact, or one of the two names is a single word equal to the last word of
    the other ("Fox" for "Liam Fox", or the other way round). Two different full names sharing a
    surname ("Erik Karlsson", "Melker Karlsson") never match.
- gender: over the gold quotes found whose gold speaker has a gender: ours equal to it (no gender
  is wrong); coverage is the share where we give one.

textacy's `direct_quotations` runs on the same parsed documents when textacy is importable (it
is a bench-only extra: `pip install -e '.[bench]'`); its speaker is the text of its speaker
tokens, as a user of it would see it (a pronoun stays a pronoun). It finds no gender. It raises
on a text with an odd number of quotation marks; such an article counts as one where it finds
nothing (the number is printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from spacy.tokens import DocBin

from bench._common import bench_corpus
from bench.quotes import POLNEAR
from service.corpus import read_corpus
from service.nlp.pipeline import analyze_doc, load_pipeline
from service.nlp.tokens import doc_text

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "speakers_gold.jsonl"
DEV3 = GOLD.with_name("speakers_dev3.jsonl")
DEV4 = GOLD.with_name("speakers_dev4.jsonl")
DEV5 = GOLD.with_name("speakers_dev5.jsonl")
DEV6 = GOLD.with_name("speakers_dev6.jsonl")
DEV7 = GOLD.with_name("speakers_dev7.jsonl")
DEV8 = GOLD.with_name("speakers_dev8.jsonl")
DEV9 = GOLD.with_name("speakers_dev9.jsonl")
DEV10 = GOLD.with_name("speakers_dev10.jsonl")
DEV11 = GOLD.with_name("speakers_dev11.jsonl")
DEV12 = GOLD.with_name("speakers_dev12.jsonl")
DEV13 = GOLD.with_name("speakers_dev13.jsonl")
DEV14 = GOLD.with_name("speakers_dev14.jsonl")
DEV15 = GOLD.with_name("speakers_dev15.jsonl")
DEV16 = GOLD.with_name("speakers_dev16.jsonl")
DEV17 = GOLD.with_name("speakers_dev17.jsonl")
DEV18 = GOLD.with_name("speakers_dev18.jsonl")
DEV19 = GOLD.with_name("speakers_dev19.jsonl")
DEV20 = GOLD.with_name("speakers_dev20.jsonl")
DEV21 = GOLD.with_name("speakers_dev21.jsonl")
DEV22 = GOLD.with_name("speakers_dev22.jsonl")
CONLL = POLNEAR.with_name("conll2003_testa.jsonl")
HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir"])
# printed by default; "fresh" only with --split
SPLITS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "heldout",
)
# the splits tuned on: --errors lists their rows only
TUNED = tuple(s for s in SPLITS if s != "heldout")
TEXTACY_REFUSED: list = []  # documents textacy raised on (unbalanced marks): no quotes


def normal(name: str | None) -> str | None:
    """A name as compared: case-folded, honorifics and extra spaces dropped."""
    if name is None:
        return None
    words = name.replace("’", "'").casefold().strip(" ,.;:").split()
    while len(words) > 1 and (words[0].rstrip(".") in HONORIFICS or words[0] == "the"):
        words.pop(0)
    return " ".join(words)


def same_exact(ours: str | None, gold: str | None) -> bool:
    return normal(ours) == normal(gold)


def same_tolerant(ours: str | None, gold: str | None) -> bool:
    """Exact, or a lone word equal to the other name's last word."""
    if same_exact(ours, gold):
        return True
    a, b = normal(ours), normal(gold)
    if not a or not b:
        return False
    aw, bw = a.split(), b.split()
    return (len(aw) == 1 and aw[0] == bw[-1]) or (len(bw) == 1 and bw[0] == aw[-1])


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold_rows: list[dict], predicted: list[tuple]) -> tuple[dict[int, int], set[int]]:
    """gold row index -> predicted index, and the predicted indexes matching no gold span."""
    best: dict[int, int] = {}
    used = set()
    for gi, row in enumerate(gold_rows):
        g = (row["start"], row["end"])
        scored = []
        for pi, (span, *_rest) in enumerate(predicted):
            shared = _shared(g, span)
            if shared and shared * 2 >= min(g[1] - g[0], span[1] - span[0]):
                # ties go to the span closest in size (a nested report inside a longer one)
                union = max(g[1], span[1]) - min(g[0], span[0])
                scored.append((shared, -union, -pi, pi))
        if scored:
            best[gi] = max(scored)[-1]
            used.update(s[-1] for s in scored)
    return best, set(range(len(predicted))) - used


class Tally:
    """Counts for one system on one split."""

    def __init__(self) -> None:
        self.gold = self.found = self.predicted = self.false = self.unmatched = 0
        self.exact = self.tolerant = 0
        self.gendered = self.gender_right = self.gender_given = 0

    def add(self, gold_rows, predicted, errors=None) -> None:
        best, unmatched = match(gold_rows, predicted)
        self.predicted += len(predicted)
        self.unmatched += len(unmatched)
        for gi, row in enumerate(gold_rows):
            pi = best.get(gi)
            if not row["is_quote"]:
                if pi is not None:
                    self.false += 1
                    if errors is not None:
                        errors.append(("FALSE", row, predicted[pi]))
                continue
            self.gold += 1
            if pi is None:
                if errors is not None:
                    errors.append(("MISSED", row, None))
                continue
            self.found += 1
            _, name, gender = predicted[pi]
            self.exact += same_exact(name, row["speaker"])
            self.tolerant += same_tolerant(name, row["speaker"])
            if errors is not None and not same_exact(name, row["speaker"]):
                kind = "SURNAME" if same_tolerant(name, row["speaker"]) else "SPEAKER"
                errors.append((kind, row, predicted[pi]))
            if row["gender"]:
                self.gendered += 1
                self.gender_right += gender == row["gender"]
                self.gender_given += gender is not None
                if errors is not None and gender != row["gender"]:
                    errors.append(("GENDER", row, predicted[pi]))

    def line(self, name: str) -> str:
        tp = self.found
        precision = tp / self.predicted if self.predicted else 0.0
        recall = tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

        def share(n: int, d: int) -> str:
            return f"{n / d:5.3f}" if d else "  -  "

        cells = [
            f"{name:9}",
            f"{precision:5.3f} {recall:5.3f} {f1:5.3f} {self.false:>5} {self.unmatched:>4}",
            f"{share(self.exact, tp):>5} {share(self.tolerant, tp):>8}",
            f"{share(self.exact, self.gold):>5} {share(self.tolerant, self.gold):>8}",
            f"{share(self.gender_right, self.gendered):>5} "
            f"{share(self.gender_given, self.gendered):>5}",
            f"{self.gold:>4} {tp:>5} {self.predicted:>9}",
        ]
        return " | ".join(cells)


HEADER = "\n".join(
    [
        f"{'':9} | {'quotes':^29} | {'name of found':^14} | {'name, end to end':^14}"
        f" | {'gender':^11} | counts",
        f"{'system':9} | {'P':>5} {'R':>5} {'F1':>5} {'false':>5} {'none':>4}"
        f" | {'exact':>5} {'tolerant':>8} | {'exact':>5} {'tolerant':>8}"
        f" | {'right':>5} {'given':>5} | gold found predicted",
    ]
)


def documents(ids: set[str]) -> dict[str, str]:
    """Text of each gold article, exactly as the service reads it (dev3: PolNeAR's text; dev4:
    CoNLL-2003's, as tokenised)."""
    folder = bench_corpus(Path("/tmp/newsfacts-bench-texts"), fresh=False)
    found, _, _ = read_corpus(folder)
    texts = {d.id: d.text for d in found if d.id in ids}
    if ids - texts.keys():
        for row in map(json.loads, POLNEAR.open()):
            if row["id"] in ids:
                texts[row["id"]] = row["text"]
        for row in map(json.loads, CONLL.open()):
            if row["id"] in ids:
                texts[row["id"]] = row["text"]
    return texts


def parsed(texts: dict[str, str], cache: Path | None) -> dict:
    """The parse of each text; ``cache`` keeps parses across runs (of any split), by text."""
    nlp = load_pipeline()
    known: dict[str, object] = {}
    if cache is not None and cache.exists():
        known = {doc_text(d): d for d in DocBin().from_disk(cache).get_docs(nlp.vocab)}
    missing = sorted({t for t in texts.values() if t not in known})
    if missing:
        known.update(zip(missing, nlp.pipe(missing, batch_size=8), strict=True))
        if cache is not None:
            DocBin(docs=[known[t] for t in sorted(known)], store_user_data=True).to_disk(cache)
    return {doc_id: known[text] for doc_id, text in texts.items()}


def ours(doc) -> list[tuple]:
    """((start, end), speaker name, speaker gender) of each quotation we return: direct and
    partial quotes, and the quoted fragments of indirect ones (see the module docstring)."""
    out = []
    for q in analyze_doc(doc).quotes:
        name = q.speaker.name if q.speaker else None
        gender = q.speaker.gender if q.speaker else None
        if q.kind == "indirect":
            out.extend(((f.start, f.end), name, gender) for f in q.fragments)
        else:
            out.append(((q.start, q.end), name, gender))
    return sorted(out)


def ours_indirect(doc) -> list[tuple]:
    """((start, end), speaker name, speaker gender) of each indirect quote we return."""
    out = []
    for q in analyze_doc(doc).quotes:
        if q.kind == "indirect":
            name = q.speaker.name if q.speaker else None
            out.append(((q.start, q.end), name, q.speaker.gender if q.speaker else None))
    return sorted(out)


def by_type(gold_rows: list[dict], predicted: list[tuple], counts: dict[str, Counter]) -> None:
    """Add one document's quotes to ``counts`` by the gold speaker's type: gold, found, and
    found with the name right (exact, tolerant). Totals only, so safe on the held-out third."""
    best, _ = match(gold_rows, predicted)
    for gi, row in enumerate(gold_rows):
        if not row["is_quote"]:
            continue
        tally = counts[row["speaker_type"] or "none"]
        tally["gold"] += 1
        if (pi := best.get(gi)) is not None:
            name = predicted[pi][1]
            tally["found"] += 1
            tally["exact"] += same_exact(name, row["speaker"])
            tally["tolerant"] += same_tolerant(name, row["speaker"])


def textacy_quotes(doc) -> list[tuple] | None:
    try:
        from textacy.extract.triples import direct_quotations  # noqa: PLC0415
    except ImportError:
        return None
    out = []
    try:
        found = list(direct_quotations(doc))
    except ValueError:  # it refuses a text with an odd number of quotation marks
        TEXTACY_REFUSED.append(doc)
        return []
    for dq in found:
        content = (dq.content[0].idx, dq.content[-1].idx + len(dq.content[-1]))
        speaker = " ".join(t.text for t in dq.speaker) if dq.speaker else None
        out.append((content, speaker, None))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    parser.add_argument("--errors", action="store_true", help="list our dev and dev2 errors")
    parser.add_argument(
        "--by-type",
        action="store_true",
        help="also print each split's quotes by the gold speaker's type (totals only)",
    )
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "fresh", "tuned"),
        help="print this split only (`tuned`: every split tuned on, not the held-out third)",
    )
    args = parser.parse_args()
    shown = {None: list(SPLITS), "tuned": list(TUNED)}.get(args.split, [args.split])
    every = [*map(json.loads, GOLD.open())]
    for extra in (
        DEV3,
        DEV4,
        DEV5,
        DEV6,
        DEV7,
        DEV8,
        DEV9,
        DEV10,
        DEV11,
        DEV12,
        DEV13,
        DEV14,
        DEV15,
        DEV16,
        DEV17,
        DEV18,
        DEV19,
        DEV20,
        DEV21,
        DEV22,
    ):
        every += map(json.loads, extra.open())
    rows = [row for row in every if row["split"] in shown]
    if not rows:
        parser.error(f"no gold rows of split {args.split!r} in {GOLD}")
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc_id"]].append(row)
    texts = documents(set(by_doc))
    docs = parsed(texts, args.cache)
    split_of = {doc_id: found[0]["split"] for doc_id, found in by_doc.items()}
    tallies = {(s, system): Tally() for s in shown for system in ("newsfacts", "textacy")}
    reported = {s: Tally() for s in shown}
    typed: dict[str, dict[str, Counter]] = {s: defaultdict(Counter) for s in shown}
    errors: list = []
    textacy_ok = True
    for doc_id in sorted(by_doc):
        split = split_of[doc_id]
        for row in by_doc[doc_id]:
            assert texts[doc_id][row["start"] : row["end"]] == row["text"], row
        gold_rows = [r for r in by_doc[doc_id] if r.get("kind", "direct") == "direct"]
        events = [r for r in by_doc[doc_id] if r.get("kind") == "indirect"]
        if events:
            log = errors if args.errors and split in TUNED else None
            reported[split].add(events, ours_indirect(docs[doc_id]), log)
        predicted = ours(docs[doc_id])
        tallies[split, "newsfacts"].add(
            gold_rows, predicted, errors if args.errors and split in TUNED else None
        )
        by_type(gold_rows, predicted, typed[split])
        theirs = textacy_quotes(docs[doc_id])
        if theirs is None:
            textacy_ok = False
        else:
            tallies[split, "textacy"].add(gold_rows, theirs)
    print(
        "Speaker gold (BBC; dev3, dev5, dev6 PolNeAR; dev4 Reuters; dev7 .. dev11 BBC;"
        " dev12 .. dev18 both; dev19 .. dev22 BBC):"
        f" {len(by_doc)}"
        f" articles, {len(rows)} quoted spans"
    )
    for split in shown:
        articles = sum(1 for s in split_of.values() if s == split)
        print(f"\n{split} ({articles} articles)")
        print(HEADER)
        print(tallies[split, "newsfacts"].line("newsfacts"))
        if reported[split].gold:
            print(reported[split].line("reported"))
        if textacy_ok:
            print(tallies[split, "textacy"].line("textacy"))
        else:
            print(f"{'textacy':9} | not importable: skipped (a bench-only extra)")
        if args.by_type:
            print(f"  {'gold speaker type':17} | gold found exact tolerant (names of found)")
            for kind, counts in sorted(typed[split].items()):
                print(
                    f"  {kind:17} | {counts['gold']:4} {counts['found']:5}"
                    f" {counts['exact']:5} {counts['tolerant']:8}"
                )
    if textacy_ok:
        print(
            f"\ntextacy refused {len(TEXTACY_REFUSED)} of {len(by_doc)} articles (an odd number"
            " of quotation marks): counted as finding nothing there"
        )
    for kind, row, predicted in errors:
        context = texts[row["doc_id"]][max(0, row["start"] - 120) : row["end"] + 60]
        ours_text = predicted[1:] if predicted else None
        print(
            kind if row.get("kind") != "indirect" else f"R-{kind}",
            row["doc_id"],
            row["start"],
            f"gold={row['speaker']!r}/{row['gender']} ours={ours_text!r}",
            repr(context),
            sep="\t",
        )


if __name__ == "__main__":
    main()
