"""Vector store behind a small Protocol; Chroma (embedded or server) is the implementation.

The store never embeds: vectors are always computed by our own embedder and passed in, and the
collection is created with ``embedding_function=None`` so chromadb can never fall back to its
downloading default model.
"""

from __future__ import annotations

import fcntl
import json
import re
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

import numpy as np

from assistant.errors import ConfigError
from assistant.settings import Settings
from assistant.types import Chunk

Where = dict[str, Any]
Extras = dict[str, str]  # per-source fields stored beside each chunk: path, content_hash
EXTRAS = ("path", "content_hash")


class VectorStore(Protocol):
    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray, extras: Extras | None = None) -> None: ...
    def update_extras(self, chunks: Sequence[Chunk], extras: Extras) -> None: ...
    def delete(self, ids: Sequence[str]) -> None: ...
    def query(self, vector: np.ndarray, n: int, where: Where | None = None) -> list[tuple[str, float]]: ...
    def ids(self) -> list[str]: ...
    def all_chunks(self) -> list[Chunk]: ...
    def all_records(self) -> list[tuple[Chunk, dict[str, str]]]: ...
    def record_pages(self, page: int = 5000) -> Iterator[list[tuple[Chunk, dict[str, str]]]]: ...
    def count(self) -> int: ...
    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...


_SCALARS = ("key", "doc_id", "source_id", "clause", "title", "clause_path", "part", "order",
            "doc_title", "kind", "status", "edition_year", "kb", "superseded_by", "confidence",
            "origin", "identity", "claimed_id", "added_by", "added_at", "source_file", "instruction", "payment")


def chunk_to_record(chunk: Chunk, extras: Extras | None = None) -> tuple[str, dict[str, Any]]:
    meta: dict[str, Any] = {k: v for k, v in (extras or {}).items() if k in EXTRAS}
    for name in _SCALARS:
        value = getattr(chunk, name)
        if value is not None:
            meta[name] = value
    meta["pages"] = json.dumps(chunk.pages)
    meta["index_text"] = chunk.index_text
    return chunk.text, meta


