"""Entity rules of round r9 (issue 17, dev12 and the leftovers of earlier rounds), each on a
short hand-written text."""


def test_two_full_names_joined_by_an_ampersand_are_two_people(nlp):
    text = "The best actor award went to Matt Lucas & David Walliams for Little Britain ."
    found = {(e.text, e.label_) for e in nlp(text).ents}
    assert ("Matt Lucas & David Walliams", "PERSON") not in found
    assert {("Matt Lucas", "PERSON"), ("David Walliams", "PERSON")} <= found
