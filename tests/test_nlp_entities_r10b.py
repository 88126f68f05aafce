"""Entity rules of round r10b (issue 17, the audit of cross-document merges on BBC,
``tests/data/entity_merge_audit.jsonl``), each on short hand-built per-document entities."""

from service.nlp.identity import resolve_identities
from service.nlp.names import slug
from service.nlp.records import Entity, Mention


def entity(name, kind, spans=(), **evidence):
    """A per-document entity with mentions at the given (start, end) spans."""
    label = {"person": "PERSON", "organization": "ORG", "place": "GPE"}[kind]
    mentions = tuple(Mention(name.split()[-1], label, s, e, 0) for s, e in spans)
    return Entity(
        f"{kind}:{slug(name)}", name, kind, (), mentions, (), 1.0, tuple(sorted(evidence.items()))
    )


def documents_about(surname, given):
    """Two documents naming ``given surname`` in full beside a film studio (seen in few
    documents of the corpus: a name they share), and others about towns."""
    full = entity(f"{given} {surname}", "person", PERSON=1, full=1)
    studio = entity("Lucasfilm Studios", "organization", ORG=1)
    towns = [[entity(f"Town {i}", "place", GPE=1)] for i in range(30)]
    return [[full, studio], [full, studio], *towns]


def test_a_surname_its_document_gives_in_full_to_a_body_is_no_namesakes():
    # "... George Lucas (the model: an organisation) ... 'It is dark,' Lucas said": the bare
    # surname is the one its own document names in full, not Matt Lucas of other documents.
    studio = entity("Lucasfilm Studios", "organization", ORG=1)
    here = [
        entity("George Lucas", "organization", ORG=2),
        entity("Lucas", "person", PERSON=1, speaker=1),
        studio,
    ]
    merged = resolve_identities([*documents_about("Lucas", "Matt"), here])
    assert merged.keys[-1]["person:lucas"] != "person:matt-lucas"


def test_a_surname_with_its_bearers_full_name_as_a_body_still_joins():
    # The document's full name is the corpus person's own (typed a body here only).
    studio = entity("Lucasfilm Studios", "organization", ORG=1)
    here = [
        entity("Matt Lucas", "organization", ORG=1),
        entity("Lucas", "person", PERSON=1, speaker=1),
        studio,
    ]
    merged = resolve_identities([*documents_about("Lucas", "Matt"), here])
    assert merged.keys[-1]["person:lucas"] == "person:matt-lucas"


def test_a_surname_glued_to_another_given_name_is_someone_else():
    # "BBC Radio 1 DJ Trevor Nelson", the model cutting "Trevor" into the station's name: the
    # bare "Nelson" right after it is Trevor Nelson, not the Barry Nelson of other documents.
    studio = entity("Lucasfilm Studios", "organization", ORG=1)
    here = [
        entity("BBC Radio DJ Trevor", "organization", spans=[(0, 19)], ORG=1),
        entity("Nelson", "person", spans=[(20, 26)], PERSON=1),
        studio,
    ]
    merged = resolve_identities([*documents_about("Nelson", "Barry"), here])
    assert merged.keys[-1]["person:nelson"] != "person:barry-nelson"


def test_a_surname_glued_to_its_bearers_given_name_still_joins():
    studio = entity("Lucasfilm Studios", "organization", ORG=1)
    here = [
        entity("BBC Radio DJ Barry", "organization", spans=[(0, 18)], ORG=1),
        entity("Nelson", "person", spans=[(19, 25)], PERSON=1),
        studio,
    ]
    merged = resolve_identities([*documents_about("Nelson", "Barry"), here])
    assert merged.keys[-1]["person:nelson"] == "person:barry-nelson"


def test_a_surname_its_document_counts_among_firms_is_no_persons():
    # "Among the accused were Altria Group, Liggett Group and Brown and Williamson": the
    # document's own cues make "Brown" a firm (``as_organization``), nothing makes it someone
    # (no title, role, speech, given name): it is not Gordon Brown of other documents.
    here = [
        entity("Brown", "organization", PERSON=1, as_organization=1),
        entity("Lucasfilm Studios", "organization", ORG=1),
    ]
    merged = resolve_identities([*documents_about("Brown", "Gordon"), here])
    assert merged.keys[-1]["organization:brown"] != "person:gordon-brown"
    # Said of, it is someone's surname again.
    here[0] = entity("Brown", "organization", PERSON=1, as_organization=1, speaker=1)
    merged = resolve_identities([*documents_about("Brown", "Gordon"), here])
    assert merged.keys[-1]["organization:brown"] == "person:gordon-brown"


def test_a_firm_cue_yields_to_the_person_its_document_names_in_full():
    # "Stan Lee ... sued Marvel ... Lee co-created the Hulk", one "Lee" taken for a firm: the
    # document names Stan Lee in full, so the firm cue does not keep the word from him.
    here = [
        entity("Stan Lee", "person", PERSON=1, full=1),
        entity("Lee", "organization", PERSON=1, as_organization=1),
        entity("Lucasfilm Studios", "organization", ORG=1),
    ]
    merged = resolve_identities([*documents_about("Lee", "Stan"), here])
    assert merged.keys[-1]["organization:lee"] == "person:stan-lee"
