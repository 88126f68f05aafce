"""Speaker rules of round r15b of issue 11, from the errors of outlets batch p (six articles
written in Canadian and US outlets' styles, measured unseen before any change). Short texts
written for each rule, each failing on main (PIPELINE_VERSION 118), with a guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# A rank or office abbreviated before a name ("Cpl.", "Coun.", "Sgt.") keeps its full stop:
# split off, the stop ended the sentence before the name, and the quote went to the speaker of
# the sentence before, or to the title itself.


def test_a_quote_before_a_rank_abbreviated_and_a_name_is_theirs(nlp):
    text = (
        "Police said the suspect fled on foot.\n\n"
        '"This was a brazen crime in a public space," Cpl. Maria Lopez said at a news '
        'conference. "Nobody was hurt."'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "This was a brazen") == "Maria Lopez"


def test_a_quote_before_said_and_an_office_abbreviated_is_the_named_one(nlp):
    text = (
        "Council voted 14-11 to delay the plan.\n\n"
        '"Every month we delay is another month lost," said Coun. Maria Lopez, who sits on '
        "the transit board."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Every month") == "Maria Lopez"


def test_the_sentence_before_a_rank_abbreviated_keeps_its_own_speaker(nlp):
    # guard: the stop of the sentence before still ends it, and its quote stays its speaker's.
    text = (
        '"We are looking for witnesses," police said. "It was over in a minute," said Sgt. Tom '
        "Reilly."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "We are looking") == "police"
    assert speaker_of(analysis, text, "It was over") == "Tom Reilly"


# A field or trade, a given name and a surname, then "of" and a body, which the model took
# whole for a body ("Criminologist Neil Boyd of Simon Fraser University"), is the person (in the
# trade) and the body after "of": the he that follows is that person.


def test_a_trade_a_name_and_of_a_body_is_the_person(nlp):
    text = (
        "Police said the robbery lasted a minute.\n\n"
        "Criminologist Neil Boyd of Simon Fraser University said such robberies come in "
        'waves.\n\n"These groups scout the stores," he said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "such robberies") == "Neil Boyd"
    assert speaker_of(analysis, text, "These groups") == "Neil Boyd"


def test_a_body_named_with_of_and_no_given_name_stays_a_body(nlp):
    # guard: no given name after the first word: the body's own name.
    text = (
        "The Historical Society of Ontario said the house would be saved. "
        '"It is a landmark," the society said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the house would") == "Historical Society of Ontario"


# A given name that is also a function word ("Per", "Will"), capitalised inside a sentence
# right before a surname, is the person's given name: left out, the quote of "Per Lindqvist"
# went to the other Lindqvist of the article.


def test_a_given_name_that_is_also_a_word_names_the_other_namesake(nlp):
    text = (
        "Anton Lindqvist scored his first goal on Saturday.\n\n"
        '"I told him, just play your game," Per Lindqvist said. "He never listens to me."'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "I told him") == "Per Lindqvist"


def test_a_given_name_the_model_found_still_names_the_namesake(nlp):
    # guard: a given name the model took as one is as before.
    text = (
        "Anton Lindqvist scored his first goal on Saturday.\n\n"
        '"I told him, just play your game," Karl Lindqvist said. "He never listens to me."'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "I told him") == "Karl Lindqvist"


# The lead's review: a month that is also a given name ("May", "April", "June"), written
# before a full name, was read as that person's first name ("May John Smith", and so female).


def test_a_month_before_a_full_name_is_no_first_name(nlp):
    text = 'In May John Smith said the plan would work. "It will," he said.'
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "It will") == "John Smith"
    assert [q.speaker.gender for q in analysis.quotes] == ["male", "male"]


def test_a_first_name_before_a_longer_surname_is_still_taken(nlp):
    # Guard: "Wasserman Schultz", a surname of two words, keeps the first name written before it.
    text = "Wasserman Schultz said the party was united. Debbie Wasserman Schultz said so again."
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the party was united") == "Debbie Wasserman Schultz"
