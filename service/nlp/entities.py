"""Named entities: mentions, canonical entities per document, and their salience.

The span repairs live in ``spans`` (a pipeline component), the context cues in ``cues``, the
titles and roles in ``roles``; who is who across documents in ``identity``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from service.nlp.cues import Cues, class_of, heads_phrase
from service.nlp.entity_places import country_of, is_country, is_region
from service.nlp.kinds import vote_type
from service.nlp.lexicon import (
    CLUB_NAME_ENDINGS,
    DEMONYMS,
    ENTITY_TYPES,
    FIRM_HEADS,
    NAME_PARTICLES,
    OCCUPATIONS,
    ORG_SUFFIXES,
    PARTY_WORDS,
    POST_NOMINALS,
    ROLE_HEADS,
    WORK_NOUNS,
)
from service.nlp.names import (
    entity_slug,
    initials_fit,
    is_full_name,
    is_initial,
    short_form_of,
    slug,
    surname_of,
)
from service.nlp.person_words import first_name_gender
from service.nlp.records import Entity, Mention
from service.nlp.roles import person_attributes
from service.nlp.spans import (
    COMMON_NOUNS,
    COMMON_VERBS,
    NICKNAMED,
    add_entity_rules,
    list_goes_on,
    nickname,
    opens_sentence,
)
from service.nlp.tokens import (
    POSSESSIVES,
    canonical_name,
    doc_text,
    lower_case_words,
    surface,
)

# difflib ratio from which two given names of one surname in one document are one spelling
# ("Hilary"/"Hillary": 0.92); identity.py's corpus-wide threshold.
SPELLING_RATIO = 0.8

__all__ = [
    "POST_NOMINALS",
    "add_entity_rules",
    "canonical_name",
    "doc_text",
    "extract_mentions",
    "resolve_entities",
    "sentence_starts",
]

# --- Mentions and canonical entities -----------------------------------------------------------


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where each sentence of ``doc`` starts."""
    return [sent.start_char for sent in doc.sents]


def extract_mentions(doc: Doc) -> list[Mention]:
    """Mentions of the entity types this service reports, in text order."""
    starts = sentence_starts(doc)
    out = []
    for e in doc.ents:
        if e.label_ not in ENTITY_TYPES:
            continue
        text, start, end = e.text, e.start_char, e.end_char
        # A spelled ordinal opening a person's name of three words or more is a position or a
        # rank written before it, no given name ("Third Brittany Kowalski", a curler's
        # position; "Second Lieutenant Ann Hale").
        if e.label_ == "PERSON" and len(e) > 2 and e[0].lower_ in _RANK_ORDINALS:
            text, start = text[e[1].idx - start :], e[1].idx
        # What the tokenizer glues to a name's last word is no part of it: an age ("Natalie
        # Appleton,31"), a character reference for a mangled apostrophe ("Mr Blair&#191;s").
        if e.label_ == "PERSON" and (tail := _GLUED_TAIL.search(text)) is not None:
            text, end = text[: tail.start()], start + tail.start()
        out.append(Mention(text, e.label_, start, end, bisect_right(starts, start) - 1))
    joined = _possessive_firms_joined(doc, _joined_people(_suffixes_joined(doc, out)))
    return _split_at_and_joined(doc, joined)


def _bodies_joined(
    doc: Doc, mentions: list[Mention], joins: Callable[[Mention, Mention, str], bool]
) -> list[Mention]:
    """Mentions with each one that ``joins(previous, mention, text)`` says is the rest of the
    name before it merged with it, as one organisation's name."""
    text = doc_text(doc)
    out: list[Mention] = []
    for m in mentions:
        if out and joins(out[-1], m, text):
            previous = out[-1]
            whole = text[previous.start : m.end]
            out[-1] = Mention(whole, "ORG", previous.start, m.end, previous.sentence_index)
        else:
            out.append(m)
    return out


# The words between two halves of a body's name cut at its conjunction.
_CONJUNCTIONS = frozenset({" and ", " & "})


def _split_at_and_joined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a body's name the recogniser cut at its "and" ("World Travel" and "Tourism
    Council" of "the World Travel and Tourism Council (WTTC)") joined, where the article
    writes the acronym of the whole name: its capitalised words' initials."""
    acronyms = {m.text for m in mentions if m.label == "ORG" and m.text.isupper()}
    if not acronyms:
        return mentions

    def joins(previous: Mention, m: Mention, text: str) -> bool:
        if not (
            m.label == "ORG"
            and previous.label == "ORG"
            and text[previous.end : m.start] in _CONJUNCTIONS
        ):
            return False
        whole = text[previous.start : m.end]
        initials = "".join(w[0] for w in whole.split() if w[:1].isupper())
        return len(initials) > 2 and initials in acronyms

    return _bodies_joined(doc, mentions, joins)


# A possessive name and a company noun the recogniser cut apart: "Foster" "'s" "Group".
_POSSESSIVE_GAP = frozenset({"'s ", "’s "})


def _possessive_firms_joined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions with a company noun the recogniser took alone after a possessive name
    ("Foster's Group" as "Foster" and "Group", "McDonald's Corporation") joined into the
    company's name: an organisation's."""
    if not any(m.text in FIRM_HEADS for m in mentions):
        return mentions

    def joins(previous: Mention, m: Mention, text: str) -> bool:
        return (
            m.text in FIRM_HEADS
            and m.label == "ORG"
            and previous.label in ("ORG", "PERSON")
            and text[previous.end : m.start] in _POSSESSIVE_GAP
        )

    return _bodies_joined(doc, mentions, joins)


# Generational suffixes: written after a full name, never a name on their own.
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _suffixes_joined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions with a lone generational suffix the recogniser cut off ("Bruce L" ...
    "Jr" for "Bruce L Castor Jr") joined to the person's name it ends: the name mention
    right before it, across capitalised words between them on the same line."""
    if not any(m.text in _SUFFIXES for m in mentions):
        return mentions
    text = doc_text(doc)
    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        between = text[previous.end : m.start] if previous is not None else ""
        if (
            m.text in _SUFFIXES
            and m.label == "PERSON"
            and previous is not None
            and previous.label == "PERSON"
            and previous.text not in _SUFFIXES
            and len(between) < 30
            and "\n" not in between
            and all(w[:1].isupper() and w.isalpha() for w in between.split())
            and between.startswith(" ")
            and between.endswith(" ")
        ):
            out[-1] = Mention(
                text[previous.start : m.end],
                "PERSON",
                previous.start,
                m.end,
                previous.sentence_index,
            )
            continue
        out.append(m)
    return out


# Two names joined by a hyphen: "the Ford-Suharto meeting", "the Alito-Prelogar exchange".
_JOINED = re.compile(r"^([A-Z][\w'’]+)-([A-Z][\w'’]+)$")


def _joined_people(mentions: list[Mention]) -> list[Mention]:
    """Mentions with "Ford-Suharto" split into its two people where each word is the name of
    a person the document names elsewhere (their surname, or their one name: "Suharto"); a
    double-barrelled surname ("Lloyd-Webber") is not two people's."""
    if not any("-" in m.text for m in mentions):
        return mentions
    people = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and "-" not in m.text}
    out = []
    for m in mentions:
        joined = _JOINED.match(m.text) if "-" in m.text else None
        if joined is None or not {joined.group(1), joined.group(2)} <= people:
            out.append(m)
            continue
        cut = m.start + joined.end(1)
        out.append(Mention(joined.group(1), "PERSON", m.start, cut, m.sentence_index))
        out.append(Mention(joined.group(2), "PERSON", cut + 1, m.end, m.sentence_index))
    return out


_RANK_ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
_GLUED_TAIL = re.compile(r"(?<=[^\W\d_])(?:,\d|&#?\w+;)")


# Last words of the names of a country's bodies that every country has one of: "Foreign
# Ministry", "US Embassy". Written after the country ("Pakistan's Foreign Ministry", "an Israeli
# Foreign Ministry spokesman"), the name is that country's body, not every country's.
_EVERY_COUNTRYS = frozenset({"Ministry", "Embassy"})


def _bodies_of_a_country(doc: Doc, mentions: Sequence[Mention], names: list[str]) -> None:
    """Rewrite "Foreign Ministry" to "Pakistan Foreign Ministry" where a country's name and
    a possessive, or its demonym, stand right before it; its other mentions in the document
    too, when they can only be that one country's."""
    qualified: dict[str, set[str]] = {}
    for i, m in enumerate(mentions):
        words = names[i].split()
        if m.label != "ORG" or words[-1] not in _EVERY_COUNTRYS or len(words) > 3 or i == 0:
            continue
        prev = mentions[i - 1]
        between = doc_text(doc)[prev.end : m.start].strip()
        country = None
        if between in POSSESSIVES and is_region(prev.text):
            country = prev.text
        elif not between and prev.text in DEMONYMS:
            country = DEMONYMS[prev.text]
        if country is not None and not is_region(words[0]) and words[0] not in DEMONYMS:
            qualified.setdefault(names[i], set()).add(f"{country} {names[i]}")
            names[i] = f"{country} {names[i]}"
    for i, name in enumerate(names):
        if len(forms := qualified.get(name, ())) == 1:
            names[i] = next(iter(forms))


def _gender_conflict(one: str | None, other: str | None) -> bool:
    return one is not None and other is not None and one != other


