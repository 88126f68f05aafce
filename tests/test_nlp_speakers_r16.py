"""Speaker rules of round r16 of issue 11, from the errors of outlets batch q (six articles
written in Canadian and US outlets' styles, measured unseen before any change). Short texts
written for each rule, each failing on main (PIPELINE_VERSION 119), with a guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# A judge's title ("Justice", "Judge") and a police or council rank abbreviated before a name
# ("Const.", "Cpl.", "Det.", "Coun.") give the role the article later calls them by ("the
# judge", "the constable", "the councillor"), as "Sgt." and "Gov." did.


def test_the_judge_is_the_justice_named_before(nlp):
    text = (
        "Justice Anne Morrison reminded the jury that the lawyers' statements are not "
        'evidence.\n\n"You will decide this case on what you hear," the judge said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "You will decide") == "Anne Morrison"


def test_the_judge_is_nobody_when_no_judge_was_named(nlp):
    # guard: a constable named before is no judge.
    text = (
        "Police Sgt. Tom Reilly said the suspect fled.\n\n"
        '"You will decide this case on what you hear," the judge said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "You will decide") != "Tom Reilly"


# An unnamed source ("A spokesperson for the city said") is not the person the next sentence
# names as a speaker when an abbreviated office stands before that name ("Coun. Helen
# Marchetti said"): she has a role of her own, so she is someone else.


def test_a_spokesperson_is_not_the_councillor_named_next(nlp):
    text = (
        "The club needs $400,000 by March.\n\n"
        'A spokesperson for the City of Greater Sudbury said the municipality had "no plans at '
        'this time" to contribute to the repairs.\n\n'
        "Ward 2 Coun. Helen Marchetti said she would ask council to look at a one-time grant."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the municipality") != "Helen Marchetti"
    assert speaker_of(analysis, text, "she would ask") == "Helen Marchetti"


def test_an_agent_is_still_the_one_named_next_without_a_role(nlp):
    # guard: "his agent said. ... said Ken McReddie": the name without an office is the agent.
    text = (
        "Sir Nigel Hawthorne died on Friday, his agent said.\n\n"
        "He had been ill for some time, said Ken McReddie."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Sir Nigel Hawthorne died") == "Ken McReddie"


# An owner's phrase set off before a body's name ("The building's owner, Prairie Sun
# Properties, said") is that body: its statement is the body's, not the person named before.


def test_an_owner_in_apposition_with_a_body_is_the_body(nlp):
    text = (
        "Joyce Flett said she smelled smoke and ran outside.\n\n"
        "The building's owner, Prairie Sun Properties, said in a statement that its fire alarm "
        'system had passed an inspection in September.\n\n"We are devastated by this '
        'tragedy," the statement said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "its fire alarm") == "Prairie Sun Properties"
    assert speaker_of(analysis, text, "We are devastated") == "Prairie Sun Properties"


def test_a_friend_in_apposition_with_a_person_is_the_person(nlp):
    # guard: a person named in apposition stays the person.
    text = (
        "Joyce Flett said she smelled smoke.\n\n"
        "The building's caretaker, Tom Ellery, said the alarm had been tested in September."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the alarm had") == "Tom Ellery"


# A quote with no cue, followed by a sentence that points back at it and names its speaker
# ("That is how Linda Osei ... put it.", "That is the club's ice technician, Gord Mackenzie,
# standing ..."), is that person's, even when the parser left the closing mark a sentence of
# its own.


def test_that_is_how_a_named_person_put_it(nlp):
    text = (
        "Riders are angry about the strike.\n\n"
        '"That is not a schedule. That is a trap."\n\n'
        "That is how Linda Osei, who teaches labour relations at McMaster University, put it."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "That is not a schedule") == "Linda Osei"


def test_that_is_a_described_person_named_in_apposition(nlp):
    text = (
        "The ice at the club has been in for only three weeks.\n\n"
        "\"I've been making ice in this building since 1988. I never thought I'd be the one "
        'standing here."\n\n'
        "That is the club's longtime ice technician, Gord Mackenzie, standing at the end of "
        "sheet two. He is 66."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "I've been making") == "Gord Mackenzie"


def test_that_is_a_thing_names_no_speaker(nlp):
    # guard: a sentence pointing back at a thing, not a person, gives the quote no one.
    text = (
        "Mayor Jane Doe spoke on Monday.\n\n"
        "The sign on the door was plain.\n\n"
        '"Closed until further notice. We apologize for the trouble."\n\n'
        "That is the message on the club's front door this week."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Closed until") != "Jane Doe"


# The subject pronoun of a relative clause whose relative pronoun is another word ("Ryan
# Tremblay, who she told the court is no relation,") is not the person the clause is about
# (strong crossover): it is no evidence of that person's gender, so the "he" that follows is
# still his.


def test_a_she_inside_a_relative_clause_on_a_man_does_not_make_him_female(nlp):
    text = (
        "Later in the afternoon, the jury heard from the first officer on scene. Const. Julie "
        "Tremblay of Peel Regional Police described finding Grant lying on her side near a "
        'fence, still conscious.\n\n"She was trying to speak. I told her to stay with me, that '
        'help was coming," Tremblay said. "I held pressure on the wound on her neck until the '
        'paramedics took over."\n\nHer partner that night, Const. Ryan Tremblay, who she told '
        "the court is no relation, testified that he found a kitchen knife in a storm drain "
        "about 40 metres away.\n\n\"It was partially covered by leaves. I wouldn't have seen it "
        "if I hadn't had my flashlight on the grate,\" he said."
    )
    analysis = _analysis(nlp, text)
    ryan = next(e for e in analysis.entities if e.name == "Ryan Tremblay")
    assert ryan.gender == "male"
    assert speaker_of(analysis, text, "It was partially") == "Ryan Tremblay"


def test_a_she_subject_of_her_own_relative_clause_still_counts(nlp):
    # guard: "who" as the clause's own subject leaves the pronoun after it to the person.
    text = (
        "Sam Lee, who said she was tired, left early.\n\n"
        '"I needed the rest," Lee said. "It was a long week," she added.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "It was a long week") == "Sam Lee"


# A person's noun with a participle of naming ("a retired nurse named Lorraine Beckett") is
# that person, and gives her the noun and the one it is in apposition with ("The Crown's first
# witness, a retired nurse named ...": later "the witness").


def test_a_nurse_named_someone_is_that_person_and_the_witness_later(nlp):
    text = (
        "The trial opened Monday.\n\n"
        "The Crown's first witness, a retired nurse named Lorraine Beckett, testified that she "
        "was woken by screaming.\n\n"
        "Under cross-examination, defence lawyer Marcus Holt pressed her on what she could "
        "see.\n\nThe witness conceded she had not been wearing her glasses."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "she was woken") == "Lorraine Beckett"
    assert speaker_of(analysis, text, "she had not been") == "Lorraine Beckett"


def test_a_man_named_someone_is_that_man(nlp):
    text = "Police closed the street.\n\nA man named Tom Ellery said he heard the noise."
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he heard") == "Tom Ellery"


def test_a_film_called_something_names_no_speaker(nlp):
    # guard: a thing called by a name is no person's noun.
    text = 'Tom Ellery spoke first.\n\n"A film called Jaws scared me," said a neighbour.'
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "A film called") == "a neighbour"


# A person introduced with "a(n)" ("A woman who lives across the street said") is the one a
# later "the" phrase of the same noun names in apposition ("said the woman, Angela Sinclair"),
# when that is where the article first names her.


def test_a_woman_is_the_woman_named_later(nlp):
    text = (
        "Fire crews arrived at 2:40 a.m.\n\n"
        "A woman who lives across the street said she woke to the sound of breaking glass.\n\n"
        '"I looked out and the whole side of the building was orange.\n\n'
        '"He jumped onto the mattress. I don\'t know if he was OK," said the woman, Angela '
        "Sinclair."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "she woke") == "Angela Sinclair"


def test_a_woman_is_not_someone_named_before(nlp):
    # guard: the name given later belongs to someone the article already named.
    text = (
        "Fire crews arrived at 2:40 a.m., Angela Sinclair said.\n\n"
        "A woman who lives across the street said she woke to the sound of breaking glass.\n\n"
        '"He jumped onto the mattress," said the woman, Angela Sinclair.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "she woke") != "Angela Sinclair"


# "Her mother said" is the person of the same surname and a fitting gender named within the
# dozen sentences before (as the pronoun-resolving window), not only the last five: a feature
# names the family once, then quotes others for a while.


def test_her_mother_is_found_a_dozen_sentences_back(nlp):
    text = (
        "Denise Harlan is in her 11th season as head coach. Her daughter, Maya Harlan, is "
        "the point guard.\n\n"
        "Eric Voss is the assistant. He has been there six seasons. He likes the job. He "
        'lives in town.\n\n"We were flat," Voss said. "We got better."\n\n'
        "Ron Albers coaches the other team. He was not happy.\n\n"
        "Maya Harlan tore a knee ligament as a sophomore and missed the season. Her mother said "
        "that was the hardest year of her career."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "that was the hardest") == "Denise Harlan"


def test_her_mother_is_no_man_of_the_surname(nlp):
    # guard: a man of the family named nearer is no mother.
    text = (
        "Maya Harlan tore a knee ligament. Her father, Tom Harlan, drove her home.\n\n"
        "Her mother said that was the hardest year of her life."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "that was the hardest") != "Tom Harlan"


def test_those_are_topics_a_name_likes_names_no_speaker(nlp):
    # guard: "Those are topics Clinton wants to talk about": a thing pointed at, no person.
    text = (
        "The ad ran on Tuesday.\n\n"
        '"She will stand up to the gun lobby. And she will protect funding for clinics."\n\n'
        "Those are topics Hillary Clinton actually wants to talk about, aides said."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "She will stand up") != "Hillary Clinton"


def test_a_cue_introducing_the_next_quote_is_not_the_previous_ones(nlp):
    # guard: past a closing mark left a sentence of its own, a sentence that does not point
    # back ("Or maybe Jeb Bush, consultant Phil Musser says.") cues the quote after it.
    text = (
        "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running "
        'out of time. At this point, that alternative may be Marco Rubio."\n\n'
        'Or maybe Jeb Bush, digital consultant Phil Musser says. "He has the money."'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "Mainstream Republicans") == "Dianne Bystrom"


# A headline's capitalised common word before a speech verb ("Witness describes night of
# stabbing") is no person the model missed, when the document writes the word in lower case
# and never capitalises it inside a sentence: a later quote is not given to "Witness".


def test_a_headline_witness_is_no_person(nlp):
    text = (
        "Witness describes night of stabbing as murder trial opens\n\n"
        "The second witness, a cab driver, testified through an interpreter. Harjit Gill said "
        'he saw a man near the door.\n\n"He was just standing there," Gill said.\n\n'
        "Asked whether the man in court was the man he had seen, the driver hesitated.\n\n"
        '"I cannot say for sure. It was a long time ago."'
    )
    analysis = _analysis(nlp, text)
    assert not [e for e in analysis.entities if e.name == "Witness"]
    assert speaker_of(analysis, text, "I cannot say") == "Harjit Gill"


def test_a_surname_opening_a_sentence_is_still_a_speaker(nlp):
    # guard: a name the model missed, written only capitalised, stays a person.
    text = 'Mourinho said the team was tired.\n\n"We need a rest," he said.'
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "We need a rest") == "Mourinho"
