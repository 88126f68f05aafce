"""Entity rules found on a sixth BBC batch and the corpus-wide audit of its most frequent
names (issue 17, branch i17o), each on a short new text."""

from service.nlp.entities import resolve_entities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def test_a_countrys_tv_or_radio_is_the_country(nlp):
    text = (
        "The comedy was a hit on US TV last year. A former star of US TV drama Kojak said "
        "it will reach UK TV screens and Spanish radio in May."
    )
    found = entities(nlp, text)
    assert not [k for k in found if k.endswith(("-tv", "-radio"))]
    assert "place:united-states" in found
    assert "place:united-kingdom" in found
    # A broadcaster named for its station keeps its whole name.
    found = entities(nlp, "Sky TV bid for the rights. Al-Jazeera TV said it would not.")
    assert "organization:sky-tv" in found
    assert "organization:al-jazeera-tv" in found


def test_an_initial_before_a_surname_found_again_in_a_list_is_part_of_the_name(nlp):
    from service.nlp.spans import entity_fixes  # noqa: PLC0415

    text = "The squad: Brown, Kay, Moody, J Worsley, M Worsley.\n\nBacks: Cueto, Noon."
    with nlp.select_pipes(disable=["newsfacts_entity_fixes"]):
        doc = nlp(text)
    start = text.index("J Worsley")
    # The model's miss, as on a real team sheet: the second Worsley is no entity.
    doc.ents = [doc.char_span(start, start + len("J Worsley"), label="PERSON")]
    names = [e.text for e in entity_fixes(doc).ents if "Worsley" in e.text]
    assert names == ["J Worsley", "M Worsley"]
