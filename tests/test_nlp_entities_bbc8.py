"""Entity rules found on an eighth BBC batch, its relabelled clubs and the corpus-wide audit of
the most frequent names (issue 17, branch i17q), each on a short new text."""

from tests.test_identity import corpus_ids


def _types(merged) -> dict[str, str]:
    return {merged.names[k]: t for k, t in merged.types.items()}


def test_a_town_named_with_its_teams_staff_is_the_club(nlp):
    _, merged = corpus_ids(
        nlp,
        "On Monday Plymouth chairman Ian Hollis said the club would not sell.",
        "He said Plymouth manager Tom Sayer named an unchanged side.",
        "The win lifts Plymouth to ninth in the table.",
        "It was a bad day for Plymouth in the league.",
        "The visitors beat Plymouth 2-0.",
    )
    assert _types(merged)["Plymouth"] == "organization"


def test_a_town_mostly_named_as_a_place_stays_the_place(nlp):
    _, merged = corpus_ids(
        nlp,
        "On Monday Plymouth chairman Ian Hollis said the club would not sell.",
        "He said Plymouth manager Tom Sayer named an unchanged side.",
        "Crowds gathered in Plymouth for the Christmas market.",
        "House prices in Plymouth rose by 8% last year.",
        "A new ferry will sail from Plymouth in May.",
    )
    assert _types(merged)["Plymouth"] == "place"


def test_a_country_named_with_its_teams_staff_stays_the_country(nlp):
    _, merged = corpus_ids(
        nlp,
        "On Friday Wales coach Mike Rudd named his side for the match in Rome.",
        "He said Wales captain Gareth Lloyd will miss the game.",
        "Fans say Wales have won their last three games.",
    )
    assert _types(merged)["Wales"] == "place"
    # A country's formal name too.
    _, merged = corpus_ids(
        nlp,
        "On Friday Republic of Ireland manager Brian Kerr named his squad.",
        "He said Republic of Ireland captain Roy Dunne would play.",
        "Fans say Republic of Ireland have a fine side.",
        "Fans hope Republic of Ireland striker Robbie Kane will play.",
    )
    assert _types(merged)["Republic of Ireland"] == "place"


def test_a_nationality_named_with_a_teams_staff_stays_a_nationality(nlp):
    _, merged = corpus_ids(
        nlp,
        "Fans say Spanish striker Luis Ortega scored twice.",
        "Later Spanish goalkeeper Iker Sanz saved a penalty.",
        "He said Spanish defender Mario Gil was injured.",
        "The Spanish were delighted with the result.",
        "The Spanish have won the title three times.",
        "Spanish fans were delighted with the result.",
        "Spanish banks raised their rates.",
    )
    assert _types(merged)["Spanish"] == "group"


def test_a_version_of_a_product_or_a_work_is_of_its_type(nlp):
    _, merged = corpus_ids(
        nlp,
        "Two versions of Windows were found to have the flaw.",
        "Most home PCs run Windows, the company said.",
        "A flaw in Windows XP lets attackers take over a PC.",
        "The film Shrek was a hit in 2001.",
        "DreamWorks made Shrek 2 for $70m.",
    )
    types = _types(merged)
    assert types["Windows XP"] == types["Windows"] == "product"
    assert types["Shrek 2"] == types["Shrek"] == "work"
    # A body's name and a number is no version of it.
    _, merged = corpus_ids(nlp, "Fans of the BBC watch BBC One.", "He joined Channel 4 in 1990.")
    assert _types(merged).get("BBC One") != "product"