def record_to_chunk(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    data = {k: v for k, v in meta.items() if k in _SCALARS}
    return Chunk(id=chunk_id, text=text, index_text=meta.get("index_text", text),
                 pages=json.loads(meta.get("pages", "[]")), **data)


def collection_name(prefix: str, embedder_name: str, dim: int) -> str:
    """A Chroma-legal name per embedding model, so switching models never mixes dimensions."""
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", embedder_name).strip("-._")[:40] or "model"
    return f"{prefix}-{slug}-{dim}"


def _unchecked_overrides() -> None:
    """chromadb marks ~160 methods with ``overrides.override``, which compares each signature with
    its base class's while chromadb is imported: ~0.8 s of every CLI cold start, spent finding bugs
    in chromadb itself. Before chromadb is first imported, the decorator is replaced by one that only
    sets the marker ``EnforceOverrides`` reads (so chromadb's classes behave the same)."""
    if "chromadb" in sys.modules:
        return
    import overrides

    def override(method=None, *, check_signature=True, check_at_runtime=False):  # type: ignore[no-untyped-def]
        if method is None:
            return override
        method.__override__ = True
        return method

    overrides.override = overrides.overrides = override  # type: ignore[assignment]


class ChromaStore:
    """Chroma collection of chunks with precomputed vectors (cosine space)."""

    def __init__(self, settings: Settings, embedder_name: str, dim: int) -> None:
        _unchecked_overrides()
        import chromadb  # imported here: no client is created at import time

        chroma_settings = chromadb.Settings(anonymized_telemetry=False)
        if settings.store.chroma_url:
            url = urlparse(settings.store.chroma_url)
            if not url.hostname:
                raise ConfigError(f"ASSISTANT_STORE__CHROMA_URL 不是有效的网址：{settings.store.chroma_url!r}"
                                  "（应形如 http://127.0.0.1:8000）")
            try:
                self._client = chromadb.HttpClient(
                    host=url.hostname, port=url.port or 8000, ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
            except ValueError as exc:  # chromadb: "Could not connect to a Chroma server..."
                raise ConfigError(f"ASSISTANT_STORE__CHROMA_URL {settings.store.chroma_url} 无法连接：{exc}") from exc
        self._count, self._count_at = 0, 0.0
        self.name = collection_name(settings.store.collection, embedder_name, dim)
        with _opening(None if settings.store.chroma_url else settings.chroma_dir):
            if not settings.store.chroma_url:
                self._client = chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
            self._col = self._client.get_or_create_collection(
                self.name,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine", "ef_search": 200}},
                metadata={"embedder": embedder_name, "dim": dim},
            )
        self._writes = 0
        self._warm: tuple[threading.Thread, list[int]] | None = None
        if not settings.store.chroma_url:
            # The first call on an embedded collection loads its HNSW index (~1 s at 100k chunks);
            # Chroma does that without the GIL, so it runs while this process loads its BM25 side.
            box: list[int] = []
            thread = threading.Thread(target=self._warm_up, args=(box,), daemon=True)
            thread.start()
            self._warm = (thread, box)

    def _warm_up(self, box: list[int]) -> None:
        writes = self._writes
        try:
            n = self._col.count()
        except Exception:  # a failed warm-up only means the next call does the work
            return
        if writes == self._writes:
            box.append(n)

    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray, extras: Extras | None = None) -> None:
        batch = 1000
        self._count_at, self._writes = 0.0, self._writes + 1
        for i in range(0, len(chunks), batch):
            part = chunks[i : i + batch]
            records = [chunk_to_record(c, extras) for c in part]
            self._col.upsert(
                ids=[c.id for c in part],
                embeddings=np.asarray(vectors[i : i + batch], dtype=np.float32),
                documents=[r[0] for r in records],
                metadatas=[r[1] for r in records],
            )

    def update_extras(self, chunks: Sequence[Chunk], extras: Extras) -> None:
        """Rewrite the records' metadata (a file moved without changing): no vectors are touched."""
        for i in range(0, len(chunks), 1000):
            part = chunks[i : i + 1000]
            self._col.update(ids=[c.id for c in part], metadatas=[chunk_to_record(c, extras)[1] for c in part])

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        self._count_at, self._writes = 0.0, self._writes + 1
        for i in range(0, len(ids), 1000):
            self._col.delete(ids=ids[i : i + 1000])

    def ids_by_source(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for chunk_id, meta, _ in self._scan(include=["metadatas"]):
            out.setdefault(str(meta.get("source_id", "")), set()).add(chunk_id)
        return out

    def query(self, vector: np.ndarray, n: int, where: Where | None = None) -> list[tuple[str, float]]:
        total = self._known_count() or self.count()
        if total == 0:
            return []
        from chromadb.errors import ChromaError

        for attempt in range(3):
            try:
                res = self._col.query(
                    query_embeddings=[np.asarray(vector, dtype=np.float32)],
                    n_results=min(n, total), where=where or None, include=["distances"],
                )
                break
            except ChromaError:
                self._count_at = 0.0  # the count may be stale too
                # embedded Chroma while another process writes: "Error finding id" for a record
                # being replaced; a retry sees the settled state. Still failing: no dense hits
                # (BM25 answers alone) rather than an error for a reader.
                if attempt == 2:
                    return []
                time.sleep(0.05)
        # cosine distance -> similarity
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)]

    def ids(self) -> list[str]:
        """Every stored id (no metadata read: cheap enough to fingerprint the store on open)."""
        return [i for i, _, _ in self._scan(include=[])]

    def all_chunks(self) -> list[Chunk]:
        return [c for c, _ in self.all_records()]

    def all_records(self) -> list[tuple[Chunk, dict[str, str]]]:
        return [r for page in self.record_pages() for r in page]

    def record_pages(self, page: int = 5000) -> Iterator[list[tuple[Chunk, dict[str, str]]]]:
        """Every record as (chunk, extras), ``page`` at a time (a rebuild holds one page of objects)."""
        offset = 0
        while True:
            res = self._col.get(include=["metadatas", "documents"], limit=page, offset=offset)
            ids = res["ids"]
            if not ids:
                return
            metas = res.get("metadatas") or [{}] * len(ids)
            docs = res.get("documents") or [""] * len(ids)
            yield [(record_to_chunk(i, doc, meta), {k: str(meta.get(k, "")) for k in EXTRAS})
                   for i, meta, doc in zip(ids, metas, docs, strict=True)]
            offset += len(ids)

    def count(self) -> int:
        if self._warm is not None:
            thread, box = self._warm
            thread.join()
            self._warm = None
            if box and self._writes == 0:  # counted at open, nothing written since by this process
                self._count, self._count_at = box[0], time.monotonic()
                return self._count
        self._count, self._count_at = self._col.count(), time.monotonic()  # the next query reuses it
        return self._count

    def _known_count(self) -> int:
        """The count for sizing a query: Chroma's count costs ~25 ms at 100k records, so it is
        re-read at most every 2 s (a larger n_results than records is clamped by the retry below)."""
        now = time.monotonic()
        if now - self._count_at > 2.0:
            self._count, self._count_at = self._col.count(), now
        return self._count

    def get_meta(self, key: str) -> str | None:
        meta = self._client.get_collection(self.name, embedding_function=None).metadata or {}
        value = meta.get(key)
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        meta = dict(self._col.metadata or {})
        meta[key] = value
        self._col.modify(metadata=meta)

    def _scan(self, include: list[str]) -> list[tuple]:
        rows: list[tuple] = []
        offset, page = 0, 5000
        while True:
            res = self._col.get(include=include, limit=page, offset=offset)
            ids = res["ids"]
            if not ids:
                return rows
            metas = res.get("metadatas") or [{}] * len(ids)
            docs = res.get("documents") or [""] * len(ids)
            rows.extend(zip(ids, metas, docs, strict=True))
            offset += len(ids)


@contextmanager
def _opening(chroma_dir: Path | None) -> Iterator[None]:
    """Processes opening one embedded store take turns: three CLI writers starting on a fresh home at
    once raced in Chroma's schema creation ("table collections already exists")."""
    if chroma_dir is None:
        yield
        return
    chroma_dir.mkdir(parents=True, exist_ok=True)
    with (chroma_dir.parent / "chroma-open.lock").open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def build_store(settings: Settings, embedder_name: str, dim: int) -> VectorStore:
    """Factory: the only store today is Chroma (embedded, or a server via ASSISTANT_STORE__CHROMA_URL)."""
    return ChromaStore(settings, embedder_name, dim)
