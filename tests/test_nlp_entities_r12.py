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
