"""Entity rules found by the gold-free audit (``bench/entity_audit.py``) on unannotated BBC
articles, each on a short hand-written text."""

from types import SimpleNamespace

from service.nlp.entities import resolve_entities
from service.nlp.identity import _one_spelling, resolve_identities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def test_an_imperative_before_a_surname_is_no_given_name(nlp):
    text = (
        "Tony Blair needs his party's core voters. Mr Lane is blunt. \"I have a new slogan. "
        'Vote Blair, and you get the chancellor." Mr Blair said he would listen.'
    )
    found = entities(nlp, text)
    assert not [k for k in found if "vote" in k]
    blair = found["person:tony-blair"]
    assert [m.text for m in blair.mentions] == ["Tony Blair", "Blair", "Blair"]


def test_a_given_name_before_a_namesakes_surname_stays(nlp):
    text = "Tony Blair spoke first. Cherie Blair said she was proud of him."
    found = entities(nlp, text)
    assert "person:cherie-blair" in found
    assert "person:tony-blair" in found


def test_names_differing_in_spacing_or_punctuation_are_one_entity(nlp):
    one = resolve_entities(nlp("Time Warner said profits rose at the company. Xbox sales fell."))
    two = resolve_entities(nlp("Shares in TimeWarner fell on Monday. The X-Box console sold."))
    three = resolve_entities(nlp("Time Warner owns AOL, the firm said."))
    merged = resolve_identities([one, two, three])
    ids = {k: v for keys in merged.keys for k, v in keys.items()}
    warner = {v for k, v in ids.items() if "warner" in k}
    assert len(warner) == 1
    (warner_id,) = warner
    assert merged.names[warner_id] == "Time Warner"


def test_an_age_or_a_character_reference_glued_to_a_name_is_cut(nlp):
    text = (
        "Former singer Natalie Appleton,31, walked out of the show. Appleton said she was "
        'tired. Tony Blair spoke later. "Mr Blair&#191;s government is all talk," he said.'
    )
    found = entities(nlp, text)
    appleton = found["person:natalie-appleton"]
    assert [m.text for m in appleton.mentions] == ["Natalie Appleton", "Appleton"]
    assert [m.text for m in found["person:tony-blair"].mentions] == ["Tony Blair", "Blair"]
    assert not [k for k in found if any(c.isdigit() for c in k)]


def test_a_name_with_a_longer_abbreviation_in_brackets_is_a_body(nlp):
    text = (
        "Kelly Holmes has been voted European Athletics (EAA) woman athlete of 2004. "
        "The EAA said she won by a distance."
    )
    found = entities(nlp, text)
    body = found["organization:european-athletics"]
    assert [m.text for m in body.mentions] == ["European Athletics", "EAA", "EAA"]
    assert "person:kelly-holmes" in found


def test_a_word_opening_a_sentence_before_a_courtesy_title_is_no_name(nlp):
    text = (
        'The Mac mini is not ready yet, said Mr Fogg. "It has no connectors." '
        'Said Mr Fogg: "It is very much a computer."'
    )
    found = entities(nlp, text)
    assert [k for k in found if k.startswith("person:")] == ["person:fogg"]
    assert [m.text for m in found["person:fogg"].mentions] == ["Fogg", "Fogg"]


def test_a_body_named_with_of_before_a_speaker_is_no_person(nlp):
    text = (
        "Police chiefs have told MPs they need new powers.\n\n"
        "Association of Chief Police Officers president Chris Fox said the power did not work."
    )
    found = entities(nlp, text)
    assert [k for k in found if k.startswith("person:")] == ["person:chris-fox"]


def test_no_persons_name_runs_across_a_preposition(nlp):
    text = (
        "The lock picked up a winner's medal in an all-French final against Perpignan at "
        "Lansdowne Road."
    )
    names = {e.name for e in resolve_entities(nlp(text))}
    assert "Perpignan" in names
    assert "Lansdowne Road" in names
    assert not [n for n in names if " at " in n]


def test_one_spelling_keeps_initials_regions_and_ampersands_apart():
    def names(*written):
        return [SimpleNamespace(name=n) for n in written]

    merged = _one_spelling(
        [
            names("Gross", "Southwest", "MS", "Xbox", "TimeWarner", "Delta Airlines"),
            names("G Ross", "South West", "M&S", "X-Box", "Time Warner", "Delta Air Lines"),
            names("Xbox", "Time Warner", "Delta Airlines"),
        ]
    )
    assert merged == {
        "x-box": "xbox",
        "timewarner": "time-warner",
        "delta-air-lines": "delta-airlines",
    }
