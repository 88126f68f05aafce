"""Speaker rules from the errors pooled over the development batches (dev to dev9), each kind
seen in two batches or more or plainly general language: the story's player under another
sports role, a document that speaks for whoever issued it, the one voice of an article, a body
named by its kind's word. Short texts written for each rule."""

from service.nlp.pipeline import analyze_doc
from tests.test_nlp_speakers import quotes, speaker_of, speakers


def _reported_names(nlp, text):
    return [name for _, kind, name in quotes(nlp, text) if kind == "indirect"]


def test_a_sports_role_no_one_was_given_is_the_player_the_story_is_about(nlp):
    text = (
        "Chelsea midfielder Frank Dyer has no plans to retire when his contract ends.\n\n"
        '"I am not interested in leaving this club, I want to win more trophies," the England '
        'captain said on radio. "We can win the league this year."'
    )
    assert speaker_of(nlp, text, "win the league") == "Frank Dyer"


def test_the_alliance_is_the_body_named_with_that_word(nlp):
    text = (
        "Farmers held a protest in Leeds on Friday. The Countryside Alliance said more than "
        "200 farmers took part. The alliance said the new rules were unfair."
    )
    assert _reported_names(nlp, text) == ["Countryside Alliance", "Countryside Alliance"]


def test_the_statement_speaks_for_whoever_made_it(nlp):
    text = (
        "In a statement the Kennel Club said it had serious worries about the plan. "
        '"We think it would be cruel to dogs," it said. "Dogs would suffer," said the '
        "statement. John Hart, director of the Texas Parks Board, said the plan was legal."
    )
    assert speaker_of(nlp, text, "Dogs would suffer") == "Kennel Club"


def test_an_article_of_a_journal_speaks_for_the_journal(nlp):
    text = (
        "Shares in the drugmaker fell after a Lancet Medical Review article that claimed the "
        "pill caused headaches. The company said the claims were false."
    )
    assert _reported_names(nlp, text)[0] == "Lancet Medical Review"


def test_quotes_without_cue_in_an_article_with_one_voice_are_that_voice(nlp):
    text = (
        "Mark Dunley - who has resigned as home secretary - built his name as a plain "
        "speaker.\n\n"
        "I fell in love with someone and things went wrong, and then the papers picked up the "
        'story. "I tried for three years to make something work."\n\n'
        '"I don\'t think anyone can say I have said one thing in public and done another."\n\n'
        '"I accepted we have to have prevention under a new category," he said of the new '
        "measures.\n\n"
        '"Our work with the French government has been hugely successful," said Mr Dunley.'
    )
    names = {name for _, kind, name in quotes(nlp, text) if kind == "direct"}
    assert names == {"Mark Dunley"}


def test_quotes_without_cue_stay_unattributed_when_the_article_has_two_voices(nlp):
    text = (
        '"The buses will run every ten minutes from May."\n\n'
        "The council and the bus company disagree about the new timetable.\n\n"
        '"We were never asked about the changes to the route," said council leader Ann Hope.\n\n'
        '"Nobody has complained to us," said Tom Reyes, the company\'s manager.'
    )
    assert speaker_of(nlp, text, "every ten minutes") is None


def test_a_given_name_before_a_surname_the_recogniser_cut_is_that_person(nlp):
    text = (
        "Those charged included Rufus Hale, the son of singer Bryan Hale, and two friends.\n\n"
        'Rufus Hale, a former student, said: "I have no regrets."'
    )
    doc = nlp(text)
    # as the recogniser sometimes tags it: the second "Rufus Hale" as "Hale" alone
    start = text.rindex("Rufus Hale")
    span = doc.char_span(start + len("Rufus "), start + len("Rufus Hale"), label="PERSON")
    doc.ents = [e for e in doc.ents if e.end <= span.start - 1 or e.start > span.end] + [span]
    found = [q.speaker.name for q in analyze_doc(doc).quotes if "regrets" in q.text]
    assert found == ["Rufus Hale"]


def test_it_after_a_body_the_recogniser_missed_is_that_body(nlp):
    text = (
        "A Texas company plans to let web users hunt deer with a remote-controlled rifle. The "
        "idea came to its owner on a trip to Texas. In a statement the RSPCA said it had "
        '"grave concerns" about the plan. "We assume it would be extremely difficult to '
        'control a gun in this way," it said. Mike Berger, director of the Texas Parks and '
        "Wildlife Department, said the law did not cover net hunting."
    )
    assert speaker_of(nlp, text, "We assume") == "RSPCA"


def test_it_reads_is_the_email_s_sender_past_a_plural_subject_and_it_said_continues_it(nlp):
    text = (
        "A newly released email shows troops were ready to help, a watchdog said.\n\n"
        '"The officials hid this email for years," said Citizens Watch President Tom Fenton.'
        "\n\nThe email, released by Citizens Watch, was sent at 7:19 p.m. by then-Chief of "
        "Staff Jeremy Bast, more than three hours after the first attack. Two guards were "
        "killed at each site.\n\n"
        '"I just tried you on the phone but you were all in a meeting," it reads.\n\n'
        '"We have found the forces that could move. They are getting ready as we speak. They '
        'include a team of marines," it said.'
    )
    assert speaker_of(nlp, text, "tried you on the phone") == "Jeremy Bast"
    assert speaker_of(nlp, text, "team of marines") == "Jeremy Bast"


def test_continues_to_with_an_infinitive_is_no_speech_cue(nlp):
    text = (
        "The drugmaker is running adverts in a dozen newspapers. In the adverts, the company "
        'says the report continues to "needlessly spread fear among patients who take the '
        'pill".'
    )
    said = speakers(nlp, text)
    assert said == [("needlessly spread fear among patients who take the pill", "the company")]


def test_a_stage_name_with_its_real_name_in_apposition_speaks_under_the_stage_name(nlp):
    text = (
        'Universal said it had bought the label. Antonio Reid, chairman of the group, said: "I '
        'can think of no-one more relevant." He hoped Dee-J would "move the company into its '
        'next era", he added. Dee-J, real name Shawn Carver, said: "I have inherited two of the '
        'most important brands in hip-hop."'
    )
    assert speaker_of(nlp, text, "I have inherited") == "Dee-J"


def test_the_letter_is_the_one_titled_last_with_its_author(nlp):
    text = (
        "The retailer ran adverts with an open letter from company president Lee Scales saying "
        "it was time for the public to hear the truth. Meanwhile the drugmaker is launching "
        "adverts of its own. In the adverts, entitled An Open Letter from chief executive "
        'Simon Tarrel, the company says the report was wrong. "It was simply wrong to suggest '
        'that information on the pill was missing," the letter added.'
    )
    assert speaker_of(nlp, text, "simply wrong") == "Simon Tarrel"
