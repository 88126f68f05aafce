"""Speaker rules from the errors of dev10 (a sixth BBC batch) pooled with those left on the
other tuned splits: a church rank before a name, a pronoun that continues the pronoun opening
a pair, a rank written with an article. Short texts written for each rule."""

from tests.test_nlp_speakers import quotes, speaker_of


def test_a_church_rank_before_a_double_barrelled_name_is_a_title_and_its_role(nlp):
    text = (
        "Child poverty must end, Cardinal Sean Kelly-O'Brien has said.\n\n"
        "The head of the church in Ireland spoke on local radio. The cardinal said the "
        'money should go to "the poorest families first".'
    )
    names = {name for _, _, name in quotes(nlp, text)}
    assert names == {"Sean Kelly-O'Brien"}


def test_a_pronoun_continues_the_pronoun_that_opened_a_pair(nlp):
    text = (
        "Bishop Tom Harley gave his Easter sermon in York on Sunday.\n\n"
        "He and the Archbishop of Canterbury have both opposed the new law. Speaking on "
        'radio, he said it was "a cruel measure".'
    )
    assert speaker_of(nlp, text, "a cruel measure") == "Tom Harley"


def test_a_rank_with_an_article_is_a_description_of_the_person_of_that_rank(nlp):
    text = (
        "Archbishop Peter Mwangi will visit Leeds in May.\n\n"
        "Church leaders met on Monday. On Sunday, the Archbishop will ask the crowd to pray. "
        '"We all need hope in hard times," he will say.'
    )
    assert speaker_of(nlp, text, "need hope") == "Peter Mwangi"


def test_a_name_after_at_and_a_trade_in_the_plural_is_a_firm_not_a_he(nlp):
    text = (
        "One dissenting voice came from Mark Lewin, director of research at analysts Forrest. "
        'He said: "It will not sell."'
    )
    assert speaker_of(nlp, text, "will not sell") == "Mark Lewin"
    text = (
        "The shares will rise, said Ann Cole, an analyst at brokers Hargreave. "
        'She said: "Buyers want it."'
    )
    assert speaker_of(nlp, text, "Buyers want it") == "Ann Cole"


def test_a_speakers_surname_misspelt_by_one_letter_is_the_person_named_in_full(nlp):
    text = (
        "Tennis star Marion Castellano has backed the new prize rules.\n\n"
        '"We play as hard as anyone," said Castelano. "It is only fair."'
    )
    assert speaker_of(nlp, text, "as hard as anyone") == "Marion Castellano"


def test_the_committee_is_the_body_named_with_that_word_whatever_its_case(nlp):
    text = (
        "Schools need more teachers, the Commons health committee has said. The committee "
        "was reporting on the spending plans of the National Teaching Council.\n\n"
        "The council aims to train new teachers. It also liaises with the government. In its "
        "report on the council's work the committee said: \"We are deeply concerned by the "
        'shortages."'
    )
    assert speaker_of(nlp, text, "deeply concerned") == "Commons health committee"


def test_it_after_a_government_written_by_its_kind_is_that_government(nlp):
    text = (
        "Tom Grey said he had been beaten in the prison. The French government denied the "
        'claims. In a statement, it said: "No prisoner has ever been harmed."'
    )
    assert speaker_of(nlp, text, "ever been harmed") == "French government"


def test_the_statement_after_someones_words_is_theirs(nlp):
    text = (
        "Guests at the Palm Hotel fell ill after a swim, one family said. A hotel "
        'spokeswoman denied the pool was to blame, insisting: "The water was tested daily." '
        'The statement added: "We will help the police in any way we can."'
    )
    assert speaker_of(nlp, text, "help the police") == "A hotel spokeswoman"


def test_a_statement_with_an_owner_is_not_the_last_speakers(nlp):
    text = (
        'The film was banned on Monday. But its makers say it is "a film about hope". '
        '"The film is obscene and is hereby banned," the board\'s ruling said.'
    )
    assert speaker_of(nlp, text, "hereby banned") != "its makers"


def test_a_family_named_in_the_plural_is_no_misspelt_surname(nlp):
    text = (
        "Old friend Betsy Ebeling and her husband met the senator in Iowa. The Ebelings said "
        "they were hoping to spend some time with her before the vote."
    )
    assert [name for _, _, name in quotes(nlp, text)] != ["Betsy Ebeling"]


def test_a_speaker_taken_for_a_person_is_no_misspelt_surname(nlp):
    text = (
        "Boris Johnson visited the farm on Monday.\n\n"
        '"It is a disgrace," said Johnston, a local farmer.'
    )
    assert speaker_of(nlp, text, "a disgrace") != "Boris Johnson"


def test_a_report_after_someones_words_is_not_theirs(nlp):
    text = (
        'Mr Smith said the firm would fight on. "We are disappointed," he said.\n\n'
        "The report said profits had fallen by a third."
    )
    assert speaker_of(nlp, text, "profits had fallen") == "The report"


def test_a_company_after_a_government_is_not_that_government(nlp):
    text = (
        "Workers say the plant poisoned the river. The government denied the claims on "
        'Monday. The company said it would appeal: "We have done nothing wrong."'
    )
    assert speaker_of(nlp, text, "done nothing wrong") != "The government"
