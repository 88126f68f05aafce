"""Speaker rules from the errors of dev17 (15 BBC and 8 US articles, measured unseen before
tuning) pooled with those left on the other tuned splits. Short texts written for each rule."""

from tests.test_nlp_speakers_dev14 import reported
from tests.test_nlp_speakers_dev16 import direct


def test_a_bodys_last_word_after_its_full_name_is_that_body(nlp):
    # "the Commission" short for the body named in full before it, the only one it ends.
    text = (
        "The European Commission has opened an inquiry into the deal. "
        "The Commission said the merger would raise prices for shoppers."
    )
    assert reported(nlp, text) == [
        ("the merger would raise prices for shoppers", "European Commission")
    ]


def test_a_newspapers_last_word_speaks_for_it(nlp):
    text = (
        "The Daily Courier attacked the budget on Monday.\n\n"
        '"It is a plan without a purpose," the Courier wrote in its editorial.'
    )
    assert direct(nlp, text) == [("It is a plan without a purpose,", "Daily Courier")]


def test_a_last_word_two_bodies_end_with_stays_as_written(nlp):
    # Guard: "the Council" could be either council: no choice is made.
    text = (
        "The City Council and the Regional Council met on Monday. "
        "The Council said the budget would be cut."
    )
    found = reported(nlp, text)
    assert [name for _, name in found] == ["Council"]


def test_a_subject_the_parser_hung_on_a_noun_root_is_still_the_sentences(nlp):
    # The parser makes "claim" the root and "rubbished" its modifier: Tom Hardy, the subject
    # of the sentence before the quote, is its he, not the father of the sentence before.
    text = (
        "Her father was born and buried in Leeds, and Clare was christened there as a child.\n\n"
        "Repeating from his much-praised speech at the Labour Party Conference last month, "
        "Tom Hardy rubbished Clare’s claim to understand farming.\n\n"
        "“It is all nonsense,” he said."
    )
    assert direct(nlp, text) == [("It is all nonsense,", "Tom Hardy")]


def test_a_bodys_minutes_speak_for_the_body(nlp):
    # A meeting's minutes are a document its body wrote: "the Bank's minutes", then "the
    # minutes" again, are the Bank of England (the Bank written in full before).
    text = (
        "The Bank of England kept interest rates on hold this month. The Bank's minutes said "
        'that the risks were "broadly balanced" for now. However, the minutes added: '
        '"Some members thought a rise might be needed soon."'
    )
    assert [name for _, name in reported(nlp, text)] == ["Bank of England"]
    assert direct(nlp, text) == [
        ("Some members thought a rise might be needed soon.", "Bank of England")
    ]


def test_a_statement_that_read_speaks_though_the_parser_made_read_a_noun(nlp):
    # "read" is tagged a noun, the root, with "statement" its subject: still the cue.
    text = (
        "The singer was criticised after the concert. "
        '"The performer had been asked to tone his act down," a BBC statement read.'
    )
    assert direct(nlp, text) == [("The performer had been asked to tone his act down,", "BBC")]


def test_a_name_set_off_after_a_role_holds_it_though_a_body_named_like_a_person_precedes(
    nlp,
):
    # The company is named like a person; the chairwoman is the one named after the commas.
    text = (
        "Fashion group Harvey Nash has agreed to pay $300m to its former staff. "
        "Harvey Nash chairwoman, Meredith Quayle, said the deal was fair to everyone."
    )
    assert reported(nlp, text) == [("the deal was fair to everyone", "Meredith Quayle")]
