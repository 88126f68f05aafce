"""Who is who across the corpus: one entity per real person, organisation or place.

Pure functions over the per-document entities (importable without spaCy, callable from any
build step). Each document has already resolved its own short mentions ("Mr Blair" is the
Tony Blair it named in full); here:

- every name gets one type, voted over all its mentions in the corpus and their contexts;
- names of one person merge: close spellings ("Kostas"/"Costas Kenteris") and short forms of a
  given name ("Ally"/"Allister Hogg") never seen in one document together nor of two genders
  ("Michael"/"Michelle Collins"), and a name with a
  leading word that is not a name ("Sprinter Kelly Holmes") into the name without it;
- a document that gives only a surname joins the one person named in full with that surname,
  if the mention can be a person and nothing conflicts (gender from titles, a dominant
  namesake), and, for someone named in few documents or a surname that is mostly not a
  person's ("Blackburn"), if the document keeps their company; a common given name alone
  ("David", "Sir John") never joins as a surname, nor a rank the person never bears ("Lord
  Browne" of BP is not the minister Des Browne, "Dr Arnold" not the director Andrea Arnold);
- two different full names never merge otherwise.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from math import inf, log
from operator import itemgetter

from service.nlp.entity_places import country_of, is_country
from service.nlp.kinds import gender_of, label_weight, school_name, vote_type
from service.nlp.lexicon import (
    CLUB_NAME_ENDINGS,
    DEMONYMS,
    ENTITY_TYPES,
    EVENT_NAME_ENDINGS,
    PARTY_NAMES,
    PERSON_TITLES,
    ROLE_FIELDS,
    ROYAL_TITLES,
)
from service.nlp.names import (
    entity_slug,
    initials_fit,
    is_full_name,
    is_initial,
    pet_form_of,
    short_form_of,
    slug,
    surname_of,
)
from service.nlp.person_words import first_name_gender
from service.nlp.records import Entity

# A namesake with this many times the documents of the next is the one a bare surname means.
DOMINANCE = 4
# Sum of log(documents / documents of a name) over the names a document shares with a
# namesake's documents from which that company decides (about two uncommon names).
COMPANY_EVIDENCE = 8.0
# Surnames a team sheet by surnames shares with one by initials, for a surname alone there
# to be the one player the corpus lists by an initial.
TEAMMATES = 3
# One-word names a document lists as people for it to be a team sheet (a side has 11 or 15).
TEAM_SHEET = 5
# A lone namesake named in full in fewer than this share of the documents needs company to take
# a bare surname: one alone elsewhere is as likely someone else ("JJ Johnson" is not Jimmy
# James Johnson named once).
ESTABLISHED = 1 / 1000
# Votes for a person that a name opening with a given name gets ("Tess Daly", "Anand Jain"
# tagged a facility): less than one context cue, as much as a lone document's labels.
GIVEN_NAME_VOTE = 1.0
# A word borne as a given name more than this many times as often as a surname is never read
# as a surname alone ("David": Craig David); up to it, only by company ("Terry": John Terry).
GIVEN_NAME_SHARE = 2
# difflib ratio from which two given names are spellings of one ("Kostas"/"Costas": 0.83).
SPELLING_RATIO = 0.8
# Titles that are a rank of their own, not a courtesy: a "Lord X" or "Dr X" elsewhere is the
# person named in full with that surname only if that person is ever given the rank.
_RANKS = {
    "lord": "lord",
    "baron": "lord",
    "lady": "lady",
    "baroness": "lady",
    "dr": "dr",
    "prof": "prof",
    "professor": "prof",
}


@dataclass(frozen=True)
class Identities:
    """The corpus-wide identity of every per-document entity."""

    keys: tuple[dict[str, str], ...]  # per document: Entity.key -> corpus id
    names: dict[str, str]  # corpus id -> canonical name
    types: dict[str, str]  # corpus id -> type
    genders: dict[str, str]  # corpus id -> "male" | "female", where known


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, into: str, other: str) -> None:
        a, b = self.find(into), self.find(other)
        if a != b:
            self.parent[b] = a


# Whether entities carry a gender of their own (from a gender extractor); read once, as a
# missing attribute is slow to ask for on each of ~10^5 records.
_GENDERED = hasattr(Entity, "gender")


@lru_cache(maxsize=1 << 14)
def _vote(evidence: tuple[tuple[str, int], ...], surname: float, school: bool) -> str:
    # Most names are seen in one document with the same few cues: one vote serves them all.
    return vote_type(dict(evidence), surname, school)


def _plurals(evidence_of: Mapping[str, Mapping[str, int]], types: dict[str, str]) -> dict[str, str]:
    """ "Oscars" is the plural of "Oscar": an award or event and its plural are one entity,
    of the type of the form more documents write (``types`` is updated: "the Oscars" is
    taken for an organisation as any plural with an article). A plural taken for a place or
    a person is one too when it is counted or awarded ("three Grammys", "won two Grammys"):
    no place or person is.
    Returns the plural's key -> the singular's."""
    singular = {}
    for key, kind in list(types.items()):
        stem = key[:-1]
        if not key.endswith("s") or stem not in types or types[stem] in _NOT_PLURALS:
            continue
        counted = evidence_of[key].get("countable", 0) + evidence_of[key].get("award", 0)
        if kind in _NOT_PLURALS and not counted:
            continue
        awarded = evidence_of[key].get("award", 0) + evidence_of[stem].get("award", 0)
        if "event" in (kind, types[stem]) or awarded:
            singular[key] = stem
            # The form written in more documents says what both are: "the Oscars" beside
            # "an Oscar" (72 documents) is the event; "a Brit Award" beside the "Brit Awards"
            # ceremony (8 documents) is the ceremony too.
            documents = evidence_of[key].get("documents", 0)
            if documents > evidence_of[stem].get("documents", 0) and kind not in _NOT_PLURALS:
                types[stem] = kind
            types[key] = types[stem]
    return singular


# A version after a name: a number ("2", "360", "2.0") but a year ("Expo 2005": an edition), a
# Roman numeral, a short code without a vowel ("XP", "SP"; "New EU" is no version).
_VERSION = re.compile(r"(?!(?:19|20)\d\d$)\d{1,4}(?:\.\d+)?|[IVX]{2,4}|[B-DF-HJ-NP-TV-Z]{2,3}")


def _versions(display: Mapping[str, str], types: dict[str, str]) -> None:
    """A product's or a work's name and a version after it ("Windows XP", "Shrek 2") is a
    version of that product or work: of its type, whatever the model took the longer name for
    (a place, a law). ``types`` is updated."""
    for key, name in display.items():
        base, _, version = name.rpartition(" ")
        if not base or not _VERSION.fullmatch(version):
            continue
        kind = types.get(spelled_key := entity_slug(base))
        if kind in ("product", "work") and types[key] != kind and spelled_key != key:
            types[key] = kind


# What a name written in full as an event's ("Consumer Electronics Show", "Booker Prize") may
# have been voted for by its short forms' labels ("CES" a body in most documents).
_NOT_EVENTS_IN_FULL = frozenset({"organization", "person", "law", "product"})


def _events_named_in_full(
    spellings: Mapping[str, Mapping[str, int]], types: dict[str, str]
) -> None:
    """An entity whose longest name ends in an event's word ("Show", "Awards", "Prize",
    ``EVENT_NAME_ENDINGS``) is the event, whatever the labels of its acronym or other short
    forms voted ("the Consumer Electronics Show (CES)", "exhibitors at CES"); a work named so
    ("The Cosby Show") stays a work. ``types`` is updated."""
    for key, names in spellings.items():
        if types[key] not in _NOT_EVENTS_IN_FULL:
            continue
        longest = max(names, key=lambda n: (n.count(" "), names[n], n))
        if " " in longest and longest.rsplit(" ", 1)[1] in EVENT_NAME_ENDINGS:
            types[key] = "event"


# Cues that a name is someone's: a body or a venue given them is no contest ("said" is not one:
# bodies speak).
_SOMEONES = ("title", "role", "short", "as_person", "given_surname")


def _won_is_an_event(evidence_of: Mapping[str, Mapping[str, int]], types: dict[str, str]) -> None:
    """A body or a venue that is won or nominated for somewhere in the corpus ("won the Six
    Nations", "lift the Champions League": the "prize" cue, never given a place or a person's
    label) is a contest, an event, however often the model labels it a body: the labels of a
    competition's name are its organiser's. ``types`` is updated."""
    for key, evidence in evidence_of.items():
        if (
            types[key] in ("organization", "facility")
            and evidence.get("prize", 0)
            and not any(evidence.get(cue, 0) for cue in _SOMEONES)
        ):
            types[key] = "event"


# Pronouns a title holds and a person's name never does ("Lose My Breath", "Sometimes You"); not
# "I", an initial too.
_PRONOUNS = frozenset(["Me", "My", "You", "Your", "We", "Us", "Our", "They", "Them", "Their"])


def _pronouns_are_no_names(display: Mapping[str, str], types: dict[str, str]) -> None:
    """A "person" whose name holds a pronoun is a song's, a show's or a book's title: a work.
    ``types`` is updated."""
    for key, kind in types.items():
        words = display[key].split()
        if kind == "person" and len(words) > 1 and not _PRONOUNS.isdisjoint(words):
            types[key] = "work"


def _club_words_are_no_people(
    display: Mapping[str, str],
    types: dict[str, str],
    evidence_of: Mapping[str, Mapping[str, int]],
    surname_docs: Mapping[str, int],
) -> None:
    """A "person" named by a club name's last word alone ("Rovers took the lead", "Albion",
    "Wanderers") is the club's short name (round r10), when only the model's label makes it
    someone: no mention titles it, gives it a role, a speech verb or a given name, and no one
    named in full bears it as a surname. ``types`` is updated."""
    for key, kind in types.items():
        name = display[key]
        if (
            kind == "person"
            and name in CLUB_NAME_ENDINGS
            and not surname_docs.get(key)
            and _A_PERSONS.isdisjoint(cue for cue, n in evidence_of[key].items() if n)
        ):
            types[key] = "organization"


# People, places and groups are no plurals of one another ("Tories", "Britons").
_NOT_PLURALS = frozenset({"person", "place", "group"})


def _evidence(entity: Entity) -> dict[str, int]:
    """What one document says of an entity's type and gender, with its document count."""
    evidence = dict(entity.evidence)
    if not evidence:  # records made before evidence was kept
        evidence[_label_of(entity.type)] = len(entity.mentions)
    gender = entity.gender if _GENDERED else None
    if gender in ("male", "female"):
        evidence[gender] = evidence.get(gender, 0) + 1
    evidence["documents"] = 1
    return evidence


