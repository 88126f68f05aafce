"""The draw of round r17's title audit (issue 17, round r16c), reproducible.

    .venv/bin/python bench/sample_entity_title_r17.py [--cache FILE]

Draws from the corpus entities of ``bench/entity_audit.py --corpus bbc`` (merged as the store
build does), as main's code (PIPELINE_VERSION 120, caf9bdb) made them, for
``tests/data/entity_title_audit_r17.jsonl``. Two parts, every title of a drawn entity one row
(as ``/v1/entities/{id}`` lists it):

- ``T`` rows (``"part": "title"``): with ``random.Random(2067)``, 45 of the person entities
  carrying at least one title or role, drawn in proportion to their mention count
  (Efraimidis-Spirakis keys ``u ** (1 / mentions)``, the highest kept: the held-out title figure
  samples the mentions of frequent names). Excluded: the people of every earlier audit (title
  r11 .. r16, merge, generic, type, namesake, r14) and of every split of the entity gold (by id,
  name or alias; the held-out third's titles are the held-out figure, never looked at).
- ``C`` rows (``"part": "conflict"``): the person entities (none of the held-out gold's, none
  drawn as ``T``, none judged before) whose titles may contradict each other: "Mr" beside
  "Mrs"/"Ms", roles of two fields (politics, sport, business, arts: "minister" and "striker"),
  a player's position beside a coach's or manager's role, a shadow role beside an office, a
  role both as "former"/"ex-" and as present, two heads of bodies ("chairman" and "chief
  executive"), more than three distinct titles, or two roles neither of which holds the other
  ("two offices at once": a merge of two people, or a role taken from a neighbour); up to 20,
  drawn by the same keys with ``random.Random(2067)``. ``scan`` says which test picked the entity.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import sample_entity_title_r16 as r16

# The previous round's draw, its corpus and row builder (unchanged); this round only adds
# that round's judged people to the exclusions.
DATA, GOLD = r16.DATA, r16.GOLD
JUDGED = (*r16.JUDGED, "entity_title_audit_r16.jsonl")
corpus, _gold_names, _named, _weight, _rows, _judged, print_draw = (
    r16.corpus,
    r16._gold_names,
    r16._named,
    r16._weight,
    r16._rows,
    r16._judged,
    r16.print_draw,
)


# A small map of the fields a role belongs to, for the scan only (never a rule of the code):
# two fields on one person, or two heads of bodies, is a risk worth reading, not an error.
FIELDS = {
    "politics": (
        "minister",
        "secretary",
        "mp",
        "chancellor",
        "premier",
        "president",
        "senator",
        "leader",
        "spokesman",
        "spokeswoman",
        "mep",
        "lord",
        "peer",
        "candidate",
    ),
    "sport": (
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "coach",
        "captain",
        "player",
        "champion",
        "winger",
        "forward",
        "sprinter",
        "athlete",
        "boss",
        "manager",
        "fly-half",
        "full-back",
        "centre",
        "lock",
        "prop",
        "hooker",
        "scrum-half",
        "seed",
        "bowler",
    ),
    "business": (
        "chief executive",
        "chairman",
        "chairwoman",
        "executive",
        "analyst",
        "economist",
        "founder",
        "boss",
        "director",
        "officer",
        "ceo",
    ),
    "arts": (
        "actor",
        "actress",
        "singer",
        "star",
        "director",
        "producer",
        "writer",
        "author",
        "comedian",
        "presenter",
        "musician",
        "rapper",
        "artist",
        "songwriter",
        "novelist",
    ),
}
HEADS = ("chief executive", "chairman", "chairwoman", "president", "prime minister", "ceo")
HONORIFICS = {"mr", "mrs", "ms", "miss", "sir", "dr", "dame", "lord", "lady", "prof", "professor"}


def _fields(value: str) -> set[str]:
    low = value.casefold()
    words = set(low.replace("-", " - ").split()) | {low}
    found = set()
    for field, keys in FIELDS.items():
        for key in keys:
            if (" " in key and key in low) or key in words:
                found.add(field)
    return found


PLAYING = (
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "forward",
    "player",
    "fly-half",
    "scrum-half",
    "full-back",
    "centre",
    "bowler",
    "batsman",
    "keeper",
)
STAFF = ("coach", "manager", "boss", "chairman", "director", "owner")


def _plays(value: str) -> bool:
    return any(w in PLAYING for w in value.casefold().split())


def _staff(value: str) -> bool:
    return any(w in STAFF for w in value.casefold().split())


def _bare(value: str) -> str:
    """A role without its "former"/"ex-" ("former chief executive": "chief executive")."""
    low = value.casefold()
    for lead in ("former ", "ex-", "ex "):
        if low.startswith(lead):
            return low[len(lead) :]
    return low


def conflict(entity) -> str | None:
    """Why the titles of a person may contradict each other (or are too many), or None."""
    values = {t.value.casefold() for t in entity.titles}
    roles = {v for v in values if v not in HONORIFICS}
    if {"mr"} & values and {"mrs", "ms", "miss", "dame", "lady"} & values:
        return "gender"
    # "boss" and "director" are in two fields: a field counts when a role is only in it
    only = [f for v in roles if len(f := _fields(v)) == 1]
    distinct = set().union(*only) if only else set()
    if len(distinct) > 1:
        return "fields:" + "+".join(sorted(distinct))
    playing = {v for v in roles if _plays(v)}
    if playing and any(_staff(v) for v in roles - playing):
        return "player+staff"
    if any(v.startswith("shadow") for v in roles) and any(
        "minister" in v or "secretary" in v for v in roles if not v.startswith("shadow")
    ):
        return "shadow+office"
    past = {_bare(v) for v in roles if _bare(v) != v}
    if past & {v for v in roles if _bare(v) == v}:
        return "past+present"
    heads = {h for h in HEADS for v in roles if h in v and not v.startswith(("former", "ex"))}
    if len(heads) > 1:
        return "heads:" + "+".join(sorted(heads))
    if len(values) > 3:
        return "many"
    bare = {_bare(t.value) for t in entity.titles if t.kind == "role"}
    if len({r for r in bare if not any(r != o and r in o for o in bare)}) > 1:
        return "two-roles"
    return None


def draw(docs, entities) -> list[dict]:
    judged, gold, heldout = _judged(JUDGED), _gold_names(False), _gold_names(True)
    people = sorted((e for e in entities if e.type == "person" and e.titles), key=lambda e: e.id)
    pool = [e for e in people if e.id not in judged and not _named(e, gold)]
    rng = random.Random(2067)
    drawn = sorted(pool, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)[:45]
    taken = {e.id for e in drawn} | judged
    risky = [e for e in people if e.id not in taken and not _named(e, heldout) and conflict(e)]
    if len(risky) > 20:
        rng = random.Random(2067)
        risky = sorted(risky, key=lambda e: rng.random() ** (1.0 / _weight(e)), reverse=True)
        risky = risky[:20]
    rows = _rows("title", "T", drawn)
    for row in (conflicted := _rows("conflict", "C", risky)):
        row["scan"] = conflict(next(e for e in risky if e.id == row["entity"]))
    return rows + conflicted


def main() -> None:
    print_draw(draw)


if __name__ == "__main__":
    main()
