"""Speaker rules from the errors of dev12 (15 BBC and 8 US articles, measured unseen before
tuning) pooled with those left on the other tuned splits: a surname misspelt by two letters
swapped, a pronoun "it" speaking for the body that spoke before, ... Short texts written for
each rule."""

from service.nlp.pipeline import analyze_doc
from tests.test_nlp_speakers import speaker_of


def test_a_surname_with_two_letters_swapped_is_the_person_spelt_right(nlp):
    text = (
        "Singer Maria Castellano has finished her new album. "
        '"We wrote twenty songs in a month," Castellano said. '
        '"Then we threw half of them away," Castellnao continued.'
    )
    assert speaker_of(nlp, text, "threw half") == "Maria Castellano"
    text = (
        "Analyst Peter Barrowman expects rates to rise. Mr Barorwman says the bank could "
        'act in May. "It will not wait long," he said.'
    )
    assert speaker_of(nlp, text, "not wait long") == "Peter Barrowman"


def test_two_people_whose_surnames_differ_by_a_swap_stay_apart(nlp):
    # Only a name no one else bears is a misspelling: a short name may be another person's.
    text = (
        "Coach Anna Berg praised her team. "
        '"We were brilliant," Berg said. '
        '"They were better," said rival coach Jon Breg.'
    )
    assert speaker_of(nlp, text, "They were better") == "Jon Breg"


def test_it_added_after_an_unnamed_office_spoke_is_that_office(nlp):
    text = (
        'The governor\'s office said inspectors had found "serious errors in the payroll". '
        'It added that the staff in question "appear to have been overpaid".'
    )
    assert speaker_of(nlp, text, "overpaid") == "The governor's office"
    text = (
        'The city council\'s housing department said the flats were "unfit to live in". '
        'It said it would "rehouse every family by March".'
    )
    assert speaker_of(nlp, text, "rehouse every family") == "The city council's housing department"


def test_it_after_a_spokesman_spoke_is_not_the_spokesman(nlp):
    text = (
        'The party spokesman said the plan was "a disgrace". '
        'It was "a waste of money", the leader added.'
    )
    assert speaker_of(nlp, text, "waste of money") != "The party spokesman"


def test_a_nickname_in_single_quotes_between_given_name_and_surname_is_one_person(nlp):
    text = (
        "The drummer of the rock band Vortex has left the group.\n\n"
        "Daniel 'Sticks' Morrow told a local paper that he wanted to rest. "
        '"I need a break," Morrow said.'
    )
    assert speaker_of(nlp, text, "need a break") == "Daniel Morrow"
    text = "Coach Lisa ‘Ace’ Romano praised the defence. “They never gave up,” she said."
    assert speaker_of(nlp, text, "never gave up") == "Lisa Romano"


def test_words_in_single_quotes_between_two_names_are_no_nickname(nlp):
    text = "Critics called Ann Smith's 'Moonlight' Jones Prize entry a triumph."
    names = {e.name for e in analyze_doc(nlp(text)).entities if e.type == "person"}
    assert "Smith's Jones" not in names


def test_a_bare_spokesperson_right_after_a_fuller_one_is_that_one(nlp):
    text = (
        "A Northwind Rail spokeswoman confirmed on Monday that the line would close. "
        "Passengers will be offered buses. "
        'A spokeswoman added that the company had "no other choice".'
    )
    assert speaker_of(nlp, text, "no other choice").lower() == "a northwind rail spokeswoman"
    text += ' The spokeswoman also said staff would be "moved, not sacked".'
    assert speaker_of(nlp, text, "not sacked").lower() == "a northwind rail spokeswoman"


def test_a_bare_spokesperson_far_after_another_is_not_that_one(nlp):
    text = (
        "A Northwind Rail spokeswoman confirmed on Monday that the line would close. "
        "Passengers will be offered buses. The union was angry. Its members met on Tuesday. "
        "They voted to strike in March. The council also objected. "
        'A spokeswoman said the closure was "a disgrace".'
    )
    assert speaker_of(nlp, text, "a disgrace").lower() == "a spokeswoman"


COMMITTEE = (
    'Hospital waiting lists are "a national scandal", MPs have said.\n\n'
    "The Commons health select committee said patients waited too long. "
    'The committee found that many trusts had "lost control" of their budgets. '
    "The MPs said the government must act. "
    'Committee chairman David Hinton said: "This cannot go on." '
    'The report warns that the NHS faces "a crisis within five years".'
)


def test_mps_speaking_for_the_one_committee_of_the_article_are_that_committee(nlp):
    assert speaker_of(nlp, COMMITTEE, "national scandal").lower() == (
        "the commons health select committee"
    )
    assert speaker_of(nlp, COMMITTEE, "crisis within").lower() == (
        "the commons health select committee"
    )


def test_mps_without_a_committee_stay_mps(nlp):
    text = 'Waiting lists are "a national scandal", MPs have said. Ministers disagree.'
    assert speaker_of(nlp, text, "national scandal") == "MPs"


def test_an_unnamed_expert_then_a_quote_introducing_a_name_is_that_name(nlp):
    text = (
        "The new tax will hit poor families hardest. A leading expert on the region's economy "
        "says that the plan is a desperate measure. "
        '"It is mainly an effort to raise cash," says Pedro Almansa, head of research at '
        "Banco Norte. Others disagree."
    )
    assert speaker_of(nlp, text, "desperate measure") == "Pedro Almansa"


def test_an_unnamed_source_then_someone_already_named_is_not_that_one(nlp):
    text = (
        "Maria Ortiz leads the opposition. A leading expert says that the plan is a "
        'desperate measure. "It is mainly an effort to raise cash," says Maria Ortiz, the '
        "opposition leader."
    )
    assert speaker_of(nlp, text, "desperate measure") != "Maria Ortiz"
