"""Speaker errors found without gold: consistency violations on unannotated news.

    .venv/bin/python bench/speaker_audit.py [--cache FILE] [--corpus bbc|polnear] [--examples N]

Runs the pipeline over the BBC articles (`bbc_news.jsonl`, as the service reads them) and the
PolNeAR articles (`polnear_train.jsonl`), leaving out every article of the speaker gold's
`heldout` and `fresh` splits and the fifth `bench/reported.py` holds out, and counts, per corpus,
the records that break a rule no right answer can break:

- `pronoun-gender`: a "he"/"she" speaker resolved to a person whose gender is the other one;
- `pronoun-nonperson`: a "he"/"she" speaker resolved to an entity that is not a person (an
  organisation, a place, a group, a work);
- `bad-name`: a speaker name that cannot name a speaker (a pronoun, a number but not a share of
  those polled, a date, a lone lower-case word that is neither a description nor anonymous);
- `duplicate`: two records of the same span, or a quotation that is also a fragment of the
  report holding it;
- `overlap`: two quotations, or two reports, whose spans cross (each holds a part of the
  other's words; a report nested in another, "X said Y claimed Z", and a quotation inside a
  report, its quoted words, are not violations);
- `far-cataphora`: a speaker whose person is first named after the quote, more than two
  paragraphs further on;
- `long-run`: eight or more consecutive quotations given to one person through pronouns while
  another person is the subject of some of their cue sentences.

Each is certainly an error of ours (not of a gold's conventions). The parses are cached by text
in ``--cache`` (a DocBin). Examples are printed for tuning; this audit has no held-out part of
its own because the held-out articles of the gold sets are not in it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import itertools

from spacy.tokens import DocBin

from bench import reported as reported_bench
from bench._common import bench_corpus, print_violations
from bench.quotes import POLNEAR
from bench.speakers import DEV3, DEV5, GOLD, documents
from service.corpus import read_corpus
from service.nlp.pipeline import analyze_doc, load_pipeline, parse_texts
from service.nlp.tokens import doc_text

PRONOUNS = {"he": "male", "him": "male", "she": "female", "her": "female"}
NOT_NAMES = frozenset(
    [
        "i",
        "me",
        "we",
        "us",
        "you",
        "he",
        "him",
        "she",
        "her",
        "they",
        "them",
        "it",
        "this",
        "that",
        "who",
        "which",
        "someone",
    ]
)
MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
    ]
)
KINDS = (
    "pronoun-gender",
    "pronoun-nonperson",
    "bad-name",
    "duplicate",
    "overlap",
    "far-cataphora",
    "long-run",
)


def held_out_texts() -> set[str]:
    """Texts of every article a gold set holds out (speaker heldout/fresh, PolNeAR's fifth)."""
    ids = set()
    for path in (GOLD, DEV3, DEV5):
        for row in map(json.loads, path.open()):
            if row.get("split") in ("heldout", "fresh"):
                ids.add(row["doc_id"])
    texts = set(documents(ids).values())
    rows = [json.loads(line) for line in POLNEAR.open()]
    _, held = reported_bench.split(rows)
    texts.update(rows[i]["text"] for i in held)
    return texts


def corpora() -> dict[str, list[tuple[str, str]]]:
    """(id, text) of each article audited, per corpus."""
    held = held_out_texts()
    folder = bench_corpus(Path("/tmp/newsfacts-bench-texts"), fresh=False)
    found, _, _ = read_corpus(folder)
    bbc = [(d.id, d.text) for d in found if d.text not in held and not d.id.startswith("000_")]
    polnear = [
        (row["id"], row["text"])
        for row in map(json.loads, POLNEAR.open())
        if row["text"] not in held
    ]
    return {"bbc": bbc, "polnear": polnear}


def parsed(
    texts: list[str], cache: Path | None, disable: tuple[str, ...] = ()
) -> dict[str, object]:
    """The parse of each text, by text (without the ``disable`` components); ``cache`` keeps
    them between runs."""
    nlp = load_pipeline()
    known: dict[str, object] = {}
    if cache is not None and cache.exists():
        known = {doc_text(d): d for d in DocBin().from_disk(cache).get_docs(nlp.vocab)}
    missing = sorted({t for t in texts if t not in known})
    if missing:
        with nlp.select_pipes(disable=list(disable)):
            known.update(zip(missing, parse_texts(missing), strict=True))
        if cache is not None:
            DocBin(docs=list(known.values()), store_user_data=True).to_disk(cache)
    return known


def _paragraph(text: str, offset: int) -> int:
    """Index of the paragraph (non-blank line) holding ``offset``."""
    return sum(1 for line in text[:offset].split("\n")[:-1] if line.strip())


def _name_is_bad(speaker) -> bool:
    name = speaker.name.strip()
    words = name.split()
    if re.fullmatch(r"[\d.,]+%", name):
        return False  # a share of those polled speaks ("70% said they would vote")
    if not words or not re.search(r"[A-Za-z]", name):
        return True
    low = name.casefold()
    if low in NOT_NAMES or low in MONTHS or re.fullmatch(r"[\d.,$£€ ]+", name):
        return True
    lone_lower = len(words) == 1 and name.islower()  # not "iDefence"
    return lone_lower and speaker.description is None and not speaker.anonymous


def _subject_people(doc, start: int, end: int, people: dict[str, object]) -> set[str]:
    """Keys of the people whose mention is a subject in the sentence spanning [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    sentence = span[0].sent
    keys = set()
    for key, entity in people.items():
        for m in entity.mentions:
            if sentence.start_char <= m.start < sentence.end_char:
                mention = doc.char_span(m.start, m.end, alignment_mode="expand")
                if mention is not None and any(t.dep_.startswith("nsubj") for t in mention):
                    keys.add(key)
    return keys


def audit(doc_id: str, doc, found: dict[str, list], counts: Counter) -> int:
    """Add the violations of one article to ``counts`` and ``found`` (examples); the number
    of records it has."""
    text = doc.text
    analysis = analyze_doc(doc)
    entities = {e.key: e for e in analysis.entities}
    people = {k: e for k, e in entities.items() if e.type == "person"}
    quotes = list(analysis.quotes)

    def report(kind: str, q, why: str) -> None:
        counts[kind] += 1
        found[kind].append(f"{doc_id} [{q.start}:{q.end}] {q.text[:70]!r} -> {why}")

    for q in quotes:
        s = q.speaker
        if s is None:
            continue
        written = text[s.start : s.end].casefold()
        entity = entities.get(s.entity_key) if s.entity_key else None
        if written in ("he", "she") and entity is not None:
            if entity.gender and entity.gender != PRONOUNS[written]:
                report("pronoun-gender", q, f"{written!r} = {s.name} ({entity.gender})")
            if entity.type != "person":
                report("pronoun-nonperson", q, f"{written!r} = {s.name} ({entity.type})")
        if _name_is_bad(s):
            report("bad-name", q, f"speaker {s.name!r}")
        if entity is not None and entity.mentions:
            first = min(m.start for m in entity.mentions)
            if first > q.end and _paragraph(text, first) - _paragraph(text, q.end) > 2:
                report("far-cataphora", q, f"{s.name} first named at {first}")
    spans = sorted(quotes, key=lambda q: (q.start, q.end))
    for a, b in itertools.pairwise(spans):
        if (a.start, a.end) == (b.start, b.end):
            report("duplicate", b, f"also {a.kind} by {a.speaker.name if a.speaker else None}")
        elif b.start < a.end < b.end and (a.kind == "indirect") == (b.kind == "indirect"):
            report("overlap", b, f"{b.kind} overlaps {a.kind} [{a.start}:{a.end}] {a.text[:40]!r}")
        elif b.start < a.end and any((f.start, f.end) == (b.start, b.end) for f in a.fragments):
            report("duplicate", b, f"{b.kind}, also a fragment of the indirect [{a.start}:{a.end}]")
    quotations = [q for q in spans if q.kind in ("direct", "partial")]
    run: list = []
    for q in [*quotations, None]:
        key = q.speaker.entity_key if q is not None and q.speaker else None
        if run and key == run[0].speaker.entity_key and key is not None:
            run.append(q)
            continue
        if len(run) >= 8:
            owner = run[0].speaker.entity_key
            others = set()
            for r in run:
                if text[r.speaker.start : r.speaker.end].casefold() in PRONOUNS and r.cue:
                    others |= _subject_people(doc, r.cue.start, r.cue.end, people) - {owner}
            if others:
                names = ", ".join(sorted(people[k].name for k in others))
                report("long-run", run[0], f"{len(run)} to {run[0].speaker.name}; also {names}")
        run = [q] if key is not None else []
    return len(quotes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    parser.add_argument("--corpus", choices=("bbc", "polnear"), help="audit this corpus only")
    parser.add_argument("--examples", type=int, default=4, help="examples printed per kind")
    parser.add_argument("--limit", type=int, help="only the first N articles of each corpus")
    args = parser.parse_args()
    chosen = corpora()
    if args.corpus:
        chosen = {args.corpus: chosen[args.corpus]}
    if args.limit:
        chosen = {k: v[: args.limit] for k, v in chosen.items()}
    docs = parsed([t for articles in chosen.values() for _, t in articles], args.cache)
    for name, articles in chosen.items():
        counts: Counter = Counter()
        found: dict[str, list] = defaultdict(list)
        quotes = 0
        for doc_id, text in articles:
            doc = docs[text]
            quotes += audit(doc_id, doc, found, counts)
        total = sum(counts.values())
        print(f"\n{name}: {len(articles)} articles, {quotes} records, {total} violations")
        print_violations(KINDS, counts, found, args.examples, width=18)


if __name__ == "__main__":
    main()
