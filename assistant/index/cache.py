"""Embedding cache keyed by (model name, sha256 of the text): unchanged text is never embedded twice."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """A small SQLite table of float32 vectors. Safe to share between knowledge bases, threads
    (one connection, serialised by a lock) and processes (WAL journal, busy timeout)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS emb (model TEXT, hash TEXT, vec BLOB, PRIMARY KEY (model, hash))"
        )
        self._db.commit()

    def get_many(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        for i in range(0, len(unique), 500):
            part = unique[i : i + 500]
            marks = ",".join("?" * len(part))
            with self._lock:
                rows = self._db.execute(
                    f"SELECT hash, vec FROM emb WHERE model = ? AND hash IN ({marks})", [model, *part]
                ).fetchall()
            for h, blob in rows:
                found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, items: dict[str, np.ndarray]) -> None:
        rows = [(model, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in items.items()]
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO emb (model, hash, vec) VALUES (?, ?, ?)", rows)
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def embed_cached(
    texts: Sequence[str],
    *,
    model: str,
    embed: Callable[[list[str]], np.ndarray],
    cache: EmbeddingCache,
    batch_size: int = 32,
    on_batch: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Embed ``texts`` through the cache. Returns (vectors in input order, number newly embedded).

    ``on_batch(n)`` is called after each batch with the number of texts it covered, for progress bars.
    """
    hashes = [text_hash(t) for t in texts]
    known = cache.get_many(model, hashes)
    todo: dict[str, str] = {}
    for h, t in zip(hashes, texts, strict=True):
        if h not in known and h not in todo:
            todo[h] = t
    if on_batch and len(known):
        on_batch(sum(1 for h in hashes if h in known))
    items = list(todo.items())
    for i in range(0, len(items), batch_size):
        batch = items[i : i + batch_size]
        vecs = embed([t for _, t in batch])
        fresh = {h: np.asarray(v, dtype=np.float32) for (h, _), v in zip(batch, vecs, strict=True)}
        cache.put_many(model, fresh)
        known.update(fresh)
        if on_batch:
            on_batch(len(batch))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.stack([known[h] for h in hashes]), len(todo)