def _entity_gender(entity: Entity, evidence: Mapping[str, int]) -> str | None:
    gender = entity.gender if _GENDERED else None
    return gender if gender in ("male", "female") else gender_of(evidence)


# A party across the corpus is named as a party ("Conservative Party"), whichever of its short
# names its documents use most ("Tory").
_PARTIES = {slug(party): party for party in PARTY_NAMES.values()}


def resolve_identities(
    per_document: Sequence[Sequence[Entity]], document_ids: Sequence[str] | None = None
) -> Identities:
    """One corpus id, name and type for every per-document entity (see the module doc).

    ``document_ids`` (one per document) name the entities that only one document can
    identify: "person:david-politics-123" (default: the document's index).
    """
    evidence_of: dict[str, dict[str, int]] = {}
    spellings: dict[str, dict[str, int]] = {}
    docs_of: dict[str, set[int]] = {}
    own: list[list[tuple[Entity, str, bool]]] = []
    surname_docs: Counter[str] = Counter()
    ranks_of: dict[str, set[str]] = defaultdict(set)  # name key -> the ranks its mentions bear
    # name key -> document -> the fields of the roles its document gives a person named in full
    fields_of: dict[str, dict[int, frozenset[str]]] = defaultdict(dict)
    # name -> its slug, whether it is short, and the slug of the surname a short one gives
    short_of: dict[str, tuple[str, bool, str]] = {}
    spelled = _one_spelling(per_document)
    short_forms, clipped, clipped_here = _acronyms(per_document)
    spelled.update(short_forms)
    spelled.update(_countrys_bodies(per_document, spelled))
    for d, entities in enumerate(per_document):
        rows = []
        surnames = set()
        for entity in entities:
            name = entity.name
            if (info := short_of.get(name)) is None:
                short = not is_full_name(name)
                key = entity_slug(name)
                key = spelled.get(key, key)
                info = short_of[name] = (key, short, _surname_key(name) if short else "")
            key, short, _ = info
            if clipped_here and (body := clipped_here.get((d, name))) is not None:
                # "the Met" after "the Metropolitan Opera": its own document's body
                key = spelled.get(body, body) if body != slug(name) else entity_slug(name)
            rows.append((entity, key, short))
            total = evidence_of.get(key)
            if total is None:
                total = evidence_of[key] = {}
                spellings[key] = {}
                docs_of[key] = set()
            # Records made before evidence was kept have their type's label.
            pairs = entity.evidence or ((_label_of(entity.type), len(entity.mentions)),)
            for cue, count in pairs:
                total[cue] = total.get(cue, 0) + count
            total["documents"] = total.get("documents", 0) + 1
            if _GENDERED and (gender := entity.gender) in ("male", "female"):
                total[gender] = total.get(gender, 0) + 1
            if entity.attributes and (ranks := _ranks(entity)):
                ranks_of[key] |= ranks
            names = spellings[key]
            names[name] = names.get(name, 0) + 1
            docs_of[key].add(d)
            if not short and entity.type == "person":
                surnames.add(slug(surname_of(name)))
                if entity.attributes and (fields := _fields(entity)):
                    fields_of[key][d] = fields
        surname_docs.update(surnames)
        own.append(rows)

    # A word that is a person's surname in documents that name them in full leans to a person
    # where it stands alone.
    display = {
        key: _PARTIES.get(key)
        or (next(iter(c)) if len(c) == 1 else min(c, key=lambda n: (-c[n], n)))
        for key, c in spellings.items()
    }
    for key in clipped & display.keys():  # "Federal Reserve", however often it is "the Fed"
        display[key] = max(spellings[key], key=lambda n: (" " in n, spellings[key][n], n))
    types = {}
    for key, evidence in evidence_of.items():
        alone = " " not in display[key]
        surname = label_weight(surname_docs[key]) if alone and surname_docs[key] else 0
        if not alone and _opens_with_given_name(display[key], evidence):
            surname = GIVEN_NAME_VOTE
        types[key] = _vote(tuple(evidence.items()), surname, school_name(display[key]))
        if types[key] == "person" and alone and not surname_docs[key] and _a_towns_team(evidence):
            # The model's PERSON labels alone made it someone: set them aside.
            rest = tuple((cue, n) for cue, n in evidence.items() if cue != "PERSON")
            types[key] = _vote(rest, 0, school_name(display[key]))
    _won_is_an_event(evidence_of, types)  # before plurals: "two Baftas" won are the body's
    _pronouns_are_no_names(display, types)
    _club_words_are_no_people(display, types, evidence_of, surname_docs)
    _listed_by_initial(display, evidence_of, types)
    singular = _plurals(evidence_of, types)
    _versions(display, types)
    _events_named_in_full(spellings, types)

    people = _people(display, types, docs_of, evidence_of, ranks_of)
    people.total = len(per_document)
    firsts, lasts = Counter(), Counter()
    for key in people.members:
        words = display[key].split()
        firsts[slug(words[0])] += len(docs_of[key])
        lasts[slug(surname_of(display[key]))] += len(docs_of[key])

    # Team sheets name some players by initial and surname only ("R Corrigan"), and by
    # surname alone: a surname listed alone is the one initial it bears in the corpus (in two
    # documents or more), with no one named in full.
    by_initial: dict[str, list[str]] = defaultdict(list)
    for key, name in display.items():
        if types[key] == "person" and _initial(name) is not None:
            by_initial[_surname_key(name)].append(key)
    surnames_in = [
        {_surname_key(e.name) for e, _, _ in rows if e.type == "person"} if by_initial else set()
        for rows in own
    ]

    # The surnames of the people each document names, in full or not ("Ben Hinshelwood",
    # "B Hinshelwood", "Hinshelwood" all "hinshelwood").
    surnames_of = [
        {slug(surname_of(e.name)) for e, _, _ in rows if e.type == "person"} for rows in own
    ]

    keys: list[dict[str, str]] = []
    names: dict[str, str] = {}
    out_types: dict[str, str] = {}
    genders: dict[str, str] = {}
    apart = _namesakes(fields_of, docs_of, own)
    # The id of most entities depends on their name alone: found once per name. A short name
    # that may be a person's ("Blair") depends on its document.
    personal = {k for k, t in types.items() if t == "person"}
    towns = _towns_and_clubs(display, types, evidence_of)
    settled: dict[str, str] = {}
    for d, rows in enumerate(own):
        mapping = {}
        present = None
        # The surnames of the people its document names in full.
        people_here = {
            slug(surname_of(e.name)) for e, _, short in rows if not short and e.type == "person"
        }
        # the suffix of the ids of entities only this document can hold
        own_suffix = slug(document_ids[d] if document_ids is not None else str(d))
        team_sheet = _listed_people(rows) >= TEAM_SHEET
        for entity, key, short in rows:
            if apart and not short and (field := apart.get((key, d))) is not None:
                # One full name, two people: this document's role is of another field than
                # the name's other documents' ("Wales captain" against "Minister").
                corpus_id = mapping[entity.key] = f"person:{key}-{field}"
                names.setdefault(corpus_id, entity.name)
                out_types[corpus_id] = "person"
                if _GENDERED and (gender := entity.gender) in ("male", "female"):
                    genders.setdefault(corpus_id, gender)
                continue
            if short and _in_passing(entity):
                # "Digital cameras were ...", "House of Fraser": a common word the model took
                # for a name in passing, or the first word of a longer name: this document's.
                corpus_id = mapping[entity.key] = f"{entity.type}:{key}-{own_suffix}"
                names.setdefault(corpus_id, entity.name)
                out_types[corpus_id] = entity.type
                continue
            fixed = key not in towns and (
                not short
                or not (
                    entity.type == "person"
                    or key in personal
                    or short_of[entity.name][2] in personal
                    or not _PERSON_CUES.isdisjoint(map(itemgetter(0), entity.evidence))
                )
            )
            if fixed and (corpus_id := settled.get(key)) is not None:
                mapping[entity.key] = corpus_id
                continue
            cluster = people.cluster_of(key)
            surname = short_of[entity.name][2] if short else key
            evidence = _evidence(entity) if short else {}
            # A word as often a given name as a surname ("Terry", "Lee") is read as a surname
            # only where its own document and the corpus take it for a person, and by company;
            # one mostly a given name ("David", "Richard") never.
            first, last = firsts.get(surname, 0), lasts.get(surname, 0)
            given_like = first >= max(last, 1)
            if (
                cluster is None
                and short
                and _may_be_surname(
                    entity, surname, evidence, types=types, firm=surname not in people_here
                )
                and not (
                    given_like
                    and (
                        first > GIVEN_NAME_SHARE * last
                        or entity.type != "person"
                        or types.get(surname) != "person"
                    )
                )
            ):
                if present is None:
                    present = {key for _, key, _ in rows}
                cluster = people.bearer(
                    surname,
                    _initial(entity.name),
                    _entity_gender(entity, evidence),
                    present - {key},
                    docs_of,
                    person=types.get(surname) == "person",
                    ranks=_ranks(entity),
                    by_company=given_like or _team_sheet(evidence),
                )
                if cluster is not None and _someone_else_here(
                    entity, surname, rows, cluster, people
                ):
                    cluster = None
            if cluster is None and short and entity.type == "person":
                # "B Hinshelwood" in team sheets, "Ben Hinshelwood" named in full once in a
                # squad: an initial and a surname are the one person named in full the
                # initial fits whose documents name TEAMMATES of its document's surnames.
                cluster = _initialled_teammate(entity, surname, people, d, surnames_of)
                if cluster is not None and _someone_else_here(
                    entity, surname, rows, cluster, people
                ):
                    cluster = None
            if (
                cluster is None
                and short
                and " " not in entity.name
                and types.get(key) == "person"
                and not people.by_surname.get(key)
                and evidence.get("listed")
                and len(initialled := by_initial.get(key, ())) == 1
                and len(docs_of[initialled[0]]) >= 2
                and _teammates(surnames_in[d] - {key}, docs_of[initialled[0]] - {d}, surnames_in)
            ):
                corpus_id = mapping[entity.key] = f"person:{initialled[0]}"
                names.setdefault(corpus_id, display[initialled[0]])
                out_types[corpus_id] = "person"
                continue
            if cluster is not None:
                corpus_id = f"person:{slug(people.name[cluster])}"
                names[corpus_id] = people.name[cluster]
                out_types[corpus_id] = "person"
                if (gender := people.gender.get(cluster)) is not None:
                    genders[corpus_id] = gender
            else:
                kind = types[key]
                if key in towns:
                    kind = _town_or_club(_evidence(entity)) or kind
                elif (
                    kind == "person"
                    and short
                    and _body_here(entity, evidence, firm=surname not in people_here)
                ):
                    kind = entity.type
                own_key = singular.get(key, key)
                corpus_id = f"{kind}:{own_key}"
                # "Mr McDonald" where the corpus's "McDonald" is a company: a surname its own
                # document gives a courtesy title is someone's, of that document only.
                # So is a surname it lists in a team sheet and takes for a person ("Replacements:
                # Cairns, Lloyd, Broster" where the corpus's "Lloyd" is Lloyd's of London): a
                # sheet lists many people by one word, not a few browsers ("Opera, Safari").
                titled = (
                    short
                    and kind != "person"
                    and (
                        evidence.get("title", 0) > 0
                        or (entity.type == "person" and _team_sheet(evidence) and team_sheet)
                    )
                )
                if titled:
                    kind = "person"
                # A short name that several people could bear ("David", "Sir John", a
                # surname shared by namesakes) is someone of this document only.
                if titled or (
                    kind == "person"
                    and short
                    and _ambiguous(entity, surname, evidence, people, firsts=firsts, lasts=lasts)
                ):
                    corpus_id = f"{kind}:{key}-{own_suffix}"
                names.setdefault(corpus_id, display[own_key])
                out_types[corpus_id] = kind
                if kind == "person" and (gender := gender_of(evidence_of[key])) is not None:
                    genders.setdefault(corpus_id, gender)
            if fixed:
                settled[key] = corpus_id
            mapping[entity.key] = corpus_id
        keys.append(mapping)
    return Identities(tuple(keys), names, out_types, genders)


