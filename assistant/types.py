"""The project's data types: one module, shared by every stage.

Data flows one way: documents -> chunks -> hits -> citations/answers -> claims/check results.
Every chunk has a stable citation key ``DOC§CLAUSE`` (e.g. ``GB/T 36132-2025§B.10``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DocKind = Literal["standard", "policy", "guide", "digest", "other"]
DocStatus = Literal["current", "superseded"]
Confidence = Literal["H", "M", "L"]
Origin = Literal["shipped", "user"]
Identity = Literal["verified", "unverified"]

KEY_SEP = "§"


def make_key(doc_id: str, clause: str) -> str:
    """Build the stable citation key ``DOC§CLAUSE``."""
    return f"{doc_id}{KEY_SEP}{clause}"


def split_key(key: str) -> tuple[str, str]:
    """Inverse of :func:`make_key`; raises ValueError on a key without ``§``."""
    if KEY_SEP not in key:
        raise ValueError(f"not a citation key (no {KEY_SEP}): {key!r}")
    doc, clause = key.split(KEY_SEP, 1)
    return doc, clause


class DocumentMeta(BaseModel):
    """Metadata of one ingested source document."""

    doc_id: str = Field(description="Cited identity, e.g. 'GB/T 36132-2025'; keys use it.")
    source_id: str = Field(
        description="Unique id of this ingested source. Equals doc_id for official text; "
        "a digest of a standard gets doc_id + '#digest' so both can be indexed side by side."
    )
    title: str = ""
    kind: DocKind = "other"
    edition_year: int | None = None
    status: DocStatus = "current"
    superseded_by: str | None = None
    supersedes: str | None = None
    effective_date: str | None = None
    source: str = Field(default="", description="Where the text comes from (publisher, URL, 'project digest of ...').")
    confidence: Confidence | None = Field(default=None, description="Document-level confidence, if not H.")
    kb: str = "default"
    page_count: int | None = None
    path: str = ""
    content_hash: str = Field(default="", description="sha256 of the file bytes.")
    language: Literal["zh-Hans", "zh-Hant", "en", "mixed"] = "zh-Hans"
    # Provenance (assistant/ingest/provenance.py): what the project shipped vs what a user added.
    origin: Origin = Field(default="user", description="'shipped': listed in the shipped corpus manifest (or a "
                           "trusted one); 'user': anything else.")
    identity: Identity = Field(default="verified", description="'unverified': an official id or kind claimed in "
                               "front matter or a user manifest that the document's own text does not show.")
    claimed_id: str | None = Field(default=None, description="The id claimed, when identity is unverified.")
    added_by: str | None = Field(default=None, description="Who added a user document (ingest --by, setting user).")
    added_at: str | None = Field(default=None, description="When a user document was added (UTC, ISO 8601).")


class Chunk(BaseModel):
    """A clause (or part of an oversized clause) of a document, the unit of retrieval."""

    id: str = Field(description="Content hash of source_id, key, part and text; the store's id.")
    key: str = Field(description="Stable citation key DOC§CLAUSE; shared by the parts of a split clause.")
    doc_id: str
    source_id: str
    clause: str = Field(description="Clause number as printed: '4.3.2', 'B.10', '表C.1', '一', '第三条'.")
    title: str = Field(default="", description="Clause heading text, without the number.")
    clause_path: str = Field(default="", description="'4 ... > 4.3 ... > 4.3.2 ...'")
    pages: list[int] = Field(default_factory=list)
    text: str = Field(description="Original text, for display and quoting.")
    index_text: str = Field(description="Normalised, simplified-Chinese text that is embedded and BM25-indexed.")
    part: int = 0
    order: int = Field(default=0, description="Position of the chunk in its document.")
    confidence: Confidence | None = Field(default=None, description="Lowest confidence of facts stated in the clause, if not H.")
    # Denormalised document fields, so filters and labels need no join.
    doc_title: str = ""
    kind: DocKind = "other"
    status: DocStatus = "current"
    superseded_by: str | None = None
    edition_year: int | None = None
    kb: str = "default"
    origin: Origin = "user"
    identity: Identity = "verified"
    claimed_id: str | None = None
    added_by: str | None = None
    added_at: str | None = None
    source_file: str = Field(default="", description="The file the chunk was read from.")
    instruction: bool = Field(default=False, description="The text reads as an instruction to the assistant "
                              "(忽略以上…, ignore previous instructions): quoted only as content, with a warning.")
    payment: bool = Field(default=False, description="The text gives payment details (bank account, 收款账号).")


class ParseReport(BaseModel):
    """What structure recovery found in one document: shown to users after upload."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    title: str = ""
    kind: DocKind = "other"
    path: str = ""
    pages: int | None = None
    chunks: int = 0
    clauses: int = Field(default=0, description="Distinct clause keys outside the front matter.")
    depth: int = Field(default=0, description="Deepest clause level (4.3.1.1 is 4).")
    tables: int = 0
    front_share: float = Field(default=0.0, description="Share of the text under 封面/来函/目次/前言/引言.")
    largest_chunk: int = Field(default=0, description="Characters of the largest chunk.")
    scheme: str = Field(default="", description="How the clauses were found: numbering, headings, layout or none.")
    warnings: list[str] = Field(default_factory=list, description="Problems found, in Chinese.")


class ParsedDocument(BaseModel):
    """Output of the ingest stage for one file."""

    meta: DocumentMeta
    chunks: list[Chunk]
    report: ParseReport | None = None


class Hit(BaseModel):
    """A retrieved chunk with its fused score and per-retriever ranks."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    sparse_rank: int | None = None
    fallback: list[Chunk] = Field(
        default_factory=list,
        description="Other chunks with the same key (e.g. the digest behind official text).",
    )


class Citation(BaseModel):
    key: str
    doc_id: str
    clause: str
    title: str = ""
    page: int | None = None
    quote: str = ""
    superseded_by: str | None = None
    confidence: Confidence | None = None


class Answer(BaseModel):
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    grounded: bool = False
    superseded: list[str] = Field(default_factory=list, description="Doc ids of superseded sources relied on.")


# --- Scoring and checking -------------------------------------------------------------------
# Owned by assistant/scoring; only these two classes' bodies may grow.

ClaimStatus = Literal["verified", "mismatch", "unverifiable"]


class Claim(BaseModel):
    """A number stated in text, with what it claims to be."""

    text: str = Field(description="The matched text, e.g. '0.35 tce/t'.")
    start: int
    end: int
    value: float
    unit: str = ""
    comparator: Literal["=", ">=", "<=", ">", "<", "range"] = "="
    value_high: float | None = None
    subject: str | None = Field(default=None, description="Indicator id, 'score', or constant id it refers to.")
    decimals: int = Field(default=0, description="Digits after the decimal point as written (rounding-aware checks).")
    approx: bool = Field(default=False, description="Hedged in the text ('约', '近', '左右').")


class CheckResult(BaseModel):
    claim: Claim
    status: ClaimStatus
    expected: float | None = None
    expected_unit: str = ""
    explanation: str = ""
    reference: str = Field(default="", description="Formula id or citation key the expected value comes from.")
    confidence: Confidence | None = Field(default=None, description="Confidence of the expected value, if not H.")
