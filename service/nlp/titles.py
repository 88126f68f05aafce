"""Which titles and roles of a person are worth showing."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from service.nlp.lexicon import PERSON_TITLES, TITLE_ABBREVIATIONS
from service.nlp.records import Attribute

# Courtesy titles by gender; Dr, Prof and the like fit anyone.
_TITLE_GENDER = {t.rstrip("."): g for t, g in PERSON_TITLES.items() if g is not None}


# Words that stand in a title only beside another ("Labour Party", "New Labour", "former
# minister"); alone they are a fragment cut from it.
_FRAGMENTS = frozenset({"party", "new", "ex", "former", "shadow", "the", "and", "of"})


def title_key(attr: Attribute) -> tuple[str, str]:
    """What two titles share when they are one: kind and value, ignoring case, a final dot,
    dashes around it and spacing; "ex-" is "former" ("Ex-Home Secretary", "former home
    secretary")."""
    value = " ".join(attr.value.strip(" -–—").casefold().rstrip(".").split())
    return attr.kind, _EX.sub("former ", value)


_EX = re.compile(r"^ex[-–\s]\s*(?=\w)")


def support_key(attr: Attribute) -> tuple[str, str]:
    """What a document's support of a title counts under: ``title_key`` without a leading
    "former" ("former chief financial officer" supports "chief financial officer")."""
    kind, value = title_key(attr)
    return kind, value.removeprefix("former ")


# Words that make a role another job than the same role without them ("deputy leader" is not
# the leader): a fuller form with one of them supports no shorter one.
_RANK_WORDS = frozenset({"deputy", "vice", "shadow", "assistant", "junior", "under", "co"})


def _within(small: str, large: str) -> bool:
    """Whether role ``large`` (a ``support_key`` value) is role ``small`` written more fully:
    the same head word, all of ``small``'s words among its own, none of the extra ones a rank
    ("chief financial officer" within "officer"; "deputy leader" not within "leader")."""
    ws, wl = small.split(), large.split()
    if not ws or not wl or ws[-1] != wl[-1]:
        return False
    extra = set(wl) - set(ws)
    return set(ws) <= set(wl) and not extra & _RANK_WORDS


def _support(attr: Attribute, support: Mapping[tuple[str, str], int]) -> int:
    """Documents giving ``attr`` or, for a role, a fuller form of it (``_within``): a document
    calling someone "chief financial officer" supports "officer", not the reverse, since one
    stray modifier is what the support rule keeps out ("rival Chancellor")."""
    kind, value = support_key(attr)
    if kind != "role":
        return support.get((kind, value), 0)
    # A document giving two fuller forms counts twice; the documents' own cleaning already
    # drops a one-word role cut from a longer one, the common case of it.
    return sum(n for (k, v), n in support.items() if k == kind and _within(value, v))


# A person in at least this many documents keeps only the roles and affiliations that two of
# them give: one stray mention is more often a namesake's or a misparse than news.
SUPPORTED_FROM = 4


def clean_titles(
    attributes: Sequence[Attribute],
    gender: str | None,
    support: Mapping[tuple[str, str], int] | None = None,
    documents: int = 1,
) -> tuple[Attribute, ...]:
    """Titles and roles worth showing: one per value ignoring case, none that conflicts with
    the person's gender ("Mrs" on a man), no fragment ("Party", "New", "Ex-", "Democrat"
    beside "Liberal Democrat"); for a person in SUPPORTED_FROM documents or more, the roles
    and affiliations that ``support`` (documents per ``support_key``) finds in two of them, a
    role supported by its fuller forms too ("former chief financial officer" for "officer");
    no affiliation's abbreviation ("Lib Dem") beside its full form ("Liberal Democrat")."""
    if not attributes:
        return ()
    kept: dict[tuple[str, str], Attribute] = {}
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for attr in attributes:
        value = attr.value.strip(" -–—")
        if attr.kind == "title":
            lower = value.lower()
            if lower not in TITLE_ABBREVIATIONS and lower.rstrip(".") not in _TITLE_GENDER:
                continue
            title_gender = _TITLE_GENDER.get(lower.rstrip("."))
            if gender and title_gender and title_gender != gender:
                continue
        elif support is not None and documents >= SUPPORTED_FROM and _support(attr, support) < 2:
            continue
        if (
            not any(c.isalpha() for c in value)
            or value.endswith("-")
            or value.casefold() in _FRAGMENTS
        ):
            continue
        key = title_key(attr)
        forms[key][value] += 1
        kept.setdefault(key, attr)
    # "Democrat" beside "Liberal Democrat", "Secretary" beside "Home Secretary": cut from it.
    words = {kind: [v.split() for k, v in kept if k == kind] for kind, _ in kept}
    out = []
    for key, attr in kept.items():
        kind, folded = key
        if _past_or_present_twice(key, forms):
            continue
        if " " not in folded and any(
            len(other) > 1 and other[-1] == folded for other in words[kind]
        ):
            continue
        if kind == "affiliation" and any(
            _abbreviates(folded, v) for k, v in kept if k == kind and v != folded
        ):
            continue
        # The most frequent spelling, "former X" before "Ex-X" (a headline's shorthand).
        value = min(
            forms[key], key=lambda v: (_EX.match(v.casefold()) is not None, -forms[key][v], v)
        )
        out.append(attr if attr.value == value else Attribute(attr.kind, value, *_span(attr)))
    return tuple(out)


def _past_or_present_twice(key: tuple[str, str], forms: Mapping[tuple[str, str], Counter]) -> bool:
    """Whether title ``key`` ("england captain") is shown by its other tense instead ("former
    england captain"): one role is either held or not, so of "X" and "former X" only the one
    more mentions give is shown, "former X" on a tie (a role once held stays a former one)."""
    kind, folded = key
    if folded.startswith("former "):
        other = (kind, folded.removeprefix("former "))
        return other in forms and forms[other].total() > forms[key].total()
    other = (kind, f"former {folded}")
    return other in forms and forms[other].total() >= forms[key].total()


# Words of a full name an initialism leaves out ("Scottish National Party": "SNP").
_LINKS = frozenset({"of", "the", "and", "for"})


def _abbreviates(short: str, full: str) -> bool:
    """Whether casefolded ``short`` is an abbreviation of ``full``: each word a shortened
    start of the full form's word ("lib dem" of "liberal democrat", "dems" of "democrats"),
    or an initialism of its words ("snp" of "scottish national party")."""
    ws, wf = short.split(), full.split()
    if len(ws) == len(wf):
        pairs = list(zip(ws, wf, strict=True))
        return all(len(s) >= 3 and f.startswith(s.removesuffix("s")) for s, f in pairs) and any(
            len(s) < len(f) for s, f in pairs
        )
    initials = "".join(w[0] for w in wf if w not in _LINKS)
    return len(ws) == 1 and len(short) >= 2 and short == initials


def _span(attr: Attribute) -> tuple[str, int, int]:
    return attr.text, attr.start, attr.end
