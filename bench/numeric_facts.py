"""Numeric-fact extraction against the hand-annotated BBC gold sentences.

Run: ``.venv/bin/python bench/numeric_facts.py [--verbose | --errors]``. Each gold sentence is
parsed alone; predicted facts are matched to gold facts by span overlap. Prints precision/recall of
facts and, over matched pairs, accuracy of kind, value, unit/currency, qualifier, rate and
``counted`` (right when both are empty, or the predicted head word contains the gold's);
``rate`` is scored only on gold facts that annotate it. Units compare by pint's name ("km" and
"kilometer" are one), as the extractor names them since issue 13.
Figures are given for all sentences, for the two halves (even lines / odd lines), so a
rule tuned on one half can be checked on the other, and for each annotation batch (BATCHES).
``--verbose`` prints every sentence and disagreement; ``--errors`` only the ``counted`` misses.

``counted`` convention of the gold (the two original annotators disagreed; lines 42-75 were
brought in line with it): the thing counted, measured or paid for.
- The noun the number modifies or is "of" ("15,000 troops", "a £2.1bn boost", "a fine of
  $250,000", "30% of voters"), looking through measure nouns ("a 19% rise in profits",
  "the number of sham marriages", "a rise of 49.7%" said of contributions -> the thing).
- Otherwise what the clause is about: the subject of a change ("sales rose 2%", "a club that
  is growing by 13%" -> the relative pronoun's antecedent), what is bought, valued or costs
  ("buy Guidant for $25.4bn", "value Manchester United at £800m", "the trial will cost $4m",
  "a bill for back taxes" -> the taxes), but never a person paid or earning ("pay $1m to the
  ex-chief", "earn more than £50,000", "living on $2 a day" have none).
- A conversion in brackets ("$1.13bn (£600m)") counts what the amount before it counts; an
  elliptical number counts the noun of its parallel ("1.2 million members and the TGWU has
  800,000"); "from X" after "to Y" counts what "to Y" counts.
- Durations ("10 years"), ages ("Scrushy, 52") and years count nothing; sports scores and
  numbers in names ("Radio 4") are not facts.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.nlp.numeric_facts import NumericFact, extract_numeric_facts  # noqa: E402
from service.nlp.numeric_facts.units import unit_name  # noqa: E402
from service.nlp.pipeline import load_pipeline  # noqa: E402

GOLD = ROOT / "tests" / "data" / "numeric_facts_gold.jsonl"
FIELDS = ("kind", "value", "unit/currency", "qualifier", "rate", "counted")
# Gold lines by annotation batch: [start, end) line numbers.
BATCHES = {
    "lines 0-75 (the original 76)": (0, 76),
    "lines 0-41 (first annotator)": (0, 42),
    "lines 42-75 (second annotator)": (42, 76),
    "lines 76-125 (held-out sample, bench/sample_numeric_sentences.py)": (76, 126),
    "lines 126-155 (second held-out sample, --seed 2006 --per-category 6)": (126, 156),
}


@dataclass
class Tally:
    """Counts of facts and of right answers per field, over matched pairs."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    seen: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        for name in FIELDS:
            self.right[name] += other.right[name]
            self.seen[name] += other.seen[name]


def gold_spans(sentence: str, facts: list[dict]) -> list[tuple[int, int]]:
    """Char spans of the gold facts, found in order (the same text may occur twice)."""
    spans, cursor = [], 0
    for fact in facts:
        pattern = re.escape(fact["text"])
        match = re.compile(rf"(?<![\w.]){pattern}").search(sentence, cursor) or re.compile(
            pattern
        ).search(sentence, cursor)
        if match is None:
            raise ValueError(f"{fact['text']!r} not in {sentence!r}")
        spans.append((match.start(), match.end()))
        cursor = match.start() + 1
    return spans


def head_word(phrase: str | None) -> str | None:
    """The head of a noun phrase: its last word before any "of"/"in"/"for" complement."""
    if not phrase:
        return None
    words = re.split(r"\s+(?:of|in|for|on)\s+", phrase.lower())[0].split()
    return words[-1].strip("\"'“”") if words else None


def _unit_name(unit: str | None) -> str | None:
    """The gold's unit as written ("km", "tonnes", "months") in the extractor's pint names."""
    if not unit:
        return None
    found = unit_name(unit) or unit_name(unit.rstrip("s"))
    return found[0] if found else unit.lower().rstrip("s")


def _same_unit(gold: dict, fact: NumericFact) -> bool:
    if gold["kind"] == "money" or gold["currency"]:
        return gold["currency"] == fact.currency
    return _unit_name(gold["unit"]) == _unit_name(fact.unit)


