"""What the words around a mention say about what it names: the context labels the span
fixes impose ("the film Ray", "Yukos shares"), and the per-mention cues that the corpus-wide
type vote (``service.nlp.kinds``) weighs."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from service.nlp.lexicon import (
    CLUB_NAME_ENDINGS,
    GIVEN_NAME_TITLES,
    OCCUPATIONS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    ROLE_HEADS,
    ROYAL_TITLES,
    SPEECH_VERBS,
    WORK_NOUNS,
)
from service.nlp.tokens import title_before, word_before

_ORG_PREPOSITIONS = frozenset({"in", "of"})
ORG_BEFORE = frozenset({"shares", "stake", "stakes", "shareholders", "shareholding"})


def context_label(span: Span) -> str | None:
    """The label the words around a span impose: "the film Ray", "oil giant Yukos", "shares in
    Yukos", "Chelsea FC", "Manchester United"."""
    doc = span.doc
    ending = span[-1].text
    if (
        len(span) > 1
        and ending in CLUB_NAME_ENDINGS
        and (ending != "City" or span.label_ == "PERSON")
    ):
        return "ORG"  # "Mexico City" is a place, "Manchester City" labelled a person a club
    before = word_before(span)
    root = span.root
    # "the firm Gates founded": the name is a relative clause's subject, not the firm's name.
    in_relative = root.dep_.startswith("nsubj") and root.head.dep_ == "relcl"
    if before is not None and before.pos_ == "NOUN" and not in_relative:
        # "the best film Oscar" is an award in a film category, not a film.
        category = before.i > 0 and doc[before.i - 1].tag_ == "JJS"
        if before.lower_ in WORK_NOUNS and not category:
            return "WORK"
        if before.lower_ in ORG_NOUNS:
            return "ORG"
    if (
        before is not None
        and before.lower_ in _ORG_PREPOSITIONS
        and before.i > 0
        and doc[before.i - 1].lower_ in ORG_BEFORE
    ):
        return "ORG"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ORG_SUFFIXES:
        return "ORG"
    if after is not None and after.lower_ in _PRODUCT_AFTER:
        return "PRODUCT"  # "the Xbox console", "Windows operating system"
    # "the third Harry Potter film", "the Kill Bill movies"
    if (
        after is not None
        and after.lower_ in _WORK_AFTER
        and before is not None
        and before.tag_ in ("DT", "CD", "JJ", "PRP$", "POS")
    ):
        return "WORK"
    return None


_PRODUCT_AFTER = frozenset({"console", "consoles", "browser", "operating"})
_WORK_AFTER = frozenset(
    {"film", "films", "movie", "movies", "book", "books", "novel", "novels", "franchise"}
)
# All-capital abbreviations of places; any other labelled a place ("BT") is an organisation.


NOBLE_TITLES = frozenset(
    """duke duchess prince princess earl countess marquess baron baroness archbishop bishop
    king queen""".split()  # noqa: SIM905
)


class Cues:
    """What the words around one mention say about what it names."""

    __slots__ = (
        "affiliate",
        "article",
        "gender",
        "given",
        "indefinite",
        "initial",
        "owned",
        "person",
        "place",
        "plural",
        "royal",
        "speaker",
        "title",
        "titled",
    )

    def __init__(self, doc: Doc, span: Span, label: str) -> None:
        title = title_before(doc, span.start)
        before = doc[span.start - 1] if span.start > 0 else None
        # "Prince Charles", "King Abdullah": a royal is known by title and given name.
        self.royal = (
            title is None
            and len(span) == 1
            and before is not None
            and before.lower_ in ROYAL_TITLES
            and before.text[:1].isupper()
        )
        if self.royal:
            title = before
        self.title = title.text.rstrip(".") if title is not None else ""
        self.titled = title is not None
        lower = title.lower_ if title is not None else ""
        self.gender = PERSON_TITLES.get(lower) or ROYAL_TITLES.get(lower)
        self.given = self.royal or (lower in GIVEN_NAME_TITLES and len(span) == 1)
        self.person = self.titled or _role_before(span)
        root = span.root
        self.speaker = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS
        # "the Oscars", "an Oscar nomination": a name with an article is no person's.
        self.article = (
            before is not None
            and before.lower_ in _ARTICLES
            and not self.titled
            and span[0].lower_ not in NOBLE_TITLES  # "the Duke of Edinburgh"
        )
        # "a Bafta", "an Oscar": no place takes "a" either.
        self.indefinite = before is not None and before.lower_ in ("a", "an") and not self.titled
        # "Apple's iPod", "Microsoft's Xbox": what a firm owns is a product.
        self.owned = (
            label != "PERSON"
            and before is not None
            and before.tag_ == "POS"
            and before.i > 0
            and doc[before.i - 1].ent_type_ == "ORG"
        )
        # "in Glasgow" (not "a stake in Gazprom")
        self.place = (
            before is not None
            and before.lower_ in _PLACE_PREPOSITIONS
            and not (before.i > 0 and doc[before.i - 1].lower_ in ORG_BEFORE)
        )
        # "Manchester United have confirmed", "Franz Ferdinand were": British English puts a
        # team, band or firm in the plural; a person never.
        self.plural = (
            root.dep_ == "nsubj"
            and root.tag_ == "NNP"
            and not any(c.dep_ in ("conj", "cc") for c in root.children)  # "X and Y have"
            and _plural_verb(root.head)
        )
        # "Vote Blair, Get Brown": a sentence's first word glued to a surname.
        self.initial = len(span) > 1 and (span.start == 0 or span[0].is_sent_start)
        # "Chelsea boss Jose Mourinho", "the England captain": an affiliation, not a person.
        after = doc[span.end] if span.end < len(doc) else None
        self.affiliate = (
            after is not None
            and (after.lower_ in ROLE_HEADS or after.lower_ in OCCUPATIONS)
            and after.pos_ == "NOUN"
            and not self.titled
            and (self.article or (span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper()))
        )


_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_PREPOSITIONS = frozenset({"in", "near"})


def _plural_verb(verb: Token) -> bool:
    if verb.tag_ == "VBP" or verb.lower_ == "were":
        return True
    return any(c.dep_ == "aux" and (c.tag_ == "VBP" or c.lower_ == "were") for c in verb.children)


def _role_before(span: Span) -> bool:
    before = word_before(span)
    return (
        before is not None
        and (before.lower_ in ROLE_HEADS or before.lower_ in OCCUPATIONS)
        and before.text[:1].islower()
    )
