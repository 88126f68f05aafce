"""Speaker rules from the errors pooled over the development batches (dev to dev8), each kind
seen in two batches or more or plainly general language: a definite description continuing
the unnamed source introduced last, a body's short name for its full one, ... Short texts
written for each rule."""

from tests.test_nlp_speakers import quotes, speaker_of


def test_the_spokesman_continues_the_one_introduced_last(nlp):
    text = (
        "A union spokesman said the strike would go ahead. A spokesman for the regulator "
        'said the rules were clear. "We will look at every complaint," he said.\n\n'
        'The spokesman said there was "no simple answer" to the question.'
    )
    assert speaker_of(nlp, text, "no simple answer") == "A spokesman for the regulator"
