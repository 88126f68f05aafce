"""Rules found by the gold-free audit (bench/speaker_audit.py): records no right answer can
have. Short texts written for each rule."""

from service.nlp.pipeline import analyze_doc


def speakers(nlp, text):
    return [(q.kind, q.speaker.name if q.speaker else None) for q in analyze_doc(nlp(text)).quotes]


def test_a_date_owning_a_statement_is_not_its_issuer(nlp):
    found = speakers(
        nlp,
        "Wednesday's statement said the Greek Federation would convene a disciplinary hearing"
        " for the trio.",
    )
    assert found
    assert all(name != "Wednesday" for _, name in found)


def test_a_date_after_the_cue_is_not_the_speaker(nlp):
    found = speakers(
        nlp,
        "Trump, in Kentucky, said Tuesday that Marco Rubio was a total lightweight."
        ' "He is weak," said Tuesday.',
    )
    assert ("indirect", "Trump") in found
    assert all(name != "Tuesday" for _, name in found)


def test_a_surname_that_is_also_a_day_still_speaks(nlp):
    found = speakers(nlp, 'England coach Mike Friday was pleased. "We are happy," said Friday.')
    assert found == [("direct", "Mike Friday")]


def _indirect(nlp, text):
    return [(q.start, q.end) for q in analyze_doc(nlp(text)).quotes if q.kind == "indirect"]


def test_a_report_ending_in_straight_quotation_marks_keeps_its_closer(nlp):
    # The report "it had lost ..., saying it had “...”" holds the nested one: they end together,
    # each with the closing mark of the quoted words, so the two never cross.
    text = (
        'The BBC said it had lost a bidding war, saying it had "decided to pass the mantle to'
        ' another broadcaster".'
    )
    found = _indirect(nlp, text)
    assert len(found) == 2
    assert {text[start:end][-12:] for start, end in found} == {'broadcaster"'}


def test_a_straight_mark_closing_a_quotation_begun_before_is_not_taken_in(nlp):
    text = 'He said the deal was "dead", and the talks were over.'
    (span,) = _indirect(nlp, text)
    assert text[slice(*span)] == 'the deal was "dead"'


def test_a_he_prefers_a_person_to_a_body_named_in_the_same_sentence(nlp):
    # The recogniser takes "Ivo Minar" for an organisation; a he looks at the people of a
    # sentence before its bodies, latest first in each.
    found = speakers(
        nlp,
        "Roger Federer's first match in Dubai was a long one against Ivo Minar."
        ' "I had a slow start again," he said.',
    )
    assert found == [("direct", "Roger Federer")]
