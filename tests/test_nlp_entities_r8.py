"""What an entity is, from the words around its mentions (issue 17, branch r8-i17), each on
short new texts."""

from service.nlp.identity import resolve_identities
from service.nlp.pipeline import analyze_doc
from service.nlp.records import Entity


def _types(nlp, text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyze_doc(nlp(text)).entities}


def test_a_players_place_after_a_teams_name_and_its_qualifiers_makes_it_no_person(nlp):
    # The model labels these teams people; "former", "veteran" and a nationality stand
    # between the team's name and the player's place in it.
    got = _types(nlp, "Ravenna's former Italian international Luca Bianchi has retired.")
    assert got.get("Ravenna") not in (None, "person")
    assert got.get("Italian") == "group"  # the nationality itself gets no team's cue
    got = _types(nlp, "Connacht's veteran flanker Sean Daly will miss the game. Daly is hurt.")
    assert got.get("Connacht") not in (None, "person")
    assert got.get("Sean Daly") == "person"
    # A player has a coach: the possessive before "former coach" stays a person.
    got = _types(nlp, "Brennan's former coach Paul Grant said he was pleased.")
    assert got.get("Brennan") == "person"


def test_a_nationality_before_a_players_or_officials_role_is_no_club(nlp):
    got = _types(nlp, "Brazilian striker Nilmar Souza scored twice for the side.")
    assert got.get("Brazilian") == "group"
    assert got.get("Nilmar Souza") == "person"


def _entity(name: str, kind: str, **evidence: int) -> Entity:
    return Entity(f"{kind}:x", name, kind, (), (), (), 1.0, tuple(sorted(evidence.items())))


def test_a_surname_elsewhere_is_a_body_where_its_own_document_says_only_a_bodys_things():
    # Paul Corvin is named in full twice, so a bare "Corvin" leans to his surname; a document
    # where "Corvin" has a club's staff ("Corvin's former Irish international X") and no
    # person's cue is the club's.
    merged = resolve_identities(
        [
            [_entity("Paul Corvin", "person", PERSON=2, speaker=1)],
            [_entity("Paul Corvin", "person", PERSON=1, role=1)],
            [_entity("Corvin", "organization", PERSON=1, club=1)],
            [_entity("Corvin", "person", PERSON=1, speaker=1)],  # "Corvin said": his
        ]
    )
    ids = [next(iter(m.values())) for m in merged.keys]
    assert ids[2] == "organization:corvin"
    assert ids[3] == ids[0] == "person:paul-corvin"
