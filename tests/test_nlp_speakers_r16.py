"""Speaker rules of round r16 of issue 11, from the errors of outlets batch q (six articles
written in Canadian and US outlets' styles, measured unseen before any change). Short texts
written for each rule, each failing on main (PIPELINE_VERSION 119), with a guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# A judge's title ("Justice", "Judge") and a police or council rank abbreviated before a name
# ("Const.", "Cpl.", "Det.", "Coun.") give the role the article later calls them by ("the
# judge", "the constable", "the councillor"), as "Sgt." and "Gov." did.


def test_the_judge_is_the_justice_named_before(nlp):
    text = (
        "Justice Anne Morrison reminded the jury that the lawyers' statements are not "
        'evidence.\n\n"You will decide this case on what you hear," the judge said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "You will decide") == "Anne Morrison"


def test_the_judge_is_nobody_when_no_judge_was_named(nlp):
    # guard: a constable named before is no judge.
    text = (
        "Police Sgt. Tom Reilly said the suspect fled.\n\n"
        '"You will decide this case on what you hear," the judge said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "You will decide") != "Tom Reilly"


# An unnamed source ("A spokesperson for the city said") is not the person the next sentence
# names as a speaker when an abbreviated office stands before that name ("Coun. Helen
# Marchetti said"): she has a role of her own, so she is someone else.


def test_a_spokesperson_is_not_the_councillor_named_next(nlp):
    text = (
        "The club needs $400,000 by March.\n\n"
        'A spokesperson for the City of Greater Sudbury said the municipality had "no plans at '
        'this time" to contribute to the repairs.\n\n'
        "Ward 2 Coun. Helen Marchetti said she would ask council to look at a one-time grant."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the municipality") != "Helen Marchetti"
    assert speaker_of(analysis, text, "she would ask") == "Helen Marchetti"


def test_an_agent_is_still_the_one_named_next_without_a_role(nlp):
    # guard: "his agent said. ... said Ken McReddie": the name without an office is the agent.
    text = (
        "Sir Nigel Hawthorne died on Friday, his agent said.\n\n"
        "He had been ill for some time, said Ken McReddie."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Sir Nigel Hawthorne died") == "Ken McReddie"
