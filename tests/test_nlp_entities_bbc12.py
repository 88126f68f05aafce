"""Title rules from the corpus-wide audit of people's titles (issue 17, branch i17u), each on
short new texts."""

from service.nlp.pipeline import analyze_doc


def _attributes(nlp, text: str, name: str) -> set[tuple[str, str]]:
    person = next(e for e in analyze_doc(nlp(text)).entities if e.name == name)
    return {(a.kind, a.value) for a in person.attributes}


def test_a_demonym_opening_a_bodys_name_is_the_body_not_a_nationality(nlp):
    found = _attributes(
        nlp, "European Commission President Karl Moser will be there.", "Karl Moser"
    )
    assert ("affiliation", "Europe") not in found
    assert ("affiliation", "European Commission") in found
    assert ("role", "President") in found
    # A demonym standing alone before the role is still the nationality.
    found = _attributes(nlp, "French President Karl Moser said so.", "Karl Moser")
    assert ("affiliation", "France") in found


def _entities(nlp, text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyze_doc(nlp(text)).entities}


def test_a_programme_named_with_its_host_is_one_work(nlp):
    found = _entities(
        nlp, "Mr Blair told BBC One's Breakfast with Frost programme that he would stay."
    )
    assert found.get("Breakfast with Frost") == "work"
    assert "Frost" not in found
    found = _entities(nlp, "Mr Howard told ITV's Sunday Night with Jenny Lowe show he would stay.")
    assert found.get("Sunday Night with Jenny Lowe") == "work"
    # Without a broadcaster's possessive or a programme's noun, "with" joins people.
    found = _entities(nlp, "Chelsea's Frank Lampard with John Terry scored twice.")
    assert found.get("John Terry") == "person"
    assert found.get("Frank Lampard") == "person"
