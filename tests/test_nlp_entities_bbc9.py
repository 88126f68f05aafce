"""Entity rules found on a ninth BBC batch (dev9) and the corpus-wide audit of the most frequent
names (issue 17, branch i17r), each on a short new text."""

from tests.test_identity import corpus_ids


def _names(ids) -> set[str]:
    return {name for doc in ids for name in doc}


def test_a_nationality_noun_before_a_name_is_no_part_of_it(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Veteran Spaniard Lucia Moreno won her first title in five years on Sunday.",
        "Spaniard Pablo Herrera said he was tired after the long final.",
        '"It means a lot to me," Moreno said after the final.',
    )
    names = _names(ids)
    assert "Lucia Moreno" in names
    assert "Pablo Herrera" in names
    assert not any("Spaniard" in name for name in names)
    assert merged.types[ids[0]["Lucia Moreno"]] == "person"
    assert ids[2]["Moreno"] == ids[0]["Lucia Moreno"]


def test_a_given_name_like_a_nationality_stays_the_given_name(nlp):
    ids, _ = corpus_ids(nlp, "Finn Russell kicked the winning penalty in the last minute.")
    assert "Finn Russell" in ids[0]


def test_a_party_named_with_a_qualifier_is_a_party_not_a_place(nlp):
    _, merged = corpus_ids(
        nlp,
        "The rise of New Labour changed British politics for a decade.",
        "Mr Lane is the architect of New Labour, critics say.",
        "He said New Labour had failed the country.",
    )
    types = {merged.names[k]: t for k, t in merged.types.items()}
    assert types["New Labour"] == "organization"
    # A place whose name opens with "New" stays the place.
    _, merged = corpus_ids(nlp, "He flew to New York on Monday and to New Delhi on Friday.")
    assert set(merged.types.values()) == {"place"}
