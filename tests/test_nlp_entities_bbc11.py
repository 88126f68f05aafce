"""Entity rules found on a tenth BBC batch drawn for merge risk (dev10) and the corpus-wide audit
of the most frequent names (issue 17, branch i17t), each on short new texts or records."""

from service.nlp.identity import resolve_identities
from service.nlp.records import Entity
from tests.test_identity import corpus_ids


def _entity(name: str, kind: str, **evidence: int) -> Entity:
    return Entity(f"{kind}:x", name, kind, (), (), (), 1.0, tuple(sorted(evidence.items())))


def _ids(per_doc: list[list[Entity]]) -> list[str]:
    """The corpus id of each document's one entity."""
    merged = resolve_identities(per_doc)
    return [next(iter(m.values())) for m in merged.keys]


def test_a_towns_club_and_the_town_are_told_apart_by_each_documents_context():
    ids = _ids(
        [
            [_entity("Kelby", "place", GPE=1, place=1)],  # "a doctor in Kelby"
            [_entity("Kelby", "organization", ORG=2, club=1, plural=1)],  # "Kelby boss X"
            [_entity("Kelby", "organization", ORG=1, club=2)],
            [_entity("Kelby", "place", GPE=1, as_place=1)],  # "the mayor of Kelby"
            [_entity("Kelby", "organization", ORG=1)],  # no cue: the corpus's reading
        ]
    )
    assert ids[0] == ids[3] == "place:kelby"
    assert ids[1] == ids[2] == "organization:kelby"
    assert ids[4] in ("place:kelby", "organization:kelby")


def test_a_town_with_no_club_and_a_countrys_side_stay_one_entity():
    # No document gives the town a team's staff: "Tamworth have" alone is no club.
    ids = _ids(
        [
            [_entity("Tamworth", "place", GPE=1, place=1)],
            [_entity("Tamworth", "place", GPE=1, plural=1)],
            [_entity("Tamworth", "place", GPE=2)],
        ]
    )
    assert len(set(ids)) == 1
    # A country's coach is its national side's, which is the country.
    ids = _ids(
        [
            [_entity("Wales", "place", GPE=1, club=1, plural=1)],
            [_entity("Wales", "place", GPE=1, place=1)],
        ]
    )
    assert ids == ["place:wales", "place:wales"]
    # "The Kelby area" of a match report (as_place, with the club's label and no town's) says
    # nothing of its own: the document takes the corpus's reading, as one without cues does.
    ids = _ids(
        [
            [_entity("Kelby", "organization", ORG=2, club=1)],
            [_entity("Kelby", "organization", ORG=3, as_place=1)],
            [_entity("Kelby", "place", GPE=1, place=1)],
            [_entity("Kelby", "organization", ORG=1)],
        ]
    )
    assert ids[0] == "organization:kelby"
    assert ids[2] == "place:kelby"
    assert ids[1] == ids[3]


def test_a_towns_club_in_match_reports_and_the_town_in_news_are_two_entities(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Stockton boss Mark Hale said his side had been unlucky. Stockton have lost five games "
        "in a row.",
        "Stockton manager Mark Hale was sacked on Monday.",
        "A nurse who lives in Stockton said the new hospital was badly needed.",
        "Police in Stockton arrested two men on Friday.",
    )
    club, town = ids[0]["Stockton"], ids[2]["Stockton"]
    assert ids[1]["Stockton"] == club
    assert ids[3]["Stockton"] == town
    assert merged.types[club] == "organization"
    assert merged.types[town] == "place"


def test_a_body_that_is_won_is_a_contest_whatever_its_labels():
    ids = _ids(
        [
            [_entity("Tri Valleys", "organization", ORG=3, article=2)],
            [_entity("Tri Valleys", "organization", ORG=2, article=1)],
            [_entity("Tri Valleys", "organization", ORG=1, prize=1)],  # "won the Tri Valleys"
            [_entity("Tri Valleys", "organization", ORG=2)],
        ]
    )
    assert set(ids) == {"event:tri-valleys"}
    # A body never won stays a body; one given a person's title is no contest.
    assert _ids([[_entity("Zantec", "organization", ORG=3, article=1)]]) == ["organization:zantec"]
    assert (
        _ids(
            [
                [_entity("Garvey", "organization", ORG=2, prize=1)],
                [_entity("Garvey", "organization", ORG=2, title=1)],
            ]
        )[0]
        != "event:garvey"
    )


def test_a_competition_the_model_calls_a_body_is_an_event_once_it_is_won(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Officials of the Home Nations met on Monday. The Home Nations said the rules would "
        "change next season.",
        "The Home Nations board has approved a new television deal with Sky.",
        "Wales won the Home Nations in 2005 and want to retain it.",
    )
    assert ids[0]["Home Nations"] == ids[2]["Home Nations"]
    assert merged.types[ids[0]["Home Nations"]] == "event"


