"""Marshmallow schemas of every request and response body."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from service.api.pagination import PageArgs, page_schema


class DocumentQuery(PageArgs):
    q = fields.String(
        validate=validate.Length(1, 200),
        metadata={"description": "Case-insensitive substring of the title or text."},
    )


class DocumentSummarySchema(ma.Schema):
    id = fields.String(required=True, metadata={"example": "000-f50a389bf049e48a"})
    title = fields.String(required=True)
    contributors = fields.List(fields.String(), required=True)
    published = fields.String(allow_none=True, required=True)
    word_count = fields.Integer(required=True)
    paragraph_count = fields.Integer(required=True)


class ParagraphSchema(ma.Schema):
    index = fields.Integer(required=True)
    start = fields.Integer(required=True, metadata={"description": "Offset into `text`."})
    end = fields.Integer(required=True, metadata={"description": "End-exclusive offset."})


class SourceSchema(ma.Schema):
    file = fields.String(required=True, metadata={"description": "Path within the corpus."})
    sha256 = fields.String(required=True, metadata={"description": "Digest of that file."})
    line = fields.Integer(allow_none=True, metadata={"description": "Line, in a .jsonl file."})


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
    url = fields.String(allow_none=True)
    authors = fields.List(fields.String())


DocumentSummaryPageSchema = page_schema(DocumentSummarySchema)


class LivenessSchema(ma.Schema):
    status = fields.String(required=True, metadata={"example": "ok"})


class SkippedFileSchema(ma.Schema):
    file = fields.String(required=True)
    reason = fields.String(required=True)


class ModelSchema(ma.Schema):
    name = fields.String(required=True)
    version = fields.String(required=True)


class ReadinessSchema(ma.Schema):
    status = fields.String(required=True, metadata={"example": "ready"})
    documents = fields.Integer(required=True)
    fingerprint = fields.String(required=True)
    skipped = fields.List(fields.Nested(SkippedFileSchema), required=True)
    warnings = fields.List(fields.Nested(SkippedFileSchema), required=True)
    model = fields.Nested(ModelSchema, required=True)
    pipeline_version = fields.String(required=True)
