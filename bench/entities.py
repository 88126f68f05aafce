"""Entity accuracy: CoNLL-2003 spans, and who is who on the BBC corpus (the entity gold).

    .venv/bin/python bench/entities.py [--limit N] [--skip-conll] [--skip-gold] [--audit]
                                       [--split dev|heldout|dev2|...|dev13] [--errors]
                                       [--conll-errors]

**CoNLL-2003 (testa)**: our pipeline vs the bare spaCy model, side by side. Entity-level
precision/recall/F1, exact span match, PER/ORG/LOC (MISC ignored; our PERSON -> PER, ORG -> ORG,
GPE and LOC -> LOC; other labels ignored).

**CoNLL-2003 (testa) entity types**: news from another outlet (Reuters) for the corpus-wide
entities. The 216 articles are cut into two halves by a fixed seed (``CONLL_SEED``): ``tune``
and ``heldout`` (never list or tune on the held-out errors). Each half is analysed by the full
pipeline and merged as its own corpus, as the store build does (``_merge_entities``). Then:

- Each of our mentions matches the gold mention (any of PER/ORG/LOC/MISC) that overlaps it
  most (ties: the first); a mention overlapping none matches nothing.
- **Type accuracy**: for each corpus entity with a matched mention, the gold type is the
  majority of the gold labels its mentions match; our type maps person -> PER, organization
  -> ORG, place -> LOC, every other type (group, event, work, product, facility, law) ->
  MISC. Right when our type is the majority label, or one of the labels tied for it.
  Entities whose mentions match no gold mention (spurious names, dates the model tags
  beside) are left out of it and counted apart (``unmatched``).
- **PER split**: of the gold PER name strings (the text of the gold mention, e.g. "Simmons" or
  "Phil Simmons") matched by at least two of our mentions, the share whose matched mentions
  fall in more than one corpus entity. Namesakes (two real people with one surname in two
  articles) count as splits too: an upper bound.

``--conll-errors`` lists the tuning half's type errors and splits, and scores that half alone
(never the held-out one's errors or figures while tuning).

**Entity identity (tests/data/entity_gold.jsonl, see entity_gold.md)**: the service's corpus
of the BBC articles and the seed (analyses cached under /tmp by pipeline version), scored on
the gold's mentions, dev, held-out, dev2, dev3, dev5, dev6, dev7, dev8, dev9, dev10, dev11,
dev12 and dev13 (the second, third, fifth, sixth, seventh, eighth, ninth, tenth ... thirteenth
development batches, rounds 4, 5, 9 and branches i17o, i17p, i17q, i17r, i17t, r8-i17, r9-i17,
r10-i17) and dev4 (below) reported
apart. Scoring rules:

- A gold mention is *found* when a mention of some entity of its document overlaps its span;
  it then belongs to that entity's corpus id (the largest overlap wins). Mentions labelled
  ``not_entity`` are left out of every figure.
- **Split rate**: of the gold people with at least two found mentions, the share whose found
  mentions fall in more than one corpus entity.
- **Merge precision**: B-cubed precision over the found mentions of the split (mentions
  labelled with a gold entity, or with an ``other`` entity, identified by its name): for each
  mention, the share of the found mentions in its corpus entity that have its identity,
  averaged. 1.0 when no corpus entity mixes two real entities.
- **Type accuracy**: of the gold entities with a found mention, the share whose corpus entity
  (the one holding most of their found mentions; ties to the smaller id) has the gold type.
- **Title precision**: the titles of that corpus entity for each gold person (as
  ``/v1/entities/{id}`` lists them), right if, ignoring case, a final dot and a leading
  "former"/"ex-"/"shadow", the value or the text as written equals a gold title, or is a
  whole-word prefix of one (an affiliation: "Liberal Democrat" of "Liberal Democrat leader")
  or a whole-word suffix (a role: "home secretary" of "shadow home secretary"); any value in
  ``wrong_titles_examples`` is wrong. Micro-averaged over all titles.

**dev4** (``tests/data/entity_gold_dev4.jsonl``, entity_gold.md): every name of 15 PolNeAR
articles (US political news, seven outlets), scored by the same rules on those articles
analysed and merged as their own corpus. Gold types the service has no name for (a named award)
count in identity figures, not in type accuracy.

Entity-level figures take the split of the gold entity; merge precision the split of the
mention (its ``split`` field). A dev2 mention labelled with a first-batch entity (one: "Charles
Clark", a misspelling of Charles Clarke) counts in dev2's merge precision only, so that dev and
held-out figures stay comparable across rounds; likewise a dev3 mention (three "Andy
Robinson"s). ``--errors`` prints the dev, dev2 ... dev13 errors only: never read or
tune on the held-out ones. ``--audit`` prints, for the names the issue's audit listed, every
corpus entity whose id holds the name, with its type, document count and titles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import ROOT, SHARED, MergedCorpus

CONLL = SHARED / "corpora" / "conll2003_testa.jsonl"
GOLD = ROOT / "tests" / "data" / "entity_gold.jsonl"
# The fourth development batch (PolNeAR articles, every name annotated): its own file.
GOLD_FILES = (GOLD, ROOT / "tests" / "data" / "entity_gold_dev4.jsonl")
CACHE = Path("/tmp/newsfacts-bench-cache")
MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
CLASSES = ("PER", "ORG", "LOC")
CONLL_SEED = 1717
# Our entity types as CoNLL labels (the scheme's MISC holds nationalities, events and works).
CONLL_TYPE = {"person": "PER", "organization": "ORG", "place": "LOC"}
POLNEAR = SHARED / "corpora" / "polnear_train.jsonl"
SPLITS = (
    "dev",
    "heldout",
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
)
# Splits whose errors may be listed; never the held-out one.
TUNABLE = tuple(split for split in SPLITS if split != "heldout")
# The batch each split was drawn in: a mention counts in entity-level figures only in its batch.
BATCH = {
    "dev": 1,
    "heldout": 1,
    "dev2": 2,
    "dev3": 3,
    "dev4": 4,
    "dev5": 5,
    "dev6": 6,
    "dev7": 7,
    "dev8": 8,
    "dev9": 9,
    "dev10": 10,
    "dev11": 11,
    "dev12": 12,
    "dev13": 13,
}
# Splits of other outlets' articles, each analysed and merged as its own corpus.
OWN_CORPUS = {"dev4": POLNEAR}
# The gold's types the service has a name for (a named award is not one of them).
SERVICE_TYPES = frozenset(
    {"person", "organization", "place", "group", "facility", "event", "product", "law", "work"}
)
# Names the issue's audit listed (splits, junk, wrong merges, wrong types, titles).
AUDIT = """blair clarke straw federer thanou hewitt mourinho prescott roddick milburn wenger
    holmes liam-fox henman kenteris craig-david elton-john ray wilkinson robinson
    manchester-united chelsea oscar harry-potter franz-ferdinand kill-bill wales yukos gmt
    ipod xbox budget campbell bt gazprom windows bafta manchester-city michael-howard
    charles-kennedy blunkett""".split()  # noqa: SIM905


# --- CoNLL ------------------------------------------------------------------------------------


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


def conll(limit: int | None) -> None:
    import spacy  # noqa: PLC0415

    from service.nlp import MODEL_PACKAGE  # noqa: PLC0415
    from service.nlp.entities import extract_mentions  # noqa: PLC0415
    from service.nlp.pipeline import load_pipeline  # noqa: PLC0415

    rows = [json.loads(line) for line in CONLL.open()][:limit]
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


def conll_halves() -> dict[str, list[dict]]:
    """The CoNLL testa articles cut into a tuning and a held-out half by a fixed seed."""
    import random  # noqa: PLC0415

    rows = [json.loads(line) for line in CONLL.open()]
    held = set(random.Random(CONLL_SEED).sample(range(len(rows)), len(rows) // 2))
    return {
        "tune": [r for i, r in enumerate(rows) if i not in held],
        "heldout": [r for i, r in enumerate(rows) if i in held],
    }


def _matched_gold(entities: list[dict], start: int, end: int) -> dict | None:
    best, overlap = None, 0
    for g in entities:
        size = min(g["end"], end) - max(g["start"], start)
        if size > overlap:
            best, overlap = g, size
    return best


def conll_types(rows: list[dict], errors: bool = False) -> dict[str, tuple[int, int]]:
    """(numerator, denominator) of the entity type figures on one half (rules in the doc)."""
    from service.corpus.analysis import analyze_texts, text_key  # noqa: PLC0415
    from service.corpus.records import _merge_entities  # noqa: PLC0415

    keys = {r["id"]: text_key(r["text"]) for r in rows}
    found = analyze_texts({keys[r["id"]]: r["text"] for r in rows}, CACHE, workers=2)
    documents = [SimpleNamespace(id=r["id"]) for r in rows]
    _, entities, _ = _merge_entities(documents, {r["id"]: found[keys[r["id"]]] for r in rows})
    gold_of = {r["id"]: r["entities"] for r in rows}
    typed = right = unmatched = 0
    strings: dict[str, set[str]] = defaultdict(set)
    string_mentions: Counter[str] = Counter()
    wrong = []
    for entity in entities:
        labels: Counter[str] = Counter()
        texts = []
        for occurrence in entity.documents:
            for m in occurrence.mentions:
                g = _matched_gold(gold_of[occurrence.id], m.start, m.end)
                if g is None:
                    continue
                labels[g["label"]] += 1
                texts.append(f"{g['text']}/{g['label']}")
                if g["label"] == "PER":
                    strings[g["text"]].add(entity.id)
                    string_mentions[g["text"]] += 1
        if not labels:
            unmatched += 1
            continue
        typed += 1
        top = max(labels.values())
        ok = labels[CONLL_TYPE.get(entity.type, "MISC")] == top
        right += ok
        if not ok:
            docs = ",".join(o.id for o in entity.documents[:3])
            wrong.append(f"{entity.id} ({docs}): {dict(Counter(texts).most_common(4))}")
    evaluable = [s for s in strings if string_mentions[s] >= 2]
    split = sorted(s for s in evaluable if len(strings[s]) > 1)
    if errors:
        for line in wrong:
            print(f"  type: {line}")
        for s in split:
            print(f"  split: {s}: {sorted(strings[s])}")
    return {
        "type accuracy": (right, typed),
        "PER split": (len(split), len(evaluable)),
        "unmatched": (unmatched, typed + unmatched),
    }


def report_conll_types(errors: bool) -> None:
    print(f"CoNLL testa entity types (corpus-wide merge per half, seed {CONLL_SEED})")
    print(f"{'half':8} | {'figure':16} | {'value':>7} | {'of':>5}")
    for half, rows in conll_halves().items():
        if errors and half != "tune":
            continue  # while tuning, not even the held-out half's figures
        for figure, (num, den) in conll_types(rows, errors).items():
            value = num / den if den else 0.0
            print(f"{half:8} | {figure:16} | {value:7.3f} | {den:5}")


# --- Entity identity on the BBC gold --------------------------------------------------------


def load_gold() -> tuple[dict[str, dict], list[dict]]:
    rows = [
        json.loads(line) for path in GOLD_FILES for line in path.read_text().splitlines() if line
    ]
    entities = {r["id"]: r for r in rows if r["kind"] == "entity"}
    return entities, [r for r in rows if r["kind"] == "mention" and not r["not_entity"]]


def link(mentions: list[dict], corpus) -> list[str | None]:
    """The corpus id each gold mention falls in (None: not found)."""
    out = []
    for m in mentions:
        best, overlap = None, 0
        for entity in corpus.document_entities.get(m["doc_id"], ()):
            for found in entity.mentions:
                size = min(found.end, m["end"]) - max(found.start, m["start"])
                if size > overlap or (size == overlap and size > 0 and entity.id < best):
                    best, overlap = entity.id, size
        out.append(best)
    return out


def identity(m: dict) -> str:
    return m["entity"] if m["entity"] is not None else "other:" + m["other"]["name"]


_LEADING = re.compile(r"^(?:former |ex-|ex |shadow )+")


def _norm(title: str) -> str:
    return _LEADING.sub("", " ".join(title.casefold().replace(".", "").split()))


def title_right(value: str, text: str, gold: dict) -> bool:
    """Whether a system title is right for a gold person (rules in the module doc)."""
    wrong = {_norm(w) for w in gold.get("wrong_titles_examples", [])}
    right = [_norm(t) for t in gold.get("titles", [])]
    for candidate in {_norm(value), _norm(text)}:
        if not candidate or candidate in wrong:
            continue
        for title in right:
            words, own = title.split(), candidate.split()
            if candidate == title or words[: len(own)] == own or words[-len(own) :] == own:
                return True
    return False


def gold_scores(corpus, split: str, errors: bool = False) -> dict[str, tuple[int, int]]:
    """(numerator, denominator) of each figure on one split of the gold."""
    entities, all_mentions = load_gold()
    linked = link(all_mentions, corpus)
    by_entity: dict[str, list[str]] = defaultdict(list)
    found = mentions = 0
    for m, corpus_id in zip(all_mentions, linked, strict=True):
        if (
            m["entity"] is not None
            and entities[m["entity"]]["split"] == split
            and BATCH[m["split"]] == BATCH[split]
        ):
            mentions += 1
            if corpus_id is not None:
                found += 1
                by_entity[m["entity"]].append(corpus_id)
    out = {"mentions found": (found, mentions)}

    chosen = [e for e in entities.values() if e["split"] == split]
    figures = identity_figures(chosen, by_entity, where_linked(all_mentions, linked, split), corpus)
    out.update(figures.out)

    title_total = title_ok = 0
    wrong_titles = []
    for e in chosen:
        corpus_id = figures.chosen.get(e["id"])
        if corpus_id is None or e["type"] != "person":
            continue
        for t in corpus.entity_by_id[corpus_id].titles:
            title_total += 1
            if title_right(t.value, t.text, e):
                title_ok += 1
            else:
                wrong_titles.append(f"{e['id']} {e['name']}: {t.kind} {t.value!r}")
    out["title precision"] = (title_ok, title_total)

    if errors and split in TUNABLE:
        figures.print_errors()
        for line in wrong_titles:
            print(f"  title: {line}")
    return out


def where_linked(mentions: list[dict], linked: list[str | None], split: str | None = None):
    """The (mention, corpus entity id) pairs of the mentions found, of one split or all."""
    return [
        (m, corpus_id)
        for m, corpus_id in zip(mentions, linked, strict=True)
        if corpus_id is not None and (split is None or m["split"] == split)
    ]


@dataclass
class IdentityFigures:
    """Split, merge precision and type accuracy of gold entities against the corpus merge, as
    the gold and the audits of its kind score them; ``chosen`` is each entity's corpus id."""

    out: dict[str, tuple[float, int]]
    chosen: dict[str, str]
    split_people: list[dict]
    groups: dict[str, list[str]]
    by_entity: dict[str, list[str]]
    wrong_types: list[str]

    def print_errors(self) -> None:
        for e in self.split_people:
            print(f"  split: {e['id']} {e['name']}: {dict(Counter(self.by_entity[e['id']]))}")
        for corpus_id, ids in sorted(self.groups.items()):
            if len(set(ids)) > 1:
                print(f"  mixed: {corpus_id}: {dict(Counter(ids))}")
        for line in self.wrong_types:
            print(f"  type: {line}")


