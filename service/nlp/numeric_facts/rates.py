"""Rates: "a year", "per day", "annually" after an amount or its clause."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from service.nlp.numeric_facts.syntax import _number_root
from service.nlp.numeric_facts.tree import rights
from service.nlp.numeric_facts.units import PERIODS, glued_unit, unit_at, unit_name
from service.nlp.numeric_facts.values import SCALES, is_cardinal

RATES = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
    "pa": "year",
}


# What a sum is "after" when "a year after" is its rate, not a date: "£40,000 a year after tax"
# ("taxis": the model's lemma of "taxes").
_NET_OF = {"tax", "taxis", "cost", "expense", "deduction", "inflation", "fee", "charge"}

# Words before a period that make it a duration ("for a month"), not a rate ("a month").
_DURATION = ("for", "over", "within", "after", "in")
# Words between those and the period that qualify how long ("for more than a year").
_HOW_LONG = {"more", "less", "than", "almost", "nearly", "about", "around", "over", "under", "just"}

# What sport counts by as a period ("22,000 fans a game", "30 goals a season").
_FIXTURES = {"game", "match", "season"}

# Units a price is per, as market reports abbreviate them after a slash.
# A period's symbol after a slash, which pint reads otherwise ("s" alone, "h" Planck's).
_PER_SYMBOLS = {"s": "second", "h": "hour", "hr": "hour", "min": "minute", "yr": "year"}
_ABBREVIATIONS = {"bbl": "barrel", "oz": "ounce", "mt": "tonne", "t": "tonne", "sh": "share"}


def _period(doc: Doc, i: int) -> str | None:
    """ "a year" / "per day" / "each week" / "annually" starting at token ``i``."""
    if i >= len(doc):
        return None
    word = doc[i].lower_
    if word in RATES:
        if doc[i].dep_ == "amod" and doc[i].head.i > i:
            return None  # "1.2 billion monthly active users": a kind of user, not a rate
        return RATES[word]
    if (
        word == "per"
        and i + 2 < len(doc)
        and (doc[i + 1].lower_ in SCALES or doc[i + 1].text[:1].isdigit())
    ):
        i += 1  # "per million British thermal units", "$2 per 1,000 cubic metres": per the
        # unit, by the thousand
    if word in ("a", "an", "per", "each", "every") and i + 1 < len(doc):
        unit = doc[i + 1].lower_
        unit = unit[:-1] if unit.endswith("s") else unit
        after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        if after == "after" and i + 3 < len(doc) and doc[i + 3].lemma_.lower() in _NET_OF:
            after = ""  # "€30m a year after tax": a rate net of tax, not "a year after" a date
        if (unit in PERIODS or unit == "night") and after not in (
            "earlier",
            "ago",
            "later",
            "before",
            "after",
        ):  # "up to eight hours a night", as "a day"
            return "year" if unit == "annum" else unit
        if (
            unit in _FIXTURES
            and word in ("a", "an")
            and not (i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN", "NUM"))
        ):  # "28,500 a game", "three goals a match"; not "a game record"
            return unit
        measure = unit_at(doc, i + 1, i + 4)
        if (
            measure is not None
            and measure[1] is None
            and measure[0] not in PERIODS  # "a year earlier": a date, above
            and doc[i + 1].lower_ != "cent"
            # "a quarter of a percentage point", "half a mile": the amount's own unit
            and not (i > 0 and doc[i - 1].lower_ in ("of", "half"))
        ):
            return measure[0]  # "£25 per sq ft", "$3,000 an acre": per a unit of measure
        # "$58.24 per barrel", "$10 per gram", "20 per week": "per" names the unit priced.
        following = doc[i + 1]
        j = i + 1  # "per successful asylum seeker": past the modifiers to the noun
        while (
            j + 1 < min(len(doc), i + 5)
            and doc[j].dep_ in ("amod", "compound")
            and (doc[j].head.i > j)
        ):
            j += 1
        if (
            word == "per"
            and j > i + 1
            and doc[j].pos_ == "NOUN"
            and doc[j].is_alpha
            and doc[i + 1].lower_ != "cent"  # "a 50 per cent chance"
        ):
            whole = unit_name(doc[i + 1 : j + 1].text)  # "per square foot": one unit
            if whole:
                return whole[0]
            following = doc[j]
        if (
            word == "per"
            and (following.pos_ == "NOUN" or following.dep_ == "pobj")  # "per quintal" (ADJ)
            and following.is_alpha
            and following.lower_ != "cent"
        ):
            found = unit_name(following.text)
            return found[0] if found else following.lemma_.lower()
    return None


def _past_conversion(doc: Doc, span: Span) -> int:
    """The token after an amount and its conversion in brackets: "$5.15 (£3.90) an hour" and
    "(US$13 million) a year" are rates of both amounts."""
    end = span.end
    if end < len(doc) and doc[end].text == "(":
        close = next((t.i for t in doc[end + 1 : end + 8] if t.text == ")"), None)
        if close is not None and any(t.like_num or t.ent_type_ == "MONEY" for t in doc[end:close]):
            return close + 1
    if (
        end < len(doc)
        and doc[end].text == ")"
        and span.start > 0
        and doc[span.start - 1].text == "("
    ):
        return end + 1
    return end


def _rate(doc: Doc, span: Span) -> str | None:
    """Per-period rate of the amount: "a year", "per day", "annually" after it or its clause."""
    end = _past_conversion(doc, span)
    if (
        len(span) >= 4
        and span[-4].text == "-"
        and span[-3].lower_ in ("a", "an", "per")
        and span[-2].text == "-"
        and span[-1].pos_ == "NOUN"
    ):  # "a $5-an-hour raise": the model's entity took in the rate's words
        return _period(doc, span[-3].i) or span[-1].lemma_.lower()
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("a", "an", "per"):
        end += 1  # "a $70-a-share price"
        if end + 2 < len(doc) and doc[end + 1].text == "-" and doc[end + 2].pos_ == "NOUN":
            return _period(doc, end) or doc[end + 2].lemma_.lower()
    if end + 2 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].lower_ in ("each", "every"):
        # "$5.95 for each 20-minute session": the price of one
        noun = next(
            (
                t
                for t in doc[end + 2 : end + 6]
                # "for every one megabyte of data": the unit, which the parse hangs on the data
                if t.pos_ == "NOUN"
                and (t.head.i <= t.i or (unit_name(t.text) and doc[t.i - 1].like_num))
            ),
            None,
        )
        if noun is not None and noun.is_alpha:
            return _period(doc, end + 1) or noun.lemma_.lower()
    if (
        end + 2 < len(doc)
        and doc[end].text == "/"
        and doc[end + 1].text in ("$", "£", "€", "¥")
        and doc[end + 2].like_num
    ):
        end += 3  # "$ 387.00 / $ 387.50 an ounce": the bid's unit is the ask's
    if (
        span.label_ == "MONEY"
        and end + 1 < len(doc)
        and doc[end].text == "/"
        and doc[end + 1].is_alpha
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):  # "$78.50/bbl", "$2,050/oz", "$3.10/share": the price of one
        unit = unit_name(doc[end + 1].text) or unit_name(
            _ABBREVIATIONS.get(doc[end + 1].lower_, "")
        )
        return (
            unit[0]
            if unit
            else _ABBREVIATIONS.get(doc[end + 1].lower_, doc[end + 1].lemma_.lower())
        )
    if (
        span.label_ != "MONEY"
        and end + 1 < len(doc)
        and doc[end].text == "/"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and glued_unit(doc[end - 1])
    ):  # "7,000MB/s", "120g/km": a measure glued to its unit, then what it is per
        per = doc[end + 1].text.removesuffix(".")
        unit = _PER_SYMBOLS.get(per) or (unit_name(per) or (None,))[0]
        if unit:
            return unit
    inside = next((t.i for t in span if t.lower_ == "per"), None)  # "under $10 per gram"
    found = _period(doc, inside if inside is not None else end)
    if found:
        return found
    if (
        span.label_ == "MONEY"
        and end + 1 < len(doc)
        and doc[end].lower_ in ("a", "an")
        and doc[end + 1].tag_ == "NN"
        and doc[end + 1].lemma_.lower() not in PERIODS  # "a year earlier": a comparison
        and (end + 2 >= len(doc) or doc[end + 2].lower_ != "of")
    ):  # "$2.50 a share", "$20m a movie": the price of one
        return doc[end + 1].lemma_.lower()
    if (
        span.label_ == "MONEY"
        and end < len(doc)
        and doc[end].tag_ == "NN"
        and doc[end].lemma_.lower() not in PERIODS
        and (end + 1 == len(doc) or doc[end + 1].is_punct)
        and (unit := unit_name(doc[end].text))
    ):  # "crude stood at $ 22.23 barrel": a wire's price of one unit, with no "a"
        return unit[0]
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in ("or", "to", "-", "–")
        and (doc[end + 1].like_num or is_cardinal(doc[end + 1].lower_))
    ):
        end += 2  # "two or three gigs a month", "three to five times a year": past the other end
    root = _number_root(span)
    head = root.head.head if root.dep_ == "conj" and root.head.dep_ == "nummod" else root.head
    if end < len(doc) and (
        (doc[end].pos_ == "NOUN" and head.i == end) or doc[end].lower_ == "times"
    ):
        end += 1  # "three thousand tests per day", "six to 10 times a year": past the noun
        if found := _period(doc, end):
            return found
    # "793,000 barrels of oil per day": look past a short "of ..." complement.
    if end < len(doc) and doc[end].lower_ in ("of", "in", "for"):
        for i in range(end + 1, min(end + 6, len(doc))):
            if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
                break
            k = i - 1
            while k > end and doc[k].lower_ in _HOW_LONG:
                k -= 1
            if doc[k].lower_ in _DURATION:
                # "54GB of data for a month", "lost 25 kilos in a year", "above 9% for
                # more than a year": a duration, however qualified
                continue
            if doc[i].lower_ in ("a", "an", "per", "each", "every") and (found := _period(doc, i)):
                return found
    # "receives three million requests ... each year": a period modifier of the same verb.
    root = _number_root(span)
    verb = root.head if root.dep_ in ("dobj", "nsubj", "attr") else None
    if (
        root.dep_ in ("nummod", "compound")
        and root.head.dep_ in ("dobj", "nsubj", "attr")
        # not "a 2 percent levy ... would raise $40bn annually": an amount after the noun's
        # article describes the noun; the verb's period is its object's
        and not any(c.dep_ in ("det", "poss") and c.i < root.i for c in root.head.children)
    ):
        verb = root.head.head
    if verb is not None and verb.pos_ == "VERB":
        for child in rights(verb):
            if child.dep_ in ("npadvmod", "advmod") and child.i > span.end:
                start = child.left_edge.i
                if (found := _period(doc, start)) and child.lower_.rstrip("s") in (
                    *PERIODS,
                    *RATES,
                ):
                    return found
    return None
