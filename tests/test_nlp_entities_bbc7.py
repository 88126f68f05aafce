"""Entity rules found on a seventh BBC batch and the corpus-wide audit of its most frequent
names (issue 17, branch i17p), each on a short new text."""

from service.nlp.entities import resolve_entities
from tests.test_identity import corpus_ids


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


def test_a_name_mostly_written_after_at_is_a_venue(nlp):
    _, merged = corpus_ids(
        nlp,
        "Scotland drew 18-18 with Italy at Hampden on Saturday.",
        "England will face France at Hampden next month.",
        "The final at Hampden was watched by 60,000 fans.",
        "Hampden was full an hour before kick-off.",
        "Leicester beat Bath 20-13 at Welford Road.",
        "The final at Welford Road was a sell-out.",
        "Wasps lost at Welford Road again.",
        "An analyst at Brightwell said prices would fall.",
        "Brightwell shares rose 3% on Monday, and Brightwell said profits doubled.",
        "Economists at Brightwell expect rates to rise.",
        "Brightwell is based in Leeds, and an analyst at Brightwell agreed.",
        "She studied economics at the Harlow School of Economics.",
        "A report by researchers at the Harlow School of Economics was published.",
        "The conference at the Harlow School of Economics ended on Friday.",
    )
    types = {merged.names[k]: t for k, t in merged.types.items()}
    assert types["Hampden"] == types["Welford Road"] == "facility"
    # Where people work or study is no venue.
    assert types["Brightwell"] == "organization"
    assert types["Harlow School of Economics"] == "organization"


def test_a_company_and_a_country_right_after_it_is_its_division(nlp):
    text = (
        "Maria Lind, chief executive of Brightwell UK, said sales rose. Brightwell Europe "
        "will open offices in Spain. The parent, Brightwell, is based in Ohio."
    )
    names = {e.name: e.type for e in resolve_entities(nlp(text))}
    assert names.get("Brightwell UK") == names.get("Brightwell Europe") == "organization"
    assert "United Kingdom" not in names
    # A company and a country of two sentences or a list stay apart.
    names = {e.name for e in resolve_entities(nlp("He sold it to Brightwell. Europe followed."))}
    assert "Brightwell Europe" not in names


def test_a_name_cut_in_two_at_of_the_is_one_name(nlp):
    text = "His role in Pirates of the Caribbean earned him a nomination."
    names = {e.name for e in resolve_entities(nlp(text))}
    assert "Pirates of the Caribbean" in names
    assert "Caribbean" not in names
    # A role before "of" names no entity: the country stays.
    names = {e.name for e in resolve_entities(nlp("The President of the United States spoke."))}
    assert "United States" in names
