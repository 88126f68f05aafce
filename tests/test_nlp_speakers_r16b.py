"""Speaker rules of round r16b of issue 11: organisations as speakers, from the tuned splits'
quotes whose gold speaker is an organisation and whose name we got wrong. Short texts written
for each rule, each failing on main (PIPELINE_VERSION 119), with a guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# A panel of a named body, written with the body's name, lower-case words and the panel's noun
# ("the Wall Street Journal editorial board", "the Senate intelligence committee"), is what
# "the editorial board" means later: not the organisation named last (an event the recogniser
# took for one, "the State of the Union address").


def test_the_panel_again_is_the_panel_of_the_body_named_before(nlp):
    text = (
        "Haley should be deported, a headline from the Wall Street Journal editorial board "
        "reads.\n\n"
        "Haley, who delivered the response to the State of the Union address on Tuesday, is an "
        '"articulate conservative" who has won two elections, the editorial board writes.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Haley, who") == "Wall Street Journal editorial board"


def test_a_committee_again_is_the_committee_of_the_body_named_before(nlp):
    text = (
        "The Senate intelligence committee met on Tuesday, after the Pentagon released its "
        'figures.\n\n"The figures do not add up," the intelligence committee said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "The figures") == "Senate intelligence committee"


def test_a_news_agency_of_a_body_is_still_the_body(nlp):
    # guard: a kind of body that is no panel within another ("the Reuters news agency") is
    # the body itself.
    text = (
        "The Reuters news agency reported the deal on Monday.\n\n"
        '"The deal is done," the news agency said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "The deal") == "Reuters"
