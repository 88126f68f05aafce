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


# A body's kind written before its name ("property website Rightmove", "comparison website
# Moneyfacts"), the name a recogniser missed: the speaker is the name, the kind its
# description, not the whole phrase as an unnamed source.


def test_a_kind_before_a_name_the_recogniser_missed_is_the_name(nlp):
    text = (
        "House prices fell in March.\n\n"
        "The figures come hot on the heels of new data from property website Rightmove which "
        'suggested owners must indulge in a "winter sale" and slash prices.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "owners must") == "Rightmove"


def test_a_comparison_website_before_its_name_is_the_name(nlp):
    text = (
        "Rates rose again in June.\n\n"
        "The rise comes on the heels of new figures from comparison website Moneyfacts which "
        'suggested lenders were "pulling deals at a record pace".'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "lenders were") == "Moneyfacts"


def test_a_kind_with_no_name_stays_a_description(nlp):
    # guard: a body's kind with no capitalised name after it is what the article calls it.
    text = (
        "Turnout was low on Thursday.\n\n"
        'The local property website said prices would fall by "up to a tenth" next year.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "prices would") == "The local property website"
