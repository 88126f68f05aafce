"""What the words around a mention say about what it names: the context labels the span
fixes impose ("the film Ray", "Yukos shares"), and the per-mention cues that the corpus-wide
type vote (``service.nlp.kinds``) weighs."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from service.nlp.lexicon import (
    AWARD_AFTER,
    CLUB_NAME_ENDINGS,
    EVENT_NAME_ENDINGS,
    FIRM_TRADES,
    FIRMS_BEFORE,
    GIVEN_NAME_TITLES,
    OCCUPATIONS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    PLACE_NOUNS,
    PRODUCT_NOUNS,
    ROLE_HEADS,
    ROYAL_TITLES,
    SPEECH_VERBS,
    WORK_AFTER,
    WORK_NOUNS,
)
from service.nlp.person_words import first_name_gender
from service.nlp.tokens import title_before, word_before, written_as_title

_ORG_PREPOSITIONS = frozenset({"in", "of"})
ORG_BEFORE = frozenset({"shares", "stake", "stakes", "shareholders", "shareholding"})
# After a name, a product's: "the Xbox console", "the Windows operating system". Not "phones"
# or "software": a maker's name stands there as often ("Nokia phones").
_PRODUCT_AFTER = frozenset({"console", "consoles", "browser", "operating", "handheld"})
# "Kill Bill: Volume 2", "Star Wars: Episode III": a subtitled work.
_SUBTITLES = frozenset({"Volume", "Vol", "Part", "Chapter", "Episode"})
# "versions of Windows", "copies of Harry Potter": something made in copies.
_COPIES = frozenset({"version", "versions", "copy", "copies", "edition", "editions"})
# Before a name that heads its phrase, words that count or own it: "an Oscar", "his Budget".
_COUNTING = frozenset({"a", "an", "another", "every", "each", "this", "that"})
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split()  # noqa: SIM905
)
_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_PREPOSITIONS = frozenset({"in", "near"})
_NEARBY = frozenset({"nearby", "neighbouring", "neighboring"})
# Heads of "at" whose object may be a person: "looked at", "a dig at", "angry at".
_AT_SOMEONE = frozenset(
    """look stare glance gaze peer laugh smile grin wink nod wave shout yell scream bark snap
    swear aim direct point hit fire shoot shot throw swing lash rail sneer poke jab jibe dig
    swipe go have come angry furious annoyed upset mad surprised shocked amazed delighted
    disappointed frustrated marvel""".split()  # noqa: SIM905
)
# "firms like Gazprom", "films such as Sideways", "bands including Keane"
_LIST_INTRODUCERS = frozenset({"like", "including"})
_LIST_JOINS = frozenset({",", "and", "or"})
_PERSON_NOUNS = ROLE_HEADS | OCCUPATIONS
NOBLE_TITLES = frozenset(
    """duke duchess prince princess earl countess marquess baron baroness archbishop bishop
    king queen""".split()  # noqa: SIM905
)


def class_of(noun: Token) -> str | None:
    """The kind of thing a common noun says a name is: "band" an organization, "film" a work,
    "striker" a person, "console" a product, "resort" a place."""
    lower = noun.lower_
    if lower in _PERSON_NOUNS:
        return "person"
    if lower in ORG_NOUNS:
        return "organization"
    if lower in WORK_NOUNS:
        return "work"
    if lower in PRODUCT_NOUNS:
        return "product"
    if lower in PLACE_NOUNS:
        return "place"
    return None


def _next(doc: Doc, i: int) -> Token | None:
    return doc[i] if i < len(doc) else None


# Common nouns before a name that say it is a made thing ("multiple sclerosis drug Tysabri",
# "a virus called Bofra" aside, "the Windows virus Bofra"); a firm's: FIRMS_BEFORE.
_PRODUCTS_BEFORE = frozenset({"drug", "drugs", "vaccine", "virus", "worm", "console"})


def heads_phrase(span: Span) -> bool:
    """Whether the name is the head of its noun phrase, not a modifier ("the Bafta awards") nor
    an owner ("in Paula's mind")."""
    after = _next(span.doc, span.end)
    return span.root.dep_ != "compound" and not (
        after is not None
        and (after.tag_ == "POS" or (after.pos_ in ("NOUN", "PROPN") and after.text[:1].islower()))
    )


def context_label(span: Span) -> str | None:
    """The label the words around a span impose: "the film Ray", "oil giant Yukos", "shares in
    Yukos", "Chelsea FC", "Manchester United", "the Australian Open", "Kill Bill: Volume 2"."""
    doc = span.doc
    ending = span[-1].text
    if (
        len(span) > 1
        and ending in CLUB_NAME_ENDINGS
        and (ending != "City" or span.label_ == "PERSON")
    ):
        return "ORG"  # "Mexico City" is a place, "Manchester City" labelled a person a club
    if len(span) > 1 and ending in EVENT_NAME_ENDINGS:
        return "EVENT"
    before = word_before(span)
    # "drugmaker Dr Reddy's": a title's spelling in a firm's name stands between noun and name.
    if (
        before is not None
        and before.i > 0
        and before.lower_.rstrip(".") in PERSON_TITLES
        and not written_as_title(before)
    ):
        before = doc[before.i - 1]
    # "the film The Aviator": a title's own article stands between the noun and the name.
    if (
        before is not None
        and before.text == "The"
        and before.i > 0
        and not before.is_sent_start
        and span.doc[before.i - 1].pos_ == "NOUN"
    ):
        before = span.doc[before.i - 1]
    root = span.root
    # "the firm Gates founded": the name is a relative clause's subject, not the firm's name.
    in_relative = root.dep_.startswith("nsubj") and root.head.dep_ == "relcl"
    # "telecoms giant Verizon": the model may tag the noun an adjective.
    noun = before is not None and (
        before.pos_ == "NOUN" or (before.pos_ == "ADJ" and before.lower_ in ORG_NOUNS)
    )
    if firm_trade(span, before) and not in_relative:
        return "ORG"
    if noun and not in_relative:
        # "the best film Oscar" is an award in a film category, not a film.
        category = before.i > 0 and doc[before.i - 1].tag_ == "JJS"
        if before.lower_ in WORK_NOUNS and not category:
            return "WORK"
        if before.lower_ in ORG_NOUNS or before.lower_ in FIRMS_BEFORE:
            return "ORG"
        if before.lower_ in _PRODUCTS_BEFORE:
            return "PRODUCT"
    if (
        before is not None
        and before.lower_ in _ORG_PREPOSITIONS
        and before.i > 0
        and doc[before.i - 1].lower_ in ORG_BEFORE
    ):
        return "ORG"
    after = _next(doc, span.end)
    if after is not None and after.lower_ in ORG_SUFFIXES:
        return "ORG"
    if after is not None and after.lower_ in _PRODUCT_AFTER:
        return "PRODUCT"  # "the Xbox console", "Windows operating system"
    # "the third Harry Potter film", "the Kill Bill movies" (not "the Bafta film awards")
    if (
        after is not None
        and after.lower_ in WORK_AFTER
        and after.dep_ != "compound"
        and before is not None
        and before.tag_ in ("DT", "CD", "JJ", "PRP$", "POS")
    ):
        return "WORK"
    if (
        after is not None
        and after.text == ":"
        and (subtitle := _next(doc, span.end + 1)) is not None
        and subtitle.text in _SUBTITLES
    ):
        return "WORK"
    return None


