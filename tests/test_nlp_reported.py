"""Reported speech and one record per speech event, on small texts and on the seed."""

import pytest

from service.nlp.entities import resolve_entities
from service.nlp.pipeline import analyze_doc
from service.nlp.reported import extract_speech
from tests.test_nlp_quotes import SEED


def speech(nlp, text):
    doc = nlp(text)
    found = extract_speech(doc, resolve_entities(doc))
    for q in found:
        assert text[q.start : q.end] == q.text
        for f in q.fragments:
            assert q.start <= f.start < f.end <= q.end
    return found


def who(q):
    return q.speaker.name if q.speaker else None


def test_complement_of_a_speech_verb(nlp):
    (q,) = speech(nlp, "Janet Yellen warned on Tuesday that interest rates would rise again.")
    assert (q.kind, q.text, who(q)) == (
        "indirect",
        "interest rates would rise again",
        "Janet Yellen",
    )
    assert (q.cue.verb, q.cue.lemma) == ("warned", "warn")


def test_listener_is_not_the_speaker(nlp):
    (q,) = speech(nlp, "Tony Blair told Labour members the Tories offered a dangerous agenda.")
    assert (q.text, who(q)) == ("the Tories offered a dangerous agenda", "Tony Blair")


def test_cue_after_the_statement(nlp):
    (q,) = speech(nlp, "Interest rates will rise next year, the finance minister said.")
    assert q.text == "Interest rates will rise next year"
    assert q.speaker.anonymous is False or q.speaker.name == "the finance minister"
    assert q.cue.start > q.end


def test_according_to(nlp):
    (q,) = speech(nlp, "According to the health ministry, 40 people died in the floods.")
    assert (q.kind, q.text) == ("indirect", "40 people died in the floods")
    assert who(q).endswith("health ministry")
    assert q.cue.lemma == "according to"
    (after,) = speech(nlp, "Forty people died in the floods, according to Dmitry Peskov.")
    assert (after.text, who(after)) == ("Forty people died in the floods", "Dmitry Peskov")


def test_view_is_that_frame(nlp):
    (q,) = speech(nlp, "Angela Merkel's view is that the talks will fail without China.")
    assert (q.text, who(q), q.cue.lemma) == (
        "the talks will fail without China",
        "Angela Merkel",
        "view",
    )


def test_belief_and_intention_are_not_speech(nlp):
    text = (
        "John Smith thinks that the plan will fail. Mary Jones believes the deal will hold. "
        "Peter Brown wants the talks to continue. Susan Green hopes that prices fall. "
        "David White expects rates to rise."
    )
    assert speech(nlp, text) == []


def test_quoted_fragment_belongs_to_the_reported_clause(nlp):
    text = "Tony Blair told Labour members the Tories offered a “hard right agenda” on tax."
    (q,) = speech(nlp, text)
    assert q.kind == "indirect"
    assert [text[f.start : f.end] for f in q.fragments] == ["hard right agenda"]
    assert who(q) == "Tony Blair"


def test_quote_split_by_its_cue_stays_direct(nlp):
    text = "“We will win this war,” Peter Stano said. “They know it very well.”"
    found = speech(nlp, text)
    assert [(q.kind, q.text, who(q)) for q in found] == [
        ("direct", "We will win this war,", "Peter Stano"),
        ("direct", "They know it very well.", "Peter Stano"),
    ]
    (that,) = speech(nlp, "Peter Stano said that “the union will act together and fast.”")
    assert (that.kind, who(that)) == ("partial", "Peter Stano")


def test_nested_speech_keeps_its_own_quote(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov, according to Reuters, dismissed the concerns, "
        "saying “the movements of our armed forces should not worry anyone.”"
    )
    found = speech(nlp, text)
    direct = [q for q in found if q.kind != "indirect"]
    assert [who(q) for q in direct] == ["Dmitry Peskov"]
    assert all(q.fragments == () for q in found)


def test_words_quoted_before_another_cue_stay_the_outer_reports(nlp):
    text = (
        "The newspaper said Labour Minister Ghazi al-Gosaibi had “caused uproar” when he said "
        "his ministry was struggling to hire women."
    )
    found = speech(nlp, text)
    assert [q.kind for q in found] == ["indirect", "indirect"]
    outer, inner = found
    assert [text[f.start : f.end] for f in outer.fragments] == ["caused uproar"]
    # the he of "when he said" is the subject of the clause it qualifies, not the paper
    assert who(inner) == "Ghazi al-Gosaibi"
    assert inner.text == "his ministry was struggling to hire women"


