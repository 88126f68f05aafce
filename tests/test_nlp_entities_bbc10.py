"""Entity rules found on the BBC corpus audit of the most frequent names and a tenth BBC batch
(issue 17, branch i17s), each on a short new text."""

from tests.test_identity import corpus_ids


def _types(merged) -> dict[str, str]:
    return {merged.names[k]: t for k, t in merged.types.items()}


def test_a_show_named_in_full_is_the_event_whatever_its_acronym_is_taken_for(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Thousands of exhibitors gathered in Las Vegas for the annual Home Gadget Show this "
        "week. HGS is the biggest trade fair of its kind.",
        "Samsung unveiled a new television at HGS on Tuesday. HGS organisers said 100,000 "
        "people came.",
        "The HGS has become a key date for the industry, and HGS bosses expect more firms.",
        "Sony said the HGS was a success.",
    )
    show = ids[0]["Home Gadget Show"]
    assert ids[1]["HGS"] == show
    assert merged.types[show] == "event"
    # The firms around it stay firms.
    assert merged.types[ids[1]["Samsung"]] == "organization"


def test_a_title_the_model_leaves_unlabelled_is_a_work_by_the_words_around_it(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Hollywood comedy The Velvet Orchard took $5m at the box office this weekend.",
        "The Velvet Orchard, starring Anna Price, opened in 300 cinemas on Friday.",
        "The winners were announced on Sunday. Best film: The Velvet Orchard.",
    )
    for doc in ids:
        assert merged.types[doc["Velvet Orchard"]] == "work"
    assert ids[0]["Velvet Orchard"] == ids[1]["Velvet Orchard"] == ids[2]["Velvet Orchard"]
    # A person "starring in" a film is no title; a name in a relative clause no work.
    ids, merged = corpus_ids(
        nlp,
        "Anna Price, starring in her first comedy, said she was nervous.",
        "He played the songs Price recorded in 1999.",
    )
    assert merged.types[ids[0]["Anna Price"]] == "person"
    assert all(t != "work" for t in merged.types.values())
    # A title going on past an owner's "'s" is not cut there.
    ids, _ = corpus_ids(nlp, "The surge was led by the animated movie Howl's Moving Castle.")
    assert "Howl" not in ids[0]


def test_a_firms_unit_named_like_a_town_is_the_firm(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Russia auctioned off the Kurgansk unit last year. Kurgansk was sold for $9bn.",
        "The oil group lost its key Kurgansk division in December.",
        "The unit, Kurgansk, was sold to pay a tax bill.",
    )
    unit = ids[0]["Kurgansk"]
    assert merged.types[unit] == "organization"
    assert ids[1]["Kurgansk"] == ids[2]["Kurgansk"] == unit
    # A country before a unit's noun is where the unit works.
    ids, merged = corpus_ids(nlp, "The bank sold its US unit and its UK division in May.")
    assert set(merged.types.values()) == {"place"}


def test_what_is_won_or_nominated_for_is_an_event(nlp):
    ids, merged = corpus_ids(
        nlp,
        "Italy won the Four Nations for the first time on Saturday.",
        "She won the Golden Harp last year for her role in the drama.",
    )
    assert merged.types[ids[0]["Four Nations"]] == "event"
    assert merged.types[ids[1]["Golden Harp"]] == "event"
    # A place is won in an election, a firm is no prize.
    ids, merged = corpus_ids(nlp, "Bush won Ohio easily, and Acme Corp won the contract.")
    assert merged.types[ids[0]["Ohio"]] == "place"
    assert merged.types[ids[0]["Acme Corp"]] == "organization"


def test_a_work_title_is_not_cut_short_before_the_words_that_go_on_with_it(nlp):
    ids, merged = corpus_ids(
        nlp,
        "The star of the hit TV series Lost said she was delighted.",
        "Fans flocked to the new thriller Hide and Seek on Friday.",
        "Fans queued for the film Return of the King all night.",
    )
    names = {name for doc in ids for name in doc}
    assert not names & {"TV", "Hide", "Return"}, names
    # A title with a name after "and" that the model holds as a person stays a title.
    ids, merged = corpus_ids(nlp, "The comedy Sideways and Jamie Foxx were the night's winners.")
    assert merged.types[ids[0]["Sideways"]] == "work"