def identity_figures(entities, by_entity, where, corpus) -> IdentityFigures:
    """The identity figures of ``entities`` (gold dicts), whose found mentions landed in the
    corpus entities ``by_entity`` lists, ``where`` pairing every scored mention with its own."""
    out: dict[str, tuple[float, int]] = {}
    people = [e for e in entities if e["type"] == "person"]
    evaluable = [e for e in people if len(by_entity[e["id"]]) >= 2]
    split_people = [e for e in evaluable if len(set(by_entity[e["id"]])) > 1]
    out["people split"] = (len(split_people), len(evaluable))

    groups: dict[str, list[str]] = defaultdict(list)
    for m, corpus_id in where:
        groups[corpus_id].append(identity(m))
    b3 = sum(groups[c].count(identity(m)) / len(groups[c]) for m, c in where)
    out["merge precision"] = (b3, len(where))

    typed = right = 0
    chosen, wrong_types = {}, []
    for e in entities:
        if not by_entity[e["id"]] or e["type"] not in SERVICE_TYPES:
            continue
        counts = Counter(by_entity[e["id"]])
        corpus_id = min(counts, key=lambda c: (-counts[c], c))
        chosen[e["id"]] = corpus_id
        typed += 1
        found = corpus.entity_by_id[corpus_id].type
        right += found == e["type"]
        if found != e["type"]:
            wrong_types.append(f"{e['id']} {e['name']} ({e['type']}) -> {corpus_id}")
    out["type accuracy"] = (right, typed)
    return IdentityFigures(out, chosen, split_people, groups, by_entity, wrong_types)


