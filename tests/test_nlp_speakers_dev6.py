"""Speaker rules from the errors of the sixth development batch (dev6, US news) and the
gold-free audit: namesakes, salience of a pronoun, plural roles, titles before a name, glued
quotation marks. Short texts written for each rule."""

from service.nlp.pipeline import analyze_doc, parse_texts
from service.nlp.quotes import find_quoted_spans
from service.nlp.tokens import doc_text
from tests.test_nlp_speakers import quotes, speaker_of


def test_a_glued_closing_mark_before_the_cue_does_not_open_a_quote():
    text = "“It has been surprising,”Maria Lopez said. “He was kind.”"
    assert [text[s:e] for s, e in find_quoted_spans(text)] == [
        "It has been surprising,",
        "He was kind.",
    ]


def test_a_glued_closing_mark_still_reopens_when_a_closer_follows():
    text = "“Forces gather [in the east]”Combined forces are firing every day.” Next."
    spans = [text[s:e] for s, e in find_quoted_spans(text)]
    assert "Combined forces are firing every day." in spans


def test_an_opening_glyph_written_as_a_closer_closes_the_quote():
    text = "He blasted the film “Frozen“ and the books for being too “pro-gay,” Mr Ray said."
    assert [text[s:e] for s, e in find_quoted_spans(text)] == ["Frozen", "pro-gay,"]


def test_a_speaker_glued_to_the_closing_mark_is_found(nlp):
    text = (
        "Maria Lopez met the press on Monday. Her rival Tom Hart spoke later.\n\n"
        "“I think it has been most surprising to see him change,”Lopez said."
    )
    assert speaker_of(nlp, text, "most surprising") == "Maria Lopez"


def test_a_relative_introduced_by_kinship_does_not_take_the_surname(nlp):
    text = (
        "Maria Lopez said on Monday that she would run again.\n\n"
        "Lopez and her husband, former mayor David Lopez, attended the wedding in 2005.\n\n"
        "“I have been vetted for decades,” Lopez said."
    )
    assert speaker_of(nlp, text, "vetted") == "Maria Lopez"


def test_the_surname_still_goes_to_a_relative_who_is_the_subject(nlp):
    text = (
        "Maria Lopez said on Monday that she would run again.\n\n"
        "Her husband, David Lopez, told reporters he agreed.\n\n"
        "“I back her all the way,” Lopez said."
    )
    assert speaker_of(nlp, text, "back her") == "David Lopez"


def test_a_plural_role_before_two_names_gives_each_the_role(nlp):
    text = (
        "In an interview with radio hosts Joe Barker and Ann Field, Maria Lopez spoke of"
        " her campaign. She said she had gone because it would be fun, something Barker"
        " could understand.\n\n"
        "“She is fun, she is an interesting person,” the host said."
    )
    assert speaker_of(nlp, text, "interesting person") == "Joe Barker"


def test_a_title_before_a_full_name_is_not_part_of_the_name(nlp):
    text = (
        "Pastor Kevin Swanson spoke on his radio show on Monday.\n\n"
        "“Don’t train your little girls to be feminists,” Swanson said."
    )
    assert speaker_of(nlp, text, "feminists") == "Kevin Swanson"


def test_the_pronoun_of_a_fronted_clause_is_the_subject_named_after_it(nlp):
    text = (
        "Reverend Mary Cole opened the fair on Sunday.\n\n"
        "After he attacked the books for being too “soft on crime and lazy about the law,”"
        " Pastor Kevin Swanson has now set his sights on the scouts."
    )
    assert speaker_of(nlp, text, "soft on crime") == "Kevin Swanson"


def test_he_after_a_clause_final_report_is_the_man_reported_on(nlp):
    text = (
        "Kevin Swanson, a pastor in Colorado, slammed the scouts on his weekly radio show,"
        " Right Wing Watch first reported.\n\n"
        "“You have got to take the book, and you have to apply it,” he said."
    )
    assert speaker_of(nlp, text, "apply it") == "Kevin Swanson"


def test_words_quoted_in_a_sentence_without_a_cue_are_its_subjects(nlp):
    text = (
        "Kevin Swanson spoke on his radio show on Monday.\n\n"
        "He then implied that the leaders should be punished, by having “a millstone be"
        " hanged around their necks” for their actions."
    )
    assert speaker_of(nlp, text, "millstone") == "Kevin Swanson"


def indirect(nlp, text):
    return [
        (text[q.start : q.end], q.speaker.name if q.speaker else None)
        for q in analyze_doc(nlp(text)).quotes
        if q.kind == "indirect"
    ]


def test_shot_back_with_the_particle_read_as_an_adverb_is_the_cue(nlp):
    text = (
        "After former Gov. Jerry Brown criticized her husband during a debate, Hillary shot"
        " back, “I suppose I could have chosen to stay home and bake cookies.”"
    )
    assert speaker_of(nlp, text, "bake cookies") != "Jerry Brown"


