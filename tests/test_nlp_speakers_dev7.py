"""Speaker rules from the errors of the seventh development batch (dev7, BBC news): speech
verbs run on from a relative clause, nested appositions, a role before a name in a body's
phrase, roles the recogniser took into a name, descriptions with a prepositional tail or a
club's name, unnamed speakers a he refers to, participles that are no cue. Short texts written
for each rule."""

from tests.test_nlp_speakers import quotes, speaker_of


def test_a_subjectless_participle_after_a_quote_is_no_cue(nlp):
    text = (
        '"The cake will be bigger for everybody," said Deputy Prime Minister Ali Demir last '
        'month. "Norway will not be a burden for the budget." If admitted into the union, '
        "Norway would pay more than it gets by 2014."
    )
    assert speaker_of(nlp, text, "not be a burden") == "Ali Demir"


def test_a_speech_verb_run_on_from_a_relative_clause_about_a_thing(nlp):
    text = (
        "Tony Walsh has twice tried to revive Factory - which lasted for 14 years before "
        'folding - but conceded these efforts had been "dismal experiences".'
    )
    assert speaker_of(nlp, text, "dismal experiences") == "Tony Walsh"


def test_a_name_in_apposition_to_the_role_in_apposition(nlp):
    text = (
        "MP Kefa Otieno attacked the play in parliament.\n\n"
        "But the play's author, US playwright Eve Ensler, says it is all about women's "
        'empowerment. "There is some fear of the word," Ms Ensler told the BBC.'
    )
    reported = [
        name
        for quoted, kind, name in quotes(nlp, text)
        if kind == "indirect" and "all about" in quoted
    ]
    assert reported == ["Eve Ensler"]


def test_a_name_after_a_body_and_a_role_is_the_speaker(nlp):
    text = (
        "New powers are needed to close pubs, police chiefs say.\n\n"
        "Association of Chief Police Officers president Chris Fox said the current power did "
        "not have enough impact on bad landlords."
    )
    reported = [name for quoted, kind, name in quotes(nlp, text) if kind == "indirect"]
    assert "Chris Fox" in reported
    assert not any(name and name.startswith("Association") for name in reported)


def test_a_role_taken_into_a_surname_is_the_person_named_in_full(nlp):
    text = (
        "Robbie Keane scored the only goal against Croatia on Wednesday.\n\n"
        "Matchwinner Keane was full of praise for Duff's role in the goal. "
        '"It was great play from Damien," said the Tottenham striker.'
    )
    assert speaker_of(nlp, text, "great play") == "Robbie Keane"


def test_a_role_word_before_a_lone_surname_is_dropped_from_the_name(nlp):
    text = 'Defenceman Harris spoke after the game. "We were ready," Harris said.'
    assert speaker_of(nlp, text, "We were ready") == "Harris"


def test_a_description_with_a_prepositional_tail_is_the_one_given_its_head(nlp):
    text = (
        "Director Oliver Stone's epic Alexander has failed at the box office. Others poured "
        "scorn on Angelina Jolie's accent. Stone expressed the hope that the film would do "
        'better in Europe. "Europeans see me differently," said the director behind JFK and '
        "Platoon."
    )
    assert speaker_of(nlp, text, "Europeans see me") == "Oliver Stone"


def test_a_role_with_the_club_named_where_it_was_given(nlp):
    text = (
        "Ian Rush's future as Chester manager is uncertain.\n\n"
        "Chester have won only two games but Chairman Steve Vaughan claims he cannot sack "
        'him. But the Chester chairman added: "They decided to withdraw the agreement."'
    )
    assert speaker_of(nlp, text, "withdraw the agreement") == "Steve Vaughan"


def test_a_club_named_nowhere_near_the_role_names_another_holder(nlp):
    text = (
        "Chairman Steve Vaughan met the players on Monday.\n\n"
        "Rovers were also in talks. The Rovers chairman said: "
        '"We want a deal."'
    )
    assert speaker_of(nlp, text, "We want a deal") != "Steve Vaughan"


def test_he_after_an_unnamed_speaker_is_that_speaker(nlp):
    text = (
        '"Profits of around 420m would be fine," said Nick Bubb, an analyst.\n\n'
        "However, one dealer, who asked not to be named, told Reuters the sales were "
        '"not what people had hoped for". "Christmas has been tough," he said.'
    )
    assert speaker_of(nlp, text, "Christmas has been tough") == "one dealer"


def test_a_lawsuit_speaks_for_whoever_brings_it(nlp):
    text = (
        "Actor Bruce Willis is suing Revolution Studios over an injury.\n\n"
        'The lawsuit said Willis has endured "extreme pain". It stated he will incur '
        "more medical expenses."
    )
    found = quotes(nlp, text)
    assert {name for _, kind, name in found if kind == "indirect"} == {"Bruce Willis"}


def test_a_body_named_in_apposition_to_its_kind_speaks(nlp):
    text = "Web tracking company Envisional said 18% of downloaders were from the UK."
    reported = [name for _, kind, name in quotes(nlp, text) if kind == "indirect"]
    assert reported == ["Envisional"]


