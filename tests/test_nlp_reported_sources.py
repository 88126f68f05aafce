"""Who is the source of reported speech: documents, joint speakers, participles (issue 12,
round of dev5). Short texts written for each rule."""

from service.nlp.entities import resolve_entities
from service.nlp.reported import extract_speech


def speech(nlp, text):
    doc = nlp(text)
    return [q for q in extract_speech(doc, resolve_entities(doc)) if q.kind == "indirect"]


def who(q):
    return q.speaker.name if q.speaker else None


def test_according_to_a_document_is_its_issuer_not_the_clause_subject(nlp):
    found = speech(
        nlp,
        "According to an FBI summary of its investigation, Cheryl Mills sent the technician an"
        " email. The technician did not act at once, according to the summary.",
    )
    assert [who(q) for q in found] == ["FBI", "FBI"]


def test_according_to_the_results_of_a_poll(nlp):
    (q,) = speech(
        nlp,
        "Donald Trump and Hillary Clinton hold narrow leads in Ohio, according to the results"
        " of the latest Quinnipiac University poll released Wednesday.",
    )
    assert (q.text, who(q)) == (
        "Donald Trump and Hillary Clinton hold narrow leads in Ohio",
        "Quinnipiac University",
    )


def test_a_statement_speaks_for_whoever_released_it(nlp):
    (q,) = speech(
        nlp,
        "Communications Secretary Martin Andanar released a statement saying that the"
        " candidate had professed his love for the country.",
    )
    assert who(q) == "Martin Andanar"


def test_speakers_named_together_are_one_joint_speaker(nlp):
    found = speech(
        nlp,
        "Sens. Ted Cruz and Marco Rubio have both urged the mogul to release the tapes."
        " Cheryl Mills and Hillary Clinton told investigators they were unaware of it."
        " Cyber security experts and U.S. officials said Russia engineered the release.",
    )
    assert [who(q) for q in found] == [
        "Ted Cruz and Marco Rubio",
        "Cheryl Mills and Hillary Clinton",
        "Cyber security experts and U.S. officials",
    ]
    assert found[0].speaker.entity_key is None  # no single person said it
    assert found[1].speaker.gender == "female"


def test_a_company_name_with_and_is_one_speaker(nlp):
    (q,) = speech(nlp, "Procter and Gamble said sales rose in the third quarter.")
    assert who(q) == "Procter and Gamble"


def test_roles_of_one_person_are_not_joint_speakers(nlp):
    text = (
        '"The restatement has been a monumental task," said Nortel president and chief'
        " executive Bill Owens."
    )
    doc = nlp(text)
    (q,) = extract_speech(doc, resolve_entities(doc))
    assert (q.kind, who(q)) == ("direct", "Bill Owens")


def test_according_to_opening_a_paragraph_after_a_quotation(nlp):
    # the parser hangs the closing mark of the paragraph before on this sentence
    text = (
        'A spokesman said that "the firm did not treat the server differently. We maintain'
        ' all security precautions were in place, throughout our service to said client."\n\n'
        "According to an FBI summary of its investigation, Cheryl Mills, a top aide, sent the"
        " employee an email referencing the request weeks before he made the deletions."
    )
    q = speech(nlp, text)[-1]
    assert q.text.startswith("Cheryl Mills, a top aide, sent the employee an email")
    assert who(q) == "FBI"


def test_a_surname_after_a_name_with_a_generational_suffix(nlp):
    text = (
        "Rubio donor Luther Stan Pate IV, a Tuscaloosa real estate tycoon, was behind the"
        " effort. Pate claimed in an interview that he is not backing any candidate, and he"
        " also hosted Jeb Bush aboard his jet. “I have not had any conversations with any"
        " campaign,” he said."
    )
    doc = nlp(text)
    found = extract_speech(doc, resolve_entities(doc))
    assert [who(q) for q in found] == ["Luther Stan Pate IV"] * 2


def test_she_after_a_subject_whose_first_name_suggested_a_man(nlp):
    text = (
        "“We talk a lot,” said Marty Walz, chair of the advisory council. Union president"
        " Steven Tolman is on the other side. “This question is a wolf in sheep’s clothing,”"
        " Tolman said. Walz approaches it a bit more diplomatically. She said she would rather"
        " see money spent to elect Hillary Clinton."
    )
    assert who(speech(nlp, text)[-1]) == "Marty Walz"


