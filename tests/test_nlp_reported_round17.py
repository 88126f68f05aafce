"""Reported speech, round 17: cues of broad kinds of news writing ("speculated that", "posted
on Facebook that", "expressed concern that", a headline's "..., Noah Says"), each with a guard
against reports that are no one's speech."""

from service.nlp.entities import resolve_entities
from tests.test_nlp_reported import speech, who


def reports(nlp, text):
    return [(q.kind, q.text, who(q)) for q in speech(nlp, text)]


def test_speculated_that_reports_a_guess(nlp):
    text = "Analyst Tom Baker speculated that the bank would cut rates in March."
    assert reports(nlp, text) == [("indirect", "the bank would cut rates in March", "Tom Baker")]


def test_posted_on_social_media_that(nlp):
    text = "Jim Harris posted on Facebook that he would run for mayor again."
    assert reports(nlp, text) == [("indirect", "he would run for mayor again", "Jim Harris")]
    text = "Sheriff Dan Cole did post on Twitter that the road had reopened."
    assert reports(nlp, text) == [("indirect", "the road had reopened", "Dan Cole")]


def test_posting_a_thing_is_no_report(nlp):
    assert speech(nlp, "Jim Harris posted a photo of his dog on Facebook.") == []


def test_expressed_or_voiced_concern_that(nlp):
    text = "Mayor Karen Bass expressed concern that the new law would hurt renters."
    assert reports(nlp, text) == [("indirect", "the new law would hurt renters", "Karen Bass")]
    text = "Union leader Ann Price voiced concerns that the factory would close."
    assert reports(nlp, text) == [("indirect", "the factory would close", "Ann Price")]


def test_concern_with_no_one_voicing_it_is_no_report(nlp):
    text = "Concerns that the bridge may close were raised at the meeting."
    assert speech(nlp, text) == []
    assert speech(nlp, "Her concern that the bridge may close kept her awake.") == []


HEADLINE = (
    "‘Tax Cheat’ Governor Jim Brown Is Like A Bad Magician, Stephen Colbert Says.\n\n"
    "The comedian spoke on Monday night."
)


def test_headline_speaker_name_ends_before_says(nlp):
    doc = nlp(HEADLINE)
    names = {e.name for e in resolve_entities(doc)}
    assert "Stephen Colbert" in names
    assert not any(n.endswith("Says") for n in names)


def test_headline_report_opening_with_a_scare_quote(nlp):
    indirect = [q for q in speech(nlp, HEADLINE) if q.kind == "indirect"]
    assert [(q.text.endswith("Is Like A Bad Magician"), who(q)) for q in indirect] == [
        (True, "Stephen Colbert")
    ]
    assert [HEADLINE[f.start : f.end] for f in indirect[0].fragments] == ["Tax Cheat"]


def test_quotations_glued_by_the_writer_stay_quotes(nlp):
    text = "“We will win this seat,” and then “we will win the country,” Jane Hill added."
    assert "indirect" not in {q.kind for q in speech(nlp, text)}
