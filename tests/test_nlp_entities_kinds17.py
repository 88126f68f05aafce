"""What an entity is, from the words around its mentions (issue 17, branch i17y), each on
short new texts."""

from service.nlp.kinds import vote_type
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


def test_in_before_a_name_the_model_labels_otherwise_again_and_again_makes_no_place():
    # "an investment in X", "the value was in X": six body labels against one "in X".
    assert vote_type({"ORG": 6, "place": 1, "documents": 1}) == "organization"
    assert vote_type({"ORG": 4, "GPE": 1, "place": 1, "documents": 1}) == "organization"
    # One label against "near X" (the context wins the tie), or a place label in more than a
    # fifth of the mentions: still a place.
    assert vote_type({"ORG": 1, "place": 1, "documents": 1}) == "place"
    assert vote_type({"ORG": 3, "GPE": 2, "place": 1, "documents": 1}) == "place"
    # "in X" as often as half the body labels, or against person labels: a place still.
    assert vote_type({"ORG": 4, "GPE": 1, "place": 3, "documents": 4}) == "place"
    assert vote_type({"PERSON": 4, "place": 1, "at": 1, "documents": 1}) == "place"
    assert vote_type({"ORG": 3, "FAC": 1, "place": 1, "at": 1, "documents": 1}) == "place"


def test_a_name_opening_with_a_common_word_of_its_text_gets_no_surnames_vote(nlp):
    got = _types(
        nlp,
        "Group Zelnatep, the holding company which controls the oil group, said it would sue. "
        "Zelnatep said the sale was illegal. Zelnatep has asked the court to act.",
    )
    assert got.get("Group Zelnatep") == "organization"
    # A given name used for both sexes, which the text never writes in lower case: a person.
    got = _types(nlp, "Lindsay Davenport won her first match. Davenport said she was happy.")
    assert got.get("Lindsay Davenport") == "person"


def test_in_said_of_a_name_often_keeps_it_a_place_however_often_the_model_says_a_body():
    # Twelve body labels, six "in X" (a club's town): the town.
    assert vote_type({"ORG": 12, "GPE": 1, "place": 6, "documents": 12}) == "place"