def bbc_corpus() -> MergedCorpus:
    return MergedCorpus(CACHE, workers=2)


class ArticleCorpus:
    """The gold split's articles of another outlet, analysed and merged as their own corpus
    (as the store build would), with the attributes of ``MergedCorpus`` the scores read."""

    def __init__(self, source: Path, split: str) -> None:
        from service.corpus.analysis import analyze_texts, text_key  # noqa: PLC0415
        from service.corpus.records import _merge_entities  # noqa: PLC0415

        _, mentions = load_gold()
        wanted = {m["doc_id"] for m in mentions if m["split"] == split}
        rows = [r for r in map(json.loads, source.open()) if r["id"] in wanted]
        keys = {r["id"]: text_key(r["text"]) for r in rows}
        found = analyze_texts({keys[r["id"]]: r["text"] for r in rows}, CACHE, workers=2)
        documents = [SimpleNamespace(id=r["id"]) for r in rows]
        analyses = {r["id"]: found[keys[r["id"]]] for r in rows}
        self.document_entities, self.entities, _ = _merge_entities(documents, analyses)
        self.entity_by_id = {e.id: e for e in self.entities}


def report_gold(corpus, splits: tuple[str, ...], errors: bool) -> None:
    print(f"Entity identity, BBC gold ({GOLD.relative_to(ROOT)})")
    print(f"{'split':8} | {'figure':16} | {'value':>7} | {'of':>5} | target")
    targets = {
        "people split": "<= 0.10",
        "merge precision": ">= 0.98",
        "type accuracy": ">= 0.97",
        "title precision": ">= 0.97",
        "mentions found": "",
    }
    for split in splits:
        scored = ArticleCorpus(OWN_CORPUS[split], split) if split in OWN_CORPUS else corpus
        for figure, (num, den) in gold_scores(scored, split, errors).items():
            value = num / den if den else 0.0
            print(f"{split:8} | {figure:16} | {value:7.3f} | {den:5} | {targets[figure]}")