# What a document's own context says a town's name stands for: its club ("Bolton boss X",
# "Burnley have", "Hull v Burnley", "joined Burnley") or the town ("in Bolton", the model
# taking it for a town there too; "a doctor from Bolton", whatever the model's label). Not a
# possessive before a person ("London's mayor"), which a town has as often as a club, nor the
# label's context alone ("shares in London": "as_organization").
_CLUB_SIDE = ("club", "plural", "fixture", "career")
_TOWN_SIDE = ("place", "as_place", "hometown")


def _fields(entity: Entity) -> frozenset[str]:
    """The fields of life (``ROLE_FIELDS``) of the present roles a document gives a person:
    not "former" ones, which a career crosses ("Sports Minister", "former England striker")."""
    found = set()
    for attribute in entity.attributes:
        value = attribute.value.lower()
        if attribute.kind != "role" or _PAST_ROLE.match(value):
            continue
        for part in _ROLE_AND.split(value):  # "MP and England captain"
            words = part.split()
            field = ROLE_FIELDS.get(" ".join(words[-2:])) or ROLE_FIELDS.get(words[-1])
            if field is not None:
                found.add(field)
    return frozenset(found)


_PAST_ROLE = re.compile(r"(?:former|ex\b|ex-|then\b|retired|one-time|onetime|late)")
_ROLE_AND = re.compile(r"\s+(?:and|&)\s+")


