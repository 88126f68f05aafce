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


# "who said" after a body's name, the parser having hung the relative clause on the thing
# before ("labelled a "big misjudgement" by the Conservatives who said ..."): the body, in
# reported speech as in a quote (and a person's name so, as quotes already had it).


def test_who_said_after_a_body_is_the_body_not_the_thing_before(nlp):
    text = (
        'The leaflets were labelled a "grave error" by the Scottish National Party who said '
        'Labour\'s "opening move of the election has backfired".'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Labour's") == "Scottish National Party"


def test_who_said_after_a_person_is_the_person_in_reported_speech(nlp):
    text = (
        'The posters were labelled a "big misjudgement" by party spokesman Julian Lewis who '
        'said Labour\'s "first shot in the campaign has badly backfired".'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Labour's") == "Julian Lewis"


def test_who_said_after_a_spokeswoman_for_a_body_is_the_spokeswoman(nlp):
    # guard: a person the parser hung the clause on is not passed over for the body named
    # after them.
    text = (
        "The shop was closed on Monday. The claims were rejected by a spokeswoman for Tesco "
        'who said the firm "had done nothing wrong".'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the firm") == "a spokeswoman for Tesco"


# A party named by one of its short names as the speaker ("the Conservatives said") keeps the
# article's word there, where the party's other mentions, which name its entity, write another
# short name ("Tory claims", "Tory spokesman"): neither is fuller than the other.

_TORY_MENTIONS = (
    "Labour defended its posters amid Tory claims they were offensive. Tory spokesman Julian "
    "Lewis raised the matter in the Commons, and Tory leader Michael Howard called them "
    "crude.\n\n"
)


def test_a_party_speaking_by_one_short_name_is_named_so(nlp):
    text = _TORY_MENTIONS + '"This was a big misjudgement," the Conservatives said.'
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "This was") == "Conservatives"


def test_a_party_named_in_full_keeps_its_full_name(nlp):
    # guard: the party's full name, written once, is still its name.
    text = (
        "The Conservative Party launched its campaign on Monday.\n\n"
        + _TORY_MENTIONS
        + '"This was a big misjudgement," the Conservatives said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "This was") == "Conservative Party"


# "the Delta subsidiary" after "Delta Air Lines' Comair subsidiary": the body introduced with
# that noun as the one its owner, written so, owns; not the body the sentence before was about.


def test_an_owned_body_by_its_owner_is_the_one_introduced_as_owned(nlp):
    text = (
        "The US government is to investigate two airlines - US Airways and Delta Air Lines' "
        "Comair subsidiary - after travel chaos over the weekend.\n\n"
        'US Airways said it was "embarrassed by the situation".\n\n'
        'Comair "deeply regrets the inconvenience to all of our customers," the Delta '
        "subsidiary said in a statement."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Comair") == "Comair"


def test_an_owned_body_is_never_its_owner(nlp):
    # guard: with no body introduced as Delta's, "the Delta subsidiary" is not Delta.
    text = (
        "Delta Air Lines said on Monday that flights would resume.\n\n"
        '"We deeply regret the inconvenience," the Delta subsidiary said in a statement.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "We deeply") != "Delta Air Lines"


# The same for a panel of a place ("a New Hampshire ballot commission"): "the commission" is it,
# not the body of another kind named before ("the Illinois Board of Elections").


def test_the_commission_again_is_the_place_commission_introduced_before(nlp):
    text = (
        "The Illinois Board of Elections ruled on Monday that Cruz may stay on the ballot.\n\n"
        "But a New Hampshire ballot commission in January was a little more tentative. In "
        "rejecting a similar challenge, the commission recognized that a court should settle "
        'the matter.\n\nThat, the commission said, "would be helpful in avoiding uncertainty."'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "would be helpful") == "New Hampshire ballot commission"


def test_a_company_of_a_place_is_no_name(nlp):
    # guard: a firm of a place ("a Texas oil company") is no panel: "the company" stays as
    # the article calls it.
    text = (
        "Prices rose on Monday.\n\n"
        'A Texas oil company said it would cut output. "We see no end to the glut," the '
        "company said."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "We see") != "Texas oil company"