def test_pronoun_of_a_subordinate_clause_is_its_clause_subject(nlp):
    (_, inner) = speech(
        nlp, "The paper said Mr Smith had resigned after he told colleagues that the plan was dead."
    )
    assert (inner.text, who(inner)) == ("the plan was dead", "Smith")


def test_speech_only_asked_for_is_not_reported(nlp):
    found = speech(
        nlp, "Mr Prettejohn urged the government to force brokers to disclose their commissions."
    )
    assert [(q.cue.verb, q.text) for q in found] == [
        ("urged", "to force brokers to disclose their commissions")
    ]


def test_relative_who_said_is_its_antecedent(nlp):
    text = "Bernie Sanders, who said that the primaries were rigged, lost the vote."
    (q,) = speech(nlp, text)
    assert (q.text, who(q)) == ("the primaries were rigged", "Bernie Sanders")


def test_speech_verbs_inside_a_quotation_are_not_reports(nlp):
    text = "“Anyone who tells you they know what comes next is wrong,” the general admitted."
    assert [q.kind for q in speech(nlp, text)] == ["direct"]


@pytest.fixture(scope="module")
def seed_speech(nlp, seed_text):
    return seed_text, speech(nlp, seed_text)


def test_seed_reported_speech(seed_speech):
    _, found = seed_speech
    indirect = [q for q in found if q.kind == "indirect"]

    def starting(words):
        (q,) = [q for q in indirect if q.text.startswith(words)]
        return q

    official = starting("it was unlikely that Putin would stage a military intervention")
    assert (who(official), official.speaker.anonymous) == ("The official", True)
    assert official.cue.verb == "said"
    blinken = starting("Foreign Minister Antony Blinken is also in contact")
    # "the official" of the next sentence is the one "A senior Biden administration official"
    # who said the sentence before: one source, named by its first description.
    assert (who(blinken), blinken.cue.verb) == ("A senior Biden administration official", "said")
    assert blinken.speaker.description == "the official"
    assert blinken.cue.start > blinken.end
    (observers,) = [q for q in indirect if who(q) == "Russian observers"]
    assert observers.cue.lemma == "according to"
    assert "Putin sees the Belarusian conflict" in observers.text
    assert who(observers) == "Russian observers"
    assert observers.speaker.anonymous


def test_seed_direct_quotes_kept_or_fragments_of_their_report(seed_speech):
    """Each of the seed's 18 quotations is still a quote, or a fragment of the reported clause
    of the same speaker that carries it."""
    text, found = seed_speech
    for start, speaker, anonymous in SEED:
        holders = [q for q in found if q.kind != "indirect" and q.text.startswith(start)] + [
            q for q in found for f in q.fragments if text[f.start : f.end].startswith(start)
        ]
        assert [(who(q), q.speaker.anonymous) for q in holders] == [(speaker, anonymous)], start


def test_passive_report_has_the_agent_or_no_speaker(nlp):
    (told,) = speech(nlp, "Reporters were told that the meeting had been cancelled.")
    assert (told.text, told.speaker) == ("the meeting had been cancelled", None)
    (agent,) = speech(nlp, "Voters were told by Angela Merkel that taxes would not rise.")
    assert who(agent) == "Angela Merkel"


def test_reported_question_and_pronoun_subjects(nlp):
    text = "Ford Motor issued results on Monday. It added that sales would fall in Europe."
    (added,) = speech(nlp, text)
    assert (added.text, added.speaker.start) == ("sales would fall in Europe", text.index("It"))
    (asked,) = speech(nlp, "A reporter asked Joe Biden whether he would run again.")
    assert (asked.kind, asked.text) == ("indirect", "whether he would run again")
    (many,) = speech(nlp, "Most of those surveyed said the economy was getting worse.")
    assert many.text == "the economy was getting worse"


def test_writer_comment_and_next_paragraph_stay_out(nlp):
    text = (
        "Janet Yellen said inflation would ease by the summer, which surprised many traders.\n\n"
        "Markets rose."
    )
    (q,) = speech(nlp, text)
    assert q.text == "inflation would ease by the summer"


def test_dateline_and_document_sources(nlp):
    (q,) = speech(
        nlp, "OTTAWA — Prime Minister Justin Trudeau said on Tuesday that taxes would fall."
    )
    assert (q.text, who(q)) == ("taxes would fall", "Justin Trudeau")
    (d,) = speech(nlp, "A statement from the Department of Finance said the deficit would shrink.")
    assert (d.text, who(d)) == ("the deficit would shrink", "Department of Finance")


def test_inverted_speaker_between_commas(nlp):
    (q,) = speech(nlp, "The tone of the campaign, said Alan Milburn, would be more conversational.")
    assert who(q) == "Alan Milburn"
    assert "would be more conversational" in q.text