def _namesakes(
    fields_of: Mapping[str, Mapping[int, frozenset[str]]],
    docs_of: Mapping[str, set[int]],
    own: Sequence[Sequence[tuple[Entity, str, bool]]],
) -> dict[tuple[str, int], str]:
    """The documents of a full name that are about a namesake: (name key, document) -> the
    field that tells them apart. A name whose documents give it roles of two fields or more,
    none of them both (one document giving both says they are one career), keeps the
    field most of its documents give (the first document's on a tie); the documents of another
    field are another person of that name, one per field. A document that gives no role goes
    with the field whose documents share the most with it (``_nearest_field``), or else stays
    with the name. Courtesy titles of two genders tell no namesake: a wife's "Mrs Howard" is
    often joined to her husband in one document."""
    apart = {}
    for key, per_document in fields_of.items():
        if len(per_document) < 2 or any(len(f) > 1 for f in per_document.values()):
            continue
        count = Counter(next(iter(f)) for f in per_document.values())
        if len(count) < 2:
            continue
        first = {}
        for d in sorted(per_document):
            first.setdefault(next(iter(per_document[d])), d)
        main = min(count, key=lambda field: (-count[field], first[field]))
        named_in = defaultdict(set)  # field -> the names its documents write
        for d, fields in per_document.items():
            field = next(iter(fields))
            named_in[field].update(k for _, k, _ in own[d])
            if field != main:
                apart[key, d] = field
        for d in docs_of[key] - per_document.keys():
            here = {k for _, k, _ in own[d]} - {key}
            if (field := _nearest_field(here, named_in, docs_of)) not in (None, main):
                apart[key, d] = field
    return apart


def _nearest_field(
    here: set[str], named_in: Mapping[str, set[str]], docs_of: Mapping[str, set[int]]
) -> str | None:
    """The field whose documents name most of the names ``here`` (what a document writes
    beside the person: a team, a rival, a country), each name weighing the less the more
    documents hold it; None on a tie or where they share nothing."""
    scores = Counter()
    for field, near in named_in.items():
        scores[field] = sum(1 / len(docs_of[k]) for k in here & near)
    (best, top), *rest = scores.most_common()
    return best if top > 0 and all(score < top for _, score in rest) else None


def _towns_and_clubs(
    display: Mapping[str, str],
    types: Mapping[str, str],
    evidence_of: Mapping[str, Mapping[str, int]],
) -> frozenset[str]:
    """Names of a town that its club shares: a name the model takes for a town somewhere (GPE)
    or someone comes from, given a team's staff, a fixture or a player's career somewhere
    ("Bolton boss X": the "club" cue; "Hull v Bolton": "fixture"; "joined Bolton": "career")
    and said to be somewhere elsewhere, no country's (a country's side is the country). Their
    documents decide, each for itself, which is meant."""
    return frozenset(
        key
        for key, evidence in evidence_of.items()
        if types[key] in ("organization", "place")
        # Someone from it says a town where the model labels none ("a doctor from Bolton").
        and (evidence.get("GPE", 0) or evidence.get("hometown", 0))
        and any(evidence.get(cue, 0) for cue in ("club", "fixture", "career"))
        and any(evidence.get(cue, 0) for cue in _TOWN_SIDE)
        and not evidence.get("country", 0)
        and not is_country(display[key])
    )


# What says a person in a name's mentions, beside the model's label: a courtesy title, a role,
# a speech verb, a first name, a bare surname standing for a full name. Not a gender, which a
# pronoun near a name the model takes for a person's gives ("was Llanelli's player of the
# season ... his").
_A_PERSONS = frozenset({*_SOMEONES, "speaker", "given"})


def _a_towns_team(evidence: Mapping[str, int]) -> bool:
    """Whether a one-word name the model labels a person is a town and its team (round r9,
    "Llanelli"): no mention gives it anything of a person's (``_A_PERSONS``), some give it a
    team's fixture, staff or players' careers ("v Llanelli", "played for Llanelli"), and some a
    town's place ("travel to Llanelli", "from Llanelli")."""
    return (
        _A_PERSONS.isdisjoint(cue for cue, n in evidence.items() if n)
        and any(evidence.get(cue, 0) for cue in ("club", "fixture", "career"))
        and any(evidence.get(cue, 0) for cue in _TOWN_SIDE)
        and bool(evidence.get("GPE", 0) or evidence.get("hometown", 0))
    )