def audit(corpus) -> None:
    print("Audit: corpus entities whose id holds a name the issue listed")
    for name in AUDIT:
        pattern = re.compile(rf"(?:^|[:-]){re.escape(name)}$")
        hits = [e for e in corpus.entities if pattern.search(e.id)]
        for e in hits[:6]:
            titles = sorted({t.value for t in e.titles})
            print(f"  {name:18} {e.id:40} {e.type:12} docs={e.document_count:3} {titles}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, help="CoNLL documents")
    parser.add_argument("--skip-conll", action="store_true")
    parser.add_argument("--skip-gold", action="store_true")
    parser.add_argument("--split", choices=SPLITS, action="append", help="repeatable")
    parser.add_argument("--errors", action="store_true", help="list the dev..dev13 errors")
    parser.add_argument("--audit", action="store_true")
    parser.add_argument(
        "--conll-errors", action="store_true", help="list the CoNLL tuning half's type errors"
    )
    args = parser.parse_args()
    if not args.skip_conll:
        conll(args.limit)
        report_conll_types(args.conll_errors)
    if not args.skip_gold or args.audit:
        splits = tuple(args.split or SPLITS)
        bbc = args.audit or any(s not in OWN_CORPUS for s in splits)
        corpus = bbc_corpus() if bbc else None
        if not args.skip_gold:
            report_gold(corpus, splits, args.errors)
        if args.audit:
            audit(corpus)


if __name__ == "__main__":
    main()
