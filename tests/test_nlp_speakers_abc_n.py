"""Speaker rules from the errors of outlets batch n (12 ABC articles, measured unseen before
tuning) pooled with those left on the other tuned batches: a passive sentence after a quote is
no cue for it; a quote about a "him" is spoken by the one who acted on him; "his wife" is the
next speaker of his surname; a description is the name given that role a few sentences on;
who defends a thing gives the reasons the parser hung on its last noun; the editor "of a"
paper is someone new. Short texts written for each rule."""

from service.nlp.pipeline import analyze_doc
from tests.test_nlp_speakers import speaker_of


def reported_speaker(nlp, text, words):
    """The speaker's name of the first report whose content holds ``words``."""
    found = [
        q.speaker.name if q.speaker else None
        for q in analyze_doc(nlp(text)).quotes
        if q.kind == "indirect" and words in q.text
    ]
    assert found, f"no report holds {words!r}"
    return found[0]


def test_a_passive_sentence_after_a_quote_does_not_speak_it(nlp):
    # "were admitted" is a speech verb's form, but its subject is acted on: the quote goes on
    # in the voice of the quote before it.
    text = (
        '"We will keep the clinic open," Dr Anna Hale said. "Nobody will be turned away." '
        "The two injured men were admitted to the ward on Friday."
    )
    assert speaker_of(nlp, text, "turned away") == "Anna Hale"


def test_an_active_speech_clause_after_a_quote_still_speaks_it(nlp):
    text = (
        '"We will keep the clinic open," Dr Anna Hale said. "Nobody will be turned away." '
        "Nurse Tom Bell added."
    )
    assert speaker_of(nlp, text, "turned away") == "Tom Bell"


def test_the_one_who_acted_on_him_speaks_a_quote_about_him(nlp):
    # The quote's "He" continues the "him" acted on; the "he" who speaks is the one who acted.
    text = (
        "Striker Tom Lund sat out the final. Manager Ray Cole defended the decision to leave "
        'him on the bench. "He was not fit enough to start," he said.'
    )
    assert speaker_of(nlp, text, "fit enough") == "Ray Cole"
    text = (
        "Tennis star Pat Rafter skipped the media conference. Officials said he was tired, "
        "however Todd Woodbridge criticised the media for wanting to ask him about his future. "
        '"It has been asked every day, what do you want him to say?" he asked reporters.'
    )
    assert speaker_of(nlp, text, "what do you want") == "Todd Woodbridge"


def test_a_him_acted_on_by_a_body_leaves_the_speaker_to_the_earlier_subject(nlp):
    text = (
        "Striker Tom Lund was furious on Sunday. He said the club had dropped him without a "
        'word. "He never even called me," he said.'
    )
    assert speaker_of(nlp, text, "never even called") == "Tom Lund"


def test_his_relative_is_the_next_speaker_of_his_surname(nlp):
    # "His wife" belongs to Paul Grady: the next sentence's first-named Grady is her.
    text = (
        "The body of fisherman Paul Grady was found on Sunday. His wife said she had been "
        "warned about the storm. Mary Grady also told local radio that the boat was old."
    )
    assert reported_speaker(nlp, text, "warned about the storm") == "Mary Grady"


def test_his_relative_is_not_the_next_speaker_of_another_surname(nlp):
    text = (
        "The body of fisherman Paul Grady was found on Sunday. His wife said she had been "
        "warned about the storm. Mary Kerr also told local radio that the boat was old."
    )
    assert reported_speaker(nlp, text, "warned about the storm") != "Mary Kerr"


def test_a_description_is_the_name_given_that_role_a_few_sentences_later(nlp):
    text = (
        "The editor of a British tabloid has defended its campaign against drug dealers, "
        "saying parents have the right to know. The paper published the names of ten dealers "
        "on Sunday. The Sunday Post caused uproar last year when it published the addresses "
        "of dealers. The latest campaign comes after the death of a teenager in Leeds. Sunday "
        "Post editor Jane Marsh says it is the public's right to know."
    )
    assert reported_speaker(nlp, text, "parents have the right") == "Jane Marsh"


def test_a_description_two_people_are_later_given_stays_unnamed(nlp):
    text = (
        "The editor of a British tabloid has defended its campaign against drug dealers, "
        "saying parents have the right to know. The paper published the names of ten dealers "
        "on Sunday. Daily Star editor Tom Hill called the move reckless. The latest campaign "
        "comes after the death of a teenager in Leeds. Sunday Post editor Jane Marsh says it "
        "is the public's right to know."
    )
    assert reported_speaker(nlp, text, "parents have the right") not in ("Jane Marsh", "Tom Hill")


def test_who_defends_a_thing_gives_the_reasons_hung_on_its_last_noun(nlp):
    text = (
        "Coach Tom Reid has defended the decision to drop the striker saying the team needed "
        "fresh legs."
    )
    assert reported_speaker(nlp, text, "fresh legs") == "Tom Reid"


def test_a_participle_on_the_object_of_another_verb_stays_the_objects(nlp):
    text = "Police officer Tom Reid met a witness saying she had seen the crash."
    assert reported_speaker(nlp, text, "seen the crash") != "Tom Reid"


def test_the_holder_of_a_role_of_something_new_is_not_the_last_person_named(nlp):
    # "of a local paper" introduces a paper, and so its editor: not Tom Reid.
    text = "Tom Reid won the vote on Friday. The editor of a local paper said the result was fair."
    assert reported_speaker(nlp, text, "result was fair") != "Tom Reid"
    # "of the local paper" is a role the story's person may hold: unchanged.
    text = (
        "Tom Reid won the vote on Friday. The editor of the local paper said the result was fair."
    )
    assert reported_speaker(nlp, text, "result was fair") == "Tom Reid"
