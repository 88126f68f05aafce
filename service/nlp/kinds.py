"""The type of an entity, voted over what all its mentions and their contexts say."""

from __future__ import annotations

from collections.abc import Mapping

from service.nlp.lexicon import ENTITY_TYPES

_KINDS = tuple(sorted(set(ENTITY_TYPES.values())))
# Types other than person, the one an unspecific cue favours on a tie first.
_NOT_PEOPLE = ("organization", "place", "event", "work", "product", "facility", "group", "law")

# The statistical model's labels of one name share one vote per document, growing slower
# than the documents: the same string gets the same guess again ("Franz Ferdinand" a person
# in 17 documents), where each context is new evidence.
LABEL_GROWTH = 0.75
# Mentions the model labels one kind, not a place, that outvote "in X" (``_weak_in``).
IN_OUTVOTED = 3
# Mentions after "at" from which a body or place that is mostly written so is a venue.
VENUE_AT = 3
# Words of a school's name: people study and work "at" it, no venue ("at Harvard University").
_SCHOOL_WORDS = frozenset(
    {"school", "college", "university", "academy", "institute", "polytechnic"}
)
# What a cue in one mention's context weighs, against a label vote.
# "given_surname": a given name and a surname the model labelled a body with no cue around it
# (as much as a context cue that says "person"; ``entities._given_name_and_surname``).
_PERSON_CUES = {"title": 3.0, "role": 1.5, "short": 1.5, "as_person": 2.0, "given_surname": 2.0}
_KIND_CUES = {
    "as_organization": ("organization", 2.0),
    "as_work": ("work", 2.0),
    "as_product": ("product", 2.0),
    "as_place": ("place", 2.0),
    "WORK": ("work", 1.5),  # only context sets it ("the film Ray"): a cue as well as a label
    "owned": ("product", 1.5),
    "place": ("place", 1.0),
    "country": ("place", 2.0),  # a country's or a world region's name (``entity_places``)
    "prize": ("event", 1.5),  # what is won or nominated for (``entities._won_or_nominated_for``)
}
# Cues that say what a name is not, and the kinds they leave, most specific first: each goes
# to whichever of its kinds the evidence so far favours (ties: the first listed).
_SHARED_CUES = (
    ("award", 1.5, ("event", "organization")),  # "Oscar nominations": its ceremony or giver
    ("ordinal", 1.5, ("event", "work")),  # "his ninth Budget", "the 77th Academy Awards"
    ("countable", 1.5, ("product", "event", "work")),  # "an iPod", "an Oscar", "his Budget"
    ("plural", 1.5, ("organization", "place", "group")),  # "Chelsea have", "England were"
    ("article", 1.5, _NOT_PEOPLE),  # "the Oscars"
    ("which", 1.5, _NOT_PEOPLE),  # "Unifor, which represents the workers, said"
    # "Spurs boss X", "Euronext shareholders", "Southampton chairman X" (a club is its place)
    ("club", 2.0, ("organization", "place")),
    ("affiliate", 1.5, _NOT_PEOPLE),  # "Chelsea boss X"
)
# A town's team: a name no country's, given its team's staff ("Stockport boss X", "Stockport
# striker Y") in this many mentions, and in more than it is said to be somewhere ("in
# Stockport"), is the club, and what else says a body or a place ("Stockport have") is the
# club's too. A country's staff ("Wales coach") is its national side's: the country.
CLUB_READING = 2
# Cues a club shares with its town, which go to the club once the name reads as one.
_CLUB_SHARED = frozenset({"club", "plural", "affiliate", "article", "which"})


def label_weight(documents: float) -> float:
    """The votes the labels of a name in ``documents`` documents share."""
    return documents**LABEL_GROWTH


def school_name(name: str) -> bool:
    """Whether a name is a school's ("London School of Economics", "Harvard University")."""
    return not _SCHOOL_WORDS.isdisjoint(name.lower().split())