def test_participle_and_adjective_frames(nlp):
    (letter,) = speech(nlp, "She received a letter saying that her program had been cancelled.")
    assert (letter.text, who(letter)) == ("her program had been cancelled", "a letter")
    text = "Apple and Google are quick to point out that none of the apps are American-made."
    (quick,) = speech(nlp, text)
    assert quick.text == "none of the apps are American-made"
    assert quick.speaker.start == text.index("Apple")


def test_participle_after_a_coordinated_one_reports_for_the_clause_subject(nlp):
    found = speech(
        nlp,
        "Elizabeth Warren, who was not at the hearing, has softened her criticism of the bill, "
        "shifting her focus to defeating the tax plan and admitting that the “compromise” will "
        "almost certainly pass the House.",
    )
    reports = [q for q in found if q.kind == "indirect"]
    assert [(q.text.split(" will")[0], who(q)) for q in reports] == [
        ("the “compromise”", "Elizabeth Warren")
    ]


def test_clause_final_cue_after_a_name_and_its_role_in_apposition(nlp):
    # The parser hangs "Patrick Kennedy" on the clause before as an apposition.
    text = (
        "Two emails sent to Powell have been placed in secure storage, Patrick Kennedy, the "
        "undersecretary for management, wrote."
    )
    found = [
        (text[q.start : q.end], q.speaker.name if q.speaker else None)
        for q in analyze_doc(nlp(text)).quotes
        if q.kind == "indirect"
    ]
    assert found == [
        ("Two emails sent to Powell have been placed in secure storage", "Patrick Kennedy")
    ]


def test_noun_phrase_reported_by_a_content_object_verb(nlp):
    (q,) = speech(nlp, "Eric Holder announced his resignation on Thursday.")
    assert (q.kind, q.text, who(q), q.cue.lemma) == (
        "indirect",
        "his resignation",
        "Eric Holder",
        "announce",
    )
    (g,) = speech(
        nlp, "Donald Trump proposed barring all foreign Muslims from entering the country."
    )
    assert (g.text, who(g)) == (
        "barring all foreign Muslims from entering the country",
        "Donald Trump",
    )
    # The listener, the words themselves or a pronoun are not what was said.
    assert speech(nlp, "Tony Blair told Labour members.") == []
    assert speech(nlp, "Maria Lopez said goodbye to her staff.") == []
    assert speech(nlp, "Maria Lopez noted it.") == []
    # Figures a company publishes are not words said.
    assert speech(nlp, "Shell reported an annual profit of $17.5bn.") == []


def test_topic_of_a_warning_or_question(nlp):
    (q,) = speech(nlp, "The union warned of job losses if the plant closed.")
    assert (q.text, who(q), q.cue.lemma) == ("job losses", "The union", "warn")
    (g,) = speech(nlp, "She joked about moving to New Zealand.")
    assert (g.text, who(g)) == ("moving to New Zealand", "She")
    # The one asked is not who asked: nobody is named.
    (a,) = [
        q for q in speech(nlp, "Asked about the emails, Clinton smiled.") if q.cue.lemma == "ask"
    ]
    assert (a.text, a.speaker) == ("the emails", None)
    assert speech(nlp, "The mayor warned about it.") == []


def test_clause_the_parser_hangs_on_say_as_an_xcomp(nlp):
    (q,) = speech(nlp, "He said legalizing it could put thousands of people to work.")
    assert (q.text, who(q)) == ("legalizing it could put thousands of people to work", "He")
    assert speech(nlp, "She said to look for people with problems.") == []


def test_the_one_made_to_speak_is_the_speaker(nlp):
    (q,) = speech(nlp, "The scandal forced the minister to announce his resignation.")
    assert (q.text, who(q)) == ("his resignation", "the minister")


def test_according_to_on_a_speech_verb_that_reports_nothing(nlp):
    text = "Later he added new content to the email chains, according to the sources."
    (q,) = speech(nlp, text)
    assert (q.text, who(q), q.cue.lemma) == (
        "Later he added new content to the email chains",
        "the sources",
        "according to",
    )
    (s,) = speech(nlp, "He said the plan is dead, according to the report.")
    assert (s.text, s.cue.lemma) == ("the plan is dead", "say")


def test_gerund_reported_by_suggest_or_recall(nlp):
    (q,) = speech(nlp, "Mr. Trump suggested boycotting Apple if the company did not help.")
    assert (q.text, who(q), q.cue.lemma) == (
        "boycotting Apple if the company did not help",
        "Trump",
        "suggest",
    )
    # Not a noun object of "suggest": "suggested a walk" is not a content verb's object.
    assert speech(nlp, "Maria Lopez suggested a walk.") == []
