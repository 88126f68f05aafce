"""Speaker rules from the errors of dev13 (15 BBC and 8 US articles, measured unseen before
tuning) pooled with those left on the other tuned splits: a role and name before a colon
after a sentence of the writer's, ... Short texts written for each rule."""

from tests.test_nlp_speakers import speaker_of


def test_a_role_and_name_before_a_colon_after_the_writers_sentence_speak(nlp):
    text = (
        "The new service will launch in the spring. Radio Four controller Mark Damazer: "
        '"It is a bold new step for the station. We want it to reach every listener."'
    )
    assert speaker_of(nlp, text, "bold new step") == "Mark Damazer"


def test_a_date_before_a_colon_after_the_writers_sentence_is_no_speaker(nlp):
    text = (
        "The club said it was pleased with the deal. Later on Monday: "
        '"We are delighted to welcome him to the club."'
    )
    assert speaker_of(nlp, text, "delighted to welcome") != "Monday"
