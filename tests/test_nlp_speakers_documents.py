"""Speaker rules for a document as the source: its author named in the document's own phrase
("a report in X", "X's average", "an X embassy statement", "X members'
newsletter"). Short texts written for each rule."""

from tests.test_nlp_speakers_dev14 import reported
from tests.test_nlp_speakers_dev16 import direct


def test_a_report_in_a_paper_is_the_papers(nlp):
    text = (
        "Flooding closed at least four schools in the county on Monday, according to a report "
        "in the Springfield Gazette."
    )
    assert [name for _, name in reported(nlp, text)] == ["the Springfield Gazette"]


def test_a_report_in_a_month_stays_the_report(nlp):
    # Guard: "in" a time or a place names no publisher.
    text = "Bus fares will rise by a tenth, according to a report in March."
    assert [name for _, name in reported(nlp, text)] == ["a report"]


def test_a_polling_average_is_its_compilers(nlp):
    text = (
        "Smith leads the race by six points, according to the Pollwatch polling average. "
        "Jones has pulled within two points of Smith in Ohio, according to the Pollwatch "
        "average of recent polls."
    )
    assert [name for _, name in reported(nlp, text)] == ["Pollwatch", "Pollwatch"]


def test_a_name_run_together_before_a_document_is_its_author(nlp):
    # The recogniser leaves "PollWatchers" untagged and hangs it on "polling", not "average".
    text = (
        "In Ohio, she is up an average of 9.2 points at 49.2 percent to 40 percent for Smith, "
        "according to the PollWatchers polling average."
    )
    assert [name for _, name in reported(nlp, text)] == ["PollWatchers"]


def test_a_bodys_members_newsletter_is_the_bodys(nlp):
    # The newsletter's owner is "members'", whose body is named before them.
    text = (
        "The letter quotes a Riverside Green Party members' newsletter about canvassing.\n\n"
        'The newsletter says: "We can reach every voter in the town by May."'
    )
    assert direct(nlp, text) == [
        ("We can reach every voter in the town by May.", "Riverside Green Party")
    ]


def test_a_newsletter_with_no_named_owner_stays_the_newsletter(nlp):
    # Guard: members of no named body leave the document as it is.
    text = (
        "The letter quotes a members' newsletter about canvassing.\n\n"
        'The newsletter says: "We can reach every voter in the town by May."'
    )
    assert direct(nlp, text) == [("We can reach every voter in the town by May.", "The newsletter")]


def test_a_nations_body_named_before_a_document_is_its_author(nlp):
    text = (
        "The minister will visit Lima on Friday, a French embassy statement said. "
        "The talks will cover fishing rights, a Peruvian foreign ministry report said."
    )
    assert [name for _, name in reported(nlp, text)] == [
        "French embassy",
        "Peruvian foreign ministry",
    ]


def test_a_report_by_unnamed_bodies_is_theirs_when_it_speaks_again(nlp):
    # The bodies are never named: "the report" is theirs, as the article describes them.
    text = (
        "A report by two Commons committees called on Monday for changes to the voting system. "
        "Ministers will reply next month. The report said postal votes should be checked more "
        "carefully."
    )
    assert [name for _, name in reported(nlp, text)] == ["two Commons committees"]


def test_a_report_in_a_paper_speaking_is_the_papers(nlp):
    text = "A report in the Riverside Tribune said the mayor would resign."
    assert [name for _, name in reported(nlp, text)] == ["Riverside Tribune"]


def test_a_report_in_a_place_speaking_stays_the_report(nlp):
    # Guard: a place is where the report is, not who ran it.
    text = "A report in Ohio said the mayor would resign."
    assert [name for _, name in reported(nlp, text)] == ["A report in Ohio"]
