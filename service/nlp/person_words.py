"""Words that say who someone is: gender (titles, pronouns, gendered nouns, first names),
nouns that stand for a person, an organisation or an unnamed source, nationality nouns.

Used by ``service.nlp.people`` (the resolver) and ``service.nlp.quotes`` (who can speak).
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from pathlib import Path

MALE, FEMALE = "male", "female"
TEXT, NAME = "text", "name"  # gender evidence: the article itself, or the first-name lexicon

MALE_TITLES = frozenset(
    ["mr", "sir", "lord", "king", "prince", "duke", "baron", "earl", "monsieur", "herr", "senor"]
)
FEMALE_TITLES = frozenset(
    [
        "mrs",
        "ms",
        "miss",
        "dame",
        "lady",
        "queen",
        "princess",
        "duchess",
        "baroness",
        "countess",
        "madame",
        "mme",
        "mlle",
        "frau",
        "senora",
    ]
)
# Nouns that say a person's gender when the article uses them of that person.
MALE_NOUNS = frozenset(
    [
        "man",
        "boy",
        "father",
        "husband",
        "son",
        "brother",
        "uncle",
        "grandfather",
        "nephew",
        "boyfriend",
        "spokesman",
        "congressman",
        "businessman",
        "sportsman",
        "chairman",
        "councilman",
        "assemblyman",
        "alderman",
        "policeman",
        "fireman",
        "king",
        "prince",
        "duke",
        "widower",
        "actor",
        "gentleman",
    ]
)
FEMALE_NOUNS = frozenset(
    [
        "woman",
        "girl",
        "mother",
        "wife",
        "daughter",
        "sister",
        "aunt",
        "grandmother",
        "niece",
        "girlfriend",
        "spokeswoman",
        "congresswoman",
        "businesswoman",
        "sportswoman",
        "chairwoman",
        "councilwoman",
        "assemblywoman",
        "alderwoman",
        "policewoman",
        "queen",
        "princess",
        "duchess",
        "widow",
        "actress",
        "lady",
        "mum",
        "mom",
    ]
)
# Modifiers that make a role another one: a shadow or former minister is not the minister.
ROLE_CHANGING = frozenset(
    ["shadow", "former", "ex", "deputy", "vice", "assistant", "acting", "junior", "co", "interim"]
)
PEER_TITLES = frozenset(["lord", "lady", "baroness", "baron", "viscount", "earl", "countess"])
PRONOUN_GENDER = {
    "he": MALE,
    "him": MALE,
    "his": MALE,
    "himself": MALE,
    "she": FEMALE,
    "her": FEMALE,
    "hers": FEMALE,
    "herself": FEMALE,
}
PLURAL_PRONOUNS = frozenset(["they", "them", "their", "themselves"])

# Nouns for one person that news uses in place of a name, beside the roles of ROLE_HEADS and
# the gendered nouns ("the Swiss star", "the 22-year-old striker", "the singer").
PERSON_NOUNS = (
    frozenset(
        [
            "star",
            "champion",
            "player",
            "winner",
            "striker",
            "forward",
            "quarterback",
            "linebacker",
            "receiver",
            "cornerback",
            "kicker",
            "goaltender",
            "netminder",
            "goalie",
            "winger",
            "defenceman",
            "defenseman",
            "pitcher",
            "catcher",
            "shortstop",
            "outfielder",
            "infielder",
            "slugger",
            "rookie",
            "sophomore",
            "guard",
            "centre-back",
            "full-back",
            "fullback",
            "playmaker",
            "sprinter",
            "jockey",
            "trainer",
            "cyclist",
            "skier",
            "skater",
            "wrestler",
            "fighter",
            "defender",
            "midfielder",
            "goalkeeper",
            "keeper",
            "veteran",
            "youngster",
            "teenager",
            "singer",
            "actor",
            "actress",
            "rapper",
            "musician",
            "writer",
            "author",
            "artist",
            "designer",
            "entrepreneur",
            "businessman",
            "businesswoman",
            "founder",
            "pilot",
            "driver",
            "rider",
            "boxer",
            "golfer",
            "runner",
            "athlete",
            "swimmer",
            "batsman",
            "bowler",
            "skipper",
            "campaigner",
            "activist",
            "chancellor",
            "premier",
            "friend",
            "colleague",
            "partner",
            "rival",
            "opponent",
            "neighbour",
            "neighbor",
            "teammate",
            "team-mate",
            "fan",
            "peer",
            "billionaire",
            "millionaire",
            "tycoon",
            "mogul",
            "magnate",
            "philanthropist",
            "comedian",
            "presenter",
            "chef",
            "nurse",
            "doctor",
            "surgeon",
            "teacher",
            "farmer",
            "proprietor",
            "shopkeeper",
            "homeowner",
            "retiree",
            "agent",
            # people by what they do, as US and wire copy describe them ("the researcher")
            "researcher",
            "organiser",
            "organizer",
            "legislator",
            "pollster",
            "commentator",
            "consultant",
            "protester",
            "demonstrator",
            "academic",
            "historian",
            "filmmaker",
            "reporter",
            "blogger",
            "critic",
            "challenger",
            "incumbent",
            "negotiator",
            "mediator",
            "investor",
            "banker",
            "trader",
            "referee",
            # people by the side they fight on, as conflict reports describe a speaker ("a
            # militant from the group told a crowd")
            "militant",
            "gunman",
            "insurgent",
            "defector",
        ]
    )
    | MALE_NOUNS
    | FEMALE_NOUNS
)
# Nouns that stand for an organisation the article has named ("the company said").
ORG_NOUNS = frozenset(
    [
        "company",
        "firm",
        "group",
        "bank",
        "paper",
        "newspaper",
        "magazine",
        "weekly",
        "daily",
        "tabloid",
        "broadcaster",
        "network",
        "channel",
        "airline",
        "carrier",
        "retailer",
        "maker",
        "manufacturer",
        "operator",
        "club",
        "agency",
        "charity",
        "watchdog",
        "regulator",
        "giant",
        "corporation",
        "business",
        "studio",
        "label",
        "automaker",
        "carmaker",
        "chipmaker",
        "drugmaker",
        "insurer",
        "lender",
        "miner",
        "producer",
        "supplier",
        "publisher",
        "developer",
        "startup",
        "start-up",
        "conglomerate",
        "body",
        "union",
        "tank",  # "the think tank"
        "ministry",
        "department",
        "council",
        "commission",
        "committee",
        "federation",
        "league",
        "association",
        "organisation",
        "organization",
        "institute",
        "university",
        "hospital",
        "party",
        "team",
        "board",
        "panel",
        "bureau",
        "foundation",
        "utility",
        "alliance",
        "coalition",
        "station",  # "said the radio station"
        "subsidiary",  # "the Delta subsidiary said"
    ]
)
# Nouns of a body that a capitalised word before them owns, not names ("the Delta
# subsidiary" is Delta's subsidiary, another body than Delta).
OWNED_BODY_NOUNS = frozenset(["subsidiary", "unit", "affiliate", "division", "offshoot"])
# Documents that speak for whoever wrote them ("the report says").
DOCUMENT_NOUNS = frozenset(
    [
        "report",
        "study",
        "survey",
        "statement",
        "letter",
        "memo",
        "review",
        "audit",
        "analysis",
        "research",
        "poll",
        "ruling",
        "judgment",
        "guidance",
        "document",
        "release",
        "filing",
        "inquiry",
        "investigation",
        "paper",
        "email",
        "e-mail",
        "guideline",
        "summary",
        "memorandum",
        "transcript",
        "assessment",
        "indictment",
        "lawsuit",
        "suit",
        "complaint",
        "article",
        "minute",  # "the minutes said": the lemma of a meeting's minutes
        "newsletter",
        "average",  # "the RealClearPolitics average": a polling average, its compiler's
        "sign",  # "one Arizona Department of Transportation sign read": the body's sign
        "banner",
        "notice",
    ]
)
# A claim at law speaks for whoever brings it: "X is suing ... The lawsuit said".
LAWSUIT_NOUNS = ("lawsuit", "suit", "complaint")
# Heads of noun phrases that name a source without naming a person.
ANONYMOUS_HEADS = frozenset(
    [
        "official",
        "officials",
        "source",
        "sources",
        "diplomat",
        "diplomats",
        "aide",
        "aides",
        "person",
        "people",
        "insider",
        "insiders",
        "analyst",
        "analysts",
        "observer",
        "observers",
        "expert",
        "experts",
        "officer",
        "officers",
        "spokesperson",
        "representative",
        "member",
        "members",
        "lawmaker",
        "lawmakers",
        "staffer",
    ]
)


# --- The first-name lexicon ---------------------------------------------------------------------


# Derived from nomquamgender's reference data (MIT) by .ci/build_name_lexicon.py: names given
# to babies of one gender at least 90% of the time, seen at least 10 times.
LEXICON = Path(__file__).resolve().parent / "data" / "first_names.tsv.gz"


@cache
def _first_names() -> dict[str, str]:
    """First name (lower-case ASCII) -> gender: about 120,000 confidently gendered names."""
    genders = {"f": FEMALE, "m": MALE}
    lines = gzip.decompress(LEXICON.read_bytes()).decode().splitlines()
    return {name: genders[g] for name, g in (line.split("\t") for line in lines)}


def load_lexicon() -> int:
    """Read the first-name lexicon now (it is read once per process); its size."""
    return len(_first_names())


def _ascii(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def first_name_gender(name: str) -> str | None:
    """The gender a full name's first name usually has, or None (a lone surname, an initial,
    a name used for both)."""
    words = name.split()
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return None
    return _first_names().get(_ascii(words[0]))


def word_gender(word: str) -> str | None:
    """The gender a title, pronoun or noun says of a person ("Mrs", "she", "spokeswoman")."""
    if nationality := nationality_gender(word):
        return nationality
    lower = word.lower().rstrip(".")
    if lower in MALE_TITLES or lower in MALE_NOUNS or PRONOUN_GENDER.get(lower) == MALE:
        return MALE
    if lower in FEMALE_TITLES or lower in FEMALE_NOUNS or PRONOUN_GENDER.get(lower) == FEMALE:
        return FEMALE
    return None


# A party's member as a noun: "the Wisconsin Republican said", "the New York Democrat".
PARTY_MEMBER_NOUNS = frozenset(
    ["Republican", "Democrat", "Independent", "Libertarian", "Conservative", "Tory", "Liberal"]
)
# Nouns for a person of a nationality, written in place of a name ("the Czech", "the
# Dutchman"): the article means someone it has named.
NATIONALITY_NOUNS = frozenset(
    [
        "Afghan",
        "Albanian",
        "Algerian",
        "American",
        "Argentine",
        "Argentinian",
        "Armenian",
        "Australian",
        "Austrian",
        "Belgian",
        "Bolivian",
        "Bosnian",
        "Brazilian",
        "Brit",
        "Briton",
        "Bulgarian",
        "Cameroonian",
        "Canadian",
        "Chilean",
        "Colombian",
        "Croat",
        "Croatian",
        "Cuban",
        "Czech",
        "Dane",
        "Dominican",
        "Ecuadorian",
        "Egyptian",
        "Englishman",
        "Englishwoman",
        "Estonian",
        "Ethiopian",
        "Finn",
        "Frenchman",
        "Frenchwoman",
        "Georgian",
        "German",
        "Ghanaian",
        "Greek",
        "Hungarian",
        "Icelander",
        "Indian",
        "Indonesian",
        "Iranian",
        "Iraqi",
        "Irishman",
        "Irishwoman",
        "Israeli",
        "Italian",
        "Ivorian",
        "Jamaican",
        "Kazakh",
        "Kenyan",
        "Kiwi",
        "Korean",
        "Latvian",
        "Lebanese",
        "Lithuanian",
        "Mexican",
        "Moroccan",
        "Nigerian",
        "Norwegian",
        "Pakistani",
        "Paraguayan",
        "Peruvian",
        "Pole",
        "Romanian",
        "Russian",
        "Saudi",
        "Scot",
        "Scotsman",
        "Scotswoman",
        "Senegalese",
        "Serb",
        "Serbian",
        "Slovak",
        "Slovakian",
        "Slovenian",
        "Spaniard",
        "Swede",
        "Syrian",
        "Taiwanese",
        "Thai",
        "Tunisian",
        "Turk",
        "Ugandan",
        "Ukrainian",
        "Uruguayan",
        "Uzbek",
        "Venezuelan",
        "Welshman",
        "Welshwoman",
        "Zimbabwean",
        # the second word of "New Zealander" (_determined_kind lets its "New" stand before it)
        "Zealander",
        "Dutchman",
        "Dutchwoman",
        "Aussie",
    ]
)


def nationality_gender(word: str) -> str | None:
    """ "Dutchman" is a man, "Frenchwoman" a woman; "German" is either (no "Gerwoman")."""
    if word.endswith("woman"):
        return FEMALE
    if word.endswith("man") and word[:-3] + "woman" in NATIONALITY_NOUNS:
        return MALE
    return None


# Family words: "his wife", "Maria's son". Family members often share a surname.
KIN_NOUNS = frozenset(
    [
        "wife",
        "husband",
        "son",
        "daughter",
        "father",
        "mother",
        "brother",
        "sister",
        "dad",
        "mum",
        "mom",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "spouse",
        "partner",
        "widow",
        "widower",
    ]
)


# Two-word positions whose head alone means something else ("the tight end", "the running
# back"): the head, and the words that make it a person.
POSITION_COMPOUNDS = {
    "end": frozenset(["tight", "defensive"]),
    "back": frozenset(["running", "full", "half", "wing", "left", "right", "centre", "center"]),
}


# Words that make a name an organisation's, though its first word is a first name ("General
# Motors", "Morgan Stanley Capital"): first words, and last words (lower-case).
ORG_NAME_FIRST_WORDS = frozenset(
    ["General", "National", "Royal", "United", "Federal", "Standard", "American", "British"]
)
ORG_NAME_LAST_WORDS = frozenset(
    [
        "motors",
        "motor",
        "group",
        "bank",
        "holdings",
        "technologies",
        "airlines",
        "airways",
        "networks",
        "systems",
        "partners",
        "capital",
        "foundation",
        "trust",
        "media",
        "energy",
        "industries",
        "electric",
        "entertainment",
        "communications",
        "records",
        "studios",
        "pictures",
        "associates",
        "brothers",
        "sons",
        "fund",
        "insurance",
        "securities",
        "investments",
        "pharmaceuticals",
        "labs",
        "laboratories",
    ]
)


def title_gender(word: str) -> str | None:
    """The gender a courtesy or noble title says ("Mrs", "Sir", "Baroness")."""
    lower = word.lower().rstrip(".")
    if lower in MALE_TITLES:
        return MALE
    if lower in FEMALE_TITLES:
        return FEMALE
    return None


def generic_role(word: str) -> bool:
    """A job title in "-man" that news copy also uses of women ("Trump spokesman Hope Hicks",
    "Congressman"): weak evidence of gender, unlike "spokeswoman"."""
    lower = word.lower()
    return lower.endswith("man") and lower != "man" and not lower.endswith("woman")


# Last words of the names of places and buildings, never of a person's.
PLACE_WORDS = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "drive",
        "square",
        "mountain",
        "mountains",
        "island",
        "islands",
        "county",
        "city",
        "valley",
        "center",
        "centre",
        "building",
        "plaza",
        "airport",
        "stadium",
        "arena",
        "highway",
        "parkway",
        "palace",
        "cathedral",
        "school",
        "college",
        "hospital",
        "hotel",
    ]
)
