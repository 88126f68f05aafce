"""Entity rules of round r11 (issue 17: the title audit ``tests/data/entity_title_audit.jsonl``
and the merge audit ``tests/data/entity_merge_audit.jsonl``), each on short texts or
hand-built per-document entities written for it."""

from service.nlp.identity import resolve_identities
from service.nlp.names import slug
from service.nlp.pipeline import analyze_doc
from service.nlp.records import Entity, Mention


def _evidence(nlp, text: str, name: str) -> dict[str, int]:
    for entity in analyze_doc(nlp(text)).entities:
        if entity.name == name:
            return dict(entity.evidence)
    raise AssertionError(f"{name} not found in {text!r}")


def test_a_football_team_sheets_surnames_are_listed(nlp):
    # A football team sheet gives substitutes in brackets with their minute: the surname after
    # such a bracket, and the substitute inside it, stand in a list of names as much as the
    # rugby sheet's "Horak, Staniforth, Penney".
    text = (
        "Hull: Myhill, Joseph, Delaney, Cort, France (Lewis 70), Green, Elliott, "
        "Keane (Wilbraham 83), Brown, Fry, Price (Allsopp 90), Ashbee."
    )
    assert _evidence(nlp, text, "Brown").get("listed") == 1
    text = "Ingham, Morley, Priet (Ryan 79), McIndoe, Tierney (Jackson 79), Beardsley."
    assert _evidence(nlp, text, "Ryan").get("listed") == 1


def test_a_name_and_a_number_in_brackets_elsewhere_is_not_listed(nlp):
    # A bracket holding a name and a year, then a surname in prose: no team sheet.
    text = "The song (Thriller 1982), Jackson said, was his favourite."
    assert not _evidence(nlp, text, "Jackson").get("listed")