class Cues:
    """What the words around one mention say about what it names.

    ``evidence`` lists the cues seen, each a key the type vote (``service.nlp.kinds``) weighs:
    "title" ("Mr X"), "role" ("striker X"), "given" ("Sir John"), "male"/"female", "speaker"
    (subject of "said"), "article" ("the Oscars"), "countable" ("an Oscar", "his Budget",
    "versions of Windows"), "ordinal" ("his ninth Budget"), "owned" ("Apple's iPod"),
    "place" ("in Glasgow"), "at" ("a draw at Murrayfield"), "plural" ("Franz Ferdinand
    were"), "affiliate" ("Chelsea boss X", "Led Zeppelin's Jimmy Page", "Iain Fullarton
    (Saracens)"; that one also "bracketed"), "award" ("Oscar nominations", "Bafta-winning"),
    "listed" (a one-word name in a list of names), "character" ("his character Bruno":
    someone of fiction), and "as_<type>" from a noun the name is said to be ("the Glasgow
    band", "Gazprom, the gas company", "films like Sideways", "X is a correspondent").
    """

    __slots__ = ("evidence", "gender", "given", "royal", "speaker", "title", "titled")

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
        root = span.root
        self.speaker = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS
        found: list[str] = []
        if self.titled:
            found.append("title")
        elif _role_before(span) and not firm_trade(span, word_before(span)):
            found.append("role")
        if self.gender:
            found.append(self.gender)
        if self.given:
            found.append("given")
        if self.speaker:
            found.append("speaker")
        if not self.titled and before is not None:
            found.extend(_determiner_cues(doc, span, before, label))
        after = _next(doc, span.end)
        found.extend(_after_cues(doc, span, after, self.titled))
        if _plural_subject(root):
            found.append("plural")
        kind = _said_to_be(span, before)
        if kind is None and _performed_in(span, before):
            kind = "work"
        if kind is None and _maker_of(span, after):
            kind = "organization"
        if kind is None:
            # "telecoms company Ericsson", "shares in Yukos", "Chelsea FC": what set the
            # mention's label is a cue too, lest the model's other labels of the name outvote it.
            kind = _CONTEXT_KINDS.get(context_label(span) or "")
        if kind is not None:
            found.append(f"as_{kind}")
        if _in_brackets_after_person(span, before, after):
            # "bracketed" apart: a name in brackets is no surname of someone named elsewhere,
            # where "Trump attorney X" still names Trump (round r11)
            found.extend(("affiliate", "bracketed"))
        if _listed(span, before, after):
            found.append("listed")
        if _a_character(span, before):
            found.append("character")
        self.evidence = tuple(found)


