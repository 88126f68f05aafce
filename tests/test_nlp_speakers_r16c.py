"""Speaker rules of round r16c of issue 11, from the errors of outlets batch r (six articles
written in Canadian outlets' styles, measured unseen before any change). Short texts written
for each rule, each failing on main (PIPELINE_VERSION 120), with a guard beside it."""

from service.nlp.pipeline import analyze_doc
from tests.speaker_helpers import speaker_of


def _analysis(nlp, text):
    return analyze_doc(nlp(text))


# A name written as a modifier of a role noun after it ("The veteran Alberta MP", the
# recogniser taking the province for a person) is whose or where the role is, not its holder.


def test_a_name_modifying_the_role_is_not_its_holder(nlp):
    text = (
        "Conservative health critic Dan Kowalczyk called the delay a broken promise.\n\n"
        "The veteran Alberta MP, who was a pharmacist in Red Deer before entering politics, "
        "said his party would not oppose the extension.\n\n"
        '"Show us the numbers," he said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "his party") == "Dan Kowalczyk"
    assert speaker_of(analysis, text, "Show us") == "Dan Kowalczyk"


def test_a_role_written_before_the_name_still_gives_the_name(nlp):
    # guard: "chief executive Bill Owens": the name after the role is its holder.
    text = "Nortel's president and chief executive Bill Owens said the deal was done."
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the deal") == "Bill Owens"


# "the CEO" is the person the article introduced as "chief executive" (or "chief executive
# officer"): the office abbreviated is the office written out.


def test_the_ceo_is_the_chief_executive_named_before(nlp):
    text = (
        "Chief executive Catherine Doyle said the results reflected shoppers moving to "
        "discount stores.\n\n"
        'Asked about the probe, the CEO said the company would "co-operate fully" with it.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the company would") == "Catherine Doyle"


def test_the_ceo_is_nobody_named_when_no_executive_was(nlp):
    # guard: a chairman named before is not the CEO.
    text = (
        "Chairman Robert Hale said the board had met twice.\n\n"
        "The CEO said the company would cut 200 jobs."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "the company would") != "Robert Hale"


# "the woman" or "the man" right after someone introduced without a name ("Another patient,
# a retired teacher who asked not to be named, said") is that unnamed person, not the last
# woman named before.


def test_the_woman_is_the_patient_introduced_unnamed(nlp):
    text = (
        "His mother, Linda Mason, said the nurse had explained the wait.\n\n"
        '"Honestly, I expected worse," she said.\n\n'
        "Another patient, a retired teacher who asked not to be named, said she waited 19 "
        "hours in a hallway.\n\n"
        '"You lose track of time," the woman said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "You lose") != "Linda Mason"
    assert speaker_of(analysis, text, "Honestly") == "Linda Mason"


def test_the_woman_is_still_the_one_named_after_the_unnamed(nlp):
    # guard: someone named since the unnamed one was introduced keeps "the woman".
    text = (
        "A neighbour who asked not to be named said the fire started at night.\n\n"
        "Linda Mason, who lives next door, said she called 911.\n\n"
        '"I could see the flames from my kitchen," the woman said.'
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "I could see") == "Linda Mason"


# "..., which she said totalled $30 million": a subject of the speech verb's own besides the
# relative pronoun speaks; the pronoun belongs to what was said.


def test_which_she_said_is_said_by_her(nlp):
    text = (
        "Catherine Doyle spoke to analysts on Wednesday.\n\n"
        "Doyle, for her part, pointed to the company's donations to food banks, which she said "
        "totalled $30 million this year."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "totalled") == "Catherine Doyle"


def test_a_body_which_said_still_speaks(nlp):
    # guard: "the agency, which said ...": the relative pronoun is the speaker.
    text = (
        "The report was sent to Health Canada, which said it would review the findings "
        "within a month."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "it would review") == "Health Canada"


# "Another victim, a retired bus driver, said": one more of a kind the article has spoken
# of, described by the indefinite description set off beside it.


def test_another_one_is_described_by_the_apposition(nlp):
    text = (
        "Several victims read impact statements at a hearing last month.\n\n"
        "Another patient, a retired teacher who asked not to be named, said she waited 19 "
        "hours in a hallway."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "she waited") == "a retired teacher"


def test_another_one_without_an_apposition_keeps_its_words(nlp):
    # guard: no description beside it: "Another patient" stays.
    text = (
        "Several patients spoke to reporters.\n\n"
        "Another patient said she waited 19 hours in a hallway."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "she waited") == "Another patient"


def test_the_man_named_in_his_own_clause_is_not_the_unnamed_one(nlp):
    # guard: "The man who calls himself Abu Mohammad told": the clause names him.
    text = (
        "An Iraqi defector who has applied for residency in Australia claims he has "
        "information about weapons plants in Iraq. The man who calls himself Abu Mohammad told "
        "ABC Radio he worked for almost a decade as a chemical engineer."
    )
    analysis = _analysis(nlp, text)
    assert speaker_of(analysis, text, "he worked") == "Abu Mohammad"
