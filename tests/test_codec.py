"""Records to JSON and back, from their dataclass fields alone."""

from __future__ import annotations

from dataclasses import dataclass, make_dataclass

from service.corpus import codec
from service.corpus.records import FactRecord, QuoteRecord, RangeRef
from service.nlp.records import (
    Analysis,
    Attribute,
    Cue,
    Entity,
    Mention,
    NumericFact,
    Quote,
    RangeLink,
    Speaker,
)


def sample_analysis() -> Analysis:
    mention = Mention("Dmitry Peskov", "PERSON", 10, 23, 1)
    entity = Entity(
        "person:dmitry-peskov",
        "Dmitry Peskov",
        "person",
        ("Peskov",),
        (mention,),
        (Attribute("role", "spokesman", "spokesman", 0, 9),),
        0.25,
    )
    quote = Quote(
        "no threat",
        30,
        39,
        "full",
        Speaker("Dmitry Peskov", entity.key, 10, 23, False, None),
        Cue("said", "say", 41, 45),
    )
    fact = NumericFact(
        "money", "$ 2.5 billion", 50, 63, 2.5e9, None, "USD", "about", True, None,
        RangeLink("change", "to", 0), None, "aid", 2,
    )  # fmt: skip
    return Analysis((entity,), (quote,), (fact,))


def test_records_round_trip_exactly():
    analysis = sample_analysis()
    assert codec.loads(Analysis, codec.dumps(analysis)) == analysis
    quote = QuoteRecord("d-q1", "d", 0, analysis.quotes[0])
    assert codec.loads(QuoteRecord, codec.dumps(quote)) == quote
    fact = FactRecord("d-n1", "d", analysis.numeric_facts[0], RangeRef("change", "to", ("a", "b")))
    back = codec.loads(FactRecord, codec.dumps(fact))
    assert back == fact
    assert isinstance(back.range.ends, tuple)
    assert codec.dumps(1e9) == "1000000000.0"  # floats keep their type and digits


def test_a_new_field_flows_through_and_changes_the_signature():
    base = make_dataclass("Thing", [("name", str)], frozen=True)
    grown = make_dataclass("Thing", [("name", str), ("gender", "str | None", None)], frozen=True)
    assert codec.signature(base) != codec.signature(grown)
    value = grown("x", "female")
    assert codec.loads(grown, codec.dumps(value)) == value
    # Data written without the new field reads back with its default.
    assert codec.loads(grown, codec.dumps(base("x"))) == grown("x", None)


@dataclass(frozen=True)
class Outer:
    items: tuple[Mention, ...]
    extra: dict[str, int]
    maybe: Cue | None = None


def test_nested_containers_and_optionals():
    value = Outer((Mention("a", "ORG", 0, 1, 0),), {"n": 1})
    assert codec.loads(Outer, codec.dumps(value)) == value
    assert codec.signature(Outer) == codec.signature(Outer)
