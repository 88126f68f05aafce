"""Entity rules of round r13 (issue 17: namesakes named in full, the audits
``tests/data/entity_merge_audit_r13.jsonl`` and ``tests/data/entity_namesake_audit_r13.jsonl``),
each on short texts written for it."""

from service.nlp.identity import resolve_identities
from service.nlp.pipeline import analyze_doc


def _entities(nlp, *texts):
    return [analyze_doc(nlp(text)).entities for text in texts]


def _ids(nlp, name: str, *texts: str) -> list[str]:
    """The corpus id of the person named ``name`` in each text (merged as the store does)."""
    per_document = _entities(nlp, *texts)
    identities = resolve_identities(per_document, [f"d{i}" for i in range(len(texts))])
    ids = []
    for entities, mapping in zip(per_document, identities.keys, strict=True):
        found = [mapping[e.key] for e in entities if e.name == name]
        assert len(found) == 1, [(e.name, e.type) for e in entities]
        ids += found
    return ids


def _roles(nlp, text: str, mention: str) -> set[str]:
    """The roles of the person one of whose mentions is ``mention``."""
    entities = analyze_doc(nlp(text)).entities
    people = [e for e in entities if any(m.text == mention for m in e.mentions)]
    assert len(people) == 1, [(e.name, e.type) for e in entities]
    return {a.value for a in people[0].attributes if a.kind == "role"}


# A line-up marks its captain in brackets after the name: "G Thomas (capt)".

_LINE_UP = (
    "Wales ran in six tries against Italy in Rome. Gareth Thomas scored twice.\n\n"
    "G Thomas (capt); H Luscombe, T Shanklin, G Henson, S Williams; S Jones, D Peel; "
    "G Jenkins, M Davies, A Jones; B Cockbain, R Sidoli; J Thomas, M Williams, M Owen.\n\n"
    "Referee: Andrew Cole (Australia)."
)


def test_a_captain_bracketed_after_a_name_is_his_role(nlp):
    assert "captain" in _roles(nlp, _LINE_UP, "G Thomas")
    text = (
        "England beat Wales at Twickenham.\n\n"
        "J Robinson (captain); M Cueto, J Noon, M Tindall, B Cohen; C Hodgson, M Dawson; "
        "G Rowntree, S Thompson, P Vickery; D Grewcock, B Kay; J Worsley, L Moody, M Corry."
    )
    assert "captain" in _roles(nlp, text, "J Robinson")


def test_a_country_bracketed_after_a_name_is_no_role(nlp):
    # The referee's country, and the captain's team-mates, get no role.
    assert not _roles(nlp, _LINE_UP, "Andrew Cole")
    assert not _roles(nlp, _LINE_UP, "T Shanklin")


# Namesakes: one full name in two documents that give roles of different fields is two people.

_MINISTER = (
    "International Development Minister Gareth Thomas said the aid would focus on Aceh. "
    "He said the money would be spent within weeks."
)
_CAPTAIN = (
    "Wales captain Gareth Thomas scored twice as his side beat Italy in Rome. "
    "Thomas said the team had played well."
)


def test_a_minister_and_a_captain_of_one_name_are_two_people(nlp):
    minister, captain = _ids(nlp, "Gareth Thomas", _MINISTER, _CAPTAIN)
    assert minister != captain


def test_a_fund_manager_and_a_coach_of_one_name_are_two_people(nlp):
    manager, coach = _ids(
        nlp,
        "Matt Williams",
        "Matt Williams, a fund manager at Perpetual Trustees, said the stake was a step to a bid.",
        "Scotland coach Matt Williams said his side had been robbed by the referee.",
    )
    assert manager != coach


def test_a_name_without_a_role_stays_with_the_field_of_most_documents(nlp):
    # The untitled document joins someone; the two ministers' documents stay one person.
    ids = _ids(
        nlp,
        "Gareth Thomas",
        _MINISTER,
        "Development Minister Gareth Thomas visited the camps in Sri Lanka.",
        "Gareth Thomas said Britain would double its aid.",
        _CAPTAIN,
    )
    assert ids[0] == ids[1] == ids[2] != ids[3]