def _resolve_people(
    mentions: Sequence[Mention],
    cues: Sequence[Cues],
    names: list[str],
    modifiers: frozenset[int] = frozenset(),
    described: frozenset[int] = frozenset(),
) -> set[int]:
    """Rewrite ``names`` so that a short mention of a person takes the full name it refers to.

    "Mr Blair", a bare "Blair", "Blair's" or "T Blair" is the person with that surname (and
    initial) most recently named in full before it (else the first named after it), of a
    compatible gender; "Sir John" is the one named in full with that given name. The gender
    of a person named in full comes from the titles of the short mentions that can only be
    theirs, else from the first one met. A royal ("Prince Charles") keeps the title.

    Returns the mentions that took a full name by their surname: a second reference that
    only a person gets.
    """
    shortened = _short_given_names(mentions, names)
    _name_variants(mentions, names)
    _compound_surnames(mentions, cues, names)
    full = [
        (i, names[i])
        for i, m in enumerate(mentions)
        if m.label == "PERSON" and is_full_name(names[i])
    ]
    by_surname: dict[str, list[tuple[int, str]]] = {}
    by_given: dict[str, list[tuple[int, str]]] = {}
    for i, name in full:
        by_surname.setdefault(surname_of(name), []).append((i, name))
        by_given.setdefault(name.split()[0], []).append((i, name))
    # "Laden" where the model cut a sentence's "Bin" off "Bin Laden": Osama bin Laden, unless
    # someone's surname is that word alone.
    for surname, people in list(by_surname.items()):
        if " " in surname and (last := surname.split()[-1]) not in by_surname:
            by_surname[last] = people
    # A person the model took for a body ("Matt Holland had put the visitors ahead" ORG), a
    # given name opening it: the model's places of their surname alone, named again and again
    # ("to Holland who buried", "Holland 14, Bartlett 80"), are theirs; a lone "England" beside
    # "Tudor England" or "Madrid" beside "Real Madrid" is not.
    bodies: dict[str, list[tuple[int, str]]] = {}
    place_names = Counter(names[i] for i, m in enumerate(mentions) if m.label in ("GPE", "LOC"))
    for i, m in enumerate(mentions):
        words = names[i].split()
        if (
            m.label == "ORG"
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and words[-1] not in CLUB_NAME_ENDINGS
            and first_name_gender(names[i]) is not None
        ):
            bodies.setdefault(words[-1], []).append((i, names[i]))
    for short, name in shortened.items():  # "Steve" alone is still Steven Gerrard
        by_given.setdefault(short.split()[0], []).extend(c for c in full if c[1] == name)
    short = [
        i
        for i, m in enumerate(mentions)
        if not is_full_name(names[i])
        and (
            m.label == "PERSON"
            or _surname_taken_for_a_body(
                m, names[i], cues[i], by_surname, ("ORG", "GPE", "LOC"), modifier=i in modifiers
            )
            or (
                place_names[names[i]] >= 2
                and _surname_taken_for_a_body(m, names[i], cues[i], bodies, ("GPE", "LOC"))
            )
            # a speaker's misspelt surname the model took for a body ("said Daveport")
            or (m.label == "ORG" and cues[i].speaker and _misspelt_surname(names[i], by_surname))
        )
    ]
    for i in short:
        if mentions[i].label in ("GPE", "LOC") and names[i] not in by_surname:
            by_surname[names[i]] = bodies[names[i]]
    gender: dict[str, Counter[str]] = {}
    for i in short:
        candidates = _namesakes(names[i], by_surname)
        if cues[i].gender and not cues[i].given and len({n for _, n in candidates}) == 1:
            gender.setdefault(candidates[0][1], Counter())[cues[i].gender] += 1
    known = {
        name: votes.most_common(1)[0][0]
        for name, votes in gender.items()
        if len(votes) == 1 or votes.most_common(2)[0][1] > votes.most_common(2)[1][1]
    }
    settled: dict[str, str] = {}  # genders learnt in text order where the titles disagreed
    titled: dict[str, set[str]] = {}  # a given name -> the titled names it was given as
    by_surname_of: set[int] = set()
    for i in short:
        name = names[i]
        if cues[i].royal:
            names[i] = f"{cues[i].title} {name}"
            titled.setdefault(name, set()).add(names[i])
            continue
        surname = False
        if cues[i].given:
            candidates = by_given.get(name, [])
        else:
            candidates = _namesakes(name, by_surname)
            surname = bool(candidates)
            # A given name alone ("Thierry") is the one person named in full with it.
            if not candidates and len({n for _, n in by_given.get(name, [])}) == 1:
                candidates = by_given[name]
            # "Mr Romanszko" after "Richard Romaszko": a surname misspelt by one letter; so is
            # a speaker's ("..., said Daveport" after "Lindsay Davenport"), unless the model
            # took it for a person introduced as someone new ("said Johnston, a local farmer"
            # after "Boris Johnson").
            if not candidates and (
                cues[i].titled
                or (cues[i].speaker and (mentions[i].label == "ORG" or i not in described))
            ):
                candidates = _misspelt_surname(name, by_surname)
                surname = bool(candidates)
        # Whose a title may be: the gender its given name has ("Mrs. Clinton" is not Bill
        # Clinton, "Mrs Howard" after "Michael Howard" his wife), else the titles the name
        # alone gets, else what earlier titles settled.
        compatible = [
            (j, n)
            for j, n in candidates
            if not _gender_conflict(
                cues[i].gender, first_name_gender(n) or known.get(n) or settled.get(n)
            )
        ]
        before = [c for c in compatible if c[0] < i]
        # A name modifying a noun ("the Bill Clinton era") brings in no one the next
        # surname means, where another bearer was named in full before it.
        named = [c for c in before if c[0] not in modifiers] or before
        chosen = named[-1] if named else compatible[0] if compatible else None
        if chosen is not None:
            names[i] = chosen[1]
            if surname:
                by_surname_of.add(i)
            if cues[i].gender and not cues[i].given:
                settled.setdefault(chosen[1], cues[i].gender)
        elif cues[i].given:
            names[i] = f"{cues[i].title} {name}"
            titled.setdefault(name, set()).add(names[i])
    # A given name alone where the document gave it with a title only ("Pope Francis" ...
    # "Francis said") is that one person.
    for i in short:
        if (
            not cues[i].given
            and " " not in names[i]
            and (titles := titled.get(names[i]))
            and len(titles) == 1
        ):
            names[i] = next(iter(titles))
    return by_surname_of


def _introduced(span: Span) -> bool:
    """Whether a description follows the name, as for someone met for the first time
    ("Johnston, a local farmer", "Johnston, who farms nearby")."""
    doc = span.doc
    if any(child.dep_ == "appos" and child.i >= span.end for child in span.root.children):
        return True
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ in ("a", "an", "who")
    )


def _misspelt_surname(
    name: str, by_surname: dict[str, list[tuple[int, str]]]
) -> list[tuple[int, str]]:
    """The people named in full whose surname ``name`` (titled, "Mr Romanszko", or a speaker's
    with no description of someone new, "said Daveport") is one letter from, if they are the
    only such surname of the document and both are long enough (six letters) that one letter
    more or less is a slip, not another family."""
    if len(name) < 6 or " " in name:
        return []
    close = [
        s
        for s in by_surname
        if len(s) >= 6 and s[0] == name[0] and _one_edit(name, s) and name != s + "s"
    ]  # ("the Ebelings", a family, are no slip for "Betsy Ebeling")
    return by_surname[close[0]] if len(close) == 1 else []


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _compound_surnames(mentions: Sequence[Mention], cues: Sequence[Cues], names: list[str]) -> None:
    """Rewrite "Rodriguez Saa" to "Adolfo Rodriguez Saa": two or more words ending a longer name
    of a person in the document are that person when they open with no given name ("Mr Lopez
    Obrador", "Rodriguez Saa said"; not "Lee Smith" beside "Mary Lee Smith") or a title."""
    longer = {n for n, m in zip(names, mentions, strict=True) if m.label == "PERSON"}
    longer = {n for n in longer if len(n.split()) >= 3}
    if not longer:
        return
    for i, m in enumerate(mentions):
        words = names[i].split()
        if m.label != "PERSON" or len(words) < 2 or names[i] in longer:
            continue
        if first_name_gender(words[0]) is not None and not cues[i].titled:
            continue
        owners = {n for n in longer if n.endswith(f" {names[i]}")}
        if len(owners) == 1:
            names[i] = owners.pop()


def _surname_taken_for_a_body(
    mention: Mention,
    name: str,
    cues: Cues,
    by_surname: dict[str, list[tuple[int, str]]],
    labels: tuple[str, ...],
    *,
    modifier: bool = False,
) -> bool:
    """A lone surname of someone the document names in full that the model labelled an
    organisation or a place (``labels``: "Holland 14, Bartlett 80" in the scorers of a report
    naming Matt Holland), with nothing around it that only a body or a place gets; the article
    before a surname modifying a noun is the noun's ("a De Bruyne free kick")."""
    # ("an American citizen" is no surname of "Define American": nationalities never are)
    discounted = modifier and name not in DEMONYMS
    evidence = set(cues.evidence) - ({"article", "countable"} if discounted else set())
    return (
        mention.label in labels
        and (" " not in name or name.split(maxsplit=1)[0].lower().rstrip(".") in NAME_PARTICLES)
        and name in by_surname
        and _NOT_A_PERSON.isdisjoint(evidence)
    )


def _short_given_names(mentions: Sequence[Mention], names: list[str]) -> dict[str, str]:
    """Rewrite a full name whose given name is the short form of another's in the document
    ("Steve Gerrard" beside "Steven Gerrard", "Ally" beside "Allister Hogg") to the longer
    one: one writer, one person.

    Same surname and word count, and the shorter given name a usual short form of the longer
    (``GIVEN_NAME_FORMS``), or (three letters at least) opening it, both given names of one
    known gender ("Chris" is no "Christine"). Returns the names rewritten: short -> long.
    """
    full = {
        names[i]
        for i, m in enumerate(mentions)
        if m.label == "PERSON" and is_full_name(names[i]) and len(names[i].split()) == 2
    }
    if len(full) < 2:
        return {}
    by_surname: dict[str, list[str]] = {}
    for name in full:
        by_surname.setdefault(surname_of(name), []).append(name)
    longer: dict[str, str] = {}
    for group in by_surname.values():
        for a in group:
            for b in group:
                given_a, given_b = a.split()[0], b.split()[0]
                if short_form_of(given_a, given_b) or (
                    3 <= len(given_a) < len(given_b)
                    and given_b.startswith(given_a)
                    and (gender := first_name_gender(a)) is not None
                    and first_name_gender(b) == gender
                ):
                    longer[a] = b
    for i, name in enumerate(names):
        if (target := longer.get(name)) is not None and mentions[i].label == "PERSON":
            names[i] = target
    return longer


