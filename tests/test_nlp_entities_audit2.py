"""Entity rules found by the gold-free audit (``bench/entity_audit.py``) on unannotated news of
US outlets (PolNeAR) and the BBC, each on a short hand-written text."""

from service.nlp.entities import resolve_entities


def entities(nlp, text):
    return {e.key: e for e in resolve_entities(nlp(text))}


def test_a_nationality_and_a_group_are_no_persons_name(nlp):
    text = (
        "Many American Jews voted for the senator in March. American Catholics did not, "
        "said the head of the Conference of Major American Jewish Organizations."
    )
    found = entities(nlp, text)
    assert not [k for k in found if k.startswith("person:")]
