"""Speaker rules of round r15 of issue 11, from the errors of dev22 (the last 35 unread BBC
articles, measured unseen before any change) and of the tuned splits. Short texts written for
each rule, each failing on main (PIPELINE_VERSION 117), with a guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import entity_of, speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# A body's initials in brackets right after its name define them, though the recogniser
# missed the bracketed word and found it later only with another type (a facility).


def test_an_abbreviation_in_brackets_the_recogniser_missed_is_the_body(nlp):
    text = (
        "The probe raised questions over the Office of Federal Housing Enterprise Oversight "
        "(OFHEO), the industry's regulator. Having been pricked into action, the OFHEO turned "
        "its attention to Fannie Mae and in September said that the firm had tweaked its books."
    )
    analysis = _analysis(nlp, text)
    assert entity_of(analysis, text, "OFHEO") == "Office of Federal Housing Enterprise Oversight"
    assert speaker_of(analysis, text, "the firm had") == (
        "Office of Federal Housing Enterprise Oversight"
    )


def test_capitals_in_brackets_that_are_not_the_initials_define_nothing(nlp):
    text = (
        "Shares in Apple Computer (AAPL) rose on Monday. Analysts said the AAPL stock was "
        "cheap, and Apple Computer said that sales had grown."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "sales had") == "Apple Computer"
    assert not any(
        e.name == "Apple Computer" and any(text[m.start : m.end] == "AAPL" for m in e.mentions)
        for e in analysis.entities
    )


# A kind of person ("the Oscar winner") given to someone only later in the article is no one's
# yet where the phrase stands: it goes on with the story's person, as any kind given to no one.


def test_a_kind_given_to_someone_only_later_goes_on_with_the_story_person(nlp):
    text = (
        "Film director Peter Jackson has said he will make a film of The Hobbit.\n\n"
        "The Oscar winner said on a visit to Sydney there was a desire to make it. The rights "
        "are split between two studios. His next picture stars Naomi Watts and Oscar winner "
        "Adrien Brody."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "there was a desire") == "Peter Jackson"


def test_a_kind_given_to_someone_before_is_that_person(nlp):
    text = (
        "Oscar winner Adrien Brody will star in a film by director Peter Jackson.\n\n"
        "The Oscar winner said on a visit to Sydney the script was strong."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the script was") == "Adrien Brody"


# A two-word nationality ("the New Zealander") stands for a person the article named, as
# "the Dutchman" does.


def test_a_two_word_nationality_is_the_person_named(nlp):
    text = (
        'Director Peter Jackson has said he will make a film of The Hobbit. "It will be a '
        'lot of lawyers sitting in a room," said the New Zealander.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "It will be") == "Peter Jackson"


def test_a_body_named_after_a_country_is_no_nationality(nlp):
    text = (
        'Director Peter Jackson met the minister on Monday. "The film will bring jobs," '
        "said the New Zealand Film Commission."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "The film will") == "New Zealand Film Commission"


# Two subjects joined by "and", the second a role and a name ("Gibson and his partner Bruce
# Davey said"): the last name is the second's, so the first is not read as a role of it; both
# speak, as one joint speaker.


def test_a_name_and_a_role_before_a_name_are_two_speakers(nlp):
    text = (
        "Producer Mel Gibson will not use paid advertisements to promote his film. Gibson and "
        "his partner Bruce Davey said they would not be campaigning in print."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "they would not") == "Mel Gibson and Bruce Davey"


def test_a_body_and_role_before_one_name_is_that_person(nlp):
    text = "Association of Chief Police Officers president Chris Fox said the law was wrong."
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the law was") == "Chris Fox"


def test_a_title_with_and_before_a_role_and_name_is_no_joint_speaker(nlp):
    text = (
        "And last week Only Fools and Horses star David Jason criticised British TV for being "
        '"too safe and too cheap". "We\'ve got to take risks," he said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "too safe") == "David Jason"


# "The Bucharest side" after "Romanian side Dinamo Bucharest": a team's noun with a
# capitalised word is the one body named before whose name holds that word.


def test_a_team_noun_with_its_town_is_the_team_named_before(nlp):
    text = (
        "Adrian Mutu wants to train with Romanian side Dinamo Bucharest while serving his "
        "ban, say the Bucharest side."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Adrian Mutu wants") == "Dinamo Bucharest"


def test_a_team_noun_whose_town_has_two_teams_is_neither(nlp):
    text = (
        "Adrian Mutu played for Dinamo Bucharest and Steaua Bucharest. The Bucharest side said "
        "he was a fine player."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he was a fine") == "The Bucharest side"