def test_a_name_without_a_role_goes_with_the_field_whose_documents_it_shares(nlp):
    # The captain's untitled match report names his side and its rival, as his titled one
    # does: it is his, not the minister's, whose documents name neither.
    ids = _ids(
        nlp,
        "Gareth Thomas",
        _MINISTER,
        "Development Minister Gareth Thomas visited the camps in Sri Lanka.",
        _CAPTAIN,
        "Gareth Thomas scored a late try as Wales beat Italy again.",
    )
    assert ids[0] == ids[1] != ids[2] == ids[3]


def test_one_field_in_every_document_is_one_person(nlp):
    # Different roles of one field ("minister", "Foreign Secretary") are one career.
    ids = _ids(
        nlp,
        "Jack Straw",
        "Foreign Secretary Jack Straw told MPs the detainees would return.",
        "Former Home Secretary Jack Straw said the law had worked.",
        "Minister Jack Straw arrived in Indonesia.",
    )
    assert len(set(ids)) == 1


def test_a_former_role_is_no_conflict(nlp):
    # A minister who was a footballer: "former" roles are a past, not a namesake.
    ids = _ids(
        nlp,
        "Richard Caborn",
        "Sports Minister Richard Caborn said the bid had the government's support.",
        "The former England striker Richard Caborn recalled his days at the club.",
    )
    assert len(set(ids)) == 1


def test_several_roles_in_one_document_are_one_person(nlp):
    # A document that gives one person roles of two fields says the roles are one career:
    # no document of the name is set apart.
    ids = _ids(
        nlp,
        "Sebastian Coe",
        "Sebastian Coe, the Conservative MP and England captain, said London would win.",
        "England captain Sebastian Coe won the race in Moscow.",
        "Conservative MP Sebastian Coe spoke in the debate.",
    )
    assert len(set(ids)) == 1


# Namesakes: one full name given courtesy titles of two genders in two documents.

_BAKER = "Chris Evans, who runs the bakery, said prices would rise. Mr Evans said flour doubled."


def test_a_mrs_is_not_the_man_named_in_full_with_her_surname(nlp):
    # "Mrs Howard" after "Michael Howard" is his wife: a given name's clear gender outranks
    # the votes of the very titles being resolved. (Joined to him, her "Mrs" once split
    # Michael Howard off the corpus as a woman of his name.)
    text = "Michael Howard visited the school with his wife. Mrs Howard told pupils to work."
    people = {e.name: e for e in analyze_doc(nlp(text)).entities if e.type == "person"}
    assert [m.text for m in people["Michael Howard"].mentions] == ["Michael Howard"]
    assert people["Howard"].gender == "female"


def test_a_mrs_of_a_woman_named_in_full_is_her(nlp):
    text = "Hillary Clinton spoke first. Mrs Clinton said the bill would pass."
    people = [e for e in analyze_doc(nlp(text)).entities if e.type == "person"]
    assert [(e.name, len(e.mentions)) for e in people] == [("Hillary Clinton", 2)]


def test_one_gender_in_every_document_is_one_person(nlp):
    ids = _ids(
        nlp,
        "Chris Evans",
        _BAKER,
        "Chris Evans won the seat for Labour. Mr Evans said he would fight for the town.",
    )
    assert len(set(ids)) == 1


def test_a_role_several_fields_share_places_no_one(nlp):
    # A pundit is an "analyst" as a market's economist is: the word tells no field.
    ids = _ids(
        nlp,
        "Alan Hansen",
        "BBC analyst Alan Hansen said the defence had been poor all season.",
        "Liverpool captain Alan Hansen lifted the trophy at Wembley.",
    )
    assert len(set(ids)) == 1


def test_a_namesake_set_apart_keeps_his_gender(nlp):
    per_document = _entities(nlp, _MINISTER, _CAPTAIN)
    identities = resolve_identities(per_document, ["d0", "d1"])
    captain = next(e.key for e in per_document[1] if e.name == "Gareth Thomas")
    assert identities.genders[identities.keys[1][captain]] == "male"
