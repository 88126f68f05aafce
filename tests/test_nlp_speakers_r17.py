"""Speaker rules of round r17 of issue 11, from the errors of outlets batch s (six articles
written in Canadian outlets' styles, measured unseen before any change). Short texts written
for each rule, each failing on main (PIPELINE_VERSION 121), with a guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# '"...," said Tanya Boutilier, who co-chairs the council': the parser may make the name the
# subject of the relative clause's verb, leaving the speech verb none; the name written right
# after a verb that follows the quote is who speaks.


def test_the_name_right_after_an_inverted_verb_speaks(nlp):
    text = (
        '"We\'ll look at every option," said Tanya Boutilier, who co-chairs the Pinewood '
        'school advisory council. "Fundraising, the courts, the minister\'s office."'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "We'll look") == "Tanya Boutilier"
    assert speaker_of(analysis, text, "Fundraising") == "Tanya Boutilier"


def test_a_name_further_after_the_inverted_verb_does_not_speak(nlp):
    # guard: "said a neighbour, who told police Mary Smith had left": the neighbour, not Smith.
    text = '"It was late," said a neighbour, who told police Mary Smith had left.'
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "It was late") != "Mary Smith"


# A capitalised ordinal before a given name and a surname is a position or a rank ("Third
# Brittany Kowalski", a curler's), not what makes the name an event's or a work's ("his ninth
# Budget"), nor part of the name.


def test_an_ordinal_position_before_a_name_leaves_a_person(nlp):
    text = (
        "Third Brittany Kowalski, the only holdover from last season's team, said their "
        "energy had changed the mood of the team.\n\n"
        "Second Jodie Ambrose said the ice was slow."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "their energy") == "Brittany Kowalski"
    assert speaker_of(analysis, text, "the ice") == "Jodie Ambrose"


def test_a_lower_case_ordinal_still_makes_a_work(nlp):
    # guard: "his second Harry Potter" is a film, no person.
    text = "Critics said his second Harry Potter was the best of the series."
    analysis = _analysis(nlp, text)
    assert not any(e.name == "Harry Potter" and e.type == "person" for e in analysis.entities), [
        (e.name, e.type) for e in analysis.entities
    ]


# "Her husband, a retired mill worker, said he had watched ...": the he of a sentence whose
# subject is a kin or gendered noun is that person, whoever he is; it gives no vote to the
# one named nearby (here the wife, who would become a man and own no husband).


def test_her_husband_is_the_man_named_with_her(nlp):
    text = (
        "Gary and Linda Szabo were among the last to leave. The couple loaded their two "
        "dogs into their truck when an officer knocked on their door.\n\n"
        '"We left with the clothes on our backs. I grabbed my heart pills," Linda Szabo '
        "said.\n\n"
        "Her husband, a retired mill worker, said he had watched the glow for two nights.\n\n"
        "Later, Gary Szabo asked the minister when they could go home."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he had watched") == "Gary Szabo"
    linda = next(e for e in analysis.entities if e.name == "Linda Szabo")
    assert linda.gender == "female"


def test_a_named_subject_still_gets_the_vote(nlp):
    # guard: "Pat Moreau said he had ...": a named subject's pronoun still tells its gender.
    text = (
        "Pat Moreau said he had watched the glow for two nights.\n\n"
        '"You tell yourself it will turn," he said.'
    )
    analysis = _analysis(nlp, text)
    pat = next(e for e in analysis.entities if e.name == "Pat Moreau")
    assert pat.gender == "male"
    assert speaker_of(analysis, text, "You tell") == "Pat Moreau"


# "Gary and Linda Szabo" (the recogniser taking no name in "Gary"), then "Her husband": the
# one whose given name is written before hers with the shared surname, named in full later.

_COUPLE = (
    "WATCH: Aerial footage shows Chase Creek wildfire approaching Dunmore Lake\n\n"
    "{first} and Linda Szabo were among the last to leave. The couple, who have lived in "
    "Dunmore Lake for 38 years, loaded their two dogs and a box of photo albums into their "
    "truck when an RCMP officer knocked on their door at about 11 p.m. Tuesday.\n\n"
    '"We left with the clothes on our backs," Linda Szabo said.\n\n'
    "Her husband, a retired mill worker, said he had watched the glow over the ridge.\n\n"
    "A crowd gathered around the minister, and {first} Szabo asked her when they could go home."
)


def test_her_husband_is_named_before_her_in_the_pair(nlp):
    text = _COUPLE.format(first="Gary")
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he had watched") == "Gary Szabo"


def test_her_husband_is_no_woman_named_before_her(nlp):
    # guard: "Mary and Linda Szabo": Mary is no husband.
    text = _COUPLE.format(first="Mary")
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he had watched") != "Mary Szabo"


# “She knows ...,” she said, after "Jodie Ambrose laughed when told what her sister had said":
# the quote's she is the sister the sentence before wrote by a kin noun, outside its subject;
# so the cue's she is the subject, not the sister.

_SISTERS = (
    "What has changed this season is the front end. Lavallee rebuilt her team in the spring "
    "around sisters Karen and Jodie Ambrose, who had played together in juniors.\n\n"
    "Karen Ambrose, the older of the two at 31, throws lead stones. Her sister plays second.\n\n"
    '"We fight like sisters off the ice," Karen said. "I know what she\'s going to throw."\n\n'
    "{sentence}\n\n"
    "\"That's generous. She knows what I'm going to throw because she yells at me,\" she said."
)


def test_the_quotes_she_is_the_sister_acted_on(nlp):
    text = _SISTERS.format(sentence="Jodie Ambrose laughed when told what her sister had said.")
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "That's generous") == "Jodie Ambrose"


def test_a_quote_of_no_she_keeps_the_subject(nlp):
    # guard: a quote that speaks of no one by "she" is the subject's, the sister aside.
    text = _SISTERS.format(
        sentence="Jodie Ambrose laughed when told what her sister had said."
    ).replace("She knows what I'm going to throw because she yells at me", "It is true")
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "That's generous") == "Jodie Ambrose"


# "A woman who gave her name only as Priya told the meeting ...": the name an unnamed person
# gave is who speaks (the recogniser may take a lone given name for a body).


def test_the_name_a_woman_gave_speaks(nlp):
    text = (
        "A woman who gave her name only as Priya told the meeting that students had been "
        '"sold a promise" when the first phase opened.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "students had been") == "Priya"


def test_a_name_given_to_someone_is_no_name(nlp):
    # guard: "who gave her name to police": no name given here, the woman speaks.
    text = "A woman who gave her name to Toronto police said the driver had been speeding."
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the driver") not in ("Toronto", "Toronto police")


def test_a_name_owning_the_role_after_the_verb_does_not_speak(nlp):
    # guard: '"Debate recap," tweeted Rubio spokesman Alex Conant': not Rubio (PolNeAR dev).
    text = (
        "A spokesman for Sen. Marco Rubio showed how easily he could outflank her.\n\n"
        '"That was the whole debate," tweeted Rubio spokesman Alex Conant. "This election is about '
        'the future."'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "That was the whole") != "Marco Rubio"