def test_a_document_speaks_for_the_body_that_owns_it(nlp):
    text = (
        "Turkey's assertions are confirmed by Brussels' own impact studies, which say that "
        "membership would be good news for the economy."
    )
    reported = [name for _, kind, name in quotes(nlp, text) if kind == "indirect"]
    assert reported == ["Brussels"]


def test_a_short_name_written_first_is_not_its_division(nlp):
    text = (
        "Next has said its annual profit will be lower than expected.\n\n"
        "Sales were up 12%, Next said. Its Next Directory mail order division saw sales rise."
    )
    reported = [name for _, kind, name in quotes(nlp, text) if kind == "indirect"]
    assert set(reported) == {"Next"}


def test_the_he_of_a_quote_is_the_one_named_last_and_the_subject_speaks(nlp):
    text = (
        "Florent Groberg is a former Army captain.\n\n"
        "Groberg, 33, opened up about his decision, including why he will not be supporting "
        "Republican nominee Donald Trump.\n\n"
        "“He has absolutely zero military experience,” he said."
    )
    assert speaker_of(nlp, text, "zero military") == "Florent Groberg"


def test_a_suit_filed_by_someone_speaks_for_them(nlp):
    text = (
        "Mr Podliska, a former staffer, was fired in October. A lawsuit filed by Mr "
        "Podliska on Monday claims he was fired unfairly.\n\n"
        "“Plaintiff was the only one to be reprimanded,” the suit says."
    )
    assert speaker_of(nlp, text, "only one to be reprimanded") == "Podliska"


def test_a_full_name_tagged_by_its_surname_is_not_written_twice(nlp):
    text = (
        "Hillary Clinton Wins Delaware's Primary.\n\n"
        "Hillary Clinton defeated Bernie Sanders on Tuesday.\n\n"
        "“I want to thank Delaware,” Clinton said."
    )
    assert speaker_of(nlp, text, "thank Delaware") == "Hillary Clinton"


def test_a_surname_after_a_name_particle_keeps_the_full_name(nlp):
    text = (
        "Unions want more rights, the TUC said.\n\nRory O' Neill, editor of Hazards magazine, "
        'said: "Giving union safety reps more rights is the ultimate win-win."'
    )
    assert speaker_of(nlp, text, "ultimate win-win") == "Rory O' Neill"


def test_a_name_set_off_after_a_parenthetical_speech_verb_speaks(nlp):
    text = (
        "Mike Trainor works for Intel.\n\nOn a larger scale, said Mr Trainor, improvements in "
        "the way that voltage regulators are made can reduce the power lost as heat."
    )
    reported = [(quoted, name) for quoted, kind, name in quotes(nlp, text) if kind == "indirect"]
    assert reported == [
        (
            "improvements in the way that voltage regulators are made can reduce the power "
            "lost as heat",
            "Mike Trainor",
        )
    ]


def test_a_body_that_speaks_is_no_antecedent_of_he(nlp):
    text = (
        "Health Secretary John Reid met doctors on Monday. The government said the plan was "
        'sound. "It will work," he said.'
    )
    assert speaker_of(nlp, text, "It will work") == "John Reid"


def test_the_he_of_a_quote_is_not_an_owner_named_last(nlp):
    text = (
        "Sir Alex Ferguson was delighted on Saturday.\n\n"
        "Wayne Rooney scored twice for Ferguson's side. "
        '"He was brilliant," he said.'
    )
    assert speaker_of(nlp, text, "He was brilliant") == "Alex Ferguson"


def test_a_speech_clause_after_a_comma_at_the_sentence_end_reports_what_comes_before(nlp):
    text = (
        "New powers are needed to close disorderly pubs for up to a week or even "
        "permanently, police chiefs have told MPs."
    )
    reported = [(quoted, kind) for quoted, kind, _ in quotes(nlp, text)]
    assert reported == [
        (
            "New powers are needed to close disorderly pubs for up to a week or even permanently",
            "indirect",
        )
    ]


def test_a_clause_joined_by_and_is_no_report_of_the_one_before(nlp):
    text = "The talks ended late on Monday, and officials told reporters nothing."
    assert [kind for _, kind, _ in quotes(nlp, text)] == []


def test_the_agent_of_a_reduced_passive_cue_speaks_apart_from_the_report(nlp):
    text = (
        "Mr Brown also announced plans to merge 35 agencies into nine - described by one "
        'civil service union as a "bonfire of the quangos".'
    )
    assert quotes(nlp, text) == [
        ("plans to merge 35 agencies into nine", "indirect", "Brown"),
        ("bonfire of the quangos", "partial", "one civil service union"),
    ]


def test_a_speech_verb_run_on_from_a_relative_clause_under_a_subjectless_root_ends(nlp):
    # the subject search climbs to the root, which has no active subject: it stops there
    text = (
        "Moreover, any company that turns down customers because of their credit score or "
        "asks them to pay more is supposed to hand over the score it used."
    )
    assert all(kind != "direct" for _, kind, _ in quotes(nlp, text))