def _name_variants(mentions: Sequence[Mention], names: list[str]) -> None:
    """Rewrite a full name to another of the document that is the same name written with a
    middle initial more ("Donald Trump" beside "Donald J. Trump") or spelt a little otherwise
    ("Hilary Clinton" beside "Hillary Clinton": one surname, given names of one gender and
    one first letter, ``SPELLING_RATIO`` close): one writer, one person. The form written most
    often (ties: the first written) is kept."""
    count: Counter[str] = Counter(
        names[i] for i, m in enumerate(mentions) if m.label == "PERSON" and is_full_name(names[i])
    )
    if len(count) < 2:
        return
    by_surname: dict[str, list[str]] = {}
    for name in count:  # in text order
        by_surname.setdefault(surname_of(name), []).append(name)
    into: dict[str, str] = {}
    for group in by_surname.values():
        for x, a in enumerate(group):
            for y, b in enumerate(group):
                # Of two spellings, the one written less often (ties: later) is rewritten.
                later = (count[a], -x) < (count[b], -y)
                if a != b and a not in into and _variant_of(a, b, later):
                    into[a] = b
    for i, name in enumerate(names):
        if (target := into.get(name)) is not None and mentions[i].label == "PERSON":
            names[i] = into.get(target, target)


def _variant_of(a: str, b: str, rarer: bool) -> bool:
    """Whether the name ``a`` is to be written as ``b`` (see ``_name_variants``; ``rarer``:
    ``a`` is the spelling written less often, or as often and later)."""
    wa, wb = a.split(), b.split()
    if not rarer or (wa[0] != wb[0] and not (len(wa) == len(wb) == 2)):
        return False
    if len(wa) != len(wb):
        # "Donald Trump" and "Donald J. Trump": the same words but initials.
        plain = [w for w in wa if not is_initial(w)]
        return plain == [w for w in wb if not is_initial(w)] and abs(len(wa) - len(wb)) <= 2
    if len(wa) != 2 or wa[0][0] != wb[0][0] or wa[0] == wb[0]:
        return False
    gender, other = first_name_gender(a), first_name_gender(b)
    if gender is not None and other is not None and gender != other:
        return False
    given_a, given_b = wa[0].lower(), wb[0].lower()
    return (
        min(len(given_a), len(given_b)) >= 4
        and SequenceMatcher(None, given_a, given_b).ratio() >= SPELLING_RATIO
    )


def _namesakes(name: str, by_surname: dict[str, list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The people named in full whose surname (and initial, for "G Thomas") ``name`` gives."""
    words = name.split()
    if len(words) == 2 and is_initial(words[0]):
        initials = words[0].replace(".", "")
        return [(j, n) for j, n in by_surname.get(words[1], []) if initials_fit(initials, n)]
    if len(words) == 2 and words[0][:1].isupper() and words[0].lower() in NAME_PARTICLES:
        # "Van Persie" opening a sentence or a clause is Robin van Persie.
        return by_surname.get(name, []) + by_surname.get(f"{words[0].lower()} {words[1]}", [])
    return by_surname.get(name, [])


def _given_name_and_surname(name: str, evidence: Counter[str]) -> bool:
    """Whether a name the model labelled a body, with nothing around it saying what it is,
    is a person's: two or three capitalised words, the first a given name of a known gender,
    the last no common noun nor a body's ending ("Cristiano Citto", "Ron Unz", "Winston
    Churchill", "Marc-Andre Fleury"; not "Christian Aid", "Houston Rockets", "Sheffield
    United", "Warner Bros")."""
    words = name.split()
    if not (
        2 <= len(words) <= 3
        and evidence.get("ORG")
        and {cue for cue, n in evidence.items() if n} <= _LABELS
        and all(w.replace("-", "").isalpha() and w[0].isupper() and not w.isupper() for w in words)
        and len(set(words)) == len(words)
        and words[0] not in DEMONYMS
        and not is_country(words[0])
        and first_name_gender(name) is not None
    ):
        return False
    last = words[-1].lower()
    return not (
        last in COMMON_NOUNS
        or (last.endswith("s") and last[:-1] in COMMON_NOUNS)
        or last in ORG_SUFFIXES
        or words[-1] in CLUB_NAME_ENDINGS
        or last in _BODY_ENDINGS
    )


# Spacy's labels: a name with no other evidence than these has no context cue.
_LABELS = frozenset(ENTITY_TYPES)
# Last words of firms' names that are no nouns: "Warner Bros", "Zurich Financial".
_BODY_ENDINGS = frozenset({"bros", "financial", "chartered", "brothers", "holdings"})


# What stands between a name and the abbreviation it defines: "European Union (EU)".
_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)")
# An abbreviation in capitals in brackets right after a name: "(OFHEO)".
_BRACKETED_CAPITALS = re.compile(r"[^\S\n]*\(([A-Z]{2,6})\)")


def _acronyms_defined(doc: Doc, mentions: Sequence[Mention], names: list[str]) -> dict[int, str]:
    """Rewrite an abbreviation that the document defines in brackets after a name ("the
    Freedom of Information Act (FOIA)", "the Public Policy Institute of California (PPIC)")
    to that name, wherever it stands in the document: one thing, two names. Returns the
    mentions rewritten -> the label of the name defined."""
    text = doc_text(doc)
    defined: dict[str, tuple[str, str]] = {}
    bodies: dict[int, str] = {}
    for a, b in zip(range(len(mentions)), range(1, len(mentions)), strict=False):
        short, full = mentions[b], names[a]
        if (
            short.text.isupper()
            and short.text.isalpha()
            and 2 <= len(short.text) <= 6
            and _OPEN_BRACKET.search(text, mentions[a].end, short.start) is not None
            and _CLOSE_BRACKET.match(text, short.end) is not None
        ):
            initials = _initials(full)
            # No person's name is abbreviated in brackets, and a body's abbreviation may hold
            # a word its name leaves out: "European Athletics (EAA)" is a body.
            body = mentions[a].label in ("PERSON", "ORG") and any(
                len(i) >= 2 and short.text.startswith(i) and short.text != i for i in initials
            )
            if short.text in initials or body:
                defined.setdefault(short.text, (full, "ORG" if body else mentions[a].label))
            if body:
                bodies[a] = "ORG"
    # The recogniser may miss the bracketed abbreviation itself and find it later only, with
    # another type ("the Office of Federal Housing Enterprise Oversight (OFHEO) ... the OFHEO
    # said", a facility): a body's initials in brackets right after its name define it too.
    for a, mention in enumerate(mentions):
        if mention.label != "ORG" or (
            (found := _BRACKETED_CAPITALS.match(text, mention.end)) is None
        ):
            continue
        short = found.group(1)
        if short not in defined and short in _initials(names[a]):
            defined[short] = (names[a], "ORG")
    label_of = dict(bodies)
    _acronyms_of_names(mentions, names, defined)
    if defined:
        for i, name in enumerate(names):
            if (full := defined.get(name)) is not None:
                names[i], label_of[i] = full
    return label_of


def _acronyms_of_names(
    mentions: Sequence[Mention], names: list[str], defined: dict[str, tuple[str, str]]
) -> None:
    """Add to ``defined`` a body's abbreviation the document writes without defining it in
    brackets, where the initials of exactly one body's name it also writes spell it ("The
    British Retail Consortium ... the BRC said"; "The US Federal Bureau of Investigation is
    warning ... the FBI said": a country written before the name is no initial of it). Not
    where two bodies' names have those initials, nor for a name's own abbreviation in it."""
    full_names = {
        name
        for m, name in zip(mentions, names, strict=True)
        if m.label == "ORG" and len(name.split()) >= 2 and not name.isupper()
    }
    for m, short in zip(mentions, names, strict=True):
        if (
            m.label != "ORG"
            or short in defined
            or not (short.isupper() and short.isalpha() and 3 <= len(short) <= 6)
        ):
            continue
        spelled = [full for full in sorted(full_names) if short in _body_initials(full)]
        if len(spelled) == 1:
            defined[short] = (spelled[0], "ORG")


def _body_initials(name: str) -> set[str]:
    """A body's name's abbreviations (`_initials`), and those of the name after a country
    written first ("US Federal Bureau of Investigation": FBI)."""
    words = name.split()
    initials = _initials(name)
    if len(words) > 2 and country_of(words[0]) is not None:
        initials |= _initials(" ".join(words[1:]))
    return initials


# Heads of a place's institution named after it: "Monmouth University", "Clare College".
_INSTITUTIONS = frozenset({"University", "College", "Polytechnic"})
_SHORT_INSTITUTION_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})
# Before a name that stands as a place: "schools in Bristol", "Oriel College, Oxford".
# "the city of Cambridge" is the town, though its university is named in full.
_PLACE_BEFORE = re.compile(r"(?:,|\b(?:in|near|at|from|to|(?:city|town|county) of))\s*$")
# How far before a name ``_PLACE_BEFORE`` looks ("county of ").
_PLACE_BEFORE_CHARS = 10
# After a name that stands as a place: "a Calgary hospital", "Oxford schools" (the town's,
# not its university's; "a Monmouth poll" is the university's).
_PLACE_OF = re.compile(
    r"\s+(?:hospitals?|schools?|hotels?|neighbourhoods?|neighborhoods?|suburbs?|streets?|"
    r"homes?|residents?|police|council|airport|daycares?|clinics?)\b"
)


