"""Speaker rules from the errors of outlets batch n (12 ABC articles, measured unseen before
tuning) pooled with those left on the other tuned batches: a passive sentence after a quote is
no cue for it. Short texts written for each rule."""

from tests.test_nlp_speakers import speaker_of


def test_a_passive_sentence_after_a_quote_does_not_speak_it(nlp):
    # "were admitted" is a speech verb's form, but its subject is acted on: the quote goes on
    # in the voice of the quote before it.
    text = (
        '"We will keep the clinic open," Dr Anna Hale said. "Nobody will be turned away." '
        "The two injured men were admitted to the ward on Friday."
    )
    assert speaker_of(nlp, text, "turned away") == "Anna Hale"


def test_an_active_speech_clause_after_a_quote_still_speaks_it(nlp):
    text = (
        '"We will keep the clinic open," Dr Anna Hale said. "Nobody will be turned away." '
        "Nurse Tom Bell added."
    )
    assert speaker_of(nlp, text, "turned away") == "Tom Bell"