def _determiner_cues(doc: Doc, span: Span, before: Token, label: str) -> list[str]:
    """Cues from the word before a name that no title precedes."""
    found = []
    head = heads_phrase(span)
    # "the Oscars", "an Oscar nomination": a name with an article is no person's.
    if before.lower_ in _ARTICLES and span[0].lower_ not in NOBLE_TITLES:
        found.append("article")
    # "an Oscar", "his Budget", "five Oscars": a thing made or given in numbers.
    if head and (
        (before.lower_ in _COUNTING and before.tag_ == "DT")
        or before.tag_ == "PRP$"
        or (before.tag_ == "CD" and not (len(before) == 4 and before.is_digit))
        or (
            before.lower_ == "of"
            and before.i > 0
            and doc[before.i - 1].lower_ in _COPIES
            and doc[before.i - 1].pos_ == "NOUN"
        )
    ):
        found.append("countable")
    if (
        head
        and (
            before.lower_ in _ORDINALS
            or (before.lower_[-2:] in ("st", "nd", "rd", "th") and before.lower_[:-2].isdigit())
        )
        # "Third Brittany Kowalski said": a capitalised ordinal before a given name and a
        # surname is a position (a curler's) or a rank, the name a person's
        and not (
            label == "PERSON"
            and before.text[:1].isupper()
            and len(span) == 2
            and first_name_gender(span.text) is not None
        )
    ):
        found.append("ordinal")
    # "Apple's iPod", "Microsoft's Xbox": what a firm owns is a product; not a full name of
    # someone the model labelled a body ("DR Congo's Alain Masudi": a player of his country).
    if (
        label != "PERSON"
        and before.tag_ == "POS"
        and before.i > 0
        and doc[before.i - 1].ent_type_ == "ORG"
        and first_name_gender(span.text) is None
    ):
        found.append("owned")
    # "in Glasgow" (not "a stake in Gazprom", "in Gazprom shares")
    if (
        head
        and before.lower_ in _PLACE_PREPOSITIONS
        and not (before.i > 0 and doc[before.i - 1].lower_ in ORG_BEFORE)
    ):
        found.append("place")
    # "in charge at Anfield", "a draw at Murrayfield": one word the model took for a person,
    # where people are looked, aimed or angry at ("a swipe at Blair", "angry at Brown")
    if (
        head
        and label == "PERSON"
        and len(span) == 1
        and before.lower_ == "at"
        and before.i > 0
        and before.head.lemma_.lower() not in _AT_SOMEONE
        and doc[before.i - 1].lemma_.lower() not in _AT_SOMEONE
    ):
        found.append("place")
    # "a draw at Murrayfield", "the final at the Nou Camp": where something happens (a venue,
    # an event, a town), not where someone works ("an analyst at UBS") nor whom they are angry
    # at; ``kinds`` reads a name mostly written so as a venue.
    at = before
    if before.lower_ == "the" and before.i > 0:
        at = doc[before.i - 1]
    if (
        head
        and at.lower_ == "at"
        and at.head.lower_ not in _PERSON_NOUNS
        and at.head.lemma_.lower() not in _AT_SOMEONE
    ):
        found.append("at")
    # "from nearby Millicent", "in neighbouring Gosford"
    if (
        head
        and before.lower_ in _NEARBY
        and before.i > 0
        and doc[before.i - 1].lower_ in _PLACE_PREPOSITIONS | {"from", "to", "at"}
    ):
        found.append("as_place")
    # "the mayor of Halifax", "residents of Leeds", "the city of Bath"
    if (
        head
        and before.lower_ == "of"
        and before.i > 0
        and doc[before.i - 1].lower_ in _OF_A_PLACE
        and doc[before.i - 1].pos_ == "NOUN"
    ):
        found.append("as_place")
    return found


