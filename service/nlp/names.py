"""What a person's name is made of: slugs, surnames, initials, full names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from service.nlp.lexicon import (
    GIVEN_NAME_FORMS,
    NAME_PARTICLES,
    PARTY_NAMES,
    PERSON_TITLES,
    ROYAL_TITLES,
)
from service.nlp.person_words import first_name_gender

_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """Lower-case ASCII slug of a name ("José Mourinho" -> "jose-mourinho")."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG.sub("-", folded.lower()).strip("-")


def entity_slug(name: str) -> str:
    """The slug of the entity a canonical name stands for: a party's for its short names
    ("Tories", "Conservatives" -> "conservative-party"), else the name's."""
    return slug(PARTY_NAMES.get(name.lower(), name) if name[:1].isupper() else name)


@lru_cache(maxsize=1 << 16)
def surname_of(name: str) -> str:
    """The surname of a person's name: its last word, with a leading particle ("van Persie")."""
    words = name.split()
    if len(words) >= 3 and words[-2].lower().rstrip(".") in NAME_PARTICLES:  # "St. Louis"
        return " ".join(words[-2:])
    return words[-1]


def is_initial(word: str) -> bool:
    """ "G" or "G." in "G Thomas", "JF" in "JF Sullivan"."""
    letters = word.replace(".", "")
    return 1 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=1 << 16)
def is_full_name(name: str) -> bool:
    """Whether a person's name gives more than a surname ("Van Persie", "Sir John", "G Thomas"
    do not)."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in PERSON_TITLES or words[0].lower() in ROYAL_TITLES:
        return False
    if len(words) == 2 and is_initial(words[0]):
        return False
    return not (
        len(words) == 2
        and words[0].lower() in NAME_PARTICLES
        and not (words[0].lower() in _PATRONYMICS and _given_name(words[0], name))
    )


# Particles meaning "son of" ("Tal Ben Haim", "bin Laden"): capitalised at the start of a name
# and known as a given name ("Ben Kay", "Ben Stiller"), the given name; an article or a
# preposition ("Al", "Van", "De") stays a surname's particle ("Van Persie").
_PATRONYMICS = frozenset({"ben", "ibn", "bin"})


def _given_name(word: str, name: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and first_name_gender(name) is not None


def initials_fit(initials: str, name: str) -> bool:
    """Whether "JF" (or "G") are the initials of the given names of ``name``."""
    given = name.split()[:-1]
    return len(given) >= len(initials) and all(
        w[:1].upper() == c for w, c in zip(given, initials, strict=False)
    )


def short_form_of(short: str, given: str) -> bool:
    """Whether the given name ``short`` is a usual short form of ``given`` ("Andy" of
    "Andrew", "Ally" of "Allister"), ignoring case."""
    return given.lower() in GIVEN_NAME_FORMS.get(short.lower(), ())


_PET_ENDING = re.compile(r"(?:ie|y)$")


def pet_form_of(pet: str, given: str) -> bool:
    """Whether the given name ``pet`` is a pet form of ``given`` made the usual English way:
    its first letters (four at least, a doubled consonant undone) and "-ie" or "-y" ("Bernie"
    of "Bernard", "Freddie" of "Frederick"), ignoring case. Says nothing of gender: callers
    check that the two names can be one person's."""
    pet, given = pet.lower(), given.lower()
    stem = _PET_ENDING.sub("", pet)
    if stem == pet or len(given) <= len(pet) - 1:
        return False
    stems = {stem}
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "Freddie": "Fred"
    return any(len(s) >= 4 and given.startswith(s) and given != s for s in stems)
