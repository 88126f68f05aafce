"""A role after "Former" or "Ex-" and a body's name opening a sentence is a former role
(issue 17, branch i17z), on short new texts."""

from service.nlp.pipeline import analyze_doc


def _roles(nlp, text: str, name: str) -> set[str]:
    person = next(e for e in analyze_doc(nlp(text)).entities if e.name == name)
    return {a.value for a in person.attributes if a.kind == "role"}


def test_former_opening_a_sentence_before_a_bodys_name_makes_the_role_former(nlp):
    # The sentence's capital keeps the model from labelling the body, so no affiliation
    # carries the "former".
    assert _roles(
        nlp, "Former Labour leader Tom Baxter said the party had lost its way.", "Tom Baxter"
    ) == {"former leader"}
    assert _roles(
        nlp, "Former Downing Street press chief Jane Whitlow said it was a mistake.", "Jane Whitlow"
    ) == {"former press chief"}
    assert _roles(nlp, "Ex-Labour minister Tom Baxter said the plan would fail.", "Tom Baxter") == {
        "former minister"
    }
    assert _roles(
        nlp, "Ex-No 10 adviser Jane Whitlow has written a book about the campaign.", "Jane Whitlow"
    ) == {"former adviser"}


def test_a_role_with_no_former_before_its_body_stays_current(nlp):
    assert _roles(
        nlp, "Labour leader Tom Baxter said the party had lost its way.", "Tom Baxter"
    ) == {"leader"}
    # "former" elsewhere in the sentence, not before the body's name, says nothing of the role.
    assert _roles(
        nlp,
        "The former mayor met Downing Street press chief Jane Whitlow on Monday.",
        "Jane Whitlow",
    ) == {"press chief"}
    # "Former" already inside the role is not doubled.
    assert _roles(nlp, "Former minister Tom Baxter said it was wrong.", "Tom Baxter") == {
        "Former minister"
    }