def _institutions_named_in_full(
    doc: Doc, mentions: Sequence[Mention], cues: Sequence[Cues], names: list[str]
) -> dict[int, str]:
    """Rewrite the place name alone where the document names its university in full
    ("a Monmouth University poll ... Monmouth found", "Cambridge University ... applying to
    Cambridge") to the university: a pollster or a college, not the town. Not where it
    stands as a place: "schools in Bristol", "Oriel College, Oxford", "a Calgary hospital".
    Returns the mentions
    rewritten -> "ORG"."""
    text = doc_text(doc)
    full: dict[str, str] = {}
    for m, name in zip(mentions, names, strict=True):
        words = name.split()
        if m.label != "ORG" or (len(words) != 2 and not (len(words) == 3 and words[1] == "of")):
            continue
        place = words[0] if words[-1] in _INSTITUTIONS else words[-1]
        if (words[-1] in _INSTITUTIONS or words[0] in _INSTITUTIONS) and place[:1].isupper():
            full.setdefault(place, name)
    rewritten = {}
    for i, m in enumerate(mentions):
        if (
            (target := full.get(names[i])) is not None
            and m.label in _SHORT_INSTITUTION_LABELS
            and not is_country(names[i])
            and "place" not in cues[i].evidence
            and not _PLACE_BEFORE.search(text, max(0, m.start - _PLACE_BEFORE_CHARS), m.start)
            and not _PLACE_OF.match(text, m.end)
        ):
            names[i] = target
            rewritten[i] = "ORG"
    return rewritten


def _initials(name: str) -> set[str]:
    """The abbreviations a name may have: the initials of all its words, or of all but "and"
    and "the" ("TTIP"), or of its capitalised words only."""
    words = name.split()
    return {
        "".join(w[0] for w in words).upper(),
        "".join(w[0] for w in words if w.lower() not in ("and", "the", "&")).upper(),
        "".join(w[0] for w in words if w[0].isupper()),
    }


def _modifies_noun(span: Span) -> bool:
    """Whether a name modifies the common noun right after it ("the Clinton campaign")."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].pos_ == "NOUN"
        and doc[span.end].is_lower
        and span.root.head.i >= span.end
    )


def _party(name: str) -> bool:
    """Whether a name is a party's ("Republicans", "GOP", "Lib Dems")."""
    return set(name.lower().split()) <= PARTY_WORDS


def _token_index(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def resolve_entities(doc: Doc) -> list[Entity]:
    """Canonical entities of ``doc`` with their mentions, attributes, evidence and salience."""
    mentions = extract_mentions(doc)
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    cues = [Cues(doc, s, m.label) for s, m in zip(spans, mentions, strict=True)]
    names = [canonical_name(m.text) for m in mentions]
    nicknamed = _quoted_nicknames(mentions, names)
    firms = _firms_named_in_full(mentions, names)
    full = names
    names = [
        _without_legal_form(name) if m.label == "ORG" else name
        for m, name in zip(mentions, names, strict=True)
    ]
    names = _nicknames(mentions, names)
    _bodies_of_a_country(doc, mentions, names)
    # "Goldman Sachs & Co": a firm, whatever its first word may be as a given name.
    with_legal_form = {i for i, name in enumerate(names) if name != full[i]}
    modifiers = frozenset(
        i for i, span in enumerate(spans) if span is not None and _modifies_noun(span)
    )
    short_firms = _short_firm_names(mentions, cues, names)
    short_firms |= _clipped_names(mentions, names)
    short_firms |= _short_for_the_usual_name(mentions, names)
    described = frozenset(
        i for i, span in enumerate(spans) if span is not None and _introduced(span)
    )
    by_surname = _resolve_people(mentions, cues, names, modifiers, described)
    # An abbreviation defined in brackets votes with the name it stands for.
    label_of = _acronyms_defined(doc, mentions, names)
    label_of.update(_institutions_named_in_full(doc, mentions, cues, names))
    label_of.update(_cities_for_teams(mentions, spans, names))
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        # A party's short names are one entity ("Tories", "Conservatives"), each mention
        # keeping its name as written.
        if slug(name):
            groups.setdefault(entity_slug(name), []).append(i)

    among_works = _listed_with_works(doc, mentions, cues)
    entrants = _entrants(doc, mentions)
    listed = _listed_firms(doc, mentions, cues)
    datelines = _datelines(doc, mentions)
    # "Holland 14" in the scorers of a report naming Matt Holland is no country.
    surnames = {
        surname_of(names[i])
        for i, m in enumerate(mentions)
        if is_full_name(names[i])
        and (m.label == "PERSON" or first_name_gender(names[i]) is not None)
    }
    context = [
        _kind_cues(span, m.label) if span is not None else ()
        for span, m in zip(spans, mentions, strict=True)
    ]
    lower_words = lower_case_words(doc)
    found = []
    for key_slug, members in groups.items():
        evidence: Counter[str] = Counter()
        for i in members:
            evidence[label_of.get(i, mentions[i].label)] += 1
            own_cues = cues[i].evidence
            if i in by_surname and i in modifiers and mentions[i].text not in DEMONYMS:
                # "a De Bruyne shot": the shot's article
                own_cues = tuple(c for c in own_cues if c not in ("article", "countable"))
            evidence.update(_own_cues(own_cues, context[i]))
            evidence["as_work"] += i in among_works
            evidence["as_person"] += i in entrants
            evidence["as_person"] += i in nicknamed
            if (kind := listed.get(i)) is not None:
                evidence[kind] += 1
            # A party is a body, whatever counts it ("the two Democrats") or its members.
            evidence["as_organization"] += (
                names[i] in firms or _party(names[i]) or i in with_legal_form
            )
            evidence["as_place"] += i in datelines
            evidence["as_organization"] += i in short_firms
            if (span := spans[i]) is not None and len(span) == 1:
                evidence["opener"] += i in modifiers and _common_word_opening(span[0], lower_words)
                evidence["cut"] += mentions[i].label != "PERSON" and _cut_before_a_name(span[0])
            # "Bilibili Gaming", "Rogers Communications": a firm's last word ends the name.
            evidence["as_organization"] += " " in names[i] and names[i].split()[-1] in FIRM_HEADS
            name = names[i]
            evidence["country"] += name not in surnames and is_country(
                name.title() if name.isupper() else name
            )
            # A bare surname stands for a person, unless its own context says it is not one
            # ("Villa boss David O'Leary", "Villa's website": a club's last word).
            evidence["short"] += (
                i in by_surname
                and _NOT_A_PERSON.isdisjoint(own_cues)
                and not _opens_with_a_common_word(names[i], lower_words)
            )
        evidence["as_organization"] += _named_for_club(names[members[0]], groups, mentions)
        evidence["given_surname"] += _given_name_and_surname(names[members[0]], evidence)
        entity_type = vote_type(evidence)
        found.append((key_slug, members, entity_type, +evidence))

    raw_scores: dict[str, float] = {}
    length = max(len(doc_text(doc)), 1)
    for key_slug, members, entity_type, _ in found:
        speaking = sum(cues[i].speaker for i in members)
        position = 1.0 - mentions[members[0]].start / length
        score = len(members) * (1.0 + 0.5 * position) + 2.0 * speaking + position
        # Nationalities ("Russian") are frequent adjectives, rarely what a story is about.
        raw_scores[key_slug] = score * (0.5 if entity_type == "group" else 1.0)
    top = max(raw_scores.values(), default=1.0)

    entities = []
    for key_slug, members, entity_type, evidence in found:
        name = _display_name(names, members, entity_type == "organization", modifiers)
        own = tuple(mentions[i] for i in members)
        attributes = person_attributes(doc, own) if entity_type == "person" else ()
        aliases = sorted({surface(m.text) for m in own} - {name})
        entities.append(
            Entity(
                key=f"{entity_type}:{key_slug}",
                name=name,
                type=entity_type,
                aliases=tuple(aliases),
                mentions=own,
                attributes=attributes,
                salience=round(raw_scores[key_slug] / top, 4),
                evidence=tuple(sorted(evidence.items())),
            )
        )
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.key))


_ROLE_NOUNS = ROLE_HEADS | OCCUPATIONS


def _common_word_opening(token: Token, lower_words: frozenset[str]) -> bool:
    """Whether a one-word name (a modifier) is a word its document also writes in lower case,
    opening a sentence before the lower-case noun it qualifies ("Digital cameras were the hot
    gadget", "House prices have risen"; not before a role, "Academy president"): the model's
    guess at a name, no body other documents name."""
    return (
        token.text[:1].isupper()
        and token.text[1:].islower()
        and token.lower_ in lower_words
        and (opens_sentence(token) or _after_a_full_stop(token))
        # "Academy president Frank Pierson": a body's role, the body named
        and token.doc[token.i + 1].lemma_ not in _ROLE_NOUNS
    )


def _after_a_full_stop(token: Token) -> bool:
    """Whether the word before a token, spaces aside, ends a sentence (". Digital")."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return i >= 0 and token.doc[i].text in (".", "!", "?")


def _cut_before_a_name(token: Token) -> bool:
    """Whether a one-word name is an English common noun right before "of" and a capitalised
    word ("House of Fraser", "House of Lords"): the first word of a longer name, cut (not
    asked of people: "Lord Faulkner of Worcester")."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and token.text[:1].isupper()
        and token.lower_ in COMMON_NOUNS
        and doc[token.i + 1].lower_ == "of"
        and doc[token.i + 2].text[:1].isupper()
    )


def _opens_with_a_common_word(name: str, lower_words: frozenset[str]) -> bool:
    """Whether a name of two words or more opens with a word its document also writes in lower
    case as an English noun or verb, and no given name ("Ask Jeeves" beside "ask", "Group
    Menatep" beside "oil group"): its last word alone stands for a firm's or a work's name as
    often as for a surname, so it says no person."""
    words = name.split()
    first = words[0].lower()
    return (
        len(words) > 1
        and first in lower_words
        and (first in COMMON_NOUNS or first in COMMON_VERBS)
        and first_name_gender(name) is None
    )


# Cues of a mention that only a thing's name gets (see ``Cues``).
_NOT_A_PERSON = frozenset(
    {
        "article",
        "countable",
        "ordinal",
        "owned",
        "place",
        "plural",
        "affiliate",
        "award",
        "prize",
        "as_organization",
        "as_work",
        "as_product",
        "as_place",
        "club",
        "which",
    }
)