# Nouns whose "of" names a place, never a body: "the mayor of Halifax", "residents of Leeds".
_OF_A_PLACE = frozenset(
    """mayor mayors governor governors premier premiers residents citizens inhabitants
    outskirts suburbs streets city town village province county region""".split()  # noqa: SIM905
)


def _after_cues(doc: Doc, span: Span, after: Token | None, titled: bool) -> list[str]:
    """Cues from the words after a name."""
    if after is None:
        return []
    found = []
    following = _next(doc, span.end + 1)
    # "Chelsea boss Jose Mourinho", "the England captain": an affiliation, not a person.
    if (
        (after.lower_ in ROLE_HEADS or after.lower_ in OCCUPATIONS)
        and after.lower_ not in AWARD_AFTER  # "Oscar nominee X": an award's
        and after.pos_ == "NOUN"
        and not titled
        and (
            (span.start > 0 and doc[span.start - 1].lower_ in _ARTICLES)
            or (following is not None and following.text[:1].isupper())
        )
    ):
        found.append("affiliate")
    # "Led Zeppelin's Jimmy Page", "Chelsea's Frank Lampard"
    if (
        after.tag_ == "POS"
        and following is not None
        and following.ent_type_ == "PERSON"
        and following.ent_iob_ == "B"
    ):
        found.append("affiliate")
    # "Oscar nominations", "the Bafta ceremony", "Oscar-winning", "Bafta-nominated"
    if after.text in ("-", "–") and following is not None:
        after = following
        if after.lower_ in ("winning", "winner", "nominated"):
            found.append("award")
    elif after.lower_ in AWARD_AFTER and after.lower_ not in ("winning", "nominated"):
        found.append("award")
    return found


_CONTEXT_KINDS = {"ORG": "organization", "PRODUCT": "product"}
# Nouns of an actor's work before "in" and a title: "her role in Closer", "starring in Ray".
_PERFORMANCES = frozenset(
    """role roles part parts performance performances portrayal cameo starring starred star
    stars""".split()  # noqa: SIM905
)
# Award categories: "best actor for Ray", "best first feature for Garden State".
_CATEGORIES = frozenset(
    """actor actress director film picture screenplay feature documentary performance debut
    newcomer drama comedy musical animation animated song album""".split()  # noqa: SIM905
)