def vote_type(evidence: Mapping[str, float], surname: float = 0, school: bool = False) -> str:
    """The entity type that evidence points to (cue keys: ``service.nlp.cues.Cues``).

    The spaCy labels of the mentions share ``label_weight(documents)`` votes; each cue adds
    to a type: a courtesy title, a role before the name, a bare surname standing for the name,
    a noun saying what it is ("the band", "the film"), or being a surname of people named in
    full elsewhere (``surname``: votes) for a person; a plural verb ("United have"), an article,
    an affiliation ("Chelsea boss X"), a count ("an Oscar") for whichever of the types they
    allow leads. A body or a place mostly written after "at" is a venue, unless it is a
    ``school`` (``school_name``: "at the London School of Economics").
    """
    labels = [(ENTITY_TYPES[cue], n) for cue, n in evidence.items() if cue in ENTITY_TYPES]
    total = sum(n for _, n in labels) or 1
    weight = label_weight(evidence.get("documents", 1)) / total
    scores = dict.fromkeys(_KINDS, 0.0)
    for kind, n in labels:
        scores[kind] += weight * n
    scores["person"] += surname
    # What the contexts say, apart: on a tie with the model's labels, the words around the
    # mentions win ("near Parramatta", labelled an organisation once: a place).
    context = dict.fromkeys(_KINDS, 0.0)
    weak_in = _weak_in(labels, evidence.get("place", 0))
    for cue, n in evidence.items():
        if cue == "place" and weak_in:
            continue
        if (w := _PERSON_CUES.get(cue)) is not None:
            context["person"] += w * n
        elif (kind_weight := _KIND_CUES.get(cue)) is not None:
            context[kind_weight[0]] += kind_weight[1] * n
    for kind, n in context.items():
        scores[kind] += n
    # A nationality given a team's staff ("Spanish striker X") is no town's club.
    lead = max(_KINDS, key=lambda k: (scores[k], context[k]))
    club = lead != "group" and _club_reading(evidence)
    for cue, w, kinds in _SHARED_CUES:
        if count := evidence.get(cue, 0):
            if club and cue in _CLUB_SHARED and "organization" in kinds:
                best = "organization"
            else:
                best = max(kinds, key=lambda k: (scores[k], -kinds.index(k)))
            scores[best] += w * count
    best = max(_KINDS, key=lambda k: (scores[k], context[k]))
    # A body or a place the text puts games, finals and ceremonies "at" in most of its mentions,
    # and the model does not take for a town, is the venue ("at Murrayfield", "at Old
    # Trafford"); "at Chelsea" is rare beside "Chelsea have", "Chelsea boss".
    at = evidence.get("at", 0)
    if (
        best in ("organization", "place")
        and at >= VENUE_AT
        and 2 * at >= sum(n for _, n in labels)
        and 2 * evidence.get("GPE", 0) < sum(n for _, n in labels)
        and not school
    ):
        return "facility"
    return best


def _weak_in(labels: list[tuple[str, float]], places: float) -> bool:
    """Whether ``places`` mentions after "in" say too little against the model's labels to
    make a name a place: "in" comes before firms and works as well ("an investment in Rover",
    "the value was in Tysabri", "a scene in Pacific Assault"), so it is set aside when the
    model labels the name a body, a work or a product in IN_OUTVOTED mentions or more, three
    times as many as say "in" at least ("Bristol", twelve body labels and six "in Bristol",
    stays a place), and a place or a facility in at most a fifth of them
    ("RAF Fairford", labelled a body three times and a facility once, stays). (People are left
    out: the model takes a place for a person more often than the reverse, "Gatwick".)"""
    by_kind: dict[str, float] = {}
    for kind, n in labels:
        by_kind[kind] = by_kind.get(kind, 0) + n
    total = sum(by_kind.values())
    other = max((by_kind.get(k, 0) for k in ("organization", "work", "product")), default=0)
    where = by_kind.get("place", 0) + by_kind.get("facility", 0)
    return other >= max(IN_OUTVOTED, 3 * places) and 5 * where <= total


def _club_reading(evidence: Mapping[str, float]) -> bool:
    """Whether a name's mentions say it is a town's team rather than the town (CLUB_READING)."""
    club = evidence.get("club", 0)
    return (
        club >= CLUB_READING
        and not evidence.get("country", 0)
        and club + evidence.get("plural", 0) > evidence.get("place", 0)
    )


def gender_of(evidence: Mapping[str, int]) -> str | None:
    """ "male" or "female" when the titles agree at least two to one, else None."""
    male, female = evidence.get("male", 0), evidence.get("female", 0)
    if male > 2 * female:
        return "male"
    if female > 2 * male:
        return "female"
    return None
