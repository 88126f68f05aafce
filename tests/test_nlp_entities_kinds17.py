"""What an entity is, from the words around its mentions (issue 17, branch i17y), each on
short new texts."""

from service.nlp.pipeline import analyze_doc


def _types(nlp, text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyze_doc(nlp(text)).entities}


def test_a_firms_or_a_made_things_noun_before_a_name_says_what_it_is(nlp):
    # "giant" the model may tag an adjective; "carmaker" is a firm, "virus" a made thing.
    got = _types(nlp, "A bid by telecoms giant Zentrix was made. Zentrix said it was fair.")
    assert got.get("Zentrix") == "organization"
    got = _types(nlp, "India's second carmaker Tavora reported a rise in profit. Tavora grew.")
    assert got.get("Tavora") == "organization"
    got = _types(nlp, "A new computer virus called Zelbra is spreading. Zelbra was found.")
    assert got.get("Zelbra") == "product"
    # A person's job before the name still says a person.
    got = _types(nlp, "Film producer Harvey Weinstein said the film was good.")
    assert got.get("Harvey Weinstein") == "person"


def test_a_countrys_name_alone_is_no_short_name_of_a_firm_named_after_it(nlp):
    entities = analyze_doc(
        nlp("Profits rose at Norway Telecom. Norway Telecom said sales grew in Norway.")
    ).entities
    firm = next(e for e in entities if e.name == "Norway Telecom")
    assert len(firm.mentions) == 2
    assert any(e.name == "Norway" and e.type == "place" for e in entities)
