"""Bodies and products the type vote took for people (issue 17 item 3, round r10c): cues of a
firm the mentions' contexts give, each on short new texts."""

from service.nlp.pipeline import analyze_doc


def _evidence(nlp, text: str, name: str) -> dict[str, int]:
    for entity in analyze_doc(nlp(text)).entities:
        if entity.name == name:
            return dict(entity.evidence)
    raise AssertionError(f"{name} not found in {text!r}")


def test_a_later_conjunct_of_a_list_is_introduced_as_the_first_is(nlp):
    text = (
        "The pills were developed by drug companies, including Merck and Pfizer, because "
        "they cause fewer problems."
    )
    assert _evidence(nlp, text, "Pfizer").get("as_organization") == 1
    # People listed so stay people.
    text = "The team picked several players, including Jonny Wilkinson and Mike Tindall."
    evidence = _evidence(nlp, text, "Mike Tindall")
    assert not evidence.get("as_organization")


def test_a_distributor_before_a_name_is_a_firm(nlp):
    text = "The film's distributor Toho expects 40 million people to see it."
    assert _evidence(nlp, text, "Toho").get("as_organization") == 1


def test_the_owner_of_a_drug_or_of_software_is_its_maker(nlp):
    text = (
        "It was banned from selling a version of Pfizer's popular hypertension drug "
        "Norvasc in the US."
    )
    assert _evidence(nlp, text, "Pfizer").get("as_organization") == 1
    # A person's other possessions say nothing ("Blair's speech", "Smith's house").
    text = "Tony Blair's long speech on drugs policy was praised by Gordon Brown."
    assert not _evidence(nlp, text, "Tony Blair").get("as_organization")


def test_a_thing_added_by_as_well_as_is_no_member_of_the_list(nlp):
    text = (
        "Players come from companies such as Creative, Sony and Philips as well as the "
        "ubiquitously fashionable Zapod from Apple."
    )
    assert not _evidence(nlp, text, "Zapod").get("as_organization")


def test_blue_chips_are_firms_not_chips(nlp):
    text = "Brokers said blue chips like Zorvan, Kelta Lamps and Atlas Dorin were expected to rise."
    evidence = _evidence(nlp, text, "Atlas Dorin")
    assert evidence.get("as_organization") == 1
    assert not evidence.get("as_product")
