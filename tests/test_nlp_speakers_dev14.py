"""Speaker rules from the errors of dev14 (15 BBC and 8 US articles, measured unseen before
tuning) pooled with those left on the other tuned splits and outlet batches. Short texts
written for each rule."""

from service.nlp.pipeline import analyze_doc
from tests.test_nlp_speakers import speaker_of, speakers


def reported(nlp, text):
    """(reported words, speaker's name) of each indirect quote."""
    return [
        (text[q.start : q.end], q.speaker.name if q.speaker else None)
        for q in analyze_doc(nlp(text)).quotes
        if q.kind == "indirect"
    ]


def test_an_office_owned_by_a_named_person_carries_the_full_name(nlp):
    # However the article shortens the owner ("Mr Kerr's", "Senator Ann Kerr's"), it is one
    # office, named as the person is.
    text = (
        "State Senator Ann Kerr has opened an inquiry into the water board. Ms Kerr's office "
        'said the board had ignored warnings. "The board must answer for this," Ms Kerr\'s '
        "office said."
    )
    assert speaker_of(nlp, text, "must answer") == "Ann Kerr's office"
    text = (
        "Senator Ann Kerr's office announced on Friday that she will meet the mayor. "
        '"We look forward to a frank talk," her spokesman said.'
    )
    found = [q for q in reported(nlp, text) if q[0].startswith("she will meet")]
    assert found == [("she will meet the mayor", "Ann Kerr's office")]


def test_a_modal_or_progressive_verb_after_a_finished_quote_is_no_cue(nlp):
    # What someone will do or is doing is news of its own: the quote before goes on the
    # speaker named with the quote before it.
    text = (
        'The ministers met in Oslo. "We agreed on the next steps," said Petra Lund. "The '
        'plan is the best we have." The two panels will report back to the council in May.'
    )
    assert speaker_of(nlp, text, "best we have") == "Petra Lund"
    text = (
        'The council defended its decision. "We never promised the land," said Tom Reid, '
        'its planning chief. "It was a temporary deal." Now Mr Hale is calling for an inquiry.'
    )
    assert speaker_of(nlp, text, "temporary deal") == "Tom Reid"


def test_a_speech_clause_after_a_finished_quote_still_names_its_speaker(nlp):
    text = 'The club is in trouble. "We have to win on Saturday." Coach Ben Hart has said.'
    assert speaker_of(nlp, text, "win on Saturday") == "Ben Hart"


def test_an_age_or_nationality_after_anothers_quote_goes_on_with_the_leads_person(nlp):
    # The doctor only spoke of the player: "the 28-year-old", and the "he" after it, are
    # the player the story is about.
    for description in ("The 28-year-old", "The Australian"):
        text = (
            "Mark Ross is almost certain to miss the Open after a groin injury. "
            '"He has to rest it," said team doctor Hamish Osborne. '
            f"{description} has suffered many injuries but still hopes he can play. "
            '"I will have to go by feel," he said.'
        )
        assert speaker_of(nlp, text, "go by feel") == "Mark Ross"


def test_an_age_after_the_writers_sentence_about_someone_stays_theirs(nlp):
    text = (
        "Mark Ross is almost certain to miss the Open. Coach Hamish Osborne has taken charge "
        'of the squad. The 54-year-old said: "We will manage without him."'
    )
    assert speaker_of(nlp, text, "manage without him") == "Hamish Osborne"


def test_a_sentence_pointing_back_at_a_quote_names_its_speaker(nlp):
    # However long the sentence: "That quote from X", "Those words from X".
    text = (
        '"A promise is a debt." That quote from former city treasurer Alan Brook appeared on '
        "the front page of the local paper in 1987, when the council was close to bankruptcy "
        "and the mayor had to ask the state for a loan."
    )
    assert speaker_of(nlp, text, "promise is a debt") == "Alan Brook"
    text = '"We will not give up." Those words from coach Ann Berg summed up the mood.'
    assert speaker_of(nlp, text, "not give up") == "Ann Berg"


def test_the_writers_generic_we_speaks_no_quote(nlp):
    # "we" here is people at large: the quotes after it go on with the expert before.
    text = (
        'Futurologist Ann Vale says phones will be "printed on our skin". If our clothing '
        'and "smart skins" do the talking, we have to think about what that means for '
        'privacy. "We are looking at devices that are in deep contact with your body. '
        '"So security has to be built in from the start."'
    )
    assert speaker_of(nlp, text, "deep contact") == "Ann Vale"
    assert all(name != "we" for _, name in speakers(nlp, text))


def test_the_subject_of_a_passive_of_blame_without_agent_is_no_speaker(nlp):
    # The one criticised or accused is spoken of; with "by", the agent speaks.
    text = 'The radio station Zeta has been criticised for sending "offensive" leaflets.'
    assert all(name != "Zeta" and "station" not in (name or "") for _, name in speakers(nlp, text))
    text = 'Mayor Tom Lake was accused of "betraying the town" over the bypass.'
    assert all(name != "Tom Lake" for _, name in speakers(nlp, text))
    text = 'The stadium has been branded "a white elephant" by local residents.'
    assert speaker_of(nlp, text, "white elephant") == "local residents"


def test_a_quote_after_a_body_issuing_a_statement_is_the_bodys(nlp):
    # The quote paragraph is the statement the sentence before says was issued.
    text = (
        "Club chairman Peter Hale announced on Sunday that he will step down. On Monday "
        "Arsenal released a statement on its website.\n\n"
        '"We thank the fans for their patience and will name a new coach within a week."'
    )
    assert speaker_of(nlp, text, "thank the fans") == "Arsenal"


def test_a_name_whose_verb_the_parser_took_for_a_participle_speaks(nlp):
    text = (
        "Ann Vale, who is running for mayor, tweeted on Friday to say she had never backed "
        "the plan."
    )
    found = reported(nlp, text)
    assert [name for words, name in found if words.startswith("she had never")] == ["Ann Vale"]
