"""Organisations as speakers (issue 11, round r11): a description of a body resolves to the
body the article names, an acronym set beside its name in apposition takes that name, and a
plural pronoun after a body's words stays with the body."""

from tests.test_nlp_speakers import speakers


def test_the_radio_station_is_the_station_named_before(nlp):
    text = (
        "Capital FM has named three new presenters for its breakfast show.\n\n"
        '"We are delighted to welcome them," said the radio station.'
    )
    assert speakers(nlp, text) == [("We are delighted to welcome them", "Capital FM")]


def test_the_owner_subsidiary_is_the_subsidiary_not_its_owner(nlp):
    text = (
        "Flights by Comair were cancelled across the Midwest, and the chaos was likely to "
        "hurt Delta, parent of Comair.\n\n"
        '"We deeply regret the inconvenience to our customers," the Delta subsidiary said '
        "in a statement."
    )
    assert speakers(nlp, text) == [
        ("We deeply regret the inconvenience to our customers", "Comair")
    ]


def test_an_acronym_in_apposition_to_a_full_name_takes_the_full_name(nlp):
    text = (
        "The plan was criticised by several bodies on Monday.\n\n"
        "ASEAN, the Association of Southeast Asian Nations, agrees. "
        '"It is a rushed step that will harm public confidence," the organisation said in a '
        "statement."
    )
    assert speakers(nlp, text) == [
        (
            "It is a rushed step that will harm public confidence",
            "Association of Southeast Asian Nations",
        )
    ]


def test_they_added_after_a_magazine_speaking_is_the_magazine(nlp):
    text = (
        "People magazine was unrepentant about its decision to publish, saying: "
        '"Stars should start their own magazine if they want to control their coverage."\n\n'
        '"Coming from a star who sold pictures of her wedding, this is not about privacy," '
        "they added."
    )
    assert [s for _, s in speakers(nlp, text)] == ["People magazine", "People magazine"]


def test_a_statement_from_a_club_read(nlp):
    text = (
        "The club sacked the striker on Friday after a failed drugs test. A statement from "
        'Chelsea explaining the decision read: "We have a zero tolerance policy towards drugs."'
    )
    assert speakers(nlp, text) == [("We have a zero tolerance policy towards drugs.", "Chelsea")]


def test_a_body_listed_after_an_acronym_is_not_its_full_name(nlp):
    text = (
        'FIFA, the Football Association and UEFA met on Monday. "We agreed on the plan," FIFA said.'
    )
    assert speakers(nlp, text) == [("We agreed on the plan", "FIFA")]


def test_an_office_named_by_its_holder_speaks_through_a_participle(nlp):
    text = (
        "A former aide sued the senator on Friday.\n\n"
        "Senator Jane Moss's office slammed a lawsuit filed by the aide alleging that the "
        'senator broke the law, calling it "baseless" and "improper".'
    )
    assert [s for _, s in speakers(nlp, text)] == ["Jane Moss's office", "Jane Moss's office"]


def test_a_sign_of_a_body_reads_for_the_body(nlp):
    text = (
        "Drivers in Ohio were greeted by festive road signs this week.\n\n"
        "According to the Columbus Dispatch, one Ohio Department of Transportation sign read, "
        '"Slow down, Santa is watching."'
    )
    assert speakers(nlp, text) == [("Slow down", "Ohio Department of Transportation")]


def test_a_named_report_speaks_for_the_body_whose_report_it_was_said_to_be(nlp):
    text = (
        "Growth picked up in most regions last month, the European Central Bank said in its "
        "latest Green Book report.\n\n"
        '"Labour markets firmed in a number of districts," the Green Book said.'
    )
    assert speakers(nlp, text) == [
        ("Labour markets firmed in a number of districts", "European Central Bank")
    ]
