"""Ages: bare numbers that are a person's or a thing's age, and durations said "of age".

"a 65-year-old" and "five years old" are found with their period (``amounts``, ``dates``);
this pass turns other facts into ages: "Maddon, 66,", "3 years of age", "an 87 yo man",
"aged 35", "the age of 60", "he will be 35", "life expectancy is around 73".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from service.nlp.entities import doc_text
from service.nlp.numeric_facts.qualifiers import QUALIFIERS
from service.nlp.numeric_facts.tree import children
from service.nlp.numeric_facts.units import PERIODS
from service.nlp.records import NumericFact

_OF_AGE = re.compile(r"\s+of\s+age\b", re.IGNORECASE)
_YEARS_OLD = re.compile(r"\s*(?:yo|y/o|y\.o\.|yrs? old)(?!\w)", re.IGNORECASE)
# Words before a number that make it an age: "aged 35", "age 87", "the age of 60".
AGED = re.compile(
    r"\b(?:aged|age|ages)\s+(?:of\s+)?(?:between\s+)?(?:\d{1,3}\s*(?:and|to|-|–)\s*)?$",
    re.IGNORECASE,
)
# "voters 45 or older", "those aged 65 and over": an age bounding a group.
OLDER = re.compile(r"\s+(?:or|and)\s+(?:older|over|above|younger|under)\b", re.IGNORECASE)
# A bound written before "age": "children under age 14", "those over the age of 65".
_BOUND_BEFORE_AGE = re.compile(
    r"\b(under|over|at least|less than|more than|up to)\s+(?:the\s+)?ages?\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_PEOPLE = {"he", "she", "i", "you", "we", "they", "who"}  # "the lock, who is 36 in May"
# Subjects whose number is an age: "the life expectancy ... is around 73".
_AGE_NOUNS = {"age", "expectancy", "lifespan"}
# People named by a noun, whose number between commas is an age: "the suspect, 34,".
_PERSON_NOUNS = {
    "suspect", "victim", "man", "woman", "boy", "girl", "driver", "mother", "father", "son",
    "daughter", "wife", "husband", "teenager", "teen", "officer", "resident", "student",
    "teacher", "owner", "founder", "player", "singer", "actor", "actress", "pilot", "nurse",
    "doctor", "worker", "gunman", "defendant", "passenger", "mom", "dad", "grandmother",
    "grandfather", "brother", "sister", "friend", "neighbor", "neighbour", "veteran", "rapper",
    "aunt", "uncle", "cousin", "niece", "nephew", "grandson", "granddaughter",
    "widow", "athlete", "coach", "partner", "boyfriend", "girlfriend", "patient", "child",
    "senator", "governor", "mayor", "lawmaker", "candidate", "judge", "chairman", "executive",
    "author", "writer", "artist", "star", "musician", "comedian", "journalist", "soldier",
    "firefighter", "sheriff", "rider", "runner", "swimmer", "golfer", "boxer", "quarterback",
    "pitcher", "striker", "midfielder", "defender", "goalkeeper", "captain", "manager",
}  # fmt: skip


def ages(doc: Doc, facts: list[NumericFact]) -> list[NumericFact]:
    """The facts, with the ages among them made kind ``age`` (unit: the period, a year when
    none is written)."""
    text = doc_text(doc)
    result = []
    for fact in facts:
        span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
        if span is not None and fact.kind == "quantity" and fact.unit in PERIODS:
            said = _OF_AGE.match(text, fact.end)
            if said:  # "3 years of age"
                fact = _as_age(fact, fact.unit, text, said.end())  # noqa: PLW2901
        elif span is not None and fact.kind == "count" and _bare_age(fact):
            written = _YEARS_OLD.match(text, fact.end)
            if written:  # "an 87 yo man"
                fact = _as_age(fact, "year", text, written.end())  # noqa: PLW2901
            elif (
                AGED.search(text[max(0, fact.start - 16) : fact.start])
                or OLDER.match(text, fact.end)
                or _said_of(span)
                or _age_moved_to(span)
                or _age_of(span)
                or _group_bounded(fact, text)
            ):
                fact = _as_age(fact, "year", text, fact.end)  # noqa: PLW2901
            elif _after_a_name(doc, span):  # "Maddon, 66, has ..."
                person = doc[span.start - 2]
                name = [
                    t
                    for t in doc[max(0, person.i - 3) : person.i + 1]
                    if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")
                ] or [person]
                fact = replace(  # noqa: PLW2901
                    _as_age(fact, "year", text, fact.end), concept=" ".join(t.text for t in name)
                )
        bounded = _BOUND_BEFORE_AGE.search(text[max(0, fact.start - 30) : fact.start])
        if fact.kind == "age" and bounded and fact.qualifier is None:  # "under age 14"
            approximate, bound = QUALIFIERS[bounded[1].lower()]
            fact = replace(  # noqa: PLW2901
                fact, qualifier=bounded[1].lower(), bound=bound, approximate=approximate
            )
        result.append(fact)
    return result


# People in the plural, whose bound is an age: "young voters under 29", "adults over 65".
_PEOPLE_PLURAL = {f"{noun}s" for noun in _PERSON_NOUNS} | {
    "people", "voters", "adults", "children", "kids", "men", "women", "those", "americans",
    "teens", "youths", "users", "respondents", "residents", "drivers", "patients", "workers",
}  # fmt: skip


def _group_bounded(fact: NumericFact, text: str) -> bool:
    """ "young voters under 29", "adults over 65": a bound on people is on their age."""
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, fact.start - 20) : fact.start])
    return (
        fact.qualifier in ("under", "over")
        and before is not None
        and before[1].lower() in _PEOPLE_PLURAL
    )


def _bare_age(fact: NumericFact) -> bool:
    return bool(re.fullmatch(r"\d{1,3}", fact.text.split()[-1])) and 0 < fact.value <= 130


def _as_age(fact: NumericFact, unit: str, text: str, end: int) -> NumericFact:
    return replace(fact, kind="age", unit=unit, counted=None, end=end, text=text[fact.start : end])


def _after_a_name(doc: Doc, span: Span) -> bool:
    """ "Maddon, 66, has ...": a whole number between commas after a person's name."""
    return (
        len(span) == 1
        and span.start >= 2
        and span.end < len(doc)
        and doc[span.start - 1].text == ","
        and (
            doc[span.end].text in (",", ")", "--", "-", "–", "—") or doc[span.end].is_sent_end
        )  # "said Carla Cruz, 24.", "Severine Potty, 19 -- were"
        and (
            doc[span.start - 2].pos_ == "PROPN"
            or doc[span.start - 2].ent_type_ == "PERSON"  # "Lukashenko, 41," tagged a noun
            or doc[span.start - 2].lemma_.lower() in _PERSON_NOUNS  # "The suspect, 34, was"
            or _lowercased_name(doc[span.start - 2])
        )
    )


