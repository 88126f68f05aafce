"""Entity rules of round r19 (issue 17, branch r17b-i17: the unseen identity audit
``tests/data/entity_identity_audit_r19.jsonl``), each on short texts written for it."""

import json
from pathlib import Path

from service.nlp.identity import resolve_identities
from service.nlp.names import is_full_name
from service.nlp.pipeline import analyze_doc


def _ids(nlp, *named: tuple[str, str]) -> list[str]:
    """The corpus id of the entity named ``name`` in its ``text``, for each (name, text), the
    texts merged as one corpus (as the store does)."""
    per_document = [analyze_doc(nlp(text)).entities for _, text in named]
    identities = resolve_identities(per_document, [f"d{i}" for i in range(len(named))])
    ids = []
    for (name, _), entities, mapping in zip(named, per_document, identities.keys, strict=True):
        found = [mapping[e.key] for e in entities if e.name == name]
        assert len(found) == 1, [(e.name, e.type) for e in entities]
        ids += found
    return ids


# A squad names a player in full once; line-ups elsewhere by initial and surname, beside the
# same team-mates: one person.

_SQUAD = (
    "Scotland coach Matt Williams has named his squad for the Six Nations.\n\n"
    "Backs: Chris Paterson (Edinburgh), Hugo Southwell (Edinburgh), Simon Danielli (Borders), "
    "Ben Hinshelwood (Worcester), Andrew Henderson (Glasgow), Sean Lamont (Glasgow).\n\n"
    "Forwards: Scott Murray (Edinburgh), Nathan Hines (Edinburgh), Jon Petrie (Glasgow)."
)
_LINE_UP = (
    "Scotland lost to Italy in Rome on Saturday.\n\n"
    "C Paterson; H Southwell, A Henderson, B Hinshelwood, S Lamont; D Parks, C Cusiter; "
    "T Smith, G Bulloch, G Kerr; S Murray, N Hines; J Petrie, A Hogg, S Taylor."
)
_SIGNING = (
    "Worcester have signed Ben Hinshelwood from Bath. Director of rugby John Brain said "
    "Hinshelwood would join Tony Windo, Chris Garrard and Thinus Delport at Sixways."
)


def test_an_initial_and_surname_is_the_teammate_named_in_full(nlp):
    squad, line_up = _ids(nlp, ("Ben Hinshelwood", _SQUAD), ("B Hinshelwood", _LINE_UP))
    assert squad == line_up == "person:ben-hinshelwood"


def test_an_initial_and_surname_among_other_teammates_stays_apart(nlp):
    # Guard: a document naming him among none of the line-up's surnames is no evidence.
    squad, line_up = _ids(nlp, ("Ben Hinshelwood", _SIGNING), ("B Hinshelwood", _LINE_UP))
    assert squad == "person:ben-hinshelwood"
    assert line_up != squad


def test_an_initial_the_given_name_does_not_fit_stays_apart(nlp):
    # Guard: "R Hinshelwood" beside the same team-mates is not Ben.
    line_up = _LINE_UP.replace("B Hinshelwood", "R Hinshelwood")
    squad, other = _ids(nlp, ("Ben Hinshelwood", _SQUAD), ("R Hinshelwood", line_up))
    assert squad == "person:ben-hinshelwood"
    assert other != squad


# "Ben" opening a name is the given name, not the particle "son of" ("Tal Ben Haim").


def test_ben_opening_a_name_is_a_given_name():
    assert is_full_name("Ben Kay")
    assert is_full_name("Ben Hinshelwood")


def test_a_particle_opening_a_name_stays_a_particle():
    # Guards: an article or preposition, a lower-case or unknown "son of", stay particles.
    assert not is_full_name("Van Persie")
    assert not is_full_name("bin Laden")
    assert not is_full_name("Bin Laden")
    assert not is_full_name("De Niro")


def test_the_r19_identity_audit_is_whole():
    # Round r19's unseen identity audit (seed 2070, drawn as the gold was, judged by reading
    # before any run): 25 people and 25 organisations or places, 290 mentions, each the drawn
    # entity's, another real entity's (named) or no name's.
    path = Path(__file__).parent / "data" / "entity_identity_audit_r19.jsonl"
    rows = [json.loads(line) for line in path.open()]
    entities = {r["id"]: r for r in rows if r["kind"] == "entity"}
    mentions = [r for r in rows if r["kind"] == "mention"]
    assert sum(e["type"] == "person" for e in entities.values()) == 25
    assert sum(e["type"] in ("organization", "place") for e in entities.values()) == 25
    assert len(mentions) == 290
    for m in mentions:
        assert (m["entity"] is not None) + (m["other"] is not None) + m["not_entity"] == 1
        assert m["entity"] in (None, m["drawn_for"])
        assert m["drawn_for"] in entities