def _performed_in(span: Span, before: Token | None) -> bool:
    """Whether the name is a work by its context: "her role in Closer", "best supporting actor
    for Closer", "the best debut performance prize for The Motorcycle Diaries"."""
    if before is None or before.i == 0:
        return False
    doc = span.doc
    if before.text == "The" and not before.is_sent_start:
        before = doc[before.i - 1]  # "for The Motorcycle Diaries": the title's own article
    if before.lower_ == "in":
        return doc[before.i - 1].lower_ in _PERFORMANCES
    if before.lower_ != "for":
        return False
    words = []
    for token in reversed(doc[max(0, before.i - 6) : before.i]):
        if token.is_punct:
            break
        if token.lower_ == "best":
            return any(w in _CATEGORIES for w in words)
        words.append(token.lower_)
    return False


def _in_brackets_after_person(span: Span, before: Token | None, after: Token | None) -> bool:
    """ "Iain Fullarton (Saracens)", "G Murphy (Leicester)": a player's club or country, in a
    team sheet's brackets after a name (or an abbreviation: "World Trade Organisation (WTO)").
    Not the surname an editor adds to a given name said alone ("Eddie (O'Sullivan) was very
    calm"): the name completed."""
    if before is None or before.text != "(" or after is None or after.text != ")" or before.i == 0:
        return False
    name = span.doc[before.i - 1]
    if name.ent_type_ == "" and name.pos_ != "PROPN":
        return False
    alone = name.i == 0 or not span.doc[name.i - 1].text[:1].isupper()
    return not (alone and first_name_gender(f"{name.text} {span.text}") is not None)


_LIST_SEPARATORS = frozenset({",", ";"})


def _listed(span: Span, before: Token | None, after: Token | None) -> bool:
    """Whether a one-word name stands in a list of names ("Horak, Staniforth, Penney"): a
    team sheet's surname, which only the company it keeps tells whose it is."""
    doc = span.doc
    if len(span) != 1 or before is None or after is None or before.i == 0:
        return False
    if _substitute(doc, before.i - 1, span.start):
        return True  # "Keane (Wilbraham 83)": who came on, in a football team sheet
    return (
        before.text in _LIST_SEPARATORS | {":"}
        and after.text in _LIST_SEPARATORS | {".", "("}
        and (
            doc[before.i - 1].text[:1].isupper()
            # "Keane (Wilbraham 83), Brown,": after a substitution's bracket
            or (doc[before.i - 1].text == ")" and _substitute(doc, before.i - 5, before.i - 3))
        )
        and after.i + 1 < len(doc)
        and (after.text != "," or doc[after.i + 1].text[:1].isupper())
    )


def _substitute(doc: Doc, player: int, start: int) -> bool:
    """Whether the word ``doc[start]`` is a football team sheet's substitute: bracketed after
    the player replaced, with the minute ("Keane (Wilbraham 83)")."""
    end = start + 1
    return (
        player >= 0
        and end + 1 < len(doc)
        and doc[player].text[:1].isupper()
        and doc[start - 1].text == "("
        and doc[start].text[:1].isupper()
        and doc[end].text.isdigit()
        and 0 < int(doc[end].text) <= 130
        and doc[end + 1].text == ")"
    )


def _plural_subject(root: Token) -> bool:
    """ "Manchester United have confirmed", "Franz Ferdinand, who were", "Spurs entertain
    Brighton": British English puts a team, band or firm in the plural; a person never."""
    if root.tag_ not in ("NNP", "NNPS") or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False  # "X and Y have"
    if root.dep_ == "nsubj" and _plural_verb(root.head):
        return True
    return any(
        c.dep_ == "relcl"
        and _plural_verb(c)
        and any(s.dep_ == "nsubj" and s.lower_ in ("who", "which", "that") for s in c.children)
        for c in root.children
    )


def _plural_verb(verb: Token) -> bool:
    if verb.tag_ == "VBP" or verb.lower_ == "were":
        return True
    return any(c.dep_ == "aux" and (c.tag_ == "VBP" or c.lower_ == "were") for c in verb.children)


def _list_conjunct(token: Token) -> bool:
    """Whether a word is a later item of a list that goes on by "and", "or" or a comma alone
    ("Merck and Pfizer"; not "... as well as the iPod")."""
    return (
        token.dep_ == "conj"
        and token.head.i < token.i
        and token.left_edge.i > 0
        and token.doc[token.left_edge.i - 1].lower_ in _LIST_JOINS
    )


