"""The draw of round r18's title audit (issue 17, round r17), reproducible.

    .venv/bin/python bench/sample_entity_title_r18.py [--cache FILE]

Draws from the corpus entities of ``bench/entity_audit.py --corpus bbc`` (merged as the store
build does), as main's code (PIPELINE_VERSION 121, ea04838) made them, for
``tests/data/entity_title_audit_r18.jsonl``. Two parts, every title of a drawn entity one row
(as ``/v1/entities/{id}`` lists it):

- ``T`` rows (``"part": "title"``): with ``random.Random(2068)``, 45 of the person entities
  carrying at least one title or role, drawn in proportion to their mention count (as r17's
  draw). Excluded: the people of every earlier audit (title r11 .. r17, merge, generic, type,
  namesake, r14) and of every split of the entity gold (by id, name or alias).
- ``S`` rows (``"part": "standing"``): the person entities (none of the held-out gold's, none
  drawn as ``T``, none judged before) one of whose roles may misstate its tense or standing:
  the role keeps a qualifier ("former", "ex-", "then-", "the late", "outgoing", "incoming",
  "-elect", "designate", "acting", "interim", "would-be": is it glued right?), or such a
  qualifier stands within three words before the role (or "elect"/"designate" right after it)
  but the role lost it, or the role's sentence says the person held it in the past ("who was
  ... until", "used to be", "formerly", "previously"); up to 20, drawn by the same keys with
  ``random.Random(2068)``. ``scan`` says which test picked the entity.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import sample_entity_title_r17 as r17

# The previous round's draw, its corpus and row builder (unchanged); this round only adds
# that round's judged people to the exclusions.
DATA, GOLD = r17.DATA, r17.GOLD
JUDGED = (*r17.JUDGED, "entity_title_audit_r17.jsonl")
corpus, _gold_names, _named, _weight, _rows, _judged, print_draw = (
    r17.corpus,
    r17._gold_names,
    r17._named,
    r17._weight,
    r17._rows,
    r17._judged,
    r17.print_draw,
)


# Words that give a role's tense or standing (for the scan only, never a rule of the code).
BEFORE = {
    "former",
    "ex",
    "ex-",
    "then",
    "late",
    "outgoing",
    "incoming",
    "acting",
    "interim",
    "would-be",
    "caretaker",
    "retired",
    "erstwhile",
    "one-time",
    "onetime",
    "future",
    "designate",
    "elect",
}
AFTER = {"elect", "-elect", "designate"}
PAST = ("until", "used to be", "formerly", "previously", "once was", "was once")


def standing(entity, docs) -> str | None:
    """Why a role of the entity may misstate its tense or standing, or None."""
    for t in entity.titles:
        if t.kind != "role":
            continue
        low = t.value.casefold()
        words = low.replace("-", " - ").split()
        kept = [w for w in BEFORE if w in words or low.startswith(w)]
        if kept:
            return "kept:" + sorted(kept)[0]
        doc = docs[t.document_id]
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        before = [
            tok.lower_.rstrip("-")
            for tok in doc[max(sent.start, span.start - 3) : span.start]
            if not tok.is_punct or tok.text == "-"
        ]
        if lost := [w for w in before if w in BEFORE or f"{w}-" in BEFORE]:
            return "lost:" + lost[0]
        after = [tok.lower_ for tok in doc[span.end : min(sent.end, span.end + 2)]]
        if lost := [w for w in after if w in AFTER]:
            return "lost:" + lost[0]
        text = sent.text.casefold()
        if past := [p for p in PAST if p in text]:
            return "past:" + past[0]
    return None


def draw(docs, entities) -> list[dict]:
    judged, gold, heldout = _judged(JUDGED), _gold_names(False), _gold_names(True)
    people = sorted((e for e in entities if e.type == "person" and e.titles), key=lambda e: e.id)
    pool = [e for e in people if e.id not in judged and not _named(e, gold)]
    rng = random.Random(2068)
    drawn = sorted(pool, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:45]
    taken = {e.id for e in drawn} | judged
    risky = [
        e for e in people if e.id not in taken and not _named(e, heldout) and standing(e, docs)
    ]
    if len(risky) > 20:
        rng = random.Random(2068)
        risky = sorted(risky, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)
        risky = risky[:20]
    rows = _rows("title", "T", drawn)
    for row in (scanned := _rows("standing", "S", risky)):
        row["scan"] = standing(next(e for e in risky if e.id == row["entity"]), docs)
    return rows + scanned


def main() -> None:
    print_draw(draw)


if __name__ == "__main__":
    main()
