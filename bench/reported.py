"""Speech attribution on PolNeAR: direct and reported (indirect) speech, content and speaker.

    .venv/bin/python bench/reported.py [--cache FILE] [--limit N] [--dev-only]
                                       [--errors direct|indirect|all]

Gold: the attributions of `polnear_train.jsonl` whose cue is speech: the cue reads "according
to", or one of its words is a verb whose lemma is in GOLD_SPEECH (verbs of saying that report
what was said, written before any measure; "point" only as "point out"; "went on to say",
"shot back, saying" count), and the cue is not negated ("did not respond to a request for comment":
nothing was said). Belief and perception cues (think, believe, want, show, find, see) and
evaluation verbs (call, praise, criticize, describe) are not speech. A gold attribution
is *direct* when its content is a quotation (PolNeAR's `is_direct_quote`, enclosed in quotation
marks, or nine tenths of its letters inside quotation marks: "that “...”", “A,” “B”), else
*indirect*.

Split: the articles are sorted by id and a fixed fifth (random.Random(12).sample) is held out.
Rules were tuned on the other four fifths (dev) only, and so were the details of these scoring
rules (the cue rule above, the match threshold, the name comparison); `--errors` prints dev
errors only, and nothing here ever prints a held-out error.

Content matching, on letters and digits only (marks, spaces, punctuation do not count), with
the source and cue spans taken out of both sides (a gold content often contains its "he said"):

- a prediction *belongs* to the gold content it overlaps best (by Jaccard), if any;
- a gold attribution is found (a true positive) when the predictions belonging to it, taken
  together, match it: letter Dice (2|P∩G| / (|P|+|G|)) >= 0.5, the usual "half overlap" of span
  evaluations, which tolerates a trailing clause more or less (annotators differ there) but not
  a prediction twice too long or half too short on both sides; a content split by its cue ("A,"
  he said, "B") may be found by two predictions. Otherwise it is a false negative, and the
  predictions belonging to it are false positives;
- a prediction is a false positive when it belongs to no gold attribution of the set scored,
  unless half of its letters at least lie in a gold attribution outside that set: when one
  kind is scored alone, a speech attribution of the other kind (the kind confusion is already
  counted as the other kind's false negative); and for our quotations (direct, partial), an
  attribution with a non-speech cue (a colon, "called it “...”"): quoted words the gold
  attributes too. Our indirect speech lying in a non-speech attribution ("believes that ...")
  is a false positive.
  `boundary` is the mean letter Dice of the true positives.

Kinds: ours `direct` and `partial` are scored as direct, `indirect` as indirect; "all" scores
every prediction against every speech attribution, kinds ignored.

Speaker accuracy, over the true positives whose gold source is a *name*: the syntactic head of
the gold source span is a proper noun (so "he", "who", "officials", "Mrs. Clinton's aides" are
not counted: PolNeAR does not say whom a pronoun refers to). The name is the run of proper nouns
around that head ("Senator John Cornyn"). Ours is right when the *resolved* speaker name (the
`name` the API returns), titles and determiners aside, holds every word of the gold name
("Ada Fisher" in "North Carolina's Ada Fisher", "Roper Center" in "Roper Center for Public
Opinion Research"), or ends with the same word as the gold name and, when both have several
words, starts with one of the gold's ("Loretta Lynch" for "Attorney General Loretta Lynch",
not "Bill Clinton" for "Hillary Clinton"). Spans never count.

Baseline, on the same parses: every speech verb (our verb list) with a `ccomp` child gives
that clause's subtree as content and the `nsubj` head with its compounds as speaker, no
pronoun resolution; kind direct when the content is enclosed in quotation marks.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.quotes import MARKS, POLNEAR, is_direct, parsed
from service.nlp.pipeline import analyze_doc
from service.nlp.reported import REPORTING_VERBS

SEED = 12
MATCH = 0.5  # letter Dice of a prediction (or the union of a gold's predictions) and a gold
# Verbs of saying whose attribution reports what was said (written before any measure).
GOLD_SPEECH = frozenset(
    [
        "say",
        "tell",
        "add",
        "warn",
        "claim",
        "announce",
        "argue",
        "insist",
        "deny",
        "admit",
        "urge",
        "confirm",
        "promise",
        "note",
        "write",
        "tweet",
        "explain",
        "ask",
        "report",
        "state",
        "declare",
        "acknowledge",
        "suggest",
        "stress",
        "emphasize",
        "emphasise",
        "reply",
        "respond",
        "answer",
        "continue",
        "conclude",
        "recall",
        "predict",
        "vow",
        "pledge",
        "caution",
        "concede",
        "complain",
        "contend",
        "maintain",
        "observe",
        "remark",
        "reveal",
        "comment",
        "testify",
        "allege",
        "assert",
        "mention",
        "boast",
        "joke",
        "quip",
        "counter",
        "retort",
        "proclaim",
        "assure",
        "inform",
        "point",
        "disclose",
        "recount",
        "reiterate",
        "insist",
        "charge",
        "threaten",
        "demand",
        "plead",
        "recommend",
        "propose",
        "advise",
        "testify",
        "affirm",
    ]
)
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "president",
        "secretary",
        "speaker",
        "judge",
        "justice",
        "gen",
        "general",
        "sir",
        "lord",
        "lady",
        "rev",
        "prof",
        "minister",
        "chancellor",
        "mayor",
    ]
)


def split(rows: list[dict]) -> tuple[list[int], list[int]]:
    """Indexes of the dev rows and of the held-out fifth (fixed by SEED)."""
    ids = sorted(r["id"] for r in rows)
    held = set(random.Random(SEED).sample(ids, len(ids) // 5))
    dev = [i for i, r in enumerate(rows) if r["id"] not in held]
    return dev, [i for i, r in enumerate(rows) if r["id"] in held]


def _tokens(doc, spans):
    for s in spans or []:
        span = doc.char_span(s["start"], s["end"], alignment_mode="expand")
        if span is not None:
            yield from span


def is_speech(doc, attribution: dict) -> bool:
    """The cue rule of the module docstring."""
    cue = " ".join(c["text"] for c in attribution["cue"] or []).lower()
    if "according to" in cue:
        return True
    words = cue.replace("n’t", " not").replace("n't", " not").split()
    if "not" in words or "never" in words:
        return False  # "did not respond to a request for comment": nothing was said
    return any(
        t.pos_ in ("VERB", "AUX")
        and t.lemma_.lower() in GOLD_SPEECH
        and (t.lemma_.lower() != "point" or "out" in words)
        for t in _tokens(doc, attribution["cue"])
    )


def quoted(text: str) -> frozenset[int]:
    """Offsets inside quotation marks: “...”, "...", ''...'' (a quote never crosses a line)."""
    inside: set[int] = set()
    for line_start, line in _lines(text):
        opened = None
        for m in re.finditer(r"“|”|\"|''", line):
            mark, at = m.group(), line_start + m.start()
            if opened is None and mark != "”":
                opened = at + len(mark)
            elif opened is not None and mark != "“":
                inside.update(range(opened, at))
                opened = None
    return frozenset(inside)


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def gold_kind(text: str, attribution: dict, g: frozenset[int], inside: frozenset[int]) -> str:
    """ "direct" when the content is a quotation (PolNeAR's flag, or nine tenths of its letters
    inside quotation marks: "that “...”", “A,” “B”), else "indirect"."""
    if is_direct(text, attribution) or len(g & inside) >= 0.9 * len(g):
        return "direct"
    return "indirect"


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def letters(text: str, spans, minus=()) -> frozenset[int]:
    inside = set()
    for start, end in spans:
        inside.update(range(start, end))
    for start, end in minus:
        inside.difference_update(range(start, end))
    return frozenset(i for i in inside if text[i].isalnum())


def gold_name(doc, attribution: dict) -> str | None:
    """The proper-noun run heading a gold source span, when the source is a name."""
    for s in attribution["source"] or []:
        span = doc.char_span(s["start"], s["end"], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
        head = heads[0] if heads else span.root
        if head.pos_ != "PROPN":
            continue
        start = end = head.i
        # "Gilda Cobb-Hunter": a hyphen inside a name is part of it.
        while start > span.start and (
            doc[start - 1].pos_ == "PROPN"
            or (doc[start - 1].text == "-" and start - 1 > span.start)
        ):
            start -= 1
        while end + 1 < span.end and doc[end + 1].pos_ == "PROPN" and doc[end + 1].dep_ == "flat":
            end += 1
        return doc[start : end + 1].text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return None


def _words(name: str) -> list[str]:
    """Lower-case words of a name, without determiners and possessive endings."""
    out = []
    for raw in name.replace("’s", "").replace("'s", "").split():
        word = raw.strip(".,;:()\"'’‘“”").lower()
        if word and word not in ("the", "a", "an"):
            out.append(word)
    return out


def same_name(ours: str | None, gold: str) -> bool:
    """The name rule of the module docstring."""
    if not ours:
        return False
    a = [w for w in _words(ours) if w not in TITLES]
    b = [w for w in _words(gold) if w not in TITLES]
    if not a or not b:
        return False
    if set(b) <= set(a):  # "Ada Fisher" in "North Carolina's Ada Fisher"
        return True
    return a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or a[0] in b)


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.named = self.named_ok = 0
        self.boundary = 0.0

    def row(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.named_ok / self.named if self.named else 0.0
        b = self.boundary / self.tp if self.tp else 0.0
        return (
            f"{p:6.3f} {r:6.3f} {f:6.3f} | {acc:6.3f} {self.named_ok:>5}/{self.named:<5} "
            f"| {b:6.3f} | {self.tp:>5} {self.fp:>5} {self.fn:>5}"
        )


def score(doc, row, predicted, kind: str, result: Score, *, errors=None) -> None:
    """Add one document's figures for ``kind`` ("direct", "indirect", "all") to ``result``.

    ``predicted``: (kind, (start, end), speaker name, minus spans) per prediction.
    """
    text = row["text"]
    inside = quoted(text)
    golds = []
    for a in row["attributions"]:
        if not a["content"]:
            continue
        spans = [(c["start"], c["end"]) for c in a["content"]]
        minus = [(s["start"], s["end"]) for key in ("source", "cue") for s in a[key] or []]
        g = letters(text, spans, minus)
        if not g:
            continue
        speech = is_speech(doc, a)
        gk = gold_kind(text, a, g, inside)
        scored = speech and kind in ("all", gk)
        golds.append((a, g, scored, speech))
    preds = []
    for our_kind, (start, end), name, minus in predicted:
        pk = "direct" if our_kind in ("direct", "partial") else our_kind
        if kind not in ("all", pk):
            continue
        preds.append(((start, end), name, letters(text, [(start, end)], minus), pk))
    owner: dict[int, list[int]] = {}
    for j, (_, _, p, pk) in enumerate(preds):
        best, best_score = None, 0.0
        for i, (_, g, _, _) in enumerate(golds):
            inter = len(p & g)
            if inter and inter / len(p | g) > best_score:
                best, best_score = i, inter / len(p | g)
        if best is not None and golds[best][2]:
            owner.setdefault(best, []).append(j)
            continue
        excused = best is not None and len(p & golds[best][1]) >= MATCH * len(p)
        if excused and (golds[best][3] or pk != "indirect"):
            continue
        result.fp += bool(p)
        if errors is not None and p:
            s, e = preds[j][0]
            errors.append(("FP" if best is None else "FP~", kind, row["id"], s, text[s:e][:300]))
    for i, (a, g, scored, _) in enumerate(golds):
        if not scored:
            continue
        mine = owner.get(i, [])
        ours = frozenset().union(*(preds[j][2] for j in mine))
        if dice(ours, g) < MATCH:
            result.fn += 1
            result.fp += len(mine)
            if errors is not None:
                src = " | ".join(s["text"] for s in a["source"] or [])
                cue = " ".join(c["text"] for c in a["cue"] or [])
                errors.append(
                    (
                        "FN",
                        kind,
                        row["id"],
                        a["content"][0]["start"],
                        f"[{src}] [{cue}] {a['content_text'][:300]}",
                    )
                )
            continue
        result.tp += 1
        result.boundary += dice(ours, g)
        name = gold_name(doc, a)
        if name is not None:
            result.named += 1
            best = max(mine, key=lambda j: len(preds[j][2] & g))
            if same_name(preds[best][1], name):
                result.named_ok += 1
            elif errors is not None:
                errors.append(
                    (
                        "SPK",
                        kind,
                        row["id"],
                        a["content"][0]["start"],
                        f"gold={name!r} ours={preds[best][1]!r} {a['content_text'][:150]}",
                    )
                )


def ours(doc) -> list:
    out = []
    for q in analyze_doc(doc).quotes:
        minus = []
        if q.speaker is not None:
            minus.append((q.speaker.start, q.speaker.end))
        if q.cue is not None:
            minus.append((q.cue.start, q.cue.end))
        out.append((q.kind, (q.start, q.end), q.speaker.name if q.speaker else None, minus))
    return out


def baseline(doc) -> list:
    """Speech verb + ccomp + nsubj, nothing else."""
    out = []
    text = doc.text
    for verb in doc:
        if verb.lemma_ not in REPORTING_VERBS or verb.pos_ != "VERB":
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not clauses:
            continue
        clause = clauses[0]
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        name = None
        if subjects:
            s = subjects[0]
            first = min([s, *(c for c in s.lefts if c.dep_ == "compound")], key=lambda t: t.i)
            name = doc[first.i : s.i + 1].text
        inner = text[start:end].strip().rstrip(".,")
        quoted = len(inner) > 1 and inner[0] in MARKS and inner[-1] in MARKS
        out.append(("direct" if quoted else "indirect", (start, end), name, []))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, help="only the first N dev and held-out articles")
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    parser.add_argument(
        "--errors", choices=["direct", "indirect", "all"], help="print our dev errors of that kind"
    )
    parser.add_argument("--dev-only", action="store_true", help="skip the held-out fifth")
    args = parser.parse_args()
    rows = [json.loads(line) for line in POLNEAR.open()]
    docs = parsed(rows, args.cache)
    dev, held = split(rows)
    if args.limit:
        dev, held = dev[: args.limit], held[: args.limit]
    errors: list = []
    systems = (("newsfacts", ours), ("baseline", baseline))
    print(f"PolNeAR train: {len(rows)} articles; dev {len(dev)}, held-out fifth {len(held)}")
    header = f"{'part':8} {'system':9} {'kind':8} | {'P':>6} {'R':>6} {'F1':>6} | "
    print(header + f"{'speaker':>18} | {'bound.':>6} | {'tp':>5} {'fp':>5} {'fn':>5}")
    parts = (("dev", dev),) if args.dev_only else (("dev", dev), ("held-out", held))
    for part, indexes in parts:
        for name, system in systems:
            results = {k: Score() for k in ("direct", "indirect", "all")}
            for i in indexes:
                predicted = system(docs[i])
                for kind, result in results.items():
                    log = (
                        errors
                        if args.errors == kind and part == "dev" and name == "newsfacts"
                        else None
                    )
                    score(docs[i], rows[i], predicted, kind, result, errors=log)
            for kind, result in results.items():
                print(f"{part:8} {name:9} {kind:8} | {result.row()}")
    for error in errors:
        print(*error, sep="\t")


if __name__ == "__main__":
    main()
