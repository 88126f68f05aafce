"""Entity rules found on the entity gold's fifth development batch (dev5, BBC) and the kinds
left from dev..dev4, each on a short hand-written text."""

from service.nlp.entities import resolve_entities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def test_a_role_word_opening_a_sentence_is_no_part_of_the_name(nlp):
    text = (
        "England have lost Ben Cohen to injury. Ben Cohen could also be considered after "
        "switching from the wing for his club recently. Prop Phil Vickery and lock Simon Shaw "
        "both return to the squad after missing the autumn internationals."
    )
    found = entities(nlp, text)
    assert not [k for k in found if "prop" in k]
    assert [m.text for m in found["person:phil-vickery"].mentions] == ["Phil Vickery"]


def test_a_nationality_before_a_surname_named_in_full_is_the_person(nlp):
    text = (
        "Andre Agassi could meet Marat Safin in the quarter-finals. Eighth-seeded American "
        "Agassi is set to play a qualifier in round one if he can shake off a hip injury."
    )
    found = entities(nlp, text)
    assert not [k for k in found if "american" in k]
    assert [m.text for m in found["person:andre-agassi"].mentions] == ["Andre Agassi", "Agassi"]


def test_a_nationality_before_a_company_stays_in_its_name(nlp):
    found = entities(nlp, "American Airlines cut 2,000 jobs on Monday, the company said.")
    assert "organization:american-airlines" in found


def test_a_distance_stays_with_the_role_it_qualifies(nlp):
    text = (
        "Kenteris, the 2000 Olympic 200m champion, was suspended by the IAAF. "
        "Kostas Kenteris denied any wrongdoing."
    )
    found = entities(nlp, text)
    roles = [a.value for a in found["person:kostas-kenteris"].attributes if a.kind == "role"]
    assert roles == ["200m champion"]


def test_a_place_alone_where_its_university_is_named_is_the_university(nlp):
    text = (
        "Clinton leads by six points, according to a Monmouth University poll released on "
        "Monday. Monmouth found Sanders ahead among young voters."
    )
    found = entities(nlp, text)
    assert not [k for k in found if k.startswith("place:")]
    university = found["organization:monmouth-university"]
    assert [m.text for m in university.mentions] == ["Monmouth University", "Monmouth"]


def test_a_university_named_in_full_leaves_other_places_alone(nlp):
    text = (
        "He studied at Harvard University before moving to London, where he met his wife. "
        "London was where his career began."
    )
    found = entities(nlp, text)
    assert "place:london" in found
    assert len(found["place:london"].mentions) == 2


def test_a_name_only_taken_for_a_place_is_the_person_team_sheets_list_by_initial(nlp):
    from service.nlp.identity import resolve_identities  # noqa: PLC0415

    texts = (
        '"Gethin Jenkins is starting at loose-head for them," he said. The likes of Michael '
        "Owen, Gethin Jenkins, Dwayne Peel and Gavin Henson are building strong cases.",
        "Wales: G Thomas (capt); K Morgan, T Shanklin, G Henson, S Williams; S Jones, D Peel; "
        "G Jenkins, M Davies, A Jones; B Cockbain, R Sidoli; R Jones, M Williams, M Owen.",
    )
    per_doc = [resolve_entities(nlp(t)) for t in texts]
    assert [e.type for e in per_doc[0] if e.name == "Gethin Jenkins"] == ["place"]
    merged = resolve_identities(per_doc)
    ids = {e.name: merged.keys[0][e.key] for e in per_doc[0]}
    assert ids["Gethin Jenkins"] == "person:gethin-jenkins"
    assert merged.types["person:gethin-jenkins"] == "person"


def test_a_place_where_it_stands_as_one_stays_the_place_beside_its_university(nlp):
    text = (
        "The game has been trialled in two secondary schools in Bristol. Professor Angela "
        "MacFarlane, based at Bristol University, has spent years researching games."
    )
    found = entities(nlp, text)
    university = found["organization:bristol-university"]
    assert [m.text for m in university.mentions] == ["Bristol University"]


def test_a_party_named_after_its_country_is_one_affiliation(nlp):
    text = "UK Independence Party leader Nigel Farage said Britain should leave. Mr Farage spoke."
    found = entities(nlp, text)
    affiliations = [
        a.value for a in found["person:nigel-farage"].attributes if a.kind == "affiliation"
    ]
    assert affiliations == ["UK Independence Party"]


def test_an_award_and_its_plural_take_the_type_more_documents_give():
    from service.nlp.identity import resolve_identities  # noqa: PLC0415
    from service.nlp.records import Entity  # noqa: PLC0415

    def entity(name, kind, **evidence):
        key = f"{kind}:{name.lower().replace(' ', '-')}"
        return Entity(key, name, kind, (), (), (), 1.0, tuple(sorted(evidence.items())))

    ceremony = [[entity("Brit Awards", "event", EVENT=1, article=1)] for _ in range(4)]
    awards = [[entity("Brit Award", "organization", ORG=1, award=1)]]
    statuettes = [[entity("Oscar", "event", PERSON=2, award=1)] for _ in range(4)]
    nights = [[entity("Oscars", "organization", ORG=1, article=1)]]
    types = resolve_identities(ceremony + awards + statuettes + nights).types
    assert types["event:brit-award"] == "event"
    assert types["event:oscar"] == "event"


def test_the_city_of_a_university_named_in_full_stays_the_city(nlp):
    text = (
        "She studied law at Cambridge University in the 1990s. Rents in the city of Cambridge "
        "have since doubled, and the town of Oxford has seen the same."
    )
    found = entities(nlp, text)
    university = found["organization:cambridge-university"]
    assert [m.text for m in university.mentions] == ["Cambridge University"]
    assert "place:cambridge" in found
