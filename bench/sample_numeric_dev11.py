"""Draw the sentences of the eleventh numeric-facts development set (tests/data/numeric_dev11).

Run: ``.venv/bin/python bench/sample_numeric_dev11.py [--seed 2039] [--bbc 48] [--polnear 15]
[--abc 15]``. Round 19 of issue 13 targets UNITS (the held-out third's value+unit trails
CQE's), so dev11 is drawn for the unit a NewsQuant annotator writes, each sentence for one of
four kinds with a quota (``QUOTAS``): ``shared`` (``_SHARED``: one unit shared by two numbers
of a coordination or a range, "15 and 20 miles", "between 5 and 10 percent", "$3-4bn"),
``measure`` (dev10's ``_MEASURE`` and rates: "per", "a head", "an hour"), ``currency``
(``_CURRENCY``: money in any spelling, symbols, codes and words) and ``noun`` (``_NOUN``: a
count with the noun it counts right after the number). An article gives one sentence, of the
kind furthest from its quota that it holds (dev10's ``Draw``), drawn with the seed.

Texts no numeric set drew: BBC News articles of every category no numeric gold holds (dev10's
list and dev10's own BBC articles), round-robin over the five categories; PolNeAR articles no
numeric set took (dev2, dev5, dev9, dev10); ABC articles dev7, dev8 and dev10 did not take (only
seven of them hold a sentence of a kind left: 48 BBC make up the 70). No
sentence of any numeric gold or judged audit list is drawn again. Annotated by hand in
NewsQuant's format before our extractor or CQE ran on the sentences.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import sample_numeric_dev10 as dev10

_UNIT_WORD = (
    r"(?:per\s*cent|percent|%|miles?|metres?|meters?|km|kg|feet|inches|yards|degrees|tonnes?"
    r"|hours?|minutes?|days?|weeks?|months?|years?|points?|[mb]n?\b|million|billion|pounds?"
    r"|dollars?|euros?|people|jobs|seats)"
)
_SHARED = re.compile(
    rf"\b\d[\d,.]*\s*(?:and|or|to|-)\s*[$£€]?\d[\d,.]*\s*{_UNIT_WORD}"
    r"|\bbetween\s+[$£€]?\d[\d,.]*\s+and\s+[$£€]?\d",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"\d[\d,.]*\s*\S*\s+(?:per|a|an|each)\s+(?:head|hour|year|week|month|day|person|share"
    r"|barrel|litre|gallon|tonne|mile|kilo|capita)\b|\d\s*(?:mph|kph|km/h|/h)\b",
    re.IGNORECASE,
)
_CURRENCY = re.compile(
    r"[$£€¥]\s?\d|\d[\d,.]*\s*(?:[mb]n?|million|billion|trillion)?\s*"
    r"(?:dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|pence|p\b|cents?|kronor|roubles?)"
    r"|\b(?:US|USD|EUR|GBP|A)\$?\s?\d",
    re.IGNORECASE,
)
_NOUN = re.compile(r"\b\d[\d,]*\s+(?!per\b|percent\b|million\b|billion\b|years?\b)[a-z]{4,}s\b")
dev10.KINDS.clear()
dev10.KINDS.update(
    {
        "shared": _SHARED,
        "measure": re.compile(f"{dev10._MEASURE.pattern}|{_RATE.pattern}", re.IGNORECASE),
        "currency": _CURRENCY,
        "noun": _NOUN,
    }
)
QUOTAS = dev10.QUOTAS
QUOTAS.clear()
QUOTAS.update({"shared": 20, "measure": 20, "currency": 15, "noun": 15})


def main() -> int:
    return dev10.run_draw(11, dev10.parse_counts(__doc__, seed=2039, bbc=48, polnear=15, abc=15))


if __name__ == "__main__":
    raise SystemExit(main())
