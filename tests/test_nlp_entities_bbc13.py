"""Roles written before a name keep their modifying words (issue 17, branch i17v), each on
short new texts."""

from service.nlp.pipeline import analyze_doc


def _roles(nlp, text: str, name: str) -> set[str]:
    person = next(e for e in analyze_doc(nlp(text)).entities if e.name == name)
    return {a.value for a in person.attributes if a.kind == "role"}


def test_a_role_keeps_its_lower_case_modifiers(nlp):
    assert _roles(
        nlp, "The bank's chief financial officer Karl Moser resigned on Monday.", "Karl Moser"
    ) == {"chief financial officer"}
    assert _roles(nlp, "The election chief Karl Moser said the vote was fair.", "Karl Moser") == {
        "election chief"
    }
    assert _roles(nlp, "The chief operating officer Karl Moser left.", "Karl Moser") == {
        "chief operating officer"
    }


def test_a_modified_role_leaves_the_body_before_it_an_affiliation(nlp):
    person = next(
        e
        for e in analyze_doc(nlp("BBC media chief Karl Moser said he would stay.")).entities
        if e.name == "Karl Moser"
    )
    found = {(a.kind, a.value) for a in person.attributes}
    assert ("role", "media chief") in found
    assert ("affiliation", "BBC") in found


def test_words_that_are_not_the_roles_stay_out(nlp):
    # A possessive, a determiner, a verb and a word of time are no part of the role.
    assert _roles(nlp, "The company's new finance director Karl Moser quit.", "Karl Moser") == {
        "finance director"
    }
    assert _roles(nlp, "Voters told election chief Karl Moser so.", "Karl Moser") == {
        "election chief"
    }
    assert _roles(nlp, "The late opera director Karl Moser was honoured.", "Karl Moser") == {
        "opera director"
    }


def test_a_describing_adjective_or_a_party_opening_the_sentence_is_no_part_of_the_role(nlp):
    text = "He was sure that confident shadow home secretary Karl Moser would speak."
    assert _roles(nlp, text, "Karl Moser") == {"shadow home secretary"}
    text = "Conservative leader Karl Moser said so."
    assert "Conservative leader" not in _roles(nlp, text, "Karl Moser")


def test_a_generic_body_before_a_role_is_no_part_of_it(nlp):
    # The body noun says whose the role is ("the club's manager"), not which role it is.
    assert _roles(nlp, "The club manager Karl Moser praised his players.", "Karl Moser") == {
        "manager"
    }
    assert _roles(nlp, "Rivals were angry with team boss Karl Moser.", "Karl Moser") == {"boss"}
    assert _roles(nlp, "The firm chairman Karl Moser stepped down.", "Karl Moser") == {"chairman"}


def test_former_before_a_bodys_name_makes_the_role_after_it_former(nlp):
    def found(text, name):
        person = next(e for e in analyze_doc(nlp(text)).entities if e.name == name)
        return {(a.kind, a.value) for a in person.attributes}

    got = found("Police said former Acme chief executive Jane Doe was charged.", "Jane Doe")
    assert ("role", "former chief executive") in got
    assert ("role", "chief executive") not in got
    assert ("affiliation", "Acme") in got
    got = found("Ex-Lufthansa finance chief John Roe denied it.", "John Roe")
    assert ("role", "former finance chief") in got
    assert ("affiliation", "Lufthansa") in got
    # No "former" before the body: the current role.
    got = found("Officials said Acme chief executive Jane Doe was charged.", "Jane Doe")
    assert ("role", "chief executive") in got