# Words after a name (possessive or not) that only a work has: "EastEnders actress", "Little
# Britain's second series", "the Friends cast".
_WORK_PARTS = frozenset(
    """actor actress actors actresses cast storyline storylines episode episodes sketch
    sketches scriptwriter screenwriter""".split()  # noqa: SIM905
)
# Nouns before "of": "the storyline of EastEnders", "a series of Little Britain".
_WORK_OF = frozenset(
    """storyline storylines episode episodes series cast sequel remake""".split()  # noqa: SIM905
)
# What an actor does to a character, before its name and "in" a work: "his portrayal of Alfie
# Moon in EastEnders", "played Ray Charles in Ray", "starred as Che Guevara in ...".
_PLAYING = frozenset({"portrayal", "portraying", "played", "playing", "plays", "role"})
# After a name, with or without a possessive: what only a body has ("Spurs' website",
# "Euronext shareholders", "Liverpool chief executive Rick Parry"): an organisation's, or a
# club's named after its place (typed that place: "Liverpool"), never a person's.
_ORG_PARTS = frozenset(
    """website shareholders headquarters employees workforce subsidiary
    subsidiaries workers administrators administrator creditors passengers customers
    fleet collapse""".split()  # noqa: SIM905
)
_ORG_PART_PAIRS = frozenset({("chief", "executive"), ("share", "price")})
# A team's board and staff after a name: "Spurs boss Martin Jol", "the Spurs sporting
# director", "Southampton chairman Rupert Lowe". A club or the place it is named after
# ("Southampton"): whichever the other evidence favours, never a person.
_CLUB_ROLES = frozenset(
    """boss manager striker midfielder defender goalkeeper keeper winger coach captain
    skipper chairman chairwoman board stadium squad""".split()  # noqa: SIM905
)
_CLUB_PAIRS = frozenset({("sporting", "director"), ("director", "of")})
# A player's place in a team, after a team's name and words that qualify it ("Toulouse's former
# Irish international Trevor Brennan", "Rovigo's veteran lock X"): a club's or a country's
# side's, never a person's. Not coach, manager or boss: a player has those ("Henman's former
# coach X"), nor partner or team-mate.
_PLAYER_PLACES = frozenset(
    """captain skipper striker midfielder defender goalkeeper keeper winger international
    forward flanker lock prop hooker fly-half scrum-half full-back centre chairman""".split()  # noqa: SIM905
)
# Words that may stand between a team's name and a player's place: "former", "new", "veteran".
_PLAYER_QUALIFIERS = frozenset(
    """former new ex ex- - current veteran young teenage uncapped experienced""".split()  # noqa: SIM905
)
# Words before a name that say nothing of a person against a firm or show: "rival Euronext",
# "BBC One rival EastEnders", "rival suitor Euronext".
_NEUTRAL_ROLES = frozenset({"rival", "rivals", "suitor", "suitors", "partner", "partners"})
# Words for a newspaper that the model reads as adjectives: "the daily Sueddeutsche Zeitung".
_PRESS = frozenset({"daily", "weekly", "tabloid", "broadsheet", "monthly"})
# Trades whose firms a writer names after the plural noun: "an analyst at brokers Charles
# Stanley", "vice-president of research at analysts Gartner", "from consultants Deloitte".
_TRADE_FIRMS = frozenset(
    """analysts brokers stockbrokers consultants accountants bankers insurers lawyers
    solicitors auditors pollsters""".split()  # noqa: SIM905
)
# What a hit before a name can be: "cult hit Little Britain", "box office hit Shrek 2".
_HIT_KINDS = frozenset({"cult", "smash", "surprise", "sleeper", "chart", "office", "tv", "summer"})
# A work's name alone inside quotation marks: '"The Aviator" won five awards'.
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# Labels of names the words after them ("Hollywood actress", "Dickens characters") do not
# make a work's.
_NOT_WORK_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


# A work's nouns in apposition to its title: "Eleanor Park, the second feature from ...".
_APPOSED_WORKS = frozenset(
    """film movie documentary feature biopic sequel album record song novel book memoir
    collection play musical opera series sitcom drama comedy thriller""".split()  # noqa: SIM905
)
_APPOSITION_DETERMINERS = frozenset({"a", "an", "the", "her", "his", "their", "its"})
# Verbs whose passive subject, with an agent, is a work: "published by" ("directed by",
# "written by" also take people: "directed by the court to pay").
_MADE_WORKS = frozenset({"publish"})


def _work_in_apposition(doc: Doc, end: int) -> bool:
    """Whether ", a comic novel by ...", ", the second feature from ..." follows a name: the
    noun heads its phrase ("a film director" is a person's)."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    i = end + 1
    if doc[i].lower_ not in _APPOSITION_DETERMINERS:
        return False
    i += 1
    while i < len(doc) and i - end < 5 and doc[i].pos_ in ("ADJ", "NUM") and doc[i].is_lower:
        i += 1
    return (
        i < len(doc)
        and doc[i].lower_ in _APPOSED_WORKS
        and not (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "PART"))
    )


def _player_place_after(doc: Doc, i: int) -> bool:
    """Whether a player's place in a team, then a capitalised name, begins at ``i``, after at
    most three words that qualify it: a lower-case one of ``_PLAYER_QUALIFIERS`` or a
    nationality ("former Irish international Trevor Brennan")."""
    end = min(i + 4, len(doc) - 1)
    while i < end:
        token = doc[i]
        if token.lower_ in _PLAYER_PLACES and token.is_lower:
            return doc[i + 1].text[:1].isupper()
        if not (
            (token.is_lower and token.lower_ in _PLAYER_QUALIFIERS)
            or (token.ent_type_ == "NORP" and token.text.istitle())
        ):
            return False
        i += 1
    return False


def _kind_cues(span: Span, label: str) -> tuple[str, ...]:
    """Cues of what a name is that its context gives beyond ``Cues``: a work's ("EastEnders
    actress", "the storyline of EastEnders", "his portrayal of Alfie Moon in EastEnders", a
    name alone in quotation marks), a body's ("Euronext shareholders", "Spurs boss Martin
    Jol": "club", an organisation or the place a club is named after), or a role word that
    says nothing of a person against a firm ("rival Euronext": "-role"), a person's name
    modifying a noun, whose article is the noun's ("the Clinton campaign": "-article")."""
    doc = span.doc
    found = []
    after = span.end
    if after < len(doc) and doc[after].tag_ == "POS":
        after += 1
    word = doc[after].lower_ if after < len(doc) else ""
    following = doc[after + 1].lower_ if after + 1 < len(doc) else ""
    ordinal = after < len(doc) and doc[after].tag_ in ("JJ", "CD") and doc[after].is_lower
    if (label not in _NOT_WORK_LABELS and word in _WORK_PARTS) or (
        ordinal and following in ("series", "episode") and label not in ("PERSON", "NORP")
    ):
        found.append("as_work")
    elif span.text not in DEMONYMS and (
        word in _ORG_PARTS
        or (word, following) in _ORG_PART_PAIRS | _CLUB_PAIRS
        or (word in _CLUB_ROLES and doc[after + 1 : after + 2].text[:1].isupper())
        or _player_place_after(doc, after)
    ):
        # A nationality before a role is the player's or the official's ("Brazilian striker
        # X"), no club's.
        found.append("club")
    if _work_in_apposition(doc, span.end):
        found.append("as_work")
    # "Louisa Fenwick is published by Penguin": a work.
    root = span.root
    if (
        root.dep_ == "nsubjpass"
        and root.head.lemma_ in _MADE_WORKS
        and any(child.dep_ == "agent" for child in root.head.children)
    ):
        found.append("as_work")
    # "Unifor, which represents the workers, said ...": a sentence's subject no person is.
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "which"
        and doc[span.start].is_sent_start
    ):
        found.append("which")
    before = span.start - 1
    if before >= 0 and doc[before].text == "The" and not doc[before].is_sent_start:
        before -= 1  # "the storyline of The Office"
    if before >= 1 and doc[before].lower_ in ("of", "in"):
        noun = doc[before - 1]
        if doc[before].lower_ == "of" and noun.lower_ in _WORK_OF and noun.pos_ == "NOUN":
            found.append("as_work")
        elif doc[before].lower_ == "in" and noun.lower_ == "screen" and label != "PERSON":
            found.append("as_work")  # "seen on the big screen in Garden State"
        elif doc[before].lower_ == "in" and noun.pos_ == "PROPN" and label != "PERSON":
            start = noun.i  # the character's name, whatever the model took it for
            while start > 0 and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start > 1 and doc[start - 1].lower_ in _PLAYING | {"of"}:
                lead = (
                    doc[start - 2].lower_
                    if doc[start - 1].lower_ == "of"
                    else doc[start - 1].lower_
                )
                if lead in _PLAYING:
                    found.append("as_work")
    if (
        before >= 1
        and doc[before].lower_ in ("hit", "hits")
        and doc[before - 1].lower_ in _HIT_KINDS
        and label != "PERSON"
    ):
        found.append("as_work")  # "TV cult hit Little Britain" (the model reads a verb)
    if (
        label != "PERSON"
        and span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text in _QUOTES
        and doc[span.end].text in _QUOTES
    ):
        found.append("as_work")
    if (
        span.start > 1
        and doc[span.start - 1].lower_ in _PRESS
        and doc[span.start - 2].lower_ in ("the", "a", "an")
    ):
        found.append("as_organization")  # "quoted by the daily Sueddeutsche Zeitung"
    if (
        (label != "PERSON" or len(span) == 1)  # "with lawyers Amal Clooney": a person
        and span.start > 1
        and doc[span.start - 1].lower_ in _TRADE_FIRMS
        and doc[span.start - 2].lower_ in ("at", "from", "with")
    ):
        found.append("as_organization")  # "research director at analysts Gartner"
    if span.start > 0 and doc[span.start - 1].lower_ in _NEUTRAL_ROLES:
        found.append("-role")
    if before >= 0 and doc[before].lower_ in _AROUND and span.start == before + 1:
        found.append("place")  # "around Lethbridge", "downtown Edmonton"
    elif (
        span.start >= 2
        and doc[span.start - 1].pos_ == "ADJ"
        and doc[span.start - 1].is_lower
        and doc[span.start - 2].lower_ in ("in", "near")
        and heads_phrase(span)
    ):
        found.append("place")  # "in fair Verona", "in rural Gunnedah", "in northern Iraq"
    elif (
        root.dep_ == "conj"
        and root.head.ent_type_ in ("GPE", "LOC")
        and root.head.i < span.start
        and root.head.head.lower_ in _AROUND_OR_NEAR
    ):
        found.append("place")  # "its offices in London and Milton Keynes"
    if span[-1].text in _LEGISLATURES:
        found.append("-ordinal")  # "the first Congress", "the 42nd Parliament": sittings of it
    if _town_of_a_region(span):
        # "a Trenton, New Jersey, native": the article and the count are the native's.
        found.extend(("as_place", "-article", "-countable"))
    if label == "PERSON" and _modifies_noun(span):
        # "the Bill Clinton era", "the Clinton campaign": the article is the noun's.
        found.append("-article")
    if label != "NORP" and _before_land_noun(span):
        found.append("as_place")  # "the Tora Bora region", "the Spin Ghar mountains"
    if _in_fixture(span):
        found.append("fixture")
    elif _hometown(span):
        found.append("hometown")
    elif _career_move(span):
        found.append("career")
    if len(span) > 1 and span[-1].text in _BODY_HEADS:
        # "George Washington University's National Security Archive": a body, not a thing
        # the university owns.
        found.extend(("as_organization", "-owned"))
    if _apposed_to_a_school(span):
        found.append("as_organization")  # "Harrison's school, Dovedales Juniors"
    if _a_firms_unit(span):
        found.append("as_organization")  # "its Yugansk unit", "the unit, Yugansk,"
    if label not in _NOT_PRIZE_LABELS and _won_or_nominated_for(span):
        found.append("prize")  # "won the Golden Globe", "nominated for a Golden Globe"
    if (kind := _called(span)) is not None:
        found.append(f"as_{kind}")  # "a bomb called the Daisy Cutter"
    return tuple(found)