def _town_or_club(evidence: Mapping[str, int]) -> str | None:
    """ "organization" (the club) or "place" (the town) where one document's cues say only one
    (the town's, with the model's label of a town or place there)."""
    club = any(evidence.get(cue, 0) for cue in _CLUB_SIDE)
    # Someone "from X" needs no label of a town: the model takes some for people there.
    town = evidence.get("hometown", 0) or (
        any(evidence.get(cue, 0) for cue in _TOWN_SIDE)
        and (evidence.get("GPE", 0) or evidence.get("LOC", 0))
    )
    if club != bool(town):
        return "organization" if club else "place"
    return None


def _initialled_teammate(
    entity: Entity, surname: str, people: _People, d: int, surnames_of: Sequence[set[str]]
) -> str | None:
    """The person named in full that an initial and a surname ("B Hinshelwood") in document
    ``d`` is: the one the corpus names with that surname whose given name the initial fits,
    where one of that person's other documents names TEAMMATES of the surnames ``d`` names
    (a team sheet by initials, a squad in full: the same side). None otherwise."""
    initial = _initial(entity.name)
    if initial is None:
        return None
    fits = [r for r in people.by_surname.get(surname, ()) if initials_fit(initial, people.name[r])]
    if len(fits) != 1:
        return None
    here = surnames_of[d] - {surname}
    return fits[0] if _teammates(here, people.documents[fits[0]] - {d}, surnames_of) else None


def _teammates(surnames: set[str], documents: set[int], surnames_in: Sequence[set[str]]) -> bool:
    """Whether TEAMMATES of a document's surnames are named in one of ``documents`` too (a
    team sheet by surnames, another by initials: "Murphy" and "G Murphy")."""
    return any(len(surnames & surnames_in[d]) >= TEAMMATES for d in documents)


def _one_spelling(per_document: Sequence[Sequence[Entity]]) -> dict[str, str]:
    """Names that differ only in hyphens and apostrophes ("X-Box", "Xbox"; "New Year's Eve")
    or only in spacing and punctuation, with the same capitals ("TimeWarner", "Time Warner";
    "BBC1", "BBC 1") or in two words or more ("Delta Airlines", "Delta Air Lines"), are one:
    each slug -> the slug of the form most documents write (ties: the first in order).
    "Gross" is not "G Ross", "Southwest" not "South West", "MS" not "M&S"."""
    documents: Counter[str] = Counter()
    spelled: dict[str, set[str]] = defaultdict(set)
    for entities in per_document:
        keys = set()
        for e in entities:
            key = slug(e.name)
            keys.add(key)
            spelled[key].add(e.name)
        documents.update(keys)
    forms: dict[str, list[str]] = defaultdict(list)
    for key in documents:
        forms[key.replace("-", "")].append(key)
    out = {}
    for keys in forms.values():
        if len(keys) > 1:
            best = min(keys, key=lambda k: (-documents[k], k))
            folds = {f for name in spelled[best] for f in _spelling_folds(name)}
            for k in keys:
                if k != best and any(f in folds for n in spelled[k] for f in _spelling_folds(n)):
                    out[k] = best
    return out


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_INITIALS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
# A body's name cut to the first syllable of its first word, an adjective, once the article
# has named it in full: "the Federal Reserve" ... "the Fed", "the Metropolitan Police" ... "the
# Met" (not "the Sun" beside "the Sunday Times").
_CLIPPING = re.compile(r"[A-Z][a-z]{2}")
_ADJECTIVE_ENDINGS = ("al", "an", "ic", "ive", "ary", "ory")


def _acronyms(
    per_document: Sequence[Sequence[Entity]],
) -> tuple[dict[str, str], set[str], dict[tuple[int, str], str]]:
    """A body's acronym or clipped name and its name written in one document ("the
    International Monetary Fund (IMF)", "the IMF"; "the Federal Reserve", "the Fed") are one
    body across the corpus, when an acronym stands for one name only (the slug of the form
    fewer documents write -> the other's: "imf" -> "international-monetary-fund";
    "british-broadcasting-corporation" -> "bbc") and a clipped name for one name mostly (its
    slug -> the name's: "fed" -> "federal-reserve"); the slugs clipped names go to; and, per
    (document, clipped name), the slug it is in a document whose own long name is another body
    ("the Metropolitan Opera ... the Met" where the corpus's Met is the police), or its own
    slug there when it follows several."""
    documents: Counter[str] = Counter()
    stands_for: dict[str, set[str]] = defaultdict(set)
    clipped_from: dict[str, Counter[str]] = defaultdict(Counter)  # documents per long name
    linked: dict[tuple[int, str], set[str]] = defaultdict(set)  # its long names per document
    for d, entities in enumerate(per_document):
        names = {e.name for e in entities if e.type != "person"}
        documents.update(slug(n) for n in names)
        written = {n for n in names if _ACRONYM.fullmatch(n)}
        # an acronym the document's entity of the body holds as its short form ("The British
        # Retail Consortium ... the BRC said": one entity, the acronym an alias)
        written |= {
            a
            for e in entities
            if e.type != "person" and " " in e.name
            for a in e.aliases
            if _ACRONYM.fullmatch(a)
        }
        clipped = {n for n in names if _CLIPPING.fullmatch(n)}
        first_seen = {}
        for e in entities if clipped else ():
            seen = min((m.start for m in e.mentions), default=inf)
            first_seen[e.name] = min(first_seen.get(e.name, inf), seen)
        for name in names if written or clipped else ():
            if " " not in name:
                continue
            initials = "".join(w[0] for w in name.split() if w not in _NOT_INITIALS)
            if initials in written:
                stands_for[initials].add(slug(name))
            # "the Fed" of "the Federal Reserve", "the Met" of "the Metropolitan Police".
            first = name.split()[0]
            for short in clipped:
                if (
                    first.startswith(short)
                    and first.endswith(_ADJECTIVE_ENDINGS)
                    and first_seen[name] < first_seen[short]
                ):
                    clipped_from[short][slug(name)] += 1
                    linked[d, short].add(slug(name))
    out = {}
    for acronym, (full, *others) in stands_for.items():
        if not others:
            rare, common = sorted((slug(acronym), full), key=lambda k: (documents[k], k))
            out[rare] = common
    # A clipped name is the body it follows in most documents, two or more, twice as often as
    # any other ("Federal Reserve" against a "Federal Reserve Bank" once), named in full.
    for short, longer in clipped_from.items():
        (full, n), *others = longer.most_common(2)
        if n >= 2 and (not others or n >= 2 * others[0][1]):
            out[slug(short)] = full
    # A document that names its own body in full keeps it: "the Met" of its "Metropolitan
    # Opera" is no police, however many documents' Met is ("Metropolitan Police Authority"
    # opens with the police's name: the corpus's).
    here = {}
    for (d, short), longs in linked.items():
        winner = out.get(slug(short))
        if winner is None or not any(k == winner or k.startswith(f"{winner}-") for k in longs):
            here[d, short] = next(iter(longs)) if len(longs) == 1 else slug(short)
    targets = {out[slug(short)] for short in clipped_from if slug(short) in out}
    return out, targets | {k for (_, s), k in here.items() if k != slug(s)}, here