def test_the_magazine_is_the_one_named_before_the_noun(nlp):
    text = (
        "Bill Clinton and Melania Trump submitted recipes for Family Circle magazine’s poll."
        " The Republican Party said nothing.\n\n"
        "The magazine said the poll winner has predicted the White House winner five times."
    )
    assert ("the poll winner has predicted the White House winner five times", "Family Circle") in (
        indirect(nlp, text)
    )


def test_the_agent_of_a_reduced_passive_is_the_speaker(nlp):
    text = (
        "When asked by a reporter whether this differed from the old rules, Trump said nothing."
        " As reported by Western Journalism, there are 150 delegates at stake."
    )
    found = dict(indirect(nlp, text))
    assert found["whether this differed from the old rules"] == "a reporter"
    assert found["there are 150 delegates at stake"] == "Western Journalism"


def test_the_subject_of_a_gerund_after_with_asks(nlp):
    text = (
        "The conversation ended with Maddow asking Clinton pointedly whether she would"
        " consider a woman as a running mate."
    )
    assert indirect(nlp, text) == [
        ("whether she would consider a woman as a running mate", "Maddow")
    ]


def test_a_belief_verb_inside_a_report_leaves_the_quoted_words_to_it(nlp):
    text = (
        "On Saturday, Pope Francis made clear that the meeting was not political, saying"
        ' that those who thought it was should "look for a psychiatrist."'
    )
    found = analyze_doc(nlp(text)).quotes
    assert [q.kind for q in found if "psychiatrist" in text[q.start : q.end]] == ["indirect"]


def test_a_wife_named_by_her_first_name_is_no_he(nlp):
    text = (
        "Bernie Sanders met the pope on Saturday.\n\n"
        "Some of Sanders's advisers, including his wife, Jane, also were at the meeting. He"
        " said that there was no discussion of the election."
    )
    assert indirect(nlp, text) == [("there was no discussion of the election", "Bernie Sanders")]


def test_of_two_subjects_the_one_before_the_verb_is_the_sentence_subject(nlp):
    text = (
        "Maria Lopez spoke to Bernie Sanders on Monday.\n\n"
        "Absent Sanders' health care plan, which he has not introduced, Lopez pointed to the"
        " nine times Sanders has laid out a plan before Congress.\n\n"
        "“It would basically end all the kinds of health care we know,” she went on."
    )
    assert speaker_of(nlp, text, "health care we know") == "Maria Lopez"


def test_the_governor_is_the_one_named_after_gov(nlp):
    text = (
        "Ted Cruz received the endorsement of Gov. Mike Pence on Friday.\n\n"
        "Cruz thanked Pence for his courage on a radio show.\n\n"
        "“I particularly want to commend Donald Trump,” the governor said."
    )
    assert speaker_of(nlp, text, "commend") == "Mike Pence"


def test_chants_sayings_vote_words_and_show_titles_are_not_quotes(nlp):
    text = (
        "Clinton supporters responded with chants of “I’m with her” until Clinton spoke up."
        " The old adage, “I mean what I say and say what I mean” may have gone."
        " Swanson spoke on his weekly radio show, “Generations with Kevin Swanson,” on Monday."
        " When those voting “yes” were declared the majority, the hall erupted."
        " “We will win this for all of you,” Clinton said."
    )
    assert [quoted for quoted, kind, _ in quotes(nlp, text) if kind != "indirect"] == [
        "We will win this for all of you,"
    ]


def test_words_after_the_gerund_saying_stay_a_quote(nlp):
    text = 'Federer addressed the crowd and concluded by saying "thanks for having me".'
    assert [name for quoted, _, name in quotes(nlp, text) if "thanks" in quoted] == ["Federer"]


def test_a_no_break_space_is_parsed_as_a_space_and_kept_in_the_text(nlp):
    text = (
        "Senator John McCain says the\xa0Republican populist movement that is sweeping the"
        " country appeals to the “bad angels” of human nature."
    )
    doc = nlp(text)
    assert doc_text(doc) == text
    found = analyze_doc(doc).quotes
    assert [(q.kind, q.speaker.name) for q in found] == [("indirect", "John McCain")]
    assert all(q.text == text[q.start : q.end] for q in found)


def test_a_no_break_space_survives_a_text_parsed_in_sections():
    sentence = "Senator John McCain says the\xa0movement appeals to the “bad angels” of us.\n\n"
    text = sentence * 400  # over one section: parsed in parts, joined
    (doc,) = parse_texts([text], section=5_000)
    assert doc_text(doc) == text
    assert len(doc.text) == len(text)


def test_a_straight_mark_glued_after_punctuation_is_split_from_the_name(nlp):
    text = (
        '"This ad raises new questions about whether the voters can trust him,"Katie Packer,'
        " who is chairman of Our Principles PAC said in a statement."
    )
    assert speaker_of(nlp, text, "raises new questions") == "Katie Packer"


def test_an_office_written_in_capitals_is_no_name_for_a_pronoun(nlp):
    text = (
        "Clinton hosted an event on Monday, during which she gave a shout out to Joe Biden"
        " and his late son Beau Biden, the former Attorney General of Delaware.\n"
        "“I want to mention someone who is not here but whose advocacy is legendary,” she"
        " said."
    )
    assert speaker_of(nlp, text, "legendary") == "Clinton"
