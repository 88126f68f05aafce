"""Names of countries and world regions: places, whatever a sports report makes of them.

"Belarus beat Estonia", "the team to play Liechtenstein", "Natalya Shikolen ( Belarus )": the
statistical model takes a country playing a match for a person or an organisation; the type
vote (``service.nlp.kinds``) counts a country's name as a place's evidence. The names are
CLDR's English territory names (from Babel, already a dependency), with the usual English
variants and the home nations of the United Kingdom.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from service.nlp.lexicon import CANONICAL_NAMES, US_STATES

# CLDR codes that are no place: unions, currency areas, pseudo-locales, "world".
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "ZZ", "XA", "XB", "QO", "001"})
_VARIANTS = frozenset(
    {
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Britain",
        "Great Britain",
        "Turkey",
        "Czech Republic",
        "Burma",
        "Myanmar",
        "Ivory Coast",
        "Bosnia",
        "Herzegovina",
        "Trinidad",
        "Tobago",
        "Hong Kong",
        "Macau",
        "Palestine",
        "Holland",
        "Faroes",
        "Swaziland",
        "Macedonia",
        "Yugoslavia",
        "Czechoslovakia",
        "Soviet Union",
        "Zaire",
        "Vatican",
    }
)


@cache
def _places() -> frozenset[str]:
    names = set(_VARIANTS)
    for code, name in Locale("en").territories.items():
        if code in _NOT_PLACES:
            continue
        names.add(name)
        if "&" in name:
            names.add(name.replace("&", "and"))
    return frozenset(names)


def is_country(name: str) -> bool:
    """Whether ``name`` (as written, capitalised) is a country's or a world region's, or a
    country's formal name ("Republic of Ireland", "Kingdom of Spain")."""
    if name in _places():
        return True
    formal = _FORMAL.fullmatch(name)
    return formal is not None and formal.group(1) in _places()


def country_of(word: str) -> str | None:
    """The country a name's first word is ("US", "UK", "France"), or None (a nationality
    adjective is none: "American Express", "British Airways" are names of their own)."""
    if is_country(word):
        return word
    country = CANONICAL_NAMES.get(word.lower()) if word.isupper() else None
    return country if country is not None and is_country(country) else None


_FORMAL = re.compile(r"(?:Republic|Kingdom|Principality|Grand Duchy|State) of (?:the )?(.+)")


_STATE_NAMES = frozenset(US_STATES.values())


def is_region(name: str) -> bool:
    """Whether ``name`` is a country's, a world region's or a US state's ("Boise, Idaho,")."""
    return name in _STATE_NAMES or is_country(name)
