"""A person's gender comes from the article's own evidence before a first-name lexicon: a
pronoun that continues the sentence before's named subject outranks the name; conflicting
evidence gives none. Short texts written for each rule (issue 11, round i11z)."""

from service.nlp.pipeline import analyze_doc


def gender_of(nlp, text, name):
    """(gender, gender_evidence) of the person entity named ``name``."""
    (found,) = [e for e in analyze_doc(nlp(text)).entities if e.name == name]
    return found.gender, found.gender_evidence


def speakers(nlp, text):
    """(speaker's name, gender) of each quote, in order."""
    return [(q.speaker.name, q.speaker.gender) for q in analyze_doc(nlp(text)).quotes if q.speaker]


def test_a_pronoun_continuing_the_named_subject_outranks_a_womans_first_name(nlp):
    # "Mary" is a woman's name in the lexicon; the article says "he" of him twice.
    text = (
        "Mary Hollis, chief economist at Dune Bank, said prices would keep rising in 2025. "
        '"Shoppers are still strong," he said. Hollis runs the bank\'s research desk. '
        "He joined it in 2019."
    )
    assert gender_of(nlp, text, "Mary Hollis") == ("male", "text")
    assert ("Mary Hollis", "male") in speakers(nlp, text)


def test_a_pronoun_continuing_the_named_subject_outranks_a_mans_first_name(nlp):
    text = (
        "John Welland, head of the parents' council, backs the plan. She said she would "
        "rather see the money spent on teachers. Welland chairs the council. She was elected "
        "in May."
    )
    assert gender_of(nlp, text, "John Welland") == ("female", "text")


def test_the_first_name_still_decides_without_a_continuing_pronoun(nlp):
    # Guard: a lone pronoun after a sentence about someone else is no evidence against it.
    text = (
        "Mary Hollis, chief economist at Dune Bank, said prices would rise. The bank's "
        "shares fell. He said nothing more."
    )
    assert gender_of(nlp, text, "Mary Hollis") == ("female", "name")


def test_a_pronoun_after_another_person_named_since_the_subject_does_not_outrank_the_name(
    nlp,
):
    # Guard: "he" may be Mr Hart's; a guess never outweighs her first name.
    text = (
        "Katherine Bell, a council candidate, said Mr Hart had shown he could win the seat. "
        "Bell spoke after the rally."
    )
    assert gender_of(nlp, text, "Katherine Bell") == ("female", "name")
