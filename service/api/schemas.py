"""Marshmallow schemas of every request and response body."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from service.api.pagination import PageArgs, page_schema
from service.corpus.store import ENTITY_DOCUMENTS_SHOWN


class NoQuery(ma.Schema):
    """For operations without query parameters: any given is refused (400), as elsewhere."""


SEARCH_SYNTAX = (
    "Full-text search. Words: `central bank` finds items with every word, in any order. "
    '`"exact phrases"` in double quotes: those words in that order. `prefix*`: a word, or '
    "the last word of a phrase, followed by `*` matches every word starting with it "
    "(`econom*`: economy, economic...). Case and accents are ignored; punctuation separates "
    "words. Nothing else is an operator; a `q` without any letter or digit matches nothing. "
    "Hits are ranked by relevance (bm25), ties in corpus order."
)


def search_field(what: str) -> fields.String:
    """The ``q`` parameter of a list that has full-text search over ``what``."""
    return fields.String(
        validate=validate.Length(1, 200),
        metadata={"description": f"{SEARCH_SYNTAX} Searches {what}."},
    )


class HighlightSchema(ma.Schema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})


class MatchSchema(ma.Schema):
    field = fields.String(
        required=True,
        metadata={
            "description": "Where the hit matched: `title` or `text` of a document, `text` of "
            "a quote, `name` or `alias` of an entity.",
            "enum": ["title", "text", "name", "alias"],
        },
    )
    start = fields.Integer(
        required=True,
        metadata={
            "description": "Start of the snippet: an offset into the document's `text` for "
            "`text` matches (as everywhere), else into the title, name or alias."
        },
    )
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})
    text = fields.String(required=True, metadata={"description": "The snippet."})
    highlights = fields.List(
        fields.Nested(HighlightSchema),
        required=True,
        metadata={"description": "The matched words in the snippet, as offsets like its own."},
    )


def match_field() -> fields.Nested:
    return fields.Nested(
        MatchSchema,
        allow_none=True,
        required=True,
        metadata={"description": "Where `q` matched; null when the list is not searched."},
    )


class DocumentQuery(PageArgs):
    q = search_field("titles and texts")


class DocumentSummarySchema(ma.Schema):
    id = fields.String(required=True, metadata={"example": "000-f50a389bf049e48a"})
    title = fields.String(required=True)
    contributors = fields.List(fields.String(), required=True)
    published = fields.String(allow_none=True, required=True)
    word_count = fields.Integer(required=True)
    paragraph_count = fields.Integer(required=True)


class DocumentHitSchema(DocumentSummarySchema):
    match = match_field()


class ParagraphSchema(ma.Schema):
    index = fields.Integer(required=True)
    start = fields.Integer(required=True, metadata={"description": "Offset into `text`."})
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})


class SourceSchema(ma.Schema):
    file = fields.String(required=True, metadata={"description": "Path within the corpus."})
    sha256 = fields.String(required=True, metadata={"description": "Digest of that file."})
    line = fields.Integer(
        allow_none=True,
        required=True,
        metadata={"description": "Line, in a .jsonl file; else null."},
    )


class DocumentSchema(DocumentSummarySchema):
    text = fields.String(
        required=True, metadata={"description": "Body text; all offsets point here."}
    )
    paragraphs = fields.List(fields.Nested(ParagraphSchema), required=True)
    source = fields.Nested(SourceSchema, required=True)
    boilerplate = fields.List(
        fields.String(),
        required=True,
        metadata={"description": "Trailing web furniture kept out of `text`."},
    )
    url = fields.String(
        allow_none=True, required=True, metadata={"description": "From a JSON source; else null."}
    )
    authors = fields.List(
        fields.String(),
        required=True,
        metadata={"description": "From a JSON source's `authors`; else empty."},
    )


DocumentSummaryPageSchema = page_schema(DocumentHitSchema)


class LivenessSchema(ma.Schema):
    status = fields.String(required=True, metadata={"example": "ok"})


class SkippedFileSchema(ma.Schema):
    file = fields.String(required=True)
    reason = fields.String(required=True)


class ModelSchema(ma.Schema):
    name = fields.String(required=True)
    version = fields.String(required=True)


class StoreInfoSchema(ma.Schema):
    path = fields.String(required=True, metadata={"description": "The store file served."})
    size = fields.Integer(required=True, metadata={"description": "Its size in bytes."})
    built_at = fields.String(
        required=True, metadata={"description": "When it was built (UTC, ISO 8601)."}
    )


class ReadinessSchema(ma.Schema):
    status = fields.String(required=True, metadata={"example": "ready"})
    documents = fields.Integer(required=True)
    fingerprint = fields.String(required=True)
    skipped = fields.List(fields.Nested(SkippedFileSchema), required=True)
    warnings = fields.List(fields.Nested(SkippedFileSchema), required=True)
    model = fields.Nested(ModelSchema, required=True)
    pipeline_version = fields.String(required=True)
    store = fields.Nested(StoreInfoSchema, required=True)


# --- Entities -------------------------------------------------------------------------------

ENTITY_TYPES = (
    "person",
    "organization",
    "place",
    "group",
    "facility",
    "event",
    "product",
    "law",
    "work",
)


class SpanSchema(ma.Schema):
    start = fields.Integer(required=True, metadata={"description": "Offset into the text."})
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})
    text = fields.String(required=True)


class MentionSchema(SpanSchema):
    label = fields.String(required=True, metadata={"example": "PERSON"})
    sentence_index = fields.Integer(required=True)


class TitleSchema(SpanSchema):
    kind = fields.String(
        required=True,
        validate=validate.OneOf(["title", "role", "affiliation", "party", "state"]),
        metadata={"example": "role"},
    )
    value = fields.String(required=True, metadata={"example": "Foreign Minister"})


class EntityTitleSchema(TitleSchema):
    document_id = fields.String(
        required=True,
        metadata={"description": "The document whose `text` `start` and `end` point into."},
    )


GENDERS = ("female", "male")
GENDER_EVIDENCE = ("text", "name")


def gender_field() -> fields.String:
    return fields.String(
        allow_none=True,
        required=True,
        metadata={
            "enum": [*GENDERS, None],
            "description": "For people: the gender the article's pronouns, titles (Mr, Ms, "
            "Sir, Dame) and descriptions give them, else the one their first name usually "
            "has; null when neither says.",
        },
    )


def gender_evidence_field() -> fields.String:
    return fields.String(
        allow_none=True,
        required=True,
        metadata={
            "enum": [*GENDER_EVIDENCE, None],
            "description": "`text`: the article says so; `name`: from the first name only.",
        },
    )


class DocumentEntitySchema(ma.Schema):
    id = fields.String(required=True, metadata={"example": "person:dmitry-peskov"})
    name = fields.String(required=True)
    type = fields.String(required=True, metadata={"enum": list(ENTITY_TYPES)})
    gender = gender_field()
    gender_evidence = gender_evidence_field()
    salience = fields.Float(required=True, metadata={"minimum": 0, "maximum": 1})
    titles = fields.List(fields.Nested(TitleSchema), required=True)
    mentions = fields.List(fields.Nested(MentionSchema), required=True)


class EntityBaseSchema(ma.Schema):
    id = fields.String(required=True, metadata={"example": "person:dmitry-peskov"})
    name = fields.String(required=True)
    type = fields.String(required=True, metadata={"enum": list(ENTITY_TYPES)})
    gender = gender_field()
    gender_evidence = gender_evidence_field()
    aliases = fields.List(fields.String(), required=True)
    titles = fields.List(
        fields.Nested(EntityTitleSchema),
        required=True,
        metadata={"description": "Titles and roles gathered from every document, each once."},
    )
    document_count = fields.Integer(required=True)
    mention_count = fields.Integer(required=True)


class EntitySummarySchema(EntityBaseSchema):
    match = match_field()


class EntityOccurrenceSchema(ma.Schema):
    id = fields.String(required=True, metadata={"description": "Document id."})
    salience = fields.Float(required=True)
    mentions = fields.List(fields.Nested(SpanSchema), required=True)


class EntitySchema(EntityBaseSchema):
    documents = fields.List(
        fields.Nested(EntityOccurrenceSchema),
        required=True,
        validate=validate.Length(max=ENTITY_DOCUMENTS_SHOWN),
        metadata={
            "description": f"The first {ENTITY_DOCUMENTS_SHOWN} documents, in corpus order "
            "(all of them: /v1/entities/{entity_id}/documents)."
        },
    )


def entity_type_field() -> fields.String:
    return fields.String(
        validate=validate.OneOf(ENTITY_TYPES),
        metadata={"description": "Only entities of this type."},
    )


class EntityQuery(PageArgs):
    type = entity_type_field()
    q = search_field("names and aliases")
    document = fields.String(
        validate=validate.Length(1, 200),
        metadata={
            "description": "Only entities of this document (its id); an unknown id matches nothing."
        },
    )


class DocumentEntityQuery(PageArgs):
    type = entity_type_field()


def entity_id_field(what: str) -> fields.String:
    """A filter by entity id: a name given instead ("Gordon Brown") would match nothing, so
    it is refused with a hint rather than answered with an empty list."""
    return fields.String(
        validate=[
            validate.Length(1, 200),
            validate.Regexp(
                f"^({'|'.join(ENTITY_TYPES)}):",
                error="An entity id, such as person:gordon-brown (find it with "
                "/v1/entities?q=brown), not a name.",
            ),
        ],
        metadata={"description": f"{what}: an entity id (`person:dmitry-peskov`)."},
    )


DocumentEntityPageSchema = page_schema(DocumentEntitySchema)
EntitySummaryPageSchema = page_schema(EntitySummarySchema)
EntityOccurrencePageSchema = page_schema(EntityOccurrenceSchema)


# --- Quotes ---------------------------------------------------------------------------------


def document_field() -> fields.String:
    return fields.String(
        validate=validate.Length(1, 200),
        metadata={
            "description": "Only those of this document (its id); an unknown id matches nothing."
        },
    )


class SpeakerSchema(ma.Schema):
    name = fields.String(required=True)
    entity_id = fields.String(
        attribute="entity_key",
        allow_none=True,
        required=True,
        metadata={"description": "The person or organisation, when the speaker is named."},
    )
    start = fields.Integer(
        required=True,
        metadata={
            "description": "The mention of the speaker this quote is attributed to, in the "
            "document's `text` (a pronoun's own span when it was resolved to a name)."
        },
    )
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})
    anonymous = fields.Boolean(
        required=True,
        metadata={
            "description": "The speaker is not named (“analysts”, “a senior official”): "
            "`name` is then the description, and `entity_id` null."
        },
    )
    description = fields.String(
        allow_none=True,
        required=True,
        metadata={"description": "How the article describes the speaker there, as written."},
    )
    gender = gender_field()
    gender_evidence = gender_evidence_field()


class CueSchema(ma.Schema):
    verb = fields.String(
        required=True,
        metadata={"description": "The speech verb or phrase, as written.", "example": "said"},
    )
    lemma = fields.String(required=True, metadata={"example": "say"})
    start = fields.Integer(
        required=True, metadata={"description": "Offset of `verb` in the document's `text`."}
    )
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})


QUOTE_KINDS = ("direct", "partial", "indirect")


class FragmentSchema(ma.Schema):
    start = fields.Integer(
        required=True, metadata={"description": "Offset into the document's `text`."}
    )
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})


class QuoteSchema(ma.Schema):
    """One speech event: who said what, in quotation marks or reported."""

    id = fields.String(required=True)
    document_id = fields.String(required=True)
    text = fields.String(
        attribute="quote.text",
        required=True,
        metadata={
            "description": "`direct`, `partial`: the words quoted, without the marks. "
            "`indirect`: what is reported, as the writer put it "
            "(a clause, or what was announced, proposed or warned of)."
        },
    )
    start = fields.Integer(
        attribute="quote.start",
        required=True,
        metadata={"description": "Offset of `text` in the document's `text`."},
    )
    end = fields.Integer(
        attribute="quote.end", required=True, metadata={"description": "End-exclusive offset."}
    )
    kind = fields.String(
        attribute="quote.kind",
        required=True,
        metadata={
            "enum": list(QUOTE_KINDS),
            "description": "`direct`: a quotation standing as the speaker's words "
            "(“We will win,” she said). `partial`: a quoted fragment carried by the writer's "
            "own sentence (He called it “a disaster”). `indirect`: reported speech, the clause "
            "a speech verb, “according to” or “X's view is that” reports (She warned that "
            "rates would rise), or the object of a verb whose object is what was said (He "
            "announced his resignation; She warned of job losses); quoted words inside it are "
            "its `fragments`, not quotes of their own.",
        },
    )
    fragments = fields.List(
        fields.Nested(FragmentSchema),
        attribute="quote.fragments",
        required=True,
        metadata={
            "description": "`indirect` only (else empty): the words inside it in quotation "
            "marks, marks excluded."
        },
    )
    paragraph_index = fields.Integer(
        required=True, metadata={"description": "The document's paragraph it starts in."}
    )
    speaker = fields.Nested(
        SpeakerSchema,
        attribute="quote.speaker",
        allow_none=True,
        required=True,
        metadata={"description": "Who said it; null when no speaker was found."},
    )
    cue = fields.Nested(
        CueSchema,
        attribute="quote.cue",
        allow_none=True,
        required=True,
        metadata={
            "description": "The speech verb; null when the quote has none of its own: it "
            "continues the quote before, or the person the sentence before is about."
        },
    )


class QuoteKindQuery(PageArgs):
    kind = fields.List(
        fields.String(
            validate=validate.OneOf(
                QUOTE_KINDS,
                error="'{input}' is not one of {choices}; repeat the parameter for several "
                "(kind=direct&kind=indirect).",
            )
        ),
        validate=validate.Length(1, len(QUOTE_KINDS)),
        metadata={
            "description": "Only these kinds; repeat for several (`kind=direct&kind=indirect`)."
        },
    )


class QuoteQuery(QuoteKindQuery):
    speaker = entity_id_field("Quotes of this speaker")
    anonymous = fields.Boolean(
        metadata={
            "description": "`true`: quotes whose speaker is not named (“analysts”, “a senior "
            "official”); `false`: those of a named speaker. Quotes without a speaker match "
            "neither."
        }
    )
    speaker_gender = fields.String(
        validate=validate.OneOf([*GENDERS, "unknown"]),
        metadata={
            "description": "Quotes whose speaker is of this gender (`unknown`: the speaker's "
            "gender is not known, or there is no speaker)."
        },
    )
    document = document_field()
    q = search_field("the quoted words")


class QuoteHitSchema(QuoteSchema):
    match = match_field()


QuotePageSchema = page_schema(QuoteSchema)
QuoteHitPageSchema = page_schema(QuoteHitSchema)


# --- Numeric facts --------------------------------------------------------------------------

FACT_KINDS = ("money", "count", "percent", "quantity", "age", "year", "ordinal", "frequency")


class MoneySchema(ma.Schema):
    amount = fields.Float(required=True)
    currency = fields.String(required=True, metadata={"description": "ISO 4217 code."})


class RangeSchema(ma.Schema):
    kind = fields.String(
        required=True,
        metadata={
            "enum": ["change", "interval", "vague"],
            "description": "`change` (from X to Y) and `interval` (between X and Y) link two "
            'facts; `vague` is one fact\'s approximate span: "millions of" is 1e6 to 1e7, '
            '"dozens" 12 to 120.',
        },
    )
    role = fields.String(
        allow_none=True,
        required=True,
        metadata={"enum": ["from", "to", "min", "max", None], "description": "Null if vague."},
    )
    start_id = fields.String(required=True, metadata={"description": "Fact id of from/min."})
    end_id = fields.String(required=True, metadata={"description": "Fact id of to/max."})
    low = fields.Float(
        allow_none=True,
        required=True,
        metadata={"description": "Lower end of a vague amount, else null.", "example": 1e6},
    )
    high = fields.Float(
        allow_none=True,
        required=True,
        metadata={"description": "Upper end of a vague amount, else null.", "example": 1e7},
    )


class RateSchema(ma.Schema):
    per = fields.String(required=True, metadata={"example": "year"})


class ClaimantSchema(ma.Schema):
    name = fields.String(required=True, metadata={"example": "Dmitry Peskov"})
    entity_id = fields.String(
        allow_none=True,
        required=True,
        metadata={"description": "The person or organisation, when the speaker is named."},
    )
    anonymous = fields.Boolean(required=True)


def _way(description: str, example: str) -> fields.String:
    """A nullable `up`/`down` field of a numeric fact (a change's way, or a level's)."""
    return fields.String(
        allow_none=True,
        required=True,
        metadata={"enum": ["up", "down", None], "description": description, "example": example},
    )


class NumericFactSchema(ma.Schema):
    id = fields.String(required=True)
    document_id = fields.String(required=True)
    kind = fields.String(required=True, metadata={"enum": list(FACT_KINDS)})
    text = fields.String(
        required=True,
        metadata={"description": "The number as written, with its qualifier and unit."},
    )
    start = fields.Integer(
        required=True, metadata={"description": "Offset of `text` in the document's `text`."}
    )
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})
    value = fields.Float(
        required=True,
        metadata={"description": 'The number, signed ("-1.3%" is -1.3).', "example": -1.3},
    )
    unit = fields.String(
        allow_none=True,
        required=True,
        metadata={
            "description": 'Unit of a quantity or age as pint names it ("140 km/h" is '
            '`kilometer` with rate `hour`; "275 pound-feet" is `pound*foot`), `%` for a '
            "percent, `cent` or `penny` for money written in them, else null.",
            "example": "kilometer",
        },
    )
    currency = fields.String(
        allow_none=True,
        required=True,
        metadata={
            "description": 'ISO 4217 code of money, else null. A bare "$" or "dollars" is '
            "the dollar of the country the article is datelined in when it has one "
            '("TORONTO --": `CAD`; Australia, New Zealand, Singapore, Hong Kong alike), '
            "else `USD`.",
            "example": "USD",
        },
    )
    money = fields.Nested(
        MoneySchema,
        allow_none=True,
        required=True,
        metadata={"description": "`value` and `currency` together, for money; else null."},
    )
    qualifier = fields.String(
        allow_none=True,
        required=True,
        metadata={
            "description": "The words qualifying the number (about, more than, up to...).",
            "example": "more than",
        },
    )
    approximate = fields.Boolean(
        required=True,
        metadata={"description": "The number is an estimate (about, nearly, millions of)."},
    )
    bound = fields.String(
        allow_none=True,
        required=True,
        metadata={
            "enum": ["lower", "upper", None],
            "description": "`lower`: the true figure is this or more (more than, at least); "
            "`upper`: this or less (up to, under).",
        },
    )
    direction = _way(
        'The number is a change that way: "sales rose 2%" is up, "was down 19 cents" down; '
        'a level reached ("rose to $2bn") has none.',
        "up",
    )
    reached_by = _way(
        'A level reached by a change that way: "fell 2% to 1,463.78" gives 1,463.78 down '
        "(its `direction` stays null: a level is no change).",
        "down",
    )
    range = fields.Nested(RangeSchema, allow_none=True, required=True)
    rate = fields.Nested(
        RateSchema,
        allow_none=True,
        required=True,
        metadata={"description": 'Per what: "$58.24 per barrel", "140 km/h", "a year".'},
    )
    counted = fields.String(
        allow_none=True,
        required=True,
        metadata={"description": "What is counted or paid for.", "example": "workers"},
    )
    concept = fields.String(
        allow_none=True,
        required=True,
        metadata={
            "description": 'What the number is about, its owner or subject: "Tesla" in '
            '"Tesla jumped 8.5%", "Ford" in "Ford, which has 13,000 workers".',
            "example": "Ford",
        },
    )
    sentence_index = fields.Integer(
        required=True, metadata={"description": "The document's sentence it is in, from 0."}
    )
    quote_id = fields.String(
        allow_none=True,
        required=True,
        metadata={
            "description": "The quote whose words (quoted, or reported) hold this number; "
            "null when the article states it in its own voice."
        },
    )
    claimed_by = fields.Nested(
        ClaimantSchema,
        allow_none=True,
        required=True,
        metadata={
            "description": "Who claims the number: the speaker of that quote; null when it "
            "is not in a quote or the quote has no speaker."
        },
    )


def fact_kind_field() -> fields.String:
    return fields.String(
        validate=validate.OneOf(FACT_KINDS), metadata={"description": "Only numbers of this kind."}
    )


def bound_field(side: str, word: str) -> fields.Float:
    return fields.Float(
        allow_nan=False,
        metadata={
            "description": f"Only numbers whose signed `value` is {word} this ({side}, "
            "inclusive), in whatever unit: combine with `kind`, `currency` or `counted` to "
            "compare like with like."
        },
    )


class NumericFactQuery(PageArgs):
    kind = fact_kind_field()
    currency = fields.String(
        validate=validate.Regexp(
            r"^[A-Z]{3}$", error="Must be an ISO 4217 code in capitals: USD, EUR, GBP, JPY..."
        ),
        metadata={"description": "ISO 4217 code.", "minLength": 3, "maxLength": 3},
    )
    counted = fields.String(
        validate=validate.Length(1, 200), metadata={"description": "Case-insensitive substring."}
    )
    min_value = bound_field("lower bound", "at least")
    max_value = bound_field("upper bound", "at most")
    document = document_field()
    claimed_by = entity_id_field("Numbers said inside quotes of this speaker")

    @ma.validates_schema
    def _bounds_in_order(self, data: dict, **kwargs) -> None:
        low, high = data.get("min_value"), data.get("max_value")
        if low is not None and high is not None and low > high:
            raise ma.ValidationError(
                f"Greater than max_value ({high:g}): no number can match.", "min_value"
            )


class DocumentFactQuery(PageArgs):
    kind = fact_kind_field()


NumericFactPageSchema = page_schema(NumericFactSchema)


# --- Analysis of a posted text ------------------------------------------------------------


# Some character that is not whitespace (Python's str.isspace, which JSON Schema's \s lacks
# \x1c-\x1f and \x85 of): blank texts are refused.
NOT_BLANK = r"[^\s\x1c-\x1f\x85]"
# A bound for the schema: the body limit (ANALYZE_MAX_BYTES, 128 KiB by default) refuses less.
MAX_TEXT_CHARS = 10 * 1024 * 1024


def unicode_text(value: str) -> None:
    """Refuse lone surrogates (a JSON escape like ``\\ud800`` with no pair): no character,
    they cannot be encoded, analysed or echoed back."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        raise ma.ValidationError(
            f"Contains a lone surrogate (\\u{code:04x} at {exc.start}), which is no "
            "character: a JSON \\u escape of a surrogate must be one of a pair."
        ) from None


class AnalyzeRequestSchema(ma.Schema):
    text = fields.String(
        required=True,
        validate=[
            validate.Length(min=1, error="Must not be empty."),
            validate.Length(max=MAX_TEXT_CHARS),
            unicode_text,
        ],
        metadata={"pattern": NOT_BLANK, "description": "The article; not blank."},
    )
    title = fields.String(load_default="", validate=[validate.Length(max=1000), unicode_text])


class AnalysisSchema(ma.Schema):
    document = fields.Nested(DocumentSchema, required=True)
    entities = fields.List(fields.Nested(DocumentEntitySchema), required=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    numeric_facts = fields.List(fields.Nested(NumericFactSchema), required=True)