def _lowercased_name(token: Token) -> bool:
    """ "valery ivankov , 41 , was": in a sentence written all in lowercase, where the model
    tags a name a noun, a noun with no determiner (a name, not "the company") that is a
    subject or the name before it is one."""
    sentence = token.sent.text
    return (
        sentence == sentence.lower()
        and token.pos_ == "NOUN"
        and token.dep_ in ("nsubj", "nsubjpass", "appos", "pobj", "dobj")
        and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in token.children)
        and token.is_alpha
    )


def _said_of(span: Span) -> bool:
    """ "he will be 35", "life expectancy for men is around 73": a bare number said of a
    person with "be", or of an age."""
    root = span.root
    verb = root.head
    if _turned(span):
        return True
    if root.dep_ == "pobj" and verb.lower_ in ("around", "about", "over", "under", "nearly"):
        root, verb = verb, verb.head  # "is around 73"
    if (
        root.dep_ == "nummod"
        and verb.dep_ == "npadvmod"
        and verb.ent_type_ == "DATE"
        and verb.head.lemma_ == "be"
    ):
        root, verb = verb, verb.head  # "she will be 33 next month": parsed as the time's
        if root.i < span.start:
            return False
    elif (
        root.dep_ not in ("attr", "acomp", "advmod")
        or verb.lemma_ != "be"
        or (span.end < len(span.doc) and (span.doc[span.end].pos_ == "NOUN"))
    ):
        return False
    subject = _subject(verb)
    return subject is not None and (subject.lower_ in _PEOPLE or subject.lower_ in _AGE_NOUNS)


def _age_moved_to(span: Span) -> bool:
    """ "lower the voting age to 16", "the pension age will rise to 67", "the age of majority
    was reduced to 18": a bare number an age is moved to is an age."""
    root, doc = span.root, span.doc
    if (
        root.dep_ != "pobj"
        or root.head.lower_ != "to"
        or root.head.head.pos_ not in ("VERB", "AUX")
    ):
        return False
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False  # "raised the age limit to 18 months"
    verb = root.head.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _AGE_NOUNS for c in children(verb)
    )


def _age_of(span: Span) -> bool:
    """ "a life expectancy of 70", "an average age of 45": a bare number an age is "of"."""
    root, doc = span.root, span.doc
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False  # "an age of 18 months"
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _AGE_NOUNS


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is conjoined to ("Lockett retired and will
    turn 36": Lockett)."""
    for _ in range(3):
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return subject
        verb = verb.head
    return None


def _turned(span: Span) -> bool:
    """ "before they turned 18", "when she turns 65": a bare number a person turns is an age."""
    root, verb = span.root, span.root.head
    if verb.lemma_ != "turn" or root.dep_ not in ("dobj", "attr", "oprd", "npadvmod", "acomp"):
        return False
    if span.end < len(span.doc) and span.doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False  # "turned 3 million profit"
    subject = _subject(verb)
    return subject is not None and (
        subject.lower_ in _PEOPLE
        or subject.ent_type_ == "PERSON"
        or subject.lemma_.lower() in _PERSON_NOUNS
    )
