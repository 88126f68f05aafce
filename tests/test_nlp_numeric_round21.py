"""Numeric facts, round 21 of issue 13: kinds of dev13 (drawn to NewsQuant's mix) and of the
tunable sets where CQE's unit or change agreed with the gold and ours did not, each on a
sentence written for it."""

import pytest

from tests.numeric_helpers import facts


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The song could become the 1,000th number one single.", "1,000th", 1000),
        ("He scored his 1,000th run for the county.", "1,000th", 1000),
        ("The record was the 500th number one.", "500th", 500),
    ],
)
def test_an_ordinal_with_grouped_thousands_is_an_ordinal(nlp, text, written, value):
    # the model tags "1,000th" a cardinal (or a date): its suffix makes it a rank, no count
    found = {f.text: f for f in facts(nlp, text)}
    assert (found[written].kind, found[written].value) == ("ordinal", value), found
