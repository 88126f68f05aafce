"""Entity errors found without gold: names, titles and types no right answer can have.

    .venv/bin/python bench/entity_audit.py [--corpus bbc|polnear|conll] [--cache FILE]
                                           [--examples N] [--limit N]

Runs the pipeline over the BBC articles (``bbc_news.jsonl``, as the service reads them),
leaving out every article of the entity gold (``tests/data/entity_gold.jsonl``, all splits:
they were tuned on or are held out) and of the speaker golds' ``heldout`` and ``fresh`` splits,
merges the entities as the store build does (``_merge_entities``), and counts the corpus
entities that are certainly wrong, by kind. ``--corpus polnear`` audits the PolNeAR articles
instead (US outlets: ``polnear_train.jsonl``), leaving out every article any entity or speaker
gold reads (any split) and the fifth ``bench/reported.py`` holds out; ``--corpus conll`` the
CoNLL-2003 testa articles (Reuters) but the held-out half of ``bench/entities.py``'s type
figures and the speaker gold's. Each corpus is merged as its own. The kinds:

- ``bad-start``: a person whose name opens with a verb ("Vote Blair"), a lower-case word that
  is not a surname particle ("van"), a role ("Sprinter") or a nationality or allegiance
  ("Briton", "Tory");
- ``case-twins``: two entities of one type whose names differ only in case, spacing or
  punctuation ("&" aside);
- ``title-gender``: a person with a courtesy title of the other gender (Mrs on a man, both
  Mr and Mrs);
- ``first-name-only``: a person named by a common first name alone, in two or more documents;
- ``title-fragment``: a title that is a fragment ("Party", "New", "Ex-", a function word), or
  a title or role that starts inside a hyphenated word ("President" of "Vice-President",
  "based analyst" of "a London-based analyst"; added with the four kinds below: bbc 16, polnear
  24 before the rule that keeps such words whole);
- ``name-junk``: a person's name with a digit or ending in a lower-case word, any name ending
  in a lower-case function word ("the", "he", "were");
- ``type-clash``: a person and an organisation or place of one name in one document;
- ``body-as-person``: a person whose name ends as a body's ("United", "FC", "Party") or is a
  country's;
- ``given-name-clash`` (a wrong merge): a person whose full-name mentions give two given names
  that are neither a short form of one another ("Andy"/"Andrew"), a spelling ("Kostas"/
  "Costas") nor a nickname sharing its first three letters ("Condi"/"Condoleezza"): "George W.
  Bush" and "Jeb Bush" joined (initials, titles, roles and surname particles are no given
  names);
- ``work-or-body-as-person`` (a wrong type): a person with a mention right after "the film",
  "the album", "the band", "the company" (...) and ending a clause there ("the film Ray."; "the
  company Bill Gates founded" goes on), one followed by "FC", "plc", "Inc", "Ltd" (...) or by
  "'s chief executive", "'s shareholders", "'s share price", or one after "shares in": no
  person is a work, a club or has a chief executive;
- ``person-as-body`` (a wrong type or merge): an organisation or a place with a mention right
  after a courtesy title ("Mr McDonald"; not when the article writes that title and name
  after a firm's noun, "drugmaker Dr Reddy's", since r16) or before "'s wife" (husband, ...);
- ``title-is-name`` (a wrong title): a person's title or role that is a country's or a US
  state's name, the name of a place of the corpus, of an organisation of two or more words or
  in capitals ("BBC"), or of another person named in full ("Martin Luther King" as a role of
  "King Day"), written alike (case included: the role "star" is no newspaper "Star").

Counts when each kind was added (main 604c6f3, 2026-11-27): bbc 956 articles, 8 violations
(given-name-clash 0, work-or-body-as-person 2, person-as-body 1, title-is-name 0); polnear 583
articles, 27 (0, 1, 1, 2); conll 97 articles, 2 (0, 0, 0, 0).

A courtesy title opening any entity's name ("Mr Blair") is a ``bad-start`` too (but "Miss"
opening an event's or a work's: the pageants "Miss Universe", "Miss Idaho", named so since
round 13; nor its spelling in capitals before a word that is not, "DR Congo", since r16), a
lower-case word inside a person's name (not a particle) ``name-junk``.

The parses are cached by text in ``--cache`` (a DocBin) *before* the entity repairs of
``service.nlp.spans`` run, which are re-applied on reading, so that the cache stays valid while
they change. Examples are printed for tuning; the held-out articles of the gold sets are not in
the audit.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench import reported as reported_bench
from bench import speaker_audit
from bench._common import bench_corpus, print_violations
from bench.entities import CONLL, GOLD_FILES, POLNEAR, conll_halves
from bench.entities import GOLD as ENTITY_GOLD
from bench.speakers import DEV3, DEV4, DEV5, DEV6, DEV7
from bench.speakers import GOLD as SPEAKER_GOLD
from service.corpus import read_corpus
from service.corpus.records import _merge_entities
from service.nlp.cues import NOBLE_TITLES
from service.nlp.entity_places import is_country
from service.nlp.lexicon import (
    ALLEGIANCE_WORDS,
    CLUB_NAME_ENDINGS,
    DEMONYMS,
    FIRMS_BEFORE,
    NAME_PARTICLES,
    NATIONALITY_NOUNS,
    OCCUPATIONS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    ROLE_HEADS,
    ROYAL_TITLES,
    US_STATES,
)
from service.nlp.names import is_full_name, is_initial, short_form_of
from service.nlp.person_words import _first_names
from service.nlp.pipeline import analyze_doc, load_pipeline

FIXES = "newsfacts_entity_fixes"
KINDS = (
    "bad-start",
    "case-twins",
    "title-gender",
    "first-name-only",
    "title-fragment",
    "name-junk",
    "type-clash",
    "body-as-person",
    "given-name-clash",
    "work-or-body-as-person",
    "person-as-body",
    "title-is-name",
)
FUNCTION_WORDS = frozenset(
    """the a an of and or to in on at by for with from he she they it his her their its was
    were is are has had have be been said says who which that this as but than then""".split()  # noqa: SIM905
)
FRAGMENT_TITLES = FUNCTION_WORDS | {"party", "new", "ex", "former", "shadow", "then", "current"}
ROLES = (ROLE_HEADS | OCCUPATIONS) - {t.casefold() for t in ROYAL_TITLES}
NATIONS = {w.casefold() for w in (*DEMONYMS, *NATIONALITY_NOUNS, *ALLEGIANCE_WORDS)}
# Courtesy titles stand before a name, never in it ("Sir John", "Lord Falconer" are names).
COURTESY = {t.rstrip(".") for t in PERSON_TITLES} - {"sir", "dame", "lord", "lady"}
# Last words of bodies' names, never of a person's ("Manchester United", "Labour Party").
BODY_ENDINGS = {w.casefold().rstrip(".") for w in (*CLUB_NAME_ENDINGS, *ORG_SUFFIXES)} | set(
    """party council committee association union league university college club ministry
    department airlines airways plc""".split()  # noqa: SIM905
)
STYLED = {t.casefold() for t in (*ROYAL_TITLES, *NOBLE_TITLES)} | {
    "archbishop",
    "bishop",
    "cardinal",
}
GENDER_OF_TITLE = {t.rstrip("."): g for t, g in PERSON_TITLES.items() if g}
# A name right after one of these nouns, and ending a clause, names a work or a body: "the
# film Ray.", "the band Franz Ferdinand,". ("The company Bill Gates founded" goes on.)
NOT_PERSON_BEFORE = re.compile(
    r"\bthe (?:film|movie|album|single|song|novel|musical|sitcom|documentary|band|club|company|"
    r"firm|airline|bank|retailer|newspaper|magazine|website|broadcaster)\s+[\"'‘“]?$",
    re.IGNORECASE,
)
CLAUSE_END = re.compile(r"[\"'’”]?(?:[,.;:!?()]|'s\b|’s\b|$)")
# Words after a name that make it a company's or a club's ("Chelsea FC", "Yukos plc", "Yukos's
# chief executive": a person has no chief executive or shareholders), and words before one that
# make it a company's ("shares in Yukos").
BODY_AFTER = re.compile(
    r"\s+(?:FC|AFC|plc|PLC|Inc|Ltd|Corp|LLC)\b|(?:'s|’s) (?:chief executive|shareholders|"
    r"share price|subsidiary|board of directors)\b"
)
BODY_BEFORE = re.compile(r"\bshares in\s+$")
# A courtesy title right before a name, or a spouse after it, makes it a person's: no body or
# place is "Mr Clarke" or has a wife.
PERSON_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+$")
# ... unless the article writes the title's spelling and the name after a firm's noun: the
# firm's name ("drugmaker Dr Reddy's", round r16's reading; text only, looser than the rule).
FIRM_NOUNS = "|".join(sorted(ORG_NOUNS | FIRMS_BEFORE))


def firm_named_with_title(text: str, before: str, name: str) -> bool:
    """Whether the title right before a mention also stands in the text after a firm's noun,
    the same name after it ("Indian drugmaker Dr Reddy's")."""
    title = PERSON_BEFORE.search(before)
    if title is None:
        return False
    spelling = re.escape(title.group(0).strip().rstrip("."))
    return bool(re.search(rf"\b(?:{FIRM_NOUNS})\s+{spelling}\.?\s+{re.escape(name)}\b", text))


PERSON_AFTER = re.compile(
    r"(?:'s|’s) (?:wife|husband|girlfriend|boyfriend|widow|widower|fiancee|fiancée|fiance)\b"
)


def held_out_texts() -> tuple[set[str], set[str]]:
    """Ids of the entity gold's articles, and of the speaker golds' heldout/fresh ones."""
    entity_ids = {
        row["doc_id"] for row in map(json.loads, ENTITY_GOLD.open()) if row.get("kind") == "mention"
    }
    speaker_ids = set()
    for path in (SPEAKER_GOLD, DEV3, DEV4, DEV5, DEV6, DEV7):
        if path.exists():
            for row in map(json.loads, path.open()):
                if row.get("split") in ("heldout", "fresh"):
                    speaker_ids.add(row["doc_id"])
    return entity_ids, speaker_ids


def _gold_ids() -> set[str]:
    """Ids of every article any entity or speaker gold reads (any split)."""
    ids = set()
    for path in (*GOLD_FILES, SPEAKER_GOLD, DEV3, DEV4, DEV5, DEV6, DEV7):
        if path.exists():
            ids.update(row["doc_id"] for row in map(json.loads, path.open()) if "doc_id" in row)
    return ids


def articles(corpus: str = "bbc") -> list[tuple[str, str]]:
    """(id, text) of each article audited: BBC's, PolNeAR's (US outlets) or CoNLL testa's
    (Reuters)."""
    if corpus == "polnear":
        rows = [json.loads(line) for line in POLNEAR.open()]
        _, held = reported_bench.split(rows)
        gold = _gold_ids() | {rows[i]["id"] for i in held}
        return [(r["id"], r["text"]) for r in rows if r["id"] not in gold]
    if corpus == "conll":
        gold = _gold_ids() | {r["id"] for r in conll_halves()["heldout"]}
        return [(r["id"], r["text"]) for r in map(json.loads, CONLL.open()) if r["id"] not in gold]
    entity_ids, speaker_ids = held_out_texts()
    folder = bench_corpus(Path("/tmp/newsfacts-bench-texts"), fresh=False)
    found, _, _ = read_corpus(folder)
    held = {d.text for d in found if d.id in speaker_ids}
    return [
        (d.id, d.text)
        for d in found
        if d.id not in entity_ids and d.text not in held and not d.id.startswith("000_")
    ]


def parsed(texts: list[str], cache: Path | None) -> dict[str, object]:
    """The parse of each text, by text, with the entity repairs of the current code (the
    cache holds the parses before them, so it stays valid while they change)."""
    known = speaker_audit.parsed(texts, cache, disable=(FIXES,))
    fix = load_pipeline().get_pipe(FIXES)
    return {t: fix(known[t]) for t in texts}


def _verbs() -> frozenset[str]:
    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(index.get("verb", ())) - frozenset(index.get("noun", ())) | {"vote"}


def _initials(name: str) -> bool:
    """Whether a name opens with a word in capitals before one that is not ("DR Congo": the
    Democratic Republic's initials, no title; round r16)."""
    first, second = name.split()[:2]
    return len(first.rstrip(".")) > 1 and first.isupper() and not second.isupper()


def bad_start(name: str, verbs: frozenset[str]) -> str | None:
    """Why the first word of a person's name cannot open it, or None."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    low = first.casefold().rstrip(".")
    if first[0].islower() and low not in NAME_PARTICLES:
        return "lower-case"
    if low in ROLES:
        return "role"
    if low in COURTESY:
        return "courtesy title"
    if low in FUNCTION_WORDS and len(low) > 1:  # "A Troncon": an initial
        return "function word"
    if low in NATIONS:
        return "nationality"
    if low in verbs and low not in _first_names():
        return "verb"
    return None


def name_junk(name: str, person: bool) -> str | None:
    """Why a name's words hold junk (a person's digit, a trailing function or lower-case
    word)."""
    if person and re.search(r"\d", name):
        return "digit"
    words = name.split()
    last = words[-1] if len(words) > 1 else ""
    if last in FUNCTION_WORDS or (person and last.islower()):
        return "trailing word"
    # "Prince of Wales", "Archbishop of Canterbury" name a person by a title.
    inside = words[1:-1] if words[0].casefold() not in STYLED else []
    if person and any(w.islower() and w not in NAME_PARTICLES for w in inside):
        return "lower-case word inside"
    return None


def _fold(name: str) -> str:
    """A name without case, spacing and punctuation; "&" stays (it is a word: "M&S")."""
    return re.sub(r"[^\w&]|_", "", name.casefold())


def given_names(entity) -> set[str]:
    """The given names a person's full-name mentions write before its surname (initials,
    titles and roles aside)."""
    surname = entity.name.split()[-1].casefold()
    names = set()
    for occurrence in entity.documents:
        for m in occurrence.mentions:
            words = m.text.split()
            if len(words) < 2 or words[-1].casefold() != surname:
                continue
            first = words[0].rstrip(".")
            low = first.casefold()
            if is_initial(first) or low in PERSON_TITLES or low in STYLED or low in ROLES:
                continue
            if low in NAME_PARTICLES:  # "Van Dyke": the surname's own particle
                continue
            if first[:1].isupper() and _fold(low) in _first_names():
                names.add(low)
    return names


def _inside_a_word(text: str, start: int) -> bool:
    """Whether ``start`` is inside a hyphenated word ("President" of "Vice-President"; not
    "then-Sen.", where "then" is no part of the title)."""
    before = text[max(0, start - 6) : start]
    return bool(re.search(r"\w[-–]$", before)) and not before.casefold().endswith(
        ("then-", "then–")
    )


def _same_given(a: str, b: str) -> bool:
    """Whether two given names can be one person's: a short form ("Andy"/"Andrew"), a
    spelling ("Kostas"/"Costas") or a nickname sharing its opening ("Condi"/"Condoleezza")."""
    if short_form_of(a, b) or short_form_of(b, a) or a[:3] == b[:3]:
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def context_violations(entity, texts: dict[str, str]) -> list[tuple[str, str]]:
    """(kind, why) for each mention whose context no entity of this type can have."""
    found = []
    person = entity.type == "person"
    for occurrence in entity.documents:
        text = texts[occurrence.id]
        for m in occurrence.mentions:
            before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 30]
            where = f"{occurrence.id} {before[-25:]!r}[{m.text}]{after[:20]!r}"
            if person and NOT_PERSON_BEFORE.search(before) and CLAUSE_END.match(after):
                found.append(("work-or-body-as-person", f"a work or body: {where}"))
            elif person and (
                BODY_AFTER.match(after)
                or (BODY_BEFORE.search(before) and not after.startswith(("'s", "’s")))
            ):
                found.append(("work-or-body-as-person", f"a company or club: {where}"))
            elif entity.type in ("organization", "place") and (
                (PERSON_BEFORE.search(before) and not firm_named_with_title(text, before, m.text))
                or PERSON_AFTER.match(after)
            ):
                found.append(("person-as-body", where))
    return found


def audit(
    entities, document_entities, verbs, texts: dict[str, str]
) -> tuple[Counter, dict[str, list[str]]]:
    counts: Counter = Counter()
    found: dict[str, list[str]] = defaultdict(list)

    def report(kind: str, line: str) -> None:
        counts[kind] += 1
        found[kind].append(line)

    # Names no title of a person can be: a country's, a state's, a place's, a body's or another
    # person's (named in full) of this corpus. One word a body is named by may be a title too
    # ("Justice"), unless it is an acronym ("BBC").
    named = {
        e.name: e
        for e in entities
        if e.type == "place"
        or (e.type == "organization" and (" " in e.name or e.name.isupper()))
        or (e.type == "person" and is_full_name(e.name))
    }
    states = set(US_STATES.values())

    # A common first name: the first word of full names far more often than the last.
    places: Counter = Counter()
    for e in entities:
        words = e.name.casefold().split()
        if e.type == "person" and len(words) > 1:
            places[("first", words[0])] += 1
            places[("last", words[-1])] += 1
    given = {
        w
        for (where, w), n in places.items()
        if where == "first" and n >= 3 and n > 3 * places[("last", w)]
    }
    by_fold: dict[str, list] = defaultdict(list)
    for e in entities:
        docs = ",".join(o.id for o in e.documents[:2])
        where = f"{e.id} ({e.type}, {e.document_count} docs: {docs})"
        by_fold[(e.type, _fold(e.name))].append(e)
        if e.type == "person":
            if why := bad_start(e.name, verbs):
                report("bad-start", f"{where} {e.name!r}: {why}")
        elif (
            e.name.split()[0].casefold().rstrip(".") in COURTESY
            and len(e.name.split()) > 1
            and not (e.name.startswith("Miss ") and e.type in ("event", "work"))
            and not _initials(e.name)
        ):
            report("bad-start", f"{where} {e.name!r}: courtesy title")
        if e.type == "person":
            titles = {t.value.casefold().rstrip(".") for t in e.titles if t.kind == "title"}
            genders = {GENDER_OF_TITLE[t] for t in titles if t in GENDER_OF_TITLE}
            if len(genders) > 1 or (e.gender and genders - {e.gender}):
                report("title-gender", f"{where} {e.gender}: {sorted(titles)}")
            if e.name.split()[-1].casefold().rstrip(".") in BODY_ENDINGS:
                report("body-as-person", f"{where} {e.name!r}")
            word = e.name.casefold()
            if " " not in word and e.document_count >= 2 and word in given:
                report("first-name-only", f"{where} {e.name!r}")
        for t in e.titles:
            value = t.value.strip().casefold().rstrip(".")
            if value in FRAGMENT_TITLES or value.endswith("-") or not re.search(r"\w", value):
                report("title-fragment", f"{where} {t.kind} {t.value!r} ({t.document_id})")
            elif t.kind in ("title", "role") and _inside_a_word(texts[t.document_id], t.start):
                report("title-fragment", f"{where} {t.kind} {t.value!r} cut at a hyphen")
        for t in e.titles if e.type == "person" else ():
            value = t.value.strip()
            other = named.get(value)
            if t.kind in ("title", "role") and (
                is_country(value) or value in states or (other and other.id != e.id)
            ):
                why = other.id if other else "a country or state"
                report("title-is-name", f"{where} {t.kind} {t.value!r} ({t.document_id}): {why}")
        if e.type == "person" and len(firsts := given_names(e)) > 1:
            clash = sorted(
                (a, b)
                for a, b in itertools.combinations(sorted(firsts), 2)
                if not _same_given(a, b)
            )
            if clash:
                report("given-name-clash", f"{where} {e.name!r}: {clash}")
        kinds = Counter(kind for kind, _ in context_violations(e, texts))
        for kind, why in context_violations(e, texts)[:1]:
            report(kind, f"{where} {e.name!r} ({sum(kinds.values())} mentions): {why}")
        if e.type == "person" and is_country(e.name):
            report("body-as-person", f"{where} {e.name!r}: a country")
        if why := name_junk(e.name, e.type == "person"):
            report("name-junk", f"{where} {e.name!r}: {why}")
    for (kind, _), group in sorted(by_fold.items()):
        if len({e.name for e in group}) > 1:
            report("case-twins", f"{kind}: " + " / ".join(f"{e.id} {e.name!r}" for e in group))
    for doc_id, rows in sorted(document_entities.items()):
        names: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            names[_fold(row.name)].add(row.type)
        for folded, types in sorted(names.items()):
            if "person" in types and types & {"organization", "place"}:
                report("type-clash", f"{doc_id} {folded!r}: {sorted(types)}")
    return counts, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, help="DocBin file caching the parses")
    parser.add_argument("--corpus", choices=("bbc", "polnear", "conll"), default="bbc")
    parser.add_argument("--examples", type=int, default=3, help="examples printed per kind")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args()
    chosen = articles(args.corpus)[: args.limit] if args.limit else articles(args.corpus)
    docs = parsed([t for _, t in chosen], args.cache)
    analyses = {doc_id: analyze_doc(docs[text]) for doc_id, text in chosen}
    documents = [SimpleNamespace(id=doc_id) for doc_id, _ in chosen]
    document_entities, entities, _ = _merge_entities(documents, analyses)
    counts, found = audit(entities, document_entities, _verbs(), dict(chosen))
    total = sum(counts.values())
    print(
        f"{args.corpus}: {len(chosen)} articles, {len(entities)} corpus entities,",
        f"{total} violations",
    )
    print_violations(KINDS, counts, found, args.examples)


if __name__ == "__main__":
    main()
