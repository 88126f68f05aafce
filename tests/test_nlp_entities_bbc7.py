"""Entity rules found on a seventh BBC batch and the corpus-wide audit of its most frequent
names (issue 17, branch i17p), each on a short new text."""

from service.nlp.entities import resolve_entities
from service.nlp.identity import resolve_identities


def corpus_ids(nlp, *texts):
    """For each text, its entities' names mapped to their corpus ids."""
    per_doc = [resolve_entities(nlp(t)) for t in texts]
    merged = resolve_identities(per_doc)
    return [
        {e.name: m[e.key] for e in entities}
        for entities, m in zip(per_doc, merged.keys, strict=True)
    ], merged


def test_a_pet_form_of_a_given_name_is_the_same_person_across_documents(nlp):
    ids, merged = corpus_ids(
        nlp,
        "The trial of former Globex boss Bernie Stanwick entered its third week.",
        "Bernie Stanwick told the court he had never read the accounts.",
        "His deputy said Bernard Stanwick had ordered the changes.",
        "Councillor Freddie Marlowe opened the library on Tuesday.",
        "Frederick Marlowe, the council leader, said the library cost £2m.",
    )
    assert ids[2]["Bernard Stanwick"] == ids[0]["Bernie Stanwick"]
    assert merged.names[ids[0]["Bernie Stanwick"]] == "Bernie Stanwick"
    assert ids[3]["Freddie Marlowe"] == ids[4]["Frederick Marlowe"]


def test_a_pet_form_needs_the_given_names_first_four_letters():
    from service.nlp.names import pet_form_of  # noqa: PLC0415

    assert pet_form_of("Bernie", "Bernard")
    assert pet_form_of("Freddie", "Frederick")
    assert not pet_form_of("Jamie", "James")  # three letters: too weak a clue
    assert not pet_form_of("Bernard", "Bernie")
    assert not pet_form_of("Robin", "Robinson")


def test_a_body_after_its_countrys_name_is_the_body_of_that_country(nlp):
    ids, _ = corpus_ids(
        nlp,
        "The Federal Reserve raised US interest rates by a quarter point on Tuesday.",
        "Shares rose in the US after the Federal Reserve left rates on hold.",
        "Minutes of the Federal Reserve's last meeting worried US investors.",
        "The US Federal Reserve is expected to act again in June, analysts said.",
        "The Treasury said UK growth would slow next year.",
        "Official figures from the Treasury showed UK borrowing rose in March.",
        "The Treasury denied that UK taxes would rise.",
        "The UK Treasury has published its spending plans.",
        "The US Treasury has sold $20bn of bonds.",
    )
    assert ids[3]["US Federal Reserve"] == ids[0]["Federal Reserve"]
    assert ids[7]["UK Treasury"] == ids[4]["Treasury"]
    # The Treasury of this corpus is the UK's: another country's is another body.
    assert ids[8]["US Treasury"] != ids[4]["Treasury"]
