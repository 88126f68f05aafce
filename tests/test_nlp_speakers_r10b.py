"""Round r10b of issue 11: the r10 speaker rules audited on unlabeled news (400 BBC articles and
PolNeAR's dev part, main before r10 against r10). Short texts written for each narrowing; each
failed on main (r10)."""

from service.nlp.pipeline import analyze_doc
from tests.test_nlp_speakers_dev14 import reported
from tests.test_nlp_speakers_dev16 import direct


def test_a_term_quoted_again_is_not_its_reporters_quotation_either(nlp):
    # A title quoted once with no one saying it, then again inside a report: r10 kept it out
    # of the report's fragments, which left it a quotation of the reporter's own.
    text = 'Critics call the film "Hard Rain".\n\nAnn Hale said she loved "Hard Rain" as a child.'
    assert direct(nlp, text) == []
    assert reported(nlp, text) == [('she loved "Hard Rain" as a child', "Ann Hale")]


def test_a_passive_charge_is_the_clause_an_outlet_reports(nlp):
    # "was accused of" reports no one's words, so it does not take the place of the clause
    # that "As the Daily Post reported" comments on.
    text = "As the Daily Post reported, Tom Kerr was also accused of breaking the rules."
    assert reported(nlp, text) == [
        ("Tom Kerr was also accused of breaking the rules", "Daily Post")
    ]


def test_a_charge_is_its_of_phrase_not_a_claim_hung_on_the_verb(nlp):
    # The parser may hang a relative clause holding a report of its own ("which, they claim,
    # ...") on "accused": the charge is the "of" phrase, and the claim keeps its own cue.
    text = (
        'They accused him of hiding the "black hole" in his budget which, they claim, would '
        "mean tax rises."
    )
    quotes = [
        (text[q.start : q.end], q.cue.verb)
        for q in analyze_doc(nlp(text)).quotes
        if q.kind == "indirect"
    ]
    assert quotes == [
        ('of hiding the "black hole" in his budget', "accused"),
        ("which, they claim, would mean tax rises", "claim"),
    ]
