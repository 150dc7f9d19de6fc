"""The docstore's tables and columns, shared by its writer (``generation``) and reader (``docstore``).

Two tables share the row number: ``chunks`` holds the short columns (scanned for ids, filters and
corpus facts: ~10 MB at 100k chunks), ``bodies`` the texts, the full row and the BM25 tokens (read
by row number, or scanned only to search inside texts).
"""

from __future__ import annotations

import json

from assistant.types import Chunk

DB = "docstore.sqlite"
COLUMNS = ("kb", "status", "kind", "doc_id", "source_id")  # filter columns (integer codes in memory)
FIELDS = frozenset(Chunk.model_fields)
NARROW = ("id", "key", "kb", "status", "kind", "doc_id", "source_id", "origin", "clause", "title", "doc_title",
           "edition_year", "ord", "part", "superseded_by", "page_max")
# columns a generation written before them lacks: read from the row's JSON when copied or listed
LATER = {"superseded_by": "json_extract(data, '$.superseded_by')",
          "page_max": "(SELECT max(value) FROM json_each(data, '$.pages'))"}
BODY = ("text", "index_text", "data", "tokens")
COLS = NARROW + BODY
TEXTS = frozenset({"text", "index_text"})
PROJECTABLE = frozenset(NARROW) | TEXTS
WIDE = """
CREATE TEMP TABLE {t} (
    id TEXT NOT NULL UNIQUE, key TEXT NOT NULL, kb TEXT NOT NULL, status TEXT NOT NULL, kind TEXT NOT NULL,
    doc_id TEXT NOT NULL, source_id TEXT NOT NULL, origin TEXT NOT NULL, clause TEXT NOT NULL,
    title TEXT NOT NULL, doc_title TEXT NOT NULL, edition_year INTEGER, ord INTEGER NOT NULL,
    part INTEGER NOT NULL, superseded_by TEXT, page_max INTEGER, text TEXT NOT NULL, index_text TEXT NOT NULL,
    data TEXT NOT NULL, tokens TEXT);
"""
SCHEMA = """
CREATE TABLE chunks (
    row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, key TEXT NOT NULL, kb TEXT NOT NULL,
    status TEXT NOT NULL, kind TEXT NOT NULL, doc_id TEXT NOT NULL, source_id TEXT NOT NULL,
    origin TEXT NOT NULL, clause TEXT NOT NULL, title TEXT NOT NULL, doc_title TEXT NOT NULL,
    edition_year INTEGER, ord INTEGER NOT NULL, part INTEGER NOT NULL, superseded_by TEXT, page_max INTEGER);
CREATE TABLE bodies (row INTEGER PRIMARY KEY, text TEXT NOT NULL, index_text TEXT NOT NULL,
    data TEXT NOT NULL, tokens TEXT);
CREATE VIEW full AS SELECT * FROM chunks JOIN bodies USING (row);
"""


def trusted_chunk(data: dict) -> Chunk:
    """A Chunk from a row a writer stored (a full model_dump of a validated chunk), without
    pydantic's per-field work: 2 µs instead of 36 µs."""
    if data.keys() != FIELDS:
        return Chunk.model_validate(data)
    chunk = Chunk.__new__(Chunk)
    object.__setattr__(chunk, "__dict__", data)
    object.__setattr__(chunk, "__pydantic_fields_set__", set(FIELDS))
    object.__setattr__(chunk, "__pydantic_extra__", None)
    object.__setattr__(chunk, "__pydantic_private__", None)
    return chunk


def row_values(c: Chunk, tokens: list[str] | None) -> tuple:
    return (c.id, c.key, c.kb, c.status, c.kind, c.doc_id, c.source_id, c.origin, c.clause, c.title, c.doc_title,
            c.edition_year, c.order, c.part, c.superseded_by, max(c.pages) if c.pages else None, c.text, c.index_text, json.dumps(c.model_dump(), ensure_ascii=False),
            None if tokens is None else json.dumps(tokens, ensure_ascii=False))
