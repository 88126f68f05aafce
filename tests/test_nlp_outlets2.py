"""Speakers in long articles in the styles of Canadian outlets (bench/outlets.py, batch B): a
trade or role given as a description resolves to the person the story is about, a capitalised
role before a name is a role, and a lone surname keeps to the person it already stood for."""

from service.nlp.pipeline import analyze_doc
from tests.test_nlp_speakers import speaker_of


def test_a_capitalised_role_before_a_name_is_the_role_a_description_takes_up(nlp):
    text = (
        "Provincial Fire Commissioner Dana Whitlock said three homes had burned.\n\n"
        '"The wind turned on us at noon," the commissioner said.'
    )
    assert speaker_of(nlp, text, "wind turned") == "Dana Whitlock"


def test_a_lower_case_trade_given_to_no_one_is_the_person_just_written_about(nlp):
    text = (
        "Ottawa's Jordan Pelletier scored twice in the third period.\n\n"
        "Pelletier, the team's captain, thanked the fans.\n\n"
        '"We found a way tonight," the veteran centre said.'
    )
    assert speaker_of(nlp, text, "found a way") == "Jordan Pelletier"


def test_a_speaking_agent_noun_given_to_no_one_is_the_person_just_quoted(nlp):
    text = (
        "Housing advocate Priya Raman says rents are rising in every ward.\n\n"
        '"Nobody builds for families any more," the urban planner says.'
    )
    assert speaker_of(nlp, text, "Nobody builds") == "Priya Raman"


def test_a_role_before_a_name_set_off_after_a_body_is_the_person(nlp):
    text = "The chief executive of Lakeshore Health, Marion Oduya, said wards were still full."
    assert speaker_of(nlp, text, "wards were still full") == "Marion Oduya"


def test_a_lone_surname_keeps_to_the_person_it_already_stood_for(nlp):
    text = (
        "Winnipeg recalled defenceman Owen Talbot on Monday. Talbot, 22, has four goals this "
        "season. His older sister, Claire Talbot, plays for the national team.\n\n"
        '"He has earned it," coach Rick Bowness said.\n\n'
        '"It feels like coming home," Talbot said.'
    )
    assert speaker_of(nlp, text, "coming home") == "Owen Talbot"


def test_a_lone_surname_still_goes_to_the_relative_the_last_sentence_is_about(nlp):
    text = (
        "Winnipeg signed defenceman Owen Talbot on Monday. Talbot, 22, played in Sweden last "
        "season.\n\n"
        "His older sister, Claire Talbot, said she cried when she heard.\n\n"
        '"I called our mother straight away," Talbot said.'
    )
    assert speaker_of(nlp, text, "our mother") == "Claire Talbot"


def test_a_trade_the_parser_hangs_after_a_team_is_the_speaker(nlp):
    text = (
        "In Ottawa, Marcus Lindqvist said he would be watching.\n\n"
        '"I will have it on in the dressing room," the Senators forward told reporters.'
    )
    assert speaker_of(nlp, text, "dressing room") == "Marcus Lindqvist"


def test_a_province_after_its_town_is_nobody_a_pronoun_refers_to(nlp):
    text = (
        "An international student who studies at a college in Brampton, Ont., said she had "
        "spent her savings on tuition. The Globe is not naming her.\n\n"
        '"My parents sold land for this," she said.'
    )
    assert speaker_of(nlp, text, "sold land") == "An international student"


def test_a_role_the_parser_reads_as_a_verb_before_a_name(nlp):
    text = (
        "Transit advocate Cameron Hartley, of the group CodeRedTO, says the delays are part "
        "of a pattern."
    )
    assert speaker_of(nlp, text, "the delays are part") == "Cameron Hartley"


def test_a_two_word_surname_alone_is_the_full_name(nlp):
    text = (
        "Conservative critic Michelle Rempel Garner said the plan had failed.\n\n"
        '"They ignored every warning," Ms. Rempel Garner said.'
    )
    assert speaker_of(nlp, text, "every warning") == "Michelle Rempel Garner"


def test_a_description_with_a_possessive_is_the_one_given_that_role(nlp):
    text = (
        "Defence lawyer Michael Lacy had argued for six years.\n\n"
        "Outside court, Dhillon's lawyer said his client will not appeal."
    )
    assert speaker_of(nlp, text, "will not appeal") == "Michael Lacy"


def test_a_body_described_by_a_possessive_or_as_a_utility_is_the_body_just_named(nlp):
    text = (
        "Maritime Electric said about 7,000 customers were still without power.\n\n"
        "The utility said most would be reconnected by Monday. Canada's smallest power "
        "company said crews from New Brunswick were helping."
    )
    assert speaker_of(nlp, text, "reconnected") == "Maritime Electric"
    assert speaker_of(nlp, text, "crews from New Brunswick") == "Maritime Electric"


def test_a_couple_sharing_a_surname_and_a_husband_of_one_of_them(nlp):
    text = (
        "At the arena in Truro, Gail and Peter Munro were waiting for news of their farm.\n\n"
        '"We got the dogs and the photos," Mrs Munro said.\n\n'
        "Her husband said he had stayed to fight the fire last time.\n\n"
        '"I thought I was ready," he said.'
    )
    assert speaker_of(nlp, text, "the dogs") == "Gail Munro"
    assert speaker_of(nlp, text, "stayed to fight") == "Peter Munro"
    assert speaker_of(nlp, text, "I was ready") == "Peter Munro"


def test_a_short_quote_going_on_after_a_cued_one_is_the_same_speaker(nlp):
    text = '"He sent me one word," Engstrom said. "That\'s Marcus."'
    assert speaker_of(nlp, text, "That's Marcus") == "Engstrom"


def test_a_role_in_a_headline_is_the_one_the_article_gives_it_to(nlp):
    text = (
        "Province to ban phones in schools, education minister says\n\n"
        "Students will put their phones away next year, Education Minister Claude Roy "
        "announced Tuesday."
    )
    assert speaker_of(nlp, text, "Province to ban") == "Claude Roy"


def test_according_to_set_off_at_the_end_qualifies_the_whole_sentence(nlp):
    text = "Earnings of $1.72 a share missed the $1.85 analysts had expected, according to FactSet."
    (q,) = [q for q in analyze_doc(nlp(text)).quotes if q.kind == "indirect"]
    assert q.text == "Earnings of $1.72 a share missed the $1.85 analysts had expected"


def test_a_speaker_asked_between_commas_still_says_what_follows(nlp):
    text = (
        "Ms. Doyle, asked about the Conservative position, said the party had not said how "
        "many students it would admit."
    )
    found = {q.text: q.speaker for q in analyze_doc(nlp(text)).quotes}
    said = found["the party had not said how many students it would admit"]
    assert said is not None
    assert said.name == "Doyle"
    assert found.get("the Conservative position") is None  # the question's asker is not named


def test_a_short_quote_with_its_own_cue_after_it_is_not_the_previous_speaker(nlp):
    text = (
        '"I am going to look at a lot of people," Clinton said. "Grizzly Adams?" Maddow repeated.'
    )
    found = {q.text: q.speaker for q in analyze_doc(nlp(text)).quotes}
    assert found.get("Grizzly Adams?") is None or found["Grizzly Adams?"].name != "Clinton"
