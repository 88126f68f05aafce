"""Numbers as facts: value, unit or currency, qualifier, direction, range, rate, what is
counted and what the number is about.

Built on spaCy's numeric entity spans (MONEY, CARDINAL, QUANTITY, PERCENT, DATE, TIME,
ORDINAL) and the dependency parse: the span gives the number, the parse gives what it counts.
A token-level pass adds the amounts the small model misses ("4.3bn rupees", "£19 to £29").

Modules, by concern: ``finding`` (which spans are numbers and facts), ``values`` (numbers
in digits and words), ``units`` (units and currencies), ``rates``, ``qualifiers`` (approximate,
bounds, direction), ``ranges``, ``counted`` (the thing counted), ``syntax`` (shared parse
helpers) and ``extract``, which puts them together.

Conventions (the gold set in tests/data follows them):
- ``bound``: "more than"/"over"/"at least" are lower bounds; "less than"/"under"/"up to"/
  "at most" and also "nearly"/"almost"/"close to" (which approach from below) upper bounds.
- Vague amounts ("thousands of", "dozens of") take their order of magnitude, approximate.
- A duration with a number ("three months", "a four-year deal") is a ``quantity`` whose
  unit is the period word; a date's day number is not a fact; "2012-13" is one year fact.
- A conversion in brackets ("$1.13bn (£600m)") counts what the amount before it counts.
- "one" is never a count (it is mostly a pronoun or determiner: "one possibility", "no one");
  "zero" is a count of 0 ("zero ambiguity").
- Linear in the text: ``doc.text`` is read once, and every look-around is bounded.
"""

from service.nlp.numeric_facts.extract import extract_numeric_facts
from service.nlp.numeric_facts.values import parse_number
from service.nlp.records import NumericFact, RangeLink

__all__ = ["NumericFact", "RangeLink", "extract_numeric_facts", "parse_number"]
