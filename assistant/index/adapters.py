"""Adapters that let chromadb and LangChain use our embedders (never their downloading defaults)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_core.embeddings import Embeddings as LangchainEmbeddingsBase

from assistant.index.embedders import Embedder, build_embedder
from assistant.settings import Settings

_BUILT: dict[tuple[str, str, int, int], Embedder] = {}
_BUILT_LOCK = threading.Lock()


def _cached_embedder(spec: str, settings: Settings) -> Embedder:
    """One embedder per (spec, models_dir, batch, threads) per process.

    chromadb rebuilds a persisted embedding function from its config each time a collection
    fetched without one embeds; the cache keeps that from reloading the model every query.
    """
    key = (spec, str(settings.models_dir), settings.embedding.batch_size, settings.embedding.threads)
    with _BUILT_LOCK:
        if key not in _BUILT:
            _BUILT[key] = build_embedder(spec, settings)
        return _BUILT[key]


@register_embedding_function
class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """chromadb embedding function over an Embedder; persisted in the collection config.

    Registered with chromadb, so a collection created with it and later fetched WITHOUT an
    embedding function is rebuilt from its config (embedder spec + settings) instead of falling
    back to chroma's default, downloading ONNX model. Passing it explicitly is still preferred.
    """

    def __init__(self, embedder: Embedder, settings: Settings | None = None) -> None:
        self.embedder = embedder
        self.settings = settings or Settings()

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embedder.embed_documents(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return [self.embedder.embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "green_mfg_assistant"

    def default_space(self) -> Space:
        return "cosine"  # vectors are L2-normalised

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    def is_legacy(self) -> bool:
        return False  # chroma's own check would rebuild the embedder (and reload the model)

    def get_config(self) -> dict[str, Any]:
        return {
            "spec": getattr(self.embedder, "spec", None),
            "embedder": self.embedder.name,
            "dim": int(self.embedder.dim),
            "models_dir": str(self.settings.models_dir),
            "batch_size": self.settings.embedding.batch_size,
            "threads": self.settings.embedding.threads,
        }

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        missing = {"spec", "embedder", "dim"} - set(config)
        if missing:
            raise ValueError(f"embedding function config lacks {sorted(missing)}")

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        if old_config.get("embedder") != new_config.get("embedder"):
            raise ValueError(f"collection was embedded with {old_config.get('embedder')!r}, "
                             f"not {new_config.get('embedder')!r}: re-index instead")

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        ChromaEmbeddingFunction.validate_config(config)
        if not config["spec"]:
            raise ValueError(f"embedder {config['embedder']!r} cannot be rebuilt from its config: "
                             "pass embedding_function= explicitly")
        settings = Settings(models_dir=Path(config.get("models_dir") or Settings().models_dir),
                            embedding={"batch_size": int(config.get("batch_size") or 32),
                                       "threads": int(config.get("threads") or 2)})
        embedder = _cached_embedder(config["spec"], settings)
        if embedder.name != config["embedder"] or embedder.dim != config["dim"]:
            raise ValueError(f"collection was embedded with {config['embedder']!r} "
                             f"but {config['spec']!r} now gives {embedder.name!r}: re-index")
        return ChromaEmbeddingFunction(embedder, settings)


def persisted_embedder(collection: Any) -> str | None:
    """Name of the embedder recorded in a chroma collection's configuration, if ours."""
    ef = (collection.configuration_json or {}).get("embedding_function") or {}
    if ef.get("name") != ChromaEmbeddingFunction.name():
        return None
    return (ef.get("config") or {}).get("embedder")


class LangchainEmbeddings(LangchainEmbeddingsBase):
    """langchain_core Embeddings over an Embedder (e.g. for a langchain_chroma baseline)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return np.asarray(self.embedder.embed_documents(texts), dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        return np.asarray(self.embedder.embed_query(text), dtype=np.float32).tolist()