def _before_list(span: Span, before: Token | None) -> Token | None:
    """The word before the list a name closes, or before the name: "companies, including
    Merck and Pfizer": a later conjunct is introduced as the first is, when the list goes on
    by "and", "or" or a comma alone ("... as well as the iPod" no)."""
    root = first = span.root
    while _list_conjunct(first):
        first = first.head
    if first is not root:
        return span.doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
    return before


# Nouns that introduce a fictional person ("his character Bruno", "Sacha Baron Cohen's
# creations Borat and Bruno"): no surname of someone real named elsewhere (round r12).
_CHARACTER_NOUNS = frozenset({"character", "characters", "creation", "creations"})


def _a_character(span: Span, before: Token | None) -> bool:
    """Whether a name follows a noun of fiction's people, itself or as a later conjunct (the
    noun right before a conjunct of its list: "creations Borat and Bruno")."""
    doc = span.doc
    node = span.root
    while True:
        noun = before if node is span.root else (doc[node.i - 1] if node.i > 0 else None)
        if noun is not None and noun.lower_ in _CHARACTER_NOUNS and noun.pos_ == "NOUN":
            return True
        if not _list_conjunct(node):
            return False
        node = node.head


def _said_to_be(span: Span, before: Token | None) -> str | None:
    """The kind a common noun says the name is: in apposition ("Gazprom, the gas company";
    "the Glasgow band, Franz Ferdinand"), after a copula ("Clark Boyd is technology
    correspondent"), or introducing a list ("firms like Gazprom", "films such as Sideways")."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= span.end:
            return class_of(child)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
        return class_of(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr" and child.pos_ == "NOUN":
                return class_of(child)
    before = _before_list(span, before)
    if before is None:
        return None
    doc = span.doc
    noun = None
    if before.lower_ in _LIST_INTRODUCERS and before.i > 0:
        noun = doc[before.i - 1]
    elif before.lower_ == "as" and before.i > 1 and doc[before.i - 1].lower_ == "such":
        noun = doc[before.i - 2]
    if noun is not None and noun.i > 0 and noun.text == ",":
        noun = doc[noun.i - 1]  # "a government-backed firm, like Gazprom"
    if noun is not None and noun.pos_ == "NOUN":
        # "blue chips like IDLC and Atlas Bangladesh": shares in firms, not chips made
        if noun.lower_ in ("chip", "chips") and noun.i > 0 and doc[noun.i - 1].lower_ == "blue":
            return "organization"
        return class_of(noun)
    return None


# Made things whose owner, named with "'s", is their maker: "Pfizer's hypertension drug
# Norvasc", "Macrovision's software". No person's drug or software is written so in news.
_MADE_THINGS = frozenset(
    {"drug", "drugs", "vaccine", "vaccines", "software", "products", "console", "consoles"}
)


def _maker_of(span: Span, after: Token | None) -> bool:
    """Whether the name owns a made thing ("Pfizer's popular drug"): a firm, the maker."""
    root = span.root
    if after is None or after.tag_ != "POS" or root.dep_ != "poss":
        return False
    owned = root.head
    if owned.i < span.end or owned.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.lower_ in _MADE_THINGS for t in span.doc[span.end : owned.i + 1])


def firm_trade(span: Span, before: Token | None) -> bool:
    """Whether a trade firms practise as well as people stands before a name that is a firm's
    ("market analyst Datamonitor", "analysts Gartner", "brokers ING"): one word (news names a
    person so introduced in full: "analyst Carolina Milanesi"), or any name after the plural
    (a body of analysts; "analysts Anna Smith and John Jones" are people)."""
    if before is None or before.lower_ not in FIRM_TRADES or not before.text[:1].islower():
        return False
    root = span.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return False
    return len(span) == 1 or before.tag_ == "NNS"


def _role_before(span: Span) -> bool:
    before = word_before(span)
    return (
        before is not None
        and (before.lower_ in ROLE_HEADS or before.lower_ in OCCUPATIONS)
        and before.text[:1].islower()
    )