# Last words of the names of bodies ("Law Council", "National Security Archive", "Health
# Department"), which the model may take for a person or a product.
_BODY_HEADS = frozenset(
    """Archive Archives Council Department Ministry Commission Institute Foundation Agency
    Authority Association Committee Tribunal Bureau Secretariat""".split()  # noqa: SIM905
)
# Schools a name may be set beside: "his school, Dovedales Juniors".
_SCHOOLS = frozenset({"school", "college", "university", "academy", "kindergarten"})
# Made things a name may be "called": "a bomb called the Daisy Cutter", "a jet named ...".
_MADE_THINGS = frozenset(
    """bomb bombs missile missiles rocket rockets rifle gun aircraft plane planes jet jets
    helicopter tank ship vessel boat submarine drone satellite car vaccine drug virus
    worm""".split()  # noqa: SIM905
)
_CALLED = frozenset({"called", "named", "dubbed", "nicknamed", "codenamed", "code-named"})


# What is won or nominated for is a prize or a contest: an event ("won the Six Nations", "won
# a Golden Globe"). A place is won in elections ("Bush won Ohio"), a person never.
_WON = frozenset({"win", "scoop", "clinch", "lift", "retain"})
_NOT_PRIZE_LABELS = frozenset({"GPE", "LOC", "PERSON", "NORP"})


def _won_or_nominated_for(span: Span) -> bool:
    """Whether a name heads what a verb of winning takes ("won the Golden Globe") or what
    someone is "nominated for"."""
    root = span.root
    if not heads_phrase(span) or is_country(span.text) or is_region(span.text):
        return False
    if root.dep_ == "dobj":
        return root.head.lemma_ in _WON
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.lemma_ in ("nominate", "shortlist")
    )


# Parts of a firm that are firms themselves: "Yukos's Yugansk unit", "its production arm,
# Yugansk". "Arm" only in apposition: "the firm's London arm" is an office.
_FIRM_UNITS = frozenset({"unit", "units", "division", "subsidiary", "affiliate", "offshoot"})
_FIRM_UNITS_APPOSED = _FIRM_UNITS | {"arm"}


def _a_firms_unit(span: Span) -> bool:
    """Whether a name is a firm's unit: before a unit's noun after an owner ("its Yugansk
    division", "Yukos' Yugansk unit", "the Yugansk unit"), or set off by a comma after one
    ("The unit, Yugansk, was sold"). A country's or region's name before it is where the
    unit works ("its US unit")."""
    doc = span.doc
    if (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].lower_ in _FIRM_UNITS_APPOSED
        and doc[span.start - 2].pos_ == "NOUN"
    ):
        return True
    if span.end >= len(doc) or doc[span.end].lower_ not in _FIRM_UNITS:
        return False
    name = canonical_name(span.text)
    if is_country(name) or is_region(name):
        return False
    i = span.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower and span.start - i < 3:
        i -= 1  # "its key Yugansk division"
    return i >= 0 and (doc[i].lower_ in ("its", "their", "the") or doc[i].tag_ == "POS")