def _countrys_bodies(
    per_document: Sequence[Sequence[Entity]], spelled: Mapping[str, str]
) -> dict[str, str]:
    """A body's name after its country's ("US Federal Reserve", "US Congress", "UK Treasury")
    is the body the corpus names without it ("Federal Reserve", "Congress", "Treasury"), when
    that body is the country's: its own documents (three or more, more than the prefixed
    name's) name that country in half of them at least and twice as often as any other (the US
    Treasury is no UK Treasury, a "US Court of Appeal" no Court of Appeal of England and
    Wales). Returns slug -> slug of the body."""
    bodies: Counter[str] = Counter()
    prefixed: dict[str, tuple[str, str]] = {}  # slug -> (country, slug of the rest)
    countries_of: dict[int, set[str]] = {}
    for d, entities in enumerate(per_document):
        countries_of[d] = {e.name for e in entities if e.type == "place" and is_country(e.name)}
        for e in entities:
            if e.type != "organization":
                continue
            bodies[slug(e.name)] += 1
            first, _, rest = e.name.partition(" ")
            if rest and rest[:1].isupper() and (country := country_of(first)) is not None:
                prefixed[slug(e.name)] = (country, slug(rest))
    wanted = {rest for _, rest in prefixed.values() if bodies[rest] > 0}
    if not wanted:
        return {}
    near: dict[str, Counter[str]] = defaultdict(Counter)
    for d, entities in enumerate(per_document):
        for key in {slug(e.name) for e in entities if e.type == "organization"} & wanted:
            near[key].update(countries_of[d])
    out = {}
    for key, (country, rest) in prefixed.items():
        counts = near.get(rest)
        others = [n for c, n in counts.items() if c != country] if counts else ()
        if (
            counts
            and bodies[rest] >= max(3, bodies[key] + 1)
            and 2 * counts[country] >= bodies[rest]
            and counts[country] >= 2 * max(others, default=0)
        ):
            out[key] = spelled.get(rest, rest)
    return out


def _spelling_folds(name: str) -> tuple[tuple[str, str], ...]:
    folds = (
        ("case", _HYPHENS.sub("", name).casefold()),
        ("spacing", _NOT_LETTERS.sub("", name)),
    )
    # Two names of two words or more that differ in a space are one whatever the capitals
    # ("Delta Air Lines", "Delta Airlines"); one word may be another's ("Gross", "G Ross").
    if " " in name.strip():
        return (*folds, ("words", _NOT_LETTERS.sub("", name).casefold()))
    return folds


_HYPHENS = re.compile(r"[-‐‑–'’]")
# "&" stays: "M&S" is not "MS", "B&B" not "BB".
_NOT_LETTERS = re.compile(r"[^\w&]|_")


# Cues that a name is something's, not someone's: a given name in it is a namesake's ("the
# film Donnie Brasco", "the band Manfred Mann").
_THING_CUES = frozenset({"WORK", "as_work", "as_product", "as_organization", "as_place"})
_PERSON_EVIDENCE = frozenset({"PERSON", "title", "role", "speaker", "short", "as_person"})


