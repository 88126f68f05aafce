"""Numbers as facts: value, unit or currency, qualifier, range, rate and what is counted."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class RangeLink:
    kind: str  # "change" (from/to) | "interval" (min/max)
    role: str  # "from" | "to" | "min" | "max"
    partner: int  # index, in the same returned list, of the other end


@dataclass(frozen=True, slots=True)
class NumericFact:
    kind: str  # money | count | percent | quantity | year | ordinal | frequency
    text: str
    start: int
    end: int
    value: float
    unit: str | None  # physical unit for quantity ("km", "tonnes"), "%" for percent
    currency: str | None  # ISO 4217, money only
    qualifier: str | None  # "about", "more than", "less than", "at least", "up to", ...
    approximate: bool
    bound: str | None  # "lower" | "upper" | None
    range: RangeLink | None
    rate: str | None  # per: "year", "day", ...
    counted: str | None  # "troops", "military aid"
    sentence_index: int


def extract_numeric_facts(doc: Doc) -> list[NumericFact]:
    """Every numeric fact in ``doc``."""
    raise NotImplementedError
