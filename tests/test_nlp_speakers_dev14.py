"""Speaker rules from the errors of dev14 (15 BBC and 8 US articles, measured unseen before
tuning) pooled with those left on the other tuned splits and outlet batches. Short texts
written for each rule."""

from service.nlp.pipeline import analyze_doc
from tests.test_nlp_speakers import speaker_of


def reported(nlp, text):
    """(reported words, speaker's name) of each indirect quote."""
    return [
        (text[q.start : q.end], q.speaker.name if q.speaker else None)
        for q in analyze_doc(nlp(text)).quotes
        if q.kind == "indirect"
    ]


def test_an_office_owned_by_a_named_person_carries_the_full_name(nlp):
    # However the article shortens the owner ("Mr Kerr's", "Senator Ann Kerr's"), it is one
    # office, named as the person is.
    text = (
        "State Senator Ann Kerr has opened an inquiry into the water board. Ms Kerr's office "
        'said the board had ignored warnings. "The board must answer for this," Ms Kerr\'s '
        "office said."
    )
    assert speaker_of(nlp, text, "must answer") == "Ann Kerr's office"
    text = (
        "Senator Ann Kerr's office announced on Friday that she will meet the mayor. "
        '"We look forward to a frank talk," her spokesman said.'
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("she will meet")]
    assert found == [("she will meet the mayor", "Ann Kerr's office")]
