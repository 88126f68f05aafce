"""Entity extraction rules, each on a small hand-written text, and the seed article."""

import pytest

from service.nlp.entities import extract_mentions, resolve_entities
from service.nlp.identity import resolve_identities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def labels(nlp, text):
    return {(m.text, m.label) for m in extract_mentions(nlp(text))}


def test_titles_are_not_part_of_names(nlp):
    found = labels(nlp, "Vice President Kamala Harris met Rep. Mike Turner on Tuesday.")
    assert ("Kamala Harris", "PERSON") in found
    assert ("Mike Turner", "PERSON") in found


def test_committees_and_weapons_are_not_people(nlp):
    found = labels(
        nlp,
        "He is a member of the House Armed Services and Intelligence Committees. "
        "The US sent Javelin anti-tank missiles.",
    )
    assert not [t for t, label in found if label == "PERSON"]


def test_crimea_is_a_place(nlp):
    assert ("Crimea", "GPE") in labels(nlp, "New missions to the Crimea worried NATO.")


def test_mention_broken_by_stray_quote_is_repaired(nlp):
    text = "Meanwhile in the Donbas [region of Ukraine]”Combined Russian-separatist forces fire."
    for mention in extract_mentions(nlp(text)):
        assert not set(mention.text) & set("”“[]")
        assert text[mention.start : mention.end] == mention.text


def test_surname_joins_full_name_and_aliases(nlp):
    found = entities(nlp, "Kremlin spokesman Dmitry Peskov spoke. Later, Peskov said no.")
    peskov = found["person:dmitry-peskov"]
    assert [m.text for m in peskov.mentions] == ["Dmitry Peskov", "Peskov"]
    assert peskov.aliases == ("Peskov",)
    assert "person:peskov" not in found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The US and the U.S. and the United States agreed.", "place:united-states"),
        ("The EU and the European Union agreed.", "organization:european-union"),
    ],
)
def test_aliases_share_one_canonical_entity(nlp, text, key):
    found = entities(nlp, text)
    assert key in found
    assert len(found[key].mentions) >= 2


def attrs(entity):
    return {(a.kind, a.value) for a in entity.attributes}


def test_titles_and_roles(nlp):
    found = entities(
        nlp,
        "Rep. Mike Turner (R-Ohio) spoke. Kremlin spokesman Dmitry Peskov replied. "
        "Ukrainian Foreign Minister Dmytro Kuleba told ABC News. Rep. Don Bacon (R-Neb.) agreed.",
    )
    assert {("title", "Rep."), ("party", "R"), ("state", "Ohio")} <= attrs(
        found["person:mike-turner"]
    )
    assert {("role", "spokesman"), ("affiliation", "Kremlin")} <= attrs(
        found["person:dmitry-peskov"]
    )
    assert {("role", "Foreign Minister"), ("affiliation", "Ukraine")} <= attrs(
        found["person:dmytro-kuleba"]
    )
    assert ("state", "Nebraska") in attrs(found["person:don-bacon"])
    for entity in found.values():
        for a in entity.attributes:
            assert a.start < a.end


def test_salience_favours_frequent_early_speakers(nlp):
    text = (
        "Angela Merkel said the talks failed. Merkel said more talks would come. "
        "She met Olaf Scholz. Merkel said she was tired."
    )
    found = entities(nlp, text)
    assert found["person:angela-merkel"].salience == 1.0
    assert found["person:olaf-scholz"].salience < 0.5


def test_deterministic(nlp, seed_text):
    assert resolve_entities(nlp(seed_text)) == resolve_entities(nlp(seed_text))


def test_merge_across_documents(nlp):
    one = resolve_entities(nlp("Vladimir Putin spoke in Moscow."))
    two = resolve_entities(nlp("Putin was silent."))
    merged = resolve_identities([one, two])
    assert merged.keys[1]["person:putin"] == "person:vladimir-putin"
    assert merged.names["person:vladimir-putin"] == "Vladimir Putin"


SEED_PEOPLE = {
    "Mike Turner",
    "Kamala Harris",
    "Emmanuel Macron",
    "Antony Blinken",
    "Peter Stano",
    "Dmytro Kuleba",
    "Dmitry Peskov",
    "Putin",
    "Don Bacon",
    "Alexander Lukashenko",
    "Erin Banco",
    "Alexander Ward",
    "Biden",
}


def test_seed_every_person_found_and_nothing_else(nlp, seed_text):
    people = {e.name for e in resolve_entities(nlp(seed_text)) if e.type == "person"}
    assert people == SEED_PEOPLE


def test_abbreviated_names_are_kept(nlp):
    """A span with no all-letter token ("U.S.") was once dropped as naming nothing."""
    doc = nlp("Officials in the U.S. said the U.K. agreed.")
    places = [e.name for e in resolve_entities(doc) if e.type == "place"]
    assert "United States" in places
