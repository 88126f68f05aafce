"""The type of an entity, voted over what all its mentions and their contexts say."""

from __future__ import annotations

from collections.abc import Mapping

from service.nlp.lexicon import ENTITY_TYPES

# Cues weigh more than a label of the statistical model, which often takes a club, a firm
# or an award for a person ("Manchester United", "Yukos", "Oscar").
_PERSON_CUES = {"title": 3.0, "role": 1.5}
_OTHER_CUES = {"article": 1.5, "plural": 1.5, "affiliate": 1.5}
_WORK_WEIGHT = 1.5  # a "WORK" label is a cue too: only context sets it ("the film Ray")


def vote_type(evidence: Mapping[str, float], surname: float = 0) -> str:
    """The entity type that evidence points to.

    The spaCy labels of the mentions share one vote per document; each cue adds to it: a
    courtesy title or a role before the name, or being a surname of people named in full
    elsewhere ("surname": documents), for a person; an article ("the Oscars"), a plural
    verb ("United have"), an affiliation ("Chelsea boss X") for whichever other type leads
    (else an organisation); "in X" for a place.
    """
    documents = evidence.get("documents", 1)
    labels = {label: evidence.get(label, 0) for label in ENTITY_TYPES}
    total = sum(labels.values()) or 1
    scores = dict.fromkeys(_KINDS, 0.0)
    for label, count in labels.items():
        if count:
            scores[ENTITY_TYPES[label]] += documents * count / total
    scores["person"] += surname + sum(
        weight * evidence.get(cue, 0) for cue, weight in _PERSON_CUES.items()
    )
    scores["work"] += _WORK_WEIGHT * evidence.get("WORK", 0)
    other = sum(weight * evidence.get(cue, 0) for cue, weight in _OTHER_CUES.items())
    if other:
        best = max(_OTHER_KINDS, key=lambda t: (scores[t], t == "organization"))
        scores[best] += other
    # "a Bafta", "an Oscar": neither a person nor a place; "Apple's iPod": a product.
    thing = 1.5 * evidence.get("indefinite", 0)
    if thing:
        best = max(_THING_KINDS, key=lambda t: (scores[t], t == "organization"))
        scores[best] += thing
    scores["product"] += 1.5 * evidence.get("owned", 0)
    scores["place"] += evidence.get("place", 0)
    return max(_KINDS, key=lambda t: scores[t])


_KINDS = tuple(sorted(set(ENTITY_TYPES.values())))
_OTHER_KINDS = tuple(k for k in _KINDS if k != "person")
_THING_KINDS = tuple(k for k in _KINDS if k not in ("person", "place", "group"))


def gender_of(evidence: Mapping[str, int]) -> str | None:
    """ "male" or "female" when the titles agree at least two to one, else None."""
    male, female = evidence.get("male", 0), evidence.get("female", 0)
    if male > 2 * female:
        return "male"
    if female > 2 * male:
        return "female"
    return None