def _opens_with_given_name(name: str, evidence: Mapping[str, int]) -> bool:
    """Whether a name of two or three capitalised words opens with a given name (one the
    lexicon knows the gender of), and some mention reads as a person's: labelled one, or
    titled, or speaking. "Santa Barbara" or "Hyde Park", only ever labelled places, are not."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and _THING_CUES.isdisjoint(evidence)
        and not _PERSON_EVIDENCE.isdisjoint(evidence)
        and first_name_gender(name) is not None
    )


def _listed_by_initial(
    display: Mapping[str, str], evidence_of: Mapping[str, Mapping[str, int]], types: dict[str, str]
) -> None:
    """A given name and a surname the model only ever took for a place or a body ("Gethin
    Jenkins" a place in three documents) is a person's where other documents list that person
    by initial ("G Jenkins" in team sheets): ``types`` is updated."""
    for key, kind in types.items():
        if kind == "person":
            continue
        words = display[key].split()
        if (
            len(words) == 2
            and words[0].isalpha()
            and len(words[0]) > 1
            and words[1][:1].isupper()
            and _THING_CUES.isdisjoint(evidence_of[key])
            and first_name_gender(display[key]) is not None
            and types.get(slug(f"{words[0][0]} {words[1]}")) == "person"
        ):
            types[key] = "person"


def _in_passing(entity: Entity) -> bool:
    """Whether every mention of a one-word name is a common word opening a sentence before its
    noun or the first word of a longer name cut before "of" (``entities``: "opener", "cut")."""
    evidence = dict(entity.evidence)
    passing = evidence.get("opener", 0) + evidence.get("cut", 0)
    return passing > 0 and passing >= len(entity.mentions)


def _team_sheet(evidence: Mapping[str, int]) -> bool:
    """A surname in a list of names (a team sheet) that its document never titles nor has
    speak: someone by the company it keeps alone ("Murphy" among London Irish players is not
    Geordan Murphy of Ireland)."""
    return bool(evidence.get("listed")) and not any(
        evidence.get(cue) for cue in ("title", "role", "speaker")
    )


def _listed_people(rows: Sequence[tuple[Entity, str, bool]]) -> int:
    """How many one-word names a document lists (``listed``) and takes for people."""
    return sum(
        e.type == "person" and " " not in e.name and any(c == "listed" for c, _ in e.evidence)
        for e, _, _ in rows
    )


def _someone_else_here(
    entity: Entity,
    surname: str,
    rows: Sequence[tuple[Entity, str, bool]],
    root: str,
    people: _People,
) -> bool:
    """Whether a bare surname's own document names someone else in full with it, whom the
    person ``root`` (a cluster of ``people``) found elsewhere cannot be (round r10b, the BBC
    merge audit):

    - a full name ending in it that the model took for a body there ("George Lucas" an
      organisation, then "Lucas said"): in-document resolution joins people only, so the bare
      surname is left alone, and is that name's, not Matt Lucas's of another document (a name
      holding the bearer's given name is theirs: "Tory Michael Howard");
    - a given name right before a mention of it that the model cut into another name ("BBC
      Radio 1 DJ Trevor" + "Nelson"): Trevor Nelson, not Barry Nelson, unless the bearer has
      that given name (or a short form of it).
    """
    given = people.name[root].split(maxsplit=1)[0]
    ends = {m.end: other for other, _, _ in rows if other is not entity for m in other.mentions}
    for other, key, short in rows:
        if other is entity or short or other.type == "person" or len(other.name.split()) < 2:
            continue
        if (
            _surname_key(surname_of(other.name)) == surname
            and people.cluster_of(key) != root
            and given not in other.name.split()
        ):
            return True
    for mention in entity.mentions:
        other = ends.get(mention.start - 1)
        if other is None or other.type == "person":
            continue
        word = other.name.split()[-1]
        if (
            len(other.name.split()) > 1
            and word[:1].isupper()
            and word[1:].islower()
            and first_name_gender(f"{word} {entity.name}") is not None  # a given name
            and word.casefold() != given.casefold()
            and not short_form_of(word, given)
            and not short_form_of(given, word)
        ):
            return True
    return False


def _surname_key(name: str) -> str:
    words = name.split()
    if len(words) == 2 and is_initial(words[0]):
        return slug(words[1])
    return slug(name)


def _ranks(entity: Entity) -> frozenset[str]:
    """The ranks ("lord", "dr") the titles of an entity's mentions give it."""
    return frozenset(
        rank
        for a in entity.attributes
        if a.kind == "title" and (rank := _RANKS.get(a.value.lower().rstrip("."))) is not None
    )


def _initial(name: str) -> str | None:
    words = name.split()
    return words[0].replace(".", "") if len(words) == 2 and is_initial(words[0]) else None


def _ambiguous(
    entity: Entity,
    surname: str,
    evidence: Mapping[str, int],
    people: _People,
    *,
    firsts: Mapping[str, int],
    lasts: Mapping[str, int],
) -> bool:
    if entity.name.split()[0].lower() in ROYAL_TITLES:
        return False
    if evidence.get("given") or entity.name.split()[0].lower() in PERSON_TITLES:
        return True
    return bool(people.by_surname.get(surname)) or firsts.get(surname, 0) >= max(
        lasts.get(surname, 0), 1
    )


_TYPE_LABELS = {kind: label for label, kind in reversed(ENTITY_TYPES.items())}


def _label_of(kind: str) -> str:
    return _TYPE_LABELS.get(kind, "ORG")


_PERSON_CUES = frozenset({"title", "role", "speaker", "given"})
# Cues only a body gets in a document: a team's staff ("Toulouse's former Irish international
# X", "Corvin boss X"), a plural verb ("Corvin have"), "which"; and a word in brackets after a
# person's name ("Iain Fullarton (Saracens)", "David Schwimmer (Ross)": his club or his part,
# round r11), no surname of someone named elsewhere (Diana Ross); not a name before a role
# ("Trump attorney X", an ``affiliate`` too), which may be someone's.
_BODY_CUES = ("club", "plural", "which", "bracketed")
# A firm's ("as_organization": counted among firms, a legal form, "analysts X"; round r10b:
# "Liggett Group and Brown and Williamson" is no Gordon Brown), where its document names no
# one in full with the word ("Stan Lee ... Lee co-created", whatever the model's label).
_FIRM_CUES = (*_BODY_CUES, "as_organization")


def _body_here(entity: Entity, evidence: Mapping[str, int], *, firm: bool = False) -> bool:
    """Whether a document says only a body's things of a one-word name, which then is no
    surname of someone named elsewhere: its own type no person's, a body's cue, and no
    person's cue or gender."""
    return (
        entity.type != "person"
        and " " not in entity.name  # "Cage's character Ben Gates chase": no body
        and any(evidence.get(cue) for cue in (_FIRM_CUES if firm else _BODY_CUES))
        and not any(evidence.get(cue) for cue in (*_PERSON_CUES, "male", "female"))
    )


def _may_be_surname(
    entity: Entity,
    key: str,
    evidence: Mapping[str, int],
    *,
    types: Mapping[str, str],
    firm: bool = False,
) -> bool:
    """Whether a one-word name may be read as a surname of someone named in full elsewhere.

    Not a given name ("Sir John"; a word more often a first name than a last one in the
    corpus, "David", "Terry", only by company: see ``_People.bearer``); and the mention must be
    able to be a person: a person by its own document or by the corpus, or titled, or the
    subject of "said".
    """
    words = entity.name.split()
    if is_full_name(entity.name) or words[0].lower() in PERSON_TITLES or evidence.get("given"):
        return False
    if evidence.get("WORK", 0) and not evidence.get("title"):
        return False
    if evidence.get("country") and not evidence.get("title"):
        return False  # "Wales are thought to be interested" is no "East Wales" elsewhere
    if evidence.get("character"):
        return False  # "his character Bruno" is no Sebastien Bruno named elsewhere
    if _body_here(entity, evidence, firm=firm):
        return False
    return (
        entity.type == "person"
        or types.get(key) == "person"
        or bool(evidence.get("title") or evidence.get("role") or evidence.get("speaker"))
    )


class _People:
    """The people named in full across the corpus, their spellings merged."""

    def __init__(self) -> None:
        self.union = _UnionFind()
        self.members: set[str] = set()
        self.name: dict[str, str] = {}  # cluster root -> canonical name
        self.gender: dict[str, str] = {}
        self.by_surname: dict[str, list[str]] = defaultdict(list)  # surname slug -> roots
        self.docs: dict[str, int] = {}  # root -> document count
        self.documents: dict[str, set[int]] = {}  # root -> its documents
        self.ranks: dict[str, set[str]] = {}  # root -> the ranks it bears anywhere
        self.total = 2  # documents in the corpus

    def cluster_of(self, key: str) -> str | None:
        return self.union.find(key) if key in self.members else None

    def bearer(
        self,
        surname: str,
        initial: str | None,
        gender: str | None,
        present: set[str],
        docs_of: Mapping[str, set[int]],
        *,
        person: bool = True,
        ranks: frozenset[str] = frozenset(),
        by_company: bool = False,
    ) -> str | None:
        """The one person named in full with this surname that a bare mention can mean.

        Of several namesakes, the one whose company the document keeps (its other names seen
        beside them, weighted by rarity: COMPANY_EVIDENCE at least, twice any other's), else
        one with DOMINANCE times the documents of the next that the document does not
        contradict. A lone namesake named in full in fewer than a share ESTABLISHED of the
        documents, or with a surname that is mostly not a person's across the corpus
        (``person`` false: "Blackburn", "Scotland"), needs half that company. A mention
        with a rank (``ranks``: "Lord X", "Dr X") only means someone given that rank. A word
        more often a given name in the corpus (``by_company``: "Terry" in a Chelsea team
        sheet) means someone by company alone, and all of COMPANY_EVIDENCE.
        """
        candidates = [
            root
            for root in self.by_surname.get(surname, ())
            if ranks <= self.ranks.get(root, frozenset())
            and not (gender and self.gender.get(root) not in (None, gender))
            and not (gender == "female" and self.gender.get(root) != "female")
            and (initial is None or initials_fit(initial, self.name[root]))
        ]
        if not candidates:
            return None
        # Who each namesake appears beside: a bare surname goes to the one whose company the
        # document keeps ("Thompson" among rugby players is not Bill Thompson). Each shared
        # name weighs by its rarity: everyone appears beside "England".
        total = max(self.total, 2)

        def company(root: str) -> float:
            documents = self.documents[root]
            shared = (k for k in present if not docs_of[k].isdisjoint(documents))
            return sum(log(total / len(docs_of[k])) for k in shared)

        if by_company:
            shared = {r: company(r) for r in candidates}
            best = max(candidates, key=lambda r: (shared[r], -self.docs[r], r))
            others = [shared[r] for r in candidates if r != best]
            if shared[best] >= COMPANY_EVIDENCE and shared[best] >= 2 * max(others, default=0):
                return best
            return None
        if len(candidates) == 1:
            root = candidates[0]
            shared = company(root)
            # A document sharing no other name with any of the person's is another world
            # (a football team sheet's "Hill" is not the rugby flanker Richard Hill).
            if person and self.docs[root] >= ESTABLISHED * self.total and (shared or not present):
                return root
            return root if shared >= COMPANY_EVIDENCE / 2 else None
        shared = {r: company(r) for r in candidates}
        by_company = sorted(candidates, key=lambda r: (-shared[r], -self.docs[r], r))
        best, second = by_company[0], by_company[1]
        if shared[best] >= COMPANY_EVIDENCE and shared[best] >= 2 * shared[second]:
            return best
        by_docs = sorted(candidates, key=lambda r: (-self.docs[r], r))
        top = by_docs[0]
        if (
            self.docs[top] >= DOMINANCE * self.docs[by_docs[1]]
            and shared[top] >= max(shared.values())
            and (shared[top] or not present)
        ):
            return top
        return None


def _people(
    display: Mapping[str, str],
    types: Mapping[str, str],
    docs_of: Mapping[str, set[int]],
    evidence_of: Mapping[str, Mapping[str, int]],
    ranks_of: Mapping[str, set[str]],
) -> _People:
    people = _People()
    full = sorted(k for k, name in display.items() if types[k] == "person" and is_full_name(name))
    people.members.update(full)
    first_words = Counter(slug(display[k].split()[0]) for k in full)

    # "Sprinter Kelly Holmes" -> "Kelly Holmes": leading words never a given name elsewhere.
    for key in full:
        words = display[key].split()
        for cut in range(1, len(words) - 1):
            tail = slug(" ".join(words[cut:]))
            dropped = words[:cut]
            if (
                tail in people.members
                and len(docs_of[tail]) >= len(docs_of[key])
                and all(first_words[slug(w)] <= 1 for w in dropped)
            ):
                people.union.union(tail, key)
                break
    # "American Taylor Dent" taken for a body: a nationality glued before a person's full name
    # makes no other entity of another type (the lexicon of given names holds "American").
    for key, name in display.items():
        words = name.split()
        tail = slug(" ".join(words[1:]))
        if (
            len(words) >= 3
            and types[key] != "person"
            and tail in people.members
            and len(docs_of[tail]) >= len(docs_of[key])
            and words[0] in DEMONYMS
            and not evidence_of[key].get("as_organization", 0)
        ):
            people.members.add(key)
            people.union.union(tail, key)

    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in full:
        by_surname[slug(surname_of(display[key]))].append(key)

    # Spellings of one name: same surname and word count, close given names, or a middle
    # initial more ("George W Bush"); never together in one document, nor of two genders
    # (told by titles, else by the given name's other bearers: "Michelle"/"Michael Collins").
    given_genders: dict[str, Counter[str]] = defaultdict(Counter)
    gender_by_key = {}
    for key in full:
        if (gender := gender_of(evidence_of[key])) is not None:
            gender_by_key[key] = gender
            given_genders[slug(display[key].split()[0])][gender] += len(docs_of[key])
    for key in full:
        if key not in gender_by_key:
            votes = given_genders.get(slug(display[key].split()[0]))
            if votes and (gender := gender_of(votes)) is not None:
                gender_by_key[key] = gender
    for group in by_surname.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda k: (-len(docs_of[k]), k))
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                ga, gb = gender_by_key.get(a), gender_by_key.get(b)
                if (
                    not (ga and gb and ga != gb)
                    and docs_of[a].isdisjoint(docs_of[b])
                    and _spellings_of_one(display[a], display[b])
                ):
                    people.union.union(a, b)

    clusters: dict[str, list[str]] = defaultdict(list)
    for key in full:
        clusters[people.union.find(key)].append(key)
    for root, members in clusters.items():
        best = min(members, key=lambda k: (-len(docs_of[k]), display[k]))
        people.name[root] = display[best]
        people.documents[root] = (
            docs_of[members[0]] if len(members) == 1 else set().union(*map(docs_of.get, members))
        )
        people.docs[root] = len(people.documents[root])
        if ranks := set().union(*(ranks_of.get(k, ()) for k in members)):
            people.ranks[root] = ranks
        evidence = {g: sum(evidence_of[k].get(g, 0) for k in members) for g in ("male", "female")}
        if (gender := gender_of(evidence)) is not None:
            people.gender[root] = gender
        for surname in {slug(surname_of(display[k])) for k in members}:
            people.by_surname[surname].append(root)
    # A given name's gender, from the people bearing it: "Mrs Wilkinson" is not Jonny's.
    given: dict[str, Counter[str]] = defaultdict(Counter)
    for root, gender in people.gender.items():
        given[slug(people.name[root].split()[0])][gender] += 1
    for root, name in people.name.items():
        if root not in people.gender:
            votes = given.get(slug(name.split()[0]))
            if votes and (gender := gender_of(votes)) is not None:
                people.gender[root] = gender
    return people


def _pet_of_one(pet: str, full: str) -> bool:
    """Whether the full name ``pet`` opens with a pet form of the given name of ``full`` (same
    surname checked by the caller), the longer given name of known gender and the pet form
    not of the other ("Bernie Ebbers", "Bernard Ebbers"; not "Rosie"/"Rosemond" of a man)."""
    if not pet_form_of(pet.split(maxsplit=1)[0], full.split(maxsplit=1)[0]):
        return False
    gender = first_name_gender(full)
    return gender is not None and first_name_gender(pet) in (None, gender)


def _spellings_of_one(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if wa[-1].lower() != wb[-1].lower():
        return False
    # "George W Bush" and "George Bush": a middle initial more or less.
    plain_a = [w for w in wa[:-1] if not is_initial(w)]
    plain_b = [w for w in wb[:-1] if not is_initial(w)]
    if len(wa) != len(wb) and plain_a and plain_a == plain_b and wa[0] == wb[0]:
        return True
    if len(wa) != len(wb):
        return False
    given_a, given_b = " ".join(wa[:-1]).lower(), " ".join(wb[:-1]).lower()
    if short_form_of(given_a, given_b) or short_form_of(given_b, given_a):
        return True  # "Andy"/"Andrew Murray"
    if _pet_of_one(a, b) or _pet_of_one(b, a):
        return True  # "Bernie"/"Bernard Ebbers"
    shorter, longer = sorted((len(given_a), len(given_b)))
    # The ratio is at most 2 * shorter / (shorter + longer): most pairs need no matching.
    if shorter < 4 or 2 * shorter < SPELLING_RATIO * (shorter + longer):
        return False
    matcher = SequenceMatcher(None, given_a, given_b)
    return matcher.quick_ratio() >= SPELLING_RATIO and matcher.ratio() >= SPELLING_RATIO
