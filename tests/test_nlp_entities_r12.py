"""Entity rules of round r12 (issue 17: the audits of lesser entities,
``tests/data/entity_merge_audit_r12.jsonl`` and ``tests/data/entity_title_audit_r12.jsonl``),
each on short texts written for it."""

from service.nlp.identity import resolve_identities
from service.nlp.pipeline import analyze_doc


def _entities(nlp, *texts):
    return [analyze_doc(nlp(text)).entities for text in texts]


def _person(nlp, text: str, surname: str):
    people = [
        e
        for e in analyze_doc(nlp(text)).entities
        if e.type == "person" and e.name.split()[-1] == surname
    ]
    assert len(people) == 1, [(e.name, e.type) for e in analyze_doc(nlp(text)).entities]
    return people[0]


def _corpus_ids(per_document, name: str) -> list[str]:
    """The corpus id of the entity named ``name`` in each document."""
    identities = resolve_identities(per_document, [f"d{i}" for i in range(len(per_document))])
    ids = []
    for entities, mapping in zip(per_document, identities.keys, strict=True):
        ids += [mapping[e.key] for e in entities if e.name == name]
    return ids


# Titles: a noble title between a given name and a surname is part of the name.


def test_a_noble_word_inside_a_name_is_no_title(nlp):
    # "comedian Sacha Baron Cohen": "Baron" is part of his surname, not a peer's title, and
    # the name is the three words (the model cut it at "Baron").
    person = _person(
        nlp, "Victoria Wood slated comedian Sacha Baron Cohen for his character's humour.", "Cohen"
    )
    assert person.name == "Sacha Baron Cohen"
    assert all(a.value != "Baron" for a in person.attributes)


def test_a_peers_title_before_a_name_stays_a_title(nlp):
    # "Labour peer Lord Falconer", "minister Baroness Scotland": the title opens the name.
    person = _person(
        nlp, "The Lord Chancellor, Lord Falconer, said the bill would pass.", "Falconer"
    )
    assert person.name == "Falconer"
    assert any(a.value == "Lord" for a in person.attributes)
    person = _person(
        nlp, "Home Office minister Baroness Scotland said the law was clear.", "Scotland"
    )
    assert any(a.value == "Baroness" for a in person.attributes)


# Merges: a fictional character named by one word is no surname of someone named elsewhere.

_CHARACTERS = (
    "The show faces competition from Sacha Baron Cohen's creations Borat and Bruno.",
    "The comedian will play his character Bruno in a new film next year.",
)
_HOOKER = (
    "France hooker Sebastien Bruno was sent off in the second half of the match in Paris. "
    "Coach Bernard Laporte said Bruno had been unlucky."
)


def _evidence(nlp, text: str, name: str) -> dict[str, int]:
    for entity in analyze_doc(nlp(text)).entities:
        if entity.name == name:
            return dict(entity.evidence)
    raise AssertionError(f"{name} not found in {text!r}")


def test_a_name_after_character_or_creations_is_a_character(nlp):
    # "his character Bruno", and a later conjunct of "creations Borat and Bruno".
    for text in _CHARACTERS:
        assert _evidence(nlp, text, "Bruno").get("character") == 1


def test_a_player_named_alone_is_no_character(nlp):
    text = "Coach Bernard Laporte said Bruno had played well, and the striker Bruno scored."
    assert not _evidence(nlp, text, "Bruno").get("character")


def test_a_character_joins_no_namesake_named_in_full_elsewhere(nlp):
    # Sebastien Bruno (a France hooker) named in full in one document: the comedian's
    # character "Bruno" in another is not him.
    for text in _CHARACTERS:
        per_document = _entities(nlp, _HOOKER, text)
        identities = resolve_identities(per_document, ["d0", "d1"])
        hooker = next(e.key for e in per_document[0] if e.name == "Sebastien Bruno")
        bruno = next(e.key for e in per_document[1] if e.name == "Bruno")
        assert identities.keys[1][bruno] != identities.keys[0][hooker]


def test_a_character_closing_a_longer_list_is_a_character(nlp):
    # The list goes on before the creator: "... The Catherine Tate Show and Sacha Baron
    # Cohen's creations Borat and Bruno" (the parse joins Borat to the show).
    text = (
        "Little Britain faces competition from BBC Two's The Catherine Tate Show and Sacha "
        "Baron Cohen's creations Borat and Bruno."
    )
    assert _evidence(nlp, text, "Bruno").get("character") == 1
