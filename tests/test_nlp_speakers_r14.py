"""Speaker rules of round r14 of issue 11, from the errors of outlets batch o (16 ABC articles,
measured unseen before any change) and of the tuned outlet batches. Short texts written for
each rule, each failing on main (PIPELINE_VERSION 116), with a guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import entity_of, speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# A hyphenated given name ("Jan-Michael", "Jean-Pierre") is part of the person's name, though
# the model found only its second half and the surname.


def test_a_hyphenated_given_name_is_part_of_the_name(nlp):
    text = (
        "The American team of Monica Seles and Jan-Michael Gambill won in Perth. Gambill said "
        'the win was a good start. "I got tentative at the end," he said.'
    )
    analysis = _analysis(nlp, text)
    assert entity_of(analysis, text, "Gambill") == "Jan-Michael Gambill"
    assert speaker_of(analysis, text, "I got tentative") == "Jan-Michael Gambill"


def test_a_lower_case_prefix_glued_before_a_name_is_no_given_name(nlp):
    text = "A pro-Michael Gambill crowd cheered in Perth. Gambill said the crowd was loud."
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the crowd was") == "Michael Gambill"


# A quotation running on into the writer's words ('"..." of Palestinian lands, a militant from
# the group told a crowd'): the parser hangs the noun phrase after the comma on the noun
# before it and leaves the speech verb without a subject; the phrase is the verb's subject.


def test_a_speaker_set_off_after_a_quotation_run_on_speaks(nlp):
    text = (
        '"Tonight we heard a declaration of war," said negotiator Saeb Erakat. More than 1,000 '
        "supporters gathered to bury Muslim al-Aarage, who shot a settler on Sunday. "
        '"The operations will continue as long as the enemy continues its occupation" of '
        "Palestinian lands in the Gaza Strip and West Bank, a militant from the group told a "
        'crowd with a loudspeaker. "Then they call us terrorists," he said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "The operations") == "a militant from the group"
    # the he of the next cue is that speaker, a kind of person, not the man named before
    assert speaker_of(analysis, text, "Then they call") == "a militant from the group"


def test_a_speech_verb_with_its_own_subject_keeps_it(nlp):
    text = (
        '"The operations will continue as long as the enemy continues its occupation" of '
        "Palestinian lands, Hamas leader Ismail Haniyeh told a crowd in Gaza, a city of two "
        "million."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "The operations") == "Ismail Haniyeh"


# A lead's "a(n) ..." subject is the one the next sentence names as its subject, for the first
# time, also in a text whose paragraphs were joined into one line (the ABC's copy).


def test_a_lead_described_then_named_next_in_a_joined_text(nlp):
    text = (
        "An Iraqi doctor held at a detention centre claims he was prevented from receiving an "
        "award. Dr Aamer Sultan had been given a commendation at the awards in Sydney. "
        "Dr Sultan says he was disappointed."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he was prevented") == "Aamer Sultan"


def test_a_lead_described_is_not_one_named_before_in_a_joined_text(nlp):
    text = (
        "Dr Aamer Sultan attended the awards. An Iraqi doctor held at a detention centre "
        "claims he was prevented from receiving an award. Dr Sultan had been given a "
        "commendation in Sydney."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he was prevented") != "Aamer Sultan"


def test_a_lead_described_is_not_one_the_next_sentence_gives_a_role_of_their_own(nlp):
    text = (
        "A senior Taliban official confirmed the militia would begin handing over Kandahar on "
        'Friday. "This agreement was that Taliban should surrender Kandahar peacefully," former '
        "Taliban ambassador to Pakistan Abdul Salam Zaeef told CNN in a telephone interview."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the militia would") == "A senior Taliban official"


# A person's full name's last two words ("Wali Masood" after "Ahmad Wali Masood") are that
# person, though the model took them for a body; not another of the same surname.


def test_a_full_names_last_words_are_that_person(nlp):
    text = (
        "Ahmad Wali Masood, brother of the assassinated commander Ahmad Shah Masood, said he "
        'expected a deal. "I expect a result tonight," Wali Masood said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "I expect") == "Ahmad Wali Masood"


def test_a_namesakes_other_given_name_is_not_that_person(nlp):
    text = (
        'Ahmad Shah Masood, the commander, was killed in September. "I expect a result '
        'tonight," Wali Masood said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "I expect") != "Ahmad Shah Masood"


# "The source" is the unnamed source last introduced as "a(n) ..." with another source noun
# ("a senior defence official", "a western diplomat"), when its words are among that one's.


def test_the_source_is_the_official_introduced_just_before(nlp):
    text = (
        "A senior Israeli defence official was quoted by army radio as saying Hamas had shifted "
        "its focus. The defence source said the focus will be on strategic buildings."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the focus will") == "A senior Israeli defence official"


def test_the_source_with_words_of_its_own_is_not_that_official(nlp):
    text = (
        "A senior Israeli defence official was quoted by army radio as saying Hamas had shifted "
        "its focus. The police source said the focus will be on strategic buildings."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the focus will") != "A senior Israeli defence official"


# A speaker's name the model missed runs over every capitalised compound inside it ("Federal
# Open Market Committee", where "Open" qualifies "Market"), not only those of its last word.


def test_a_missed_speakers_name_keeps_a_compound_of_a_compound(nlp):
    text = (
        'The Federal Reserve cut its key rate again. "Economic activity remains soft," the '
        "Federal Open Market Committee said in a written statement."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Economic activity") == "Federal Open Market Committee"


def test_a_missed_speakers_name_leaves_a_body_before_a_role(nlp):
    text = '"We are ready," Tennis Australia chief Craig Tiley said in Melbourne.'
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "We are ready") == "Craig Tiley"


# A proper noun the model missed, set off before an apposition "a(n) ... company" closed by a
# comma, is that body; "the company" later is it, not another body named in passing.


def test_a_name_before_a_company_apposition_is_that_body(nlp):
    text = (
        "Experts have warned of a new computer virus. According to McAfee.com, a leading "
        "anti-virus software company, the virus is attacking home computers. It gets into "
        "computers via Microsoft's Outlook email program. The virus, the company warned, "
        '"can delete files from users\' computers".'
    )
    analysis = _analysis(nlp, text)
    assert entity_of(analysis, text, "McAfee.com") == "McAfee.com"
    assert speaker_of(analysis, text, "can delete") == "McAfee.com"


def test_a_person_before_a_role_with_a_body_noun_is_no_body(nlp):
    text = "Brenton Tolley, a company director, said he would resign on Friday."
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he would resign") == "Brenton Tolley"


# "who asked to remain anonymous" is how a source speaks, not what it says (as "asked not to be
# named" already was).


def _reports(analysis, text):
    return [text[q.start : q.end] for q in analysis.quotes if q.kind == "indirect"]


def test_asking_to_remain_anonymous_is_no_report(nlp):
    text = (
        "The Fatah official, who likewise asked to remain anonymous, said Hamas had halted its "
        "operations."
    )
    analysis = _analysis(nlp, text)
    assert not any("anonymous" in r for r in _reports(analysis, text))
    assert speaker_of(analysis, text, "Hamas had halted") == "The Fatah official"


def test_asking_to_remain_something_else_is_not_anonymity(nlp):
    from service.nlp.quotes import asks_anonymity  # noqa: PLC0415

    doc = nlp("The coach asked to remain in charge until the end of the season.")
    assert not asks_anonymity(doc[2])


# "They" after people named together as the subject before ("Both Simon Wiget and Stefan
# Abegglen told the court ...") is both of them, before a group that spoke earlier.


def test_they_is_the_people_named_together_just_before(nlp):
    text = (
        "Two Swiss guides who survived the accident have denied any wrongdoing. A court has "
        "been told the wall of water was a natural catastrophe. Both Simon Wiget and Stefan "
        "Abegglen told the court of their sorrow. Asked about their training, they said they "
        "had been trained well."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "they had been") == "Simon Wiget and Stefan Abegglen"


def test_they_after_another_subject_is_not_the_people_named_together(nlp):
    text = (
        "Simon Wiget and Stefan Abegglen led the trip into the gorge. The families of the "
        "victims were in court on Monday. They said the guides had ignored the weather."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the guides had") != "Simon Wiget and Stefan Abegglen"


# A speech verb someone is expected or due to make ("The executive is expected to ask ...")
# reports nothing said yet.


def test_a_speech_verb_one_is_expected_to_make_is_no_report(nlp):
    text = (
        "Labor's national executive is meeting in Canberra. The executive is expected to ask "
        "Mr Hawke and Mr Wran to oversee the process. The minister is expected to announce "
        "that the plant will close."
    )
    analysis = _analysis(nlp, text)
    assert _reports(analysis, text) == []


def test_a_speech_verb_one_was_quick_to_make_reports(nlp):
    text = "The minister was quick to tell staff that the plant will close."
    analysis = _analysis(nlp, text)
    assert _reports(analysis, text) == ["the plant will close"]


# "the people said" is the group the article introduced last with that noun and a number ("two
# people familiar with the matter"), when its words are among that group's.


def test_the_people_are_the_group_introduced_before(nlp):
    text = (
        "The Commission is set to fine Google a record sum, two people familiar with the "
        "matter said on Tuesday.\n\nThe decision could come next month, one of the people "
        "said.\n\nGoogle said Android had created more choice.\n\nThe fine could exceed "
        "last year's penalty, the people said."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "The fine could") == "two people familiar with the matter"


def test_the_people_with_words_of_their_own_are_not_that_group(nlp):
    text = (
        "The Commission is set to fine Google a record sum, two people familiar with the "
        "matter said on Tuesday.\n\nThe fine could exceed last year's penalty, the local "
        "people said."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "The fine could") != "two people familiar with the matter"


# "A Department of Health and Social Care source said": the source (the parser conjoins the
# noun to the body, whose name holds an "and" of its own), described as written; bodies
# coordinated by their own "and" still speak together.


def test_a_source_glued_after_a_bodys_name_with_and_speaks(nlp):
    text = (
        "Junior doctors in England will strike next week, the BMA said.\n\nA Department of "
        "Health and Social Care source said ministers were prepared to discuss non-pay issues."
    )
    analysis = _analysis(nlp, text)
    assert (
        speaker_of(analysis, text, "ministers were")
        == "A Department of Health and Social Care source"
    )


def test_two_bodies_coordinated_still_speak_together(nlp):
    text = "The Department of Health and the British Medical Association said talks would resume."
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "talks would") == (
        "Department of Health and British Medical Association"
    )
