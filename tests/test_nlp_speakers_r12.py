"""Speaker rules of round r12 (issue 11), from the errors of dev20 (10 fresh BBC articles,
measured once before any change) and of the tuned splits. Short texts written for each rule;
each failed on main (PIPELINE_VERSION 111)."""

from tests.test_nlp_speakers_dev14 import reported
from tests.test_nlp_speakers_dev16 import direct


def test_an_office_named_only_later_is_its_one_holder(nlp):
    # "The home secretary said" before the article names "Home Secretary Charles Clarke":
    # the one person it gives that office, not the last man named near the phrase.
    text = (
        "Martin Mubanga, 32, from Wembley, said he was beaten at the camp. The home secretary "
        "said he would not be launching an investigation. His lawyer Louise Christian said the "
        "case would go to court. And Menzies Campbell, the Liberal Democrats' foreign affairs "
        "spokesman, said it was vital to find out. Home Secretary Charles Clarke told the BBC "
        "that the men had been treated well."
    )
    assert ("he would not be launching an investigation", "Charles Clarke") in reported(nlp, text)


def test_a_role_set_off_by_commas_is_no_second_speaker(nlp):
    # The parser makes both "Doctorow" and "coordinator" subjects of "said": the name speaks,
    # and the quote after the sentence is his too.
    text = (
        "Some users said the tool would only be fair if websites had to sign up for it. Cory "
        "Doctorow, European outreach coordinator for digital civil liberties group Electronic "
        "Fronter Foundation, said that Google should not be penalised for its market dominance. "
        '"Of course Google should be allowed to direct people to whatever proxies it chooses."'
    )
    assert ("Google should not be penalised for its market dominance", "Cory Doctorow") in (
        reported(nlp, text)
    )
    assert [name for _, name in direct(nlp, text)] == ["Cory Doctorow"]


def test_a_speech_verb_run_into_a_dummy_clause_is_the_first_verbs_subjects(nlp):
    # "urged" hangs on the reported clause "it was 30 years ...": "it" urges no one; the one
    # who pointed it out did.
    text = (
        "Sundar Katwala said the change was overdue. He pointed out that it was 30 years since "
        "the sex discrimination act and urged politicians on all sides to back the bill."
    )
    assert ("to back the bill", "Sundar Katwala") in reported(nlp, text)


def test_an_office_tied_once_is_the_same_person_when_it_comes_back_bare(nlp):
    # "the London mayor" was tied to Ken Livingstone; "the Mayor of London" and "The mayor"
    # are that office again, not the last man named (a deputy mayor is another office).
    text = (
        "An inquiry is under way following allegations that Ken Livingstone has brought his "
        "office into disrepute. The probe follows the London mayor's comments to a journalist "
        "after a party. Speaking after the inquiry was announced, Bob Neill, leader of the "
        "Assembly Conservatives, said he had behaved badly. Deputy Mayor Nicky Gavron said she "
        "believed the Mayor of London would say sorry on Tuesday. The mayor accused the "
        "journalist of following him."
    )
    assert ("of following him", "Ken Livingstone") in reported(nlp, text)


def test_a_relation_is_no_office_that_keeps_a_person_from_holding_one(nlp):
    # "her chief rival Bernie Sanders" says whose rival he is, not an office ("chief" is how
    # much of one): "the independent Vermont senator" may still be him.
    text = (
        "Hillary Clinton has 31 endorsements in the Senate, a body in which her chief rival "
        'Bernie Sanders serves. "Let us go back six months," Sanders said in an interview with '
        'CNN\'s Gloria Borger aired Monday. "That would be Hillary Clinton," Borger said. '
        '"Oh well, I do not wanna say so," Sanders responded. Six months ago, the independent '
        'Vermont senator said, the media considered him a "fringe candidate," making air quotes.'
    )
    speakers = [name for words, name in reported(nlp, text) if "media considered" in words]
    assert speakers == ["Bernie Sanders"]
