"""Numbers as facts: value, unit or currency, qualifier, direction, range, rate, what is
counted and what the number is about.

Built on spaCy's numeric entity spans (MONEY, CARDINAL, QUANTITY, PERCENT, DATE, TIME,
ORDINAL) and the dependency parse: the span gives the number, the parse gives what it counts.
A token-level pass adds the amounts the small model misses ("4.3bn rupees", "£19 to £29").

Modules, by concern: ``finding`` (the spans that are numbers, widened to their amount, and
the numbers the model missed), ``not_facts`` (numbers in names, codes, times, the pronoun
"one"), ``values`` (numbers in digits and words, with text2num; fractions), ``units`` (units
by pint's registry, currencies by CLDR's names through babel), ``rates``, ``qualifiers``
(approximate, bounds, direction, sign), ``ranges`` (linked ends, conversions, shared fields),
``counted`` (the thing counted), ``concept`` (what the number is about), ``ages``, ``amounts``
and ``dates`` (the facts of one span), ``fractions`` (a fraction of a unit, "a point" of a
change), ``levels`` (which way a level was reached), ``syntax`` and ``tree`` (parse helpers)
and ``extract``, which puts them together.

Conventions (the gold set in tests/data follows them, and NewsQuant's where they meet):
- ``value`` is signed ("-1.3%", "minus-5 yards"); ``unit`` is pint's name ("kilometer"), and
  a compound unit's denominator is the ``rate`` ("140 km/h": kilometer per hour).
- ``bound``: "more than"/"over"/"at least" are lower bounds; "less than"/"under"/"up to"/
  "at most" and also "nearly"/"almost"/"close to" (which approach from below) upper bounds.
- ``direction``: "up"/"down" when the number is a change ("rose 2%", "was down 19 cents"),
  never for the level reached ("rose to $2bn"), whose ``reached_by`` says which way it was
  reached ("fell 2% to 1,463.78", "fell to 49.55 Hz": down).
- ``concept``: what the number is about, its owner or subject ("Tesla jumped 8.5%" -> Tesla),
  where ``counted`` is the noun it counts.
- Vague amounts ("thousands of", "dozens of") take their order of magnitude, approximate,
  with ``vague_range`` up to ten times it ("dozens": 12 to 120).
- A duration with a number ("three months", "a four-year deal") is a ``quantity`` whose
  unit is the period; "a 65-year-old", "Maddon, 66,", "3 years of age", "aged 35", "he will
  be 35", "voters 45 or older" are ``age``; a date's day number ("the 11 September attacks")
  and a time ("2300 GMT") are not facts; "2012-13" is one year fact.
- "rose by 0.2% to 3.1%", "rose $1 to $58": a change (with its direction) and the level it
  reached, not a range; "from $5 on Monday to $7" is a change range.
- A level with no noun counts the noun of a parallel number ("climbed 0.1% to 1,333.18"
  after "a close of 1,463.87 points": points).
- A conversion in brackets ("$1.13bn (£600m)") counts what the amount before it counts.
- "one" counting a noun is a count ("one solution", "one in five children"); the pronoun is
  not ("no one"); "zero" is a count of 0 ("zero ambiguity"). Sports scores and numbers in
  names are not facts; in a headline, where every word is capitalised, a number before a
  capitalised word is no name ("Palin Unleashed 4 Words").
- Two shares or tallies set against each other, the larger first, are no range ("leads 64%
  to 27%", "212,205 to 210,424 votes"); a range climbs.
- Digits hyphened to the noun they count are a count of it ("a 15-member committee", "an
  8-point lead"); a fraction of a unit is that measure ("a quarter of a century", "half a
  mile"); "a point" taken by a verb of change is 1 point ("gained a point").
- A bare "$" or "dollars" is USD, but in an article datelined in a country with its own
  dollar ("TORONTO --", "SYDNEY (Reuters) -"), which wire style there writes unmarked.
- Linear in the text: ``doc.text`` is read once, and every look-around is bounded.
"""

from service.nlp.numeric_facts.extract import extract_numeric_facts
from service.nlp.numeric_facts.values import parse_number
from service.nlp.records import NumericFact, RangeLink

__all__ = ["NumericFact", "RangeLink", "extract_numeric_facts", "parse_number"]