def _apposed_to_a_school(span: Span) -> bool:
    """ "his school, Dovedales Juniors,": the name set off by commas after "school" (the
    parser seldom reads the apposition)."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].text in _SCHOOLS  # lower case: not "Oriel College, Oxford"
        and (span.end == len(doc) or doc[span.end].is_punct)
    )


def _called(span: Span) -> str | None:
    """The kind of a common noun the name is said to be "called" ("a bomb called the Daisy
    Cutter", "a company called Sitex"): a made thing's name is a product."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in _CALLED:
        return None
    i -= 1
    if doc[i].text == "," and i > 0:
        i -= 1
    noun = doc[i]
    if noun.pos_ != "NOUN":
        return None
    if noun.lower_ in _MADE_THINGS:
        return "product"
    return class_of(noun)


# Common nouns of land a place's name stands before ("the Tora Bora region", "Nangarhar
# province", "the Hawkesbury area"); a person's or a body's name never does ("the Clinton
# campaign", "the Ansett collapse"). "state" is left out: "a Bush state visit".
_LAND_NOUNS = frozenset(
    """region regions area areas province district districts mountains mountain range ranges
    valley valleys coast coastline peninsula border borders basin desert plateau highlands
    foothills delta gorge hinterland outback suburb suburbs""".split()  # noqa: SIM905
)


def _before_land_noun(span: Span) -> bool:
    """Whether a common noun of land follows the name and heads it ("the Tora Bora region",
    "Tora Bora mountain cave complex"), not an owner's ("Smith's area")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.lower_ in _LAND_NOUNS and after.is_lower and after.pos_ in ("NOUN", "PROPN")


# Words before a name that only a place follows (``Cues`` reads "in" and "near").
_AROUND = frozenset({"around", "outside", "downtown", "throughout", "across"})
_AROUND_OR_NEAR = _AROUND | {"in", "near"}
_LEGISLATURES = frozenset({"Congress", "Parliament", "Assembly", "Senate", "Legislature", "Duma"})


def _town_of_a_region(span: Span) -> bool:
    """Whether a state or a country follows the name, set off by commas ("Boise, Idaho,")."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    for end in range(span.end + 2, min(span.end + 5, len(doc))):
        region = doc[span.end + 1 : end]
        if doc[end].is_punct and is_region(region.text):
            return not list_goes_on(doc, end)
    return False


_VERSUS = frozenset({"v", "v.", "vs", "vs."})


def _in_fixture(span: Span) -> bool:
    """Whether a name is a side in a fixture or a team sheet, whatever the model's label (it
    takes many for people): "Hull v Swansea" (next to "v" with a capitalised name across it)
    or "Ricketts (Swansea)" (in brackets after a player's name). A town's name there is its
    club's; the cue weighs in no vote of a type, so a lawsuit's "Smith v Jones" is left as
    it is."""
    doc = span.doc
    start, end = span.start, span.end
    versus = (
        end + 1 < len(doc) and doc[end].lower_ in _VERSUS and doc[end + 1].text[:1].isupper()
    ) or (start >= 2 and doc[start - 1].lower_ in _VERSUS and doc[start - 2].text[:1].isupper())
    return versus or (
        start >= 2
        and end < len(doc)
        and doc[start - 1].text == "("
        and doc[end].text == ")"
        and doc[start - 2].ent_type_ == "PERSON"
    )


# People a news story says come from a town: "a doctor from Bolton", "a mother from Leeds".
# No player or manager: "a striker from Bolton" is the club's.
_RESIDENTS = frozenset(
    """man woman boy girl mother father son daughter grandmother grandfather pensioner student
    doctor nurse teacher resident mum dad widow widower couple""".split()  # noqa: SIM905
)


def _hometown(span: Span) -> bool:
    """Whether a name is where someone comes from: "a doctor from Bolton", "Mr Hale, 32, from
    Wembley" (an age before it). A town's name there is the town, whatever the model's label
    (it takes some for people)."""
    doc = span.doc
    start = span.start
    if start < 3 or doc[start - 1].lower_ != "from":
        return False
    before = doc[start - 2]
    return before.lower_ in _RESIDENTS or (before.text == "," and doc[start - 3].like_num)


# A player's career names his clubs, not their towns: "joined Bolton", "signed White from
# Bristol", "a poor stint at Leeds", "on loan from Hull". Counted over the BBC corpus, each
# precedes only clubs where the name is also a town's; "a move to X" does not ("civil servants
# will move to Birmingham"), nor a possessive after the name ("joined London's protesters").
_JOIN = frozenset({"join", "joins", "joined", "joining"})
_SIGN = frozenset({"sign", "signs", "signed", "signing"})
_SPELLS = frozenset({"spell", "spells", "stint", "stints"})
# Playing for a team, or a player's place in it, before "for": "played for Llanelli", "a
# fly-half for Llanelli and Wales" (round r9). Counted over the BBC corpus, every town's name
# after them is its club's (Bolton, Newcastle, Gloucester, Llanelli, St Helens); the rest are
# countries' sides, which stay the country.
_PLAY = frozenset({"play", "plays", "played", "playing"})
_PLAYS_FOR = _PLAY | (_PLAYER_PLACES - {"chairman"})


def _career_move(span: Span) -> bool:
    """Whether a name is a club a player joins, is signed from, has a spell at, is on loan
    from or plays for ("played for X", "a fly-half for X"): a club's name, not its town's."""
    doc = span.doc
    start = span.start
    if start < 1 or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return False
    before = doc[start - 1].lower_
    if before in _JOIN:
        return True
    if start < 2:
        return False
    previous = doc[start - 2].lower_
    if before in ("at", "with"):
        return previous in _SPELLS
    if before == "for":
        i = start - 2  # "fly-half": the whole hyphenated word before "for"
        while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
            i -= 2
        return doc[i : start - 1].text.lower() in _PLAYS_FOR
    if before == "from":
        if previous == "loan":
            return True
        # "a £15m signing from X", "was signed from X" (round r10): the player is the signing,
        # or the verb's subject; a thing signed comes between ("signed the letter from X").
        i = start - 2  # "signed (Jake) White from X": at most three capitalised words between
        while i > start - 5 and i >= 0 and doc[i].text[:1].isupper():
            i -= 1
        return i >= 0 and doc[i].lower_ in _SIGN
    return False


def _own_cues(cues: tuple[str, ...], extra: tuple[str, ...]) -> list[str]:
    """A mention's cues with those its wider context adds; a work's or an organisation's part
    after the name replaces the affiliation ``Cues`` read there, and a neutral role word its
    "role"."""
    if not extra:
        return list(cues)
    drop = {c[1:] for c in extra if c.startswith("-")}
    if not {"as_work", "club"}.isdisjoint(extra):
        drop.add("affiliate")
    kept = [c for c in cues if c not in drop]
    return kept + [c for c in extra if not c.startswith("-") and c not in kept]


# What may stand between two names of one list: "Closer, Ray and The Aviator", "Finding
# Neverland and British film Vera Drake".
_LIST_GAP = re.compile(
    r"^(?:,|,? and|,? or)\s+(?:[Tt]he\s+)?(?:(?:\w+\s+)?(?:"
    + "|".join(sorted(WORK_NOUNS))
    + r")\s+)?$"
)
_WORK_CUES = frozenset({"WORK", "as_work"})


def _listed_with_works(doc: Doc, mentions: Sequence[Mention], cues: Sequence[Cues]) -> set[int]:
    """The mentions listed beside a work ("Finding Neverland, The Motorcycle Diaries and
    British film Vera Drake"; "hits such as Open Water, Garden State and Super-Size Me"): a
    list names things of one kind. Only mentions with no cue of their own."""
    text = doc_text(doc)
    runs: list[list[int]] = []
    previous = None
    for i in range(len(mentions)):
        if mentions[i].label == "NORP":
            continue  # "and British film Vera Drake": a nationality is no item of the list
        if previous is not None and _LIST_GAP.match(
            text[mentions[previous].end : mentions[i].start]
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
        previous = i
    found: set[int] = set()
    for run in runs:
        works = [
            i
            for i in run
            if mentions[i].label == "WORK" or not _WORK_CUES.isdisjoint(cues[i].evidence)
        ]
        if works and len(run) > 1:
            found.update(i for i in run if i not in works and mentions[i].label != "PERSON")
    return found


# A name with its country or club in brackets after it: "Tegla Loroupe ( Kenya ) 15:08.79",
# or a scorer's minute: "Marc Degryse ( 13th )", "( 60th minute )", "( pen )".
_BRACKETED = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")
_MINUTE = re.compile(r"^(?:\d+(?:st|nd|rd|th)?(?: minute)?|pen|penalty|og|o\.g\.)$", re.IGNORECASE)


def _entrants(doc: Doc, mentions: Sequence[Mention]) -> set[int]:
    """In a results table or a team sheet, where names stand with their country or club in
    brackets ("1. Michelle Freeman ( Jamaica ) 12.71"), the entrants the model did not take
    for people though most of the others are: the entrants of one document are of one kind
    (people in an athletics table, clubs in a soccer one). At least three entrants, most of
    them labelled people."""
    text = doc_text(doc)
    starts = {m.start for m in mentions}
    entrants = [
        i
        for i, m in enumerate(mentions)
        if m.label not in ("GPE", "NORP")
        and (match := _BRACKETED.match(text, m.end)) is not None
        and (match.start(1) in starts or _MINUTE.match(match.group(1)) is not None)
    ]
    people = sum(mentions[i].label == "PERSON" for i in entrants)
    if len(entrants) < 3 or people * 2 <= len(entrants):
        return set()
    return {i for i in entrants if mentions[i].label != "PERSON"}


# What joins the names of one list: "IDLC , Bangladesh Lamps , Chittagong Cement and Atlas".
_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*$")


def _listed_firms(doc: Doc, mentions: Sequence[Mention], cues: Sequence[Cues]) -> dict[int, str]:
    """The names of a list of firms ("blue chips like Beximco , Square Pharmaceuticals ,
    Bangladesh Lamps , Chittagong Cement and Apex Tannery") that the model took for people: a
    list names things of one kind. Four names at least, three in five labelled organisations;
    only names labelled people, with no cue of their own. (Not the other way: the model takes
    whole lists of airports or firms for people; nor its places, which stand for their clubs
    in a league's list.) Returns the cue for each."""
    text = doc_text(doc)
    runs: list[list[int]] = []
    for i, m in enumerate(mentions):
        if runs and _LIST_JOIN.match(text[mentions[runs[-1][-1]].end : m.start]):
            runs[-1].append(i)
        else:
            runs.append([i])
    found = {}
    for run in runs:
        if len(run) < 4:
            continue
        firms = sum(mentions[i].label == "ORG" for i in run)
        if firms * 5 >= len(run) * 3:
            for i in run:
                if mentions[i].label == "PERSON" and set(cues[i].evidence) <= {"listed"}:
                    found[i] = "as_organization"
    return found


# After the place of a dateline: its country or state, then the date or the agency ("NAIROBI
# 1996-08-31", "KHASAVYURT , Russia 1996-08-31", "LONDON (Reuters) -", "WASHINGTON, March 3").
_DATELINE = re.compile(
    r"(?:\s*,\s*[A-Z][\w.' -]{1,30}?)?\s*(?:,\s*)?(?:\d{4}-\d{2}-\d{2}|\((?:Reuters|AP|AFP)\)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)"
)


def _nicknames(mentions: Sequence[Mention], names: list[str]) -> list[str]:
    """Names with a body's plural last words standing for the body the document names in full
    ("the Senators", "the Leafs" for the Ottawa Senators, the Toronto Maple Leafs; "City" for
    Manchester City), when one body of the document ends so."""
    bodies = {n for m, n in zip(mentions, names, strict=True) if m.label == "ORG" and " " in n}
    out = list(names)
    for i, (m, name) in enumerate(zip(mentions, names, strict=True)):
        if (
            m.label != "ORG"
            or not (name.endswith("s") or name in CLUB_NAME_ENDINGS)
            or name.count(" ") > 1
        ):
            continue
        longer = {b for b in bodies if b != name and b.endswith(" " + name)}
        if len(longer) == 1:
            out[i] = longer.pop()
    return out


def _quoted_nicknames(mentions: Sequence[Mention], names: list[str]) -> set[int]:
    """Name 'Lee “Faker” Sang-hyeok' Lee Sang-hyeok, and "Faker" alone that person, when
    one person of the document bears the nickname. Returns the mentions with the nickname
    in quotes (only a person is written so) and those of the nickname alone."""
    bearers: dict[str, set[str]] = {}
    nicknamed = set()
    for i, m in enumerate(mentions):
        match = NICKNAMED.fullmatch(m.text)
        if m.label == "PERSON" and match is not None:
            names[i] = f"{match.group('given')} {match.group('surname')}"
            bearers.setdefault(nickname(match), set()).add(names[i])
            nicknamed.add(i)
    for i, name in enumerate(names):
        if len(bearers.get(name, ())) == 1:
            names[i] = next(iter(bearers[name]))
            nicknamed.add(i)  # as a bare surname is, a second reference to a person
    return nicknamed


# What a team does or has, that a town does not: "Edmonton scored", "both Edmonton goals".
_TEAM_NOUNS = frozenset(
    """goal goals point points win wins victory victories loss losses defeat lead lineup
    roster bench coach captain defence defense offence offense shot shots power""".split()  # noqa: SIM905
)
_TEAM_PREPOSITIONS = frozenset({"to", "against", "over", "for", "beat", "past"})
_PLACE_WORDS = frozenset({"in", "at", "from", "near", "into", "downtown"}) | _AROUND


def _cities_for_teams(
    mentions: Sequence[Mention], spans: Sequence[Span | None], names: list[str]
) -> dict[int, str]:
    """A town's name standing for the one team of the document named after it ("Edmonton
    scored twice" where the Edmonton Oilers are named; "Toronto visits the Boston Bruins"),
    where it is a clause's subject or object or owns a team's noun, and not after "in", "at",
    "from" (the town itself). Rewrites ``names``; returns the label those mentions vote."""
    teams: dict[str, set[str]] = {}
    for m, name in zip(mentions, names, strict=True):
        words = name.split()
        # A team's name ends in a plural ("Oilers", "Golden Knights"), a firm's does not.
        if (
            m.label == "ORG"
            and 2 <= len(words) <= 4
            and words[-1].endswith("s")
            and words[-1][:1].isupper()
            and words[-1] not in FIRM_HEADS
        ):
            for n in range(1, len(words)):
                teams.setdefault(" ".join(words[:n]), set()).add(name)
    out = {}
    for i, (m, span) in enumerate(zip(mentions, spans, strict=True)):
        if (
            span is None
            or m.label not in ("GPE", "ORG", "LOC")
            or len(teams.get(names[i], ())) != 1
        ):
            continue
        doc, root = span.doc, span.root
        before = doc[span.start - 1].lower_ if span.start else ""
        if (
            before in _PLACE_WORDS
            or _town_of_a_region(span)
            or "-" in doc[span.end : span.end + 1].text
        ):
            continue
        if (
            root.dep_ in ("nsubj", "nsubjpass", "dobj")
            or (root.dep_ == "pobj" and root.head.lower_ in _TEAM_PREPOSITIONS)
            or (root.dep_ in ("compound", "poss", "nmod") and root.head.lower_ in _TEAM_NOUNS)
        ):
            names[i] = next(iter(teams[names[i]]))
            out[i] = "ORG"
    return out


def _datelines(doc: Doc, mentions: Sequence[Mention]) -> set[int]:
    """The mentions that are a dateline's place: a name in capitals opening a line, its
    date or news agency after it on that line, or, below the headline, a dash ("ROME -
    Bernie Sanders met ...": "SOCCER - JAPAN GET LUCKY WIN" heads a Reuters report)."""
    text = doc_text(doc)
    return {
        i
        for i, m in enumerate(mentions)
        if (m.start == 0 or text[m.start - 1] == "\n")
        and m.text.isupper()
        and (
            _DATELINE.match(text, m.end) is not None
            or (
                (dash := _DASH_AFTER.match(text, m.end)) is not None
                and _below_headline(text, m, dash.end())
            )
        )
    }


def _below_headline(text: str, mention: Mention, after: int) -> bool:
    """Whether a name in capitals and a dash open the text below a headline, or open a text
    that starts with its dateline ("EDMONTON — Alberta's chief medical officer ..."): a
    sentence follows, where a sports report's heading goes on in capitals ("SOCCER - JAPAN
    GET LUCKY WIN")."""
    if mention.start > 0:
        return True
    line = text[after : text.find("\n", after) if "\n" in text[after:] else len(text)]
    return any(c.islower() for c in line[:40])


_DASH_AFTER = re.compile(r"[ \t]+[-–—][ \t]")  # on the dateline's line: "LA PRESSE\n- ..." is none


# A company's legal form after its name ("Caltex Petroleum Corp"); not a club's "FC": the club
# named after its place is that place's ("Sunderland").
_LEGAL_FORMS = frozenset(ORG_SUFFIXES - {"fc", "afc", "shares", "stock", "shareholders"})


def _firms_named_in_full(mentions: Sequence[Mention], names: Sequence[str]) -> set[str]:
    """The first words of the companies a document names in full with their legal form
    ("Caltex Petroleum Corp", "Roosevelt Financial Group Inc"): where the word stands alone
    ("Caltex plans ...") it is the company's short name, not a person's."""
    found = set()
    for m, name in zip(mentions, names, strict=True):
        words = name.split()
        if m.label == "ORG" and len(words) >= 2 and words[-1].lower() in _LEGAL_FORMS:
            found.add(words[0])
    return found


_POSSESSIVE_END = re.compile(r"(?:'s|’s)$")


def _short_firm_names(
    mentions: Sequence[Mention], cues: Sequence[Cues], names: list[str]
) -> set[int]:
    """Rewrite ``names`` so that a company's short name takes its full name: the words before
    a company noun ("McCain" of "McCain Foods", "John Lewis" of "John Lewis Partnership"),
    alone and with no courtesy title ("Mr. Rogers" of Rogers Communications is its chair), not
    a country's name ("France" beside "France Telecom"). A
    speaker bearing the surname of a person named in full stays that person's.

    Returns the mentions rewritten."""
    shorts: dict[str, str] = {}
    for m, name in zip(mentions, names, strict=True):
        words = name.split()
        if m.label != "ORG" or len(words) < 2:
            continue
        if words[-1] in FIRM_HEADS:
            shorts.setdefault(" ".join(words[:-1]), name)
            # "Foster's Group": "Foster's" is written "Foster" alone, its "'s" a word apart
            if (owner := _POSSESSIVE_END.sub("", words[-2])) != words[-2]:
                shorts.setdefault(" ".join([*words[:-2], owner]), name)
    # A short name opening several bodies' names ("Sky News", "Sky Movies", "Sky Networks") is
    # the body owning them all, none of its units: "Sky" stays Sky.
    opened = Counter(
        " ".join(name.split()[:k])
        for name in {n for m, n in zip(mentions, names, strict=True) if m.label == "ORG"}
        for k in range(1, len(name.split()))
    )
    shorts = {short: firm for short, firm in shorts.items() if opened[short] < 2}
    if not shorts:
        return set()
    people = {
        surname_of(n)
        for m, n in zip(mentions, names, strict=True)
        if m.label == "PERSON" and is_full_name(n)
    }
    found = set()
    for i, name in enumerate(names):
        firm = shorts.get(name)
        if (
            firm is None
            or cues[i].titled
            # "outside France" beside "France Telecom": a country's name alone is the country.
            or is_country(name)
            or (cues[i].speaker and name in people and not is_full_name(name))
        ):
            continue
        names[i] = firm
        found.add(i)
    return found


def _clipped_names(mentions: Sequence[Mention], names: list[str]) -> set[int]:
    """Rewrite ``names`` so that a body's clipped name takes the name it clips: one capitalised
    word of three letters or more that opens a longer word inside one body's name, neither its
    first nor its last ("the Fed" of "the US Federal Reserve"), where the document names one
    such body only and no name holds the word whole. A clipped first word ("the Met" of "the
    Metropolitan Police") is the corpus's to resolve (``identity``): the body it follows in
    most documents.

    Returns the mentions rewritten."""
    longer = {n for m, n in zip(mentions, names, strict=True) if m.label == "ORG" and " " in n}
    if not longer:
        return set()
    whole = {w for n in names for w in n.split() if " " in n}
    found = set()
    for i, (m, name) in enumerate(zip(mentions, names, strict=True)):
        if (
            m.label != "ORG"
            or " " in name
            or len(name) < 3
            or not name.isalpha()
            or not _name_case_word(name)
            or name in whole
        ):
            continue
        bodies = {
            full
            for full in longer
            if any(
                len(w) >= len(name) + 2 and w.startswith(name) and w[len(name)].islower()
                for w in full.split()[1:-1]
            )
        }
        if len(bodies) == 1:
            names[i] = bodies.pop()
            found.add(i)
    return found


def _short_for_the_usual_name(mentions: Sequence[Mention], names: list[str]) -> set[int]:
    """Rewrite ``names`` so that a one-word name takes the one longer name of a body that opens
    with it, where the document writes the longer name more often than the short one: the
    body's usual name in the article ("Exxon" in a headline, "Exxon Mobil" in the story);
    not a unit or product named in passing ("Next ... its Next Directory division"), nor a
    word opening two names ("Sky News", "Sky Movies").

    Returns the mentions rewritten."""
    counts = Counter(names)
    opening: dict[str, set[str]] = {}
    for m, name in zip(mentions, names, strict=True):
        words = name.split()
        if len(words) > 1:
            opening.setdefault(words[0], set()).add(name if m.label == "ORG" else "")
    people = {surname_of(n) for m, n in zip(mentions, names, strict=True) if m.label == "PERSON"}
    found = set()
    for i, (m, name) in enumerate(zip(mentions, names, strict=True)):
        longer = opening.get(name)
        if (
            longer is None
            or len(longer) != 1
            or m.label != "ORG"
            or not name[:1].isupper()
            or name in people
        ):
            continue
        full = next(iter(longer))
        if full and full.split()[1][:1].isupper() and counts[full] > counts[name]:
            names[i] = full
            found.add(i)
    return found


def _name_case_word(word: str) -> bool:
    """A capitalised word in lower case after its first letter ("Fed", not "FED")."""
    return word[:1].isupper() and word[1:].islower()


def _without_legal_form(name: str) -> str:
    """A company's name without its legal form, so that "Boeing Co." and "Boeing" are one
    entity ("General Motors Corp" -> "General Motors", "Goldman Sachs & Co" -> "Goldman
    Sachs"); kept whole where the rest alone is a common word ("News Corp")."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _LEGAL_FORMS:
        return name
    rest = words[:-1]
    while rest and rest[-1] in ("&", ",", "and"):
        rest.pop()
    rest[-1:] = [rest[-1].rstrip(",")] if rest else []
    if not rest or (len(rest) == 1 and (len(rest[0]) < 2 or rest[0].lower() in COMMON_NOUNS)):
        return name
    return " ".join(rest)


def _named_for_club(name: str, groups: dict[str, list[int]], mentions: Sequence[Mention]) -> int:
    """1 if the last word of a longer name stands alone in the document for an organisation
    ("Villa" beside "Aston Villa"), or is a club's ("City" beside "Manchester City"), else 0.
    """
    words = name.split()
    if len(words) < 2:
        return 0
    alone = groups.get(slug(words[-1]), ())
    if alone and words[-1] in CLUB_NAME_ENDINGS:
        return 1
    return int(sum(mentions[i].label == "ORG" for i in alone) * 2 > len(alone) > 0)


def _display_name(
    names: Sequence[str],
    members: Sequence[int],
    body: bool = False,
    modifiers: frozenset = frozenset(),
) -> str:
    """The most frequent spelling among a group's names (they share one slug); of a body's
    spellings written as often, the fullest written as a name ("Liberal Democrats", "Lib
    Dems" once each; not "Liberal Democrat" of "a Liberal Democrat spokesman")."""
    counts = Counter(names[i] for i in members)
    named = {names[i] for i in members if i not in modifiers} if body else set()
    return min(counts, key=lambda n: (-counts[n], -len(n) if n in named else 0, n))