def test_a_name_owning_its_tool_is_a_body_not_a_she(nlp):
    text = (
        "Facebook activated its Safety Check tool. Facebook created the tool to help in times"
        " of crisis, a spokeswoman, Anna Richardson White, said on Saturday, and it has"
        " activated it five times in the last year. But this was the first time it was"
        " activated for something like this, she said."
    )
    assert who(speech(nlp, text)[-1]) == "Anna Richardson White"


def test_a_report_the_parser_read_as_a_reduced_relative(nlp):
    # "outlets (that were) reported on Wednesday": the clause's second subject is what was said
    (q,) = speech(
        nlp,
        "Multiple outlets reported on Wednesday the Secret Service had “more than one"
        " conversation” with Trump or his staff about the statement.",
    )
    assert q.text.startswith("the Secret Service had")
    assert who(q) == "Multiple outlets"
    (q,) = speech(
        nlp, "Several networks reported on Monday the senator had held more than one meeting."
    )
    assert (q.text, who(q)) == ("the senator had held more than one meeting", "Several networks")


def test_the_agent_of_a_passive_request_hung_on_its_infinitive(nlp):
    (q,) = speech(
        nlp,
        "The technician deleted the archive, even though he had been asked to preserve it by"
        " the Senate Judiciary Committee.",
    )
    assert q.text == "to preserve it"
    assert who(q).startswith("Senate Judiciary Committee")


def test_an_unnamed_source_keeps_its_adjective_phrase(nlp):
    found = speech(
        nlp,
        "People close to the talks said a deal was near. Officials familiar with the matter"
        " said the firm would appeal.",
    )
    assert [who(q) for q in found] == [
        "People close to the talks",
        "Officials familiar with the matter",
    ]


def test_a_request_is_what_was_asked_for(nlp):
    (q,) = speech(
        nlp, "In a letter, Jason Chaffetz asks for an investigation of the deleted emails."
    )
    assert (q.text, who(q), q.cue.lemma) == (
        "an investigation of the deleted emails",
        "Jason Chaffetz",
        "ask",
    )


def test_a_cue_inside_a_sentence_the_parser_heads_by_a_noun(nlp):
    (q,) = speech(
        nlp,
        "The hashtag #RechercheParis, Mr. Abboud said, accompanied descriptions of loved ones"
        " sought and the news when someone was found alive.",
    )
    assert q.text.startswith("The hashtag #RechercheParis, Mr. Abboud said, accompanied")
    assert who(q) == "Abboud"


def test_an_owned_speech_noun_with_its_that_clause(nlp):
    found = speech(
        nlp,
        "Clinton’s wins in Maryland solidify her argument that she is popular in states across"
        " the country. The ministry's warning that rates would rise was ignored. The claim that"
        " he made was false.",
    )
    assert [(q.text, who(q), q.cue.lemma) for q in found] == [
        ("she is popular in states across the country", "Clinton", "argument"),
        ("rates would rise", "The ministry", "warning"),
    ]


def test_a_speech_noun_someone_made(nlp):
    found = speech(
        nlp,
        "Harry Reid was among friends in Philadelphia. And he made the suggestion that Trump"
        " should receive only false information in his briefings.",
    )
    assert [(q.text, who(q)) for q in found] == [
        ("Trump should receive only false information in his briefings", "Harry Reid")
    ]


def test_a_candidacy_under_another_word_is_the_same_role(nlp):
    text = (
        "Clinton accused Republican contender Donald Trump of showing support for Putin."
        " “Russia, if you’re listening, I hope you’re able to find the emails,” Trump told"
        " reporters. The Republican presidential nominee later said he was being “sarcastic”"
        " in his comments."
    )
    assert who(speech(nlp, text)[-1]) == "Donald Trump"


def test_unnamed_sources_keep_the_relative_clause_saying_who_they_are(nlp):
    found = speech(
        nlp,
        "Voters who backed him said the plan would fail. Voters who said they would vote were"
        " counted.",
    )
    assert [(q.text, who(q)) for q in found] == [
        ("the plan would fail", "Voters who backed him"),
        ("they would vote", "Voters"),
    ]
