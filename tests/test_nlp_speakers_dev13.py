"""Speaker rules from the errors of dev13 (15 BBC and 8 US articles, measured unseen before
tuning) pooled with those left on the other tuned splits and outlet batches: a role and name
before a colon, a quote without cue after another's reported speech, a misparsed closing speech
clause, a relative clause before a quote, a document's provider or researcher, "it has been
suggested", the head of a body, a lay label before a name. Short texts written for each rule."""

from service.nlp.pipeline import analyze_doc
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


def test_a_quote_without_cue_after_another_persons_reported_speech_is_theirs(nlp):
    # The voice the reader last heard speaks on, not the earlier quote's speaker.
    text = (
        'Parks chief Helen Morrow said the city would plant 500 trees. "We will start in the '
        'north," she said. A council spokeswoman said the budget had been agreed. She said the '
        "work would begin in April. The scheme will also cover two new parks. "
        '"We expect the first trees by May."'
    )
    assert speaker_of(nlp, text, "first trees by May") == "A council spokeswoman"
    text = (
        'Mayor Ruth Allen praised the volunteers. "They worked all night," Allen said. Fire '
        "chief Sam Boyd said later that the river had peaked. The town hall will stay closed "
        'until Monday. "We owe them everything."'
    )
    assert speaker_of(nlp, text, "owe them everything") == "Sam Boyd"


def test_a_quote_after_a_report_of_anothers_words_is_the_reporters(nlp):
    text = (
        "In the Commons, opposition spokesman Mr Grant suggested the leaflets were part of a "
        "pattern and reminded MPs that party chairman Tom Reeve last year described the "
        'minister as a "modern-day Scrooge".\n\n"Given the anger that insult caused then, how '
        'could you have thought it wise to repeat it in your leaflets?" Mr Hale replied that '
        "they were fair."
    )
    assert speaker_of(nlp, text, "Given the anger") == "Grant"


def test_a_quote_after_the_same_speakers_report_stays_theirs(nlp):
    text = (
        'Coach Dan Price said the team had trained well. "We are ready for Saturday," he said. '
        'The match kicks off at three. "The fans will see a new side."'
    )
    assert speaker_of(nlp, text, "new side") == "Dan Price"


def test_the_speaker_closing_a_misparsed_sentence_is_its_subject_for_the_next_pronoun(nlp):
    # The parser hangs "the Green leader said" on the reported words' verb; the sentence is
    # still the leader's, so "She" is the leader, not "Mr Dunn's Plan".
    text = (
        "Green Party leader Carla Moss has attacked the mayor's transport plan.\n\n"
        "Mr Dunn's Plan was not about what was good for the city, but \"all about the interests "
        'of his friends," the Green leader said after mockingly thanking the mayor. She urged '
        'the mayor to admit he had failed. "We can all see the traffic, but the plan hides the '
        'rising fares."'
    )
    assert speaker_of(nlp, text, "rising fares") == "Carla Moss"


def test_a_relative_clause_before_a_quote_is_not_its_cue_when_a_speaker_follows(nlp):
    # "Anything the coach said" names what is spoken of; ", the striker told reporters" speaks.
    text = (
        "Striker Tom Lund was unhappy after the match. Anything the coach said "
        '"was just noise," the striker told reporters.'
    )
    assert speaker_of(nlp, text, "just noise") == "Tom Lund"


def test_a_relative_clause_with_a_quote_and_no_other_speaker_still_speaks(nlp):
    text = 'The man who said "I am innocent of every charge" was jailed for ten years.'
    assert speaker_of(nlp, text, "innocent of every charge") == "The man"


def test_a_state_in_a_us_party_label_is_named_for_the_senator(nlp):
    # "D-Fla." gives the senator his state: "the Florida senator" is him, not the governor
    # named after him.
    text = (
        "Sen. Bill Nelson, D-Fla., said Gov. Rick Scott had failed to explain the plan. "
        '"The plan will fail," the Florida senator said.'
    )
    assert speaker_of(nlp, text, "plan will fail") == "Bill Nelson"


def test_research_conducted_or_prepared_by_a_body_speaks_for_it(nlp):
    text = (
        "Research conducted by the Equal Pay Commission last year revealed that many workers "
        'believe the gap is "simply natural".'
    )
    assert speaker_of(nlp, text, "simply natural") == "Equal Pay Commission"
    text = (
        "A study prepared by the Institute for Fiscal Studies said the cuts were "
        '"deeper than planned".'
    )
    assert speaker_of(nlp, text, "deeper than planned") == "Institute for Fiscal Studies"


def test_the_statement_someone_provided_speaks_for_them(nlp):
    text = (
        "The Times said spokesman Peter Lyle provided a written statement in response to the "
        "paper's questions.\n\n\"After reviewing the emails, the minister believes that his use "
        'of a private account was a mistake," the statement said in part.'
    )
    assert speaker_of(nlp, text, "After reviewing") == "Peter Lyle"


def test_what_it_has_been_suggested_is_the_next_sentences_speaker_first_named(nlp):
    text = (
        "New betting shops will be barred from opening near schools to keep them "
        '"socially responsible", it has been suggested.\n\n'
        "Culture Secretary Anna Reid said the rules would be published next month."
    )
    assert speaker_of(nlp, text, "socially responsible") == "Anna Reid"


def test_what_it_has_been_reported_stays_unnamed_when_the_next_speaker_was_named_before(nlp):
    text = (
        "Mayor Jo Hart opened the plant last year. The factory will close in "
        '"a matter of weeks", it has been reported. Jo Hart said she was saddened.'
    )
    assert speaker_of(nlp, text, "matter of weeks") is None


def test_the_head_of_a_body_set_off_before_a_name_is_that_person(nlp):
    text = (
        "Head of the Australian Food and Grocery Council, Mitch Hooke, says companies have "
        "been cutting the ingredients out of their products."
    )
    assert [q.speaker.name for q in analyze_doc(nlp(text)).quotes] == ["Mitch Hooke"]
    text = "The head of the Dairy Farmers Union, Alan Reese, says milk prices will fall this year."
    assert [q.speaker.name for q in analyze_doc(nlp(text)).quotes] == ["Alan Reese"]


def test_a_lay_label_before_a_name_is_not_part_of_the_name(nlp):
    # "Shopper", "Commuter": what news calls the ordinary people it quotes
    text = (
        "Shopper Ana Ferreira was inside when the robbers arrived. "
        '"We heard the glass breaking," she said.'
    )
    assert speaker_of(nlp, text, "glass breaking") == "Ana Ferreira"
    text = 'Passenger Ian Doyle said the delay was "a disgrace".'
    assert speaker_of(nlp, text, "disgrace") == "Ian Doyle"