def test_a_word_glued_before_a_persons_full_name_makes_no_other_entity():
    merged = resolve_identities(
        [
            [_entity("American Kyle Brent", "organization", ORG=1)],  # a headline's nationality
            [_entity("Kyle Brent", "person", PERSON=2, title=1)],
            [_entity("Kyle Brent", "person", PERSON=1)],
            [_entity("Mark Hale", "person", PERSON=1)],
            [_entity("Mark Kyle Brent", "organization", ORG=1)],
        ]
    )
    ids = [next(iter(m.values())) for m in merged.keys]
    assert ids[0] == ids[1] == ids[2] == "person:kyle-brent"
    # A given name of someone else in front is another name, not a glued word.
    assert ids[4] != "person:kyle-brent"


def test_a_name_with_a_pronoun_is_a_title_not_a_person(nlp):
    # The model takes the single for a "Miss" and her name.
    ids, merged = corpus_ids(nlp, "The band's single Miss My Heart reached number two.")
    assert merged.types[ids[0]["My Heart"]] == "work"
    # A person's name has no pronoun: they stay people.
    ids, merged = corpus_ids(nlp, "Singer Mary Fowler released a single on Monday.")
    assert merged.types[ids[0]["Mary Fowler"]] == "person"


def test_a_towns_club_in_fixtures_and_team_sheets_and_the_town_are_two_entities(nlp):
    # No document gives the club's staff: the fixture and the team sheet say the club alone.
    ids, merged = corpus_ids(
        nlp,
        "FA Cup draw: Hull City v Stockton, Crewe v Wigan Athletic.",
        "A nurse who lives in Stockton said the new hospital was badly needed.",
        "Police in Stockton arrested two men on Friday.",
        "Wales squad: Page (Cardiff), Ricketts (Stockton), Roberts (Tranmere).",
    )
    club, town = ids[0]["Stockton"], ids[1]["Stockton"]
    assert club != town
    assert ids[2]["Stockton"] == town
    assert ids[3]["Stockton"] == club
    assert merged.types[club] == "organization"
    assert merged.types[town] == "place"


def test_someone_from_a_town_its_club_shares_names_the_town(nlp):
    # The model takes the town for a person there; coming from it says the town, not the club.
    ids, merged = corpus_ids(
        nlp,
        "Stockton boss Mark Hale said his side had been unlucky. Stockton have lost five games "
        "in a row.",
        "Stockton manager Mark Hale was sacked on Monday.",
        "A 40-year-old nurse from Stockton said the new hospital was badly needed.",
        "Police in Stockton arrested two men on Friday.",
    )
    club, town = ids[0]["Stockton"], ids[3]["Stockton"]
    assert club != town
    assert ids[2]["Stockton"] == town
    assert merged.types[town] == "place"


def test_a_town_the_model_never_labels_a_town_is_one_by_someone_from_it():
    # The labels say a person everywhere; the club's staff and someone from it tell them apart.
    ids = _ids(
        [
            [_entity("Kelby", "organization", PERSON=1, club=1)],  # "Kelby boss X"
            [_entity("Kelby", "organization", PERSON=2, club=1, plural=1)],
            [_entity("Kelby", "person", PERSON=1, hometown=1)],  # "a doctor from Kelby"
        ]
    )
    assert ids[0] == ids[1] == "organization:kelby"
    assert ids[2] == "place:kelby"


def test_a_players_career_names_the_club_not_the_town(nlp):
    # The corpus reads "Stockton" as the town; joining, being signed from, a spell at or a loan
    # from it is the club's, with no other cue in the document.
    texts = (
        "Stockton boss Mark Hale said his side had been unlucky. Stockton have lost five games.",
        "Police in Stockton arrested two men on Friday.",
        "A nurse who lives in Stockton said the new hospital in Stockton was badly needed.",
        "The mayor of Stockton opened the new library on Monday.",
        "Rovers signed Dean Parry from Stockton last summer.",
        "Carter joined Stockton in January after leaving Rovers.",
        "Rovers striker Lee Carter scored twice after a poor stint at Stockton.",
        "Goalkeeper Tom Moss is on loan from Stockton until May.",
    )
    ids, merged = corpus_ids(nlp, *texts)
    club, town = ids[0]["Stockton"], ids[1]["Stockton"]
    assert merged.types[town] == "place"
    assert merged.types[club] == "organization"
    assert [ids[d]["Stockton"] for d in range(4, len(texts))] == [club] * 4


def test_a_move_to_a_town_or_joining_its_people_stays_the_towns(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Stockton boss Mark Hale said his side had been unlucky. Stockton have lost five games.",
        "Police in Stockton arrested two men on Friday.",
        "The mayor of Stockton opened the new library on Monday.",
        "Hundreds of civil servants will move to Stockton next year.",
        "Carter joined Stockton's protesters outside the town hall.",
    )
    town = ids[1]["Stockton"]
    assert merged.types[town] == "place"
    assert ids[3]["Stockton"] == ids[4]["Stockton"] == town


def test_a_town_whose_club_only_a_career_names_is_told_apart_from_it(nlp):
    # No document gives the club's staff or a fixture: being signed from it is enough.
    ids, merged = corpus_ids(
        nlp,
        "Police in Stockton arrested two men on Friday.",
        "The mayor of Stockton opened the new library on Monday.",
        "Rovers signed Dean Parry from Stockton last summer.",
    )
    town, club = ids[0]["Stockton"], ids[2]["Stockton"]
    assert merged.types[town] == "place"
    assert club != town
    assert merged.types[club] == "organization"