def _same_counted(gold: str | None, predicted: str | None) -> bool:
    gold_head, predicted_head = head_word(gold), head_word(predicted)
    if gold_head is None or predicted_head is None:
        return gold_head == predicted_head
    return gold_head in predicted_head


def compare(gold: dict, fact: NumericFact) -> dict[str, bool]:
    """Which fields of a matched predicted fact agree with the gold fact."""
    return {
        "kind": gold["kind"] == fact.kind,
        "value": math.isclose(gold["value"], fact.value, rel_tol=1e-3),
        "unit/currency": _same_unit(gold, fact),
        "qualifier": gold["qualifier"] == fact.qualifier,
        "rate": gold["rate"] == fact.rate if "rate" in gold else None,
        "counted": _same_counted(gold["counted"], fact.counted),
    }


def match(spans: list[tuple[int, int]], facts: list[NumericFact]) -> list[int | None]:
    """For each gold span, the index of the unused predicted fact overlapping it most."""
    used: set[int] = set()
    pairs: list[int | None] = []
    for start, end in spans:
        best, best_overlap = None, 0
        for i, fact in enumerate(facts):
            overlap = min(end, fact.end) - max(start, fact.start)
            if i not in used and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            used.add(best)
        pairs.append(best)
    return pairs


def score(record: dict, facts: list[NumericFact], verbose: bool, errors: bool = False) -> Tally:
    """Tally of one gold sentence; with ``verbose``, print every disagreement; with
    ``errors``, the ``counted`` ones."""
    tally = Tally(gold=len(record["facts"]), predicted=len(facts))
    pairs = match(gold_spans(record["sentence"], record["facts"]), facts)
    for gold, index in zip(record["facts"], pairs, strict=True):
        if index is None:
            if verbose:
                print(f"  MISSED {gold['text']!r} in {record['doc_id']}")
            continue
        tally.matched += 1
        fact = facts[index]
        for name, ok in compare(gold, fact).items():
            if ok is None:  # not annotated in this gold fact
                continue
            tally.seen[name] += 1
            tally.right[name] += ok
            if (verbose or (errors and name == "counted")) and not ok:
                print(f"  {name:13} gold {_show(gold, name)!r:28} got {_show(fact, name)!r}")
    if verbose:
        for i, fact in enumerate(facts):
            if i not in pairs:
                print(f"  EXTRA  {fact.text!r} ({fact.kind}) in {record['doc_id']}")
    return tally


def _show(fact: dict | NumericFact, name: str) -> object:
    get = fact.get if isinstance(fact, dict) else lambda key: getattr(fact, key)
    if name == "unit/currency":
        return get("currency") or get("unit")
    return (get("text"), get(name))


def report(name: str, tally: Tally) -> None:
    """Print precision/recall and the per-field accuracies of one tally."""
    precision = tally.matched / tally.predicted if tally.predicted else 0.0
    recall = tally.matched / tally.gold if tally.gold else 0.0
    print(f"{name}: {tally.gold} gold facts, {tally.predicted} predicted, {tally.matched} matched")
    print(f"  precision {precision:.3f} ({tally.matched}/{tally.predicted})")
    print(f"  recall    {recall:.3f} ({tally.matched}/{tally.gold})")
    for field_name in FIELDS:
        right, seen = tally.right[field_name], tally.seen[field_name]
        share = right / seen if seen else 0.0
        print(f"  {field_name:13} {share:.3f} ({right}/{seen})")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    errors = "--errors" in argv
    records = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    nlp = load_pipeline()
    halves = [Tally(), Tally()]
    batches = {name: Tally() for name in BATCHES}
    for i, record in enumerate(records):
        facts = extract_numeric_facts(nlp(record["sentence"]))
        if errors and not verbose:
            pairs = match(gold_spans(record["sentence"], record["facts"]), facts)
            misses = [
                gold
                for gold, j in zip(record["facts"], pairs, strict=True)
                if j is not None and not _same_counted(gold["counted"], facts[j].counted)
            ]
            if misses:
                print(f"[{i}] {record['sentence']}")
        elif verbose:
            print(f"[{i}] {record['sentence']}")
        tally = score(record, facts, verbose, errors and not verbose)
        halves[i % 2].add(tally)
        for name, (low, high) in BATCHES.items():
            if low <= i < high:
                batches[name].add(tally)
    total = Tally()
    for half in halves:
        total.add(half)
    print(f"{len(records)} gold sentences from {GOLD.relative_to(ROOT)}")
    report("all", total)
    report("even lines", halves[0])
    report("odd lines (held-out check)", halves[1])
    for name, tally in batches.items():
        if tally.gold:
            report(name, tally)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
