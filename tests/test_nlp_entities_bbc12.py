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
