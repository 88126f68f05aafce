"""Numeric facts, round 22 of issue 13: kinds of dev14 (a third of it Reuters) and of the
tunable sets where ours was wrong, each on a sentence written for it."""

import pytest

from tests.numeric_helpers import facts


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("The cheaper model comes with 256mb of memory.", "256mb", "megabyte"),
        ("a basic tablet with 32gb of storage for $199", "32gb", "gigabyte"),
        ("The console's 2tb drive holds about 400 games.", "2tb", "terabyte"),
    ],
)
def test_a_lowercase_storage_size_glued_to_its_number_is_a_measure(nlp, text, written, unit):
    # the tokenizer splits "256mb" in two; written against the number it is a size
    found = {f.text: f for f in facts(nlp, text)}
    assert (found[written].kind, found[written].unit) == ("quantity", unit), found


def test_a_spaced_lowercase_mb_is_no_megabyte(nlp):
    # spaced, "mb" is as often a storm's millibars
    found = facts(nlp, "Pressure in the eye of the storm dropped to 940 mb.")
    assert all(f.unit != "megabyte" for f in found), found


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("They anchored the 4x100m relay team to silver.", "100m", 100),
        ("She swam the second leg of the 4 x 200m freestyle.", "200m", 200),
        ("The men's 4x400 metres final is on Sunday.", "400 metres", 400),
    ],
)
def test_a_relay_is_its_legs_distance(nlp, text, written, value):
    # "4x100m": four legs of 100 metres each; the number of legs is no fact of its own
    found = facts(nlp, text)
    assert [(f.text, f.kind, f.value, f.unit) for f in found if f.kind != "ordinal"] == [
        (written, "quantity", value, "meter")
    ], found
